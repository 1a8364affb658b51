"""Who says it, as a reader checks it: the speaker of each sentence shape found in wire and newspaper copy.

Each case is a shape that used to give a wrong speaker: a dateline read as a speaker, a sentence adverb read as a
name, a title in quotation marks cutting the subject, an abbreviation ending the source, a place at the end of an
appositive chain taken for the person.
"""

from __future__ import annotations

import pytest

from newsdesk.compare.attribution import primary_relay, sentence_speakers


def _speakers(sentence: str) -> list[tuple[str, str]]:
    return [(s.who, s.kind) for s in sentence_speakers(sentence)]


def test_a_wire_dateline_credits_the_agency_and_is_no_speaker() -> None:
    got = _speakers("ORLAND, Veyra (AP) _ The Harbour Trust said Monday it is investigating complaints from families.")
    assert ("AP", "outlet") in got
    assert ("The Harbour Trust", "organization") in got
    assert not any("ORLAND" in who for who, _ in got)


def test_a_dateline_without_agency_is_not_part_of_the_speaker() -> None:
    got = _speakers("KELSO _ Federal law enforcement officials said Saturday that they had traced the truck.")
    assert got == [("Federal law enforcement officials", "anonymous")]


def test_an_underscore_dateline_credits_the_agency_for_the_whole_article() -> None:
    assert primary_relay("ORLAND, Veyra (AP) _ Two men were charged on Friday.\n\nThe court sits again in May.") == "AP"


@pytest.mark.parametrize("sentence, who, role", [
    ("Later, the mayor's aides said that the plan had been dropped.", "the mayor's aides", None),
    ("Instead, the union's officials have said that the strike can go ahead.", "the union's officials", None),
    ("Even Governor Ada Brenn said that the budget was late.", "Ada Brenn", "Governor"),
])
def test_a_sentence_adverb_is_not_part_of_the_speaker(sentence: str, who: str, role: str | None) -> None:
    got = sentence_speakers(sentence)
    assert got and (got[0].who, got[0].role) == (who, role)


def test_an_adverb_before_stated_is_no_speaker() -> None:
    assert _speakers("Simply stated, biodynamic farming is organic farming that follows a planting calendar.") == []


def test_a_role_ending_in_a_name_gives_the_named_person() -> None:
    sp = sentence_speakers("Police were holding two suspects, Veyran director of criminal investigation Amos Keter said.")
    assert [(s.who, s.kind, s.role) for s in sp] == [("Amos Keter", "named", "Veyran director of criminal investigation")]


def test_a_title_in_quotation_marks_does_not_cut_the_subject() -> None:
    got = _speakers('Investigators probing the death of "Storm Line" director Ada Brenn said they still do not know why.')
    assert not any("Brenn" in who for who, _ in got)


def test_according_to_keeps_an_abbreviation_inside_the_source() -> None:
    assert _speakers("Bullied children face long-lasting scars, according to a U.S. study.") == [("a U.S. study", "organization")]


def test_the_name_inside_an_appositive_chain_is_the_speaker_not_the_place_at_its_end() -> None:
    sp = sentence_speakers('"We were surprised," the lead researcher, Mara Quist, a psychologist at Kelso University'
                           ' in Durham, N.C., said.')
    assert [(s.who, s.kind) for s in sp] == [("Mara Quist", "named")]


def test_a_noun_report_is_not_a_verb() -> None:
    # "reports" is the noun, the subject of "said"; the place the reports come from stays with them
    assert _speakers("Media reports in Veyra have said the parts came by sea.") == [("Media reports in Veyra", "anonymous")]


def test_a_passive_with_an_adverb_has_no_speaker() -> None:
    assert _speakers("Brook, a teacher from Ostby, and Omar Vance were formally charged on Monday with eleven counts.") == []


def test_a_named_report_is_not_an_anonymous_source() -> None:
    assert ("the Harlan report", "organization") in _speakers('"The rules were broken," the Harlan report said.')


def test_a_circumstance_after_the_name_is_not_a_role() -> None:
    sp = sentence_speakers("Amy Pinto, in tears, told a reporter that the artist died in his sleep.")
    assert [(s.who, s.role) for s in sp] == [("Amy Pinto", None)]


def test_a_surname_with_a_lower_case_particle_is_a_name() -> None:
    sp = sentence_speakers('"Both sides are at work here," said former federal prosecutor Joseph diGenova, a Republican'
                           ' who believes the case is strong.')
    assert [(s.who, s.kind) for s in sp] == [("Joseph diGenova", "named")]


def test_a_participle_used_as_an_adjective_is_no_speech_verb() -> None:
    assert _speakers("Screenshots of their alleged exchanges were posted on a gossip website on Tuesday.") == []


def test_charged_with_a_crime_is_not_charging_that() -> None:
    assert _speakers("Brook, Vance and Orin, the other suspect charged in the bombing, are believed to be members.") == []
    assert _speakers("Critics charged that the plan broke the law.") == [("Critics", "anonymous")]


def test_a_name_between_commas_needs_an_appositive_after_it_not_a_conjunction() -> None:
    got = _speakers("She spoke hours before he held a news conference with his wife, Huma Vale, and admitted the affair.")
    assert not any("Vale" in who for who, _ in got)


def test_a_speech_verb_before_the_subject_is_not_part_of_it() -> None:
    got = _speakers("Officials have not found a cause but said family members have denied reports of an illness.")
    assert got == [("family members", "anonymous")]


def test_the_chief_is_the_chief_the_article_named() -> None:
    """ "the chief said" after "Fire Chief Dana Okonkwo": the fire chief, not an anonymous source."""
    from newsdesk.compare.claims import article_claims
    from newsdesk.model import Article

    text = ("Fire Chief Dana Okonkwo led the rescue on Tuesday. Divers pulled 31 people from the water. "
            '"We have not given up on anyone," the chief said.')
    last = article_claims(Article(id="a", source="a", text=text)).claims[-1]
    assert [(s.who, s.kind) for s in last.speakers] == [("Dana Okonkwo", "named")]
