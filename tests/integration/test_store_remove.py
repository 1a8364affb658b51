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


def test_a_story_left_empty_goes_and_a_restored_article_is_back_in_a_story(tmp_path: Path) -> None:
    db, runner = tmp_path / "desk.db", CliRunner()
    _ingest(runner, _feed(tmp_path / "feed.jsonl"), db)
    with open_store(db) as store:
        budget_story = store.story_of("budget")
        done = service.withdraw_articles(store, ["budget"], "")
        assert done[0].story_removed and store.get_story(budget_story) is None
        back = service.restore_withdrawn(store, ["budget"])
        assert [a.article for a in back.added] == ["budget"] and back.added[0].new_story
        assert store.story_of("budget") is not None  # back at once, in a story
    counts, _ = _ingest(runner, tmp_path / "feed.jsonl", db)
    assert counts["new_articles"] == 0 and counts["withdrawn"] == 0  # reading it again: already there


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


def test_another_files_record_with_the_same_id_is_not_withdrawn(tmp_path: Path) -> None:
    """R26: two feeds number their records "1", "2", ...; removing feed A's "1" keeps out feed A's item (read again,
    or corrected), not feed B's "1"."""
    db, runner = tmp_path / "desk.db", CliRunner()
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": "1", "title": "Warehouse fire", "date": "2024-03-05", "text": FIRE}) + "\n")
    b.write_text(json.dumps({"id": "1", "title": "Road budget", "date": "2024-03-05", "text": BUDGET}) + "\n")
    _ingest(runner, a, db)
    assert runner.invoke(main, ["remove", "--db", str(db), "1"]).exit_code == 0
    counts, _ = _ingest(runner, b, db)
    assert counts["new_articles"] == 1 and counts["withdrawn"] == 0
    a.write_text(json.dumps({"id": "1", "title": "Warehouse fire", "date": "2024-03-06",
                             "text": FIRE.replace("1,200", "1,300")}) + "\n")  # a correction of the removed item
    counts, _ = _ingest(runner, a, db)
    assert counts["new_articles"] == 0 and counts["withdrawn"] == 1


def test_restore_puts_the_article_back_at_once_and_removing_a_whole_story_says_so(tmp_path: Path) -> None:
    db, runner = tmp_path / "desk.db", CliRunner()
    _ingest(runner, _feed(tmp_path / "feed.jsonl"), db)
    out = runner.invoke(main, ["remove", "--db", str(db), "fire-1", "fire-2", "--format", "json"])
    removed = json.loads(out.stdout)["removed"]
    assert [w["story_removed"] for w in removed] == [True, True]  # the story went with its last article
    back = runner.invoke(main, ["remove", "--db", str(db), "--restore", "fire-1", "fire-2"])
    assert back.exit_code == 0 and "Put back 2 articles" in back.output
    with open_store(db) as store:
        assert store.get_article("fire-1").text == FIRE and store.story_of("fire-1") == store.story_of("fire-2")
        assert store.withdrawals() == []
    assert runner.invoke(main, ["remove", "--db", str(db), "--restore", "fire-1", "--reason", "x"]).exit_code != 0


def test_a_story_saved_after_its_article_was_removed_elsewhere_keeps_no_ghost_member(tmp_path: Path) -> None:
    """R26: a removal from another process between an ingest's reading and its writing of a story."""
    from newsdesk.model import Story

    db, runner = tmp_path / "desk.db", CliRunner()
    _ingest(runner, _feed(tmp_path / "feed.jsonl"), db)
    with open_store(db) as store:
        sid = store.story_of("fire-1")
        members = tuple(store.get_story(sid).article_ids)
        service.withdraw_articles(store, ["fire-1"])
        store.save_stories([Story(sid, "Warehouse fire", members)])  # as an ingest that read the story before
        assert list(store.get_story(sid).article_ids) == ["fire-2"]
        service.withdraw_articles(store, ["budget"])
        store.save_stories([Story("s-ghost", "Road budget", ("budget",))])
        assert store.get_story("s-ghost") is None  # a story with no article left is not kept


def test_an_article_removed_by_another_process_during_an_ingest_is_not_stored_again(tmp_path: Path) -> None:
    """R26b: another process removes a stored article after this ingest has checked its inputs for withdrawals and
    before it writes them: the article stays out, and the run says it was left out."""
    from newsdesk.pipeline import load_articles

    db, runner = tmp_path / "desk.db", CliRunner()
    feed = _feed(tmp_path / "feed.jsonl")
    _ingest(runner, feed, db)
    articles = [a for a in load_articles([str(feed)])[0] if a.id != "budget"]
    with open_store(db) as store:
        real = store.withdrawal_of
        checked: set[str] = set()

        def check_then_removed_elsewhere(article):
            if article.id == "fire-1" and article.id not in checked:
                checked.add(article.id)
                with open_store(db) as other:  # the other process, between this run's check and its write
                    service.withdraw_articles(other, ["fire-1"], "retracted")
                return None
            return real(article)

        store.withdrawal_of = check_then_removed_elsewhere
        added = service.ingest_articles(store, articles)
        assert store.get_article("fire-1") is None
        assert [w.article_id for w in store.withdrawals()] == ["fire-1"]
        assert [a.article for a in added.added] == ["fire-2"]
        assert [r.reason for r in added.rejected] == [Reason.WITHDRAWN] and "retracted" in added.rejected[0].detail
