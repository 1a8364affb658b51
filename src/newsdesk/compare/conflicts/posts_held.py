"""One person given two top posts in two articles ("Foreign Ministry spokesman Lee Chan" / "Lee Chan, director of the
Harbor Police"): one article puts the wrong name on a post."""

from __future__ import annotations

import re

from newsdesk.compare.conflicts.pairing import is_country
from newsdesk.compare.conflicts.roles import (
    _DEPARTMENTS,
    _SPOKES,
    _TOOK_OFFICE,
    LEFT_OFFICE,
    Role,
    _caps_key,
    _one_body,
    _one_holder,
    _role_people,
)
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.text import stem

# A post held for a while or shared ("acting President", "interim chairman"): one person may hold it beside another.
_MINISTER = stem("minister")  # "Russian Foreign Minister": one holder in a government
_PASSING = re.compile(r"\b(?:acting|interim|caretaker|concurrently)\b", re.IGNORECASE)


def _top_post(role: Role) -> bool:
    """A post one person holds for one body, and no other post beside it: a body's head, its spokesman or a
    government's minister of a department, now (not a former post), no deputy's, of a body named in capitalised
    words."""
    head, mods, caps, former = role
    return bool(caps) and not former and not mods and (_one_holder(role) or head in _SPOKES
                                                       or head == _MINISTER and bool(caps & _DEPARTMENTS))


def _two_posts(ra: Role, rb: Role) -> bool:
    """Two posts no one holds at once: posts of two bodies each named clearly enough to tell apart ("director of the
    Harbor Police" / "Foreign Ministry spokesman", "Mongolian President" / "Russian Foreign Minister"), or the head of
    state and the head of government of one country ("Mongolian President" / "Mongolian Prime Minister"). Two words
    for the top of one body ("Police Commissioner" / "Police Chief", "leader" / "president") are one post."""
    if any(_PRIVATE_BODY.intersection(r[2]) for r in (ra, rb)):
        return False  # a firm's or an association's post beside another: "Acme Corp. chief executive" who chairs a
        # trade body, a prime minister who leads a party
    if _one_body(ra[2], set(rb[2])):
        return {ra[0], rb[0]} == _HEADS_OF_STATE and all(len(r[2]) == 1 and is_country(next(iter(r[2])))
                                                         for r in (ra, rb))
    return all(len(r[2]) >= 2 or is_country(next(iter(r[2]))) for r in (ra, rb))


_HEADS_OF_STATE = frozenset([stem("president"), stem("premier")])
# Words of a body whose post its holder may keep beside another (a company, a party, a trade or civic body).
_PRIVATE_BODY = frozenset(w for word in ("corp", "corporation", "inc", "co", "company", "party", "association",
                                         "roundtable", "council", "committee", "foundation", "union", "federation",
                                         "league", "club", "group", "institute", "society", "board", "chamber")
                          for w in (word, stem(word)))


def _post_as_written(tokens: tuple[str, ...], role: Role) -> str:
    """The words of a post in a sentence, around its head word ("Mongolian Prime Minister", "director of Macau's
    Judicial Police")."""
    heads = _POST_WORDS.get(role[0], {role[0]})

    def of_post(t: str) -> bool:
        return t[:1].isupper() and _caps_key(t) in role[2] or stem(t.lower().rstrip(".")) in heads

    at = next((n for n, t in enumerate(tokens) if stem(t.lower().rstrip(".")) in heads), None)
    if at is None:
        return role[0]
    i = j = at
    while i > 0 and of_post(tokens[i - 1]):
        i -= 1
    while True:
        k = j + 1
        while k < len(tokens) and tokens[k].lower() in ("of", "the", "for"):
            k += 1  # "director of the Harbor Police"
        if k >= len(tokens) or not of_post(tokens[k]):
            break
        j = k
    return " ".join(tokens[i:j + 1])


# A post's head as ``roles._post_head`` names it, and the words it is written with.
_POST_WORDS = {stem("premier"): {stem("premier"), stem("prime"), stem("minister")},
               stem("ceo"): {stem("ceo"), stem("chief"), stem("executive"), stem("officer")}}


def two_posts_conflicts(idx: ClaimIndex) -> list[tuple[int, int, str, str]]:
    """One person, by full name, given one top post in one article and another in another ("Dr. Lee Chan, director
    of the Harbor Police" / "Foreign Ministry spokesman Lee Chan"): only when the story gives that person those two
    posts alone, no article gives both (a career told in one article), no sentence tells of a holder taking office,
    and no sentence of the person calls a post acting or held beside another."""
    posts: dict[str, list[tuple[int, Role]]] = {}
    for k, c in enumerate(idx.claims):
        for name, role in _role_people(c):
            if len(name.split()) >= 2:
                posts.setdefault(name, []).append((k, role))
    out: list[tuple[int, int, str, str]] = []
    for name, given in posts.items():
        if not all(_top_post(role) for _k, role in given):
            continue  # a former or another sort of post of the person: a career, not one post
        kinds: list[Role] = []
        for _k, role in given:
            if not any(not _two_posts(role, r) for r in kinds):
                kinds.append(role)
        if len(kinds) != 2 or not _two_posts(*kinds):
            continue
        sides = [[k for k, role in given if not _two_posts(role, kind)] for kind in kinds]
        arts = [{idx.claims[k].article for k in side} for side in sides]
        if arts[0] & arts[1]:
            continue  # one article gives the person both posts
        texts = [idx.claims[k].text for k, _ in given]
        if any(_TOOK_OFFICE.search(t) or LEFT_OFFICE.search(t) or _PASSING.search(t) for t in texts):
            continue
        ka, kb = max(((x, y) for x in sides[0] for y in sides[1]), key=lambda p: float(idx.sim[p[0], p[1]]))
        out.append((ka, kb, _post_as_written(idx.claims[ka].slots.tokens, kinds[0]),
                    _post_as_written(idx.claims[kb].slots.tokens, kinds[1])))
    return out
