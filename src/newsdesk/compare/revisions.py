"""Revised figures: a count one report gives and a later report says it revises ("Six people died ...,
raising the toll from the four deaths reported in the morning").

The conflict finder leaves such a pair out on purpose (an update is no contradiction); a reader still wants to
see it, old value and new, with the articles behind each. Only a sentence that says it revises a count (the brief's own
test, ``brief.updates.replaced_figures``: a toll raised, a figure revised) and names the figure it
replaces ("from the four deaths") counts, so the old side is the value the reviser itself names; a change over
time ("down from 4.3 percent last year") is no revision.
"""

from __future__ import annotations

from newsdesk.brief.updates import replaced_figures
from newsdesk.compare.claims import Claim
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.model import Conflict, ConflictSide

REVISED = "revised"  # the slot of a revised-figure record (kind "number")


def _revision(c: Claim) -> tuple[float, str, float, str] | None:
    """(old value, as written, new value, as written) of a sentence that revises a figure it names, else None.
    The figure replaced is the brief's reading (``brief.updates.replaced_figures``), so brief and comparison
    agree on what was revised."""
    replaced = {v for x in replaced_figures(c.text) if (v := _value(x)) is not None}
    counts = [q for q in c.quantities if not q.vague]
    old = next((q for q in counts if q.value in replaced), None)
    new = next((q for q in counts if q.value not in replaced), None)
    if old is None or new is None:
        return None
    return old.value, _as_value(old.text), new.value, _as_value(new.text)


def _value(number: str) -> float | None:
    try:
        return float(number)
    except ValueError:
        return None


def _as_value(text: str) -> str:
    """A number as a value to show: "Six" at a sentence's start reads "six"; "1,200" stays."""
    return text.lower() if text.isalpha() else text


def _date(idx: ClaimIndex, c: Claim) -> str:
    return idx.articles[c.article].article.date or ""


def find_revisions(idx: ClaimIndex, threshold: float) -> list[Conflict]:
    """Figures a later sentence revises: the earlier articles that gave the old value (the same fact: cosine
    >= ``threshold`` to the revising sentence) against the revising article and those giving the new value."""
    out: list[Conflict] = []
    seen: set[tuple[float, float]] = set()
    for j, c in enumerate(idx.claims):
        found = _revision(c)
        if found is None:
            continue
        old, old_text, new, new_text = found
        when = _date(idx, c)
        old_side: list[Claim] = []
        new_side: list[Claim] = [c]
        for i, other in enumerate(idx.claims):
            if other.article == c.article or idx.sim[i, j] < threshold:
                continue
            values = {q.value for q in other.quantities}
            if old in values and new not in values and (not when or _date(idx, other) <= when):
                old_side.append(other)
            elif new in values and old not in values:
                new_side.append(other)
        if not old_side or (old, new) in seen:
            continue
        seen.add((old, new))
        out.append(Conflict("number", (
            ConflictSide(old_side[0].text, old_text, tuple(dict.fromkeys(x.article for x in old_side))),
            ConflictSide(c.text, new_text, tuple(dict.fromkeys(x.article for x in new_side))),
        ), slot=REVISED))
    return out
