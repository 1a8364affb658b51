"""Revised figures: a count one report gives and a later report says it revises ("Six people died ...,
raising the toll from the four deaths reported in the morning").

The conflict finder leaves such a pair out on purpose (an update is no contradiction); a reader still wants to
see it, old value and new, with the articles behind each. Only a sentence that says it revises a count (the brief's own
test, ``brief.updates.revises``: a toll raised, a figure revised) counts. When it names the figure it replaces
("from the four deaths"), the old side is that value; when it does not ("The death toll has risen to 12"), the
old side is the one other count that earlier reports of the same fact give, and nothing when they give several. A
change over time ("down from 4.3 percent last year") is no revision.
"""

from __future__ import annotations

import re

from newsdesk.brief.updates import replaced_figures, revises
from newsdesk.compare.claims import Claim
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.model import Conflict, ConflictSide

_TALLY = re.compile(r"\b(?:toll|tally|count|total)\b", re.IGNORECASE)
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


def _unnamed_revision(idx: ClaimIndex, j: int, threshold: float) -> tuple[float, str, float, str] | None:
    """A sentence that says it revises a count without naming the old one ("The death toll has risen to 12",
    "Six people are now known to have died"): its one count is the new value, and the old value is the one other
    count the earlier reports of the same fact (cosine >= ``threshold``, a count with the same unit) give. Several
    different earlier counts: which one was revised is unknown, so None."""
    c = idx.claims[j]
    counts = [q for q in c.quantities if not q.vague]
    if len(counts) != 1 or replaced_figures(c.text) or not revises(c.text):
        return None
    new = counts[0]
    any_unit = _TALLY.search(c.text) is not None  # "the toll has risen to six": the count has no unit of its own
    when = _date(idx, c)
    earlier = [i for i, o in enumerate(idx.claims) if o.article != c.article and not (when and _date(idx, o) > when)]
    same = {i for i in earlier if idx.sim[i, j] >= threshold}
    # and what those reports' fact is near in other earlier reports ("Four killed" [a] ~ "Five killed" [c])
    near = [i for i in earlier if i in same or any(idx.sim[i, k] >= threshold for k in same)]
    olds = {}
    for i in near:
        for q in idx.claims[i].quantities:
            if not q.vague and q.value != new.value and (any_unit or q.unit[:1] == new.unit[:1]):
                olds.setdefault(q.value, q)
    if len(olds) != 1:
        return None
    (old,) = olds.values()
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
    seen: dict[tuple[float, float], int] = {}
    for j, c in enumerate(idx.claims):
        found = _revision(c) or _unnamed_revision(idx, j, threshold)
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
        if not old_side:
            continue
        if (old, new) in seen:  # a second report of the same revision: its articles give the new value too
            k = seen[(old, new)]
            first_old, first_new = out[k].sides
            more = tuple(dict.fromkeys(first_new.articles + tuple(x.article for x in new_side)))
            out[k] = Conflict("number", (first_old, ConflictSide(first_new.text, first_new.value, more)), slot=REVISED)
            continue
        seen[(old, new)] = len(out)
        out.append(Conflict("number", (
            ConflictSide(old_side[0].text, old_text, tuple(dict.fromkeys(x.article for x in old_side))),
            ConflictSide(c.text, new_text, tuple(dict.fromkeys(x.article for x in new_side))),
        ), slot=REVISED))
    return out
