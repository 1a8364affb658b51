"""Which places may lie in others: a town in a country or U.S. state it may lie in ("Houston" / "Texas"), a country
in a continent ("Kenya" / "Africa"), a site or a body of water beside a town ("the Barents Sea" / "Groton"). Two such
places are no two answers to one "where"; a large city known to lie elsewhere is ("Paris" / "Germany")."""

from __future__ import annotations

from functools import lru_cache

from newsdesk.compare.conflicts.actors import _same_entity
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
    """Whether one place is a country or U.S. state and the other a town that may lie in it ("Houston" / "Texas"): a
    town known to lie in another country is not ("Paris" / "Germany", "London" / "Texas")."""
    if _world_region(pa) or _world_region(pb):
        return True  # "Africa" / "Kenya": a continent or world region holds countries and towns
    if _is_area(pa) == _is_area(pb):
        return False
    area, town = (pa, pb) if _is_area(pa) else (pb, pa)
    area = area.lower().strip(" .,").removeprefix("the ")
    area = COUNTRY_ALIASES.get(area, area)  # "Turkey" is CLDR's "Türkiye", "Britain" its "United Kingdom"
    country = _city_countries().get(town.lower().strip(" .,"))
    if country is None:
        return True
    return country == area or area in _US_STATES and country == "united states" or area in _THE_US and country == \
        "united states"



# A site or a body of water lies in or beside a town or country: "the [Inner Harbor]" / "[Boston]", "the [Barents Sea]"
# / "[Groton]" say two places, not two answers to where.
_SITE_WORDS = _FACILITY | frozenset(["sea", "ocean", "gulf", "strait", "straits", "river", "channel", "coast", "island",
                                     "islands", "desert", "forest", "valley", "canyon", "creek", "falls", "peninsula"])


_THE_US = frozenset(["united states", "united states of america", "u.s", "u.s.", "us", "usa", "america"])


def _in_country(state: str, country: str) -> bool:
    """Whether a place is a U.S. state and the other the United States, which holds it."""
    return state.lower().removeprefix("the ") in _US_STATES and country.lower().removeprefix("the ") in _THE_US


def _is_site(name: str) -> bool:
    return name.lower().split()[-1].strip(".,") in _SITE_WORDS


def two_answers(na: str, nb: str) -> bool:
    """Whether two places can be two answers to one "where": not two names of one place, not a town against a country
    or state it may lie in ("Houston" / "Texas", "Denver" / "the United States", "Kenya" / "Africa"), nor a site or a
    body of water against a town ("the Barents Sea" / "Groton"), nor a region named by a point of the compass ("North
    Caucasus")."""
    return not (_same_entity(na, nb) or town_against_area(na, nb) or _is_site(na) != _is_site(nb)
                or _in_country(na, nb) or _in_country(nb, na) or na.split()[0].lower() in _PLACE_QUALIFIERS
                or nb.split()[0].lower() in _PLACE_QUALIFIERS)
