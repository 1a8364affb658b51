"""Acronyms a story spells out ("non-steroidal anti-inflammatory drugs, or NSAIDs"), so that an acronym and its
expansion count as one word when two sentences are compared: a sentence that names the drugs both ways does not
share six words with another that names them once, and "NSAIDs" in one sentence is "non-steroidal anti-inflammatory
drugs" in another.

An expansion is the run of words right before the acronym ("Rocky Mountain spotted fever (RMSF)", "the Food and Drug
Administration, or FDA") or in brackets right after it ("NSAIDs (non-steroidal anti-inflammatory drugs)") whose
initials spell it, hyphenated parts counted apart and small words ("and", "of") skipped where their initial is not
the acronym's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from newsdesk.brief.gist import Gist
from newsdesk.brief.similarity import content, tokens
from newsdesk.text import STOPWORDS

# "words (ACR)", "words, or ACR", "ACR (words)"; an acronym is 2-8 capitals, maybe with a plural "s". The words
# before one are looked for in the text before it, at most _LOOK_BACK characters.
# (Only matched where an acronym's capitals are: see _matches.)
_BEFORE = re.compile(r"(?:\(|,? or |, )[\"'“`]*([A-Z]{2,8})s?\b")
_AFTER = re.compile(r"\b([A-Z]{2,8})s? \(([^()]{5,120})\)")
_MAX_WORDS = 10
_LOOK_BACK = 120


def expansions(texts: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each acronym a story's ``texts`` spell out, as its token, with the content tokens of its expansion.

    Example:
        >>> table = expansions(["Pills called non-steroidal anti-inflammatory drugs, or NSAIDs, are cheap."])
        >>> {acronym: sorted(words) for acronym, words in table.items()}
        {'nsaid': ['anti', 'drug', 'inflammatory', 'non', 'steroidal']}
    """
    found: dict[str, frozenset[str]] = {}
    for text in texts:
        if "(" not in text and " or " not in text:
            continue
        spelled_before, spelled_after = _matches(text)
        for m in spelled_before:
            before = text[max(0, m.start() - _LOOK_BACK):m.start()].split()[-_MAX_WORDS:]
            _add(found, m.group(1), _spelled_by(m.group(1), before, from_end=True))
        for m in spelled_after:
            _add(found, m.group(1), _spelled_by(m.group(1), m.group(2).split(), from_end=False))
    return found


# The openers of _BEFORE, the longest first: the one starting farthest to the left, which a search finds.
_OPENERS = (", or ", " or ", ", ", "(")
# What every acronym opens with; not "[A-Z]{2}": a pattern opening with a repeat is tried at every position, one
# opening with a class skips in C to the next capital.
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")
_QUOTE_MARKS = "\"'“`"  # what may stand between an opener and its acronym


def _matches(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The matches of ``_BEFORE.finditer(text)`` and of ``_AFTER.finditer(text)``, tried only where an acronym's
    capitals are (one scan of the text for both, instead of two searches; _BEFORE's tries its pattern at every space
    and comma).

    _AFTER's acronym opens its match. _BEFORE's comes right after its opener and quotation marks, so each place two
    capitals stand is read backwards: past the quotation marks, then each opener, the longest first (the leftmost
    start), and the pattern is matched where one ends there.
    """
    before: list[re.Match[str]] = []
    after: list[re.Match[str]] = []
    before_end = after_end = 0  # where the last match of each ends: a search goes on from there
    bracket = " (" in text  # what _AFTER needs
    for caps in _TWO_CAPITALS.finditer(text):
        start = caps.start()
        if bracket and start >= after_end and (m := _AFTER.match(text, start)) is not None:
            after.append(m)
            after_end = m.end()
        marks = start
        while marks > 0 and text[marks - 1] in _QUOTE_MARKS:
            marks -= 1
        for opener in _OPENERS:
            at = marks - len(opener)
            if at >= before_end and text.startswith(opener, at) and (m := _BEFORE.match(text, at)) is not None \
                    and m.start(1) == start:
                before.append(m)
                before_end = m.end()
                break
    return before, after


def _add(found: dict[str, frozenset[str]], acronym: str, words: list[str] | None) -> None:
    if not words:
        return
    toks = tokens(acronym)
    expansion = frozenset(content(tokens(" ".join(words))))
    if toks and len(expansion) > 1:
        found.setdefault(toks[0], expansion)


def _spelled_by(acronym: str, words: list[str], from_end: bool) -> list[str] | None:
    """The words (the last ones before the acronym, or the first ones after it) whose initials spell ``acronym``."""
    parts = [p for w in words for p in re.split(r"-", w.strip(",.\"'“”`()")) if p]
    letters = acronym.lower()
    if from_end:
        parts, letters = parts[::-1], letters[::-1]
    k = 0
    used: list[str] = []
    for p in parts:
        if k == len(letters):
            break
        if p[0].lower() == letters[k]:
            used.append(p)
            k += 1
        elif p.lower() in STOPWORDS and used:
            used.append(p)  # "Food and Drug Administration": a small word inside the expansion
        else:
            return None
    if k < len(letters):
        return None
    return used[::-1] if from_end else used


def fold_gist(claim: Gist, table: Mapping[str, frozenset[str]]) -> Gist:
    """A claim's :class:`~newsdesk.brief.gist.Gist` with each spelled-out acronym counted once (:func:`fold`)."""
    if not table:
        return claim
    return Gist(fold(claim.plain, table), fold(claim.head, table), fold(claim.key, table), fold(claim.subject, table))


def fold(words: Collection[str], table: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """``words`` with each spelled-out acronym of ``table`` counted once: its expansion's words, when all are there,
    and the acronym itself become the acronym's token.

    Example:
        >>> table = {"nsaid": frozenset({"non", "steroidal", "anti", "inflammatory", "drug"})}
        >>> sorted(fold({"aspirin", "non", "steroidal", "anti", "inflammatory", "drug", "nsaid"}, table))
        ['aspirin', 'nsaid']
    """
    if not table:
        return words if isinstance(words, frozenset) else frozenset(words)
    out = set(words)
    for acronym, expansion in table.items():
        whole = expansion.issubset(out)
        if whole or acronym in out:
            if whole:
                out -= expansion
            out.add(acronym)
    return frozenset(out)
