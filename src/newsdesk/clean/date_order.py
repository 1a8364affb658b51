"""Which way round a page writes numeric dates: "03/12/2024" is 3 December in most of the world, 12 March in the US.

A date read from such a form is settled by what the page itself says: the same date written unambiguously elsewhere
(an ISO time stamp in its metadata, "12 March 2024"), its other numeric dates ("03/13/2024" can only be month first),
its declared language and region (``lang="en-US"``), the language of its prose (French, Spanish or German pages write
day first) and its address (a country's domain). When nothing does, the day-first reading is kept with a low
confidence (``AMBIGUOUS``), so that the article is kept out of time windows instead of being put nine months off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from urllib.parse import urlsplit

from newsdesk.clean.dates import parse_date
from newsdesk.text import STOPWORDS, words

# Confidence of a date whose day and month may be either way round (below 0.5: not used for time windows).
AMBIGUOUS = 0.4
# A publication date after tomorrow (a typing error, a scheduled event's date read as the page's, "2099-01-01" for
# "no date" in an export) is kept but not trusted: no story sits at the top of the newest-first list for good.
FUTURE = 0.35
# A numeric date with slashes ("03/12/2024"), found from its year (a regex that opens with digits would try every
# position of a long page) and then the two numbers before it.
_SLASH_YEAR = re.compile(r"/((?:19|20)\d\d)(?![\d/])")
_DAY_MONTH = re.compile(r"(?:^|[^\d/])(\d{1,2})/(\d{1,2})$")
# Another statement of a date, found from its year: ISO after it (metadata, <time datetime>), or the day and the
# month's name before it ("12 March 2024", "March 12, 2024"). (A regex that opens with a digit or a letter would try
# every position of a long page.)
_ISO_AFTER_YEAR = re.compile(r"-([01]\d)-([0-3]\d)(?!\d)")
_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")
_NAMED_BEFORE = re.compile(r"(?:[0-3]?\d(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?|"
                           r"[^\W\d_]{3,9}\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+)$")
_LANG = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z]{2})?)|"
    r"<meta\b[^>]*?\bproperty\s*=\s*[\"']og:locale[\"'][^>]*?\bcontent\s*=\s*[\"']([A-Za-z]{2,3}[-_][A-Za-z]{2})|"
    r"<meta\b[^>]*?\bhttp-equiv\s*=\s*[\"']content-language[\"'][^>]*?\bcontent\s*=\s*[\"']([A-Za-z]{2,3}(?:[-_][A-Za-z]{2})?)",
    re.IGNORECASE,
)
# Regions that write the month first; English without a region, or Canada's (which writes both), says nothing.
_MONTH_FIRST_REGIONS = frozenset(["us", "ph"])
_UNDECIDED_REGIONS = frozenset(["ca"])
# Country domains used as generic names (".co", ".io", ".tv", ...): no country's dates.
_GENERIC_COUNTRY_DOMAINS = frozenset(["co", "io", "tv", "me", "fm", "ai", "ly", "am", "cc", "ws", "to", "gg", "sh",
                                      "ac", "nu", "tk", "ca", "ph", "us"])
# Function words of French, Spanish and German prose (a page in one of them writes dates day first).
_FOREIGN_WORDS = frozenset([
    "le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "que", "qui", "sur", "au", "aux", "avec", "ne",
    "pas", "ce", "cette", "été",
    "el", "los", "las", "del", "y", "es", "por", "con", "una", "para", "se", "lo", "su", "al", "como", "más",
    "der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "ein", "eine", "auf", "für", "sich",
    "auch", "im", "wird",
])


def _slash_dates(text: str) -> Iterator[tuple[str | None, str | None]]:
    """Day-first and month-first readings of each slash date in ``text`` (None where one is no valid date)."""
    for m in _SLASH_YEAR.finditer(text):
        head = _DAY_MONTH.search(text[max(0, m.start() - 6):m.start()])
        if head is None:
            continue
        a, b, y = int(head.group(1)), int(head.group(2)), int(m.group(1))
        yield _iso(y, b, a), _iso(y, a, b)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _stated_elsewhere(page: str) -> set[str]:
    """Dates the page writes in a form that cannot be misread: ISO, or with the month's name."""
    found = set()
    for m in _YEAR.finditer(page):
        iso = _ISO_AFTER_YEAR.match(page, m.end())
        if iso and (day := _iso(int(m.group(0)), int(iso.group(1)), int(iso.group(2)))):
            found.add(day)
        named = _NAMED_BEFORE.search(page[max(0, m.start() - 24):m.start()])
        if named and (day := parse_date(named.group(0) + m.group(0))):
            found.add(day)
    return found


def _order_of_other_dates(page: str) -> bool | None:
    """Month first (True) or day first (False) by the page's numeric dates that read only one way; None when it has
    none or they disagree."""
    orders = set()
    for day_first, month_first in _slash_dates(page):
        if (day_first is None) != (month_first is None):
            orders.add(month_first is not None)
    return orders.pop() if len(orders) == 1 else None


def declared_language(markup: str) -> str | None:
    """The language (and region) an HTML page declares: ``<html lang>``, og:locale, Content-Language ("en-us"); a
    declaration with a region wins over one without ("en_US" of og:locale over ``lang="en"``)."""
    found = [next(g for g in m if g).lower().replace("_", "-") for m in _LANG.findall(markup[:20_000])]
    return next((x for x in found if "-" in x), found[0] if found else None)


def _order_of_language(lang: str | None) -> bool | None:
    if not lang:
        return None
    language, _, region = lang.partition("-")
    if region in _MONTH_FIRST_REGIONS:
        return True
    if region in _UNDECIDED_REGIONS or (language == "en" and not region):
        return None
    return False  # every other language and English region (en-GB, en-AU, en-IN, fr, de, es ...) writes day first


def _foreign_prose(page: str) -> bool:
    """Whether the page's words are French, Spanish or German far more than English."""
    toks = words(page[:20_000])
    foreign = sum(1 for t in toks if t in _FOREIGN_WORDS and t not in STOPWORDS)
    english = sum(1 for t in toks if t in STOPWORDS)
    return foreign >= 20 and foreign > 2 * english


def _order_of_address(url: str | None) -> bool | None:
    if not url:
        return None
    host = (urlsplit(url if "://" in url else f"http://{url}").hostname or "").rstrip(".")
    tld = host.rsplit(".", 1)[-1]
    if tld in ("us", "gov", "mil"):
        return True
    if len(tld) == 2 and tld.isalpha() and tld not in _GENERIC_COUNTRY_DOMAINS:
        return False
    return None


def month_first(page: str, lang: str | None = None, url: str | None = None) -> bool | None:
    """Whether the page writes numeric dates month first (True), day first (False), or says nothing (None).

    Example:
        >>> month_first("Posted 03/13/2024"), month_first("", "en-GB"), month_first("", None, "https://example.com/a")
        (True, False, None)
    """
    by_dates, by_language, by_address = _order_of_other_dates(page), _order_of_language(lang), _order_of_address(url)
    if by_dates is not None:
        return by_dates
    if by_language is not None and by_address is not None and by_language != by_address:
        return None  # "en-US" on a .co.uk page: publishing systems declare en-US by default (review R23b)
    for order in (by_language, False if _foreign_prose(page) else None, by_address):
        if order is not None:
            return order
    return None


# A date written into an article's address or id, year first: "/2024/03/12/", "-2024-03-12-", "APW19981201.0181".
_DATE_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)([/_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


def dates_in_names(names: Iterable[str | None]) -> set[str]:
    """The year-first dates written into an article's address or id (news sites and wire archives date their
    pages' names): they tell which reading of a numeric date is meant.

    Example:
        >>> sorted(dates_in_names(["https://news.test/2024/03/12/fire", "APW19981201.0181", None]))
        ['1998-12-01', '2024-03-12']
    """
    found = set()
    for name in names:
        for m in _DATE_IN_NAME.finditer(name or ""):
            if day := _iso(int(m.group(1)), int(m.group(3)), int(m.group(4))):
                found.add(day)
    return found


def settle_numeric_date(day: str, confidence: float, sources: Iterable[str], page: str, html: bool = False,
                        url: str | None = None, names: Iterable[str | None] = ()) -> tuple[str, float]:
    """``day`` and its confidence, when it may have been read from a numeric date that reads both ways.

    Args:
        day: the ISO date read (by ``parse_date``, day first, or by an HTML extractor).
        confidence: how sure the reading is otherwise.
        sources: the texts the date may come from (the page, a date given with the input).
        page: the page's text or markup, searched for other statements of the date and other numeric dates.
        html: whether ``page`` is HTML markup (which may declare its language: ``lang="en-US"``).
        url: the page's address, if known.
        names: the article's address and ids, which may hold its date year first ("/2024/03/12/", "APW19981201").

    Returns:
        The reading the page supports, at ``confidence``; or ``day`` at no more than AMBIGUOUS when nothing on the
        page tells "03/12/2024" (3 December or 12 March) one way or the other.

    Example:
        >>> settle_numeric_date("2024-12-03", 1.0, ["Published 03/12/2024"], "Published 03/12/2024")
        ('2024-12-03', 0.4)
        >>> settle_numeric_date("2024-12-03", 0.8, ["Published 03/12/2024"], "<html lang='en-US'>Published 03/12/2024", True)
        ('2024-03-12', 0.8)
    """
    pair = _both_readings(day, sources)
    if pair is None:
        return day, confidence
    stated = _stated_elsewhere(page) & set(pair) or dates_in_names([url, *names]) & set(pair)
    if len(stated) == 1:
        return stated.pop(), confidence
    order = month_first(page, declared_language(page) if html else None, url)
    if order is None:
        return pair[0], min(confidence, AMBIGUOUS)
    return _read_in_order(pair, order), confidence


def _both_readings(day: str, sources: Iterable[str]) -> tuple[str, str] | None:
    """The day-first and month-first readings of the first numeric date in ``sources`` that reads both ways, one
    of them ``day``; None when ``day`` cannot have come from such a date."""
    for text in sources:
        for day_first, month_first_reading in _slash_dates(text):
            if day_first and month_first_reading and day_first != month_first_reading \
                    and day in (day_first, month_first_reading):
                return day_first, month_first_reading
    return None


def file_orders(dates_by_file: dict[str, list[str]]) -> dict[str, bool]:
    """For each file (an export, a feed), whether its given dates are written month first (True) or day first
    (False), by those of them that read only one way ("12/25/1998"); files whose dates do not tell are left out.

    Example:
        >>> file_orders({"a.csv": ["08/12/1998", "12/25/1998"], "b.csv": ["08/12/1998"]})
        {'a.csv': True}
    """
    out = {}
    for file, given in dates_by_file.items():
        order = _order_of_other_dates("\n".join(given))
        if order is not None:
            out[file] = order
    return out


def settle_by_order(day: str, given: str, month_first_order: bool) -> str:
    """The reading of a date given as ``given`` ("08/12/1998") that its file's order names; ``day`` when ``given``
    holds no date that reads both ways.

    Example:
        >>> settle_by_order("1998-12-08", "08/12/1998 14:00", True)
        '1998-08-12'
    """
    pair = _both_readings(day, [given])
    return day if pair is None else _read_in_order(pair, month_first_order)


def _read_in_order(pair: tuple[str, str], month_first_order: bool) -> str:
    """Of a date's (day-first, month-first) readings, the one its source's order names."""
    return pair[1] if month_first_order else pair[0]


def date_caveat(confidence: float) -> str | None:
    """What a reader should be told of a date of this confidence: None for a trusted date (0.5 or more).

    Example:
        >>> date_caveat(AMBIGUOUS), date_caveat(0.2), date_caveat(0.8)
        ('day and month may be swapped', 'probably the date the page was captured, not published', None)
        >>> date_caveat(FUTURE)
        'a date in the future: probably wrong'
    """
    if confidence >= 0.5:
        return None
    if confidence == AMBIGUOUS:
        return "day and month may be swapped"
    if confidence == FUTURE:
        return "a date in the future: probably wrong"
    return "probably the date the page was captured, not published"


def distrust_future(day: str | None, confidence: float, today: date | None = None) -> float:
    """``confidence``, lowered to FUTURE when ``day`` is after tomorrow (``today`` defaults to the machine's date).

    Example:
        >>> distrust_future("2099-01-01", 1.0, date(2024, 3, 5)), distrust_future("2024-03-06", 1.0, date(2024, 3, 5))
        (0.35, 1.0)
    """
    if not day or len(day) < 10 or confidence <= FUTURE:
        return confidence
    try:
        when = date.fromisoformat(day[:10])
    except ValueError:
        return confidence
    return FUTURE if when > (today or date.today()) + timedelta(days=1) else confidence

