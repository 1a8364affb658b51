"""Recover title, byline, outlet and publication date from the lines of a page's text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from newsdesk.clean.boilerplate import is_boilerplate_line, split_lines
from newsdesk.text import OUTLET_WORDS, STOPWORDS, words

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_PATTERNS = (
    # ISO and year-first dates, also inside a timestamp ("2019-11-19T10:43:37Z") or with slashes or dots.
    re.compile(r"\b(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?!\d)"),
    # Numeric day/month/year; read day first unless the first number cannot be a day-of-month pair.
    re.compile(r"\b(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MON}\s*,?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(rf"\b{_MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*,?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
)
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
_PUBLISHED = re.compile(r"\b(?:published|posted|updated|first published|last modified)\b", re.IGNORECASE)
_BY = re.compile(r"^(?:by|written by|words by|von|par|por)\s+(?P<name>.+)$", re.IGNORECASE)
# A word of a person's name: capitalised letters of any Latin-script language ("María", "López", "Øster").
_NAME_WORD = re.compile(r"^(?=[A-ZÀ-ÖØ-ÞĀ-Ž])[^\W\d_](?:[^\W\d_]|['’.-])+$")
# Phrases by which a page names its own outlet: social follow lines, copyright lines, "other X readers".
_OUTLET_PATTERNS = (
    # Case matters for the name: "follow him on Twitter", "Follow the reporter on Twitter" name no outlet.
    re.compile(
        r"\b(?i:follow) (?:[Tt]he )?(?P<o>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) (?i:on (?:twitter|facebook|instagram))"
    ),
    re.compile(
        r"(?:©|\(c\)|[Cc]opyright|COPYRIGHT)(?:\s*(?:©|\(c\)|[Cc]opyright))*+\s*(?:\d{4}\s*[-–]?\s*(?:\d{4})?)?\s*"
        # "Diario del Puerto", "Corriere della Sera": a particle may join two capitalised words.
        r"(?P<o>[A-Z][\w&'’.-]*(?: (?:(?:de|del|della|di|da|do|du|la|le|el|los|las|of|für|der|des|van|von) )?"
        r"[A-Z][\w&'’.-]*){0,3})"
    ),
    re.compile(r"\b(?:other|fellow) (?P<o>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}) readers\b"),
    re.compile(r"\bvisit (?P<o>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2})['’]s homepage", re.IGNORECASE),
    # Calls to subscribe or join name the outlet: "unlimited access to X", "a member of X", "stories from X in".
    re.compile(
        r"\b(?:access to|member of|subscribe to|subscriber to|support) (?P<o>(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})"
    ),
    re.compile(
        r"\b(?:stories|news|headlines) from (?P<o>(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) in your inbox"
    ),
)
_NOT_OUTLET = frozenset(
    {
        "us",
        "me",
        "all",
        "the",
        "this",
        "our",
        "your",
        "twitter",
        "facebook",
        "instagram",
        "rights",
        "premium",
        "copyright",
        "notice",
    }
)
_COPYRIGHT_LINE = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.IGNORECASE)
# The one phrase by which an outlet names itself inside its article text ("Al Jazeera could not
# independently verify the report"); read from body paragraphs only when the page furniture names none.
_SELF_NAMING = re.compile(
    r"^(?P<o>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}) (?:could not|cannot|was unable to) independently verify"
)

# Confidence of a date: stated near the title, a lone line above the title (often the capture date), and
# a lone line above the title in a page that speaks of years well before it.
STATED, ABOVE_TITLE, CAPTURE = 1.0, 0.3, 0.2
# How many lines before the first article line count as the page header.
HEADER_LINES = 12
# A line longer than this is a byline only when it opens with "By".
BYLINE_MAX_WORDS = 12


@dataclass(frozen=True, slots=True)
class Fields:
    """Metadata recovered from the text, and the header lines it was read from."""

    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    date: str | None = None
    date_confidence: float = 0.0
    used: tuple[str, ...] = ()  # lines that carried metadata (not boilerplate, not article text)


def parse_date(text: str) -> str | None:
    """The first full date (day, month, year) in ``text`` as ISO YYYY-MM-DD.

    Example:
        >>> parse_date("Thursday 01 October 2015 14:38")
        '2015-10-01'
    """
    for pat in _DATE_PATTERNS:
        m = pat.search(text)
        if not m:
            continue
        g = m.groupdict()
        month = int(g["m"]) if g.get("m") else _MONTHS.get(g["mon"].lower().rstrip("."), 0)
        try:
            return date(int(g["y"]), month, int(g["d"])).isoformat()
        except ValueError:
            continue
    return None


def is_heading(line: str) -> bool:
    """A short line shaped like a headline: 3-25 words, no sentence-final period, not a date or a menu."""
    toks = words(line)
    if not 3 <= len(toks) <= 25 or line.rstrip().endswith((".", ",", ";", ":")):
        return False
    if line.count("|") >= 2 or line.count("•") >= 2 or is_boilerplate_line(line):
        return False
    return parse_date(line) is None and not line.lower().startswith(("by ", "photo", "image", "credit"))


def byline_name(line: str) -> str | None:
    """The person named by a byline line ("By Jane Doe", "Jane Doe"), or None."""
    line = line.strip().strip("|•·-–— ")
    m = _BY.match(line)
    cand = m.group("name") if m else line
    cand = re.split(r"\s*(?:[|,•·]|\band\b|\bin\b|\bfor\b)\s*", cand)[0].strip()
    parts = cand.split()
    if not 2 <= len(parts) <= 4 or not all(_NAME_WORD.match(p) for p in parts):
        return None
    if any(p.endswith(("'s", "’s")) for p in parts):  # "Michelle Obama's Savvy Sacrifice": a headline
        return None
    if any(p.lower() in STOPWORDS for p in parts) or parse_date(cand):
        return None
    return cand


def _outlet_match(pat: re.Pattern[str], lines: Sequence[str]) -> str | None:
    for line in lines:
        m = pat.search(line)
        if m:
            name = re.split(r"\.\s", m.group("o"))[0].strip(" .,'’")  # "Meridian Wire. All rights"
            if name.lower() in _NOT_OUTLET or name.isdigit() or _PHOTO_CREDIT.search(line):
                continue
            if pat is _OUTLET_PATTERNS[0] and _reads_as_person(name):
                continue  # "Follow Tia Ghose on Twitter": the reporter, not the outlet
            return name
    return None


# "Image copyright AFP Image caption ...", "Photo copyright Getty Images", "... tails. Credit: Copyright Jo
# Moss, Milan": who owns a picture, not the page.
_PHOTO_CREDIT = re.compile(
    r"\b(?:image|photo|picture)s? (?:copyright|©|credit)|\bimage caption\b|\bcredit:?\s*(?:©|\(c\)|copyright)",
    re.IGNORECASE,
)


def _reads_as_person(name: str) -> bool:
    """Two or three capitalised name words and no outlet word ("Tia Ghose", "Regina Garcia Cano"): a person."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(_NAME_WORD.match(p) for p in parts) \
        and not any(p.lower() in OUTLET_WORDS for p in parts)


def furniture_lines(lines: Sequence[str], body: Sequence[str] | None = None) -> list[str]:
    """The page furniture among ``lines``: those not in ``body`` (the article paragraphs).

    Without ``body``, the lines that are boilerplate on their own (calls to subscribe or follow,
    copyright lines, stamps). Article paragraphs are never furniture, but a line that opens with a
    copyright sign is, even when the cleaner kept it.
    """
    if body is None:
        return [ln for ln in lines if is_boilerplate_line(ln) or _COPYRIGHT_LINE.match(ln)]
    kept = set(body)
    return [ln for ln in lines if ln not in kept or _COPYRIGHT_LINE.match(ln)]


# Form and button labels that a metadata extractor can mistake for an author.
_UI_LABELS = frozenset(
    [
        "username",
        "user name",
        "password",
        "email",
        "e mail",
        "email address",
        "login",
        "log in",
        "sign in",
        "sign up",
        "register",
        "subscribe",
        "search",
        "menu",
        "share",
        "comments",
        "reply",
        "author",
        "authors",
        "autor",
        "auteur",
        "作者",
    ]
)
# Job titles printed after a name ("Ben Silverman Games Editor", "Tom Krisher; AP Auto Writer"), the words
# that may qualify them, wire names run into a byline ("JILL LAWLESS Associated Press"), and degrees ("MA").
_JOB_TITLES = frozenset(
    ("editor", "editors", "writer", "writers", "correspondent", "correspondents", "reporter", "reporters")
    + ("columnist", "contributor", "producer", "journalist")
)
_JOB_QUALIFIERS = frozenset(
    ("senior", "staff", "chief", "deputy", "associate", "assistant", "contributing", "executive", "managing")
    + ("political", "business", "sports", "games", "tech", "technology", "auto", "science", "health")
    + ("foreign", "national", "investigative", "special", "ap", "news", "digital", "local", "city", "metro")
    + ("features", "world", "economics", "entertainment")
)
_WIRE_TAIL = re.compile(r"\s+(?:the\s+)?(?:associated press|reuters|afp|bloomberg)$", re.IGNORECASE)
_DEGREE = re.compile(r"^(?:MA|MD|PhD|MS|MSc|BA|BSc|RN|MPH|DO|MBA|JD)\.?$")
_STAMP_LABEL = re.compile(r"^(?:last\s+)?(?:updated|published|posted|modified)\b", re.IGNORECASE)


def _strip_job_title(name: str) -> str:
    """A name without the job title after it: "Ben Silverman Games Editor" -> "Ben Silverman"; "" for a part
    that is only a title ("AP Auto Writer")."""
    toks = _WIRE_TAIL.sub("", name).split()
    if not toks or toks[-1].lower().strip(".,") not in _JOB_TITLES:
        return " ".join(toks)
    if len(toks) == 2 and toks[0].lower() not in _JOB_QUALIFIERS:
        return " ".join(toks)  # "John Writer": a surname
    rest = toks[:-1]
    while rest and rest[-1].lower() in _JOB_QUALIFIERS:
        rest.pop()
    return " ".join(rest) if len(rest) >= 2 else ""
_DAY_OR_MONTH = re.compile(
    rf"^(?:{_MON}|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?)$",
    re.IGNORECASE,
)
_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|::|•|·)\s+")


def _fold(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def is_headline_start(name: str, title: str | None) -> bool:
    """Whether a name read as a byline is only the start of the headline ("Michelle Obama" of "Michelle
    Obama Goes Organic and Brings in the Bees", "BOUCHET ACADEMY" of "BOUCHET ACADEMY | Kids at ...")."""
    return bool(title) and (_fold(title or "") + " ").startswith(_fold(name) + " ")  # whole words: not "Tom Hank"


def clean_byline(byline: str | None, outlet: str | None = None) -> str | None:
    """A byline with page furniture taken out: form labels ("Username"), a name repeated in another
    case ("Jane Doe; JANE DOE"), and day or month names run into the name ("Jane Doe March").

    Example:
        >>> clean_byline("Jane Doe; JANE DOE")
        'Jane Doe'
        >>> clean_byline("Username") is None
        True
        >>> clean_byline("Tom Krisher; AP Auto Writer")
        'Tom Krisher'
        >>> clean_byline("Ben Silverman Games Editor")
        'Ben Silverman'
    """
    if not byline:
        return None
    names: list[str] = []
    seen: set[str] = set()
    for part in byline.split(";"):
        if _STAMP_LABEL.match(part.strip()) or _DEGREE.match(part.strip()):
            continue  # "Last Updated January 7", "MA": not a name
        part = _strip_job_title(" ".join(t for t in part.split() if not t.lower().startswith(("http", "www."))))
        toks = part.split()
        # A date printed after the name: "Jane Doe March" (three or more words, so "Theresa May" stays).
        while len(toks) >= 3 and _DAY_OR_MONTH.match(toks[-1]):
            toks.pop()
        name = " ".join(toks).strip(" ,|•·-–—")
        key = _fold(name)
        if not key or key in seen or key in _UI_LABELS or _DAY_OR_MONTH.match(name):
            continue
        seen.add(key)
        names.append(name)
    return "; ".join(names) or None


def strip_title_suffix(title: str | None, names: Sequence[str | None]) -> str | None:
    """``title`` without a trailing "| Author" or "- Site" part naming the byline or the outlet.

    Example:
        >>> strip_title_suffix("Bridge closes for repairs | Jane Doe", ["Jane Doe"])
        'Bridge closes for repairs'
    """
    if not title:
        return title
    known = {_fold(p) for n in names if n for p in n.split(";") if _fold(p)}
    known |= {k.removeprefix("the ") for k in known}
    while True:
        parts = _TITLE_SEP.split(title)
        if len(parts) < 2:
            return title
        last = _fold(parts[-1])
        if last.removeprefix("the ") not in known and last not in known:
            return title
        seps = list(_TITLE_SEP.finditer(title))
        head = title[: seps[-1].start()].rstrip()
        if len(words(head)) < 2:
            return title
        title = head


def names_outlet(line: str) -> bool:
    """Whether ``line`` has one of the phrases by which a page names its outlet (a cheap first filter)."""
    return any(pat.search(line) for pat in _OUTLET_PATTERNS) or bool(_SELF_NAMING.search(line))


def find_outlet(furniture: Sequence[str], body: Sequence[str] = ()) -> str | None:
    """The outlet a page names as itself, or None.

    Follow lines, copyright lines, "other X readers", "access to X" and the like are read from the
    page furniture only (header, footer, removed boilerplate): in article text "a member of X" or
    "support X" names a tribe, a party or a cause, not the outlet. Only "X could not independently
    verify" is also read from ``body``, and only when the furniture names no outlet.

    Example:
        >>> find_outlet(["Follow The Harbour Gazette on Twitter"])
        'Harbour Gazette'
        >>> find_outlet([], body=["He is a member of New Mexico's Jemez Pueblo."]) is None
        True
    """
    for pat in _OUTLET_PATTERNS:
        if name := _outlet_match(pat, furniture):
            return name
    return _outlet_match(_SELF_NAMING, furniture) or _outlet_match(_SELF_NAMING, body)


def url_outlet(url: str | None) -> str | None:
    """The host of an article's URL as its outlet when nothing names one ("www.example.com/x" -> "example.com").

    Example:
        >>> url_outlet("https://www.harbourgazette.example/news/1")
        'harbourgazette.example'
        >>> url_outlet("harbour/news/1") is None
        True
    """
    if not url:
        return None
    return urlsplit(url).netloc.removeprefix("www.") or None


def _date_confidence(day: str, before_title: bool, body: str) -> float:
    if not before_title:
        return STATED
    # A lone date above the headline is often when the page was captured. If the text speaks only of
    # years well before it, it is surely not the publication date.
    year = int(day[:4])
    years = [int(y) for y in _YEAR.findall(body)]
    if years and max(years) < year - 1:
        return CAPTURE
    return ABOVE_TITLE


def extract_fields(
    text: str,
    first_content: str | None,
    extra_header: Sequence[str] = (),
    body: Sequence[str] | None = None,
) -> Fields:
    """Read title, byline, date and outlet from the header of ``text`` (the lines above the article).

    Args:
        text: the page text, one block per line.
        first_content: the first line kept as article text (the header ends there), or None.
        extra_header: kept lines above the first real paragraph, which belong to the header too.
        body: the article paragraphs, when known; the outlet is read from the other lines. Without
            it, from the header and the lines that are boilerplate on their own.
    """
    lines = split_lines(text)
    end = lines.index(first_content) if first_content in lines else min(len(lines), HEADER_LINES)
    header = lines[max(0, end - HEADER_LINES) : end] + list(extra_header)
    if body is None:
        furniture = [ln for i, ln in enumerate(lines) if i < end or is_boilerplate_line(ln)]
        body = [ln for i, ln in enumerate(lines) if i >= end]
    else:
        furniture = furniture_lines(lines, body)
    outlet = find_outlet(furniture, body)
    twice = {ln for ln in lines if lines.count(ln) > 1}  # a photo caption printed twice is not the title
    candidates = [
        ln for ln in header if is_heading(ln) and byline_name(ln) is None and ln != outlet and ln not in twice
    ]
    # A masthead ("The Civic Ledger") is short; the headline after it is the title.
    title = next((ln for ln in candidates if len(ln.split()) >= 5), candidates[0] if candidates else None)
    title_at = header.index(title) if title else -1
    byline = None
    day, conf, used = None, 0.0, [title] if title else []
    for i, ln in enumerate(header):
        if ln == title:
            continue
        by = _BY.match(ln)
        # A byline is short or opens with "By": a long line that starts with a name is a photo caption
        # ("Sen. Wendy Davis, D-Fort Worth, speaks to supporters at a rally Thursday, Oct. 3, 2013, ...").
        if (
            byline is None
            and (by or len(words(ln)) <= BYLINE_MAX_WORDS)
            and (name := byline_name(ln)) is not None
            and (i > title_at or by)
        ):
            byline = name
            used.append(ln)
            if day is None and by and (found := parse_date(ln)):  # "By Jane Doe, 19 November 2019"
                day, conf = found, STATED
            continue
        if day is None and len(words(ln)) <= 12 and (found := parse_date(ln)):
            day = found
            rest = "\n".join(x for x in lines if x != ln)
            conf = STATED if _PUBLISHED.search(ln) else _date_confidence(found, i < title_at, rest)
            used.append(ln)
    return Fields(title, byline, outlet, day, conf, tuple(used))
