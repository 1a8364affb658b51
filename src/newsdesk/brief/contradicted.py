"""A brief sentence does not cite an article that says otherwise.

The brief cites every article with a sentence close to the one it quotes (``brief/cite.py``); closeness is in the
words, so "Police said the driver had been drinking" is close to "Police said the driver had not been drinking",
and "closed until at least Monday" to "closed until Friday". The comparison knows such pairs as conflicts (a claim
and its denial, two days, two places, two figures): ``without_contradicting`` takes off a sentence's citations the
articles that the comparison sets on another side of a conflict the sentence is on.
"""

from __future__ import annotations

import dataclasses

from newsdesk.model import Brief, Comparison
from newsdesk.sentences import without_dateline
from newsdesk.text import normalize_space


def _key(text: str) -> str:
    return normalize_space(without_dateline(text)).strip("“”\"' ").lower()


def contradicting(text: str, comparison: Comparison) -> set[str]:
    """The articles on another side of a conflict that ``text`` is a side of (and not on its side)."""
    key = _key(text)
    against: set[str] = set()
    for conflict in comparison.conflicts:
        for k, side in enumerate(conflict.sides):
            side_key = _key(side.text)
            if side_key and (side_key == key or (len(side_key) > 40 and (side_key in key or key in side_key))):
                own = set(side.articles)
                against |= {a for other in conflict.sides[:k] + conflict.sides[k + 1:] for a in other.articles} - own
    return against


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
