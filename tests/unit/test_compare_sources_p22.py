"""Conflicts and who tells (stop 22): two sentences that share only their "according to" source are not worded alike,
and a sentence's source (a station, "said Det. X") is no answer to where or who the other sentence tells of. Every
fixture is invented."""

from __future__ import annotations

from builders import first_claim as claim
from builders import hit_kinds as kinds
from newsdesk.compare.conflicts.pairing import pair_conflicts
from newsdesk.compare.conflicts.source_clause import in_source_clause, tells, without_source


def test_two_sentences_sharing_only_their_source_are_not_worded_alike():
    a = claim("The largest single gift to the campaign is $2,500, according to the Election Board.")
    b = claim("Hale has raised about $64,000, according to the latest Election Board filings.")
    assert "number" not in kinds(pair_conflicts(a, b, 0.6))
    assert without_source(["It", "is", "$", "5", ",", "according", "to", "the", "board", "."]) == \
        ["It", "is", "$", "5", ",", "."]


def test_two_figures_worded_alike_with_one_source_still_conflict():
    a = claim("The campaign has raised about $64,000, according to the Election Board.")
    b = claim("The campaign has raised about $46,000, according to the Election Board.")
    assert kinds(pair_conflicts(a, b, 0.9)) == ["number"]


def test_the_station_a_sentence_cites_is_no_place_of_the_event():
    a = claim("Ann Bell claimed, upon arriving at the Harbor Inn, that she saw her husband dancing with another woman.")
    b = claim("Bell said she saw her husband dancing with another woman on the terrace, according to KXTV.")
    assert not pair_conflicts(a, b, 0.6)


def test_a_name_after_said_and_a_title_tells_the_sentence():
    toks = claim("Two men were arrested last week, said County Det. Dana Fox.").slots.tokens
    assert in_source_clause(toks, toks.index("Dana"))
    toks = claim("Dana Fox said two men were arrested.").slots.tokens
    assert not in_source_clause(toks, 0)
    toks = claim("Two men were arrested, according to the Harbor Times.").slots.tokens
    assert in_source_clause(toks, toks.index("Harbor"))
    toks = claim("Dana Fox told Ray Cole that two men were arrested.").slots.tokens
    assert not in_source_clause(toks, toks.index("Ray"))  # who heard it is not who tells
    toks = claim("The mice were not smarter, just lazier, said the study's lead author, Ada Lunn, a biologist.").slots.tokens
    assert in_source_clause(toks, toks.index("Ada"))  # the name after its description


def test_the_body_in_a_speakers_description_does_not_tell_the_sentence():
    c = claim("In Ottawa, Trade Office spokesman Tom P. Reed welcomed the vote and said it would help.")
    toks = c.slots.tokens
    assert not tells(c, "Trade Office", toks.index("Trade"))
    c = claim("The vote was delayed again, Radio Nord reported on Monday.")
    assert tells(c, "Radio Nord", c.slots.tokens.index("Radio"))


def test_a_source_against_a_speaker_by_another_wording_is_still_compared():
    # "..., said Ada Lunn" / "Ben Roe told the paper ...": two speakers of one quote, worded two ways
    a = claim("“We can start living again,” said Ada Lunn, who won the lottery last week.")
    b = claim("“We can start living again,” Ben Roe told the paper after he won the lottery last week.")
    assert kinds(pair_conflicts(a, b, 0.8)) == ["actor"]
