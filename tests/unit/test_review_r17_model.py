"""R17 review: balance_quotes reads feet and inches (5'10'', 5′10″) as no quotation mark."""

from __future__ import annotations

import pytest

from newsdesk.model import balance_quotes


@pytest.mark.parametrize(
    "text",
    [
        "The suspect is 5'10'' and weighs 180 pounds.",
        "The suspect is 5′10″ tall, police said.",
        "The ``No on 5'' campaign spent $2 million.",
    ],
)
def test_left_as_written(text: str) -> None:
    assert balance_quotes(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is 6'11'' tall,'' said Lee.", "``He is 6'11'' tall,'' said Lee."),
        ("Women in Entertainment: Power 50'' issue.", "``Women in Entertainment: Power 50'' issue."),
    ],
)
def test_closing_mark_after_a_figure_still_counts(text: str, expected: str) -> None:
    assert balance_quotes(text) == expected
