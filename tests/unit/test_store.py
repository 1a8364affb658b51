"""The SQLite store: round trips, upserts, search, listing, cache, concurrent writers."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from newsdesk.errors import Reason
from newsdesk.model import Article, DupLink, Rejection, Story
from newsdesk.store import open_store


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
        assert st.conn.execute("SELECT COUNT(*) FROM _migrations").fetchone()[0] == 1
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
