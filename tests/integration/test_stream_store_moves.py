"""Articles that consolidation moves between stories, end to end on a real SQLite file: the store follows the
move, the story keeps its id, and re-ingesting the same articles changes nothing."""

from __future__ import annotations

import random
from pathlib import Path

from builders import CHOLERA, MALARIA, make_article, topic_articles, topic_text
from newsdesk.cluster import features, stream_labels
from newsdesk.config import ClusterConfig, Settings
from newsdesk.model import Article
from newsdesk.store import open_store
from newsdesk.stories import ingest_into_store


def _feed() -> tuple[list[Article], list[Article], Article]:
    """Six malaria articles (1-6 March), four cholera ones (10-13 March), and a cholera article of 1 March with
    some malaria words: stored with the malaria articles, it joins their story (there is no other)."""
    rng = random.Random(5)
    malaria = topic_articles(rng, MALARIA, "m", "malaria nets", range(1, 7))
    cholera = topic_articles(rng, CHOLERA, "c", "cholera wells", range(10, 14))
    late = make_article(topic_text(rng, CHOLERA, MALARIA, 0.3), id="late", title="cholera wells late", date="2024-03-01")
    return malaria, cholera, late


def test_a_stored_article_moves_to_the_story_that_grew_around_it(tmp_path: Path) -> None:
    malaria, cholera, late = _feed()
    with open_store(tmp_path / "desk.db") as store:
        first = ingest_into_store([*malaria, late], store)
        story = store.story_of("m0")
        assert first.new_stories == [story] and store.story_of("late") == story  # nothing else to join yet
        version = store.story_version(story)

        second = ingest_into_store(cholera, store)  # the cholera story forms; "late" belongs there
        assert second.moved_articles == ["late"]
        cholera_story = store.story_of("c0")
        assert store.story_of("late") == cholera_story != story
        assert store.story_of("m0") == story, "the story keeps its id: it keeps most of its articles"
        assert second.updated_stories == [story] and second.new_stories == [cholera_story]
        assert set(store.get_story(story).article_ids) == {a.id for a in malaria}
        assert set(store.get_story(cholera_story).article_ids) == {"late", *(a.id for a in cholera)}
        assert store.story_version(story) > version, "pages showing the story that lost an article refresh"
        assert store.count("story_articles") == 11 and store.count("stories") == 2
        assert store.story_alias(story) is None and second.merged_stories == []
        assert "1 stored article moved to another story" in second.summary()
        assert second.to_dict()["moved_articles"] == 1
        from newsdesk.cli.stories_cmd import _changed_lines

        assert f"  late  cholera wells late -> {cholera_story}" in _changed_lines(second, store)  # which one moved

        again = ingest_into_store([*malaria, *cholera, late], store)  # re-ingesting changes nothing
        assert (again.new_articles, again.moved_articles, again.new_stories, again.updated_stories) == ([], [], [], [])
        assert store.story_of("late") == cholera_story and store.count("story_articles") == 11


def test_one_run_stores_what_the_stream_gives(tmp_path: Path) -> None:
    """``stream_labels`` (what the evaluation scores) and one ``ingest`` run of the same articles agree."""
    malaria, cholera, late = _feed()
    arts = sorted([*malaria, *cholera, late], key=lambda a: (a.published or "9999", a.id))
    labels = stream_labels([features(a) for a in arts], ClusterConfig())
    with open_store(tmp_path / "one.db") as store:
        ingest_into_store(arts, store)
        assert [store.story_of(a.id) for a in arts] == labels
    assert labels[[a.id for a in arts].index("late")] == labels[[a.id for a in arts].index("c0")]


def test_moves_off_keep_stored_articles_where_they_arrived(tmp_path: Path) -> None:
    malaria, cholera, late = _feed()
    off = Settings(cluster=ClusterConfig(stream_move_min=0))
    with open_store(tmp_path / "off.db") as store:
        ingest_into_store([*malaria, late], store, off)
        result = ingest_into_store(cholera, store, off)
        assert result.moved_articles == [] and store.story_of("late") == store.story_of("m0")
        assert "moved" not in result.summary()
