"""Re-splits across ingest runs on a real SQLite file (``ClusterConfig.stream_resplit_min``): a topic that an
earlier run merged into another story comes back out under its old id, and one run is unchanged."""

from __future__ import annotations

import random
from pathlib import Path

from builders import CHOLERA, MALARIA, VOTE, topic_articles
from newsdesk.cluster import make_story
from newsdesk.config import ClusterConfig, Settings
from newsdesk.model import Article, content_id
from newsdesk.store import Store, open_store
from newsdesk.stories import ingest_into_store


def _articles() -> tuple[list[Article], list[Article], list[Article]]:
    rng = random.Random(11)
    malaria = topic_articles(rng, MALARIA, "m", "malaria nets", range(1, 7))
    cholera = topic_articles(rng, CHOLERA, "c", "cholera wells", range(1, 4))
    votes = topic_articles(rng, VOTE, "v", "ballot count", range(8, 12))
    return malaria, cholera, votes


def _stored_wrong_merge(store: Store, malaria: list[Article], cholera: list[Article]) -> tuple[str, str]:
    """As an earlier run leaves it: the cholera story (opened by c0) merged into the malaria story."""
    store.add_articles([*malaria, *cholera])
    by_id = {a.id: a for a in [*malaria, *cholera]}
    mal, chol = content_id("m0", prefix="s"), content_id("c0", prefix="s")
    store.save_stories([make_story([a.id for a in malaria], by_id, story_id=mal),
                        make_story([a.id for a in cholera], by_id, story_id=chol)])
    store.save_stories([make_story([a.id for a in [*malaria, *cholera]], by_id, story_id=mal)], merged={chol: mal})
    assert store.story_alias(chol) == mal
    return mal, chol


def _settings(resplit: int) -> Settings:
    return Settings(cluster=ClusterConfig(window_days=3650, stream_resplit_min=resplit))


def test_a_topic_merged_away_in_an_earlier_run_comes_back_under_its_old_id(tmp_path: Path) -> None:
    malaria, cholera, votes = _articles()
    with open_store(tmp_path / "desk.db") as store:
        mal, chol = _stored_wrong_merge(store, malaria, cholera)
        result = ingest_into_store(votes, store, _settings(3))
        assert sorted(result.moved_articles) == ["c0", "c1", "c2"]
        assert all(store.story_of(a.id) == chol for a in cholera)
        assert all(store.story_of(a.id) == mal for a in malaria)
        assert store.story_alias(chol) is None, "a live id is no alias"
        assert chol in result.new_stories and mal in result.updated_stories
        again = ingest_into_store(votes, store, _settings(3))
        assert again.moved_articles == [] and again.new_articles == []


def test_without_resplits_the_merged_topic_stays(tmp_path: Path) -> None:
    malaria, cholera, votes = _articles()
    with open_store(tmp_path / "desk.db") as store:
        mal, chol = _stored_wrong_merge(store, malaria, cholera)
        result = ingest_into_store(votes, store, _settings(0))
        assert result.moved_articles == []
        assert all(store.story_of(a.id) == mal for a in [*malaria, *cholera])
        assert store.story_alias(chol) == mal


def test_one_run_stores_the_same_stories_with_resplits_on(tmp_path: Path) -> None:
    malaria, cholera, votes = _articles()
    arts = [*malaria, *cholera, *votes]
    got = []
    for resplit in (0, 3):
        with open_store(tmp_path / f"desk{resplit}.db") as store:
            ingest_into_store(arts, store, _settings(resplit))
            got.append([store.story_of(a.id) for a in arts])
    assert got[0] == got[1]
