"""Places a story names, read where a sentence uses one as a modifier (helper N24): "the [Santa Rosa] jazz scene" says
where, as "in [Oporto]" does, when the story names Santa Rosa as a place elsewhere."""

from __future__ import annotations

from builders import first_claim
from builders import story_conflicts as conflicts
from newsdesk.compare.conflicts.story_places import place_modifier, story_places

_A = ("Born Joana Mendes Castro, Mendes was a young pianist in Oporto when she formed a trio with fellow pianist Rui "
      "Baptista, who specialized in 19th-century waltzes.")
_B = ("Born Joana Mendes Castro, Mendes was a struggling pianist on the Santa Rosa jazz scene when she formed a trio with "
      "Rui Baptista after meeting the waltz player at a festival.")
_ELSEWHERE = "The trio later played for years in Santa Rosa, where the group opened a small club near the river."


def test_a_place_the_story_names_is_a_place_where_it_describes_a_noun() -> None:
    found = conflicts(_A, _B + " " + _ELSEWHERE)
    assert ("place", {"Oporto", "Santa Rosa"}) in found, found


def test_a_modifier_the_story_never_names_as_a_place_is_not_one() -> None:
    # without "in Santa Rosa" anywhere, "Santa Rosa" before "jazz scene" may be a name of anything (a label, a band)
    assert not [c for c in conflicts(_A, _B) if c[0] == "place"]


def test_story_places_are_where_a_preposition_or_a_dateline_says() -> None:
    claims = [first_claim("MARSEILLE (Reuters) - Two boats sank near Toulon Harbour on Monday, officials said."),
              first_claim("The crews were taken to hospital in Nice after the storm, said workers at Port Services.")]
    places = story_places(claims)
    assert {"marseille", "toulon harbour", "nice"} <= places, places
    assert "port services" not in places  # "at" takes bodies and firms as well as places


def test_who_a_place_describes_is_not_where() -> None:
    places = frozenset(["lisbon"])
    for text in ("A Lisbon woman was hurt when the roof fell.", "The Lisbon police said the roof fell.",
                 "A Lisbon company said the roof fell."):
        toks = first_claim(text).slots.tokens
        at = toks.index("Lisbon")
        assert not place_modifier(toks, at, at + 1, places), text
    toks = first_claim("A South Lisbon apartment building collapsed on Monday.").slots.tokens
    assert place_modifier(toks, 1, 3, places)  # a point of the compass qualifies a place the story names
