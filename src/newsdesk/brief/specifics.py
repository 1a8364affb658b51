"""What makes a claim specific (the figures it counts, its day, that it asserts) and whether another sentence gives
it too.

Two sentences of one story share its topic words whatever they report: "Russian troops continued air and artillery
attacks on rebel positions" is written on Tuesday and again on Friday, "the ban passed last December" beside "more
than 30 signs have been placed since it passed the ban last December". A sentence carries a claim only if it also
gives one of the figures the claim counts and names no other weekday than the claim's; and a sentence that denies the
claim's words ("no studies show that it is effective") does not carry a claim that asserts them ("new studies show
that it may be effective").

A denial counts only of the words of the claim's head: "..., after 13 men were shown to be innocent" is carried by
"... and no innocent person will face the death penalty again".

Only figures in digits in the claim's head count (before its time or cause: "grounded its five Concordes | after the
crash that killed 113"), and not a date ("on Aug. 7", "in 1998"), which another sentence may tell from its own day
("last Saturday"), nor an age ("the 6-year-old boy", "Smith, 45,"), which describes a person the claim is about. A
number written as a word is as often loose ("one or two churches", "for two weeks").

Names are not required: a carrier gives the claim's subject as "she" or "the drug" as often as an article about
another country gives its topic words (tried on the eval sets: as many true citations lost as false ones).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from newsdesk.brief.gist import CIRCUMSTANCE, claim_text
from newsdesk.brief.similarity import tokens

WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# A figure that dates, ages, describes or names rather than counts: a day of a month ("Aug. 7", "7 August"), a year,
# decade or century ("1998", "the 1980s", "the 21st century"), an age ("6-year-old", "aged 40", "Smith, 45," and
# "said Fran Keller, 67" at the end), a figure joined to its noun ("its 200,000-employee parts unit", "a 35-member
# mission"), a number in a name ("told Channel 2 News", "aboard Flight 990").
_TIME_OR_AGE = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}|\b(?:1[5-9]|20)\d\d(?:'?s)?\b|"
                          r"\b\d+(?:st|nd|rd|th)\s+century\b|\b\d+-(?:year|month|week)s?-old\b|\bage[ds]?\s+\d+\b|"
                          r",\s+\d{1,3}(?:,(?!\d)|\W*$)|\b\d[\d,.]*-[a-z]+\b|(?<=[a-z,] )[A-Z][a-z]+\s+\d+\b")
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")  # as newsdesk.brief.cite's: "1,200" and "3.5" whole
_DIGIT = re.compile(r"\d")  # what a figure and each of _TIME_OR_AGE's alternatives hold
# Words that deny what follows them: "no studies show", "did not approve", "hasn't been found".
_DENIALS = frozenset(("no", "not", "never", "none", "nobody", "neither", "nor", "cannot", "without"))
_DENIAL_REACH = 2  # the words after a denial that it denies


@dataclass(frozen=True, slots=True)
class Specifics:
    """What a carrier of a claim must give too: figures as :func:`~newsdesk.brief.cite.figures_in` gives them
    (thousands commas dropped), days and words as stemmed tokens."""

    figures: frozenset[str] = frozenset()  # a carrier gives one of them, when there are any
    days: frozenset[str] = frozenset()  # a carrier naming a weekday names one of these, when there are any
    plain: frozenset[str] = frozenset()  # the plain words of the claim's head (its Gist's): a carrier must not deny them
    denies: bool = False  # the claim itself denies something: a denial in the carrier is no sign of another claim


def specifics(text: str, plain: Collection[str] = frozenset()) -> Specifics:
    """The :class:`Specifics` of a sentence's claim (:func:`~newsdesk.brief.gist.claim_text`); ``plain``: the
    plain words of the claim's head (``gist(text).head``), those a carrier must not deny.

    Example:
        >>> s = specifics("Troops on Tuesday shelled 30 villages near Orlovo after a raid that killed 12.")
        >>> sorted(s.figures), sorted(s.days)
        (['30'], ['tuesday'])
    """
    part = claim_text(text).strip()
    claim_tokens = tokens(part)
    return Specifics(
        figures=_head_figures(text),
        days=WEEKDAYS.intersection(claim_tokens),
        plain=frozenset(plain),
        denies=any(_is_denial(t) for t in claim_tokens),
    )


def _head_figures(text: str) -> frozenset[str]:
    """The figures of the claim's head (thousands commas dropped), with what dates, ages, describes or names taken out
    of the whole sentence first ("Mosk told Channel 2 News that ...": the claim starts after "Channel")."""
    if _DIGIT.search(text) is None:  # every figure, and every match of _TIME_OR_AGE, holds a digit
        return frozenset()
    counted = claim_text(_TIME_OR_AGE.sub(" ", text)).strip()
    cut = CIRCUMSTANCE.search(counted)
    head = counted[: cut.start()] if cut is not None and cut.start() > 0 else counted
    return frozenset(f.replace(",", "") for f in _FIGURE.findall(head))


def missing(spec: Specifics, toks: Sequence[str], figures: Collection[str]) -> str | None:
    """What a sentence (its word ``toks`` and ``figures``) fails to give of a claim's :class:`Specifics`: "figure",
    "day" or "denial" (it denies the claim's words); None when it gives all.

    Example:
        >>> spec = specifics("Troops on Tuesday shelled 30 villages near Orlovo.")
        >>> missing(spec, tokens("Troops shelled villages near Orlovo on Friday."), set())
        'figure'
    """
    if spec.figures and spec.figures.isdisjoint(figures):
        return "figure"
    if spec.days and not WEEKDAYS.isdisjoint(toks) and spec.days.isdisjoint(toks):
        return "day"
    if not spec.denies and spec.plain and _denies_any(toks, spec.plain):
        return "denial"
    return None


def _is_denial(tok: str) -> bool:
    return tok in _DENIALS or tok.endswith("n't")


_NOT_A_DENIAL = frozenset(("only", "just", "merely", "longer"))  # "not only destroyed", "no longer": no denial


def _denies_any(toks: Sequence[str], words: Collection[str]) -> bool:
    """Whether a denial stands right before one of ``words`` ("no studies show", "not approved") that the sentence
    does not also state undenied ("rescued 12 workers ...; no workers were hurt" carries "rescued 12 workers": review
    R30); "not only", "no longer" deny nothing.

    Example:
        >>> _denies_any(["no", "study", "show"], {"study", "show"})
        True
        >>> _denies_any(["rescu", "12", "worker", "no", "worker", "hurt"], {"rescu", "worker"})
        False
        >>> _denies_any(["flood", "not", "only", "destroy", "hom"], {"destroy", "hom"})
        False
    """
    denied: set[str] = set()
    for k, t in enumerate(toks):
        if _is_denial(t) and toks[k + 1:k + 2] and toks[k + 1] not in _NOT_A_DENIAL:
            denied.update(w for w in toks[k + 1:k + 1 + _DENIAL_REACH] if w in words)
    if not denied:
        return False
    undenied = {w for k, w in enumerate(toks) if w in words
                and not any(_is_denial(p) for p in toks[max(0, k - _DENIAL_REACH):k])}
    return bool(denied - undenied)  # a word the sentence only denies
