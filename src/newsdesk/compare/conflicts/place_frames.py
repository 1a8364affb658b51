"""One phrase given one place by a story's articles and another by a single article ("crimes committed in [Hong Kong]"
in three articles, "committed in [Macau]" in one), however far apart the sentences are worded."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from newsdesk.compare.conflicts.geography import two_answers
from newsdesk.compare.conflicts.names import _is_place
from newsdesk.compare.conflicts.place_events import _WHERE_PREPS
from newsdesk.compare.conflicts.places import _listed, _prep
from newsdesk.compare.conflicts.slots import _typed_slots
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.model import ConflictKind
from newsdesk.text import STOPWORDS, stem

FRAME_SHARED = 2  # words two sentences must share besides the phrase and the places, to tell of one thing
# Words before a place that tell where something was said or reported, not where a fact of the story lies.
_NOT_FRAMES = frozenset(stem(w) for w in ["said", "says", "told", "reported", "announced", "interview", "conference",
                                          "statement", "speech", "news", "here", "there", "today", "people", "others",
                                          "those", "officials", "government"])

Occurrence = tuple[int, str, str, frozenset[str]]  # (claim, article, place as written, the sentence's words)


def _frame_word(tokens: Sequence[str], i: int) -> str:
    """The word right before the preposition of a place at tokens[i] ("committed in [X]" -> commit), stemmed; "" when
    it is no lower-case content word."""
    k = i - 1
    if k >= 0 and tokens[k].lower() in ("the", "a", "an"):
        k -= 1
    w = tokens[k - 1] if k >= 1 else ""
    low = w.lower()
    if not (w.isalpha() and w[:1].islower() and len(w) > 2 and low not in STOPWORDS):
        return ""
    if not (low.endswith("ed") or low in _PLACED):
        return ""  # "his father in [Cuba]": where a person lives or stands, which changes; not what was done there
    s = stem(low)
    return "" if s in _NOT_FRAMES else s


# Words other than "-ed" forms that say where something is done or kept ("in custody in [X]", "held in [X]").
_PLACED = frozenset(["held", "custody", "remain", "remains", "stay", "stays", "born", "kept", "hidden", "caught",
                     "built", "fought", "shot"])


def _words(tokens: Sequence[str], places: Sequence[str]) -> frozenset[str]:
    """The sentence's content words (stemmed) and names (lower case), its places left out."""
    out = set()
    skip = {w for p in places for w in p.lower().split()}
    for t in tokens:
        low = t.lower().rstrip(".")
        if low.replace("-", "").isalpha() and len(low) > 2 and low not in STOPWORDS and low not in skip:
            out.add(stem(low))
    return frozenset(out)


def _two_places(a: str, b: str) -> bool:
    """Two answers to where, not one name spelt two ways ("Northwood" / "Morthwood")."""
    return two_answers(a, b) and difflib.SequenceMatcher(a=a.lower(), b=b.lower()).ratio() < SPELLING


SPELLING = 0.75  # likeness of two names above which they are one name spelt two ways (as ``roles._one_person`` reads)


def _other_times(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two sentences dated differently ("arrested in X on Friday" / "a third suspect arrested in Y on Sunday"): two
    events, each in its place."""
    return bool(a) and bool(b) and not set(a) & set(b)


def frame_place_conflicts(idx: ClaimIndex) -> list[tuple[int, int, ConflictKind, str, str]]:
    """Where the story puts one thing: the same word and preposition before a place ("committed in [X]", "in custody
    in [X]"), one place in two articles or more and another in a single article, no third place and no article giving
    both, in two sentences that share FRAME_SHARED more words (what was committed, who is in custody), neither naming
    the other's place: the lone article gives the wrong place. Not two places one may lie in (``two_answers``), one
    name spelt two ways, a place listed with another, "near" a place, nor where a person is ("his father in [X]"):
    the phrase is what was done or kept there."""
    frames: dict[tuple[str, str], list[Occurrence]] = {}
    for k, c in enumerate(idx.claims):
        toks = c.slots.tokens
        found = []
        for typ, i, j, _ in _typed_slots(tuple(toks)):
            if typ != "name" or not _is_place(toks, i, j) or _listed(toks, j):
                continue
            prep, word = _prep(toks, i), _frame_word(toks, i)
            if prep in _WHERE_PREPS and prep != "near" and word:  # "near [X]" has many answers (a town, its city)
                found.append((prep, word, " ".join(toks[i:j]).rstrip(".,")))
        if found:
            words = _words(toks, [p for _, _, p in found])
            for prep, word, place in found:
                frames.setdefault((prep, word), []).append((k, c.article, place, words - {word}))
    out: list[tuple[int, int, ConflictKind, str, str]] = []
    for occ in frames.values():
        values: list[str] = []
        for _k, _a, place, _w in occ:
            if all(_two_places(place, v) for v in values):
                values.append(place)
        if len(values) != 2:
            continue
        sides = [[o for o in occ if not _two_places(o[2], v)] for v in values]
        arts = [{o[1] for o in side} for side in sides]
        if arts[0] & arts[1] or sorted(len(a) for a in arts) != [1, max(len(a) for a in arts)] or max(map(len, arts)) < 2:
            continue
        lone, rest = (sides[0], sides[1]) if len(arts[0]) == 1 else (sides[1], sides[0])
        texts = {k: idx.claims[k].text.lower() for k, _a, _p, _w in occ}
        pairs = [(x, y) for x in lone for y in rest
                 if y[2].lower() not in texts[x[0]] and x[2].lower() not in texts[y[0]]  # "in Wau, in southern Sudan"
                 and not _other_times(idx.claims[x[0]].dates, idx.claims[y[0]].dates)]
        if not pairs:
            continue
        best = max(pairs, key=lambda p: len(p[0][3] & p[1][3]))
        if len(best[0][3] & best[1][3]) >= FRAME_SHARED:
            out.append((best[0][0], best[1][0], "place", best[0][2], best[1][2]))
    return out
