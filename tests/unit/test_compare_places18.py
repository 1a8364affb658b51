"""Place recall (stop 18): a sentence closing on an ellipsis is a claim; one event given two places; one description
with a figure given to two places; a named structure placed twice; one phrase completed by two places; a large city
known to lie outside a country or state is set against it. Each rule beside a case it must leave alone. Every fixture
is invented."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts.geography import town_against_area
from newsdesk.compare.conflicts.place_events import event_place_conflicts, phrase_place_conflicts
from newsdesk.compare.conflicts.places import seat_conflicts
from newsdesk.model import Article

# Articles on other matters, so that a story is crowded (six articles or more: pairs must be each other's best match).
_FILLER = [
    "The city council approved a new budget for the public library on Tuesday evening. Members praised the staff.",
    "A local bakery won a regional prize for its rye bread this week. The owner thanked her customers warmly.",
    "Heavy rain closed two mountain roads overnight, the highway agency said. Crews cleared the debris by noon.",
    "The football club signed a young goalkeeper from a rival team on Friday. Fans greeted the news with cheers.",
    "A museum reopened its sculpture garden after a long renovation this spring. Visitors queued for hours.",
]


def article(key: str, text: str) -> Article:
    return Article(id=key, source=f"{key}.txt", text=text)


def claim(key: str, text: str):
    return article_claims(article(key, text)).claims[0]


def places_in(conflicts) -> list[set[str]]:
    return [{s.value for s in c.sides} for c in conflicts if c.kind == "place"]


def crowded(*texts: str) -> list[Article]:
    """The given articles plus fillers: a story of six articles or more."""
    return [article(f"s{n}", t) for n, t in enumerate(texts)] + [article(f"f{n}", t) for n, t in enumerate(_FILLER)]


# ---- a sentence closing on an ellipsis ----------------------------------------------------------------------------


def test_a_sentence_ending_in_an_ellipsis_is_a_claim():
    text = "I first understood the problem one sweltering night in Marrakesh a few years ago…"
    assert [c.text for c in article_claims(article("a", text)).claims] == [text]


def test_a_sentence_cut_short_in_mid_phrase_is_no_claim():
    for text in ("Any hope of an upset was dashed when the presenter read out the…",
                 "She plans to use another federal program to pay for her..."):
        assert not article_claims(article("a", text)).claims
    text = "We all remember how well that plan worked out..."  # a particle may end a sentence
    assert [c.text for c in article_claims(article("a", text)).claims] == [text]


def test_a_place_changed_in_a_sentence_ending_in_an_ellipsis_is_found():
    a = article("a", "I first understood the problem one sweltering night in Marrakesh a few years ago…")
    b = article("b", "I first understood the problem one sweltering night in Lisbon a few years ago.")
    assert {"Marrakesh", "Lisbon"} in places_in(compare([a, b]).conflicts)


def test_an_office_and_its_holder_are_no_actor_conflict():
    a = article("a", "The defense team asked on Thursday to issue a trial subpoena to the President of the Republic "
                     "of Veyra.")
    b = article("b", "The defense team filed a motion on Thursday to subpoena President Kora to testify at the trial.")
    assert not [c for c in compare([a, b]).conflicts if c.kind == "actor"]


def test_a_holder_against_another_holder_of_the_office_stays_a_conflict():
    a = article("a", "The defense team asked on Thursday to issue a trial subpoena to President Anselm of Veyra.")
    b = article("b", "The defense team filed a motion on Thursday to subpoena President Kora to testify at the trial.")
    assert [c for c in compare([a, b]).conflicts if c.kind == "actor"]


# ---- one event, two places -----------------------------------------------------------------------------------------


def test_one_event_with_its_figure_given_two_places():
    a = claim("a", "The airliner crashed outside Dunmore shortly after takeoff, killing all 87 people on board.")
    b = claim("b", "Investigators said the jet went down near Kilbride after takeoff, and all 87 people on board "
                   "were killed.")
    assert event_place_conflicts(a, b) == [("place", "Dunmore", "Kilbride")]


def test_one_event_given_two_places_in_a_crowded_story():
    comp = compare(crowded(
        "Seven people died last year in Corvale when the fever first surfaced in the region, sickening dozens.",
        "Last year, seven people in the Tarnby region died and 55 fell seriously ill from the fever.",
        "The fever has since spread to the coast, health officials said on Monday."))
    assert {"Corvale", "Tarnby"} in places_in(comp.conflicts)


def test_one_event_is_not_set_against_a_town_that_may_lie_in_its_state():
    a = claim("a", "The storm killed four people in Texas on Sunday, officials said.")
    b = claim("b", "Officials said the storm killed four people in Brenham on Sunday.")
    assert event_place_conflicts(a, b) == []


def test_a_figure_far_from_the_place_ties_no_event_to_it():
    a = claim("a", "Blasts that killed 300 people in three cities have hardened the resolve to strike the rebels in "
                   "Varnia.")
    b = claim("b", "The two men are accused of plotting the blasts that killed 300 people in Ostrava.")
    assert event_place_conflicts(a, b) == []


def test_a_home_base_is_no_event_place():
    a = claim("a", "Two submarines were in Kesem to watch the naval exercise, officials said.")
    b = claim("b", "The other vessel, one of two submarines watching the naval exercise, is based in Dunmore.")
    assert event_place_conflicts(a, b) == []


def test_a_sea_is_not_set_against_a_town():
    a = claim("a", "Two submarines were in the Korin Sea to watch the naval exercise, officials said.")
    b = claim("b", "Officials said two submarines were in Dunmore to watch the naval exercise.")
    assert event_place_conflicts(a, b) == []


# ---- one description, two places -----------------------------------------------------------------------------------


def test_one_description_with_a_figure_given_to_two_places():
    comp = compare([
        article("a", "The request raised questions about whether Marlow, a town of about 4,000, will become the "
                     "newest battleground over evolution."),
        article("b", "At the urging of parents, the school board in Fenwick, a town of about 4,000, heard a "
                     "presentation from a local biologist."),
    ])
    assert {"Marlow", "Fenwick"} in places_in(comp.conflicts)


def test_two_towns_of_different_sizes_are_two_towns():
    comp = compare([
        article("a", "The request raised questions about whether Marlow, a town of about 4,000, will become the "
                     "newest battleground over evolution."),
        article("b", "At the urging of parents, the school board in Fenwick, a town of about 9,000, heard a "
                     "presentation from a local biologist."),
    ])
    assert not places_in(comp.conflicts)


# ---- a named structure placed twice --------------------------------------------------------------------------------


def test_a_named_structure_placed_in_two_places():
    a = claim("a", "Talks have been stalled since building began on the Givat Orna settlement in Kesem in early "
                   "1997.")
    b = claim("b", "The talks stalled in March 1997 when work started on the Givat Orna settlement in the disputed "
                   "East Tamra.")
    assert seat_conflicts(a, b) == [("place", "Kesem", "East Tamra")]


def test_an_unnamed_structure_has_no_seat():
    a = claim("a", "Talks have been stalled since building began on a new settlement in Kesem in early 1997.")
    b = claim("b", "The talks stalled in March 1997 when work started on a new settlement in the disputed East "
                   "Tamra.")
    assert seat_conflicts(a, b) == []


# ---- one phrase, two places ----------------------------------------------------------------------------------------


def test_one_phrase_completed_by_two_places():
    a = claim("a", "The minister ordered that all unsolved murder cases in Leeds be reopened.")
    b = claim("b", "He also ordered an inquiry into all unsolved murders in Bristol and tighter rules for police.")
    assert phrase_place_conflicts(a, b) == [("place", "Leeds", "Bristol")]


def test_one_phrase_completed_by_two_places_in_a_crowded_story():
    comp = compare(crowded(
        "The minister ordered that all unsolved murder cases in Leeds be reopened.",
        "He also ordered an inquiry into all unsolved murders in Bristol and tighter rules for police.",
        "The inquiry will report to parliament within a year, the ministry said."))
    assert {"Leeds", "Bristol"} in places_in(comp.conflicts)


def test_a_region_holds_the_country_that_completes_the_same_phrase():
    a = claim("a", "Officials suspect him in last month's embassy bombings in Africa.")
    b = claim("b", "He is suspected in the embassy bombings in Kenya, officials said.")
    assert phrase_place_conflicts(a, b) == []


def test_a_place_of_a_list_is_not_compared_alone():
    a = claim("a", "He is suspected in the embassy bombings in Kenya and Tanzania last month.")
    b = claim("b", "He is suspected in the embassy bombings in Uganda last month.")
    assert phrase_place_conflicts(a, b) == []


# ---- a town against a country or state ------------------------------------------------------------------------------


def test_a_known_city_outside_a_country_or_state_is_set_against_it():
    assert not town_against_area("Paris", "Germany")
    assert not town_against_area("Texas", "London")


def test_a_town_that_may_lie_in_the_area_is_not():
    assert town_against_area("Paris", "France")
    assert town_against_area("Houston", "Texas")  # not a city CLDR names: it may lie in Texas
    assert town_against_area("Chicago", "Illinois")  # a U.S. city may lie in any state
    assert town_against_area("Kenya", "Africa")  # a world region holds its countries


def test_one_pair_of_places_is_one_conflict() -> None:
    # R18: the event and phrase rules gave "Ohio" / "Mexico" again as a place beside the actor conflict
    from newsdesk.compare.conflicts.pairing import pair_conflicts

    a = claim("a", "The company said it would cut 500 jobs at its plant in Ohio, the union said.")
    b = claim("b", "The union said the company would cut 500 jobs at its plant in Mexico.")
    hits = pair_conflicts(a, b, 1.0, 0.4)
    assert len({(x, y) for _, x, y in hits}) == len(hits) == 1, hits
    a = claim("a", "The virus has killed 12 people in Nigeria since January, health officials said.")
    b = claim("b", "Health officials said 12 people have died of the virus in Ghana since January.")
    hits = pair_conflicts(a, b, 1.0, 0.4)
    assert len({(x, y) for _, x, y in hits}) == len(hits), hits


def test_a_company_plant_has_many_places() -> None:
    # R18: "the Ford plant in Louisville" / "the Ford plant in Chicago" are two plants
    a = claim("a", "Workers at the Harbour Motors plant in Lanmore walked out on Monday over pay.")
    b = claim("b", "Managers at the Harbour Motors plant in Kilbride said production had not been affected.")
    assert seat_conflicts(a, b) == []


def test_a_city_name_other_places_share_tells_no_country() -> None:
    # R18: CLDR's "San Juan" is Argentina's (a province's zone), and Santiago is also Spain's
    assert town_against_area("San Juan", "Puerto Rico")
    assert town_against_area("Santiago", "Spain")
    assert not town_against_area("Paris", "Germany")


def test_a_country_by_its_everyday_name_holds_its_cities() -> None:
    # R18: CLDR names Turkey "Türkiye" and Britain "United Kingdom"; "Istanbul" / "Turkey" were two places
    assert town_against_area("Istanbul", "Turkey")
    assert town_against_area("London", "Britain")
    assert not town_against_area("Istanbul", "Greece")
