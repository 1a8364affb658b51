"""Same-wording conflicts: the one replaced span between two sentences worded alike."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsdesk.compare.claims import Claim
from newsdesk.compare.conflicts.actors import (
    _is_speaker,
    _name_in,
    _name_segment,
    _same_entity,
    _same_role,
    _statement_overlap,
)
from newsdesk.compare.conflicts.dates import _date_key, _is_year, _month_at, _month_of_day
from newsdesk.compare.conflicts.lexicon import _span_of
from newsdesk.compare.conflicts.names import _institutions, _is_place, _org_apposed, _org_like, _person_like
from newsdesk.compare.conflicts.negation import _AUX_WORDS, _is_neg, _negates_shared
from newsdesk.compare.conflicts.numbers import (
    _first_unit,
    _money,
    _number_role,
    _part_of_those,
    revised_between,
    unit_label,
)
from newsdesk.compare.conflicts.params import MAX_SPAN, SPEAKER_OVERLAP
from newsdesk.compare.conflicts.ranges import _bound_or_rate, _bounded_ok, _same_bound
from newsdesk.compare.conflicts.slots import _names_in, scaled_number_words
from newsdesk.compare.conflicts.values import _compatible, _num, _qualified, _vague_ok
from newsdesk.model import ConflictKind
from newsdesk.text import stem


def _local_conflicts(a: Claim, b: Claim, ops: Sequence[tuple[str, int, int, int, int]]) -> list[tuple[ConflictKind, str, str]]:
    """Conflicts in spans where two otherwise identical sentences differ."""
    ta, tb = a.slots.tokens, b.slots.tokens
    low_a, low_b = {t.lower() for t in ta}, {t.lower() for t in tb}
    out: list[tuple[ConflictKind, str, str]] = []
    for op, i1, i2, j1, j2 in [*ops, *moved_names(ta, tb, ops)]:
        seg_a, seg_b = ta[i1:i2], tb[j1:j2]
        neg_a, neg_b = any(map(_is_neg, seg_a)), any(map(_is_neg, seg_b))
        # auxiliaries beside the negation may change tense ("there is not always" / "there was always")
        rest_a = [t.lower() for t in seg_a if not _is_neg(t) and t.lower() not in _AUX_WORDS]
        rest_b = [t.lower() for t in seg_b if not _is_neg(t) and t.lower() not in _AUX_WORDS]
        # Only the negation differs here ("was killed" / "was not killed"), not other words beside it.
        same_rest = not rest_a or not rest_b or bool({stem(t) for t in rest_a} & {stem(t) for t in rest_b})
        if neg_a != neg_b and max(len(seg_a), len(seg_b)) <= 3 and same_rest:
            neg_tok = next(t for t in (seg_a if neg_a else seg_b) if _is_neg(t))
            if neg_tok.lower() not in (low_b if neg_a else low_a) and _negates_shared(
                    ta if neg_a else tb, (i1 if neg_a else j1) + (seg_a if neg_a else seg_b).index(neg_tok),
                    b if neg_a else a):
                ctx_a = " ".join(ta[max(0, i1 - 2):i2 + 2])
                ctx_b = " ".join(tb[max(0, j1 - 2):j2 + 2])
                out.append(("denial", f"…{ctx_a}…" if neg_a else "asserts", f"…{ctx_b}…" if neg_b else "asserts"))
                continue
        if op != "replace" or len(seg_a) > MAX_SPAN or len(seg_b) > MAX_SPAN:
            continue
        days_a = [d for k in range(i1, i2) if (d := _month_of_day(ta, k))]
        days_b = [d for k in range(j1, j2) if (d := _month_of_day(tb, k))]
        if days_a or days_b:  # "Aug. [7]" / "Aug. [9]": a day of the month, not a count
            if days_a and days_b and not {d.lower() for d in days_a} & {d.lower() for d in days_b}:
                out.append(("date", days_a[0], days_b[0]))
            continue
        nums_a = [(k, v) for k in range(i1, i2) if (v := _value_at(ta, k)) is not None and not _is_year(ta[k])]
        nums_b = [(k, v) for k in range(j1, j2) if (v := _value_at(tb, k)) is not None and not _is_year(tb[k])]
        if nums_a and nums_b:
            (ka, va), (kb, vb) = nums_a[0], nums_b[0]
            if (_bound_or_rate(ta, ka, ka + 1) or _bound_or_rate(tb, kb, kb + 1)) \
                    and not _same_bound(ta, ka, ka + 1, tb, kb, kb + 1):
                continue
            if _money(ta, ka, ka + 1) != _money(tb, kb, kb + 1):
                continue
            if _part_of_those(ta, ka) != _part_of_those(tb, kb):
                continue  # "[The latter two] are in custody" / "[Three suspects] are in custody": some of them
            if _given_as_often(tb, kb, ta) != _given_as_often(ta, ka, tb):
                continue  # "destroyed three bridges ... and [damaged 90 others]" / "... and [destroyed three bridges]":
                # the other sentence gives this figure as written, so the diff has paired a moved phrase, not a figure
            approx = _qualified(ta, ka) or _qualified(tb, kb)
            units_a, units_b = _number_role(ta, ka, ka + 1)[0], _number_role(tb, kb, kb + 1)[0]
            if units_a and units_b and not units_a & units_b:
                continue  # "50 minutes" / "four hours": different units, not comparable here
            ua, ub = _first_unit(ta, ka + 1), _first_unit(tb, kb + 1)
            if ua and ub and ua not in units_b and ub not in units_a:
                continue  # "3 million households receive" / "1.4 million families receive": other things
            if not _compatible(va, vb, approx) and not _vague_ok(ta[ka], va, tb[kb], vb) \
                    and not _bounded_ok(ta, ka, va, tb, kb, vb) \
                    and not revised_between(a.text, va, ta, ka, b.text, vb, tb, kb):
                unit = unit_label(ta, i2)
                unit = unit if unit.lower() == unit_label(tb, j2).lower() else ""
                out.append(("number", f"{' '.join(seg_a)} {unit}".strip(), f"{' '.join(seg_b)} {unit}".strip()))
            continue
        # A range of days is read by its ends ("Monday-Friday" / "Thursday-Friday": Monday against Thursday).
        parts_a = [p for t in seg_a for p in re.split(r"(?<=[a-z])[-–](?=[A-Z])", t)]
        parts_b = [p for t in seg_b for p in re.split(r"(?<=[a-z])[-–](?=[A-Z])", t)]
        dates_a = {(_date_key(t), t.lower()) for t in parts_a if _date_key(t)} | _may_months(ta, i1, i2)
        dates_b = {(_date_key(t), t.lower()) for t in parts_b if _date_key(t)} | _may_months(tb, j1, j2)
        types = {k for k, _ in dates_a} & {k for k, _ in dates_b}
        if types:
            va = {v for k, v in dates_a if k in types}
            vb = {v for k, v in dates_b if k in types}
            if len(parts_a) > len(seg_a) or len(parts_b) > len(seg_b):
                va, vb = va - vb, vb - va
            if va and vb and not va & vb and not va & low_b and not vb & low_a:
                out.append(("date", " ".join(seg_a), " ".join(seg_b)))
            continue
        names_a = _names_in(ta, i1, i2)
        names_b = _names_in(tb, j1, j2)
        if names_a and names_b:
            na, nb = names_a[0], names_b[0]
            if _same_entity(na, nb) and _name_segment(seg_a) and _name_segment(seg_b):
                # One part of a longer name replaced ("Anthony Holder of [London's National Institute] for Medical
                # Research" / "... of [Global Health Council] for Medical Research"): the replaced parts differ.
                na, nb = " ".join(seg_a).rstrip(".,"), " ".join(seg_b).rstrip(".,")
            if _same_entity(na, nb) or _stated_as_often(na, a.text, b.text, tb, ta) \
                    or _stated_as_often(nb, b.text, a.text, ta, tb):
                continue  # "LeBron James ... Sunday" / "Title No. 1 for James ... Thursday": James is on both sides
            if _is_speaker(a, na) and _is_speaker(b, nb) and _statement_overlap(a, b) < SPEAKER_OVERLAP \
                    and not _same_role(ta, *_span_of(ta, na), tb, *_span_of(tb, nb)):
                continue  # two people quoted saying different things ("manager of X" / "member of X")
            (x1, x2), (y1, y2) = _span_of(ta, na), _span_of(tb, nb)
            pa, pb = _is_place(ta, x1, x2), _is_place(tb, y1, y2)
            if pa != pb and not _institutions(na, nb) \
                    and (_org_like(nb if pa else na) or _person_like(*((tb, y1, y2) if pa else (ta, x1, x2)))):
                continue  # "In Washington, ..." / "U.S. State Department spokesman": different roles
            org = _institutions(na, nb) or _org_apposed(ta, x2) or _org_apposed(tb, y2)
            out.append(("place" if (pa or pb) and not org else "actor", na, nb))
    return out


def _may_months(tokens: Sequence[str], i: int, j: int) -> set[tuple[str, str]]:
    """("month", "may") when the changed span is a lone "May" that its neighbours make a month ("planned for [May] and
    December" / "[August] and December"): ``_date_key`` reads a token alone and leaves "May" out, since it is most
    often the verb. A wider span ("[in May]" / "[on 1 August, hours]") is left to the slot comparison."""
    return {("month", "may")} if j - i == 1 and tokens[i] == "May" and _month_at(tokens, i) else set()


def _value_at(tokens: Sequence[str], k: int) -> float | None:
    """The value of the number at tokens[k], a number in words with a scale read whole ("[Two hundred]" -> 200)."""
    scaled = scaled_number_words(tokens, k)
    return scaled[0] if scaled else _num(tokens[k])


def _given_as_often(tokens: Sequence[str], k: int, other: Sequence[str]) -> bool:
    """Whether the other sentence gives the number at tokens[k], with the same first unit and the same word before it,
    at least as often as this sentence does ("destroyed three bridges" once in each): the figure is stated by both,
    wherever the diff put it. "killed 12 people in the north and [3] people in the south" / "killed 3 people in the
    north" is no such restatement ("and 3" against "killed 3")."""
    value, unit = _num(tokens[k]), _first_unit(tokens, k + 1)
    before = tokens[k - 1].lower() if k else ""

    def count(toks: Sequence[str]) -> int:
        return sum(1 for m, t in enumerate(toks) if _num(t) == value and _first_unit(toks, m + 1) == unit
                   and (toks[m - 1].lower() if m else "") == before)
    return count(other) >= count(tokens)


def _stated_as_often(name: str, own: str, other: str, other_tokens: Sequence[str], own_tokens: Sequence[str]) -> bool:
    """Whether the other sentence states a name (or a distinctive word of it), and not fewer times than this one: a
    name replaced in one place but still given as written elsewhere in the sentence ("the Republicans in [Congress]
    ... and Congress said zero" / "the Republicans in [Reno] ... and Congress said zero") is replaced all the same. A
    word of the name that both sentences give as often elsewhere states nothing ("formed the [Science Teachers
    Association] for Excellence in Science Education" / "formed the [National Committee] for Excellence in Science
    Education": "Science" is in the name both give)."""
    if name.lower() not in other.lower() and not _name_in(name, _more_often(other_tokens, own_tokens, name)):
        return False
    pattern = re.compile(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])")
    n_other = len(pattern.findall(other))
    return not n_other or n_other >= len(pattern.findall(own))


# Prepositions that lead a phrase naming who or where something went to, came from or was done with ("to the [British
# High Commission]", "with the [Supreme Court]").
_LEADS = frozenset(["to", "from", "with", "by", "at", "for", "in", "into", "on", "against", "before", "of"])


def moved_names(ta: Sequence[str], tb: Sequence[str],
                ops: Sequence[tuple[str, int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    """The names of a phrase that one sentence gives at one place and the other, worded alike, at another, with another
    name in it: a phrase deleted from a and a phrase inserted into b that open with the same preposition (and "the")
    and go on with a capitalised name ("... on Aug. 8 [to the Immigration Department] as well as ..." / "... [to the
    British High Commission in Dar es Salaam] on Aug. 8 as well as ..."). Each pair is a "replace" of the two names
    (the name's capitalised words only, none of the phrase's place after it); a phrase moved with its name unchanged
    is the same on both sides and no op at all."""
    dels = [(i1, i2) for op, i1, i2, _j1, _j2 in ops if op in ("delete", "replace")]
    ins = [(j1, j2) for op, _i1, _i2, j1, j2 in ops if op in ("insert", "replace")]
    moved = {(i1, i2, j1, j2) for op, i1, i2, j1, j2 in ops if op == "replace"}
    out: list[tuple[str, int, int, int, int]] = []
    for i1, i2 in dels:
        for j1, j2 in ins:
            if (i1, i2, j1, j2) in moved:
                continue  # a replace in place: compared as it is
            na, nb = _led_name(ta, i1, i2), _led_name(tb, j1, j2)
            if na and nb and na[0] == nb[0]:
                out.append(("replace", na[1], na[2], nb[1], nb[2]))
    return out


def _led_name(tokens: Sequence[str], i: int, j: int) -> tuple[str, int, int] | None:
    """(lead words, start, end of the name) of a span that opens with a preposition, "the" or not, and a capitalised
    name ("to the British High Commission in Dar es Salaam" -> ("to the", 2, 5)); None otherwise."""
    if j - i < 2 or tokens[i].lower() not in _LEADS:
        return None
    k = i + 1
    if tokens[k].lower() == "the":
        k += 1
    start = k
    while k < j and tokens[k][:1].isupper() and tokens[k].lower() not in ("the",):
        k += 1
    if k == start:
        return None
    return " ".join(t.lower() for t in tokens[i:start]), start, k


def _more_often(tokens: Sequence[str], other: Sequence[str], name: str) -> list[str]:
    """The capitalised words of ``tokens`` (name words, as ``_name_in`` reads them) that it gives more often than
    ``other`` gives them outside ``name``."""
    def key(t: str) -> str:
        return t.lower().rstrip(".,")
    inside = Counter(key(w) for w in name.split())
    there = Counter(key(t) for t in other if t[:1].isupper())
    mine = Counter(key(t) for t in tokens if t[:1].isupper())
    return [t for t in tokens if t[:1].isupper() and mine[key(t)] > there[key(t)] - inside[key(t)]]
