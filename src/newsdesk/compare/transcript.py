"""Transcript turns: "PRESIDENT OBAMA: Well, I don't think ...", "STEPHANOPOULOS: ...", "Q: ..." / "A: ...".

The one reader of a transcript's speaker labels, for the comparison (who speaks a turn: ``transcript_turn``) and for
the brief (which sentences are a speaker's words: ``transcript_speech``). A transcript gives each turn's speaker in
capitals before a colon; a newsroom's note ("UPDATE:", "EDITOR'S NOTE:"), a colon dateline ("NEW DELHI: ..."), a
heading in capitals ("TOP TALKER: HEDGE FUNDS ...") or a country before a list item ("FRANCE: ...") has the same
shape. A label names a person when a title opens it ("PRESIDENT OBAMA", "DR. BRAZELTON"), when the article names
that person in ordinary writing ("George Stephanopoulos" for "STEPHANOPOULOS"), or when it is a name of two to four
words that opens two turns or more ("GEORGE STEPHANOPOULOS:" in an interview that never writes his name otherwise).
The turns may each open a paragraph or follow one another in one ("... he said. SMITH: We ... JONES: No ...").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.sentences import split_sentences
from newsdesk.text import STOPWORDS

# A speaker's label opening a line or a sentence: a name or title in capitals ("GEORGE STEPHANOPOULOS:", "SEN.
# DURBIN:"), or Q / A, then a colon and the words said.
_LABEL = re.compile(r"[ \t]*(?P<who>[A-Z][A-Z.'’ -]{0,40}[A-Z.]|Q|A)[ \t]*:[ \t]+(?=\S)")
_HEADING_WORDS = re.compile(r"(?:[A-Z][A-Z.'’&-]+\s+){2}")  # "HEDGE FUNDS TROLL ...": a heading goes on in capitals
# Where a label may stand in a whole text: at a line's start or after a sentence's end (a cheap first look, before
# the text is split into sentences).
_LABEL_ANYWHERE = re.compile(r"(?:^|[.!?\"”]\s+)[ \t]*(?:[A-Z][A-Z.'’ -]{0,40}[A-Z.]|Q|A)[ \t]*[:,]", re.MULTILINE)
MIN_TURNS = 2  # labelled sentences that make a text a transcript (cleaning may drop an interviewer's short lines)
MAX_TURN_WORDS = 4  # a turn's speaker in the comparison: "SUPERIOR COURT JUDGE ITO", not a heading's sentence
# Labels that are no speaker: a newsroom's notes and page furniture ("UPDATE:", "EDITOR'S NOTE:", "WATCH:").
_NOT_SPEAKERS = frozenset(["UPDATE", "UPDATED", "EDITOR'S NOTE", "EDITOR’S NOTE", "EDITORS NOTE", "NOTE", "CORRECTION",
                           "CLARIFICATION", "PHOTO", "PHOTOS", "VIDEO", "WATCH", "READ MORE", "RELATED", "SOURCE",
                           "SOURCES", "CAPTION", "WARNING", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "FILE",
                           "COMMENTARY", "EDITORIAL", "LISTEN", "SEE ALSO", "MORE", "ALSO READ", "PS", "P.S."])
# Words in a label that say a person speaks, wherever they stand ("SEN. DURBIN", "MICHEL MARTIN HOST").
_SPEAKER_WORDS = re.compile(r"\b(?:PRESIDENT|SEN|SENATOR|REP|GOV|GOVERNOR|MR|MRS|MS|DR|PROF|JUDGE|MAYOR|MINISTER|"
                            r"SECRETARY|GEN|GENERAL|CHAIRMAN|CEO|HOST|ANCHOR|REPORTER|QUESTION|ANSWER)\b")
# Titles that make a person of the name after them in a turn of the comparison ("PRESIDENT OBAMA", "DR. BRAZELTON").
_TURN_TITLES = frozenset(["president", "vice", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sen.", "sen",
                          "senator", "rep.", "rep", "gov.", "gov", "governor", "judge", "secretary", "minister",
                          "prime", "mayor", "rev.", "professor", "prof.", "ambassador"])
_NAME_SUFFIXES = frozenset(["jr.", "sr.", "jr", "sr", "ii", "iii"])
# Words that make no person's name of a label, however often it opens a turn: a role or an unnamed voice ("REPORTER
# ONE", "UNIDENTIFIED MALE", "AUDIENCE MEMBER"), or a word of a heading ("THE PLOT", "FEATURES ON").
_NO_NAME_WORDS = frozenset(["the", "a", "an", "of", "on", "in", "for", "and", "to", "with", "by", "at", "from", "new",
                            "unidentified", "unknown", "male", "female", "man", "woman", "men", "women", "voice",
                            "voices", "crowd", "audience", "member", "caller", "speaker", "participant", "narrator",
                            "operator", "announcer", "interviewer", "moderator", "panel", "one", "two", "three",
                            "reporter", "correspondent", "host", "anchor", "question", "answer", "staff", "group",
                            "today", "story", "news", "look", "top", "first", "last", "live", "update"])


@dataclass(frozen=True, slots=True)
class Label:
    """A speaker's label as written ("PRESIDENT OBAMA", "Q") and where the words said begin."""

    who: str
    words_at: int


@dataclass(frozen=True, slots=True)
class Turn:
    """The speaker of a transcript line, written as an ordinary name, and where the words said begin."""

    who: str
    words_at: int


def speaker_label(sentence: str) -> Label | None:
    """The label a sentence or line opens with when it names who speaks ("SEN. DURBIN: ...", "Q: ..."); None for a
    newsroom's note ("UPDATE:"), a country heading a list ("FRANCE: Smokers may not ...") and for a colon dateline ("NEW DELHI: The government ...", as South Asian and Gulf
    outlets write them), unless a title says the label is a person ("PRESIDENT OBAMA:").

    Example:
        >>> speaker_label("SEN. DURBIN: We will vote.")
        Label(who='SEN. DURBIN', words_at=13)
        >>> speaker_label("UPDATE: The road is open again.") is None
        True
    """
    label = _label(sentence)
    return label if label is not None and _names_a_speaker(label.who) else None


def _label(sentence: str) -> Label | None:
    """The label a sentence opens with, in shape, when it is no newsroom's note ("UPDATE:")."""
    m = _LABEL.match(sentence)
    return Label(m.group("who"), m.end()) if m is not None and m.group("who") not in _NOT_SPEAKERS else None


def _names_a_speaker(label: str) -> bool:
    from newsdesk.compare.conflicts.gazetteer import (  # the gazetteer imports attribution
        division_of,
        known_town,
    )
    from newsdesk.compare.conflicts.pairing import is_country

    if _SPEAKER_WORDS.search(label) or label in ("Q", "A"):
        return True
    name = label.title()
    return not (known_town(name) or division_of(name) is not None or is_country(name))  # "FRANCE: Bars ..."


def looks_like_a_name(label: str) -> bool:
    """Whether a label in capitals reads as a person's name of two to four words ("GEORGE STEPHANOPOULOS", "JOHNNIE
    COCHRAN JR."), not a role, an unnamed voice or a heading ("REPORTER ONE", "UNIDENTIFIED MALE", "THE PLOT")."""
    from newsdesk.compare.attribution import ORG_TOKENS, TITLES, is_body_or_place

    words = [w.lower() for w in label.split() if w.lower() not in _NAME_SUFFIXES]
    return 2 <= len(words) <= MAX_TURN_WORDS and all(
        len(w.strip(".'’-")) >= 2 and w not in _NO_NAME_WORDS and w not in STOPWORDS and w.rstrip(".") not in TITLES
        and w not in ORG_TOKENS for w in words) and not is_body_or_place(label.title())


# A speaker introduced with a role in a broadcast transcript, before the turns that give the surname alone:
# "MICHEL MARTIN, HOST:", "ANN COLE, BYLINE:".
_NAME_WITH_ROLE = re.compile(r"^[ \t]*(?P<who>[A-Z][A-Z.'’ -]{2,40}[A-Z.]),[ \t]*[A-Z][A-Z ]{1,30}:", re.MULTILINE)


@lru_cache(maxsize=256)
def transcript_names(text: str) -> tuple[str, ...]:
    """The people a transcript names in its labels only, written as ordinary names ("George Stephanopoulos"): a name
    of two to four words that opens two turns or more ("GEORGE STEPHANOPOULOS:"; a heading in capitals opens one
    line, not two), or one given with a role ("MICHEL MARTIN, HOST:")."""
    if not may_hold_turns(text):
        return ()
    labels = Counter(label.who for label in _sentence_labels(text))
    words = set(re.findall(r"\b[a-z][a-z'’-]+\b", text))  # the article's ordinary words, in lower case
    names = [who for who, n in labels.items() if n >= MIN_TURNS and looks_like_a_name(who)
             and not all(w.lower() in words for w in who.split())]  # "HOW IT WORKS:", three times
    names += [m.group("who") for m in _NAME_WITH_ROLE.finditer(text) if looks_like_a_name(m.group("who"))]
    return tuple(dict.fromkeys(map(_title_case, names)))


def _title_case(label: str) -> str:
    """ "GEORGE STEPHANOPOULOS" -> "George Stephanopoulos"; "JOHNNIE COCHRAN JR." -> "Johnnie Cochran Jr."; "O'NEILL"
    -> "O'Neill"."""
    return " ".join(re.sub(r"(?<=['’-])[a-z]", lambda m: m.group(0).upper(), w.capitalize()) for w in label.split())


def _sentence_labels(text: str) -> list[Label]:
    """The speaker labels of a text, at the start of a line or of a sentence; not a heading's ("OPTIONAL SIDEBAR:
    ANTIOXIDANTS FOR ARTHRITIS")."""
    return [label for line in text.split("\n") if ":" in line for sentence in split_sentences(line)
            if (label := speaker_label(sentence)) is not None and not _HEADING_WORDS.match(sentence, label.words_at)]


def transcript_turn(sentence: str, known_people: Sequence[str] = ()) -> Turn | None:
    """The speaker of a transcript line, or None when the sentence is no turn of an interview.

    Example:
        >>> transcript_turn("PRESIDENT OBAMA: Well, I don't think so.")
        Turn(who='President Obama', words_at=17)
        >>> transcript_turn("UPDATE: The road is open again.") is None
        True
    """
    label = _label(sentence)  # a person the article names ("MARTIN:" for Michel Martin) though a town has the name
    if label is None or _HEADING_WORDS.match(sentence, label.words_at) or sum(c.isalpha() for c in label.who) < 3:
        return None
    words = label.who.split()
    if len(words) > MAX_TURN_WORDS:
        return None
    written = {w.lower(): w for p in known_people if not p.isupper() for w in p.split()}
    name = " ".join(written.get(w.lower(), w.capitalize()) for w in words)
    titled = words[0].lower() in _TURN_TITLES and len(words) >= 2
    surname = next((w.lower() for w in reversed(words) if w.lower() not in _NAME_SUFFIXES), "")
    known = any(p.split()[-1].lower() == surname for p in known_people if not p.isupper() and len(p.split()) >= 2)
    return Turn(name, label.words_at) if titled or known else None


# _LABEL_ANYWHERE's two places, each searched on its own: after a sentence's end (the pattern opens with the
# punctuation, so re skips to it in C) and at a line's start (each line matched at its start). _LABEL_ANYWHERE opens
# with "^" or the punctuation, and is tried at every position of the text: twice as slow.
_LABEL_AFTER_STOP = re.compile(r"[.!?\"”]\s+[ \t]*(?:[A-Z][A-Z.'’ -]{0,40}[A-Z.]|Q|A)[ \t]*[:,]")
_LABEL_AT_START = re.compile(r"[ \t]*(?:[A-Z][A-Z.'’ -]{0,40}[A-Z.]|Q|A)[ \t]*[:,]")


def may_hold_turns(text: str) -> bool:
    """Whether a text may hold a transcript turn at all: a label in shape at a line's start or after a sentence
    (``_LABEL_ANYWHERE.search(text) is not None``, faster: a label holds no line break)."""
    return _LABEL_AFTER_STOP.search(text) is not None or any(map(_LABEL_AT_START.match, text.split("\n")))


def turn_shaped(sentence: str) -> bool:
    """Whether a sentence has a transcript turn's shape, whoever speaks it ("GEORGE WU: --he says he did it",
    "MARTIN: And she says ...", "Q: Did he?"): one to four words in capitals and a colon, not a heading going on in
    capitals."""
    m = _LABEL.match(sentence)
    return m is not None and len(m.group("who").split()) <= MAX_TURN_WORDS and not _HEADING_WORDS.match(sentence, m.end())


def transcript_speech(text: str) -> frozenset[str]:
    """The sentences of a transcript that are a speaker's words, white space normalised: from its first turn to the
    end of the paragraph of its last, the labelled ones included (the article's own text is around them); empty for
    a text with fewer than MIN_TURNS labelled sentences. A turn may open a paragraph or follow another in one.

    Example:
        >>> sorted(transcript_speech("The mayor spoke on Monday. SAM FIELD: Why? MAYOR LEE: It was unsafe. We had "
        ...                          "to.\\nThe pier reopens in May."))
        ['MAYOR LEE: It was unsafe.', 'SAM FIELD: Why?', 'We had to.']
    """
    if len(_LABEL_ANYWHERE.findall(text)) < MIN_TURNS:
        return frozenset()
    paragraphs = [[" ".join(s.split()) for s in split_sentences(line)] for line in text.split("\n") if line.strip()]
    turns = [(p, i) for p, sentences in enumerate(paragraphs) for i, s in enumerate(sentences) if speaker_label(s)]
    if len(turns) < MIN_TURNS:
        return frozenset()
    (first_p, first_i), (last_p, _) = turns[0], turns[-1]
    out: set[str] = set()
    for p in range(first_p, last_p + 1):
        out.update(paragraphs[p][first_i if p == first_p else 0:])
    names = transcript_names(text)
    # a label that names no one ("IMPACT: Thousands of computers ...", a fact box) stays a sentence of the article
    return frozenset(s for s in out if (label := speaker_label(s)) is None or _person_label(label.who, text, names))


def _person_label(who: str, text: str, names: Sequence[str]) -> bool:
    """Whether a transcript's label names who speaks: Q or A, a title or a role ("SEN. DURBIN", "HOST"), a name
    ("GEORGE STEPHANOPOULOS"), or a surname the article writes in its own sentences ("LEE:" for Opal Lee)."""
    if who in ("Q", "A") or _SPEAKER_WORDS.search(who) or looks_like_a_name(who):
        return True
    surname = _title_case(who.split()[-1])
    return any(n.split()[-1] == surname for n in names) \
        or re.search(rf"(?<=[a-z,] ){re.escape(surname)}\b", text) is not None
