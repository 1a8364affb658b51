"""The web page's focused brief cites no article that says otherwise either (R25: only the plain brief was checked
against the comparison)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from builders import CRASH_DRINKING as A  # the two invented reports of one crash
from builders import CRASH_NOT_DRINKING as B
from newsdesk import service
from newsdesk.cli import main
from newsdesk.config import Settings
from newsdesk.store import open_store


def test_the_focused_brief_drops_citations_of_articles_saying_otherwise(tmp_path: Path) -> None:
    feed = tmp_path / "crash.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "title": "Truck crash", "date": "2023-05-02", "outlet": o,
                                        "text": t}) + "\n"
                            for i, t, o in (("a", A, "Kilkenny Post"), ("b", B, "Carlow Echo"))), encoding="utf-8")
    db = tmp_path / "desk.db"
    out = CliRunner().invoke(main, ["ingest", str(feed), "--db", str(db)])
    (story,) = json.loads(out.stdout.strip().splitlines()[-1])["new_story_ids"]
    with open_store(db) as store:
        view = service.story_view(store, story, Settings(), focus="was the driver drinking")
    drinking = [s for s in view.brief if "drinking" in s.text]
    assert drinking, [s.text for s in view.brief]
    for s in drinking:
        assert [e.article for e in s.evidence] == [s.from_id], s
