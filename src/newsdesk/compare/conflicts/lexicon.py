"""Word lists and small token helpers shared by the conflict rules (function words, titles, organisation words)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from newsdesk.compare.claims import MONTHS, WEEKDAYS

_DATE_WORDS = frozenset(WEEKDAYS + MONTHS)
_FUNCTION_CAPS = frozenset(["the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at",
                            "mr", "mrs", "ms", "dr", "his", "her", "their", "this", "that", "not", "by", "including",
                            "for", "with", "from", "to", "of", "unlike", "although", "even", "after", "before", "when",
                            "while", "if", "as", "so", "no", "yes", "q", "moreover", "however", "meanwhile", "some",
                            "many", "most", "all", "one", "two", "three", "last", "next", "under", "since", "until"])


def _first_word(tokens: Sequence[str]) -> int:
    """Index of the first word of a sentence (after opening quotes, dashes, brackets)."""
    return next((k for k, t in enumerate(tokens) if t[:1].isalnum()), 0)


def _span_of(tokens: Sequence[str], name: str) -> tuple[int, int]:
    parts = name.split()
    for i in range(len(tokens) - len(parts) + 1):
        if list(tokens[i:i + len(parts)]) == parts:
            return i, i + len(parts)
    return 0, 0


_DEMONYM = re.compile(r"(?:ian|ean|can|ese|ish|i|ic|ench|utch)$")  # "Syrian", "Korean", "French"; not "Michigan"
_SCALE_WORDS = frozenset(["hundred", "thousand", "million", "billion", "trillion", "percent", "%", "per", "cent", "of"])

_ROLE_CAPS = frozenset(["leader", "chief", "deputy", "chairman", "chairwoman", "director", "sheriff", "sergeant",
                        "commissioner", "mayor", "speaker", "counsel", "investigator", "detective", "inspector"])

_TITLE = frozenset(["mr", "mrs", "ms", "dr", "president", "premier", "sen", "senator", "gov", "governor", "rep", "judge",
                    "minister", "secretary", "chairman", "spokesman", "spokeswoman", "director", "chief", "sgt",
                    "officer", "professor", "coach", "attorney", "lawyer", "leader", "king", "queen", "prince", "pope"])

_ORG_WORDS = frozenset(["department", "ministry", "party", "company", "inc", "corp", "agency", "council", "committee",
                        "university", "court", "army", "commission", "association", "institute", "foundation", "bank",
                        "board", "service", "office", "group", "union", "forecasting", "flight", "airlines", "times",
                        "post", "news", "press", "network", "center", "centre", "hospital", "school", "police"])

_FACILITY = frozenset(["bridge", "street", "st", "road", "avenue", "ave", "boulevard", "blvd", "airport", "station",
                       "hotel", "park", "lake", "mountain", "mount", "hall", "building", "square", "harbour",
                       "harbor", "port", "bay", "beach", "field", "stadium", "church", "cathedral", "mosque", "temple",
                       "palace", "tower", "center", "centre", "plaza", "highway", "canal", "dam", "prison", "base"])

_US_STATES = frozenset([
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
    "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
    "virginia", "washington", "west virginia", "wisconsin", "wyoming"])


@functools.cache
def _territories() -> frozenset[str]:
    """English names of countries and world regions, lower case (CLDR through babel, as pairing.is_country reads them);
    empty when babel cannot be imported."""
    try:
        from babel import Locale
    except ImportError:
        return frozenset()
    return frozenset(name.lower() for name in Locale("en").territories.values())


# Names news gives countries that CLDR's English display names do not ("Türkiye", "Myanmar (Burma)", "Côte d’Ivoire",
# "Congo - Kinshasa", "Hong Kong SAR China"), and the U.K.'s nations (R18: "Istanbul" / "Turkey" were two places).
COUNTRY_ALIASES = {
    "turkey": "türkiye", "britain": "united kingdom", "great britain": "united kingdom", "england": "united kingdom",
    "scotland": "united kingdom", "wales": "united kingdom", "northern ireland": "united kingdom", "u.k.": "united kingdom",
    "uk": "united kingdom", "u.s.": "united states", "u.s": "united states", "usa": "united states",
    "america": "united states", "united states of america": "united states", "czech republic": "czechia",
    "burma": "myanmar (burma)", "myanmar": "myanmar (burma)", "holland": "netherlands", "congo": "congo - kinshasa",
    "ivory coast": "côte d’ivoire", "hong kong": "hong kong sar china", "macau": "macao sar china",
    "macao": "macao sar china", "palestine": "palestinian territories", "vatican": "vatican city",
    "east timor": "timor-leste", "swaziland": "eswatini", "macedonia": "north macedonia"}


def _is_area(name: str) -> bool:
    """Whether a place name is a country, a world region or a U.S. state: land that holds towns ("Colorado" holds
    "Boulder"), not a town."""
    low = name.lower().strip().removeprefix("the ")
    return low in _US_STATES or low in _territories() or low in COUNTRY_ALIASES
