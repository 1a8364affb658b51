"""One event given two dates in paraphrases: a name of no common sort is no second difference, a figure both sentences
give says which date is the event's, and a listed pair of dates with one changed is one list (helper D24)."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.compare.claims import tokens
from newsdesk.compare.conflicts.date_pairs import dated_by_shared_figure, one_of_listed_pair_changed
from newsdesk.model import Article


def dates(a: str, b: str) -> list[list[str]]:
    arts = [Article(id="a", source="a.txt", text=a), Article(id="b", source="b.txt", text=b)]
    return [sorted(s.value.split()[0] for s in c.sides) for c in compare(arts).conflicts if c.kind == "date"]


def test_a_weekday_beside_names_of_no_common_sort_is_still_compared() -> None:
    found = dates('"The Harlow bridge will reopen next week once the repairs are done. Thank you for your patience," '
                  "Ada Quist said in a post Thursday afternoon.",
                  '"The Harlow bridge will reopen next week once the repairs are done," the mayor Ada Quist wrote on '
                  "Facebook on Monday.")
    assert found == [["Monday", "Thursday"]], found


def test_two_statements_of_two_speakers_stay_apart() -> None:
    found = dates("Council leader Ada Quist said on Thursday that the Harlow bridge would reopen next week.",
                  "Engineer Tom Brill of the highways agency said on Monday that the Harlow bridge would reopen.")
    assert found == [], found


def test_a_figure_both_give_ties_the_date_of_one_event() -> None:
    found = dates("On Tuesday, two car bombs in Velmar's old market killed 14 people.",
                  "Wednesday's protests in the capital followed car bombs that tore through three streets of the old "
                  "market of Velmar on Friday, killing 14 people, officials said.")
    assert found == [["Friday", "Tuesday"]], found


def test_a_figure_ties_only_the_date_nearest_to_it() -> None:
    ta = tokens("On Tuesday, two car bombs in Velmar's old market killed 14 people.")
    tb = tokens("Wednesday's protests in the capital followed car bombs that tore through three streets of the old "
                "market of Velmar on Friday, killing 14 people, officials said.")
    assert dated_by_shared_figure(ta, 1, tb, tb.index("Friday"))
    assert not dated_by_shared_figure(ta, 1, tb, 0)  # "Wednesday's protests": far from the figure


def test_a_listed_pair_with_one_date_changed() -> None:
    ta = tokens("Rebels who raided neighboring Ostria in November and September lost many fighters.")
    tb = tokens("The rebels crossed into Ostria and fought army units in August and September.")
    assert one_of_listed_pair_changed(ta, ta.index("November"), tb, tb.index("August"))
    tc = tokens("The rebels crossed into Ostria and fought army units in August and October.")
    assert not one_of_listed_pair_changed(ta, ta.index("November"), tc, tc.index("August"))  # no date in common
    td = tokens("The harvest in Belmar was poor in August and September.")
    assert not one_of_listed_pair_changed(ta, ta.index("November"), td, td.index("August"))  # nothing else in common


def test_a_listed_pair_is_one_event_whatever_the_verbs() -> None:
    found = dates("Rebels who raided neighboring Ostria in November and September, suffering heavy losses, then "
                  "retreated into the hills.",
                  "The rebels entered neighboring Ostria and fought army units in August and September before they "
                  "retreated.")
    assert found == [["August", "November"]], found


def test_weekdays_as_far_apart_as_the_datelines_are_each_copy_s_own_day() -> None:
    found = dates("VELMAR, October 15 (Xinhua) -- Government troops continued air and artillery attacks on rebel "
                  "positions Friday in the hills of Ostria, the army said.",
                  "VELMAR, October 19 (Xinhua) -- Government troops Tuesday continued air and artillery attacks on "
                  "rebel positions in the hills of Ostria.")
    assert found == [], found


def test_weekdays_not_as_far_apart_as_the_datelines_are_still_a_conflict() -> None:
    found = dates("VELMAR, October 15 (Xinhua) -- Government troops shelled the rebel positions in the hills of "
                  "Ostria on Friday.",
                  "VELMAR, October 16 (Xinhua) -- Government troops shelled the rebel positions in the hills of "
                  "Ostria on Wednesday, the army said.")
    assert found == [["Friday", "Wednesday"]], found


def test_school_years_are_no_listed_pair() -> None:
    ta = tokens("About 6,000 pupils were suspended in 1997 and 1998 for carrying knives to school.")
    tb = tokens("Some 5,700 pupils in 1996-97 and roughly 3,900 in 1997-98 were suspended for carrying knives to school.")
    assert not one_of_listed_pair_changed(ta, ta.index("1998"), tb, tb.index("1996"))


def test_an_age_is_no_figure_that_ties_two_dates() -> None:
    ta = tokens("Mr. Dorn filed for divorce July 29 amid reports of an affair with a 33-year-old aide, Ms. Lind.")
    tb = tokens("On Sept. 29, the 33-year-old aide Ms. Lind is to answer questions under oath about Mr. Dorn.")
    assert not dated_by_shared_figure(ta, ta.index("July"), tb, tb.index("Sept"))
