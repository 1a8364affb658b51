"""Texts that are no article at all: an error or web-archive page, a news service's advisory to its clients.

The cleaner rejects them with the words that gave them away (``clean.stage.clean_raw``).
"""

from __future__ import annotations

import re

# What a page says when it has no article: a missing page ("Sorry, the page you requested could not be found"),
# the Wayback Machine's notice on an archived capture ("... donating their crawl data to the Internet Archive"), a
# cookie-consent wall or a bot check in place of the page.
_ERROR_PAGE = re.compile(
    r"\b(?:the )?(?:page|article|story|content) (?:you (?:requested|were looking for|are looking for|tried to reach)"
    r"|(?:was|could|can|cannot) ?(?:not )?(?:be )?found|(?:is )?no longer (?:exists?|available))"
    r"|\bpage not found\b|\berror 404\b|\b404 (?:error|not found)\b"
    r"|crawl data to the Internet Archive|added to the Wayback Machine|archive pages as they are created"
    # a web host's notice in place of the site: "Your custom domain mapping may take ... to resolve"
    r"|\bcustom domain mapping\b|\bthis domain (?:name )?(?:is|may be) for sale\b|\bdomain (?:name )?has expired\b"
    r"|\b(?:this )?(?:account|website|site) has been suspended\b",
    re.IGNORECASE,
)
# A wall in front of the page: a consent form ("We and our 842 partners store and access information on your
# device"), a bot check ("Checking if the site connection is secure", "Enable JavaScript and cookies to continue").
# A page is the wall only when little else is left: an article may carry a consent line of its own.
_WALL = re.compile(
    r"\bwe and our (?:\d+ )?(?:partners|vendors) (?:store|use|process)\b|\bclick to consent\b"
    r"|\bchecking (?:if the site connection is secure|your browser before accessing)\b"
    r"|\benable javascript and cookies to continue\b|\bperformance (?:&|and) security by cloudflare\b"
    r"|\bplease verify you are (?:a )?human\b|\bare you a robot\?",
    re.IGNORECASE,
)
WALL_REST_WORDS = 40  # words outside a wall's own lines: fewer, and the page is the wall
ERROR_PAGE_WORDS = 150  # an error page is short: an article that mentions a missing page is not one


def error_page(body: str, n_words: float) -> str | None:
    """The words that make a short text (``n_words`` long) an error or web-archive page (None for an article).

    Example:
        >>> error_page("Sorry, the page you requested could not be found. Try the search box.", 12)
        'the page you requested'
    """
    if n_words > ERROR_PAGE_WORDS:
        return None
    m = _ERROR_PAGE.search(body)
    if m:
        return m.group(0)
    wall = _WALL.search(body)
    if wall is None:
        return None
    rest = sum(len(line.split()) for line in body.split("\n") if not _WALL.search(line))
    return wall.group(0) if rest < WALL_REST_WORDS else None


# What a news service's advisory to its client papers says at its top: a budget ("Photo and graphics information ...
# can be found at the end of this budget"), a photo list ("The following photos are part of tonight's ... Photo
# Package") or a list of stories "moving today to clients of the ... News Service". It lists the day's stories,
# one paragraph each: it is no article, and the stories it lists come as articles of their own.
# The list names itself at the start of a line ("These feature stories are moving ...", "The following stories are
# moving ...", "Stories moving today ...", "The columns below are moving ..."): an article about a news service ("two
# stories wrongly sent to clients of its news service", "... said that these two stories, sent to clients ...") or a
# crime syndicate ("moved heroin to clients of the syndicate") does not.
_LISTED = r"(?:stories|columns|articles|features|photos)"
_ADVISORY = re.compile(
    rf"^\W*(?:(?:these|the following|here are the)\s+(?:[\w-]+\s+){{0,2}}{_LISTED}\b|{_LISTED}\b"
    rf"|the\s+(?:[\w-]+\s+)?{_LISTED}\s+below\b)"
    r"[^.\n]{0,60}?\b(?:moving|moved|sent)\b[^.\n]{0,40}"
    r"\bto (?:the )?clients of (?:the )?[\w.&' -]{0,40}?(?:news service|news syndicate|wire service)\b"
    r"|\bmove the following (?:stories|columns|photos|for clients)\b"
    r"|\b(?:tonight's|today's) [^.\n]{0,60}\bphoto package\b|\bfound at the (?:end|top) of this budget\b",
    re.IGNORECASE | re.MULTILINE,
)
ADVISORY_OPENING = 600  # characters: the advisory says what it is before its first listed story


def service_advisory(body: str) -> str | None:
    """The words that make a text a news service's advisory to its clients (None for an article).

    Example:
        >>> service_advisory("These feature stories are moving today to clients of the Star News Service.")
        'These feature stories are moving today to clients of the Star News Service'
    """
    m = _ADVISORY.search(body[:ADVISORY_OPENING])
    return m.group(0) if m else None
