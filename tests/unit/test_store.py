"""The SQLite store: round trips, upserts, search, listing, cache, concurrent writers."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from newsdesk.errors import Reason
from newsdesk.model import Article, DupLink, Rejection, Story
from newsdesk.store import open_store
from newsdesk.store.migrations import MIGRATIONS


def _art(i: int, **kw: object) -> Article:
    base = {"id": f"a{i}", "source": f"f{i}.txt", "text": f"Flood number {i} hits the valley town.", "title": f"Flood {i}",
                "outlet": f"o{i % 2}", "date": f"2024-01-{i + 1:02d}", "removed": ("Share this", "Ads")}
    base.update(kw)
    return Article(**base)  # type: ignore[arg-type]


def test_round_trip_and_upsert(tmp_path: Path) -> None:
    with open_store(tmp_path / "n.db") as st:
        assert st.add_articles([_art(1), _art(2)]) == ["a1", "a2"]
        assert st.add_articles([_art(1), _art(3)]) == ["a3"]
        assert st.get_article("a1") == _art(1)
        assert st.count("articles") == 3
        st.add_rejections([Rejection("x.bin", Reason.BINARY, "binary"), Rejection("x.bin", Reason.BINARY, "binary")])
        assert st.count("rejections") == 1
        st.add_links([DupLink("a1", "a2", "wire", 0.3, "a1", ("passage",))])
        assert st.links(["a2"])[0].passages == ("passage",)
    with open_store(tmp_path / "n.db") as st:  # reopen: migrations are not re-run
        assert st.count("articles") == 3
        assert st.conn.execute("SELECT COUNT(*) FROM _migrations").fetchone()[0] == len(MIGRATIONS)
        assert st.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_stories_listing_search_and_cache(tmp_path: Path) -> None:
    with open_store(tmp_path / "n.db") as st:
        st.add_articles([_art(i) for i in range(4)])
        st.save_stories([Story("s1", "Old", ("a0", "a1"), "2024-01-01", "2024-01-02"),
                         Story("s2", "New", ("a2", "a3"), "2024-01-03", "2024-01-04")])
        listed = st.list_stories()
        assert [s.id for s in listed] == ["s2", "s1"]
        assert (listed[0].articles, listed[0].outlets) == (2, 2)
        assert [s.id for s in st.list_stories(limit=1, offset=1)] == ["s1"]
        assert next(a.id for a in st.search("number 2")) == "a2"
        assert [s.id for s in st.list_stories(query='"3"')] == ["s2"]
        assert st.get_story("s1").article_ids == ("a0", "a1")
        assert [a.id for a in st.story_articles("s2")] == ["a2", "a3"]
        st.put_cached_brief("s1", "fp1", {"brief": 1})
        assert st.get_cached_brief("s1", "fp1") == {"brief": 1}
        assert st.get_cached_brief("s1", "fp2") is None


WRITER = textwrap.dedent(
    """
    import sys
    from newsdesk.model import Article
    from newsdesk.store import open_store
    st = open_store(sys.argv[1])
    for chunk in range(20):
        st.add_articles([Article(id=f"a{i}", source="s", text=f"text {i}") for i in range(chunk * 10, chunk * 10 + 10)])
    st.close()
    """
)


def test_two_processes_lose_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "n.db")
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, db]) for _ in range(2)]
    assert all(p.wait(timeout=60) == 0 for p in procs)
    with open_store(db) as st:
        assert st.count("articles") == 200


def test_versions_move_with_every_change_a_page_shows(tmp_path: Path) -> None:
    """story_version / version (keys of the web page cache) grow on writes and only on writes."""
    with open_store(tmp_path / "n.db") as st:
        assert st.story_version("s1") is None and st.version() == 0
        st.add_articles([_art(i) for i in range(4)])
        st.save_stories([Story("s1", "One", ("a0", "a1"), "2024-01-01", "2024-01-02"),
                         Story("s2", "Two", ("a2",), "2024-01-03", "2024-01-03")])
        v1, v2, desk = st.story_version("s1"), st.story_version("s2"), st.version()
        assert desk > 0
        # Reads and cached briefs change nothing a page shows.
        st.list_stories(query="flood")
        st.put_cached_brief("s1", "fp", {"brief": 1})
        assert (st.story_version("s1"), st.story_version("s2"), st.version()) == (v1, v2, desk)
        # An article joins s2: s2 and the desk move, s1 does not.
        st.save_stories([Story("s2", "Two", ("a2", "a3"), "2024-01-03", "2024-01-04")])
        assert st.story_version("s2") > v2 and st.story_version("s1") == v1 and st.version() > desk
        # An article moves from s1 to s2: both stories move.
        v1, v2 = st.story_version("s1"), st.story_version("s2")
        st.save_stories([Story("s2", "Two", ("a1", "a2", "a3"), "2024-01-02", "2024-01-04")])
        assert st.story_version("s1") > v1 and st.story_version("s2") > v2
        final = (st.story_version("s2"), st.version())
    with open_store(tmp_path / "n.db") as other:  # another connection (process) reads the same numbers
        assert (other.story_version("s2"), other.version()) == final


def test_a_store_from_before_the_page_versions_is_migrated(tmp_path: Path) -> None:
    import sqlite3

    from newsdesk.store.schema import _initial

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    _initial(conn)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL)")
    conn.execute("INSERT INTO _migrations VALUES ('0001_initial', 0)")
    conn.execute("INSERT INTO stories VALUES ('s1', 'Old story', NULL, NULL, 0, 0)")
    conn.commit()
    conn.close()
    with open_store(db) as st:
        assert st.story_version("s1") == 0 and st.version() == 0
        assert [s.id for s in st.list_stories()] == ["s1"]
        st.add_articles([_art(1)])
        st.save_stories([Story("s1", "Old story", ("a1",), "2024-01-02", "2024-01-02")])
        assert st.story_version("s1") > 0 and st.version() > 0


def test_opening_a_migrated_store_does_not_wait_for_a_writer(tmp_path: Path, monkeypatch) -> None:
    """A server thread opening its connection while `newsdesk ingest` holds the write lock opens at once."""
    import sqlite3

    import newsdesk.store.sqlite as sqlite_store

    db = tmp_path / "n.db"
    open_store(db).close()
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO rejections VALUES ('x', 'binary', 'd', 'read', 0)")
    monkeypatch.setattr(sqlite_store, "BUSY_TIMEOUT_MS", 500)  # a lock wait would fail, not hang the test
    try:
        with open_store(db) as reader:
            assert reader.count("rejections") == 0  # the writer's row is not committed yet
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_story_keeps_one_cached_analysis_of_a_kind(tmp_path):
    """R28 #11: the analyses of a story's earlier article sets go when a newer one is cached."""
    with open_store(tmp_path / "s.db") as st:
        for n in range(4):
            st.put_cached_brief("s1", f"set{n}", {"n": n}, kind="view")
        st.put_cached_brief("s1", "set3", {"n": 3}, kind="brief")
        st.put_cached_brief("s2", "other", {"n": 9}, kind="view")
        assert st.get_cached_brief("s1", "set3", kind="view") == {"n": 3}
        assert st.get_cached_brief("s1", "set2", kind="view") is None
        assert st.get_cached_brief("s1", "set3", kind="brief") == {"n": 3}
        assert st.get_cached_brief("s2", "other", kind="view") == {"n": 9}
        assert st.conn.execute("SELECT COUNT(*) FROM brief_cache").fetchone()[0] == 3
