"""A corrected article sent again under its id replaces the stored text (X24: it was dropped without a word)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdesk.cli import main
from newsdesk.store import open_store

FIRST = ("A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents on Tuesday, officials said.\n\n"
         "Firefighters worked through the night to contain the blaze, the fire service said on Wednesday.")
SECOND = ("The Dunmore council voted on Wednesday to approve a new budget for road repairs, the mayor said.\n\n"
          "Work on the worst roads will start in the spring, the council's engineer told reporters.")


def _write(path: Path, texts: list[str]) -> Path:
    path.write_text("".join(json.dumps({"id": f"r{i}", "title": f"Story {i}", "date": "2024-03-05", "text": t}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    return path


def test_a_correction_replaces_the_stored_text_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(_write(tmp_path / "v1.jsonl", [FIRST, SECOND])), "--db", str(db)])
    assert first.exit_code == 0, first.output
    corrected = FIRST.replace("1,200", "1,300") + "\n\nThis article was updated to correct the number of residents."
    second = runner.invoke(main, ["ingest", str(_write(tmp_path / "v2.jsonl", [corrected, SECOND])), "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert "1 stored article updated with a corrected text" in second.output
    assert "1 article already in the store" in second.output
    counts = json.loads(second.stdout.strip().splitlines()[-1])
    assert counts["new_articles"] == 0 and counts["revised_articles"] == 1
    assert counts["updated_stories"] == 1
    with open_store(db) as store:
        assert "1,300 residents" in store.get_article("r0").text
        assert store.story_of("r0") is not None
    again = runner.invoke(main, ["ingest", str(tmp_path / "v2.jsonl"), "--db", str(db)])
    assert "updated with a corrected text" not in again.output and "2 articles already in the store" in again.output


def test_an_update_below_the_story_or_a_paragraph_taken_down_is_a_correction(tmp_path: Path) -> None:
    """X25: an update added under the story, or a paragraph taken down, was "already in the store"."""
    db = tmp_path / "desk.db"
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(_write(tmp_path / "v1.jsonl", [FIRST, SECOND])), "--db", str(db)])
    longer = FIRST + "\n\nThe cause of the fire is not yet known, a fire service spokesman said on Thursday."
    out = runner.invoke(main, ["ingest", str(_write(tmp_path / "v2.jsonl", [longer, SECOND])), "--db", str(db)])
    assert "1 stored article updated with a corrected text" in out.output
    shorter = SECOND.split("\n\n")[0]
    out = runner.invoke(main, ["ingest", str(_write(tmp_path / "v3.jsonl", [longer, shorter])), "--db", str(db)])
    assert "1 stored article updated with a corrected text" in out.output
    with open_store(db) as store:
        assert store.get_article("r0").text == longer and store.get_article("r1").text == shorter


def test_a_line_cleaning_kept_in_one_reading_and_dropped_in_the_other_is_no_correction(tmp_path: Path) -> None:
    """Lines repeated across an outlet's pages are boilerplate: read with its sister page, an article loses its
    promotional line; read alone it keeps it. That is no new version."""
    db = tmp_path / "desk.db"
    runner = CliRunner()
    promo = "Read all of our coverage of the Dunmore council elections at the Gazette's website."
    both = tmp_path / "v1.jsonl"
    both.write_text("".join(json.dumps({"id": f"r{i}", "title": f"Story {i}", "date": "2024-03-05",
                                        "outlet": "Dunmore Gazette", "text": t + "\n\n" + promo}) + "\n"
                            for i, t in enumerate([FIRST, SECOND])), encoding="utf-8")
    runner.invoke(main, ["ingest", str(both), "--db", str(db)])
    with open_store(db) as store:
        stored = store.get_article("r0")
    if promo in stored.text:  # the cleaner kept the repeated line: this test's premise does not hold
        pytest.skip("the repeated line was not taken for boilerplate")
    alone = tmp_path / "v2.jsonl"
    alone.write_text(json.dumps({"id": "r0", "title": "Story 0", "date": "2024-03-05", "outlet": "Dunmore Gazette",
                                 "text": FIRST + "\n\n" + promo}) + "\n", encoding="utf-8")
    out = runner.invoke(main, ["ingest", str(alone), "--db", str(db)])
    assert "updated with a corrected text" not in out.output


def test_an_older_version_read_again_does_not_undo_the_correction(tmp_path: Path) -> None:
    """X25: replaying the earlier hourly file put the text from before the correction back."""
    db = tmp_path / "desk.db"
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(_write(tmp_path / "v1.jsonl", [FIRST, SECOND])), "--db", str(db)])
    corrected = FIRST.replace("1,200", "1,300")
    runner.invoke(main, ["ingest", str(_write(tmp_path / "v2.jsonl", [corrected, SECOND])), "--db", str(db)])
    out = runner.invoke(main, ["ingest", str(tmp_path / "v1.jsonl"), "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "updated with a corrected text" not in out.output
    assert "1 older version of stored articles read again (the corrected text is kept)" in out.output
    assert json.loads(out.stdout.strip().splitlines()[-1])["older_versions"] == 1
    with open_store(db) as store:
        assert "1,300 residents" in store.get_article("r0").text


def test_another_article_under_a_reused_id_and_file_name_is_kept_apart(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    runner = CliRunner()
    (tmp_path / "day1").mkdir()
    (tmp_path / "day2").mkdir()
    runner.invoke(main, ["ingest", str(_write(tmp_path / "day1" / "feed.jsonl", [FIRST])), "--db", str(db)])
    import os

    here = os.getcwd()
    try:  # the same file name, as a daily export is saved: "feed.jsonl" read from where it lies
        os.chdir(tmp_path / "day2")
        _write(tmp_path / "day2" / "feed.jsonl", [SECOND])
        os.chdir(tmp_path / "day1")
        out = runner.invoke(main, ["ingest", "feed.jsonl", "--db", str(db)])
        os.chdir(tmp_path / "day2")
        out = runner.invoke(main, ["ingest", "feed.jsonl", "--db", str(db)])
    finally:
        os.chdir(here)
    assert out.exit_code == 0, out.output
    assert "updated with a corrected text" not in out.output
    with open_store(db) as store:
        texts = [a.text for a in store.articles_under("r0")]
    assert FIRST in texts and SECOND in texts


def test_a_days_files_read_at_once_keep_the_later_version(tmp_path: Path) -> None:
    """X25: backfilling a day (`ingest feed/*.jsonl`) stored the corrected text as a second article."""
    db = tmp_path / "desk.db"
    corrected = FIRST.replace("1,200", "1,300")
    _write(tmp_path / "feed_03.jsonl", [FIRST, SECOND])
    _write(tmp_path / "feed_04.jsonl", [corrected])
    out = CliRunner().invoke(main, ["ingest", str(tmp_path / "feed_03.jsonl"), str(tmp_path / "feed_04.jsonl"),
                                    "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout.strip().splitlines()[-1])["new_articles"] == 2
    assert "an earlier version of the text of" in out.output
    with open_store(db) as store:
        assert [a.text for a in store.articles_under("r0")] == [corrected]


def test_the_newer_file_wins_in_number_order_and_its_replaced_text_is_remembered(tmp_path: Path) -> None:
    """R25: "feed-9" sorts after "feed-10" as text (the old version won), and the text the run set aside was not
    remembered, so replaying the 09:00 file later put it back."""
    db = tmp_path / "desk.db"
    corrected = FIRST.replace("1,200", "1,300")
    (tmp_path / "in").mkdir()
    _write(tmp_path / "in" / "feed-9.jsonl", [FIRST, SECOND])
    _write(tmp_path / "in" / "feed-10.jsonl", [corrected])
    runner = CliRunner()
    out = runner.invoke(main, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert out.exit_code == 0, out.output
    with open_store(db) as store:
        assert [a.text for a in store.articles_under("r0")] == [corrected]
    again = runner.invoke(main, ["ingest", str(tmp_path / "in" / "feed-9.jsonl"), "--db", str(db)])
    assert "updated with a corrected text" not in again.output and "older version" in again.output
    with open_store(db) as store:
        assert [a.text for a in store.articles_under("r0")] == [corrected]


def test_two_items_of_one_file_under_one_address_are_two_articles(tmp_path: Path) -> None:
    """R25: two templated reports linking to the site's home page became one article."""
    quake = ("A magnitude {m} earthquake struck near {town} on Tuesday morning, the geological survey said. No damage "
             "or injuries were reported, and no tsunami warning was issued, officials said.")
    feed = tmp_path / "quakes.jsonl"
    feed.write_text("".join(json.dumps({"url": "https://www.quakes.test/", "title": f"Quake near {t}",
                                        "date": "2024-03-05", "text": quake.format(m=m, town=t)}) + "\n"
                            for m, t in (("4.6", "Ridgecrest"), ("5.1", "Hilo"))), encoding="utf-8")
    out = CliRunner().invoke(main, ["ingest", str(feed), "--db", str(tmp_path / "desk.db")])
    assert json.loads(out.stdout.strip().splitlines()[-1])["new_articles"] == 2
