"""The names of well-known news outlets and agencies as their credits write them ("Associated Press" is "AP").

Cleaning reads an agency from a dateline ("BONN (xinhua) --") and the comparison counts outlets as sources: both
use these names, so that an article filed by an outlet and another crediting it name one source.
"""

from __future__ import annotations

KNOWN_OUTLETS = {
    "reuters": "Reuters", "associated press": "AP", "ap": "AP", "afp": "AFP", "agence france-presse": "AFP",
    "agence france presse": "AFP", "bloomberg": "Bloomberg", "bbc": "BBC", "cnn": "CNN", "xinhua": "Xinhua",
    "tass": "TASS", "interfax": "Interfax", "al jazeera": "Al Jazeera", "upi": "UPI", "dpa": "dpa",
    "kyodo": "Kyodo", "yonhap": "Yonhap", "efe": "EFE", "ansa": "ANSA", "nbc": "NBC", "abc": "ABC", "cbs": "CBS",
    "fox news": "Fox News", "npr": "NPR", "politico": "Politico", "axios": "Axios", "tmz": "TMZ",
}

# The news agencies among them: what their reporters are told is news other outlets rewrite ("a spokesman told
# Reuters", "Chief Executive Ann Cole told Reuters" is a Reuters exclusive).
NEWS_AGENCIES = frozenset({"Reuters", "AP", "AFP", "Bloomberg", "Xinhua", "TASS", "Interfax", "UPI", "dpa", "Kyodo",
                           "Yonhap", "EFE", "ANSA"})


def canonical_outlet(name: str | None) -> str | None:
    """A known outlet under the one name its credits use ("Associated Press", "The Associated Press" -> "AP"), so
    that an article filed by an outlet and another crediting it name one source; any other name as given."""
    if not name:
        return name
    low = name.strip().lower()
    return KNOWN_OUTLETS.get(low.removeprefix("the "), KNOWN_OUTLETS.get(low, name))
