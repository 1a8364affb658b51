"""Parents: one named unit placed in two bodies ("the Computer Emergency Response Team at [Carnegie Mellon University]" /
"... at [Trend Micro Inc]")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.compare.conflicts.actors import _distinct_words, _name_words, _same_entity
from newsdesk.compare.conflicts.lexicon import _FUNCTION_CAPS
from newsdesk.compare.conflicts.names import _org_like
from newsdesk.compare.conflicts.roles import _one_against_many, _published
from newsdesk.compare.consensus import ClaimIndex

# Words that join the capitalised words of one name ("Department of Psychiatry", "Centers for Disease Control").
_JOINS = frozenset(["of", "for", "and", "&"])
# Heads of units that many bodies each have ("Department of ...", "School of ...", "Center for ...").
_GENERIC_UNITS = frozenset(["department", "dept", "school", "division", "college", "faculty", "center", "centre",
                            "institute", "program", "programme", "laboratory", "lab", "office", "unit", "section",
                            "bureau", "clinic", "hospital", "museum", "library", "board", "council", "committee"])
_UNIT_WORDS = 2  # distinctive words a unit's name needs to be one unit, wherever it is ("School of Medicine" has none)


def unit_parents(tokens: Sequence[str]) -> list[tuple[str, int, int]]:
    """(unit, start, end of its parent) for each named unit a sentence places in a body by "at": "the Computer Emergency
    Response Team, or CERT, at Carnegie Mellon University" -> ("computer emergency response team", k, k + 3). The unit
    is three capitalised words or more (function words between them aside), its acronym given after it or not; the
    parent two capitalised words or more, named as an organisation ("University", "Inc", "Commission")."""
    out: list[tuple[str, int, int]] = []
    for k, t in enumerate(tokens):
        if t != "at" or k < 3:
            continue
        end = k
        if tokens[end - 1] == ")" and end >= 3 and tokens[end - 3] == "(" and tokens[end - 2].isupper():
            end -= 3  # "Team (CERT) at"
        elif tokens[end - 1] == "," and end >= 4 and tokens[end - 2].isupper() and tokens[end - 3] == "or" \
                and tokens[end - 4] == ",":
            end -= 4  # "Team, or CERT, at"
        start = end
        while start and (tokens[start - 1][:1].isupper() and tokens[start - 1].lower() not in _FUNCTION_CAPS
                         or tokens[start - 1].lower() in _JOINS and start > 1 and tokens[start - 2][:1].isupper()):
            start -= 1
        unit = [w for w in tokens[start:end] if w.lower() not in _JOINS]
        m = k + 1
        if m < len(tokens) and tokens[m].lower() == "the":
            m += 1
        stop = m
        while stop < len(tokens) and (tokens[stop][:1].isupper() and tokens[stop].lower() not in _FUNCTION_CAPS
                                      or tokens[stop].lower() in _JOINS and stop + 1 < len(tokens)
                                      and tokens[stop + 1][:1].isupper()):
            stop += 1
        parent = " ".join(tokens[m:stop])
        if len(unit) < 3 or stop - m < 2 or not _org_like(parent) \
                or len(_distinct_words(_name_words(" ".join(unit)))) < _UNIT_WORDS:
            continue
        if unit[0].lower() in _GENERIC_UNITS:
            continue  # "the Department of Earth and Planetary Sciences at Harvard": many universities have one
        # (review R22b); a named unit ("the Computer Emergency Response Team") is one body's
        out.append((" ".join(w.lower() for w in unit), m, stop))
    return out


def parent_conflicts(idx: ClaimIndex) -> list[tuple[int, int, str, str]]:
    """One named unit placed in one body by two articles or more and in another body by one article ("the Computer
    Emergency Response Team at Carnegie Mellon University" twice / "... at Trend Micro Inc" once), no article placing
    it in both, the two bodies no two names of one ("Carnegie Mellon University" / "Carnegie Mellon"): a unit belongs to
    one body, and the lone article names the wrong one. (index a, index b, body in a, body in b), a the lone sentence."""
    units: dict[str, list[tuple[int, str]]] = {}
    for n, c in enumerate(idx.claims):
        toks = c.slots.tokens
        if "at" not in toks:
            continue
        for unit, x, y in unit_parents(toks):
            units.setdefault(unit, []).append((n, re.sub(r"[.,]+$", "", " ".join(toks[x:y]))))
    out: list[tuple[int, int, str, str]] = []
    for placed in units.values():
        parents: list[str] = []
        for _n, body in placed:
            if not any(_same_entity(body, p) for p in parents):
                parents.append(body)
        if len(parents) != 2:
            continue
        sides = [[n for n, body in placed if _same_entity(body, p)] for p in parents]
        arts = [{idx.claims[n].article for n in side} for side in sides]
        if arts[0] & arts[1] or not _one_against_many(arts[0], arts[1], [idx.claims[n].text for n, _ in placed],
                                                       _published(idx)):
            continue
        lone, rest = (0, 1) if len(arts[0]) == 1 else (1, 0)
        na, nb = max(((x, y) for x in sides[lone] for y in sides[rest]), key=lambda p: float(idx.sim[p[0], p[1]]))
        out.append((na, nb, dict(placed)[na], dict(placed)[nb]))
    return out
