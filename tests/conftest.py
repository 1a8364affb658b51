"""Shared builders and fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.model import Article, RawDoc, content_id

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"


def make_article(text: str, outlet: str | None = None, title: str | None = None, date: str | None = None,
                 id: str | None = None, source: str | None = None) -> Article:  # noqa: A002
    """An Article built directly, for stage tests."""
    aid = id or content_id(text)
    return Article(id=aid, source=source or f"{aid}.txt", text=text, title=title, outlet=outlet, date=date)


def make_raw(content: str, kind: str = "text", source: str = "t.txt", **meta: str) -> RawDoc:
    return RawDoc(source=source, content=content, kind=kind, **meta)  # type: ignore[arg-type]


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (../shared beside the repo)")
    return SEEDS


@pytest.fixture
def eval_dir() -> Path:
    if not EVAL.is_dir():
        pytest.skip(f"evaluation data not found at {EVAL}")
    return EVAL
