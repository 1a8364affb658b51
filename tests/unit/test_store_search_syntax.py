"""Searching the desk as people type it: phrases, OR, -word, word* (X25: operators were quoted away)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk import service
from newsdesk.errors import InputError
from newsdesk.store import open_store

TROOPS = ("Iranian troops arrived in Kessland on Thursday to join a ground offensive, two officials said. "
          "The Morvian government denied hitting civilians in the border towns.")
FIRE = ("A fire destroyed a warehouse in Dunmore on Tuesday night; firefighters said nobody was hurt and 1,200 "
        "residents were evacuated from the streets around it.")


@pytest.fixture
def desk(tmp_path: Path):
    with open_store(tmp_path / "desk.db") as store:
        service.add_texts(store, [TROOPS, FIRE])
        yield store


def _found(store, query: str) -> list[str]:
    return sorted("troops" if "Iranian" in s.title else "fire" for s in service.search_stories(store, query))


@pytest.mark.parametrize(("query", "found"), [
    ("iranian offensive", ["troops"]),
    ("iranian warehouse", []),  # every word must appear
    ("iranian OR warehouse", ["fire", "troops"]),
    ("offensive warehouse OR ground", ["troops"]),  # OR takes its neighbours first: offensive and (warehouse or ground)
    ('"ground offensive"', ["troops"]),
    ('"offensive ground"', []),  # a phrase as written
    ("troops -morvian", []),
    ("troops NOT dunmore", ["troops"]),
    ("evacuat*", ["fire"]),
    ("AND OR", []),  # operators alone search for nothing, without an error
    ('stray "quote', []),
    ("a-b (c) ^d", []),
])
def test_search_operators(desk, query: str, found: list[str]) -> None:
    assert _found(desk, query) == found


def test_a_search_that_only_excludes_says_so(desk) -> None:
    with pytest.raises(InputError, match="only excludes words"):
        service.search_stories(desk, "-morvian NOT dunmore")


def test_a_story_matches_by_all_its_articles(tmp_path: Path) -> None:
    """R26: words are looked for in the story (two articles may hold them between them), and a word left out keeps
    out the story whose any article holds it."""
    first = ("A fire destroyed a warehouse in Dunmore on Tuesday night and 1,200 residents faced evacuation from the "
             "streets around it, firefighters said.")
    second = ("Firefighters said on Wednesday the warehouse fire in Dunmore was contained after a long night, and the "
              "residents went home.")
    with open_store(tmp_path / "desk.db") as store:
        added = service.add_texts(store, [first, second])
        assert len({a.story for a in added.added}) == 1
        assert len(service.search_stories(store, "evacuation contained")) == 1  # one word in each article
        assert service.search_stories(store, "warehouse -evacuation") == []
        assert len(store.search("evacuation contained")) == 0  # the article search: one article holds all
