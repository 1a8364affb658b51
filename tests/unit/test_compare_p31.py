"""Stop-31 (P31): a figure is a lone slot when it is the only one on each side that may count what the other counts;
invented sentences only."""

from __future__ import annotations

from builders import first_claim
from newsdesk.compare.conflicts.pairing import pair_conflicts
from newsdesk.compare.conflicts.paraphrase import _apposed_age

TRIAL_A = ("The trial of Lam and 74 other defendants in Fenhai, northern Lurania, is closed to reporters, and the "
           "Daily Star did not say how it learned of it.")
TRIAL_B = "The trial, which also includes 35 other defendants, in Fenhai 160 kilometers (100 miles) north of the coast, is closed to reporters."


def _numbers(a: str, b: str, lone_counts: bool, cos: float = 0.34) -> list[tuple[str, str]]:
    hits = pair_conflicts(first_claim(a), first_claim(b), cos, 0.0, True, lone_counts=lone_counts)
    return [(va, vb) for kind, va, vb in hits if kind == "number"]


def test_a_distance_is_no_rival_of_a_count() -> None:
    # "160 kilometers (100 miles)" counts no defendants: "74 other defendants" / "35 other defendants" is one count
    assert _numbers(TRIAL_A, TRIAL_B, lone_counts=True) == [("74 other", "35 other")]
    # the general rule (pairs compared whole) is unchanged: only the anchored check, which reads each figure's own
    # words and the rest of the story after, takes the lone count
    assert _numbers(TRIAL_A, TRIAL_B, lone_counts=False) == []


def test_an_age_after_a_name_is_no_rival_of_a_count() -> None:
    a = "Ross and Kerr took the lives of 26 hikers and one guide on the ridge before they were caught."
    b = "Rangers said Ian Ross, 31, and Tom Kerr, 29, armed with rifles, killed 12 hikers and a guide on the ridge."
    assert ("26 hikers", "12 hikers") in _numbers(a, b, lone_counts=True)
    assert _apposed_age(first_claim(b).slots.tokens, 5)  # "Ian Ross, [31], and"
    assert not _apposed_age(first_claim(a).slots.tokens, 6)  # "the lives of [26] hikers"


def test_figures_of_other_nouns_stay_apart() -> None:
    # a different noun after each figure: two counts of two things, not one count told two ways
    a = "Officials did not name the man, who died on Sept. 14, 11 days after he became ill with the fever."
    b = "Last year, seven people in the region died and 55 became seriously ill with the fever, officials said."
    assert _numbers(a, b, lone_counts=True) == []
    a = "After the crash, the airline agreed to ground its five remaining jets, and its rival grounded two flights."
    b = "The rival, the only other operator, grounded its entire fleet of seven jets on Tuesday."
    assert _numbers(a, b, lone_counts=True) == []


def test_others_besides_are_no_rival_of_the_whole() -> None:
    # "injured [20] others" counts others besides the hikers killed: the killed are still a lone count on each side
    a = "Ross and Kerr took the lives of 26 hikers and injured 20 others on the ridge before they were caught."
    b = "Rangers said Ian Ross, 31, and Tom Kerr, 29, killed 12 hikers, wounded 23 others and then fled the ridge."
    found = _numbers(a, b, lone_counts=True)
    assert ("26 hikers", "12 hikers") in found
