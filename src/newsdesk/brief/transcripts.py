r"""Speech in a transcript is not the brief's own voice, and a speaker's label is no part of a brief's sentence.

An interview or hearing printed as a transcript gives each turn under its speaker's name in capitals
("PRESIDENT OBAMA: Well, I don't think ..."; "Q: ..." / "A: "). The sentences after a turn's first carry no speaker,
and a brief quoting one ("But the unemployment rate is still way too high.") would state a speaker's words as its
own; the first carries its speaker only as a label ("PRESIDENT OBAMA: You-- you-- you know, I-- I don't mind."),
which reads as no sentence of a brief. ``unattributed_turn_sentences`` names them all, so the brief leaves them out.
Which lines are turns is read by ``newsdesk.compare.transcript``, as the comparison reads them.

Example:
    >>> text = ("SAM FIELD: Thanks for coming. What happened?\nMAYOR LEE: The pier closed. We had no choice.\n"
    ...         "SAM FIELD: Will it open again?\nMAYOR LEE: Yes. In the spring.")
    >>> sorted(s for s in unattributed_turn_sentences(text) if ":" not in s)
    ['In the spring.', 'We had no choice.', 'What happened?']
"""

from __future__ import annotations

from newsdesk.sentences import split_sentences


def unattributed_turn_sentences(text: str) -> frozenset[str]:
    """The sentences of a transcript's turns, labelled or not, from its first turn to its last (white space
    normalised), and a lone turn of a titled speaker elsewhere ("PRESIDENT OBAMA: Great to be here."); empty for a
    text with no turn."""
    # imported here: the comparison's package imports the brief's select, which imports this module
    from newsdesk.compare.transcript import may_hold_turns, transcript_speech, transcript_turn

    if not may_hold_turns(text):
        return frozenset()
    speech = transcript_speech(text)
    if speech:
        return speech
    return frozenset(" ".join(s.split()) for line in text.split("\n") if ":" in line
                     for s in split_sentences(line) if transcript_turn(s) is not None)
