"""Which places may lie in others: a town in a country or U.S. state it may lie in ("Houston" / "Texas"), a country
in a continent ("Kenya" / "Africa"), a site or a body of water beside a town ("the Barents Sea" / "Groton"). Two such
places are no two answers to one "where"; a large city known to lie elsewhere is ("Paris" / "Germany")."""

from __future__ import annotations

import re
from functools import lru_cache

from newsdesk.compare.conflicts.actors import _same_entity
from newsdesk.compare.conflicts.gazetteer import Place, division_of, fold, known_town, town_of
from newsdesk.compare.conflicts.lexicon import _FACILITY, _US_STATES, COUNTRY_ALIASES, _is_area
from newsdesk.compare.conflicts.names import (
    _PLACE_QUALIFIERS,
)


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """The world's large cities, each with its country ("paris" -> "france", "chicago" -> "united states"), lower case:
    the cities CLDR names its time zones after (through babel, as lexicon._territories reads countries); empty when
    babel cannot be imported."""
    try:
        from babel import Locale
        from babel.core import get_global
    except ImportError:
        return {}
    names = Locale("en").territories
    cities: dict[str, set[str]] = {}
    for zone, code in get_global("zone_territories").items():
        if zone.count("/") != 1:
            continue  # "America/Argentina/San_Juan", "America/Kentucky/Louisville": a province's or county's town (R18)
        cities.setdefault(zone.split("/")[-1].replace("_", " ").lower(), set()).add(names.get(code, code).lower())
    return {city: next(iter(countries)) for city, countries in cities.items()
            if len(countries) == 1 and city not in _SHARED_CITY_NAMES}


# Names of large cities that other places of the world share ("Santiago" of Chile and of Spain, "Merida" of Mexico and
# of Venezuela, "Perth" of Australia and of Scotland): such a name tells no country.
_SHARED_CITY_NAMES = frozenset(["santiago", "merida", "perth", "san juan", "cordoba", "valencia", "victoria", "kingston",
                                "georgetown", "san jose"])


@lru_cache(maxsize=1)
def _world_regions() -> frozenset[str]:
    """English names of the continents and world regions CLDR lists ("africa", "western europe"), lower case."""
    try:
        from babel import Locale
    except ImportError:
        return frozenset()
    return frozenset(name.lower() for code, name in Locale("en").territories.items() if code.isdigit())


def _world_region(name: str) -> bool:
    return name.lower().strip(" .,").removeprefix("the ") in _world_regions()


def town_against_area(pa: str, pb: str) -> bool:
    """Whether one place may lie in the other: a town in a country, U.S. state or province it may lie in ("Houston" /
    "Texas", "Montreal" / "Quebec"), a state or province in its country ("Quebec" / "Canada"), anything in a continent.
    A town known to lie elsewhere does not ("Paris" / "Germany", "London" / "Texas", "Huntington Beach" / "Virginia"); a
    town the gazetteers do not know, or whose name several towns share ("Cordoba"), may lie in any area."""
    if _world_region(pa) or _world_region(pb):
        return True  # "Africa" / "Kenya": a continent or world region holds countries and towns
    areas_a, areas_b = _areas(pa), _areas(pb)
    if bool(areas_a) == bool(areas_b):
        return any(_holds(x, y) or _holds(y, x) for x in areas_a for y in areas_b)  # two towns: False
    areas, town = (areas_a, pb) if areas_a else (areas_b, pa)
    spot = _town(town)
    return spot is None or any(_holds(area, spot) for area in areas)


def known_to_lie_in(pa: str, pb: str) -> bool:
    """Whether the gazetteers place one in the other ("Paris" / "France", "Montreal" / "Quebec", "Quebec" / "Canada"):
    unlike ``town_against_area``, a town they do not know, or whose state they do not know ("Des Moines" of Iowa and
    of Washington / "Texas"), is not taken to lie anywhere, nor is a country in a world region ("Chechnya" / "Central
    Asia")."""
    areas_a = [] if fold(pa) in NEWS_CAPITALS else _areas(pa)
    areas_b = [] if fold(pb) in NEWS_CAPITALS else _areas(pb)
    spots_a = areas_a or [spot for spot in [_town(pa)] if spot]
    spots_b = areas_b or [spot for spot in [_town(pb)] if spot]
    return any(_holds(x, y, True) or _holds(y, x, True) for x in spots_a for y in spots_b)


# A state named as its country's capital is, in news, the capital when written alone (AP style: "Washington" is the
# capital, "Washington state" the state): "met in Washington" / "met in Seattle" are two places.
NEWS_CAPITALS = frozenset(["washington"])


def known_area(name: str) -> bool:
    """Whether the gazetteers know a name as a country, state or province ("Quebec", "Norway"), the places that may
    act as a subject does ("[Quebec] will hold an election"); a town may not: many towns are named as people are
    ("Mary", "Tyler", "Austin" would hold a vote)."""
    return bool(_areas(name))


def known_place(name: str) -> bool:
    """Whether the gazetteers know a name as a place at all: a country, state or province, a town (one or several of
    that name) or one of CLDR's large cities ("Philadelphia", "Kansas", "Cordoba"); not a band's or a firm's name
    ("Jefferson Airplane", "General Motors")."""
    return known_area(name) or known_town(name) or fold(name) in _city_countries()


def _areas(name: str) -> list[Place]:
    """What a name may be as an area: a U.S. state, a country, a province ("Georgia" is a state and a country)."""
    low = fold(name)
    if low.removeprefix("the ") in _UK_NATIONS:
        return [Place("division", "GB", _UK_NATIONS[low.removeprefix("the ")])]
    if (state := low.removesuffix(" state")) != low and state in _US_STATES:
        low = state  # "Washington state", "New York state"
    out = [_divisions_us(low)] if low in _US_STATES else []
    if _is_area(name):
        code = _country_codes().get(COUNTRY_ALIASES.get(low, low))
        out += [Place("country", code)] if code else []
    division = division_of(name)
    return out + ([division] if division and division not in out else [])


# The nations of the United Kingdom, each a division of it with the gazetteer's code of its towns ("London" lies in
# England, not in Scotland), not the kingdom itself.
_UK_NATIONS = {"england": "ENG", "scotland": "SCT", "wales": "WLS", "northern ireland": "NIR"}


def _divisions_us(state: str) -> Place:
    return division_of(state) or Place("division", "US")


def _town(name: str) -> Place | None:
    """Where a town lies, from the gazetteer, else from CLDR's large cities (its country only)."""
    if known_town(name):
        return town_of(name)
    country = _city_countries().get(fold(name))
    code = _country_codes().get(country) if country else None
    return Place("town", code) if code else None


def _holds(outer: Place, inner: Place, known: bool = False) -> bool:
    """Whether a place may lie in an area: in its country, or in its state or province where either's code is unknown
    or the two codes are one; ``known``: only where the two codes are known and one."""
    if outer.sort == "town" or inner.sort == "country" or inner.country != outer.country \
            or outer.sort == inner.sort == "division":
        return False  # a state or province holds no other ("Nova Scotia" / "Quebec")
    if outer.sort == "country" or outer.division and outer.division == inner.division:
        return True
    return not known and (not outer.division or not inner.division)


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """CLDR's English country names, lower case, with their codes ("france" -> "FR"); empty without babel."""
    try:
        from babel import Locale
    except ImportError:
        return {}
    return {name.lower(): code for code, name in Locale("en").territories.items() if not code.isdigit()}


# A site or a body of water lies in or beside a town or country: "the [Inner Harbor]" / "[Boston]", "the [Barents Sea]"
# / "[Groton]" say two places, not two answers to where.
_SITE_WORDS = _FACILITY | frozenset(["sea", "ocean", "gulf", "strait", "straits", "river", "channel", "coast", "island",
                                     "islands", "desert", "forest", "valley", "canyon", "creek", "falls", "peninsula",
                                     "resort", "resorts"])


_THE_US = frozenset(["united states", "united states of america", "u.s", "u.s.", "us", "usa", "america"])


def _in_country(state: str, country: str) -> bool:
    """Whether a place is a U.S. state and the other the United States, which holds it."""
    return state.lower().removeprefix("the ") in _US_STATES and country.lower().removeprefix("the ") in _THE_US


def _is_site(name: str) -> bool:
    """Whether a name is a site's or a body of water's by its last word ("the Barents Sea"), not a town's so named
    ("Huntington Beach", "Long Beach": towns of the gazetteer)."""
    return name.lower().split()[-1].strip(".,") in _SITE_WORDS and town_of(name) is None


_DESCRIPTION = re.compile(r"^[A-Za-z]+-[a-z]+$")  # "French-speaking", "oil-rich", "war-torn"


def _undescribed(name: str) -> str:
    """A place's name without the compound that describes it ("French-speaking Quebec" -> "Quebec", "oil-rich Kuwait"
    -> "Kuwait"): the place is the one the name after it names."""
    words = name.split()
    while len(words) > 1 and _DESCRIPTION.match(words[0]):
        words = words[1:]
    return " ".join(words)


# Built structures and resorts, a subset of the site words: "the [Freedom Bridge]", "[Wallen Road]", "the [Hammock Beach
# Resorts]". Water, beaches and bays are left out: many towns are so named ("Kelso Bay").
_STRUCTURE_WORDS = frozenset(["bridge", "street", "st", "road", "avenue", "ave", "boulevard", "blvd", "airport", "station",
                              "hotel", "hall", "building", "stadium", "church", "cathedral", "mosque", "temple", "palace",
                              "tower", "plaza", "highway", "prison", "canal", "dam", "resort", "resorts"])


def structure_against_area(na: str, nb: str) -> bool:
    """Whether one place is a built structure (by its last word, not a town of the gazetteer) and the other no site at
    all ("near the [Freedom Bridge]" / "in [Delphi]", "at [Hammock Beach Resorts]" / "in [Florida]"): the structure lies
    in some town or state, which may be that one."""
    def structure(name: str) -> bool:
        return bool(name.split()) and name.lower().split()[-1].strip(".,") in _STRUCTURE_WORDS and town_of(name) is None
    return structure(na) and not _is_site(nb) or structure(nb) and not _is_site(na)


def two_answers(na: str, nb: str) -> bool:
    """Whether two places can be two answers to one "where": not two names of one place, not a town against a country
    or state it may lie in ("Houston" / "Texas", "Denver" / "the United States", "Kenya" / "Africa"), nor a site or a
    body of water against a town ("the Barents Sea" / "Groton"), nor a region named by a point of the compass ("North
    Caucasus")."""
    na, nb = _undescribed(na), _undescribed(nb)
    return not (_same_entity(na, nb) or town_against_area(na, nb) or _is_site(na) != _is_site(nb)
                or _in_country(na, nb) or _in_country(nb, na) or na.split()[0].lower() in _PLACE_QUALIFIERS
                or nb.split()[0].lower() in _PLACE_QUALIFIERS)
