"""R17 review: the closing-furniture rule (contributor lines, update stamps, bios) leaves article sentences alone."""

from __future__ import annotations

import pytest

from newsdesk.clean.boilerplate import remove_boilerplate

P1 = (
    "The passenger ferry Northern Star ran aground off the coast of Lanmore on Sunday evening, the coastguard "
    "said, and all 212 passengers were taken off safely by lifeboats in calm weather."
)
P3 = (
    "The ferry operator said it would inspect the hull on Monday before any attempt was made to refloat the "
    "ship from the sandbank where it had come to rest, and that the cause was not yet known."
)


@pytest.mark.parametrize(
    "middle",
    [
        "The ship's captain, Dana Reyes, is a former reporter for the Lanmore Herald.",
        "One of the passengers is a well-known travel writer.",
        "Updated safety rules took effect in 2019.",
    ],
)
def test_article_sentence_in_the_middle_is_kept(middle: str) -> None:
    kept = remove_boilerplate(f"{P1}\n\n{middle}\n\n{P3}").kept
    assert middle in kept


@pytest.mark.parametrize(
    "tagline",
    [
        "Jo Roe is a columnist for the Lanmore Herald.",
        "(Jo K. Roe is a Herald columnist.)",
        "Jo Roe writes for the Lanmore Herald.",
        "Updated 6.15pm",
        "Update, November 11, 12:03 PT: adds the operator's statement.",
        "Updated at 9:23 a.m. to correct the name of the ship.",
        "Kyle Doe contributed to this report.",
    ],
)
def test_tagline_after_the_text_is_furniture(tagline: str) -> None:
    kept = remove_boilerplate(f"{P1}\n\n{P3}\n\n{tagline}").kept
    assert tagline not in kept
    assert P3 in kept
