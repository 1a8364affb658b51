"""Places in conflicts: whether a name is a place, place lists, places used as modifiers of one noun, and where a
named one belongs (a body's seat, a structure's place, a person's organization, a post's place). One event, one
description or one phrase given two places: ``place_events``; which places may lie in others: ``geography``."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from newsdesk.compare.claims import _LOCATIVE, Claim
from newsdesk.compare.conflicts.actors import _is_speaker, _present, _same_entity
from newsdesk.compare.conflicts.geography import known_to_lie_in, town_against_area
from newsdesk.compare.conflicts.lexicon import (
    _DEMONYM,
    _FACILITY,
    _FUNCTION_CAPS,
    _ORG_WORDS,
    _first_word,
)
from newsdesk.compare.conflicts.names import (
    _PLACE_QUALIFIERS,
    _actor_sort,
    _institutions,
    _is_place,
    _person_like,
)
from newsdesk.compare.conflicts.slots import Slot, _list_groups, _typed_slots
from newsdesk.compare.consensus import ClaimIndex
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
    Books in [Oxford]", "the Home Education Institute, a nonprofit based in [Oregon]"): body name (lower-cased) -> the
    place slot after "in". Not "at" ("the University of California at [Davis]": one campus of many)."""
    slots = {i: (i, j) for typ, i, j, _ in _typed_slots(tuple(tokens)) if typ == "name"}
    places = {i: spot for i, spot in slots.items() if _is_place(tokens, *spot)}
    out: dict[str, tuple[int, int]] = {}
    for k, t in enumerate(tokens):
        if t != "in" or not k:
            continue
        spot = places.get(k + 1) or (places.get(k + 2) if k + 2 < len(tokens) and tokens[k + 1] == "the" else None)
        # a body's seat given in an apposition ("the Home Education Institute, a nonprofit based in [Oregon]")
        body_end = _apposed_body_end(tokens, k)
        # a named structure with its kind in lower case ("the Har Homa [settlement] in"): one place, like a body's seat,
        # however the other sentence words it ("in the disputed Arab East Jerusalem")
        structure = tokens[k - 1].lower() in _STRUCTURES and k > 1 and tokens[k - 2][:1].isupper()
        if structure and spot is None and k + 1 < len(tokens) and tokens[k + 1] == "the":
            spot = next((slots[x] for x in range(k + 2, min(len(tokens), k + 5)) if x in slots), None)
            if spot and not all(w.islower() and w.isalpha() for w in tokens[k + 2:spot[0]]):
                spot = None  # only adjectives between "the" and the name
        start = k - 1 if structure else body_end
        while start and (tokens[start - 1][:1].isupper() or tokens[start - 1].lower() in _SEAT_JOIN
                         and start > 1 and tokens[start - 2][:1].isupper()):
            start -= 1
        if start == _first_word(tokens) and tokens[start].lower() == "the" and body_end - start > 2:
            start += 1  # "The Centers for Disease Control in [Atlanta] has sent ...": the article opens the sentence
        words = [w.lower().strip(".,") for w in tokens[start:body_end]]
        caps = sum(1 for w in tokens[start:body_end] if w[:1].isupper())
        if spot is None or caps < (1 if structure else 2) or start == _first_word(tokens) \
                or not [w for w in words if w not in _GENERIC_SEAT]:
            continue
        out[" ".join(words)] = spot
    return out


_SEATED = frozenset(["based", "headquartered"])
_APPOSED_REACH = 10  # tokens from the comma of an apposition to the "in" of its seat


def _apposed_body_end(tokens: Sequence[str], k: int) -> int:
    """For the "in" at tokens[k] after "based" / "headquartered" in an apposition that describes a name ("the Home
    Education Institute[,] a nonprofit based in Oregon"), the index of that comma: where the body's name ends; k
    otherwise."""
    if k < 3 or tokens[k - 1].lower() not in _SEATED:
        return k
    for c in range(k - 2, max(0, k - _APPOSED_REACH) - 1, -1):
        if tokens[c] in (",", ";", "(", ")", "``", "''") or tokens[c].lower() in ("who", "which", "that"):
            return c if tokens[c] == "," and c + 1 < k and tokens[c + 1].lower() in ("a", "an") else k
    return k


# Structures that stand in one place, named by a capitalised name and their kind in lower case ("the Har Homa
# settlement", "the Chernobyl plant").
# Kinds of structure a name gives one place: not a company's or a faith's kinds ("the Ford plant in Louisville" / "the
# Ford plant in Chicago", "a Catholic church", "a U.S. base": many places, R18).
_STRUCTURES = frozenset(["settlement", "dam", "reactor", "prison", "jail", "stadium", "cathedral"])


_AFFILIATION_PREPS = frozenset(["at", "of", "for", "with"])
_APPOSITION_END = frozenset([".", ";", ":", "said", "says", "told", "who", "which", "that", "``", "''", "\"", "“", "”"])


_BODY_WORDS = _ORG_WORDS | frozenset(["college", "academy", "society", "institution", "laboratory", "museum", "bureau",
                                      "authority", "ltd", "llc", "co", "branch", "clinic"])


def _body_name(words: Sequence[str]) -> bool:
    """Whether a name is an organization's by a word of it ("Marlow [College]", "Network Associates [Inc]")."""
    return any(w.lower().strip(".,") in _BODY_WORDS for w in words)


def _affiliations(tokens: tuple[str, ...]) -> dict[str, list[tuple[str, int, int]]]:
    """The organizations a sentence names in the description of a person ("James Fox, a criminal justice professor at
    [Northeastern University] in Boston", "Kathy Fithen, manager of the [Computer Emergency Response Team] at
    [Carnegie Mellon University]"): person (lower-cased, two words or more) -> (preposition, start, end) of each."""
    slots = [(i, j) for typ, i, j, _ in _typed_slots(tokens) if typ == "name"]
    out: dict[str, list[tuple[str, int, int]]] = {}
    for i, j in slots:
        if j - i < 2 or j >= len(tokens) or tokens[j] != "," or _actor_sort(tokens, i, j) != "person":
            continue
        end = next((k for k in range(j + 1, min(len(tokens), j + 25)) if tokens[k].lower() in _APPOSITION_END),
                   min(len(tokens), j + 25))
        orgs = []
        for x, y in slots:
            if not j < x < end:
                continue
            k = x - 1 if tokens[x - 1].lower() != "the" else x - 2
            if k > j and tokens[k].lower() in _AFFILIATION_PREPS and _body_name(tokens[x:y]):
                orgs.append((tokens[k].lower(), x, y))
        if orgs:
            out[" ".join(tokens[i:j]).lower()] = orgs
    return out


def affiliation_conflicts(a: Claim, b: Claim) -> list[tuple[ConflictKind, str, str]]:
    """One person described as of two organizations ("James Fox, a professor at [Northeastern University]" / "James
    Fox, dean of the College of Criminal Justice at [Boston University]"): after the same preposition, the one
    organization of each side that the other sentence does not name."""
    ta, tb = a.slots.tokens, b.slots.tokens
    fa, fb = _affiliations(tuple(ta)), _affiliations(tuple(tb))
    out: list[tuple[ConflictKind, str, str]] = []
    caps_a = {"^" + t.lower().rstrip(".,") for t in ta if t[:1].isupper()}
    caps_b = {"^" + t.lower().rstrip(".,") for t in tb if t[:1].isupper()}
    for person in fa.keys() & fb.keys():
        only_a = [(p, " ".join(ta[x:y]).rstrip(".,")) for p, x, y in fa[person]]
        only_b = [(p, " ".join(tb[x:y]).rstrip(".,")) for p, x, y in fb[person]]
        only_a = [(p, n) for p, n in only_a if not _present(n.lower(), "name", caps_b, b.text.lower(), set(), tb)]
        only_b = [(p, n) for p, n in only_b if not _present(n.lower(), "name", caps_a, a.text.lower(), set(), ta)]
        for prep in {p for p, _ in only_a} & {p for p, _ in only_b}:
            xa, xb = [n for p, n in only_a if p == prep], [n for p, n in only_b if p == prep]
            if len(xa) == 1 == len(xb) and not _same_entity(xa[0], xb[0]):
                out.append(("actor", xa[0], xb[0]))
    return out


def _abbreviates(short: str, name: str) -> bool:
    """Whether a word abbreviates a name: its letters in order in the name, from its first ("Ore." / "Oregon", "Fla." /
    "Florida", "Mass." / "Massachusetts")."""
    short, name = short.lower().rstrip("."), name.lower()
    if len(short) < 2 or not name.startswith(short[0]):
        return False
    k = 0
    for ch in name:
        if k < len(short) and ch == short[k]:
            k += 1
    return k == len(short)


def _region_is(tokens: Sequence[str], j: int, other: str) -> bool:
    """Whether the place ending at tokens[j] is written with its region after a comma ("Salem, [Ore.]", "Salem,
    [Oregon]") and that region is the other place, in full or abbreviated."""
    if j + 1 >= len(tokens) or tokens[j] != "," or not tokens[j + 1][:1].isupper():
        return False
    region = tokens[j + 1]
    return region.lower().rstrip(".") == other.lower() or " " not in other and _abbreviates(region, other)


def _affiliate_seat(tokens: Sequence[str], y: int) -> tuple[int, int] | None:
    """The place named right after an organization that ends at tokens[y], by "in" or "at" ("a neuroscientist at the
    University of California at [San Diego]", "... in [Indiana]"): the seat of that person's workplace; None if none."""
    if y + 1 >= len(tokens) or tokens[y].lower() not in ("in", "at"):
        return None
    spot = next(((i, j) for typ, i, j, _ in _typed_slots(tuple(tokens)) if typ == "name" and i == y + 1), None)
    return spot if spot and _is_place(tokens, *spot) else None


def affiliate_seat_conflicts(a: Claim, b: Claim) -> list[tuple[ConflictKind, str, str]]:
    """One person described as at one organization placed in two places ("Dr. Ann Cole, a chemist at the State
    University in [Albany]" / "Dr. Ann Cole, a professor at the State University at [Buffalo]"): the seat of one
    person's workplace. A body of many seats (a university of many campuses) is one place for one person."""
    ta, tb = a.slots.tokens, b.slots.tokens
    fa, fb = _affiliations(tuple(ta)), _affiliations(tuple(tb))
    out: list[tuple[ConflictKind, str, str]] = []
    for person in fa.keys() & fb.keys():
        seats_a = {" ".join(ta[x:y]).lower(): _affiliate_seat(ta, y) for _, x, y in fa[person]}
        seats_b = {" ".join(tb[x:y]).lower(): _affiliate_seat(tb, y) for _, x, y in fb[person]}
        for org in seats_a.keys() & seats_b.keys():
            sa, sb = seats_a[org], seats_b[org]
            if sa is None or sb is None:
                continue
            pa, pb = " ".join(ta[sa[0]:sa[1]]).rstrip(".,"), " ".join(tb[sb[0]:sb[1]]).rstrip(".,")
            if pa.lower() in b.text.lower() or pb.lower() in a.text.lower() or _same_entity(pa, pb) \
                    or _region_is(ta, sa[1], pb) or _region_is(tb, sb[1], pa) or known_to_lie_in(pa, pb):
                continue
            out.append(("place", pa, pb))
    return out


def seat_conflicts(a: Claim, b: Claim) -> list[tuple[ConflictKind, str, str]]:
    """One named body placed in two places ("owner of Square Books in [Oxford]" / "owner of Square Books in [Mill
    Valley]", "the Centers for Disease Control in [Madison]" / "the Centers for Disease Control and Prevention in
    [Atlanta]"): a body with one seat has it in one place, whatever else the two sentences say. Bodies with many seats
    (embassies, courts, police departments) are left out. With them, one person described as of two organizations
    (affiliation_conflicts): where a named one belongs."""
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
        if _region_is(ta, i2, pb) or _region_is(tb, j2, pa):
            continue  # "the Institute in Salem, [Ore.]" / "based in [Oregon]": the town and its state
        out.append(("place", pa, pb))
    return out + affiliation_conflicts(a, b) + affiliate_seat_conflicts(a, b)


def _post_places(tokens: tuple[str, ...]) -> dict[str, tuple[frozenset[str], int, int]]:
    """The place a person's post is given in ("Kenneth Piernick, head of FBI investigators in [Tanzania]"): person
    (lower-cased, two words or more) -> (the post's words, start, end of the place)."""
    slots = [(i, j) for typ, i, j, _ in _typed_slots(tokens) if typ == "name"]
    places = {i: (i, j) for i, j in slots if _is_place(tokens, i, j)}
    out: dict[str, tuple[frozenset[str], int, int]] = {}
    for i, j in slots:
        if j - i < 2 or j >= len(tokens) or tokens[j] != "," or _actor_sort(tokens, i, j) != "person":
            continue
        post: set[str] = set()
        for k in range(j + 1, min(len(tokens), j + 12)):
            low = tokens[k].lower()
            if low in _APPOSITION_END or low == ",":
                break
            if low == "in" and k + 1 in places:
                x, y = places[k + 1]
                if post:
                    out[" ".join(tokens[i:j]).lower()] = (frozenset(post), x, y)
                break
            if low.isalpha() and low not in STOPWORDS:
                post.add(low)
    return out


def home_conflicts(idx: ClaimIndex) -> list[tuple[int, int, ConflictKind, str, str]]:
    """One named body, or one person's post, given two homes by two articles, anywhere in a story ("the Centers for
    Disease Control in [Atlanta]", in four articles / "the Centers for Disease Control in [Madison]", "Kenneth Piernick,
    head of FBI investigators in [Tanzania]" / "... in [Sudan]"): a body with one seat, and one post, are in one place
    however differently the two sentences are worded. A body's seat must be given by two articles or more (a body
    named in two places once each may have two seats: "the Scripps Institution in [San Diego]" / "in [La Jolla]"); a
    town is not set against a state or country (it may lie in it), nor any place against a region named by a point of
    the compass ("North Caucasus"), nor a place of a list ("in the United States and Canada").
    (index a, index b, kind, value in a, value in b)."""
    homes: dict[str, dict[str, list[int]]] = {}
    posts: dict[str, list[tuple[int, frozenset[str], str]]] = {}
    for n, c in enumerate(idx.claims):
        toks = tuple(c.slots.tokens)
        if "in" not in toks:
            continue
        for body, (x, y) in _seats(toks).items():
            if not _listed(toks, y):
                homes.setdefault(body, {}).setdefault(" ".join(toks[x:y]).rstrip(".,"), []).append(n)
        for person, (post, x, y) in _post_places(toks).items():
            if not _listed(toks, y):
                posts.setdefault(person, []).append((n, post, " ".join(toks[x:y]).rstrip(".,")))
    out: list[tuple[int, int, ConflictKind, str, str]] = []
    bodies = sorted(homes)
    for k, x in enumerate(bodies):
        for y in bodies[k:]:
            if not (x == y or x.startswith(y + " ") or y.startswith(x + " ")):
                continue
            for pa, ns in homes[x].items():
                for pb, ms in homes[y].items():
                    arts_a = {idx.claims[n].article for n in ns}
                    arts_b = {idx.claims[m].article for m in ms}
                    if pa.lower() == pb.lower() or max(len(arts_a), len(arts_b)) < 2:
                        continue
                    out += _two_homes(idx, ns[0], pa, ms[0], pb)
    for entries in posts.values():
        for n, post_a, pa in entries:
            for m, post_b, pb in entries:
                if n < m and post_a == post_b:
                    out += _two_homes(idx, n, pa, m, pb)
    return out


def _listed(tokens: Sequence[str], j: int) -> bool:
    """Whether the place ending at tokens[j] is followed by another ("in the United States and Canada")."""
    return j + 1 < len(tokens) and tokens[j].lower() in ("and", "or", "&") and tokens[j + 1][:1].isupper()


def _two_homes(idx: ClaimIndex, n: int, pa: str, m: int, pb: str) -> list[tuple[int, int, ConflictKind, str, str]]:
    a, b = idx.claims[n], idx.claims[m]
    if a.article == b.article or pa.lower() in b.text.lower() or pb.lower() in a.text.lower() or _same_entity(pa, pb) \
            or town_against_area(pa, pb) or pa.split()[0].lower() in _PLACE_QUALIFIERS \
            or pb.split()[0].lower() in _PLACE_QUALIFIERS:
        return []
    return [(n, m, "place", pa, pb)]
