"""Read the outlet a page names as itself: furniture lines, mastheads, self-naming phrases, wire datelines, URLs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from newsdesk.clean.boilerplate import is_boilerplate_line
from newsdesk.clean.bylines import COPYRIGHT_LINE, NAME_WORD
from newsdesk.outlet_names import KNOWN_OUTLETS, canonical_outlet
from newsdesk.text import OUTLET_WORDS

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
# The one phrase by which an outlet names itself inside its article text ("Al Jazeera could not
# independently verify the report"); read from body paragraphs only when the page furniture names none.
_SELF_NAMING = re.compile(
    r"^(?P<o>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}) (?:could not|cannot|was unable to) independently verify"
)


# A publisher's copyright line carries a year, the sign, the reservation ("© 2019 Harbour Gazette", "Copyright
# 2019 The Courier. All rights reserved.") or an outlet's word; "Copyright Marvel Comics" alone credits a picture.
_PUBLISHER_COPYRIGHT = re.compile(r"©|\(c\)|\b(?:19|20)\d\d\b|rights reserved", re.IGNORECASE)


def _outlet_match(pat: re.Pattern[str], lines: Sequence[str], body: Sequence[str] = ()) -> str | None:
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
            if pat is _OUTLET_PATTERNS[1] and not re.search(r"\b(?:19|20)\d\d\b|rights reserved", line, re.IGNORECASE) \
                    and _credits_pictures(name, [ln for ln in [*lines, *body] if ln != line]):
                continue  # a bare "©EPA" under "... EPA/CHRISTOPHE PETIT TESSON": the photo agency of a picture
            return name
    return None


# "Image copyright AFP Image caption ...", "Photo copyright Getty Images", "... tails. Credit: Copyright Jo
# Moss, Milan": who owns a picture, not the page.
_PHOTO_CREDIT = re.compile(
    r"\b(?:image|photo|picture)s? (?:copyright|©|credit)|\bimage caption\b|\bcredit:?\s*(?:©|\(c\)|copyright)",
    re.IGNORECASE,
)


def _credits_pictures(name: str, lines: Sequence[str]) -> bool:
    """Whether the page credits pictures to ``name`` the way photo agencies are credited: "EPA/Jo Roe",
    "Photo: AFP", "(AP Photo/Jo Roe)"; not "a Reuters/Ipsos poll"."""
    n = re.escape(name)
    # the slash credit names a photographer (two words: "EPA/JO ROE"), not a partner ("Reuters/Ipsos poll")
    credit = re.compile(rf"\b{n}(?:\s+Photo)?/[A-Z][\w'’-]*\s+[A-Z][\w'’-]+|\b(?:photo|image|picture)s?\s*(?:by|:)\s*{n}\b",
                        re.IGNORECASE)
    return any(credit.search(line) for line in lines)


def _reads_as_person(name: str) -> bool:
    """Two or three capitalised name words and no outlet word ("Tia Ghose", "Regina Garcia Cano"): a person."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(NAME_WORD.match(p) for p in parts) \
        and not any(p.lower() in OUTLET_WORDS for p in parts)


def furniture_lines(lines: Sequence[str], body: Sequence[str] | None = None) -> list[str]:
    """The page furniture among ``lines``: those not in ``body`` (the article paragraphs).

    Without ``body``, the lines that are boilerplate on their own (calls to subscribe or follow,
    copyright lines, stamps). Article paragraphs are never furniture, but a line that opens with a
    copyright sign is, even when the cleaner kept it.
    """
    if body is None:
        return [ln for ln in lines if is_boilerplate_line(ln) or COPYRIGHT_LINE.match(ln)]
    kept = set(body)
    return [ln for ln in lines if ln not in kept or COPYRIGHT_LINE.match(ln)]



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
        if name := _outlet_match(pat, furniture, body):
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


_WEB_ADDRESS = re.compile(r"^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:/\S*)?$", re.IGNORECASE)


def outlet_as_named(name: str | None) -> str | None:
    """An outlet name as a reader cites it: a site name given as its web address ("http://www.tmz.com") is its
    host ("tmz.com"), as when only the URL names the outlet; any other name as given.

    Example:
        >>> outlet_as_named("http://www.tmz.com"), outlet_as_named("Harbour Gazette")
        ('tmz.com', 'Harbour Gazette')
    """
    address = name.strip() if name else ""
    if not _WEB_ADDRESS.match(address) or not address.lower().startswith(("http://", "https://", "www.")) \
            and not address.endswith("/"):
        return name  # "SpaceNews.com" is how that site writes its name
    return url_outlet(address if "://" in address else "//" + address) or name


# Words that make a section label of a line with an outlet word ("World News", "Latest News"), not a masthead.
_SECTION_WORDS = frozenset(
    ["world", "local", "latest", "breaking", "top", "business", "sport", "sports", "national", "international",
     "more", "related", "tech", "technology", "health", "science", "entertainment", "politics", "political",
     "home", "live", "opinion", "today", "weather", "in", "the", "and", "&"]
)
_MASTHEAD_PARTICLES = frozenset(["of", "the", "de", "del", "la", "le", "el", "du", "&", "and", "für", "der"])
_DOMAIN = re.compile(r"^[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|co\.uk|co|uk|info|news|io|ca|au)$")


def name_shaped(line: str) -> bool:
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
# Words in parentheses at the head of a text that credit no one: "(Undated)", "(Laughter)", "(Analysis)".
_NOT_CREDIT = frozenset(["updated", "update", "photo", "photos", "video", "file", "live", "corrected", "correction",
                         "undated", "laughter", "applause", "advance", "embargoed", "analysis", "opinion",
                         "editorial", "commentary", "review", "sponsored", "exclusive", "watch", "listen"])


def dateline_credit(body: Sequence[str]) -> str | None:
    """The agency credited in the wire dateline that opens the article ("Xinhua" of "BRUSSELS, January 22
    (Xinhua) -- ..."), or None.

    It names who wrote the report, which is the outlet of a page that does not name itself; an outlet
    relaying an agency's copy names itself elsewhere, so callers use it only when nothing else (the page,
    the input's metadata, its address) names the outlet.

    Example:
        >>> dateline_credit(["BRUSSELS, January 22 (Xinhua) -- Two recent studies found growth."])
        'Xinhua'
        >>> dateline_credit(["BONN, February 5 (xinhua) -- The cabinet met."])
        'Xinhua'
        >>> dateline_credit(["HAMBURG (dpa) -- The port reopened."]), dateline_credit(["BEIJING (XINHUA) -- Rain."])
        ('dpa', 'Xinhua')
    """
    from newsdesk.sentences import dateline_end

    if not body:
        return None
    first = body[0].strip()
    end = dateline_end(first)
    m = _DATELINE_CREDIT.search(first, 0, end) if end else None
    if m is None or m.group("o").lower() in _NOT_CREDIT:
        return None
    credit = m.group("o")
    if credit.islower() or credit.isupper():  # "(xinhua)", "(XINHUA)": the agency as its other copies write it
        credit = KNOWN_OUTLETS.get(credit.lower(), credit)  # "dpa" stays "dpa", an unknown "(mena)" as written
    return credit


# An outlet naming itself in its own text: a syndication footer ("Originally published on Live Science.", "This
# article first appeared on Vox") or a gossip or TV news scoop ("... TMZ has learned.", "NBC News has learned").
_OUTLET_NAME = r"(?:The )?([A-Z][\w&'’-]*(?:\.[A-Za-z]+)*(?: [A-Z][\w&'’-]*(?:\.[A-Za-z]+)*){0,3})"
_SELF_CREDIT = re.compile(
    rf"(?m:^)[ \t]*(?:This (?:article|story|post) )?(?:was )?(?:[Oo]riginally|[Ff]irst) (?:published|appeared|posted) "
    rf"(?:on|in|at|by) {_OUTLET_NAME}[.!]?[ \t]*$"
    rf"|(?:,|\.\.\.|…)[ \t]+(?:the )?(?<![\w'’-]){_OUTLET_NAME} has (?:exclusively )?learned[.!]")
_NOT_SELF = frozenset(["He", "She", "It", "They", "We", "I", "Police", "The", "This", "Officials"])


def self_credit(text: str) -> str | None:
    """The outlet an article's own text names as itself, or None: a footer saying where it was first published,
    or "X has learned", which an outlet writes of its own reporting.

    Example:
        >>> self_credit("The mummies were studied.\\n\\nOriginally published on Science Daily Now.")
        'Science Daily Now'
        >>> self_credit("The singer died on Monday ... Gossipwire has learned."), self_credit("He has learned a lot.")
        ('Gossipwire', None)
    """
    for m in _SELF_CREDIT.finditer(text):
        name = m.group(1) or m.group(2)
        if name not in _NOT_SELF:
            return canonical_outlet(name)  # "Associated Press" is "AP", as its datelines credit it
    return None
