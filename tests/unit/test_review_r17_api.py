"""R17 review: ``brief(since=...)`` takes what ``inputs`` takes, a DataFrame-like table and an empty iterator too."""

from __future__ import annotations

import pytest

import newsdesk

STORY = [
    (
        "Rescuers pulled 12 people from the ferry that ran aground off Lanmore on Tuesday, the coast guard said. "
        "The ferry was carrying 40 passengers when it struck rocks in fog."
    ),
    (
        "A ferry ran aground off Lanmore on Tuesday and 12 people were rescued, officials said. "
        "Fog covered the strait at the time, the harbour master said."
    ),
]


class _Table:
    """Shaped like a pandas DataFrame: columns, to_dict("records"), and no truth value."""

    columns = ("text",)

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.rows = rows

    def to_dict(self, orient: str) -> list[dict[str, str]]:
        assert orient == "records"
        return list(self.rows)

    def __bool__(self) -> bool:
        raise ValueError("The truth value of a DataFrame is ambiguous.")


def test_since_as_a_table_of_records() -> None:
    seen = _Table([{"text": STORY[0]}])
    b = newsdesk.brief([STORY[1]], since=seen, compare=False)
    assert b.sentences


def test_since_as_an_empty_iterator_is_nothing_seen() -> None:
    b = newsdesk.brief(STORY, since=iter(()), compare=False)
    assert b.sentences
    assert b.to_dict() == newsdesk.brief(STORY, compare=False).to_dict()


@pytest.mark.parametrize("since", [(), [], ""])
def test_since_empty_is_nothing_seen(since) -> None:
    assert newsdesk.brief(STORY, since=since, compare=False).sentences
