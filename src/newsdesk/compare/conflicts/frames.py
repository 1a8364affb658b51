"""Frame conflicts: a time, day or year after the same words in two articles, however different the sentences."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.compare.conflicts.numbers import _number_role, _updates
from newsdesk.compare.conflicts.params import YEAR_FRAME
from newsdesk.compare.conflicts.ranges import _in_range
from newsdesk.compare.conflicts.slots import _typed_slots
from newsdesk.compare.conflicts.values import _compatible, _qualified
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.model import ConflictKind
from newsdesk.text import STOPWORDS, stem

_FRAME_TYPES = ("date:time", "date:day")  # years and plain numbers recur in too many unrelated frames


def _frame(tokens: Sequence[str], i: int, j: int, typ: str) -> tuple[str, ...] | None:
    """The slot's frame: its type, the two content words right before it (within five tokens) and, for a number,
    the unit after it ("collapse happened at about [5:40 a.m.]", "[four] people killed")."""
    before: list[str] = []
    named = False
    for t in reversed(tokens[max(0, i - 7):i]):
        low = t.lower()
        if low in (",", ";", ":", "(", ")", "--", "—") or t[:1].isdigit():
            break
        if low.isalpha() and low not in STOPWORDS and len(low) > 2 and low not in _SPEECH_WORDS:
            before.append(stem(low))
            named = named or t[:1].isupper()
            # A name among the two words ("in the Jones case on [Jan. 17]") says what the date is about, not what
            # happened on it (a deposition, a subpoena): a third word must be the same too.
            if len(before) == 2 + named:
                break
    if len(before) < 2 + named:
        return None
    unit = ""
    if typ == "number":
        units, _ = _number_role(tokens, i, j)
        if not units:
            return None
        unit = ",".join(sorted(units))
    return (typ, *before, unit)


_SPEECH_WORDS = frozenset(["said", "says", "told", "added", "according", "reported", "announced", "stated"])


def frame_conflicts(idx: ClaimIndex) -> list[tuple[int, int, ConflictKind, str, str]]:
    """Slots in the same frame with different values in two articles, whatever the rest of the sentences say.

    "The collapse happened at about 5:40 a.m., before the rush hour" / "The collapse happened at about 6:15 a.m.,
    according to a camera operator": sentence cosine is low, but the words that say what the slot is are the same.
    A frame is ambiguous (several values in one article, or many values overall) and then not used.
    """
    by_frame: dict[tuple[str, ...], list[tuple[int, str, str]]] = {}
    for k, c in enumerate(idx.claims):
        toks = c.slots.tokens
        for typ, i, j, value in _typed_slots(toks):
            if typ == "date:year" and i >= YEAR_FRAME and all(t.isalpha() for t in toks[i - YEAR_FRAME:i]) \
                    and sum(1 for t in toks[i - YEAR_FRAME:i] if t.lower() not in STOPWORDS and len(t) > 2) >= 2:
                # the words must say what happened ("the death penalty was reinstated in [1976]"): "at the start of the
                # [1989]-90 season" / "at the start of the [2008]-09 season" are two seasons
                by_frame.setdefault((typ, *(t.lower() for t in toks[i - YEAR_FRAME:i])), []).append((k, value, toks[i]))
                continue
            if typ not in _FRAME_TYPES or typ == "number" and (_in_range(toks, i, j) or _qualified(toks, i)):
                continue
            frame = _frame(toks, i, j, typ)
            if frame:
                by_frame.setdefault(frame, []).append((k, value, " ".join(toks[i:j])))
    out: list[tuple[int, int, ConflictKind, str, str]] = []
    for frame, hits in by_frame.items():
        values = {v for _, v, _ in hits}
        per_article: dict[str, set[str]] = {}
        for k, v, _ in hits:
            per_article.setdefault(idx.claims[k].article, set()).add(v)
        if not 2 <= len(values) <= 2 or len(per_article) < 2 or any(len(v) > 1 for v in per_article.values()):
            continue
        (k1, v1, t1) = hits[0]
        other = next(((k, v, t) for k, v, t in hits if v != v1), None)
        if other is None:
            continue
        k2, v2, t2 = other
        if _states(idx.claims[k1].slots.tokens, frame[0], v2) or _states(idx.claims[k2].slots.tokens, frame[0], v1):
            continue  # "charged Sept. 21 in the Aug. 7 bombing" / "charged in the Aug. 7 bombing": both give Aug. 7
        if frame[0] == "number":
            f1, f2 = float(v1), float(v2)
            if _compatible(f1, f2, False) or _updates(idx.claims[k1].text, f2) or _updates(idx.claims[k2].text, f1):
                continue
        kind: ConflictKind = "number" if frame[0] == "number" else "date"
        out.append((k1, k2, kind, t1, t2))
    return out


def _states(tokens: Sequence[str], typ: str, value: str) -> bool:
    """Whether a sentence has a slot of this type with this value anywhere."""
    return any(t == typ and v == value for t, _, _, v in _typed_slots(tuple(tokens)))
