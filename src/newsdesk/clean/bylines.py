"""Read the author's name from a byline or a stamp line, and clean a byline of page furniture."""

from __future__ import annotations

import re

from newsdesk.clean.boilerplate import is_boilerplate_line, is_stamp
from newsdesk.clean.dates import DAY_OR_MONTH, parse_date
from newsdesk.text import OUTLET_WORDS, STOPWORDS, words

BY_LINE = re.compile(r"^(?:by|written by|words by|von|par|por)\s+(?P<name>.+)$", re.IGNORECASE)
# A word of a person's name: capitalised letters of any Latin-script language ("María", "López", "Øster").
NAME_WORD = re.compile(r"^(?=[A-ZÀ-ÖØ-ÞĀ-Ž])[^\W\d_](?:[^\W\d_]|['’.-])+$")
COPYRIGHT_LINE = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.IGNORECASE)


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
    m = BY_LINE.match(line)
    cand = m.group("name") if m else line
    if not m and (COPYRIGHT_LINE.match(line) or dateline_end(line)):
        return None
    if not m and "," in cand and _prose_tail(cand.split(",", 1)[1]):
        return None
    cand = re.split(r"\s*(?:[|,•·]|\band\b|\bin\b|\bfor\b)\s*", cand)[0].strip()
    parts = cand.split()
    if not 2 <= len(parts) <= 4 or not all(NAME_WORD.match(p) for p in parts):
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
    allowed = STOPWORDS | JOB_TITLES | JOB_QUALIFIERS | {"special", "contributing", "freelance"}
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
JOB_TITLES = frozenset(
    ("editor", "editors", "writer", "writers", "correspondent", "correspondents", "reporter", "reporters")
    + ("columnist", "contributor", "producer", "journalist")
)
JOB_QUALIFIERS = frozenset(
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
    if not toks or toks[-1].lower().strip(".,") not in JOB_TITLES:
        return " ".join(toks)
    if len(toks) == 2 and toks[0].lower() not in JOB_QUALIFIERS:
        return " ".join(toks)  # "John Writer": a surname
    rest = toks[:-1]
    while rest and rest[-1].lower() in JOB_QUALIFIERS:
        rest.pop()
    return " ".join(rest) if len(rest) >= 2 else ""


def name_key(text: str) -> str:
    """A name or title as compared: folded case, punctuation as single spaces ("The Civic-Ledger" -> "the civic
    ledger")."""
    return re.sub(r"\W+", " ", text.casefold()).strip()


def is_headline_start(name: str, title: str | None) -> bool:
    """Whether a name read as a byline is only the start of the headline ("Michelle Obama" of "Michelle
    Obama Goes Organic and Brings in the Bees", "BOUCHET ACADEMY" of "BOUCHET ACADEMY | Kids at ...")."""
    return bool(title) and (name_key(title or "") + " ").startswith(name_key(name) + " ")  # whole words: not "Tom Hank"


# The last word of a web address whose dots a metadata extractor turned into spaces ("Cleveland com").
# Only the generic ones: country codes are words of names ("Michiel de", "Joe Ca").
_TLD = frozenset(["com", "org", "net", "info", "biz", "gov", "edu"])


def _key_without_initials(name: str) -> str:
    """A name without its initials, to find one name written twice ("Troy Smith", "Troy L. Smith")."""
    return " ".join(t for t in name_key(name).split() if len(t) > 1)


def _names_site(part: str, outlet_key: str) -> bool:
    """Whether a byline part is the site, not a person: a web address ("Cleveland com"), or the outlet's
    name, its start or itself followed by more words ("CNN Business" of CNN, "Business Insider" of
    "Business Insider Deutschland")."""
    toks = name_key(part).split()
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


_CREDIT_GLUE = frozenset(["from", "and", "wire", "news", "the", "our", "local"])


def is_desk_credit(line: str) -> bool:
    """Whether a line alone credits a desk, not a person ("Staff Reports", "From staff and wire reports"): a byline
    naming no one, which is no article text.

    Example:
        >>> is_desk_credit("Staff Reports"), is_desk_credit("From staff and wire reports"), is_desk_credit("The board")
        (True, True, False)
    """
    low = [t.lower().strip(".,:") for t in line.split()]
    return 2 <= len(low) <= 6 and low[-1] in _DESK_WORDS and all(t in _DESK_WORDS | _CREDIT_GLUE for t in low) \
        and not {"staff", "wire", "wires"}.isdisjoint(low)  # not "The board", "News and reports"


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
        while rest and rest[-1].lower() in _DESK_WORDS | JOB_QUALIFIERS | {"wire", "news"}:
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
        first = name_key(toks[k]).replace(" ", "")
        if len(first) >= 3 and compact.startswith(first) and _person_shaped(" ".join(toks[:k])):
            return " ".join(toks[:k])
    return part


# Words of a byline in capitals that name a desk, an agency or a station, not a person ("AP STAFF", "USA TODAY").
_AGENCY_WORDS = _DESK_WORDS | frozenset(["wire", "news", "service", "agency", "press", "associated", "reuters", "ap",
                                         "afp", "upi", "online", "digital", "media", "contributor", "today", "tv",
                                         "radio", "sport", "sports", "network", "channel", "daily", "times", "post"])
_ROMAN = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII)\.?")
_NAME_PARTICLES = frozenset(["and", "de", "del", "della", "der", "den", "van", "von", "da", "du", "la", "le", "y"])


def _name_case(name: str, outlet_key: str = "") -> str:
    """A person's name printed in capitals as names are written ("DANICA KIRKA" -> "Danica Kirka", "SEAN O'NEILL"
    -> "Sean O'Neill", "ANN MCBRIDE-LEE" -> "Ann McBride-Lee", "JOHN SMITH III" -> "John Smith III"); a desk, an
    agency, a station or the outlet in capitals ("KSL TV", "USA TODAY"), and a name not in capitals, as given."""
    toks = name.split()
    if len(toks) < 2 or not name.isupper() or name_key(name) == outlet_key:
        return name
    if any(t.lower().strip(".,") in _AGENCY_WORDS for t in toks) or not all(
            re.fullmatch(r"[A-Z][A-Z.'’-]*", t) and (re.search(r"[AEIOUY]", t) or _ROMAN.fullmatch(t) or t.rstrip(".") in ("JR", "SR")) for t in toks):
        return name  # a word without a vowel is an acronym ("KSL", "BBC"): no person's name

    def word(w: str) -> str:
        if _ROMAN.fullmatch(w):
            return w
        if w.lower() in _NAME_PARTICLES:
            return w.lower()
        w = re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), w.lower())  # O'NEILL -> O'Neill
        return re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), w)

    return " ".join(word(t) for t in toks)


# A date written after the name, after a separator or alone ("Sam Field | March 5, 2024", "March 5", "2024-03-05").
_DATE_AFTER_NAME = re.compile(
    r"(?:^|\s*[|,•·–—]\s*|\s+)(?:(?:on|updated|published)\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"(?!\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?)\b)(?:,?\s+\d{4})?"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\b.*$",
    re.IGNORECASE,
)


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
    outlet_key = name_key(outlet or "").removeprefix("the ")
    parts = [p for part in byline.split(";") for p in _ROLE_SPLIT.split(part)]
    for part in parts:
        part = _LABEL_BEFORE_NAME.sub("", part.strip())  # "View all posts by Jane Doe", "Posted by Jane Doe"
        part = re.sub(r"\s*\(@?[\w.]+\)$", "", part)  # "Jane Doe (@jdoe)", "Jane Doe (jdoe)": the handle after it
        if _STAMP_LABEL.match(part.strip()) or _DEGREE.match(part.strip()) or _is_handle(part):
            continue  # "Last Updated January 7", "MA", "@jdoe": not a name
        part = _DATE_AFTER_NAME.sub("", part)  # "Sam Field | March 5, 2024": the page's date beside the name
        part = _strip_job_title(" ".join(t for t in part.split() if not t.lower().startswith(("http", "www."))))
        toks = part.split()
        # A date printed after the name: "Jane Doe March" (three or more words, so "Theresa May" stays).
        while len(toks) >= 3 and DAY_OR_MONTH.match(toks[-1]):
            toks.pop()
        part = _outlet_tail_out(_lowercase_tail_out(_desk_or_label(" ".join(toks))), outlet_key)
        name = part.strip(" ,|•·-–—")
        key = name_key(name)
        if not key or key in _UI_LABELS or DAY_OR_MONTH.match(name):
            continue
        if len(key) == 1 or all(t in STOPWORDS for t in key.split()):
            continue  # "I" of a split "Mac & i", "The": no name
        if _key_without_initials(name) in seen or key in seen:
            continue
        seen.update({key, _key_without_initials(name)})
        names.append(_name_case(name, outlet_key))
    if outlet_key and ";" in byline and name_key(byline).removeprefix("the ") == outlet_key:
        return None  # "Mac; I": the site's name, cut at its "&"
    others = [n for n in names if not _names_site(n, outlet_key)]
    # Beside a person, a part that opens with a job qualifier is the rest of a cut job title ("ROBERT BURNS;
    # AP National Security" of "AP National Security Writer").
    titled = [n for n in others if n.split()[0].lower() in JOB_QUALIFIERS]
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
    full = [t for t in toks if NAME_WORD.match(t)]
    initials = [t for t in toks if re.fullmatch(r"[A-Z]\.?", t)]
    return 2 <= len(toks) <= 4 and len(full) >= 2 and len(full) + len(initials) == len(toks) \
        and not any(t.lower() in OUTLET_WORDS for t in toks)


