"""Headlines as a reader should see them: without a wire service's notes to its editors, and telling opinion apart.

Newswire archives and feeds carry notes in the headline itself: "(FOR RELEASE THE WEEK OF JULY 5, 1999)", an
editor's initials "(DW)", a part number "(2)", "EDS-Updates with more details" after the headline or "EDS-more
details added" before it. A story titled with them reads as a wire log, so they are cut. A column label
("EDITORIAL:", "COMMENTARY:") stays in the article's title, which is what it is, but a story is titled by a news
headline when it has one (``is_opinion_title``).
"""

from __future__ import annotations

import re

# "(FOR RELEASE ...)", "(EDS: ...)", "(ADV ...)", "(UPDATE 2)", "(CORRECTED)", "(Updated)": at the end, in the
# capitals (or the one title case) wire services write them in, so "(Ed Sheeran Live)" or "(Advance Estimate)" stay.
_NOTE_TAIL = re.compile(
    r"\s*\((?:FOR RELEASE|FOR USE|EDS?\b|ADV\b|ADVANCE\b|EMBARGOED|CORRECTED|CORRECTION|UPDATED?\b|Updated\)|"
    r"REPEAT\b|RESEND|RECASTS|REFILE|WRITETHRU)[^()]*\)?\s*$"
)
_PART_NUMBER = re.compile(r"\s+\(\d{1,2}\)\s*$")  # "... Orphanage Abuse (2)", not "Article 50(2)"
# "(DW)": an editor's initials; case matters ("(Ap)"), and a wire's or a body's initials are no editor's
_EDITOR_INITIALS = re.compile(r"\s*\((?!(?:AP|AFP|UPI|CNN|BBC|NBC|ABC|CBS|UN|EU|US|UK|NYT)\))[A-Z]{2,3}\)\s*$")
_EDS_TAIL = re.compile(r"\s+EDS-\S.*$")  # "... Split in Two EDS-Updates with more details"
_EDS_HEAD = re.compile(r"^EDS-(?:[a-z]+[,;]?\s+)+(?=\S)")  # "EDS-more details added Premier Li Peng Holds Talks"
_OPINION_LABEL = re.compile(
    r"^(?:editorial|commentary|analysis|opinion|op-ed|column|[\w' ]{0,20}\bcolumn|letters?(?: to the editor)?|"
    r"review|news analysis|viewpoint|perspective|essay)\s*:",
    re.IGNORECASE,
)


def tidy_headline(title: str | None) -> str | None:
    """``title`` without wire notes to editors; None when it is nothing but a note ("(The tag appears in all
    sluglines.)").

    Example:
        >>> tidy_headline("BEWARE THE BIRDS (FOR RELEASE THE WEEK OF JULY 10, 2000)")
        'BEWARE THE BIRDS'
        >>> tidy_headline("U.S. Judge Orders Split in Two EDS-Updates with more details")
        'U.S. Judge Orders Split in Two'
    """
    if not title:
        return None
    text = " ".join(title.split())
    if text.startswith("(") and text.endswith(")"):
        return None
    while True:
        cut = _EDS_HEAD.sub("", _EDS_TAIL.sub("", text))
        cut = _PART_NUMBER.sub("", _EDITOR_INITIALS.sub("", _NOTE_TAIL.sub("", cut)))
        if cut == text or not cut:
            return text or None
        text = cut


def is_opinion_title(title: str | None) -> bool:
    """Whether a headline carries a column label ("EDITORIAL: ...", "COMMENTARY: ...", "COMPUTER COLUMN: ...")."""
    return bool(title and _OPINION_LABEL.match(title.strip()))
