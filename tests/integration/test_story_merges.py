"""Stories merged by the incremental clusterer, end to end: ingest runs on a real SQLite file, the store's
aliases, and the web page and JSON addresses of a merged-away story leading to the story that absorbed it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from builders import make_article
from newsdesk.config import ClusterConfig, Settings
from newsdesk.errors import StoreError
from newsdesk.model import Story
from newsdesk.store import open_store
from newsdesk.stories import ingest_into_store

FLOOD = "flood river water rain valley evacuate rescue boats levee dam storm rainfall".split()
VOTE = "election vote ballot parliament party candidate poll campaign minister coalition".split()


def _articles(vocab: list[str], prefix: str, n: int, seed: int) -> list:
    rng = random.Random(seed)
    return [make_article(" ".join(rng.choice(vocab) for _ in range(60)) + ".", id=f"{prefix}{i}",
                         title=f"{vocab[0]} report {i}", date=f"2024-03-{1 + i:02d}") for i in range(n)]


def _split_flood_store(db: Path) -> list[str]:
    """A store where three flood articles sit in three stories (as a strict threshold left them)."""
    strict = Settings(cluster=ClusterConfig(stream_threshold=1.0, stream_merge_threshold=0.0, stream_recheck_every=0))
    with open_store(db) as store:
        result = ingest_into_store(_articles(FLOOD, "f", 3, 1), store, strict)
        assert len(result.new_stories) == 3
        return sorted(result.new_stories)


def test_ingest_merges_stored_stories_and_keeps_their_ids_as_aliases(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    old_ids = _split_flood_store(db)
    with open_store(db) as store:
        store.put_cached_brief(old_ids[0], "fp", {"brief": "stale"})
        more = _articles(FLOOD, "g", 2, 2) + _articles(VOTE, "v", 2, 3)
        result = ingest_into_store(more, store)  # default settings: stories merge as they grow
        assert len(result.merged_stories) == 2
        flood = store.story_of("f0")
        # the run says which stories went, by their titles, and where (U26: "2 merged" named none)
        assert {g: into for g, (_, into) in result.merged_into.items()} == dict.fromkeys(result.merged_stories, flood)
        assert all(title.startswith("flood report") for title, _ in result.merged_into.values())
        from newsdesk.cli.stories_cmd import _changed_lines

        lines = _changed_lines(result, store)
        assert lines[lines.index("Merged into another story (2; the old id still finds it):") + 1].endswith(f"-> {flood}")
        assert {store.story_of(i) for i in ("f0", "f1", "f2", "g0", "g1")} == {flood}
        assert store.story_of("v0") == store.story_of("v1") != flood
        assert store.count("stories") == 2 and store.count("story_articles") == 7
        for gone in result.merged_stories:
            assert store.get_story(gone) is None
            assert store.story_alias(gone) == flood
            assert store.get_cached_brief(gone, "fp") is None
        assert store.story_alias(flood) is None
        assert set(store.get_story(flood).article_ids) == {"f0", "f1", "f2", "g0", "g1"}
        again = ingest_into_store(more, store)  # re-ingesting changes nothing
        assert (again.new_articles, again.merged_stories, store.count("stories")) == ([], [], 2)


def test_aliases_follow_a_story_merged_twice_and_bad_merges_are_refused(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        arts = _articles(FLOOD, "f", 3, 1)
        store.add_articles(arts)
        store.save_stories([Story(f"s{i}", "t", (a.id,)) for i, a in enumerate(arts)])
        store.save_stories([Story("s1", "t", ("f0", "f1"))], merged={"s0": "s1"})
        store.save_stories([Story("s2", "t", ("f0", "f1", "f2"))], merged={"s1": "s2"})
        assert store.story_alias("s0") == store.story_alias("s1") == "s2"
        assert store.get_story("s2").article_ids == ("f0", "f1", "f2")
        with pytest.raises(StoreError, match="must be saved with it"):
            store.save_stories([Story("s2", "t", ("f0",))], merged={"s9": "s3"})


def test_web_and_api_lead_from_a_merged_story_to_its_new_id(tmp_path: Path) -> None:
    pytest.importorskip("fastapi", reason="the web routes need the web extra: pip install 'newsdesk[web]'")
    from fastapi.testclient import TestClient

    from newsdesk import service
    from newsdesk.web.app import create_app

    db = tmp_path / "desk.db"
    _split_flood_store(db)
    with open_store(db) as store:
        result = ingest_into_store(_articles(FLOOD, "g", 2, 2), store)
        gone, live = result.merged_stories[0], store.story_of("f0")
        with pytest.raises(service.StoryMovedError) as moved:
            service.story_view(store, gone)
        assert moved.value.story_id == live and isinstance(moved.value, service.NotFoundError)
    web = TestClient(create_app(db))
    page = web.get(f"/stories/{gone}", follow_redirects=False)
    assert page.status_code == 308 and page.headers["location"].endswith(f"/stories/{live}")
    api = web.get(f"/api/stories/{gone}", follow_redirects=False)
    assert api.status_code == 308 and api.headers["location"].endswith(f"/api/stories/{live}")
    assert web.get(f"/api/stories/{gone}").json()["story"]["id"] == live
    assert web.get("/stories/s-no-such-story").status_code == 404
