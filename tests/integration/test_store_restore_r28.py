"""Putting removed articles back (R28 #1): a restore never loses the article, even when another removed article has
the same text, and a remove and restore does not forget the texts a correction replaced."""

from __future__ import annotations

import json
from pathlib import Path

from newsdesk import service
from newsdesk.pipeline import load_articles
from newsdesk.store import open_store

CRANE = ("A harbour crane collapsed at Port Wendell on Monday, injuring four dock workers, the port authority said.\n\n"
         "Inspectors will examine the crane's base, which engineers said had shown cracks last year.")
CRANE_FIXED = CRANE.replace("injuring four dock workers", "injuring five dock workers")
BUDGET = ("The Dunmore council voted on Wednesday to approve a new budget for road repairs, the mayor said.\n\n"
          "Work on the worst roads will start in the spring, the council's engineer told reporters.")


def _write(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "title": "Crane collapse", "date": "2024-03-05", "text": t}) + "\n"
                            for i, t in rows), encoding="utf-8")
    return path


def test_restoring_one_of_two_removed_copies_puts_it_back(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Crane collapse at Port Wendell\n\n" + CRANE, encoding="utf-8")
    b.write_text(a.read_text(encoding="utf-8"), encoding="utf-8")
    with open_store(tmp_path / "desk.db") as store:
        service.ingest_articles(store, load_articles([str(a), str(b)])[0])
        ids = sorted(x.id for x in store.iter_articles())
        assert len(ids) == 2
        service.withdraw_articles(store, ids, "test")
        back = service.restore_withdrawn(store, [ids[0]])
        assert [x.article for x in back.added] == [ids[0]]
        assert store.get_article(ids[0]) is not None and store.story_of(ids[0]) is not None
        # the restored article's withdrawal is gone; the other copy's stays
        assert [w.article_id for w in store.withdrawals()] == ids[1:]


def test_remove_and_restore_keeps_a_correction_against_an_older_reading(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    with open_store(tmp_path / "desk.db") as store:
        for text in (CRANE, CRANE_FIXED):  # the outlet corrects the toll in its feed
            arts, _ = load_articles([str(_write(feed, [("w2", text)]))])
            service.ingest_articles(store, arts)
        (stored,) = store.iter_articles()
        assert "five dock workers" in stored.text
        service.withdraw_articles(store, [stored.id], "checking")
        service.restore_withdrawn(store, [stored.id])
        arts, _ = load_articles([str(_write(feed, [("w2", CRANE)]))])  # the old feed replayed
        result = service.ingest_articles(store, arts)
        assert not any(x.revised for x in result.added)
        assert "five dock workers" in store.get_article(stored.id).text


def test_a_removed_id_does_not_refuse_another_article_under_that_id_from_a_file_of_that_name(tmp_path: Path) -> None:
    """R28 #2: a daily export named alike numbers its records "1", "2", ... again."""
    (tmp_path / "day1").mkdir()
    (tmp_path / "day2").mkdir()
    with open_store(tmp_path / "desk.db") as store:
        service.ingest_articles(store, load_articles([str(_write(tmp_path / "day1" / "feed.jsonl",
                                                                 [("1", CRANE)]))])[0])
        service.withdraw_articles(store, ["1"], "retracted")
        # the removed item, and its corrected version, from the same file stay out
        for text in (CRANE, CRANE_FIXED):
            again = service.ingest_articles(store, load_articles([str(_write(tmp_path / "day1" / "feed.jsonl",
                                                                             [("1", text)]))])[0])
            assert not again.added and "was removed from this store" in again.rejected[0].detail
        # tomorrow's record "1" is another article
        budget = service.ingest_articles(store, load_articles([str(_write(tmp_path / "day2" / "feed.jsonl",
                                                                          [("1", BUDGET)]))])[0])
        assert [x.new_article for x in budget.added] == [True]
        assert store.get_article("1") is not None and "road repairs" in store.get_article("1").text
        # putting the removed one back while its id is taken: it comes back under an id of its own
        back = service.restore_withdrawn(store, ["1"])
        (put,) = back.added
        assert put.article != "1" and "four dock workers" in store.get_article(put.article).text
        assert store.story_of(put.article) is not None and not store.withdrawals()
        assert "road repairs" in store.get_article("1").text


def test_copy_links_follow_a_correction(tmp_path: Path) -> None:
    """R28 #5: two exact copies, then one of them corrected: they are no exact copies any more."""
    feed = tmp_path / "feed.jsonl"
    with open_store(tmp_path / "desk.db") as store:
        service.ingest_articles(store, load_articles([str(_write(feed, [("w1", CRANE), ("w2", CRANE)]))])[0])
        assert {d.kind for d in store.links()} == {"exact"}
        fixed = CRANE.replace("had shown cracks last year.", "had shown cracks last year, the port authority said.")
        result = service.ingest_articles(store, load_articles([str(_write(feed, [("w1", CRANE), ("w2", fixed)]))])[0])
        assert [x.revised for x in result.added] == [False, True]
        kinds = {d.kind for d in store.links()}
        assert "exact" not in kinds and kinds  # found again on the corrected text: a near copy now
