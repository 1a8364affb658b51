"""Who two differing names are in their sentences, where two people may both be right: holders of one title of two
bodies ("[Cobb County] Superior Court Judge X" / "[Washington, D.C.,] Superior Court Judge Y"), or makers of remarks
their sentences do not give ("X made the remarks in a speech at the session" / "The point was made today by Y")."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.compare.conflicts.actors import _demonym_of
from newsdesk.compare.conflicts.lexicon import _span_of

_TITLE_GLUE = frozenset([",", ".", "&", "of"])


def _title_run(tokens: Sequence[str], i: int) -> list[str]:
    """The capitalised words right before a name at tokens[i], commas and "of" passed over ("Washington, D.C., Superior
    Court Judge [Brook Hedge]" -> ["washington", "d.c.", "superior", "court", "judge"]), lower-cased, without a
    possessive's "'s"."""
    out: list[str] = []
    k = i - 1
    while k >= 0 and (tokens[k][:1].isupper() or tokens[k].lower() in _TITLE_GLUE and out):
        if tokens[k][:1].isupper():
            out.append(tokens[k].lower().removesuffix("'s").removesuffix("’s"))
        k -= 1
    return out[::-1]


def two_bodies(ta: Sequence[str], value_a: str, tb: Sequence[str], value_b: str) -> bool:
    """Whether two names hold one title of two bodies: their titles end in the same words and begin with words that
    share none ("Cobb County Superior Court Judge X" / "Washington, D.C., Superior Court Judge Y", "Senate Majority
    Leader X" / "House Majority Leader Y"): two posts, each with its holder. A country and its people's name are one
    body ("Britain's Home Secretary X" / "British Home Secretary Y")."""
    (i, j), (k, m) = _span_of(list(ta), value_a), _span_of(list(tb), value_b)
    if not j or not m:
        return False
    ra, rb = _title_run(ta, i), _title_run(tb, k)
    shared = 0
    while shared < min(len(ra), len(rb)) and ra[-1 - shared] == rb[-1 - shared]:
        shared += 1
    head_a, head_b = ra[:len(ra) - shared], rb[:len(rb) - shared]
    return shared >= 1 and bool(head_a) and bool(head_b) and not set(head_a) & set(head_b) \
        and not any(_demonym_of(x, y) or _demonym_of(y, x) for x in head_a for y in head_b)


# A statement named by a noun that stands for words told elsewhere ("made the remarks", "the point was made by").
_REMARKS = frozenset(["remarks", "remark", "comments", "comment", "point", "points", "statement", "speech", "address",
                      "announcement", "appeal", "pledge"])
_MADE = frozenset(["made", "delivered", "gave", "given", "issued"])
_ARTICLES = frozenset(["the", "a", "an", "his", "her", "their", "its", "these", "those", "this", "that", "same"])


def _makes_remarks(tokens: Sequence[str], i: int, j: int) -> bool:
    """Whether the name at tokens[i:j] makes a statement its sentence names without giving it: "[X], made the remarks",
    "[X] gave the speech", "The point was made today by [X]"."""
    k = j + 1 if j < len(tokens) and tokens[j] == "," else j
    if k < len(tokens) and tokens[k].lower() in _MADE:
        rest = [t.lower() for t in tokens[k + 1:k + 4]]
        while rest and rest[0] in _ARTICLES:
            rest = rest[1:]
        if rest and rest[0] in _REMARKS:
            return True
    if i >= 1 and tokens[i - 1].lower() == "by":  # "The point was made today by [X]"
        window = [t.lower() for t in tokens[max(0, i - 9):i - 1]]
        made = [n for n, t in enumerate(window) if t in _MADE and n >= len(window) - 4]
        return bool(made) and any(t in _REMARKS for t in window[max(0, made[-1] - 4):made[-1]])
    return False


def remarks_of_two(ta: Sequence[str], value_a: str, tb: Sequence[str], value_b: str) -> bool:
    """Whether two names each make remarks their sentences do not give ("X made the remarks in a speech at the
    session" / "The point was made today by Y"): what each said is told elsewhere in each article, so the two
    sentences do not say that one statement was made by two people."""
    (i, j), (k, m) = _span_of(list(ta), value_a), _span_of(list(tb), value_b)
    return bool(j and m) and _makes_remarks(ta, i, j) and _makes_remarks(tb, k, m)
