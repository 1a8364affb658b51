"""The brief's stop-20 shortcuts give what the longer way gives (no timing here: speed lives in
benchmarks/brief_speed.py)."""

from __future__ import annotations

import re
import re._constants as sre_constants
import re._parser as sre_parser

import numpy as np
import pytest

from newsdesk.brief import select
from newsdesk.brief.cite import _overlap
from newsdesk.brief.select import (
    _ANNOUNCE,
    _BACK_OPENERS,
    _CAPTION_OR_ANNOUNCEMENT_OPENERS,
    _ELISION,
    _POINTS_BACK,
    _QUOTE_OPENING,
    _REFERS_BACK,
    _SINGLE_CLOSE,
    _SINGLE_OPEN,
    _SPEECH_OPEN,
    _WHOLE_QUOTE,
    _caption_or_announcement,
    _points_back,
    _refers_back,
)
from newsdesk.clean.boilerplate import CAPTION_OPENING
from newsdesk.config import BriefConfig
from newsdesk.sentences import split_sentences

# The single-quote patterns as they were written before they were made to open with the mark itself.
_LOOKBEHIND_FIRST = {
    "open": (_SINGLE_OPEN, re.compile(rf"(?:^|(?<=[\s:—–(]))['‘`](?=[^\W_]){_ELISION}")),
    "speech": (_SPEECH_OPEN, re.compile(rf"(?:^|(?<=[:,]\s))['‘`](?=[^\W_]){_ELISION}")),
    "close": (_SINGLE_CLOSE, re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?)—–-]|$)")),
}
_QUOTED = [
    "'We will fight on,' the mayor of Varn said.",
    "She said: 'The quays stay shut.' Then she left.",
    "He told them, 'Go home.'",
    "‘It’s over,’ the captain said after the race.",
    "`Twas the night the ferry sank, (‘Nobody came’) he wrote.",
    "Rock 'n roll, 'til midnight, let 'em in, 'cause the '90s were 'great'.",
    "Kim's plans don't include Kris.'",
    "'",
    "' a",
    "a'",
    "''x'",
    "x\n'Yes' - 'No'!",
    "é'a 'b",
]


@pytest.mark.parametrize("name", sorted(_LOOKBEHIND_FIRST))
@pytest.mark.parametrize("text", _QUOTED)
def test_single_quote_patterns_find_what_the_lookbehind_first_ones_find(name: str, text: str) -> None:
    new, old = _LOOKBEHIND_FIRST[name]
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def _opening_words(pattern: str) -> set[str]:
    """Every first word (up to a space or a comma) at which ``pattern`` can match: read from its parse tree, for
    the constructs an anchored list of openers uses (literals, groups, alternatives, optional parts)."""
    c = sre_constants

    def ends_word(op: object, av: object) -> bool:
        return (op is c.LITERAL and chr(av) in " ,") or (
            op is c.IN and all(o is c.CATEGORY and a is c.CATEGORY_SPACE for o, a in av))

    def walk(items: list, starts: set[str]) -> tuple[set[str], set[str]]:
        live, ended = set(starts), set()
        for op, av in items:
            nxt: set[str] = set()
            for p in live:
                if op is c.AT:
                    nxt.add(p)
                elif ends_word(op, av) or op is c.MAX_REPEAT and av[0] >= 1 and ends_word(*av[2][0]):
                    ended.add(p)
                elif op is c.LITERAL:
                    nxt.add(p + chr(av))
                elif op is c.SUBPATTERN or op is c.BRANCH or op is c.MAX_REPEAT and av[:2] == (0, 1):
                    alternatives = [av[3]] if op is c.SUBPATTERN else av[1] if op is c.BRANCH else [av[2]]
                    if op is c.MAX_REPEAT:
                        nxt.add(p)
                    for alt in alternatives:
                        more, done = walk(list(alt), {p})
                        nxt |= more
                        ended |= done
                else:
                    raise AssertionError(f"cannot read {op} after {p!r} in the pattern")
            live = nxt
        return live, ended

    unended, words = walk(list(sre_parser.parse(pattern)), {""})
    assert not unended, f"openers that never end: {unended}"
    return words


def test_back_openers_are_the_first_words_the_patterns_can_match_at() -> None:
    assert _opening_words(_POINTS_BACK.pattern) | _opening_words(_REFERS_BACK.pattern) == _BACK_OPENERS


@pytest.mark.parametrize(
    "text",
    [
        "That is why the ferry stopped running in May.",
        "The move Monday comes after a week of storms in Varn.",
        "The 28-year-old was another of the divers at the quay.",
        "A local fisherman, he was known to the harbour police.",
        "Another was found later on the shore near the mill.",
        "Most are thought to have swum to the north bank.",
        "However, historically, neither has sold as well as the old one.",
        "Instead,the council voted to close the bridge for a week.",
        "There were no reports of injuries in the old town.",
        "The mayor of Varn closed the quays on Monday morning.",
        "Officials in Skarholm did the same on Tuesday after the vote.",
        "The port of Varn followed suit within the hour, officials said.",
        "Rescuers reached the last of the stranded cars by noon.",
        "Thereafter the river fell by a metre over two days.",
        "An official said the water was falling again by evening.",
    ],
)
def test_points_back_agrees_with_the_patterns(text: str) -> None:
    assert _points_back(text) is bool(_POINTS_BACK.match(text) or _refers_back(text))


def test_a_whole_quotation_opens_with_one_of_the_quote_openings() -> None:
    for text in ['"We stay."', "“We stay.”", "``We stay.''"]:
        assert _WHOLE_QUOTE.match(text) and text[0] in _QUOTE_OPENING
    first = sre_parser.parse(_WHOLE_QUOTE.pattern)
    assert first[0][0] is sre_constants.AT  # anchored: the match starts at the text's first character
    quote = '"We will stay in Varn until the water falls."'
    assert select._reject_code(quote, select._WORDISH.findall(quote), BriefConfig()) == select._REJECT_COUNTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orvik says the new ID. SPACE VIZZION will ship in May. It sold out.",
         ["Orvik says the new ID. SPACE VIZZION will ship in May.", "It sold out."]),
        ("He joined the FBI. FBI agents said so.", ["He joined the FBI.", "FBI agents said so."]),
        ("The river rose. The quays shut.", ["The river rose.", "The quays shut."]),
        ("The Id. Space team met.", ["The Id.", "Space team met."]),
    ],
)
def test_a_name_in_capitals_with_a_full_stop_is_told_from_a_plain_word(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_overlap_counts_are_the_same_from_single_precision_matrices() -> None:
    rng = np.random.default_rng(20)
    rows, other = rng.random((7, 40)) < 0.3, rng.random((11, 40)) < 0.3
    doubles = _overlap(rows.astype(float), other.astype(float))
    singles = _overlap(rows.astype(np.float32), other.astype(np.float32))
    assert np.array_equal(doubles, singles)
    assert np.array_equal(singles, rows.astype(int) @ other.astype(int).T)


def _literal_prefixes(pattern: str) -> set[str]:
    """The literal text every match of ``pattern`` opens with, one string per way it can open (up to the first
    part that is not a literal, a group of literals or an optional one)."""
    c = sre_constants

    def walk(items: list, prefix: str) -> set[str]:
        for k, (op, av) in enumerate(items):
            if op is c.LITERAL:
                prefix += chr(av)
            elif op is c.SUBPATTERN:
                return {p for q in walk(list(av[3]), prefix) for p in walk(items[k + 1:], q)}
            elif op is c.BRANCH:
                return {p for alt in av[1] for q in walk(list(alt), prefix) for p in walk(items[k + 1:], q)}
            elif op is c.MAX_REPEAT and av[:2] == (0, 1):
                with_it = {p for q in walk(list(av[2]), prefix) for p in walk(items[k + 1:], q)}
                return with_it | walk(items[k + 1:], prefix)
            else:
                return {prefix}
        return {prefix}

    return walk(list(sre_parser.parse(pattern)), "")


def test_captions_and_announcements_open_with_one_of_their_openers() -> None:
    for pattern in (CAPTION_OPENING, _ANNOUNCE):
        prefixes = _literal_prefixes(pattern.pattern)
        assert prefixes and all(p.startswith(_CAPTION_OR_ANNOUNCEMENT_OPENERS) for p in prefixes), prefixes
    assert _caption_or_announcement("in this may 3, 2015 photo, rescuers search the river bank.")
    assert _caption_or_announcement("here are 18 facts about the ferry:")
    assert not _caption_or_announcement("the ferry sank in this photo of the harbour, officials said.")
