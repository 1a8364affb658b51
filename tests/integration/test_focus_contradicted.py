"""The web page's focused brief cites no article that says otherwise either (R25: only the plain brief was checked
against the comparison)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsdesk import service
from newsdesk.cli import main
from newsdesk.config import Settings
from newsdesk.store import open_store

A = ("A truck overturned on the M9 motorway near Kilkenny on Tuesday night, closing both lanes for six hours, "
     "police said. Police said the driver had been drinking before the crash. The driver, a 52-year-old man, was "
     "taken to hospital in Waterford with minor injuries. The road reopened at 4 a.m. on Wednesday.")
B = ("Both lanes of the M9 were shut for six hours after a lorry overturned near Carlow late on Tuesday, police "
     "said. Police said the driver had not been drinking before the crash. Gardai are examining the lorry's brakes "
     "and tyres at a depot in Portlaoise. The driver, a 52-year-old man, was taken to hospital in Waterford with "
     "minor injuries. Traffic was diverted through Paulstown and Gowran overnight while cranes lifted the trailer. "
     "The road reopened at 4 a.m. on Wednesday.")


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
