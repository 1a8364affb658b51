"""Word-level helpers shared by the stages: tokens, stop words, stems, content words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say told according also would could may might
    must shall us mr mrs ms one two its it's i'm don't can't won't it’s
    """.split()
)

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # a word: letters and digits, with inner apostrophes
_SPACE = re.compile(r"\s+")


def words(text: str) -> list[str]:
    """Word tokens, lower-cased."""
    return [w.lower() for w in WORD.findall(text)]


def normalize_space(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def normalize_for_hash(text: str) -> str:
    """Text reduced to lower-case words, for exact-duplicate detection."""
    text = unicodedata.normalize("NFKC", text)
    return " ".join(words(text))


_SUFFIXES = (
    ("ational", "ate"),
    ("ization", "ize"),
    ("iveness", "ive"),
    ("fulness", "ful"),
    ("ousness", "ous"),
    ("ements", ""),
    ("ement", ""),
    ("ments", ""),
    ("ment", ""),
    ("ities", "ity"),
    ("ings", ""),
    ("ing", ""),
    ("ied", "y"),
    ("ies", "y"),
    ("ers", "er"),
    ("sses", "ss"),
    ("edly", ""),
    ("ed", ""),
    ("ly", ""),
    ("es", ""),
    ("s", ""),
)
# The suffixes a word can end with, in the order above, by the word's last two letters (a one-letter
# suffix only needs the last): a word is only tried against those.
_BY_LAST: dict[str, tuple[tuple[str, str], ...]] = {}
for _suffix, _repl in _SUFFIXES:
    _BY_LAST[_suffix[-1]] = (*_BY_LAST.get(_suffix[-1], ()), (_suffix, _repl))
_ONE_LETTER = {end: tuple(s for s in found if len(s[0]) == 1) for end, found in _BY_LAST.items()}
_BY_LAST_TWO = {
    s[-2:]: tuple(t for t in _SUFFIXES if t[0].endswith(s[-2:]) or len(t[0]) == 1 and s.endswith(t[0]))
    for s, _ in _SUFFIXES if len(s) >= 2
}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix stripper (no data files needed); good enough to match word forms."""
    return stem_lower(word.lower())


def stem_lower(w: str) -> str:
    """:func:`stem` of a word already lower-cased (no cache: for callers that keep their own)."""
    if len(w) <= 3 or not w.isalpha():
        return w
    found = _BY_LAST_TWO.get(w[-2:])
    for suffix, repl in _ONE_LETTER.get(w[-1], ()) if found is None else found:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                return w
            return w[: len(w) - len(suffix)] + repl
    return w


def content_terms(text: str) -> list[str]:
    """Stemmed words that are not stop words or pure numbers-of-one-digit."""
    return content_terms_of(words(text))


def content_terms_of(tokens: Iterable[str]) -> list[str]:
    """:func:`content_terms` of words already found by :func:`words`."""
    return [stem(w) for w in tokens if w not in STOPWORDS and len(w) > 1]


def stopword_ratio(text: str) -> float:
    toks = words(text)
    if not toks:
        return 0.0
    return sum(1 for t in toks if t in STOPWORDS) / len(toks)


# Words that make a name a news outlet's ("Meridian Wire", "The Harbour Gazette", "Fox News"), lower-case.
OUTLET_WORDS = frozenset(
    ["post", "times", "journal", "news", "agency", "press", "telegraph", "guardian", "herald", "tribune", "gazette",
     "tv", "television", "radio", "channel", "broadcaster", "broadcasting", "magazine", "daily", "newspaper", "wire",
     "reuters", "bloomberg", "mayadeen"]
)


# Latin letters that Unicode does not split into a base letter and an accent, as their base letters are written in
# English ("Tromsø" -> "Tromso", "Łódź" -> "Lodz", "Æbeltoft" -> "Aebeltoft").
_UNSPLIT_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                                  "ħ": "h", "Ħ": "H", "ı": "i", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                                  "ß": "ss", "þ": "th", "Þ": "Th"})


def without_accents(text: str) -> str:
    """Text with its Latin letters' accents dropped ("Montréal" -> "Montreal", "Tromsø" -> "Tromso"); letters of other
    scripts are kept as they are (not dropped: two names in Cyrillic stay two names)."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_UNSPLIT_LETTERS))
    # accents out, and invisible format characters (a soft hyphen, a zero-width space) with them
    return "".join(ch for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")


def latin_share(text: str) -> float:
    """The share of a text's letters that are Latin (accented or not): 1.0 for English or French, near 0 for Chinese.

    Example:
        >>> latin_share("Café au lait"), latin_share("東京は晴れ")
        (1.0, 0.0)
    """
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for ch in letters if ch < "\u0250" or "\u1e00" <= ch <= "\u1eff") / len(letters)
