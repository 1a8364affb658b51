"""Recover title, byline, outlet and publication date from the lines of a page's text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from newsdesk.clean.boilerplate import is_boilerplate_line, is_stamp, split_lines
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


# Lines shaped like a headline that are page furniture: a photo caption with its credit ("... (Photo: Jo Roe)",
# "... REUTERS/Jo Roe", "Photo: Jo Roe/Scanpix"), a media player's caption block ("Media caption ...",
# "Enlarge this image toggle caption ..."), a summary box's label ("Story highlights ...", "What to Know ..."),
# a web or mail address or a handle, a link with an arrow ("Local News More>>", "► Update: ..."), and a
# stamp with a label ("Updated 6.15pm", "UPDATE: November 8, 8:25 AM CST", "Published: January 2011 ...").
# (not a headline that opens with the words: "What to know about the new mask rules")
_SUMMARY_LABEL = re.compile(r"^(?:story highlights|what to know|key points)\b(?!\s+(?:about|as|before|ahead|for|if|when)\b)",
                            re.IGNORECASE)
_NOT_HEADLINE = re.compile(
    r"\((?:photo|image|picture|credit)s?\b|\b(?:photo|image|picture|credit)s?(?: by)?:|\b(?:reuters|ap|afp|epa|getty|xinhua|upi|efe|ani|pa)/[A-Z]|"
    r"/(?:getty images|ap|afp|reuters|epa|scanpix)\b|\([^()]*\w/\w[^()]*\)\s*$|\bcaption\b|\bautoplay\b|"
    rf"{_SUMMARY_LABEL.pattern}|"
    r"https?://|\bwww\.|\S@\S+\.\w|(?:^|[\s(])@\w|"
    r"(?:>>|»|›)\s*$|^[►▶»›]",
    re.IGNORECASE,
)
_STAMP_OPENING = re.compile(
    rf"^(?:last\s+)?(?:update[ds]?|published|posted|modified)\b\W*(?:on\s+|at\s+)?"
    rf"(?:\d|{_MON}\s|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)",
    re.IGNORECASE,
)


def is_heading(line: str) -> bool:
    """A short line shaped like a headline: 3-25 words, no sentence-final period, not a date, a menu, a photo
    caption, a labelled stamp ("Updated 6.15pm") or a link.

    Example:
        >>> is_heading("Ferry runs aground off Lanmore"), is_heading("Ferry at dawn (Photo: Jo Roe)")
        (True, False)
    """
    toks = words(line)
    if not 3 <= len(toks) <= 25 or line.rstrip().endswith((".", ",", ";", ":")):
        return False
    if line.count("|") >= 2 or line.count("•") >= 2 or is_boilerplate_line(line):
        return False
    if _NOT_HEADLINE.search(line) or _STAMP_OPENING.match(line):
        return False
    return parse_date(line) is None and not line.lower().startswith(("by ", "photo", "image", "credit"))


def byline_name(line: str) -> str | None:
    """The person named by a byline line ("By Jane Doe", "Jane Doe", "Jane Doe, staff writer"), or None.

    Without "By", a line whose name is followed by a comma and prose opens a sentence or a headline
    ("Heath Harding, 18, says he is the slacker", "Black Caucus, progressives to oppose debt deal"), and a
    copyright line or a wire dateline ("MOUNT DORA, Fla. -- ...") names no author.

    Example:
        >>> byline_name("By Jane Doe"), byline_name("Jane Doe, 18, says she will run")
        ('Jane Doe', None)
    """
    from newsdesk.sentences import dateline_end

    line = line.strip().strip("|•·-–— ")
    m = _BY.match(line)
    cand = m.group("name") if m else line
    if not m and (_COPYRIGHT_LINE.match(line) or dateline_end(line)):
        return None
    if not m and "," in cand and _prose_tail(cand.split(",", 1)[1]):
        return None
    cand = re.split(r"\s*(?:[|,•·]|\band\b|\bin\b|\bfor\b)\s*", cand)[0].strip()
    parts = cand.split()
    if not 2 <= len(parts) <= 4 or not all(_NAME_WORD.match(p) for p in parts):
        return None
    if any(p.endswith(("'s", "’s")) for p in parts):  # "Michelle Obama's Savvy Sacrifice": a headline
        return None
    if any(p.lower() in STOPWORDS for p in parts) or parse_date(cand):
        return None
    return cand


def _prose_tail(tail: str) -> bool:
    """Whether the words after a name and a comma are prose (a sentence or a headline going on), not a job
    title or an outlet ("staff writer", "special to the Post", "Associated Press")."""
    toks = words(tail)
    plain = [t for t in re.findall(r"[^\W\d_][\w'’-]*", tail) if t[:1].islower()]
    allowed = STOPWORDS | _JOB_TITLES | _JOB_QUALIFIERS | {"special", "contributing", "freelance"}
    if len(toks) < 3 or parse_date(tail) or is_boilerplate_line(tail):
        return False  # "Jane Doe, 19 November 2019", "Jane Doe, updated 3 hours ago"
    return any(t.lower() not in allowed for t in plain)


# Words that may open a byline's line before "by" ("Posted by", "Updated By", "Written by").
_BY_OPENERS = frozenset(["posted", "updated", "published", "written", "story", "words", "text", "reporting", "edited"])
_BY_WORD = re.compile(r"(?:^|\s)by\s+(?=\S)", re.IGNORECASE)
# A byline line longer than this is prose ("Posted by Jane Doe, Software Engineer on Ledger Apps" is 9 words).
STAMP_LINE_WORDS = 16


def header_stamp(line: str) -> tuple[str | None, str | None] | None:
    """The date and the author's name of a line that is only a date stamp, a byline, or both, as a page
    prints them under the headline or the standfirst; None for any other line.

    A stamp alone must give a date or a time ("posted on April 21, 2015, at 11:29 a.m."); a byline may have
    a stamp or a label before it ("Tuesday 15 October 2019 by Jane Doe", "5:45 AM PST 11/19/2019 by Jane
    Doe", "/ Updated By Jane Doe", "Posted by Jane Doe, Software Engineer").

    Example:
        >>> header_stamp("Tuesday 15 October 2019 by Jane Doe")
        ('2019-10-15', 'Jane Doe')
        >>> header_stamp("By the time police arrived, the road was closed") is None
        True
    """
    text = line.strip().lstrip("/|•·-–— ").strip()
    if not text or len(text.split()) > STAMP_LINE_WORDS:
        return None
    m = _BY_WORD.search(text)
    pre, name = text, None
    if m:
        pre = text[: m.start()]
        name = byline_name("By " + text[m.end() :])
        if name is None:
            return None
    pre = pre.strip(" ,|•·-–—:")
    if pre and not is_stamp(pre, am_pm=True) and not all(w in _BY_OPENERS for w in pre.lower().split()):
        return None
    day = parse_date(pre) if pre else None
    if name is not None and day is None and m is not None:
        day = parse_date(text[m.end() :])  # "By Jane Doe, 19 November 2019"
    if name is None and day is None:
        return None  # a stamp alone gives the day: "Updated", "Monday" or "2:44 p.m." (a live report's heading) do not
    return day, name


# A publisher's copyright line carries a year, the sign, the reservation ("© 2019 Harbour Gazette", "Copyright
# 2019 The Courier. All rights reserved.") or an outlet's word; "Copyright Marvel Comics" alone credits a picture.
_PUBLISHER_COPYRIGHT = re.compile(r"©|\(c\)|\b(?:19|20)\d\d\b|rights reserved", re.IGNORECASE)


def _outlet_match(pat: re.Pattern[str], lines: Sequence[str]) -> str | None:
    for line in lines:
        m = pat.search(line)
        if m:
            name = re.split(r"\.\s", m.group("o"))[0].strip(" .,'’")  # "Meridian Wire. All rights"
            if name.lower() in _NOT_OUTLET or name.isdigit() or _PHOTO_CREDIT.search(line):
                continue
            if pat is _OUTLET_PATTERNS[0] and _reads_as_person(name):
                continue  # "Follow Tia Ghose on Twitter": the reporter, not the outlet
            if pat is _OUTLET_PATTERNS[1] and not _PUBLISHER_COPYRIGHT.search(line) \
                    and not any(w.lower() in OUTLET_WORDS for w in name.split()):
                continue  # "Copyright Marvel Comics" credits a picture; "Copyright Associated Press" an outlet
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
        "text size",
        "font size",
        "print",
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
_DEGREE = re.compile(r"^(?:MA|MD|PhD|MS|MSc|BA|BSc|RN|MPH|DO|MBA|JD|RD|RDN|LD|DDS|DVM|CPT|LCSW|NP|PharmD|MFA)\.?$")
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


# The last word of a web address whose dots a metadata extractor turned into spaces ("Cleveland com").
# Only the generic ones: country codes are words of names ("Michiel de", "Joe Ca").
_TLD = frozenset(["com", "org", "net", "info", "biz", "gov", "edu"])


def _name_key(name: str) -> str:
    """A name without its initials, to find one name written twice ("Troy Smith", "Troy L. Smith")."""
    return " ".join(t for t in _fold(name).split() if len(t) > 1)


def _names_site(part: str, outlet_key: str) -> bool:
    """Whether a byline part is the site, not a person: a web address ("Cleveland com"), or the outlet's
    name, its start or itself followed by more words ("CNN Business" of CNN, "Business Insider" of
    "Business Insider Deutschland")."""
    toks = _fold(part).split()
    if len(toks) >= 2 and toks[-1] in _TLD:
        return True
    key = " ".join(toks).removeprefix("the ")
    return bool(outlet_key) and (
        key == outlet_key or key.startswith(outlet_key + " ") or outlet_key.startswith(key + " ")
    )


# The last word of a desk or a group credited instead of a person ("Our Foreign Staff", "Staff Reports",
# "Reuters Staff", "Detroit News wire services", "The Editorial Board", "Web Desk").
_DESK_WORDS = frozenset(
    ["staff", "staffers", "desk", "team", "newsroom", "bureau", "board", "reports", "report", "services",
     "editors", "writers", "reporters", "correspondents", "contributors", "agencies", "wires", "editorial",
     "editorials", "admin", "administrator", "webmaster", "newsdesk"]
)
# Words of a page's author widget or navigation, not of a name ("Follow Author", "View all posts", "Author
# profile", "Authority control").
_LABEL_WORDS = frozenset(
    ["follow", "unfollow", "author", "authors", "view", "all", "posts", "post", "articles", "stories", "profile",
     "bio", "contact", "more", "about", "see", "show", "read", "by", "the", "from", "this", "of", "latest",
     "recent", "email", "e-mail", "twitter", "facebook", "instagram", "linkedin", "website", "homepage", "page",
     "authority", "control", "anonymous", "unknown", "guest", "archive", "archives", "subscribe", "comments"]
)
# A label before the name in an author widget: "View all posts by Jane Doe", "More by Jane Doe", "Posted by".
_LABEL_BEFORE_NAME = re.compile(
    r"^(?:(?:view|see|show|read|browse)\s+)?(?:all\s+|more\s+|latest\s+|other\s+)?"
    r"(?:(?:posts|articles|stories|entries|columns|work)\s+)?(?:posted|written|story|words|text|reporting|by)?"
    r"\s*\bby\s+(?=\S)|^more\s+from\s+(?=\S)",
    re.IGNORECASE,
)
# A second role inside one part: "Rob Ewaschuk Edited by Betsy Beyer", "Jane Doe with reporting by Tom Reed".
_ROLE_SPLIT = re.compile(
    r"\s+(?:with\s+)?(?:(?:additional\s+)?reporting|edited|reported|compiled|produced|updated)\s+by\s+",
    re.IGNORECASE,
)
# Particles of a name that stay in lower case ("Jan de Vries", "Ludwig van Beethoven", "Michiel de").
_PARTICLES = frozenset(
    ["de", "del", "della", "der", "den", "di", "da", "do", "dos", "das", "du", "van", "von", "la", "le", "el",
     "al", "bin", "ibn", "ben", "ter", "ten", "zu", "y", "e", "st"]
)


def _is_handle(part: str) -> bool:
    """A social or site handle, not a name: "@jdoe", "jdoe@example.org", one word run together from several
    ("AMournfulHowlInTheNight"), with digits or underscores ("jdoe_77"), or a name cut to an initial after a
    hyphen ("Kevin-R"), or all in lower case ("bkuhn")."""
    part = part.strip()
    if "@" in part:
        return True
    if " " in part or not part:
        return False
    if re.search(r"[\d_]", part) or re.search(r"-[A-Za-z]$", part):
        return True
    inner_caps = len(re.findall(r"(?<=[a-z])[A-Z]", part))
    return inner_caps >= 2 or (part.isascii() and part.isalpha() and part.islower() and len(part) > 2)


def _desk_or_label(part: str) -> str:
    """A byline part without a desk's or a widget's words: the person of "Jane Doe Staff" ("Jane Doe"), ""
    for a desk ("Our Foreign Staff", "Staff Reports", "Reuters Staff") or a label ("Follow Author", "View all
    posts", "Admin", "Jdadmin"), and the part itself otherwise."""
    toks = part.split()
    low = [t.lower().strip(".,:") for t in toks]
    if all(t in _LABEL_WORDS for t in low) or any("admin" in t for t in low):
        return ""
    if low and low[-1] in _DESK_WORDS:
        rest = toks[:-1]
        while rest and rest[-1].lower() in _DESK_WORDS | _JOB_QUALIFIERS | {"wire", "news"}:
            rest.pop()
        return " ".join(rest) if _person_shaped(" ".join(rest)) else ""
    return part


def _lowercase_tail_out(part: str) -> str:
    """A name without lower-case words after it ("Aleš Vávra před" -> "Aleš Vávra"): a name's words are
    capitalised, save particles ("Jan de Vries", "Michiel de")."""
    toks = part.split()
    while len(toks) > 2 and toks[-1][:1].islower() and toks[-1].lower() not in _PARTICLES:
        toks.pop()
    return " ".join(toks)


def _outlet_tail_out(part: str, outlet_key: str) -> str:
    """A name without the outlet's name run into it ("Finian Cunningham Sputnik International" of outlet
    "SputnikInt" -> "Finian Cunningham"): the words after a name of two or three words whose first word
    opens the outlet's name, spaces aside."""
    compact = outlet_key.replace(" ", "")
    toks = part.split()
    if len(compact) < 3:
        return part
    for k in (2, 3):
        if len(toks) <= k:
            break
        first = _fold(toks[k]).replace(" ", "")
        if len(first) >= 3 and compact.startswith(first) and _person_shaped(" ".join(toks[:k])):
            return " ".join(toks[:k])
    return part


def clean_byline(byline: str | None, outlet: str | None = None) -> str | None:
    """A byline with page furniture taken out: form labels ("Username"), a name repeated in another
    case ("Jane Doe; JANE DOE") or with its initials ("Troy Smith; Troy L Smith"), day or month names
    run into the name ("Jane Doe March"), single letters and lone stop words, and the site itself:
    a web address ("Cleveland com"), or the ``outlet``'s name when a person is named beside it or the
    part does not read as a person ("Amy Kuperinsky; NJ Advance Media" of NJ). A byline that only
    spells the outlet's name in parts ("Mac; I" of "Mac & i") is None. A personal site whose outlet is
    its author's name keeps the name ("Haki Benita" of "Haki Benita").

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
    outlet_key = _fold(outlet or "").removeprefix("the ")
    parts = [p for part in byline.split(";") for p in _ROLE_SPLIT.split(part)]
    for part in parts:
        part = _LABEL_BEFORE_NAME.sub("", part.strip())  # "View all posts by Jane Doe", "Posted by Jane Doe"
        part = re.sub(r"\s*\(@?[\w.]+\)$", "", part)  # "Jane Doe (@jdoe)", "Jane Doe (jdoe)": the handle after it
        if _STAMP_LABEL.match(part.strip()) or _DEGREE.match(part.strip()) or _is_handle(part):
            continue  # "Last Updated January 7", "MA", "@jdoe": not a name
        part = _strip_job_title(" ".join(t for t in part.split() if not t.lower().startswith(("http", "www."))))
        toks = part.split()
        # A date printed after the name: "Jane Doe March" (three or more words, so "Theresa May" stays).
        while len(toks) >= 3 and _DAY_OR_MONTH.match(toks[-1]):
            toks.pop()
        part = _outlet_tail_out(_lowercase_tail_out(_desk_or_label(" ".join(toks))), outlet_key)
        name = part.strip(" ,|•·-–—")
        key = _fold(name)
        if not key or key in _UI_LABELS or _DAY_OR_MONTH.match(name):
            continue
        if len(key) == 1 or all(t in STOPWORDS for t in key.split()):
            continue  # "I" of a split "Mac & i", "The": no name
        if _name_key(name) in seen or key in seen:
            continue
        seen.update({key, _name_key(name)})
        names.append(name)
    if outlet_key and ";" in byline and _fold(byline).removeprefix("the ") == outlet_key:
        return None  # "Mac; I": the site's name, cut at its "&"
    others = [n for n in names if not _names_site(n, outlet_key)]
    # Beside a person, a part that opens with a job qualifier is the rest of a cut job title ("ROBERT BURNS;
    # AP National Security" of "AP National Security Writer").
    titled = [n for n in others if n.split()[0].lower() in _JOB_QUALIFIERS]
    if any(_person_shaped(n) for n in others if n not in titled):
        others = [n for n in others if n not in titled]
    if any(_person_shaped(n) for n in others):
        return "; ".join(others)
    # No person beside the site's name: a personal site named after its author keeps the author's name
    # ("Haki Benita" of "Haki Benita", "Bradley M Kuhn" of "Bradley M. Kuhn (bkuhn)"); an outlet's does not.
    people = [n for n in names if _person_shaped(n) and not _names_site(n, "")]
    return "; ".join(people or others) or None


def _person_shaped(name: str) -> bool:
    """Two to four capitalised words, initials allowed, two of them real words, none an outlet word."""
    toks = name.split()
    full = [t for t in toks if _NAME_WORD.match(t)]
    initials = [t for t in toks if re.fullmatch(r"[A-Z]\.?", t)]
    return 2 <= len(toks) <= 4 and len(full) >= 2 and len(full) + len(initials) == len(toks) \
        and not any(t.lower() in OUTLET_WORDS for t in toks)


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


# Words that make a section label of a line with an outlet word ("World News", "Latest News"), not a masthead.
_SECTION_WORDS = frozenset(
    ["world", "local", "latest", "breaking", "top", "business", "sport", "sports", "national", "international",
     "more", "related", "tech", "technology", "health", "science", "entertainment", "politics", "political",
     "home", "live", "opinion", "today", "weather", "in", "the", "and", "&"]
)
_MASTHEAD_PARTICLES = frozenset(["of", "the", "de", "del", "la", "le", "el", "du", "&", "and", "für", "der"])
_DOMAIN = re.compile(r"^[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|co\.uk|co|uk|info|news|io|ca|au)$")


def _name_shaped(line: str) -> bool:
    """1 to 4 capitalised words (particles aside), without digits or punctuation but "&" and "'"."""
    toks = line.split()
    return 1 <= len(toks) <= 4 and not re.search(r"[\d.!?:;,|\"“”()/]", line) \
        and all(t[:1].isupper() or t.lower() in _MASTHEAD_PARTICLES for t in toks)


def named_as_outlet(name: str, body: Sequence[str]) -> bool:
    """Whether the article speaks of ``name`` as the outlet that reports it: "told Al Jazeera", "Al Jazeera has
    learned", "Al Jazeera's correspondent", "in an interview with Al Jazeera", "Al Jazeera could not
    independently verify". A person or a region is not spoken of so ("Dana Reyes told", "the Middle East").

    Example:
        >>> named_as_outlet("Al Jazeera", ["The minister told Al Jazeera that talks would resume."])
        True
        >>> named_as_outlet("Middle East", ["Talks across the Middle East resumed."])
        False
    """
    n = re.escape(name)
    roles = re.compile(
        rf"\b(?:told|telling|tells|contacted by|(?:interview|speaking|spoke|talking) (?:with|to)) (?:the )?{n}\b"
        rf"|\b{n} (?:has|had|have) (?:learned|learnt|obtained|confirmed|contacted|reached out)\b"
        rf"|\b{n}(?:'s|’s) (?:correspondent|reporter|editor|journalist|bureau|team|investigation|crew)s?\b"
        rf"|\b{n} (?:could not|cannot|was unable to) (?:independently )?(?:verify|confirm)\b"
    )
    return any(roles.search(para) for para in body)


def masthead(line: str) -> str | None:
    """The outlet named by a masthead line printed above the headline ("Harbour Times", "The Daily Ledger",
    "harbourtimes.com"), or None.

    A masthead is short (1 to 5 words), has no sentence punctuation or digits, capitalises every word but
    particles, and holds a word of a news outlet's name (Times, Post, News, Herald, ...) that is not only
    a section's ("World News") -- or it is a web address. Two capitalised words without an outlet word
    ("Middle East", "Jane Doe") are a section or a person, not taken.

    Example:
        >>> masthead("The Harbour Times"), masthead("World News"), masthead("Jane Doe")
        ('The Harbour Times', None, None)
    """
    line = line.strip()
    if _DOMAIN.match(line):
        return line
    toks = line.split()
    if not 1 <= len(toks) <= 5 or re.search(r"[\d.!?:;,|\"“”]", line) or is_boilerplate_line(line):
        return None
    if not all(t[:1].isupper() or t.lower() in _MASTHEAD_PARTICLES for t in toks):
        return None
    low = [t.lower().strip("'’") for t in toks]
    if not any(t in OUTLET_WORDS for t in low):
        return None
    if all(t in OUTLET_WORDS or t in _SECTION_WORDS for t in low) and not any(
        t in OUTLET_WORDS and t != "news" for t in low
    ):
        return None  # "World News", "Latest News": a section of the site
    return line


# A wire credit in a dateline: "BRUSSELS, January 22 (Xinhua) --", "PINE RIDGE, S.D. (AP) --", "(CNN) --".
_DATELINE_CREDIT = re.compile(r"\((?P<o>[A-Za-z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})\)")
_NOT_CREDIT = frozenset(["updated", "update", "photo", "photos", "video", "file", "live", "corrected", "correction"])


def dateline_credit(body: Sequence[str]) -> str | None:
    """The agency credited in the wire dateline that opens the article ("Xinhua" of "BRUSSELS, January 22
    (Xinhua) -- ..."), or None.

    It names who wrote the report, which is the outlet of a page that does not name itself; an outlet
    relaying an agency's copy names itself elsewhere, so callers use it only when nothing else (the page,
    the input's metadata, its address) names the outlet.

    Example:
        >>> dateline_credit(["BRUSSELS, January 22 (Xinhua) -- Two recent studies found growth."])
        'Xinhua'
    """
    from newsdesk.sentences import dateline_end

    if not body:
        return None
    first = body[0].strip()
    end = dateline_end(first)
    m = _DATELINE_CREDIT.search(first, 0, end) if end else None
    if m is None or m.group("o").lower() in _NOT_CREDIT:
        return None
    return m.group("o")


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


def _summary_box(header: Sequence[str]) -> set[str]:
    """The lines of a summary box in the header ("Story highlights" and the points under it): what the article
    says in brief, not its headline. The box opens at its label, alone or followed by a point in sentence case
    ("Story highlights DeAngelo Davis, 31, charged in ..."; not a headline "What to Know About the Winter Storm"),
    and runs to a byline or stamp line or the header's end."""
    start = next((i for i, ln in enumerate(header) if _box_label(ln)), None)
    if start is None:
        return set()
    box = [header[start]]
    for ln in header[start + 1:]:
        if byline_name(ln) is not None or header_stamp(ln) is not None:
            break
        box.append(ln)
    return set(box)


def _box_label(line: str) -> bool:
    """A summary box's label, alone or before its first point in sentence case."""
    m = _SUMMARY_LABEL.match(line)
    if m is None:
        return False
    rest = re.findall(r"[A-Za-z][\w'’-]*", line[m.end():])[1:]  # the point's words after its first
    return not rest or sum(w[0].islower() for w in rest) * 2 >= len(rest)


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
    boxed = _summary_box(header)
    candidates = [
        ln for ln in header
        if is_heading(ln) and byline_name(ln) is None and ln != outlet and ln not in twice and header_stamp(ln) is None
        and ln not in boxed
    ]
    # A masthead ("The Civic Ledger") is short; the headline after it is the title.
    title = next((ln for ln in candidates if len(ln.split()) >= 5), candidates[0] if candidates else None)
    title_at = header.index(title) if title else -1
    byline = None
    day, conf, used = None, 0.0, [title] if title else []
    if outlet is None and title_at > 0:
        # The one line above the headline, boilerplate and dates aside, may be the masthead ("Harbour Times").
        above = [ln for ln in header[:title_at] if not is_boilerplate_line(ln) and parse_date(ln) is None]
        if len(above) == 1 and (outlet := masthead(above[0])) is not None:
            used.append(above[0])
        elif len(above) == 1 and _name_shaped(above[0]) and named_as_outlet(above[0], body):
            # A masthead without an outlet's word ("Al Jazeera"), which the article names as the reporting outlet.
            outlet = above[0]
            used.append(above[0])
    for i, ln in enumerate(header):
        if ln == title:
            continue
        stamped = header_stamp(ln)
        if stamped is not None and stamped[1] is not None and byline is None:
            # A byline line with its stamp ("Tuesday 15 October 2019 by Jane Doe", "/ Updated By Jane Doe").
            byline = stamped[1]
            if day is None and stamped[0]:
                day, conf = stamped[0], STATED
            used.append(ln)
            continue
        by = _BY.match(ln)
        # A byline is short or opens with "By": a long line that starts with a name is a photo caption
        # ("Sen. Wendy Davis, D-Fort Worth, speaks to supporters at a rally Thursday, Oct. 3, 2013, ...").
        if (
            byline is None
            and (by or len(words(ln)) <= BYLINE_MAX_WORDS)
            and (name := byline_name(ln)) is not None
            and (by or 0 <= title_at < i)  # a name alone is a byline under a headline, not a headline
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
    if outlet and byline and set(outlet.lower().split()) <= set(byline.lower().split()) \
            and any(re.search(rf"\bfollow {re.escape(outlet)} on\b", ln, re.IGNORECASE) for ln in furniture):
        # "Follow Caroline on Twitter" under "By Caroline Dunne": the reporter's account, not the outlet's
        outlet = find_outlet([ln for ln in furniture if outlet not in ln], body)
    return Fields(title, byline, outlet, day, conf, tuple(used))
