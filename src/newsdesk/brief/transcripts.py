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
    labels = [m.group("who") for m in _LABEL.finditer(text) if m.group("who") not in _NOT_SPEAKERS]
    if len(labels) < MIN_TURNS:
        return frozenset()
    out: set[str] = set()
    in_turn = False
    for line in text.split("\n"):
        if not line.strip():
            continue
        label = _LABEL.match(line)
        labelled = label is not None and label.group("who") not in _NOT_SPEAKERS
        if not labelled and not in_turn:
            continue  # the article's own text before the transcript begins
        in_turn = True
        sentences = [" ".join(s.split()) for s in split_sentences(line)]
        out.update(sentences[1:] if labelled else sentences)
    return frozenset(out)
