"""`newsdesk remove`: a user takes an article out of the store (a retracted report); reading it again leaves it out
(X25: there was no way to delete or retract a stored article)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsdesk import service
from newsdesk.cli import main
from newsdesk.errors import Reason
from newsdesk.service import NotFoundError
from newsdesk.store import open_store

FIRE = ("A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents on Tuesday, officials said.\n\n"
        "Firefighters worked through the night to contain the blaze, the fire service said on Wednesday.")
FIRE_TOO = ("Fire crews fought a blaze at a warehouse in Dunmore on Tuesday, and 1,200 residents were evacuated, "
            "officials said.\n\nThe fire service said on Wednesday the blaze was contained after a long night.")
BUDGET = ("The Dunmore council voted on Wednesday to approve a new budget for road repairs, the mayor said.\n\n"
          "Work on the worst roads will start in the spring, the council's engineer told reporters.")


def _feed(path: Path) -> Path:
    rows = [("fire-1", "Warehouse fire in Dunmore", FIRE), ("fire-2", "Dunmore blaze", FIRE_TOO),
            ("budget", "Council approves road budget", BUDGET)]
    path.write_text("".join(json.dumps({"id": i, "title": t, "date": "2024-03-05", "text": x}) + "\n"
                            for i, t, x in rows), encoding="utf-8")
    return path


def _ingest(runner: CliRunner, feed: Path, db: Path) -> tuple[dict, str]:
    out = runner.invoke(main, ["ingest", str(feed), "--db", str(db)])
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout.strip().splitlines()[-1]), out.stderr


def test_a_removed_article_leaves_its_story_and_stays_out_when_its_feed_is_read_again(tmp_path: Path) -> None:
    db, runner = tmp_path / "desk.db", CliRunner()
    _ingest(runner, _feed(tmp_path / "feed.jsonl"), db)
    with open_store(db) as store:
        fire_story = store.story_of("fire-1")
        assert fire_story == store.story_of("fire-2") and store.story_of("budget") != fire_story
    shown = runner.invoke(main, ["stories", "--db", str(db), "--story", fire_story])
    assert "id `fire-1`" in shown.output  # the story in full names the ids to remove by
    out = runner.invoke(main, ["remove", "--db", str(db), "fire-1", "--reason", "retracted by the outlet"])
    assert out.exit_code == 0, out.output
    assert "fire-1" in out.output and "Warehouse fire in Dunmore" in out.output
    assert f"story {fire_story} keeps 1 article" in out.output
    with open_store(db) as store:
        assert store.get_article("fire-1") is None and store.story_of("fire-1") is None
        assert list(store.get_story(fire_story).article_ids) == ["fire-2"]
        assert store.story_links(fire_story) == []  # its copy links went with it
        assert not store.search("evacuation of 1,200")  # nor is it found by a search
    counts, said = _ingest(runner, tmp_path / "feed.jsonl", db)
    assert counts["new_articles"] == 0 and counts["withdrawn"] == 1
    assert "feed.jsonl" in said and "withdrawn: article fire-1 was removed from this store" in said
    assert "retracted by the outlet" in said and "2 articles already in the store" in said
    listed = runner.invoke(main, ["remove", "--db", str(db), "--list", "--format", "json"])
    assert [w["article"] for w in json.loads(listed.stdout)["removed"]] == ["fire-1"]


def test_a_story_left_empty_goes_and_a_restored_article_is_stored_again(tmp_path: Path) -> None:
    db, runner = tmp_path / "desk.db", CliRunner()
    _ingest(runner, _feed(tmp_path / "feed.jsonl"), db)
    with open_store(db) as store:
        budget_story = store.story_of("budget")
        done = service.withdraw_articles(store, ["budget"], "")
        assert done[0].story_removed and store.get_story(budget_story) is None
        assert service.restore_withdrawn(store, ["budget"]) == ["budget"]
    counts, _ = _ingest(runner, tmp_path / "feed.jsonl", db)
    assert counts["new_articles"] == 1 and counts["withdrawn"] == 0
    with open_store(db) as store:
        assert store.story_of("budget") is not None


def test_a_wrong_id_removes_nothing_and_says_what_it_is(tmp_path: Path) -> None:
    db, runner = tmp_path / "desk.db", CliRunner()
    _ingest(runner, _feed(tmp_path / "feed.jsonl"), db)
    with open_store(db) as store:
        story_id = store.story_of("budget")
    out = runner.invoke(main, ["remove", "--db", str(db), "fire-1", story_id, "nosuch"])
    assert out.exit_code != 0
    assert f"'{story_id}' is a story id, not an article id" in out.output
    assert "no article with id 'nosuch'" in out.output and "nothing was removed" in out.output
    with open_store(db) as store:
        assert store.get_article("fire-1") is not None  # all or none
        service.withdraw_articles(store, ["fire-1"])
        try:
            service.withdraw_articles(store, ["fire-1"])
        except NotFoundError as exc:
            assert "already removed" in str(exc)
        else:
            raise AssertionError("removing twice should say it was already removed")


def test_the_web_desk_adding_a_removed_text_says_why_it_is_left_out(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    with open_store(db) as store:
        first = service.add_texts(store, [BUDGET])
        service.withdraw_articles(store, [first.added[0].article], "not our story")
        again = service.add_texts(store, [BUDGET])
    assert again.added == ()
    assert [r.reason for r in again.rejected] == [Reason.WITHDRAWN] and "not our story" in again.rejected[0].detail
