"""A brief sentence does not cite an article that says otherwise.

The brief cites every article with a sentence close to the one it quotes (``brief/cite.py``); closeness is in the
words, so "Police said the driver had been drinking" is close to "Police said the driver had not been drinking",
and "closed until at least Monday" to "closed until Friday". The comparison knows such pairs as conflicts (a claim
and its denial, two days, two places, two figures): ``without_contradicting`` takes off a sentence's citations the
articles that the comparison sets on another side of a conflict the sentence is on (the side's sentence itself, or
one giving its value in other words).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newsdesk.model import Brief, Comparison, ConflictSide
from newsdesk.sentences import without_dateline
from newsdesk.text import content_terms, normalize_space


def _key(text: str) -> str:
    return normalize_space(without_dateline(text)).strip("“”\"' ").lower()


# A brief sentence told in other words than a conflict's side ("Four people on the ground and all 109 people in the
# plane were killed" / "All 109 on board were killed, as were four on the ground") is on that side when it gives the
# side's value and not another side's, and holds most of the side's words.
SIDE_WORDS_HELD = 0.6
_VALUE_KINDS = frozenset(["number", "date", "place", "actor"])


def contradicting(text: str, comparison: Comparison) -> set[str]:
    """The articles on another side of a conflict that ``text`` is a side of (and not on its side)."""
    key = _key(text)
    terms = set(content_terms(text))
    against: set[str] = set()
    for conflict in comparison.conflicts:
        for k, side in enumerate(conflict.sides):
            side_key = _key(side.text)
            same = side_key and (side_key == key or (len(side_key) > 40 and (side_key in key or key in side_key)))
            if same or conflict.kind in _VALUE_KINDS and _states_side(terms, k, conflict.sides):
                own = set(side.articles)
                against |= {a for other in conflict.sides[:k] + conflict.sides[k + 1:] for a in other.articles} - own
    return against


def _states_side(terms: set[str], k: int, sides: Sequence[ConflictSide]) -> bool:
    """Whether a sentence of these content ``terms`` states side ``k``'s value (a word of it), none of the other
    sides' values, and most of side ``k``'s words."""
    value = set(content_terms(sides[k].value))  # the value with a word of its context ("well as five")
    others = set().union(*(content_terms(o.value) for j, o in enumerate(sides) if j != k))
    if not (value - others) & terms or (others - value) & terms:
        return False  # the words only this side's value has ("four", not a unit all sides share: "people")
    side_terms = set(content_terms(sides[k].text))
    return bool(side_terms) and len(side_terms & terms) >= SIDE_WORDS_HELD * len(side_terms)


def without_contradicting(brief: Brief, comparison: Comparison | None) -> Brief:
    """The brief with each sentence citing no article the comparison finds saying otherwise (its own article
    stays cited: it is where the sentence was read)."""
    if comparison is None or not comparison.conflicts:
        return brief
    sentences = []
    for s in brief.sentences:
        against = contradicting(s.text, comparison)
        kept = tuple(a for a in s.citations if a == s.from_id or a not in against)
        sentences.append(s if kept == s.citations else dataclasses.replace(s, citations=kept))
    return dataclasses.replace(brief, sentences=tuple(sentences))
