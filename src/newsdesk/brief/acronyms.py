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
# Each pattern opens with a character class, and looks behind to tell its alternatives apart (``(?<!\w.)``: the
# capital opens a word), so that a search skips in C to the next character that may open a match instead of trying
# every alternative at every position.
_BEFORE = re.compile(r"[(, ](?:(?<=\()|(?<=,) or |(?<= )or |(?<=,) )[\"'“`]*([A-Z]{2,8})s?\b")  # "(", ", or ", " or ", ", "
_AFTER = re.compile(r"([A-Z](?<!\w.)[A-Z]{1,7})s? \(([^()]{5,120})\)")
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
        for m in _BEFORE.finditer(text):
            before = text[max(0, m.start() - _LOOK_BACK):m.start()].split()[-_MAX_WORDS:]
            _add(found, m.group(1), _spelled_by(m.group(1), before, from_end=True))
        for m in _AFTER.finditer(text) if " (" in text else ():
            _add(found, m.group(1), _spelled_by(m.group(1), m.group(2).split(), from_end=False))
    return found


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
