"""A dateline whose dash is glued to the lead ("WASHINGTON—An attorney ...") is a dateline too (W25: the place was
read as the sentence's actor)."""

from newsdesk.sentences import dateline_end, without_dateline


def test_a_glued_dash_ends_a_dateline() -> None:
    assert without_dateline("WASHINGTON—An attorney for the mayor said on Monday.") == \
        "An attorney for the mayor said on Monday."
    assert without_dateline("NEW YORK (AP)—The market fell.") == "The market fell."
    assert without_dateline("LONDON -- The market fell.") == "The market fell."


def test_no_dateline_without_a_capital_after_the_glued_dash() -> None:
    for text in ("U.S.-Mexico talks resumed on Monday.", "FBI—the bureau said so.", "The WASHINGTON—style plan."):
        assert dateline_end(text) == 0, text


def test_two_names_joined_by_a_dash_are_no_dateline() -> None:
    """R25: "US–China trade talks ..." lost its "US–"."""
    for text in ("US–China trade talks resumed in Geneva on Monday.", "EU–UK talks on fishing rights broke down."):
        assert without_dateline(text) == text
