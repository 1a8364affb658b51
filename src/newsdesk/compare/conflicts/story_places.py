"""The places a whole story names, and names a sentence uses as a modifier of a noun that are among them ("the [San
Francisco] scene", "a [South Philadelphia] rowhome"): where the thing described is, though no preposition says so."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsdesk.compare.attribution import ANON_HEADS, TITLES
from newsdesk.compare.claims import Claim
from newsdesk.compare.conflicts.gazetteer import fold
from newsdesk.compare.conflicts.geography import known_place
from newsdesk.compare.conflicts.lexicon import _ORG_WORDS, _ROLE_CAPS
from newsdesk.compare.conflicts.names import _ORG_NOUNS, _PLACE_QUALIFIERS
from newsdesk.compare.conflicts.place_events import _AUTHORITIES
from newsdesk.compare.conflicts.places import _prep
from newsdesk.compare.conflicts.slots import _typed_slots
from newsdesk.text import STOPWORDS

# A dateline's place in capitals, before its agency, its state or its dash: "PHILADELPHIA (Reuters) -", "TOPEKA _",
# "NAIROBI, Kenya (AP)".
_DATELINE = re.compile(r"^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*)(?:,| \(| _| --| -| —)")
_POSSESSIVE = re.compile(r"['’]s$")


def _place_key(words: Sequence[str]) -> str:
    """A place's name as the story's places are looked up: folded, without a possessive ending."""
    return fold(_POSSESSIVE.sub("", " ".join(words)))


# Prepositions that say where and nothing else: "at" and "from" also take bodies and firms ("workers at [Visteon]",
# "a stance toward [the UAW]").
_WHERE = frozenset(["in", "near", "outside", "inside"])


def story_places(claims: Iterable[Claim]) -> frozenset[str]:
    """The names a story gives as places somewhere, folded: a name slot after a preposition that says where, in any of
    its sentences ("in [San Francisco]", "near [Khost]"; not a possessive, "in [GM's] plan"), and a dateline's place
    ("PHILADELPHIA (Reuters) -")."""
    out: set[str] = set()
    for c in claims:
        toks = tuple(c.slots.tokens)
        out.update(_place_key(toks[i:j]) for typ, i, j, _ in _typed_slots(toks)
                   if typ == "name" and _prep(toks, i) in _WHERE and not _POSSESSIVE.search(toks[j - 1]))
        m = _DATELINE.match(c.text)
        if m and len(m.group(1).replace(" ", "")) >= 4:
            out.add(fold(m.group(1)))
    return frozenset(out)


_ARTICLES = frozenset(["a", "an", "the"])
# Nouns for who a place's name describes: its people, authorities, bodies and teams ("a [San Francisco] woman", "the
# [U.S.] military", "a [Chicago] company", "the [Boston] band"), who come from a place or act for it; where they were
# is another question.
_WHO = ANON_HEADS | TITLES | _ROLE_CAPS | _ORG_WORDS | _ORG_NOUNS | _AUTHORITIES | frozenset([
    "man", "woman", "men", "women", "boy", "girl", "boys", "girls", "child", "children", "family", "families", "couple",
    "native", "natives", "teen", "teens", "teenager", "teenagers", "student", "students", "team", "club", "band",
    "lawyer", "attorney", "mother", "father", "son", "daughter", "fans", "voters", "troops", "forces", "embassy"])
_ADJECTIVES = 2  # lower-case words that may stand between the article and the name ("the budding [San Francisco]")


def place_modifier(tokens: Sequence[str], i: int, j: int, places: frozenset[str]) -> bool:
    """Whether the name at tokens[i:j] describes the lower-case noun after it, after an article ("the [San Francisco]
    scene", "a [South Philadelphia] rowhome", "the budding [San Francisco] rock scene"), the story names it (or the
    place a point of the compass qualifies: "South [Philadelphia]") as a place elsewhere, and the gazetteers know it as
    one (not "the [Jefferson Airplane] guitarist", though a story may say who played "in Jefferson Airplane"): where
    that thing is. Not a place's people, authorities or bodies ("a [San Francisco] woman", "the [U.S.] military"), who
    come from a place or act for it."""
    if not places or j >= len(tokens):
        return False
    noun = tokens[j]
    if not (noun.isalpha() and noun.islower()) or noun in STOPWORDS or len(noun) < 3 or noun in _WHO:
        return False
    k = i - 1
    while k >= 0 and i - k <= _ADJECTIVES and tokens[k].isalpha() and tokens[k].islower() \
            and tokens[k] not in _ARTICLES and tokens[k] not in STOPWORDS:
        k -= 1
    if k < 0 or tokens[k].lower() not in _ARTICLES:
        return False
    words = list(tokens[i:j])
    while len(words) > 1 and words[0].lower() in _PLACE_QUALIFIERS:
        words = words[1:]
    return any(_place_key(name) in places and known_place(" ".join(name)) for name in (tokens[i:j], words))
