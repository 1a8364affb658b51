"""Numbers and dates of loosely aligned sentences (N21): the words that say what a figure or a date is may sit a few
words off, within its clause."""

from __future__ import annotations

from builders import first_claim
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
