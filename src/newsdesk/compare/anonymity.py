"""Anonymous or unnamed: how a reader is told that a speaker has no name.

In newsroom usage a source is *anonymous* when its identity is withheld: "two Lebanese sources", "a U.S. defense
official", "one of the unnamed sources", "people familiar with the talks". A group speaking on the record without
a name ("Syrian officials denied the claims", "activists", "residents") is *unnamed*: nobody was granted anonymity,
and calling it anonymous reads as a credibility warning it does not deserve (U30 #8). Both keep the kind
"anonymous" in the JSON (the issue's schema); only the words shown to a reader differ.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.model import Attribution

# A withheld identity said in words: sources, insiders, people familiar with something, a person not named,
# reports that name no outlet ("reports from Lebanon").
_WITHHELD = re.compile(r"\b(?:sources?|insiders?|familiar|anonymous|anonymously|unnamed|unidentified|"
                       r"confidential|whistle-?blowers?|reports?)\b", re.IGNORECASE)
# One unnamed person ("a U.S. defense official", "the second official", "one diplomat"): a single voice without a
# name is one the outlet chose not to name.
_ONE_PERSON = re.compile(r"^(?:a|an|the|one|one of the|another)\b", re.IGNORECASE)


def withheld(who: str) -> bool:
    """Whether an unnamed speaker's identity is withheld (anonymous), not merely unnamed (a group on the record).

    Example:
        >>> withheld("two Lebanese sources"), withheld("a U.S. defense official"), withheld("Syrian officials")
        (True, True, False)
    """
    if _WITHHELD.search(who):
        return True
    last = who.split()[-1].lower() if who.split() else ""
    return bool(_ONE_PERSON.match(who)) and not last.endswith("s") and not who.lower().startswith("one of the ")


def label(who: str) -> str:
    """ "anonymous" or "unnamed", for the words after a speaker with no name."""
    return "anonymous" if withheld(who) else "unnamed"


def sourcing_note(attribution: Sequence[Attribution]) -> str:
    """What a fact resting only on speakers without names is marked with: "Anonymous sources only", "Unnamed sources
    only", or both words when its speakers are of both kinds."""
    people = [a.who for a in attribution if a.kind == "anonymous"]
    kinds = {label(who) for who in people}
    if kinds == {"unnamed"}:
        return "Unnamed sources only"
    if kinds == {"anonymous"} or not kinds:
        return "Anonymous sources only"
    return "Anonymous or unnamed sources only"
