"""Shared builders and fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# In CI the property tests run a fixed, reproducible set of examples (Hypothesis' advice for CI);
# run them locally (or with NEWSDESK_EXAMPLES=N) to search for new counterexamples.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

from builders import make_article, make_raw  # noqa: F401 - re-exported for fixtures

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"


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
