"""Contradictions between articles: the same slot with different values, and a claim set against its denial.

Pairs: each sentence with its single best match in each other article, when that match is also among its TOP
best overall and the TF-IDF cosine reaches PAIR; slot conflicts need aligned_threshold() (0.3 for a story of a
few articles, rising to 0.4 for ten or more, where topic words make chance matches close).
1. Same wording (token-diff ratio >= CLOSE): a replaced span that is a number on both sides, a date of the same
   type, or a name (place after "in/near/at", else actor), or a negation present on one side only.
2. Paraphrases: a slot of a (number, date by type, name) whose value b lacks, paired with a slot of the same
   type that a lacks, in the same context: shared content words within three tokens or the same word right
   before / after (for numbers: the same unit noun or the same head word; ranges, approximations, updates and
   different units are not conflicts). A negation needs cosine >= PARA_NEG and the negated word in b.
3. A sentence that denies or dismisses ("denied claims that...") is set against the affirmative claim of
   another speaker that best covers the object of the denial (a closer match is needed when the two share no
   name or number).
Plus, across independent reports (articles crediting different outlets), the places and targets each report
attaches to the same operation ("offensive near Aleppo" vs "operations in the Idlib and Hama countryside").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence

import numpy as np

from newsdesk.compare.claims import (
    _DENIAL,
    _LOCATIVE,
    _NUMBER_WORDS,
    _PLACE_NOUNS,
    _VAGUE,
    MONTHS,
    WEEKDAYS,
    Claim,
    Quantity,
    Slots,
    name_spans,
)
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.model import Conflict, ConflictKind, ConflictSide
from newsdesk.text import STOPWORDS, content_terms, stem

PAIR = 0.3  # cosine at which two sentences are diffed at all (negations in the same wording)
ALIGNED = 0.4  # cosine at which two sentences may report the same thing, in a large story (>= CROWD articles)
ALIGNED_FEW = 0.3  # the same for a story of two to FEW articles (linear in between): with many articles on one
FEW, CROWD = 5, 10  # topic, some sentence of another article is close by chance, so more overlap is required
CLOSE = 0.5  # token-diff ratio above which the wording is the same apart from the changed slot
NAME_COS = 0.35  # cosine for a differing name or date between paraphrases
PARA_NEG = 0.5
DENIAL_UNANCHORED = 0.3  # penalty when a denial and a claim share no name or number
DENIAL = 0.45  # share of the denial's object terms (idf-weighted) the denied claim must carry
TOP = 5  # each sentence is compared with its best match per other article, if among its TOP best overall
MAX_SPAN = 5  # a changed slot spans at most this many tokens on each side

_NEG_TOKENS = frozenset(["not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot", "without"])
_QUALIFIER = re.compile(r"\b(?:at least|more than|over|nearly|almost|about|around|some|approximately|roughly|up to|"
                        r"fewer than|less than|as many as|estimated|about|an estimated|close to|upwards of)\s*$",
                        re.IGNORECASE)
_UPDATE = re.compile(r"\b(?:rais(?:ed|ing)|ris(?:en|ing)|rose|climb(?:ed|ing)?|increas(?:ed|ing)|revis(?:ed|ing)|"
                     r"updat(?:ed|ing)|jump(?:ed)?|grew|up from|down from|brought the|bringing the)\b",
                     re.IGNORECASE)
_VAGUE_OBJECT = re.compile(r"\b(?:the|these|those|such)\s+(?:claims?|reports?|allegations?|accusations?|charges?|"
                           r"stories|story|rumou?rs?)\b(?!\s+(?:that|of))", re.IGNORECASE)
_DATE_WORDS = frozenset(WEEKDAYS + MONTHS)
_FUNCTION_CAPS = frozenset(["the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at",
                            "mr", "mrs", "ms", "dr", "his", "her", "their", "this", "that"])


def _is_neg(tok: str) -> bool:
    low = tok.lower()
    return low in _NEG_TOKENS or low.endswith(("n't", "n’t"))


def _num(tok: str) -> float | None:
    low = tok.lower()
    if tok[:1].isdigit():
        t = tok.replace(",", "").rstrip("%")
        try:
            return float(t)
        except ValueError:
            return None
    if low in _VAGUE:
        return _VAGUE[low]
    if low in _NUMBER_WORDS and low not in ("one", "hundred", "thousand", "million", "billion"):
        return _NUMBER_WORDS[low]
    return None


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _is_year(tok: str) -> bool:
    return len(tok) == 4 and tok[:1] in "12" and bool(_YEAR.fullmatch(tok))


def _date_key(tok: str) -> str | None:
    low = tok.lower().rstrip(".")
    if low in WEEKDAYS:
        return "weekday"
    if low in MONTHS and tok[:1].isupper() and low != "may":
        return "month"
    if _is_year(tok):
        return "year"
    return None


def signature(s: Slots) -> frozenset[str]:
    """The tokens a contradiction can hit: numbers, date words, non-initial capitalised words, negations."""
    out = set()
    for k, t in enumerate(s.tokens):
        low = t.lower()
        if t[:1].isdigit() or low in _VAGUE or low in _NUMBER_WORDS or low in _DATE_WORDS or _is_neg(t) \
                or (k and t[:1].isupper()):
            out.add(low)
    return frozenset(out)


def _compatible(a: float, b: float, approx: bool) -> bool:
    tol = 0.25 if approx else 0.01
    return abs(a - b) <= tol * max(abs(a), abs(b), 1.0)


def _vague_ok(ta: str, va: float, tb: str, vb: float) -> bool:
    """"hundreds" is compatible with 300, not with "thousands" or 3,000."""
    a_vague, b_vague = ta.lower() in _VAGUE, tb.lower() in _VAGUE
    if a_vague and b_vague:
        return va == vb
    if a_vague or b_vague:
        vague, exact = (va, vb) if a_vague else (vb, va)
        return vague <= exact < vague * 10
    return False


def _qualified(tokens: Sequence[str], start: int) -> bool:
    return bool(_QUALIFIER.search(" ".join(tokens[max(0, start - 3):start])))


def _first_word(tokens: Sequence[str]) -> int:
    """Index of the first word of a sentence (after opening quotes, dashes, brackets)."""
    return next((k for k, t in enumerate(tokens) if t[:1].isalnum()), 0)


def _proper_terms(c: Claim) -> set[str]:
    """Lower-cased capitalised words (not sentence-initial) and numbers of a claim, speakers excluded."""
    toks = c.slots.tokens
    first = _first_word(toks)
    skip = _speaker_names(c)
    return {t.lower() for k, t in enumerate(toks) if k != first and (t[:1].isupper() or t[:1].isdigit())
            and t.lower() not in skip and t.lower() not in _FUNCTION_CAPS and len(t) > 1}


def _names_in(tokens: Sequence[str], start: int, end: int) -> list[str]:
    """Capitalised name spans inside tokens[start:end] (sentence-initial function words excluded)."""
    out = []
    for i, j in name_spans(tokens):
        if j <= start or i >= end:
            continue
        span = " ".join(tokens[i:j])
        if i == _first_word(tokens) and (tokens[i].lower() in _FUNCTION_CAPS or j - i == 1):
            continue
        if any(t.lower().rstrip(".") in _DATE_WORDS for t in tokens[i:j]):
            continue
        out.append(span)
    return out


def _same_entity(a: str, b: str) -> bool:
    """Spelling variants of one name ("Shia" / "Shi'ite", "Jabhat al-Nusra" / "Nusra Front")."""
    ta = {t for t in re.split(r"[\W_]+", a.lower()) if len(t) > 2 and t not in ("the", "al")}
    tb = {t for t in re.split(r"[\W_]+", b.lower()) if len(t) > 2 and t not in ("the", "al")}
    return bool(ta & tb) or a[:3].lower() == b[:3].lower() or a.lower() in b.lower() or b.lower() in a.lower()


def _is_place(tokens: Sequence[str], i: int, j: int) -> bool:
    prev = tokens[i - 1].lower() if i else ""
    prev2 = tokens[i - 2].lower() if i > 1 else ""
    nxt = tokens[j].lower() if j < len(tokens) else ""
    return prev in _LOCATIVE or (prev == "the" and prev2 in _LOCATIVE) or nxt in _PLACE_NOUNS or prev == "of" and \
        prev2 in ("city", "town", "province", "village", "region")


def _span_of(tokens: Sequence[str], name: str) -> tuple[int, int]:
    parts = name.split()
    for i in range(len(tokens) - len(parts) + 1):
        if list(tokens[i:i + len(parts)]) == parts:
            return i, i + len(parts)
    return 0, 0


def _speaker_names(c: Claim) -> set[str]:
    return {w.lower() for s in c.speakers for w in s.who.split()}


def _local_conflicts(a: Claim, b: Claim, ops: Sequence[tuple[str, int, int, int, int]]) -> list[tuple[ConflictKind, str, str]]:
    """Conflicts in spans where two otherwise identical sentences differ."""
    ta, tb = a.slots.tokens, b.slots.tokens
    low_a, low_b = {t.lower() for t in ta}, {t.lower() for t in tb}
    out: list[tuple[ConflictKind, str, str]] = []
    for op, i1, i2, j1, j2 in ops:
        seg_a, seg_b = ta[i1:i2], tb[j1:j2]
        neg_a, neg_b = any(map(_is_neg, seg_a)), any(map(_is_neg, seg_b))
        if neg_a != neg_b and max(len(seg_a), len(seg_b)) <= 3:
            neg_tok = next(t for t in (seg_a if neg_a else seg_b) if _is_neg(t))
            if not (neg_tok.lower() in (low_b if neg_a else low_a)):
                ctx_a = " ".join(ta[max(0, i1 - 2):i2 + 2])
                ctx_b = " ".join(tb[max(0, j1 - 2):j2 + 2])
                out.append(("denial", f"…{ctx_a}…" if neg_a else "asserts", f"…{ctx_b}…" if neg_b else "asserts"))
                continue
        if op != "replace" or len(seg_a) > MAX_SPAN or len(seg_b) > MAX_SPAN:
            continue
        nums_a = [(k, v) for k in range(i1, i2) if (v := _num(ta[k])) is not None and not _is_year(ta[k])]
        nums_b = [(k, v) for k in range(j1, j2) if (v := _num(tb[k])) is not None and not _is_year(tb[k])]
        if nums_a and nums_b:
            (ka, va), (kb, vb) = nums_a[0], nums_b[0]
            approx = _qualified(ta, ka) or _qualified(tb, kb)
            if not _compatible(va, vb, approx) and not _vague_ok(ta[ka], va, tb[kb], vb) \
                    and not (_UPDATE.search(a.text) or _UPDATE.search(b.text)):
                nxt_a = ta[i2] if i2 < len(ta) else ""
                nxt_b = tb[j2] if j2 < len(tb) else ""
                unit = nxt_a if nxt_a[:1].isalpha() and nxt_a.lower() == nxt_b.lower() else ""
                out.append(("number", f"{' '.join(seg_a)} {unit}".strip(), f"{' '.join(seg_b)} {unit}".strip()))
            continue
        dates_a = {(_date_key(t), t.lower()) for t in seg_a if _date_key(t)}
        dates_b = {(_date_key(t), t.lower()) for t in seg_b if _date_key(t)}
        types = {k for k, _ in dates_a} & {k for k, _ in dates_b}
        if types:
            va = {v for k, v in dates_a if k in types}
            vb = {v for k, v in dates_b if k in types}
            if not va & vb and not va & low_b and not vb & low_a:
                out.append(("date", " ".join(seg_a), " ".join(seg_b)))
            continue
        names_a = _names_in(ta, i1, i2)
        names_b = _names_in(tb, j1, j2)
        if names_a and names_b:
            na, nb = names_a[0], names_b[0]
            if _same_entity(na, nb) or na.lower() in b.text.lower() or nb.lower() in a.text.lower():
                continue
            place = _is_place(ta, *_span_of(ta, na)) or _is_place(tb, *_span_of(tb, nb))
            out.append(("place" if place else "actor", na, nb))
    return out


def _unit(q: Quantity) -> str | None:
    return q.unit[0] if q.unit else None


def _anchors(tokens: Sequence[str], i: int, j: int) -> set[str]:
    """Content words within three tokens of a slot: the context that says what the slot is about."""
    out = set()
    for k in list(range(max(0, i - 3), i)) + list(range(j, min(len(tokens), j + 3))):
        t = tokens[k].lower()
        if t.isalpha() and len(t) > 2 and t not in STOPWORDS and not _num(t) and t not in _DATE_WORDS:
            out.add(stem(t))
    return out


def _slot_tokens(tokens: Sequence[str]) -> list[tuple[str, int, int, str]]:
    """(type, start, end, value) for numbers, dates (by type) and names in a sentence."""
    out = []
    for k, t in enumerate(tokens):
        dk = _date_key(t)
        if dk:
            out.append(("date:" + dk, k, k + 1, t.lower().rstrip(".")))
        elif (v := _num(t)) is not None and not (k and tokens[k - 1].lower().rstrip(".") in MONTHS):
            out.append(("number", k, k + 1, str(v)))
    return out


_NEG_IDIOM = frozenset(["only", "immediately", "clear", "longer", "one", "yet", "known", "sure", "least", "just",
                        "comment", "respond", "available", "return", "doubt"])


def _para_negation(a: Claim, b: Claim) -> tuple[ConflictKind, str, str] | None:
    ta = a.slots.tokens
    low_b = {t.lower() for t in b.slots.tokens}
    if any(_is_neg(t) for t in b.slots.tokens):
        return None
    for k, t in enumerate(ta):
        if not _is_neg(t):
            continue
        nxt = [w.lower() for w in ta[k + 1:k + 4] if w.isalpha() and w.lower() not in ("be", "been", "have", "a", "the", "to")]
        if not nxt or nxt[0] in _NEG_IDIOM or len(nxt[0]) < 4:
            return None
        if nxt[0] in low_b:
            return "denial", "…" + " ".join(ta[max(0, k - 2):k + 3]) + "…", "asserts"
    return None


_WINDOW = 3
_DEMONYM = re.compile(r"(?:ian|ese|ish|ean|i|an|ic)$")
_SCALE_WORDS = frozenset(["hundred", "thousand", "million", "billion", "trillion", "percent", "%", "per", "cent", "of"])
_RANGE = frozenset(["to", "and", "-", "–", "or"])


def _in_range(tokens: Sequence[str], i: int, j: int) -> bool:
    """A number that is one end of a range or list ("300 to 500 million", "between 5 and 15", "13 and 11")."""
    k = j
    while k < len(tokens) and tokens[k].lower() in _SCALE_WORDS - {"of", "per"}:
        k += 1
    after = k < len(tokens) - 1 and tokens[k].lower() in _RANGE and _num(tokens[k + 1]) is not None
    before = i > 1 and tokens[i - 1].lower() in _RANGE and _num(tokens[i - 2]) is not None
    before = before or i > 2 and tokens[i - 1].lower() in _RANGE and tokens[i - 2].lower() in _SCALE_WORDS \
        and _num(tokens[i - 3]) is not None
    return after or before


def _number_role(tokens: Sequence[str], i: int, j: int) -> tuple[str, str]:
    """(unit noun after the number, content word before it): what the number counts."""
    unit = ""
    for t in tokens[j:j + 3]:
        low = t.lower()
        if not low[:1].isalpha():
            if low == "%":
                unit = "percent"
                break
            break
        if low in _SCALE_WORDS or low in STOPWORDS:
            if low == "percent":
                unit = "percent"
                break
            continue
        unit = stem(low)
        break
    head = ""
    for t in reversed(tokens[max(0, i - 4):i]):
        low = t.lower()
        if low.isalpha() and low not in STOPWORDS and len(low) > 2 and not _QUALIFIER.search(low):
            head = stem(low)
            break
    return unit, head


def _typed_slots(tokens: Sequence[str]) -> list[tuple[str, int, int, str]]:
    """(type, start, end, value) of every slot a contradiction can hit: number, date:<type>, name."""
    out = _slot_tokens(tokens)
    for i, j in name_spans(tokens):
        if any(t.lower().rstrip(".") in _DATE_WORDS for t in tokens[i:j]):
            continue
        if i == _first_word(tokens) and (j - i == 1 or tokens[i].lower() in _FUNCTION_CAPS):
            continue  # a capitalised first word is no evidence of a name
        if i and tokens[i - 1] in ("``", "\"", "“", "(", "_", "--", "—", ":") and j - i == 1:
            continue
        nxt = tokens[j] if j < len(tokens) else ""
        if j - i == 1 and _DEMONYM.search(tokens[i]) and nxt[:1].islower() and nxt.lower() not in STOPWORDS:
            continue  # "Jamaican sprinter": an adjective, not a name
        if nxt in (",", "and") and i and tokens[i - 1] in (",", "and") :
            continue  # an item inside a list of names
        out.append(("name", i, j, " ".join(tokens[i:j]).rstrip(".,").lower()))
    return out


def _near(tokens: Sequence[str], i: int, j: int) -> set[str]:
    """Context of a slot: content stems within _WINDOW tokens, plus the words right before and after it."""
    out = _anchors(tokens, i, j)
    if i:
        out.add("<" + tokens[i - 1].lower())
    if j < len(tokens) and tokens[j][:1].isalpha():
        out.add(">" + tokens[j].lower())
    return out - {"<the", "<and", "<,", ">and", "<of", ">of", "<a", "<(", ">,"}


def _date_ctx(tokens: Sequence[str], i: int, j: int) -> set[str]:
    """The other parts of a date around a date word ("October 31", "March 1996"): strong context for it."""
    return {"#" + t.rstrip(".,") for t in tokens[max(0, i - 2):i] + tokens[j:j + 2] if t[:1].isdigit()}


def _present(value: str, typ: str, low_tokens: set[str], low_text: str) -> bool:
    if typ == "name":  # the whole name (variants of one name are told apart by _same_entity when paired)
        return value in low_text
    return value in low_tokens or value.rstrip(".0") in low_tokens


def _aligned_slot_conflicts(a: Claim, b: Claim, cos: float) -> list[tuple[ConflictKind, str, str]]:
    """Slots of one type whose values differ between two aligned sentences, in the same context.

    A slot of a that b lacks is paired with a slot of the same type that a lacks; the pair counts when they
    share context (a content word near both, or the same word right before / after) and the sentences are
    about the same thing (cosine). Names must be foreign to the other sentence entirely (no shared part).
    """
    ta, tb = a.slots.tokens, b.slots.tokens
    low_ta, low_tb = {t.lower().rstrip(".,") for t in ta}, {t.lower().rstrip(".,") for t in tb}
    low_a, low_b = a.text.lower(), b.text.lower()
    sa = [s for s in _typed_slots(ta) if not _present(s[3], s[0], low_tb, low_b)]
    if not sa:
        return []
    sb = [s for s in _typed_slots(tb) if not _present(s[3], s[0], low_ta, low_a)]
    if not sb:
        return []
    updating = bool(_UPDATE.search(a.text) or _UPDATE.search(b.text))
    out: list[tuple[ConflictKind, str, str]] = []
    used_b: set[int] = set()
    for typ, i1, i2, va in sa:
        if typ == "number" and updating:
            continue
        ctx_a = _near(ta, i1, i2) | (_date_ctx(ta, i1, i2) if typ.startswith("date") else set())
        best, best_score = None, 0.0
        for k, (typ_b, j1, j2, vb) in enumerate(sb):
            if typ_b != typ or k in used_b:
                continue
            ctx_b = _near(tb, j1, j2) | (_date_ctx(tb, j1, j2) if typ.startswith("date") else set())
            shared = ctx_a & ctx_b
            strong = {w for w in shared if w[0] not in "<>"}
            score = len(strong) + 0.5 * len(shared - strong) + 2 * cos
            need = 1 if cos >= 0.5 else 2
            if len(strong) + 0.5 * len(shared - strong) < need:
                continue
            if typ == "number":
                fa, fb = float(va), float(vb)
                approx = _qualified(ta, i1) or _qualified(tb, j1)
                if _compatible(fa, fb, approx) or _vague_ok(ta[i1], fa, tb[j1], fb):
                    continue
                if _in_range(ta, i1, i2) or _in_range(tb, j1, j2):
                    continue
                (unit_a, head_a), (unit_b, head_b) = _number_role(ta, i1, i2), _number_role(tb, j1, j2)
                same_unit = bool(unit_a) and unit_a == unit_b
                same_head = bool(head_a) and head_a == head_b
                if unit_a and unit_b and unit_a != unit_b:
                    continue  # "55 per 100,000" / "13 percent": different quantities
                if not (same_unit and unit_a != "percent" or same_head or same_unit and cos >= 0.5):
                    continue
            elif cos < NAME_COS:
                continue
            if typ == "name":
                na, nb = " ".join(ta[i1:i2]).rstrip(".,"), " ".join(tb[j1:j2]).rstrip(".,")
                if _same_entity(na, nb):
                    continue
            if score > best_score:
                best, best_score = k, score
        if best is None:
            continue
        used_b.add(best)
        typ_b, j1, j2, vb = sb[best]
        if typ == "number":
            unit = ta[i2] if i2 < len(ta) and ta[i2][:1].isalpha() else ""
            unit_b = tb[j2] if j2 < len(tb) and tb[j2][:1].isalpha() else ""
            out.append(("number", f"{' '.join(ta[i1:i2])} {unit}".strip(), f"{' '.join(tb[j1:j2])} {unit_b}".strip()))
        elif typ.startswith("date"):
            out.append(("date", " ".join(ta[i1:i2]), " ".join(tb[j1:j2])))
        else:
            na, nb = " ".join(ta[i1:i2]).rstrip(".,"), " ".join(tb[j1:j2]).rstrip(".,")
            place = _is_place(ta, i1, i2) or _is_place(tb, j1, j2)
            out.append(("place" if place else "actor", na, nb))
    return out


def _flip(hit: tuple[ConflictKind, str, str] | None) -> tuple[ConflictKind, str, str] | None:
    return (hit[0], hit[2], hit[1]) if hit else None


def aligned_threshold(n_articles: int) -> float:
    """Cosine two sentences need to be compared slot by slot, given how many articles the story has."""
    share = min(1.0, max(0.0, (n_articles - FEW) / (CROWD - FEW)))
    return ALIGNED_FEW + share * (ALIGNED - ALIGNED_FEW)


def pair_conflicts(a: Claim, b: Claim, cos: float = 1.0, aligned: float = ALIGNED) -> list[tuple[ConflictKind, str, str]]:
    """Every slot on which two aligned claims disagree: (kind, value in a, value in b)."""
    if a.text == b.text or signature(a.slots) == signature(b.slots):
        return []
    ta = [t.lower() for t in a.slots.tokens]
    tb = [t.lower() for t in b.slots.tokens]
    out: list[tuple[ConflictKind, str, str]] = []
    sm = difflib.SequenceMatcher(a=ta, b=tb, autojunk=False)
    close = sm.real_quick_ratio() >= CLOSE and sm.quick_ratio() >= CLOSE and sm.ratio() >= CLOSE
    if close:
        out = _local_conflicts(a, b, [op for op in sm.get_opcodes() if op[0] != "equal"])
    if cos < aligned:  # loosely aligned: only a negation inserted into the same wording
        return [hit for hit in out if hit[0] == "denial"]
    seen = {(k, va.split()[0].lower() if va.split() else va) for k, va, _ in out}
    for hit in _aligned_slot_conflicts(a, b, cos):
        if (hit[0], hit[1].split()[0].lower() if hit[1].split() else hit[1]) not in seen:
            out.append(hit)
    if not close and cos >= PARA_NEG:
        hit = _para_negation(a, b) or _flip(_para_negation(b, a))
        if hit:
            out.append(hit)
    return out


_SPEECH_STEMS = frozenset(content_terms("denied denies deny dismissed rejected refuted claims claim reports report said "
                                        "says accusations allegations told calling saying insisted"))
_CLAUSE_END = re.compile(r",?\s+\b(?:while|whereas|but|although|calling|saying|adding|as|however)\b|;")
# A small news lexicon so that a denial's wording reaches the claim's ("a buildup of forces" / "troops arrived").
_SYNONYMS = {t: "TROOP" for t in content_terms("troops forces soldiers fighters")} | {
    t: "DEPLOY" for t in content_terms("buildup build-up arrived arriving arrival deployed deployment massing gathering "
                                       "crossed crossing entered")} | {
    t: "STRIKE" for t in content_terms("strikes airstrikes raids bombing bombed warplanes planes air")} | {
    t: "KILL" for t in content_terms("killed killing killings deaths dead")}


def _norm(terms: Iterable[str]) -> set[str]:
    return {_SYNONYMS.get(t, t) for t in terms}


def _denial_terms(c: Claim) -> set[str]:
    """Terms of the denying clause only ("X denied claims that Y", not the ", while Z said" after it)."""
    m = _DENIAL.search(c.text)
    clause = c.text[m.start():] if m else c.text
    clause = _CLAUSE_END.split(clause, maxsplit=1)[0]
    names = {t for sp in c.speakers for t in content_terms(f"{sp.who} {sp.role or ''}")}
    return _norm(set(content_terms(clause)) - _SPEECH_STEMS - names)


def _coverage(query: set[str], terms: set[str], idf: dict[str, float]) -> float:
    if not query:
        return 0.0
    total = sum(idf.get(t, 2.0) ** 2 for t in query)
    return sum(idf.get(t, 2.0) ** 2 for t in query & terms) / total


def _denied_claims(idx: ClaimIndex) -> Iterable[tuple[int, int, float]]:
    """(claim, denial, score) for each denial sentence and the affirmative claim its object best matches."""
    claims = idx.claims
    position = {(c.article, c.index): i for i, c in enumerate(claims)}
    term_sets: list[set[str]] | None = None
    for d, c in enumerate(claims):
        if not c.denial or not c.speakers or not _DENIAL_VERB.search(c.text):
            continue
        if term_sets is None:
            term_sets = [_norm(set(x.terms) - _SPEECH_STEMS - {t for sp in x.speakers for t in content_terms(sp.who)})
                         for x in claims]
        query = _denial_terms(c)
        if _VAGUE_OBJECT.search(c.text) and len(query) < 3:
            prev = position.get((c.article, c.index - 1))
            if prev is not None:
                query |= term_sets[prev]
        if len(query) < 2:
            continue
        who = {s.who for s in c.speakers}
        best, best_score = -1, 0.0
        for j, other in enumerate(claims):
            if j == d or other.denial or other.negated or who & {s.who for s in other.speakers}:
                continue
            if len(query & term_sets[j]) < 2:
                continue
            score = _coverage(query, term_sets[j], idx.idf) + 0.1 * float(idx.full[d, j])
            if not _proper_terms(c) & _proper_terms(other):
                score -= DENIAL_UNANCHORED  # nothing specific (name, number) in common: needs a closer match
            if score > best_score:
                best, best_score = j, score
        if best >= 0 and best_score >= DENIAL:
            yield best, d, best_score


_DENIAL_VERB = re.compile(r"\b(?:den(?:y|ied|ies|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:e|ed|es|ing))\b",
                          re.IGNORECASE)
_EVENT = frozenset(content_terms("offensive operation operations attack assault battle campaign push advance"))
_TARGET = re.compile(r"\bagainst\s+(?:the\s+)?(?:so[- ]called\s+)?(?P<t>(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})|"
                     r"(?:\w+\s+)?(?:rebels?|militants?|insurgents?|jihadists?|extremists?|opposition)(?:\s+groups?)?)")
_SUPPORT = frozenset(content_terms("supporting support fighting fight offensive"))


def _report_frames(idx: ClaimIndex) -> dict[str, dict[str, list[tuple[str, Claim]]]]:
    """Per independent report (credited outlet), the places and targets attached to an operation."""
    frames: dict[str, dict[str, list[tuple[str, Claim]]]] = {}
    for c in idx.claims:
        relay = c.credit or idx.articles[c.article].relay
        if not relay or not (_EVENT | _SUPPORT) & set(c.terms):
            continue
        report = frames.setdefault(relay, {"place": [], "actor": []})
        toks = c.slots.tokens
        for p in c.places:
            i, j = _span_of(toks, p)
            near_event = any(stem(t.lower()) in _EVENT for t in toks[max(0, i - 8):i])
            facility = i > 1 and toks[i - 2].lower() in ("centre", "center", "headquarters", "base", "room", "office")
            k = i - 1 if i and toks[i - 1].lower() != "the" else i - 2
            if k >= 0 and toks[k].lower() in ("in", "near", "around", "outside") and near_event and not facility \
                    and _EVENT & set(c.terms):
                if j + 1 < len(toks) and toks[j] == "and" and toks[j + 1][:1].isupper():
                    j += 2  # "the Idlib and Hama countryside"
                if j < len(toks) and toks[j].lower() in _PLACE_NOUNS:
                    j += 1
                report["place"].append((" ".join(toks[i:j]), c))
        for i, t in enumerate(toks[:-1]):  # "an imminent Aleppo offensive"
            if t[:1].isupper() and i and stem(toks[i + 1].lower()) in _EVENT and t in c.places + c.actors:
                report["place"].append((t, c))
        for m in _TARGET.finditer(c.text):
            report["actor"].append((m.group("t").strip(), c))
    return frames


def report_conflicts(idx: ClaimIndex) -> list[tuple[ConflictKind, tuple[Claim, str], tuple[Claim, str]]]:
    """Places / targets of the operation that two independent reports give differently."""
    frames = _report_frames(idx)
    if len(frames) < 2:
        return []
    out: list[tuple[ConflictKind, tuple[Claim, str], tuple[Claim, str]]] = []
    reports = sorted(frames)
    for x in range(len(reports)):
        for y in range(x + 1, len(reports)):
            fa, fb = frames[reports[x]], frames[reports[y]]
            arts_a = {c.article for k in fa.values() for _, c in k}
            arts_b = {c.article for k in fb.values() for _, c in k}
            if arts_a & arts_b:
                continue
            for kind in ("place", "actor"):
                va, vb = fa[kind], fb[kind]
                if not va or not vb:
                    continue
                if any(_same_entity(p, q) for p, _ in va for q, _ in vb):
                    continue
                (_, ca), (_, cb) = va[0], vb[0]
                value_a = " / ".join(dict.fromkeys(p for p, _ in va[:3])) + f" (per {reports[x]})"
                value_b = " / ".join(dict.fromkeys(q for q, _ in vb[:3])) + f" (per {reports[y]})"
                out.append((kind, (ca, value_a), (cb, value_b)))  # type: ignore[arg-type]
    return out


def candidate_pairs(idx: ClaimIndex, aligned: float = ALIGNED, top: int = TOP) -> np.ndarray:
    """Pairs worth diffing: each claim with its single best match in each other article, when that match is
    also among its `top` best overall and the cosine reaches `aligned` (symmetric boolean matrix)."""
    sim = idx.sim
    n = sim.shape[0]
    owner = np.array([c.article for c in idx.claims])
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    block = np.cumsum(np.r_[False, owner[1:] != owner[:-1]])
    block_max = np.maximum.reduceat(sim, starts, axis=1)[:, block]
    k = min(top, n)
    kth = -np.partition(-sim, k - 1, axis=1)[:, k - 1] if k else np.zeros(n)
    mask = (sim >= block_max) & (sim >= kth[:, None]) & (sim >= aligned)
    return mask | mask.T


def find_conflicts(idx: ClaimIndex, aligned: float = PAIR) -> list[Conflict]:
    """All conflicts in a story, merged by (kind, values), strongest first."""
    found: dict[tuple[str, str, str], dict[str, object]] = {}
    order: list[tuple[float, tuple[str, str, str]]] = []
    if len(idx.claims):
        min_cos = aligned_threshold(len({c.article for c in idx.claims}))
        mask = candidate_pairs(idx, aligned)
        pairs = np.argwhere(np.triu(mask, k=1))
        seen: set[tuple[str, str]] = set()
        sigs: dict[str, frozenset[str]] = {}
        for i, j in pairs:
            a, b = idx.claims[i], idx.claims[j]
            key = (a.text, b.text)
            if key in seen or a.text == b.text:
                continue
            seen.add(key)
            sa = sigs.get(a.text) or sigs.setdefault(a.text, signature(a.slots))
            sb = sigs.get(b.text) or sigs.setdefault(b.text, signature(b.slots))
            if sa == sb:
                continue
            cos = float(idx.sim[i, j])
            for kind, va, vb in pair_conflicts(a, b, cos, min_cos):
                _add(found, order, kind, (a, va), (b, vb), 1.0 + cos)
    for c, d, score in _denied_claims(idx):
        claim, denial = idx.claims[c], idx.claims[d]
        who = ", ".join(s.who for s in denial.speakers[:1])
        _add(found, order, "denial", (claim, "claim"), (denial, f"denied by {who}" if who else "denial"), 2.0 + score)
    for kind, side_a, side_b in report_conflicts(idx):
        _add(found, order, kind, side_a, side_b, 1.5)
    order.sort(key=lambda t: -t[0])
    out: list[Conflict] = []
    for _, key in order:
        sides = found[key]["sides"]  # type: ignore[index]
        out.append(Conflict(key[0], tuple(  # type: ignore[arg-type]
            ConflictSide(text, value, tuple(arts)) for value, text, arts in sides.values()), slot=key[0]))
    return out


def _add(found: dict, order: list, kind: str, side_a: tuple[Claim, str], side_b: tuple[Claim, str],
         score: float) -> None:
    (ca, va), (cb, vb) = side_a, side_b
    if va.lower() == vb.lower():
        va, vb = f"{va} ({ca.article[:6]})", f"{vb} ({cb.article[:6]})"
    key = (kind, *sorted((va.lower(), vb.lower())))
    if kind == "denial":  # values alone ("claim" / "denial") do not identify a denial conflict
        key = (kind, *sorted((ca.text, cb.text)))
    if key not in found:
        found[key] = {"sides": {}}
        order.append((score, key))
    sides = found[key]["sides"]
    for claim, value in ((ca, va), (cb, vb)):
        # "Four people" and "four people" are one side: sides are keyed case-insensitively.
        _value, _text, arts = sides.setdefault(value.lower(), (value, claim.text, []))
        if claim.article not in arts:
            arts.append(claim.article)
