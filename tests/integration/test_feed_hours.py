"""An hourly feed lists its items again in the next hour's file, with no id of their own: the page address
names the article, so each hour stores only what is new (ids followed the file name: every copy was stored)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdesk.cli import main
from newsdesk.store import open_store
from newsdesk.urls import url_key

FIRE = ("A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents on Tuesday, officials said.\n\n"
        "Firefighters worked through the night to contain the blaze, the fire service said on Wednesday.")
BUDGET = ("The Dunmore council voted on Wednesday to approve a new budget for road repairs, the mayor said.\n\n"
          "Work on the worst roads will start in the spring, the council's engineer told reporters.")
FERRY = ("The ferry between Dunmore and Kells will stop running in March for repairs to its hull, the operator said.\n\n"
         "Passengers can take a bus that leaves the harbour every hour, the operator added on Thursday.")


def _feed(path: Path, items: list[tuple[str, str]]) -> Path:
    path.write_text("".join(json.dumps({"url": url, "title": text.split(",")[0], "date": "2024-03-05", "text": text})
                            + "\n" for url, text in items), encoding="utf-8")
    return path


def _counts(output: str) -> dict:
    return json.loads(output.strip().splitlines()[-1])


def test_the_next_hours_file_stores_only_the_new_item(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    runner = CliRunner()
    first = _feed(tmp_path / "feed-03.jsonl", [("https://news.test/fire", FIRE), ("https://news.test/budget", BUDGET)])
    assert _counts(runner.invoke(main, ["ingest", str(first), "--db", str(db)]).stdout)["new_articles"] == 2
    # The same items again (one address written another way, as exports do), and one new item.
    second = _feed(tmp_path / "feed-04.jsonl", [("https://news.test/ferry", FERRY),
                                                ("http://www.news.test/fire/?utm_source=rss", FIRE),
                                                ("https://news.test/budget", BUDGET)])
    out = runner.invoke(main, ["ingest", str(second), "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert _counts(out.stdout)["new_articles"] == 1
    with open_store(db) as store:
        assert store.count("articles") == 3


def test_a_corrected_item_in_the_next_hour_replaces_the_stored_text(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(_feed(tmp_path / "feed-03.jsonl", [("https://news.test/fire", FIRE)])),
                         "--db", str(db)])
    corrected = FIRE.replace("1,200", "1,300")
    out = runner.invoke(main, ["ingest", str(_feed(tmp_path / "feed-04.jsonl", [("https://news.test/fire", corrected)])),
                               "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert _counts(out.stdout)["revised_articles"] == 1 and _counts(out.stdout)["new_articles"] == 0
    with open_store(db) as store:
        (article,) = list(store.iter_articles())
        assert "1,300 residents" in article.text


def test_another_text_at_one_address_is_kept_as_an_article_of_its_own(tmp_path: Path) -> None:
    """A live page rewritten from top to bottom under one address: not a copy, not a correction."""
    db = tmp_path / "desk.db"
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(_feed(tmp_path / "feed-03.jsonl", [("https://news.test/live", FIRE)])),
                         "--db", str(db)])
    out = runner.invoke(main, ["ingest", str(_feed(tmp_path / "feed-04.jsonl", [("https://news.test/live", FERRY)])),
                               "--db", str(db)])
    assert _counts(out.stdout)["new_articles"] == 1
    with open_store(db) as store:
        assert store.count("articles") == 2


@pytest.mark.parametrize(("a", "b"), [
    ("https://news.test/a/?utm_medium=x&fbclid=1", "http://www.NEWS.test/a"),
    ("https://news.test/a#top", "https://news.test/a/"),
    ("https://news.test:443/a?id=7&ref=home", "https://news.test/a?id=7"),
    ("https://news.test/a?b=2&a=1", "https://news.test/a?a=1&b=2"),
])
def test_one_page_written_two_ways_has_one_key(a: str, b: str) -> None:
    assert url_key(a) == url_key(b) is not None


@pytest.mark.parametrize(("a", "b"), [
    ("https://news.test/a?id=7", "https://news.test/a?id=8"),
    ("https://news.test/a", "https://other.test/a"),
    ("https://news.test:8080/a", "https://news.test/a"),
    ("https://site.test/#!/story/123", "https://site.test/#!/story/456"),
])
def test_other_pages_have_other_keys(a: str, b: str) -> None:
    assert url_key(a) != url_key(b)


@pytest.mark.parametrize("url", [None, "", "  ", "mailto:desk@news.test", "file:///tmp/a.html", "http://[::1",
                                 "https://www.news.test/", "https://news.test/#comments"])
def test_no_web_address_gives_no_key(url: str | None) -> None:
    assert url_key(url) is None


def _page(body: str, canonical: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f'<html><head><title>Fire in Dunmore</title><link rel="canonical" href="{canonical}"></head>'
            f"<body><article><h1>Fire in Dunmore</h1>{paragraphs}</article></body></html>")


def test_a_page_saved_again_under_another_name_is_the_article_already_stored(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    runner = CliRunner()
    (tmp_path / "fire-0300.html").write_text(_page(FIRE, "https://news.test/fire"), encoding="utf-8")
    (tmp_path / "fire-0400.html").write_text(_page(FIRE, "https://www.news.test/fire/"), encoding="utf-8")
    first = runner.invoke(main, ["ingest", str(tmp_path / "fire-0300.html"), "--db", str(db)])
    assert _counts(first.stdout)["new_articles"] == 1
    second = runner.invoke(main, ["ingest", str(tmp_path / "fire-0400.html"), "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert _counts(second.stdout)["new_articles"] == 0
    with open_store(db) as store:
        assert store.count("articles") == 1


def test_a_store_of_the_old_ids_knows_its_items_by_their_address(tmp_path: Path) -> None:
    """R25: a store made before ids followed the address stored every item of the next read of its feed again."""
    from newsdesk.model import Article

    db = tmp_path / "desk.db"
    with open_store(db) as store:  # as the earlier code stored it: an id made from the file name and the text
        store.add_articles([Article("a0123456789ab", "feed-03.jsonl:1", FIRE, title="Fire", date="2024-03-05",
                                    url="https://news.test/fire")])
    feed = _feed(tmp_path / "feed-04.jsonl", [("https://news.test/fire", FIRE), ("https://news.test/ferry", FERRY)])
    out = CliRunner().invoke(main, ["ingest", str(feed), "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert _counts(out.stdout)["new_articles"] == 1
    with open_store(db) as store:
        assert store.count("articles") == 2 and store.story_of("a0123456789ab") is not None
