"""Contradictions between articles: the same slot with different values, and a claim set against its denial.

Two tiers. (1) Aligned sentences (cosine >= ALIGNED) from different articles are compared slot by slot:
quantities with the same unit word, dates of the same type, places, actors, and negation; names and
negations must sit in the part of the sentence that differs (a token diff), so two paraphrases that
merely mention different people do not count. (2) A sentence that denies or dismisses ("denied the
claims", "dismissed the reports") is set against the best-matching affirmative claim (cosine >= DENIAL),
using the sentence before it when its object is only "the claims".
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence

import numpy as np

from newsdesk.compare.claims import Claim, Quantity, tokens
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.model import Conflict, ConflictKind, ConflictSide
from newsdesk.text import content_terms

ALIGNED = 0.35  # cosine at which two sentences report the same thing closely enough to compare slots
DENIAL = 0.22  # cosine between a denial (with its context) and the claim it denies
_NEG_TOKENS = frozenset(["not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot", "without", "n't"])
_VAGUE_OBJECT = re.compile(r"\b(?:the|these|those|such)\s+(?:claims?|reports?|allegations?|accusations?|charges?|"
                           r"stories|story|rumou?rs?)\b(?!\s+(?:that|of))", re.IGNORECASE)


def _same_unit(a: Quantity, b: Quantity) -> bool:
    return bool(a.unit and b.unit and (a.unit[0] == b.unit[0] or set(a.unit) & set(b.unit)))


def _compatible(a: Quantity, b: Quantity) -> bool:
    if a.vague and b.vague:
        return a.value == b.value
    if a.vague or b.vague:
        vague, exact = (a, b) if a.vague else (b, a)
        return vague.value <= exact.value < vague.value * 10
    return abs(a.value - b.value) <= 0.01 * max(abs(a.value), abs(b.value), 1.0)


def number_conflict(a: Claim, b: Claim) -> tuple[str, str] | None:
    """Two quantities of the same thing with incompatible values (neither sentence has the other's)."""
    for qa in a.quantities:
        for qb in b.quantities:
            if not _same_unit(qa, qb) or _compatible(qa, qb):
                continue
            if any(_compatible(qa, q) for q in b.quantities) or any(_compatible(qb, q) for q in a.quantities):
                continue
            return f"{qa.text} {' '.join(qa.unit[:1])}".strip(), f"{qb.text} {' '.join(qb.unit[:1])}".strip()
    return None


def date_conflict(a: Claim, b: Claim) -> tuple[str, str] | None:
    """Dates of the same type (weekday, day, month, year) that do not overlap."""
    for kind in ("day", "weekday", "month", "year"):
        da = {d for d in a.dates if d.startswith(kind + ":")}
        db = {d for d in b.dates if d.startswith(kind + ":")}
        if da and db and not da & db:
            return sorted(da)[0].split(":", 1)[1], sorted(db)[0].split(":", 1)[1]
    return None


def _diff_segments(a: Claim, b: Claim) -> tuple[list[tuple[str, str]], float]:
    """Text of the non-matching parts of two sentences, aligned by a token diff, and the diff's ratio."""
    ta, tb = tokens(a.text), tokens(b.text)
    sm = difflib.SequenceMatcher(a=[t.lower() for t in ta], b=[t.lower() for t in tb], autojunk=False)
    segs = [(" ".join(ta[i1:i2]), " ".join(tb[j1:j2])) for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal"]
    return segs, sm.ratio()


def _name_conflict(a_names: Sequence[str], b_names: Sequence[str], a: Claim, b: Claim,
                   segments: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    only_a = [n for n in a_names if n.lower() not in b.text.lower()]
    only_b = [n for n in b_names if n.lower() not in a.text.lower()]
    if not only_a or not only_b:
        return None
    for sa, sb in segments:
        hit_a = next((n for n in only_a if _overlaps(n, sa)), None)
        hit_b = next((n for n in only_b if _overlaps(n, sb)), None)
        if hit_a and hit_b and not _same_entity(hit_a, hit_b) and max(len(sa.split()), len(sb.split())) <= 6:
            return hit_a, hit_b
    return None


def _same_entity(a: str, b: str) -> bool:
    """Spelling variants of one name ("Shia" / "Shi'ite", "Jabhat al-Nusra" / "Nusra Front")."""
    ta = {t for t in re.split(r"[\W_]+", a.lower()) if len(t) > 2 and t not in ("the", "al")}
    tb = {t for t in re.split(r"[\W_]+", b.lower()) if len(t) > 2 and t not in ("the", "al")}
    return bool(ta & tb) or a[:3].lower() == b[:3].lower()


def _overlaps(name: str, segment: str) -> bool:
    return any(tok in segment.split() for tok in name.split() if tok[:1].isupper())


def negation_conflict(a: Claim, b: Claim, segments: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """One sentence negates or denies what the other asserts, in the part where they differ."""
    if a.negated == b.negated and a.denial == b.denial:
        return None
    for sa, sb in segments:
        na = _NEG_TOKENS & set(sa.lower().replace("n't", " n't").split()) or a.denial and _has_denial(sa)
        nb = _NEG_TOKENS & set(sb.lower().replace("n't", " n't").split()) or b.denial and _has_denial(sb)
        if bool(na) != bool(nb):
            return (f"denies ({sa})" if na else "asserts"), (f"denies ({sb})" if nb else "asserts")
    return None


def _has_denial(segment: str) -> bool:
    from newsdesk.compare.claims import _DENIAL

    return bool(_DENIAL.search(segment))


def pair_conflicts(a: Claim, b: Claim) -> list[tuple[ConflictKind, str, str]]:
    """Every slot on which two aligned claims disagree: (kind, value in a, value in b)."""
    out: list[tuple[ConflictKind, str, str]] = []
    hit = number_conflict(a, b)
    if hit:
        out.append(("number", *hit))
    hit = date_conflict(a, b)
    if hit:
        out.append(("date", *hit))
    segments, ratio = _diff_segments(a, b)
    if ratio < 0.5:
        return out  # names and negations are only compared in closely worded sentences
    hit = _name_conflict(a.places, b.places, a, b, segments)
    if hit:
        out.append(("place", *hit))
    hit = _name_conflict(a.actors, b.actors, a, b, segments) if ratio >= 0.6 else None
    if hit and not hit[0].lower() in (s.who.lower() for s in a.speakers) and hit[1].lower() not in (
            s.who.lower() for s in b.speakers):
        out.append(("actor", *hit))
    hit = negation_conflict(a, b, segments) if ratio >= 0.7 else None
    if hit:
        out.append(("denial", *hit))
    return out


_CLAUSE_END = re.compile(r",?\s+\b(?:while|whereas|but|although|calling|saying|adding|as)\b|;")
_SPEECH_STEMS = frozenset(content_terms("denied denies deny dismissed rejected claims claim reports report said says "
                                        "accusations allegations told calling"))


def _weighted_cosine(a: set[str], b: set[str], idf: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    shared = sum(idf.get(t, 1.0) ** 2 for t in a & b)
    na = sum(idf.get(t, 1.0) ** 2 for t in a) ** 0.5
    nb = sum(idf.get(t, 1.0) ** 2 for t in b) ** 0.5
    return shared / (na * nb)


def _denial_terms(c: Claim) -> set[str]:
    """Terms of the denying clause only ("X denied claims that Y", not the ", while Z said" after it)."""
    clause = _CLAUSE_END.split(c.text, maxsplit=1)[0]
    names = {t for sp in c.speakers for t in content_terms(f"{sp.who} {sp.role or ''}")}
    return set(content_terms(clause)) - _SPEECH_STEMS - names


def _denied_claims(idx: ClaimIndex) -> Iterable[tuple[int, int, float]]:
    """(claim, denial, score) for each denial sentence and the affirmative claim it best matches."""
    claims = idx.claims
    position = {(c.article, c.index): i for i, c in enumerate(claims)}
    term_sets = [set(c.terms) - _SPEECH_STEMS for c in claims]
    for d, c in enumerate(claims):
        if not c.denial or not c.speakers:
            continue
        query = _denial_terms(c)
        context: set[str] = set()
        if _VAGUE_OBJECT.search(c.text) and len(query) < 6:
            prev = position.get((c.article, c.index - 1))
            if prev is not None:
                context = term_sets[prev]
        best, best_score = -1, 0.0
        for j, other in enumerate(claims):
            if j == d or other.denial or other.negated or not other.speakers:
                continue
            if other.article == c.article and {s.who for s in other.speakers} == {s.who for s in c.speakers}:
                continue
            score = max(_weighted_cosine(query, term_sets[j], idx.idf),
                        0.8 * _weighted_cosine(context, term_sets[j], idx.idf) if context else 0.0)
            if score > best_score:
                best, best_score = j, score
        if best >= 0 and best_score >= DENIAL:
            yield best, d, best_score


def find_conflicts(idx: ClaimIndex, aligned: float = ALIGNED) -> list[Conflict]:
    """All conflicts in a story, merged by (kind, values), strongest alignment first."""
    found: dict[tuple[str, str, str], dict[str, object]] = {}
    order: list[tuple[float, tuple[str, str, str]]] = []
    pairs = np.argwhere(np.triu(idx.sim >= aligned, k=1))
    for i, j in pairs:
        a, b = idx.claims[i], idx.claims[j]
        for kind, va, vb in pair_conflicts(a, b):
            _add(found, order, kind, (a, va), (b, vb), float(idx.sim[i, j]))
    for c, d, score in _denied_claims(idx):
        claim, denial = idx.claims[c], idx.claims[d]
        who = ", ".join(s.who for s in denial.speakers[:1])
        _add(found, order, "denial", (claim, "claim"), (denial, f"denied by {who}" if who else "denial"), score)
    order.sort(key=lambda t: -t[0])
    out: list[Conflict] = []
    for _, key in order:
        sides = found[key]["sides"]  # type: ignore[index]
        out.append(Conflict(key[0], tuple(  # type: ignore[arg-type]
            ConflictSide(text, value, tuple(arts)) for value, (text, arts) in sides.items()), slot=key[0]))
    return out


def _add(found: dict, order: list, kind: str, side_a: tuple[Claim, str], side_b: tuple[Claim, str],
         score: float) -> None:
    (ca, va), (cb, vb) = side_a, side_b
    key = (kind, *sorted((va.lower(), vb.lower())))
    if kind == "denial":  # values alone ("claim" / "denial") do not identify a denial conflict
        key = (kind, *sorted((ca.text, cb.text)))
    if key not in found:
        found[key] = {"sides": {}}
        order.append((score, key))
    sides = found[key]["sides"]
    for claim, value in ((ca, va), (cb, vb)):
        text, arts = sides.setdefault(value, (claim.text, []))
        if claim.article not in arts:
            arts.append(claim.article)
