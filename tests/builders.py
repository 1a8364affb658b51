"""Record builders for tests (import as `from builders import make_article`)."""

from __future__ import annotations

from newsdesk.model import Article, RawDoc, content_id


def make_article(text: str, outlet: str | None = None, title: str | None = None, date: str | None = None,
                 id: str | None = None, source: str | None = None) -> Article:
    """An Article built directly, for stage tests."""
    aid = id or content_id(text)
    # A date given to the builder is a stated publication date (confidence 1.0), as in most inputs.
    return Article(id=aid, source=source or f"{aid}.txt", text=text, title=title, outlet=outlet, date=date,
                   date_confidence=1.0 if date else 0.0)


def make_raw(content: str, kind: str = "text", source: str = "t.txt", **meta: str) -> RawDoc:
    return RawDoc(source=source, content=content, kind=kind, **meta)  # type: ignore[arg-type]
