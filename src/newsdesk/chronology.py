"""Chronologies inside an article: dated entries ("Aug. 20 _ The board drops its inquiry.") are history, not news.

Wire services end a story, or fill a sidebar, with a list of milestones: "Here are the milestones in ...", then
one line per event, opened by its date and a dash ("May 3, 2004 _ ...", "June 23 - ...", "1993: ..."). Read as
sentences of the story, an entry of 1993 states, in the present tense, what happened years ago ("The Justice
Department says it will take over the case"): a brief must not lead with one, nor a comparison list it as a fact
the outlets confirm today (U31 #2). ``chronology_sentences`` finds the sentences of such entries, and of the line
that announces them, so the brief and the comparison can leave them out.
"""

from __future__ import annotations

import re

from newsdesk.sentences import split_sentences, without_dateline

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A line opened by a date and a dash or a colon: "Aug. 20 _", "May 3, 2004 -", "June 1999 —", "1993:", "Dec. 12:".
_ENTRY = re.compile(rf"^\s*(?:{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?|{_MONTH}\s+\d{{4}}|\d{{4}})\s*(?:[_–—-]{{1,2}}|:)\s+\S",
                    re.MULTILINE)
# The line that announces the list: "Here are the milestones in ...", "A chronology of ...", "Key dates in ...".
_ANNOUNCE = re.compile(r"^(?:[A-Z][A-Z .,'-]*\s+(?:\([^)]*\)\s*)?[_–—-]{1,2}\s+)?(?:Here\s+(?:are|is)\s+(?:a\s+|the\s+)?"
                       r"(?:\w+\s+)?(?:milestones|key dates|key events|chronology|timeline|highlights)|"
                       r"(?:A\s+)?(?:chronology|timeline)\s+of|Key dates\b|Milestones\s+in)", re.IGNORECASE)
MIN_ENTRIES = 2  # dated lines an article needs for a chronology: one dated line alone may be news
# An entry's date with its year ("May 3, 2004 _", "1993:"), or a line of a year alone ("2004:"): the list reaches
# back over years. A story's own updates ("Feb. 9 - flights were canceled", a schedule of coming days) give none.
_YEARLY = re.compile(r"^\s*(?:(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+)?\d{4}|[A-Z][a-z]+\.?\s+\d{4})\s*(?:[_–—-]{1,2}|:)",
                     re.MULTILINE)


def chronology_sentences(text: str) -> frozenset[str]:
    """The sentences (white space normalised, with and without a wire dateline) of an article's chronology: every
    sentence of a line opened by a date and a dash or colon, when MIN_ENTRIES such lines exist and the list is
    announced ("Here are the milestones ...") or its dates give years, and of a line that announces the list;
    empty for an article with none.

    Example:
        >>> sorted(chronology_sentences("Here are the key dates:\\n\\n1993: A fund opens.\\n\\n"
        ...                             "May 3, 2004 _ The fund closes. Its manager resigns."))[:3]
        ['1993: A fund opens.', 'Here are the key dates:', 'Its manager resigns.']
    """
    if len(_ENTRY.findall(text)) < MIN_ENTRIES:
        return frozenset()
    lines = text.split("\n")
    announced = any(_ANNOUNCE.match(line.strip()) for line in lines)
    if not announced and len(_YEARLY.findall(text)) < MIN_ENTRIES:
        return frozenset()  # dated lines of the story's own days ("what we know"), not milestones of past years
    out: set[str] = set()
    for line in lines:
        if _ENTRY.match(line) or _ANNOUNCE.match(line.strip()):
            for sentence in split_sentences(line):
                plain = " ".join(sentence.split())
                out.update((plain, without_dateline(plain)))
    return frozenset(out)
