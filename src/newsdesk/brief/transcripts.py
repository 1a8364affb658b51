r"""Speech in a transcript is not the brief's own voice.

An interview or hearing printed as a transcript gives each turn under its speaker's name in capitals
("PRESIDENT OBAMA: Well, I don't think ..."; "Q: ..." / "A: ..."). The first sentence of a turn carries its
speaker; the sentences after it do not, and a brief quoting one ("But the unemployment rate is still way too high.")
would state a speaker's words as its own. ``unattributed_turn_sentences`` names them so the brief leaves them out.

Example:
    >>> text = ("SAM FIELD: Thanks for coming. What happened?\nMAYOR LEE: The pier closed. We had no choice.\n"
    ...         "SAM FIELD: Will it open again?\nMAYOR LEE: Yes. In the spring.")
    >>> sorted(unattributed_turn_sentences(text))
    ['In the spring.', 'We had no choice.', 'What happened?']
"""

from __future__ import annotations

import re

from newsdesk.sentences import split_sentences

# A speaker's label opening a line: a name or title in capitals ("GEORGE STEPHANOPOULOS:", "SEN. DURBIN:"), or Q / A.
_LABEL = re.compile(r"^[ \t]*(?P<who>[A-Z][A-Z.'’ -]{0,40}[A-Z.]|Q|A)[ \t]*:[ \t]+(?=\S)", re.MULTILINE)
MIN_TURNS = 2  # labelled lines that make a text a transcript (cleaning may drop an interviewer's short lines)
# Labels that are no speaker: a newsroom's notes and page furniture ("UPDATE:", "EDITOR'S NOTE:", "WATCH:").
_NOT_SPEAKERS = frozenset(["UPDATE", "UPDATED", "EDITOR'S NOTE", "EDITOR’S NOTE", "EDITORS NOTE", "NOTE", "CORRECTION",
                           "CLARIFICATION", "PHOTO", "PHOTOS", "VIDEO", "WATCH", "READ MORE", "RELATED", "SOURCE",
                           "SOURCES", "CAPTION", "WARNING", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "FILE",
                           "COMMENTARY", "EDITORIAL", "LISTEN", "SEE ALSO", "MORE", "ALSO READ", "PS", "P.S."])


def unattributed_turn_sentences(text: str) -> frozenset[str]:
    """The sentences of a transcript's turns after each turn's first (and of the lines that go on a turn without a
    label), white space normalised; empty for a text that is no transcript."""
    labels = [m.group("who") for m in _LABEL.finditer(text) if _speaker(m.group("who"))]
    if len(labels) < MIN_TURNS:
        return frozenset()
    lines = [line for line in text.split("\n") if line.strip()]
    turns = [i for i, line in enumerate(lines) if (m := _LABEL.match(line)) and _speaker(m.group("who"))]
    out: set[str] = set()
    for i in range(turns[0], turns[-1] + 1):  # from the first turn to the last: the article's own text is around it
        sentences = [" ".join(s.split()) for s in split_sentences(lines[i])]
        out.update(sentences[1:] if i in turns else sentences)
    last = [" ".join(s.split()) for s in split_sentences(lines[turns[-1]])]
    out.update(last[1:])
    return frozenset(out)


_TITLE_WORDS = re.compile(r"\b(?:PRESIDENT|SEN|SENATOR|REP|GOV|GOVERNOR|MR|MRS|MS|DR|PROF|JUDGE|MAYOR|MINISTER|"
                          r"SECRETARY|GEN|GENERAL|CHAIRMAN|CEO|HOST|ANCHOR|REPORTER|QUESTION|ANSWER)\b")


def _speaker(label: str) -> bool:
    """Whether a line's label names who speaks: not a newsroom's note ("UPDATE:") nor a dateline written with a
    colon ("NEW DELHI: The government ...", as South Asian and Gulf outlets write them) unless a title says it is
    a person ("PRESIDENT OBAMA:")."""
    from newsdesk.compare.conflicts.gazetteer import division_of, known_town

    if label in _NOT_SPEAKERS:
        return False
    if _TITLE_WORDS.search(label) or label in ("Q", "A"):
        return True
    name = label.title()
    return not (known_town(name) or division_of(name) is not None)
