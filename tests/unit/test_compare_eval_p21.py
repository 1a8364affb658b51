"""The evaluation's place injector swaps a place only for one that contradicts it by world knowledge (P21).

Invented sentences; each swap below was made before and left a sentence that contradicts nothing: a town for the
country or state that holds it, a suburb for its city, a name that is no place for a town, a town for a name that is
no place. The last tests keep real contradictions injected.
"""

from __future__ import annotations

import importlib.util
import random

import pytest

from newsdesk.evaluation.compare_eval import perturb_place
from newsdesk.evaluation.place_knowledge import _package_dir, may_hold, readings, swap_contradicts

# The world knowledge comes with the `eval` extra (geotext, reverse_geocoder); without it the injector says so.
needs_eval_extra = pytest.mark.skipif(
    importlib.util.find_spec("geotext") is None or importlib.util.find_spec("reverse_geocoder") is None,
    reason="the place injector needs the eval extra: pip install -e '.[eval]'")


def _swap(sentence: str, *others: str) -> str | None:
    return perturb_place(sentence, random.Random(1), {"place": list(others)})


@pytest.mark.parametrize(("sentence", "other"), [
    ("The two runners trained in Kenya for a month before the race.", "Eldoret"),
    ("The runners lived in Eldoret for a month before the race.", "Kenya"),
    ("There were 98 executions in Texas since the law changed.", "Houston"),
    ("Many congregations in the United States voted to split last year.", "Topeka"),
    ("The envoy arrived in Moscow on a late flight for the talks.", "Russia"),
    ("Fans gathered in Philadelphia to watch the parade go by.", "Pennsylvania"),
    ("The separatist government in Quebec called for a new vote.", "Montreal"),
])
@needs_eval_extra
def test_a_place_is_not_swapped_for_one_that_holds_it_or_lies_in_it_by_world_knowledge(sentence: str,
                                                                                         other: str) -> None:
    assert _swap(sentence, other) is None


@needs_eval_extra
def test_a_town_next_to_a_large_city_is_not_swapped_for_it() -> None:
    """A suburb is often reported as its city: "treated in Paris" / "treated in Villejuif" need not disagree."""
    assert _swap("The patients were treated in Paris at a cancer clinic.", "Villejuif") is None


@pytest.mark.parametrize(("sentence", "other"), [
    ("They argued over the prescription drug benefit in Medicare for a week.", "Atlanta"),  # no place swapped
    ("She sang for years as a folksinger in San Francisco before the band.", "Jefferson Starship"),  # a band
    ("The submarine sank in the Barents Sea with its whole crew aboard.", "Lisbon"),  # water: may hold a port
])
@needs_eval_extra
def test_only_a_known_place_is_swapped_for_a_known_place(sentence: str, other: str) -> None:
    assert _swap(sentence, other) is None


@pytest.mark.parametrize(("sentence", "other", "expected"), [
    ("The two runners trained in Kenya for a month before the race.", "Uganda",
     "The two runners trained in Uganda for a month before the race."),
    ("The envoy arrived in Paris on a late flight for the talks.", "Texas",  # France's capital, not Paris, Texas
     "The envoy arrived in Texas on a late flight for the talks."),
    ("Most of the crimes were committed in Hong Kong last year.", "Foshan",
     "Most of the crimes were committed in Foshan last year."),
    ("The boy died in Brooklyn on Monday after the fire.", "Manhattan",  # two boroughs of one city
     "The boy died in Manhattan on Monday after the fire."),
    ("The two runners trained in Kenya for a month before the race.", "South Africa",  # a country, no continent
     "The two runners trained in South Africa for a month before the race."),
])
@needs_eval_extra
def test_a_real_contradiction_is_still_injected(sentence: str, other: str, expected: str) -> None:
    assert _swap(sentence, other) == expected


@needs_eval_extra
def test_every_reading_of_an_ambiguous_name_counts() -> None:
    """"Springfield" may be Illinois' capital (or Missouri's or Massachusetts' Springfield, all of a size); "Washington"
    the capital or the state: a swap that one reading makes true is no contradiction."""
    assert may_hold("Springfield", "Illinois")
    assert may_hold("Washington", "Seattle")
    assert swap_contradicts("Washington", "Maryland")
    assert readings("Medicare") == ()
    assert swap_contradicts("Macau", "Quanzhou City")  # a town written with "City"


def test_a_missing_gazetteer_package_says_how_to_install_it() -> None:
    with pytest.raises(ImportError, match=r"newsdesk\[eval\]"):
        _package_dir("no_such_gazetteer_package_p21")


@pytest.mark.parametrize(("sentence", "other"), [
    ("The storms hit hardest in the West this week, forecasters said.", "Ohio"),  # a direction, not a place
    ("The fires burned across homes in Southern California on Monday.", "Los Angeles"),  # a part of it
    ("The salmon spawn in the Snake River before they die.", "Holden"),  # a town may lie on a river
    ("The bill finally passed in Oregon on Monday night.", "Salem"),  # Oregon's capital, not only India's Salem
    ("The fossils were described in Bader and two other papers.", "Denver"),  # a hamlet's name, here no place
    ("The envoy held talks in Moscow on the pipeline deal.", "Central Asia"),  # a part of a continent
])
@needs_eval_extra
def test_no_swap_that_world_knowledge_cannot_call_a_contradiction(sentence: str, other: str) -> None:
    assert _swap(sentence, other) is None


@needs_eval_extra
def test_a_small_towns_name_is_a_place_where_the_story_says_where_it_lies() -> None:
    """A one-word name that GeoNames knows only as small towns is swapped when the story writes a place or a state's
    abbreviation after it ("in Gray, Maine", "in Groton, Conn.")."""
    from newsdesk.evaluation.compare_eval import _pool
    from newsdesk.model import Article

    story = Article(id="a", source="a", text="The weather office is in Gray, Maine, its forecasters said. The "
                                             "submarine is based in Groton, Conn., the Navy said.")
    pool = _pool([story])
    assert perturb_place("Forecasters in Boston said the storm was over.", random.Random(1),
                         pool | {"place": ["Gray"]}) == "Forecasters in Gray said the storm was over."
    assert perturb_place("Officials in Norway said there was no leak.", random.Random(1),
                         pool | {"place": ["Groton"]}) == "Officials in Groton said there was no leak."


@pytest.mark.parametrize(("sentence", "other", "expected"), [
    ("She ran an outpatient clinic in East Boston for years.", "Atlanta",  # a part of Boston, not of Atlanta
     "She ran an outpatient clinic in Atlanta for years."),
    ("The body was found near Lake Avenue on Sunday morning.", "Belcher Road",  # two streets: no gazetteer has them
     "The body was found near Belcher Road on Sunday morning."),
])
@needs_eval_extra
def test_parts_of_towns_and_streets_are_still_swapped(sentence: str, other: str, expected: str) -> None:
    assert _swap(sentence, other) == expected


@needs_eval_extra
def test_a_territory_and_its_country_are_no_contradiction() -> None:
    """Review R21b: "Hong Kong" -> "China" and "Puerto Rico" -> "United States" were injected as contradictions."""
    assert not swap_contradicts("Hong Kong", "China") and not swap_contradicts("Puerto Rico", "United States")
    assert swap_contradicts("Hong Kong", "Japan")
