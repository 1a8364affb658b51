"""Test helpers for the web layer: a real SQLite store under tmp_path, filled through the public API.

``fill_demo`` reads the bundled demo files the way ``newsdesk ingest`` does (``load_articles``, then
``ingest_into_store`` through ``service.ingest_articles``); ``add_records`` stores already-cleaned Article
records (the XSS payloads, which no cleaner would produce) through the same ingest function.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from newsdesk.model import Article


def demo_files() -> list[Path]:
    from newsdesk.api import demo_inputs

    return demo_inputs()


XSS_TEXT = (
    "Harbour council <script>window.__xss = 1; alert('xss')</script> votes on the budget. "
    "The council <img src=x onerror=\"window.__xss=2;alert(2)\"> approved the harbour budget on Monday after a long debate. "
    "Members said the vote </textarea><script>window.__xss=3</script> was close and the harbour budget passed by two votes. "
    "Critics of the harbour budget said the plan <svg onload=alert(4)> ignores the bridge repairs."
)


def xss_articles() -> list[Article]:
    """Two articles of one story whose every field carries a script payload."""
    base = Article(
        id="axss000000001", source="evil<script>window.__xss=5</script>.txt", text=XSS_TEXT,
        title="Harbour budget <script>window.__xss=6</script><img src=x onerror=alert(7)>",
        outlet="Evil \"Outlet\" <b onmouseover=alert(8)>", byline="<script>alert(9)</script>", date="2024-05-14",
        url="javascript:window.__xss=10;alert(10)", removed=("<script>window.__xss=11</script>", "Share </textarea><img src=x onerror=alert(12)>"),
    )
    other = replace(base, id="axss000000002", outlet="Second <i>outlet</i>", url="https://example.org/ok?a=<b>",
                    text=XSS_TEXT.replace("Monday", "Tuesday"), title="Harbour budget passes </title><script>alert(13)</script>")
    return [base, other]


def demo_db(tmp_path: Path) -> tuple[Path, dict, dict]:
    """A store file at tmp_path/desk.db with the demo articles and the XSS story.

    Returns:
        (db path, demo AddResult as a dict, XSS AddResult as a dict).
    """
    from newsdesk.store import open_store

    db = tmp_path / "desk.db"
    with open_store(db) as store:
        demo = fill_demo(store)
        xss = add_records(store, xss_articles())
    return db, demo, xss


def fill_demo(store) -> dict:
    """Ingest the bundled demo files as ``newsdesk ingest`` does; returns the AddResult as a dict."""
    from newsdesk import service
    from newsdesk.config import Settings
    from newsdesk.pipeline import load_articles

    settings = Settings()
    articles, rejected = load_articles(demo_files(), settings)
    result = service.ingest_articles(store, articles, settings, rejected=rejected).to_dict()
    assert result["added"] and not result["rejected"], result
    return result


def add_records(store, articles: list[Article]) -> dict:
    """Store Article records directly (already cleaned) and assign them to stories; the AddResult as a dict."""
    from newsdesk import service
    from newsdesk.config import Settings

    return service.ingest_articles(store, articles, Settings()).to_dict()


def ferry_strike_articles() -> list[Article]:
    """Two articles of one story; the second quotes an analyst by surname after introducing her in full."""
    first = Article(
        id="aferry0000001", source="coast_post.txt", outlet="Coast Post", date="2024-06-03", title="Ferry crews strike",
        text=("Ferry crews on the Harbour line walked out on Monday in a dispute over pay and rosters. "
              "The strike stopped all crossings between Northport and the islands for the whole day. "
              "The ferry union said the strike would continue until the operator improved its pay offer."),
    )
    second = Article(
        id="aferry0000002", source="harbour_times.txt", outlet="Harbour Times", date="2024-06-03",
        title="Ferry strike halts Harbour line crossings",
        text=("Ferry crews on the Harbour line walked out on Monday, stopping all crossings to the islands. "
              # Over the brief's 60-word sentence limit, so the brief never names her in full itself.
              "Dana Whitcombe, an analyst with the consulting firm Gullwing Group, agreed that the ferry strike "
              "could last for weeks, because the operator had already cancelled its summer timetable, the union "
              "had built up a strike fund over two years, the islands had no other regular link to the mainland "
              "in winter, and neither side had asked the state mediator to step in before the walkout began. "
              '"This is a test of nerves for the operator and the ferry union," Whitcombe said.'),
    )
    return [first, second]
