"""Anonymous or unnamed: how a reader is told that a speaker has no name.

In newsroom usage a source is *anonymous* when its identity is withheld: "two Lebanese sources", "a U.S. defense
official", "officials who spoke on condition of anonymity", "people familiar with the talks". A voice speaking on
the record without a name ("Syrian officials denied the claims", "activists", "a neighbor", "a fire department
spokeswoman") is *unnamed*: nobody was granted anonymity, and calling it anonymous reads as a credibility warning it
does not deserve (U30 #8). Both keep the kind "anonymous" in the JSON (the issue's schema); only the words shown to
a reader differ.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.model import Attribution

# A withheld identity said in the speaker's words: sources, insiders, people familiar with or close to something,
# reports that name no outlet ("reports from Lebanon").
_WITHHELD = re.compile(r"\b(?:sources?|insiders?|familiar|close to|knowledge of|anonymous|anonymously|unnamed|"
                       r"unidentified|confidential|whistle-?blowers?|reports?)\b", re.IGNORECASE)
# ... or in the sentence: "spoke on condition of anonymity", "declined to be identified", "was not authorized to
# speak", "asked not to be named", "said anonymously".
_WITHHELD_IN_TEXT = re.compile(r"\banonymity\b|\banonymously\b|\b(?:declined|asked|refused|wished) not to be "
                               r"(?:named|identified)\b|\b(?:declined|refused) to be (?:named|identified)\b|"
                               r"\bnot authori[sz]ed to (?:speak|discuss|comment|talk)\b|\bwho (?:was|were) not named\b|"
                               r"\b(?:familiar with|close to|with knowledge of) the\b", re.IGNORECASE)
# One official the outlet does not name ("a U.S. defense official", "the diplomat", "one aide"): by convention one
# who speaks without being named; a neighbor, a witness or a spokeswoman is merely unnamed.
_ONE_OFFICIAL = re.compile(r"^(?:a|an|the|one|another)\b.*\b(?:official|diplomat|aide|adviser|advisor|insider|source)$",
                           re.IGNORECASE)


def withheld(who: str, text: str = "") -> bool:
    """Whether an unnamed speaker's identity is withheld (anonymous), not merely unnamed; ``text``: the sentence.

    Example:
        >>> withheld("two Lebanese sources"), withheld("a U.S. defense official"), withheld("Syrian officials")
        (True, True, False)
        >>> withheld("officials", "officials said, speaking on condition of anonymity"), withheld("a neighbor")
        (True, False)
    """
    return bool(_WITHHELD.search(who) or _ONE_OFFICIAL.match(who.strip()) or text and _WITHHELD_IN_TEXT.search(text))


def label(who: str, text: str = "") -> str:
    """ "anonymous" or "unnamed", for the words after a speaker with no name."""
    return "anonymous" if withheld(who, text) else "unnamed"


def sourcing_note(attribution: Sequence[Attribution], text: str = "") -> str:
    """What a fact resting only on speakers without names is marked with: "Anonymous sources only", "Unnamed sources
    only", or both words when its speakers are of both kinds; ``text``: the fact's sentence."""
    kinds = {label(a.who, text) for a in attribution if a.kind == "anonymous"}
    if kinds == {"unnamed"}:
        return "Unnamed sources only"
    if kinds == {"anonymous"} or not kinds:
        return "Anonymous sources only"
    return "Anonymous or unnamed sources only"
