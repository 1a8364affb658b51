"""Developing stories: a count one report gives and a later report revises ("raising the toll from the
four deaths reported in the morning") is not stated in the brief at its old value.

Only explicit revision wording counts (a toll raised or risen, a figure "now known", revised up or
down, "from the earlier estimate"): a sentence of the same fact that merely gives another number is
a conflict for the comparison to show, not an update for the brief to follow.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import numpy as np

from newsdesk.brief.cite import numbers
from newsdesk.brief.select import Candidate, PoolSentence
from newsdesk.model import Article

_REVISION = re.compile(
    r"\b(?:(?:rais|push|bring)(?:ing|ed)?|brought) the (?:[\w-]+ ){0,2}(?:toll|count|total|tally|figure)\b|"
    r"\b(?:toll|tally)(?: (?!said\b|says\b)[\w'’-]+,?){0,14}? (?:has |had |have )?(?:rose|risen|climbed|jumped|increased|grew|reached)\b|"
    r"\bnow (?:known|confirmed|stands|totals)\b|\brevised (?:up|down)\w*\b|"
    r"\bfrom (?:the |an |a )?(?:earlier|previous|initial|original|first) (?:[\w-]+ ){0,3}(?:toll|count|figure|estimate|report)",
    re.IGNORECASE,
)


def revises(text: str) -> bool:
    """Whether a sentence says it revises an earlier count ("raising the death toll", "now known")."""
    # Every wording holds one of these words: plain substring tests rule out most sentences 8x faster than
    # the pattern (it runs on every candidate of every brief).
    hint = ("toll" in text or "tally" in text or "count" in text or "total" in text or "figure" in text
            or "now " in text or "Now " in text or "evis" in text or "estimate" in text or "report" in text)
    return hint and _REVISION.search(text) is not None


# The figure a revising sentence says it replaces: "raising the toll from the four deaths", "from an earlier 12".
_FROM_FIGURE = re.compile(
    r"\bfrom (?:(?:the|an?|its|their|earlier|previous|initial|original|first)\s+){0,3}"
    r"(\d[\d,.]*\d|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b",
    re.IGNORECASE,
)


def replaced_figures(text: str) -> set[str]:
    """The figures a sentence revises away from, as ``numbers`` gives them ("... from the four deaths" -> {"4"});
    empty for a sentence that revises nothing."""
    if not revises(text):
        return set()
    return numbers([m.group(1) for m in _FROM_FIGURE.finditer(text)])


def numbers_of(p: PoolSentence) -> set[str] | frozenset[str]:
    """The numbers of a sentence of the story (:func:`~newsdesk.brief.cite.numbers`), as parse found them."""
    return p.numbers if p.numbers is not None else numbers(p.tokens)


def current_carriers(cand: Candidate, cited: Sequence[int], pool: Sequence[PoolSentence]) -> list[int]:
    """The cited articles that give a revising sentence's new figure: "Six died ..., raising the toll from four"
    is carried by the articles that say six, not by those that said four (they share the old figure only)."""
    if not numbers_of(pool[cand.pool]):  # no figure to be new: found before the wording test, which costs more
        return list(cited)
    old = replaced_figures(cand.text)
    new = set(numbers_of(pool[cand.pool])) - old
    if not old or not new:
        return list(cited)
    said: dict[int, set[str]] = {}
    for p in pool:
        if p.article in cited:
            said.setdefault(p.article, set()).update(numbers_of(p))
    return [a for a in cited if a == cand.article or new <= said.get(a, set())]


def superseded(
    cands: Sequence[Candidate],
    pool: Sequence[PoolSentence],
    same_fact: np.ndarray,
    articles: Sequence[Article],
    support_threshold: float,
) -> np.ndarray:
    """Which candidates state a count that a revising sentence of another, no earlier article replaces.

    Candidate ``i`` is superseded by a revising candidate ``j`` when ``j`` carries the same fact
    (``same_fact[i, j] >= support_threshold``; the carry score already requires a number in common,
    the old value "from the four deaths"), and ``j`` gives a number ``i`` does not (the new value).

    Returns:
        A boolean mask over ``cands``.
    """
    out = np.zeros(len(cands), dtype=bool)
    # A revising sentence gives the old value and the new one: two numbers or more (parse found them; looked
    # at before the wording test, which costs far more and is met by fewer sentences than have no two numbers).
    revising = [j for j, c in enumerate(cands) if len(numbers_of(pool[c.pool])) >= 2 and revises(c.text)]
    for j in revising:
        new = numbers_of(pool[cands[j].pool])
        when = articles[cands[j].article].date or ""
        for i in np.flatnonzero(same_fact[:, j] >= support_threshold):
            c = cands[i]
            if c.article == cands[j].article or (articles[c.article].date or "") > when:
                continue
            old = numbers_of(pool[c.pool])
            if old & new and new - old:
                out[i] = True
    return out


_CAPITALISED = re.compile(r"(?<=[\s(“\"'])([A-Z][a-z][\w'’-]+)")
_NOT_NAMES = frozenset(["January", "February", "March", "April", "May", "June", "July", "August", "September",
                        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                        "Saturday", "Sunday", "The", "This", "That", "These", "Those", "He", "She", "They", "It",
                        "We", "His", "Her", "Their", "Mr", "Mrs", "Ms", "Dr", "President", "Judge", "Police",
                        "Court", "Supreme", "Federal", "State", "County", "City"])


def _named(text: str) -> set[str]:
    """Capitalised words of a sentence that may name a person (not a pronoun or article, a month, a title, a state,
    nor a word after "in", "the", ...): "McKinney, 22, is charged ..." / "A jury convicted McKinney" share "McKinney"."""
    from newsdesk.compare.conflicts.gazetteer import division_of

    text = " " + text
    found = set()
    for m in _CAPITALISED.finditer(text):
        before = text[max(0, m.start() - 6): m.start()].split()
        if before and before[-1].lower() in _NOT_A_PERSON_AFTER:
            continue  # "in Lanmore", "the Lanmore library": a place, not someone
        found.add(m.group(1).removesuffix("'s").removesuffix("’s"))
    # (a town's name is left in: many are surnames too, "McKinney"; a place is told by the word before it)
    return {w for w in found if len(w) > 2 and w not in _NOT_NAMES and division_of(w) is None}


_NOT_A_PERSON_AFTER = frozenset(["in", "at", "from", "near", "to", "the", "a", "an", "of"])




def outdated_stage(cands: Sequence[Candidate], articles: Sequence[Article]) -> np.ndarray:
    """Which candidates state an earlier stage of a case ("McKinney, 22, is charged with murder", "could face the
    death penalty if convicted") about someone a later article reports at its verdict ("A jury convicted
    McKinney", "was acquitted"): a brief says where the story stands, not where it stood.

    Returns:
        A boolean mask over ``cands``.
    """
    from newsdesk.compare.fact_match import VERDICT_WORDS, stages

    out = np.zeros(len(cands), dtype=bool)
    # The verdict and the earlier stage are both read from dated articles only: undated candidates (most piles of
    # pasted text have no dates) are never read, and each dated one is read once.
    dated = [i for i, c in enumerate(cands) if articles[c.article].published]
    blob = "\n".join(cands[i].text for i in dated).lower()
    if not any(w in blob for w in VERDICT_WORDS):  # most stories: no verdict, nothing to look at
        return out
    found = {i: stages(cands[i].text) for i in dated}
    verdicts = [(articles[cands[i].article].published, _named(cands[i].text)) for i in dated
                if found[i] & {"convicted", "acquitted"}]
    if not verdicts:
        return out
    sentences = [(articles[cands[i].article].published, _named(cands[i].text)) for i in dated
                 if _sentenced().search(cands[i].text)]
    for i in dated:
        when = articles[cands[i].article].published
        text = cands[i].text
        if "accused" in found[i] and not found[i] & {"convicted", "acquitted"}:
            names = _named(text)
            out[i] = any(later[:10] > when[:10] and names & who for later, who in verdicts)
        elif sentences and _PENDING_SENTENCE.search(text) and not _sentenced().search(text):
            # "A jury has now convicted McKinney ... and he could face the death penalty" once a later article
            # reports his sentence ("McKinney ... serving life sentences")
            names = _named(text)
            out[i] = any(later[:10] > when[:10] and names & who for later, who in sentences)
    return out


# A sentence still to come ("could face the death penalty", "faces up to 20 years", "will be sentenced") and one
# given ("was sentenced to life", "is serving a life sentence", "jailed for 20 years").
_PENDING_SENTENCE = re.compile(
    r"\b(?:could|may|might|would|will|to) (?:now |still )?face (?:the death penalty|a death sentence|execution|life|"
    r"up to|a (?:maximum|minimum|possible)|\w+ years)|\bfaces? (?:the death penalty|a death sentence|execution|"
    r"up to|a (?:maximum|possible)|life in prison)|\bawait(?:s|ing)? sentencing\b|\bwill be sentenced\b|"
    r"\bsentencing (?:is|was|has been) (?:set|scheduled)\b|\bfor sentencing\b", re.IGNORECASE)
@functools.cache
def _sentenced() -> re.Pattern[str]:
    """The sentence-given pattern, with the stages' own "serving a sentence" (compare.fact_match, imported when a
    story first holds a verdict word, as ``outdated_stage`` imports it)."""
    from newsdesk.compare.fact_match import SERVING_TERM

    return re.compile(rf"\bsentenced (?:\w+ ){{0,3}}to\b|\b{SERVING_TERM}\b|\bjailed for\b", re.IGNORECASE)

