"""Places in conflicts: whether a name is a place, place lists, and places used as modifiers of one noun."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from newsdesk.compare.claims import _LOCATIVE, Claim
from newsdesk.compare.conflicts.actors import _is_speaker, _present, _same_entity
from newsdesk.compare.conflicts.lexicon import _DEMONYM, _FACILITY, _FUNCTION_CAPS, _ORG_WORDS, _first_word
from newsdesk.compare.conflicts.names import _institutions, _is_place, _person_like
from newsdesk.compare.conflicts.slots import Slot, _list_groups, _typed_slots
from newsdesk.model import ConflictKind
from newsdesk.text import STOPWORDS


def _list_conflicts(a: Claim, b: Claim) -> list[tuple[ConflictKind, str, str]]:
    """Two enumerations of the same length that differ in exactly one item ("in Maine, New Hampshire, Oregon" /
    "in Pacific, New Hampshire, Oregon"): that item is the contradiction. Lists are otherwise not compared item by
    item (a list is no apposition, and lists of different lengths say different things)."""
    ta, tb = a.slots.tokens, b.slots.tokens
    out: list[tuple[ConflictKind, str, str]] = []
    for ga in _list_groups(ta):
        va = [" ".join(ta[i:j]).rstrip(".,").lower().replace("’", "'") for i, j in ga]
        for gb in _list_groups(tb):
            vb = [" ".join(tb[i:j]).rstrip(".,").lower().replace("’", "'") for i, j in gb]
            if len(va) != len(vb):
                continue
            only_a = [k for k, v in enumerate(va) if v not in vb]
            only_b = [k for k, v in enumerate(vb) if v not in va]
            if len(only_a) != 1 or len(only_b) != 1 or len(va) - 1 < 2:
                continue
            (i1, j1), (i2, j2) = ga[only_a[0]], gb[only_b[0]]
            place = _is_place(ta, *ga[0]) or _is_place(tb, *gb[0])
            if not place and (_institutions(va[only_a[0]], vb[only_b[0]]) or _person_like(ta, i1, j1)
                              or _person_like(tb, i2, j2)):
                out.append(("actor", " ".join(ta[i1:j1]).rstrip(".,"), " ".join(tb[i2:j2]).rstrip(".,")))
            elif place:
                out.append(("place", " ".join(ta[i1:j1]).rstrip(".,"), " ".join(tb[i2:j2]).rstrip(".,")))
    return out


def _prep(tokens: Sequence[str], i: int) -> str:
    """The preposition before a name ("in [X]", "at the [X]"), "" when there is none."""
    k = i - 1
    if k >= 0 and tokens[k].lower() in ("the", "a", "an"):
        k -= 1
    return tokens[k].lower() if k >= 0 and tokens[k].lower() in _LOCATIVE else ""


def _lone_place(slots: Sequence[Slot], tokens: Sequence[str], i: int, other_prep: str) -> bool:
    """Whether the place at tokens[i] is the only differing place of its sentence, or, of several, the only one after
    the preposition the other sentence's place has."""
    places = [x for t, x, y, _ in slots if t == "name" and _is_place(tokens, x, y)]
    if len(places) == 1:
        return True
    prep = _prep(tokens, i)
    return bool(prep) and prep == other_prep and sum(1 for x in places if _prep(tokens, x) == prep) == 1


def _modifier_spot(ta: Sequence[str], i1: int, i2: int, tb: Sequence[str]) -> tuple[int, int] | None:
    """A capitalised word of b used as a modifier ("four [Massachusetts] middle schools", "the [Russia]
    investigation,") before the same lower-case word and the same next token that follow a place of a ("pupils in
    [Montreal] middle schools", "in the [Benghazi] investigation,")."""
    after = [t.lower() for t in ta[i2:i2 + 2]]
    if len(after) < 2 or not (ta[i2].isalpha() and ta[i2].islower()) or after[0] in STOPWORDS \
            or after[1][:1].isupper() or after[1] in STOPWORDS:
        return None  # the noun described ("middle schools", "investigation ,"), then a word or a mark of its own
    first = _first_word(tb)
    for k in range(first + 1, len(tb) - 2):
        t = tb[k]
        if t[:1].isupper() and t.isalpha() and t.lower() not in _FUNCTION_CAPS and not tb[k - 1][:1].isupper() \
                and [x.lower() for x in tb[k + 1:k + 3]] == after and not _DEMONYM.search(t) and len(t) > 2:
            return k, k + 1
    return None


@lru_cache(maxsize=50_000)
def _described_places(ta: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Places of a sentence followed by a lower-case noun they may describe: place slots, and a name after "in the"
    used as a modifier ("in the [Benghazi] investigation")."""
    places = [(i, j) for typ, i, j, _ in _typed_slots(ta) if typ == "name" and _is_place(ta, i, j)
              and j < len(ta) and ta[j][:1].islower()]
    places += [(k, k + 1) for k in range(2, len(ta) - 1) if ta[k - 2].lower() in _LOCATIVE
               and ta[k - 1].lower() in ("the", "a", "an") and ta[k][:1].isupper() and ta[k].isalpha()
               and ta[k].lower() not in _FUNCTION_CAPS and ta[k + 1][:1].islower() and (k, k + 1) not in places]
    return tuple(places)


def _same_spot_names(a: Claim, b: Claim) -> list[tuple[ConflictKind, str, str]]:
    """A place of one sentence against a name the other uses as a modifier of the same words ("pupils in [Montreal]
    middle schools" / "four [Massachusetts] middle schools"): a modifier is no name slot of its own (see _modifier), so
    the slot comparison does not see it."""
    out: list[tuple[ConflictKind, str, str]] = []
    for first, second, flip in ((a, b, False), (b, a, True)):
        ta, tb = first.slots.tokens, second.slots.tokens
        for i, j in _described_places(ta):
            if _is_speaker(first, " ".join(ta[i:j])):
                continue
            spot = _modifier_spot(ta, i, j, tb)
            if spot is None:
                continue
            na, nb = " ".join(ta[i:j]).rstrip(".,"), tb[spot[0]]
            if _same_entity(na, nb) or _present(na.lower(), "name", {"^" + t.lower() for t in tb if t[:1].isupper()},
                                                 second.text.lower(), set(), tb):
                continue
            out.append(("place", nb, na) if flip else ("place", na, nb))
    return out


# Words any organization's name may hold, and heads of bodies with many seats (an embassy, a consulate, a circuit
# court, a branch): a name made only of them ("U.S. Embassy", "Police Department") names no one body.
_GENERIC_SEAT = _ORG_WORDS | _FACILITY | frozenset([
    "u.s", "us", "american", "national", "federal", "state", "city", "county", "regional", "international", "the",
    "embassy", "embassies", "consulate", "mission", "bureau", "branch", "circuit", "appeals", "district", "supreme",
    "high", "fire", "health", "general", "of", "for", "and", "on", "new"])
_SEAT_JOIN = frozenset(["of", "for", "and", "on", "&"])


def _seats(tokens: Sequence[str]) -> dict[str, tuple[int, int]]:
    """The places a sentence gives as where a named body is ("the Centers for Disease Control in [Atlanta]", "Square
    Books in [Oxford]"): body name (lower-cased) -> the place slot after "in"."""
    places = {i: (i, j) for typ, i, j, _ in _typed_slots(tuple(tokens)) if typ == "name" and _is_place(tokens, i, j)}
    out: dict[str, tuple[int, int]] = {}
    for k, t in enumerate(tokens):
        if t != "in" or not k:
            continue
        spot = places.get(k + 1) or (places.get(k + 2) if k + 2 < len(tokens) and tokens[k + 1] == "the" else None)
        start = k
        while start and (tokens[start - 1][:1].isupper() or tokens[start - 1].lower() in _SEAT_JOIN
                         and start > 1 and tokens[start - 2][:1].isupper()):
            start -= 1
        words = [w.lower().strip(".,") for w in tokens[start:k]]
        if spot is None or sum(1 for w in tokens[start:k] if w[:1].isupper()) < 2 or start == _first_word(tokens) \
                or not [w for w in words if w not in _GENERIC_SEAT]:
            continue
        out[" ".join(words)] = spot
    return out


def seat_conflicts(a: Claim, b: Claim) -> list[tuple[ConflictKind, str, str]]:
    """One named body placed in two places ("owner of Square Books in [Oxford]" / "owner of Square Books in [Mill
    Valley]", "the Centers for Disease Control in [Madison]" / "the Centers for Disease Control and Prevention in
    [Atlanta]"): a body with one seat has it in one place, whatever else the two sentences say. Bodies with many seats
    (embassies, courts, police departments) are left out."""
    ta, tb = a.slots.tokens, b.slots.tokens
    sa, sb = _seats(ta), _seats(tb)
    out: list[tuple[ConflictKind, str, str]] = []
    low_a, low_b = a.text.lower(), b.text.lower()
    # one body, named in full or by the start of its name ("the Centers for Disease Control" / "the Centers for Disease
    # Control and Prevention")
    pairs = [(x, y) for x in sa for y in sb if x == y or x.startswith(y + " ") or y.startswith(x + " ")]
    for x, y in pairs:
        (i1, i2), (j1, j2) = sa[x], sb[y]
        pa, pb = " ".join(ta[i1:i2]).rstrip(".,"), " ".join(tb[j1:j2]).rstrip(".,")
        if pa.lower() in low_b or pb.lower() in low_a or _same_entity(pa, pb):
            continue
        out.append(("place", pa, pb))
    return out
