"""Helper E26 (stop 26): recall of #5 conflicts in crowded stories; invented text only."""

from __future__ import annotations

import numpy as np

from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts.pairing import _strong_anchor, _typed_at, anchored_conflicts
from newsdesk.compare.conflicts.place_events import event_place_conflicts
from newsdesk.compare.consensus import index_claims
from newsdesk.model import Article


def _idx(*texts: str):
    return index_claims([article_claims(Article(id=f"a{n}", source=f"a{n}.txt", text=t)) for n, t in enumerate(texts)])


def _claim(idx, text_part: str):
    return next(c for c in idx.claims if text_part in c.text)


def _anchored(idx) -> list[tuple[str, str, str]]:
    n = len(idx.claims)
    return [(kind, va, vb) for _, _, kind, va, vb in anchored_conflicts(idx, np.zeros((n, n), bool), 1.0, True)]


def _year_anchor(idx, x: str, y: str) -> bool:
    a, b = _claim(idx, x), _claim(idx, y)
    return _strong_anchor("date", a, x, _typed_at(a, x), b, y, _typed_at(b, y))


def test_a_year_beside_an_act_done_once_is_anchored():
    idx = _idx("The state has hanged nine inmates since the legislature reinstated the gallows law in 1981, "
               "records show.",
               "Nine inmates have gone to the gallows since the gallows law was reinstated in 1985 by lawmakers.")
    assert _year_anchor(idx, "1981", "1985")
    hits = _anchored(idx)
    assert ("date", "1981", "1985") in hits or ("date", "1985", "1981") in hits


def test_an_act_done_once_needs_two_more_shared_words():
    # "reinstated" and one more word: two coaches reinstated in two years, nothing says it is one act
    idx = _idx("The club reinstated its coach Tom Reyes in 1994 after the inquiry ended.",
               "The league reinstated the referee Ann Moss in 1997, a spokesman said.")
    assert not _year_anchor(idx, "1994", "1997")


def test_a_year_beside_a_repeated_act_is_not_anchored():
    # a law amended in two years: many amendments, no contradiction
    idx = _idx("The council amended the parking law for downtown streets in 1994, officials said.",
               "The parking law for downtown streets was amended in 1997, the council said.")
    assert not _year_anchor(idx, "1994", "1997")


# --- one estimate near two places (place_events.ranged_alike) ----------------------------------------------------------

def _one(text: str):
    return article_claims(Article(id=text[:8], source="x.txt", text=text)).claims[0]


def test_the_same_range_of_a_share_ties_two_places():
    a = _one("Doctors believe the rash affects between 2 and 4 percent of infants in Portugal, the survey said.")
    b = _one("Between 40,000 and 90,000 babies (or 2 percent to 4 percent) of infants in Spain get the rash, "
             "doctors believe.")
    assert event_place_conflicts(a, b) == [("place", "Portugal", "Spain")]


def test_a_figure_inside_the_other_range_ties_two_places():
    a = _one("An estimated 3 million adults in Portugal have the sleeping disorder, which doctors often miss.")
    b = _one("Doctors estimate that 2.5 million to 3.5 million (or 6 percent to 9 percent) of adults in Spain have "
             "the sleeping disorder.")
    assert event_place_conflicts(a, b) == [("place", "Portugal", "Spain")]


def test_two_shares_alike_at_one_end_only_tie_nothing():
    # one end shared is no estimate given twice: the rash is rarer in one country than in the other
    a = _one("Doctors believe the rash affects between 2 and 4 percent of infants in Portugal, the survey said.")
    b = _one("Doctors believe the rash affects between 2 and 7 percent of infants in Spain, the survey said.")
    assert event_place_conflicts(a, b) == []


def test_a_figure_outside_the_range_or_counting_other_units_ties_nothing():
    a = _one("An estimated 5 million adults in Portugal have the sleeping disorder, which doctors often miss.")
    b = _one("Doctors estimate that 2.5 million to 3.5 million of adults in Spain have the sleeping disorder.")
    assert event_place_conflicts(a, b) == []
    c = _one("An estimated 3 percent of adults in Portugal have the sleeping disorder, which doctors often miss.")
    assert event_place_conflicts(c, b) == []


# --- two rates of change of one named thing (pairing._strong_anchor) ---------------------------------------------------

def _number_anchor(idx, x: str, y: str) -> bool:
    a, b = _claim(idx, x), _claim(idx, y)
    return _strong_anchor("number", a, x, _typed_at(a, x), b, y, _typed_at(b, y))


def test_two_rates_of_change_of_one_named_thing_are_anchored():
    idx = _idx("The scan showed the nine patients had on average a 130 percent rise in levels of a liver enzyme known "
               "as the gamma transferase, the doctors said.",
               "Patients treated with the drug had on average 60 percent more of an enzyme known as the gamma "
               "transferase than healthy people.")
    assert _number_anchor(idx, "130 percent", "60 percent")


def test_two_rates_of_change_of_other_things_are_not_anchored():
    idx = _idx("Prices had on average a 130 percent rise in the capital over the decade, the agency said.",
               "Rents had on average 60 percent more growth in the suburbs than wages did.")
    assert not _number_anchor(idx, "130 percent", "60 percent")


def test_two_age_ranges_and_a_hyphen_tie_nothing():
    # "18- to 34-year-olds" / "20-to-34-year-olds": two age groups; a hyphen after a figure is no word it counts
    a = _one("In Portugal, more than 60 percent of 18- to 34-year-olds live with their parents, the survey says.")
    b = _one("In Spain, about half of single 20-to-34-year-olds live with their parents, the survey says.")
    assert event_place_conflicts(a, b) == []


def test_an_exact_count_inside_a_range_ties_nothing():
    # "killed [15] people" is no estimate of the range "10 to 20": two attacks on one day may count so
    a = _one("Rebels said the army shelling killed 15 people in Homs on Friday, including women and children.")
    b = _one("Rebels said the army shelling killed 10 to 20 people in Hama on Friday, including women and children.")
    assert event_place_conflicts(a, b) == []


def test_a_name_owning_the_noun_after_it_is_no_place() -> None:
    """E26 (applied by the lead to P26's sentence_places): "from Bush's predecessor" names whose, not where."""
    from newsdesk.compare.claims import tokens
    from newsdesk.compare.conflicts.fact_figures import _possessor
    from newsdesk.compare.conflicts.slots import _typed_slots

    def owned(text: str) -> list[bool]:
        toks = tuple(tokens(text))
        return [_possessor(toks, j) for typ, _i, j, _v in _typed_slots(toks) if typ == "name"]

    assert owned("He received one from Bush's predecessor in 1990.") == [True]
    assert owned("They moved from Chicago's suburbs in 1990.") == [False]
