"""The story page as a reader sees it (helper U17's review): newswire quotation marks (``...'', as the DUC and
Gigaword archives write them) are shown as typographic quotes in the brief, the evidence and the comparison, as
the command line shows them; the article page keeps the text as published."""

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

QUOTE = "``We will rebuild the harbour wall before winter,'' the mayor said on Tuesday."
TEXTS = [
    ("Storm wrecks Lanmore harbour wall", "Coast Post",
     "A storm wrecked the harbour wall in Lanmore on Monday night, flooding the quay and sinking two fishing boats. "
     + QUOTE + " The council said repairs would cost 4 million pounds."),
    ("Lanmore counts cost of harbour storm", "Harbour Times",
     "The harbour wall in Lanmore was wrecked by a storm on Monday night, and two fishing boats sank at the quay. "
     + QUOTE + " Repairs will cost 6 million pounds, the council said."),
]


def _desk(tmp_path: Path) -> tuple[Path, str]:
    from newsdesk.store import open_store

    db = tmp_path / "desk.db"
    arts = [Article(id=f"aquote000000{i}", source=f"q{i}.txt", text=t, title=title, outlet=o, date="2024-11-05",
                    date_confidence=1.0) for i, (title, o, t) in enumerate(TEXTS, start=1)]
    with open_store(db) as store:
        add_records(store, arts)
        story = store.list_stories()[0].id
    return db, story


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def test_story_page_shows_typographic_quotes(tmp_path: Path) -> None:
    db, story = _desk(tmp_path)
    c = TestClient(create_app(db))
    page = c.get(f"/stories/{story}")
    assert page.status_code == 200
    text = _text(page.text)
    assert "rebuild the harbour wall" in text, "the quote is in the brief or the comparison"
    assert "``" not in text and "before winter,''" not in text, "no newswire backticks for a reader"
    assert "\u201cWe will rebuild the harbour wall before winter,\u201d" in text
    article = c.get("/articles/aquote0000001")
    assert "``We will rebuild" in article.text, "the article page shows the text as published"
    assert "``We will rebuild" in c.get(f"/api/stories/{story}").text, "JSON keeps the text as published"


def test_citation_chips_of_a_fact_are_in_number_order() -> None:
    """The compare algorithm lists a fact's articles in its own order; a reader expects [2][5][14][23] as the
    command line prints them, not 23 2 5 14."""
    from types import SimpleNamespace

    from jinja2 import Environment, FileSystemLoader

    import newsdesk.web.app as web

    env = Environment(loader=FileSystemLoader(Path(web.__file__).parent / "templates"), autoescape=True)
    env.filters["http_url"] = web.http_url
    chips = env.get_template("_macros.html").module.chips
    numbers = {"a23": 23, "a2": 2, "a5": 5, "a14": 14}
    view = SimpleNamespace(source_by_id={aid: SimpleNamespace(number=n, article=SimpleNamespace(outlet="Post"))
                                         for aid, n in numbers.items()})
    html = str(chips(view, ["a23", "a2", "a5", "a14", "unknown"]))
    assert re.findall(r'href="#src-(\d+)"', html) == ["2", "5", "14", "23"]
    assert re.findall(r">(\d+)</a>", html) == ["2", "5", "14", "23"]
    assert "</a><a" in html, "no space between chips, as before"
