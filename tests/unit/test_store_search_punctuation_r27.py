"""A stray dash or ampersand in a search is no word that must appear (R27: "troops -" found nothing)."""

from __future__ import annotations

import pytest
from tests.unit.test_store_search_syntax import _found, desk  # noqa: F401 (the fixture)


@pytest.mark.parametrize(("query", "found"), [
    ("iranian -", ["troops"]),
    ("iranian — offensive", ["troops"]),
    ("warehouse & fire", ["fire"]),
    ("-", []),  # nothing to look for: nothing found, no error
])
def test_punctuation_alone_is_no_word(desk, query: str, found: list[str]) -> None:  # noqa: F811
    assert _found(desk, query) == found
