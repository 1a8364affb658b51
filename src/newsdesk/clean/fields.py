"""Recover title, byline, outlet and publication date from the lines of a page's text.

The title is read here; the byline, the outlet and the date by ``bylines``, ``outlets`` and ``dates``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.clean.boilerplate import (
    is_boilerplate_line,
    is_call_to_action,
    is_content_warning,
    is_wire_mark,
    split_lines,
)
from newsdesk.clean.bylines import BY_LINE, byline_name, header_stamp, name_key
from newsdesk.clean.dates import MONTH, PUBLISHED, STATED, date_confidence, parse_date
from newsdesk.clean.outlets import find_outlet, furniture_lines, masthead, name_shaped, named_as_outlet
from newsdesk.text import words

# How many lines before the first article line count as the page header.
HEADER_LINES = 12
# A run of at least this many lines of one or two words each is a menu ("Home", "World", "Middle East", ...): its
# lines are not counted among the header's, so a menu between the headline and the article does not push the
# headline, byline and date out of the header.
MENU_RUN = 4
# A line opening with a publication label ("Published ...") may be this long and still be the page's stamp.
STAMP_MAX_WORDS = 24
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
    url: str | None = None  # the page's own address, when its markup states one
    site: str | None = None  # the site's name as its markup states it, tagline and all ("Ledger | News for Dunmore")


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
    rf"^(?:last\s+)?(?:update[ds]?|published|posted|modified|publiée?|mis à jour|publicad[oa]|actualizad[oa]|"
    rf"veröffentlicht|aktualisiert)(?!\w)\W*(?:on\s+|at\s+|le\s+|el\s+|am\s+)?"
    rf"(?:\d|{MONTH}\s|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:lun|mar|mercre|jeu|vendre|same)di\b|dimanche\b|"
    rf"lunes\b|martes\b|miércoles\b|jueves\b|viernes\b|sábado\b|domingo\b|(?:mon|diens|donners|frei|sams|sonn)tag\b|"
    rf"mittwoch\b)",
    re.IGNORECASE,
)


# A stamp a reader's copy carries: when it was printed, saved or fetched ("Printed from dunmoreherald.test on
# 07/03/2024 09:12", "Accessed 12 May 2024", "Retrieved on ..."), not when the article was published.
CAPTURE_STAMP = re.compile(r"^\W*(?:printed|accessed|retrieved|downloaded|saved|captured|archived|fetched|"
                           r"scraped|crawled)\b", re.IGNORECASE)


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
    if line.count("|") >= 2 or line.count("•") >= 2 or is_boilerplate_line(line) or is_wire_mark(line):
        return False
    if _NOT_HEADLINE.search(line) or _STAMP_OPENING.match(line):
        return False
    return parse_date(line) is None and not line.lower().startswith(("by ", "photo", "image", "credit"))


_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|::|•|·)\s+")


# A wiki's section-edit link printed after a heading ("Early life [ edit ]"): no part of the title.
_WIKI_EDIT = re.compile(r"\s*\[\s*edit\s*\]$", re.IGNORECASE)


def strip_title_suffix(title: str | None, names: Sequence[str | None], sites: Sequence[str | None] = ()) -> str | None:
    """``title`` without a trailing "| Author" or "- Site" part naming the byline or the outlet (``names``), nor a
    leading "Site: " or "Site | " naming the site as it is written (``sites``: the outlet, the site's own name with
    its tagline).

    Example:
        >>> strip_title_suffix("Bridge closes for repairs | Jane Doe", ["Jane Doe"])
        'Bridge closes for repairs'
        >>> strip_title_suffix("The Ledger | News for Dunmore: Bridge closes", [], ["The Ledger | News for Dunmore"])
        'Bridge closes'
    """
    if not title:
        return title
    for site in sorted(filter(None, sites), key=len, reverse=True):  # the longest first: the name with its tagline
        lead = re.match(re.escape(site.strip()) + r"\s*(?:[:|\u2013\u2014]|\s-)\s+", title, re.IGNORECASE)
        if lead and len(words(title[lead.end():])) >= 2:
            title = title[lead.end():]
            break
    known = {name_key(p) for n in names if n for p in n.split(";") if name_key(p)}
    known |= {k.removeprefix("the ") for k in known}
    while True:
        parts = _TITLE_SEP.split(title)
        if len(parts) < 2:
            return title
        last = name_key(parts[-1])
        if last.removeprefix("the ") not in known and last not in known:
            return title
        seps = list(_TITLE_SEP.finditer(title))
        head = title[: seps[-1].start()].rstrip()
        if len(words(head)) < 2:
            return title
        title = head



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


def _menu_lines(lines: Sequence[str]) -> set[int]:
    """Indices of the lines that stand in a run of MENU_RUN or more lines of one or two words without a digit
    (a site's sections: "Home", "World", "Middle East"); a masthead or a stamp alone is no run.

    Example:
        >>> sorted(_menu_lines(["Home", "World", "Sport", "Video", "Ferry runs aground off Lanmore", "By Jo Roe"]))
        [0, 1, 2, 3]
    """
    short = [len(ln.split()) <= 2 and not any(c.isdigit() for c in ln) for ln in lines]
    out: set[int] = set()
    start = 0
    for i in range(len(lines) + 1):
        if i < len(lines) and short[i]:
            continue
        if i - start >= MENU_RUN:
            out.update(range(start, i))
        start = i + 1
    return out


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
    menu = _menu_lines(lines[:end])
    header = [ln for i, ln in enumerate(lines[:end]) if i not in menu][-HEADER_LINES:] + list(extra_header)
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
        and ln not in boxed and not is_content_warning(ln) and not is_call_to_action(ln)  # a site's tagline (U28)
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
        elif len(above) == 1 and name_shaped(above[0]) and named_as_outlet(above[0], body):
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
        by = BY_LINE.match(ln)
        # A byline is short or opens with "By": a long line that starts with a name is a photo caption
        # ("Sen. Wendy Davis, D-Fort Worth, speaks to supporters at a rally Thursday, Oct. 3, 2013, ...").
        if (
            byline is None
            and (by or len(words(ln)) <= BYLINE_MAX_WORDS)
            and (name := byline_name(ln)) is not None
            and (by or 0 <= title_at < i)  # a name alone is a byline under a headline, not a headline
        ):
            if not by and "|" in ln and masthead(name) == name:
                # "Dunmore Herald | March 5, 2024 | Staff reporter": the outlet's name, its date and its writer
                outlet = outlet or name
                byline = next((n for part in ln.split("|")[1:] if (n := byline_name(part))), None)
            else:
                byline = name
            used.append(ln)
            if day is None and (by or "|" in ln) and (found := parse_date(ln)):  # "By Jane Doe, 19 November 2019"
                day, conf = found, STATED
            continue
        if CAPTURE_STAMP.match(ln) and parse_date(ln):
            used.append(ln)  # "Printed from ... on 07/03/2024 09:12": when a reader saved it, not when it was published
            continue
        # a date line is short; a labelled stamp may be longer ("Published March 5, 2024. Updated March 9, 2024 at ...")
        if day is None and (len(words(ln)) <= 12 or len(words(ln)) <= STAMP_MAX_WORDS and PUBLISHED.match(ln)) \
                and (found := parse_date(ln)):
            day = found
            rest = "\n".join(x for x in lines if x != ln)
            conf = STATED if PUBLISHED.search(ln) else date_confidence(found, i < title_at, rest)
            used.append(ln)
    if outlet and byline and set(outlet.lower().split()) <= set(byline.lower().split()) \
            and any(re.search(rf"\bfollow {re.escape(outlet)} on\b", ln, re.IGNORECASE) for ln in furniture):
        # "Follow Caroline on Twitter" under "By Caroline Dunne": the reporter's account, not the outlet's
        outlet = find_outlet([ln for ln in furniture if outlet not in ln], body)
    if title and title.endswith("]"):
        title = _WIKI_EDIT.sub("", title) or title
    return Fields(title, byline, outlet, day, conf, tuple(used))
