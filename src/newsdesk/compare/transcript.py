"""Who speaks a line of an interview transcript: "PRESIDENT OBAMA: Well, I don't think ...", "STEPHANOPOULOS: ...".

A transcript gives each turn's speaker in capitals before a colon. A heading in capitals ("TOP TALKER: HEDGE FUNDS
...", "UPDATE: ...") or a country before a list item ("FRANCE: ...") has the same shape, so a prefix counts as a
speaker only when it is a person: a title and a name ("PRESIDENT OBAMA", "DR. BRAZELTON"), or a person the article
names in ordinary writing ("George Stephanopoulos" for "STEPHANOPOULOS").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# One to four words in capitals, then a colon and the words said (not more capitals: a heading's own words).
_TURN = re.compile(r"^(?P<who>[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3}):\s+(?=\S)")
_HEADING_WORDS = re.compile(r"^(?:[A-Z][A-Z.'’&-]+\s+){2}")  # "HEDGE FUNDS TROLL ...": a heading goes on in capitals
_NAME_SUFFIXES = frozenset(["jr.", "sr.", "jr", "sr", "ii", "iii"])
# Titles that make a person of the name after them in a transcript turn.
_TURN_TITLES = frozenset(["president", "vice", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sen.", "sen",
                          "senator", "rep.", "rep", "gov.", "gov", "governor", "judge", "secretary", "minister",
                          "prime", "mayor", "rev.", "professor", "prof.", "ambassador"])


@dataclass(frozen=True, slots=True)
class Turn:
    """The speaker of a transcript line, written as an ordinary name, and where the words said begin."""

    who: str
    words_at: int


def transcript_turn(sentence: str, known_people: Sequence[str] = ()) -> Turn | None:
    """The speaker of a transcript line, or None when the sentence is no turn of an interview.

    Example:
        >>> transcript_turn("PRESIDENT OBAMA: Well, I don't think so.")
        Turn(who='President Obama', words_at=17)
        >>> transcript_turn("UPDATE: The road is open again.") is None
        True
    """
    m = _TURN.match(sentence)
    if m is None or _HEADING_WORDS.match(sentence, m.end()) or sum(c.isalpha() for c in m.group("who")) < 3:
        return None
    words = m.group("who").split()
    written = {w.lower(): w for p in known_people if not p.isupper() for w in p.split()}
    name = " ".join(written.get(w.lower(), w.capitalize()) for w in words)
    titled = words[0].lower() in _TURN_TITLES and len(words) >= 2
    surname = next((w.lower() for w in reversed(words) if w.lower() not in _NAME_SUFFIXES), "")
    known = any(p.split()[-1].lower() == surname for p in known_people if not p.isupper() and len(p.split()) >= 2)
    return Turn(name, m.end()) if titled or known else None
