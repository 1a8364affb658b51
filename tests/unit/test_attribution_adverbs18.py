"""An adverb opening a sentence ("Further,", "However,", "Thus,") is no speaker: the one speaking is the noun phrase
after it, or the name closing the sentence ("..., Lee said")."""

from __future__ import annotations

import pytest

from newsdesk.compare.attribution import sentence_speakers


def who(sentence: str) -> list[tuple[str, str]]:
    return [(s.who, s.kind) for s in sentence_speakers(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Further, the port official denies being aware of any payment by the ferry operator.",
     [("the port official", "anonymous")]),
    ("Nonetheless, Dana Reyes said the ferry would sail on Monday.", [("Dana Reyes", "named")]),
    ("Also, the inspectors did not look at more than 300 smaller boats in the harbour, Brill said.",
     [("Brill", "named")]),
    ("However, the fare rise was mostly paid by islanders, the Harbour Authority said.",
     [("the Harbour Authority", "organization")]),
])
def test_an_opening_adverb_is_no_speaker(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert who(sentence) == expected


def test_a_state_after_a_town_is_no_speaker() -> None:
    found = who("Separately, an engineer at a small shipyard in Portland, Maine, said he had found the fault.")
    assert found == [("an engineer", "anonymous")], found
    found = who("Separately, an engineer at a small shipyard in Lowell, Mass., said he had found the fault.")
    assert all(w != "Mass." for w, _ in found), found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The airline said in April that bookings had dropped.", [("The airline", "organization")]),
    ("In trials the drug had few side effects, the manufacturer said.", [("the manufacturer", "organization")]),
    ("According to the association, 19,000 members work in the port.", [("the association", "organization")]),
])
def test_a_company_or_body_named_by_its_kind_is_an_organization(sentence: str, expected: list) -> None:
    assert who(sentence) == expected


def test_an_operator_is_a_company_only_when_it_runs_a_service() -> None:
    assert who("The ferry operator said it would add crossings.") == [("The ferry operator", "organization")]
    assert who("The crane operator said he saw nothing.") == []


@pytest.mark.parametrize(("sentence", "expected"), [  # R18's cases: an aside after the subject is no speaker
    ("Still, the long-awaited report on the causes of the crash, released Tuesday, said the pilots erred.",
     [("the long-awaited report", "anonymous")]),
    ("Meanwhile, a spokesman for the country's largest opposition party, the Democrats, said the vote was rigged.",
     [("a spokesman", "anonymous")]),
    ("Separately, a shipyard in the city of Portland, Maine, said it had found the fault.", []),
    ("The mail carrier said she saw smoke.", []),
])
def test_an_aside_or_a_state_after_the_subject_is_no_speaker(sentence: str, expected: list) -> None:
    assert who(sentence) == expected
