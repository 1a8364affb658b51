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
