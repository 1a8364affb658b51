"""Numbers and dates (N21): in loosely aligned sentences, the words that say what a figure or a day of a month is may
sit a few words off, within its clause; a month, a day or a year is compared where the only other differing figures
count other things (ages after "aged")."""

from __future__ import annotations

from builders import first_claim
from newsdesk.compare.claims import tokens
from newsdesk.compare.conflicts.numbers import _number_role
from newsdesk.compare.conflicts.pairing import pair_conflicts


def _loose(a: str, b: str) -> list[tuple[str, str, str]]:
    """The conflicts of two sentences worded apart (cosine under the aligned threshold of a crowded story)."""
    return pair_conflicts(first_claim(a), first_claim(b), 0.33, 0.4, crowded=True)


def test_a_figure_of_loosely_aligned_sentences_is_read_with_the_words_of_its_clause():
    a = "Most cases of the rash are not spotted in babies until they are at least 8 months old."
    b = ("Because the early signs, a mild fever and a cough, look like a cold, the rash is usually not spotted until "
         "babies are around 2 months old.")
    assert ("number", "8 months", "2 months") in _loose(a, b)


def test_the_words_of_another_clause_do_not_say_what_a_figure_is():
    # "stolen truck" is shared, but in d it is the clause before the figure's: the law's term and one driver's
    c = "Under the new rules, a driver who drives a stolen truck risks two years in jail and a fine."
    d = "If found guilty of driving the stolen truck, the teenager could get 12 years in jail."
    assert not [h for h in _loose(c, d) if h[0] == "number"]
    # the same figures with the words that say what they are in their own clauses are one slot
    e = "If found guilty, the teenager who drives a stolen truck could well get 12 years in jail."
    assert ("number", "two years", "12 years") in _loose(c, e)


def test_a_date_of_loosely_aligned_sentences_is_read_with_the_words_of_its_clause():
    a = ("Officials told the families they could not explain the delays of the inquiry into the fire at a Tarrow paper "
         "warehouse on June 14 2004.")
    b = "The blaze, which killed two workers, broke out in March 2004 at a Tarrow paper warehouse near the docks."
    assert ("date", "June 14", "March") in _loose(a, b)


def test_ages_given_after_aged_are_ages():
    toks = tokens("Two boys, aged 13 and 11, opened fire.")
    assert _number_role(toks, toks.index("13"), toks.index("13") + 1)[0] == {"year-old"}
    assert _number_role(toks, toks.index("11"), toks.index("11") + 1)[0] == {"year-old"}


def test_a_month_is_compared_where_the_only_other_figures_count_other_things():
    a = ("In April of last year, three men in Tarrow opened fire on a crowd at the market, killing six shoppers and a "
         "guard.")
    b = "Fear in the town peaked in August when three men, aged 19 and 22, opened fire on a crowd of shoppers in Tarrow."
    assert ("date", "April", "August") in pair_conflicts(first_claim(a), first_claim(b), 0.46, 0.4, crowded=True)
