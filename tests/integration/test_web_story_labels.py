"""How the stories list and the story page label a story's articles: the outlet pill counts the articles of
unknown outlet too ("1 outlet" for a story of three articles, two of them from no named outlet, told a reader
there was one source), and an article without a headline is named by the start of its text, not its file path."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/web_support.py
from web_support import add_records

pytest.importorskip("fastapi", reason="the web routes need the web extra: pip install 'newsdesk[web]'")
from fastapi.testclient import TestClient

from newsdesk.model import Article
from newsdesk.web.app import create_app

BODY = ("A storm wrecked the harbour wall in Lanmore on Monday night, flooding the quay and sinking two fishing "
        "boats. The council said repairs to the harbour wall would cost millions. Fishermen in Lanmore said the "
        "quay had flooded twice this year. ")


def _desk(tmp_path: Path, outlets: list[str | None], titled: bool = True) -> tuple[Path, str]:
    from newsdesk.store import open_store

    db = tmp_path / "desk.db"
    arts = [Article(id=f"aoutlet00000{i}", source=f"o{i}.txt", text=BODY + f"Report number {i} adds detail {i}.",
                    title=f"Storm wrecks Lanmore harbour wall ({i})" if titled else None, outlet=o, date="2024-11-05", date_confidence=1.0)
            for i, o in enumerate(outlets, start=1)]
    with open_store(db) as store:
        add_records(store, arts)
        summaries = store.list_stories()
        assert len(summaries) == 1 and summaries[0].articles == len(outlets)
        assert summaries[0].unknown_outlets == sum(o is None for o in outlets)
        story = summaries[0].id
    return db, story


def _pills(html: str) -> list[str]:
    return [re.sub(r"\s+", " ", p).strip() for p in re.findall(r'<span class="pill">(.*?)</span>', html, re.DOTALL)]


def test_articles_of_unknown_outlet_are_counted_beside_the_outlets(tmp_path: Path) -> None:
    db, story = _desk(tmp_path, ["Coast Post", None, None])
    c = TestClient(create_app(db))
    assert "1 outlet (+2 unknown)" in _pills(c.get("/").text)
    assert "1 outlet (+2 unknown)" in _pills(c.get(f"/stories/{story}").text)


def test_a_story_of_no_named_outlet_says_so(tmp_path: Path) -> None:
    db, story = _desk(tmp_path, [None, None])
    c = TestClient(create_app(db))
    assert "outlet unknown" in _pills(c.get("/").text)
    assert "outlet unknown" in _pills(c.get(f"/stories/{story}").text)


def test_an_untitled_article_is_named_by_its_first_words(tmp_path: Path) -> None:
    db, story = _desk(tmp_path, ["Coast Post", "Harbour Times"], titled=False)
    c = TestClient(create_app(db))
    page = c.get(f"/stories/{story}").text
    assert "A storm wrecked the harbour wall in Lanmore on Monday night</h1>" in page  # its first clause (U30 #14)
    assert "o1.txt</a>" not in page and "o2.txt</a>" not in page, "no file path as an article's name"
    article = c.get("/articles/aoutlet000001").text
    assert "<h1>A storm wrecked the harbour wall" in article and "o1.txt" in article, "the source stays on the page"
