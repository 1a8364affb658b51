"""Precision of compare's conflicts (stop 27): a "not A but B" correction affirms B; the teller of a sentence (who
closes it, after a description, or the outlet told) is no rival of a person the other sentence tells of; an
abbreviation no gazetteer knows is no place. Every fixture is invented."""

from __future__ import annotations

from builders import first_claim as claim
from builders import hit_kinds as kinds
from newsdesk.compare.attribution import sentence_speakers
from newsdesk.compare.conflicts.names import _actor_sort, _org_like
from newsdesk.compare.conflicts.negation import _para_negation
from newsdesk.compare.conflicts.pairing import pair_conflicts
from newsdesk.compare.conflicts.roles import described_conflicts
from newsdesk.compare.conflicts.source_clause import tells


def test_a_correction_not_a_but_b_affirms_b():
    # "did not call a taxi but called his sister instead" agrees with "called his sister"
    a = claim("A neighbour said the driver did not call a taxi but called his sister instead.")
    b = claim("Instead, the driver called his sister, who drove him home, the family said.")
    assert _para_negation(a, b, 0.7) is None
    assert "denial" not in kinds(pair_conflicts(a, b, 0.7))


def test_a_correction_still_denies_what_the_other_sentence_asserts_of_the_negated_object():
    a = claim("A neighbour said the driver did not call a taxi but called his sister instead.")
    b = claim("The driver called a taxi, which drove him home, the family said.")
    assert _para_negation(a, b, 0.7) is not None


def test_a_plain_negation_without_correction_still_conflicts():
    a = claim("A neighbour said the driver did not call his sister after the crash.")
    b = claim("After the crash, the driver called his sister, who drove him home.")
    assert _para_negation(a, b, 0.7) is not None


def test_the_official_who_closes_a_sentence_after_a_description_tells_it():
    c = claim("A county deputy has died after he was hurt in a crash on Friday, the county Sheriff Dale Orr confirmed.")
    assert tells(c, "Dale Orr", c.slots.tokens.index("Dale"))
    c = claim("The sheriff said the crash killed Dale Orr.")
    assert not tells(c, "Dale Orr", c.slots.tokens.index("Dale"))


def test_the_outlet_told_tells_the_sentence_but_not_a_person_told_to_act():
    c = claim("The plant was closed on Monday, a spokesman, Ed Lamb, told Harbor Radio today.")
    assert tells(c, "Harbor Radio", c.slots.tokens.index("Harbor"))
    c = claim("The guard told Ray Cole to leave the plant.")
    assert not tells(c, "Ray Cole", c.slots.tokens.index("Ray"))


def test_the_victim_against_the_official_confirming_the_death_is_no_conflict():
    a = claim("Harbor County Deputy Sam Vance has died of injuries he suffered when his car was hit on the bridge.")
    b = claim("A Harbor County deputy has died after his car was hit on the bridge on Friday, the Harbor County "
              "Sheriff Dale Orr confirmed.")
    assert "actor" not in kinds(pair_conflicts(a, b, 0.7))


def test_the_outlet_told_against_a_body_named_in_a_quote_is_no_conflict():
    a = claim("The plant has been shut and an inquiry into the leak is under way, Ed Lamb, a spokesman for the "
              "state Health Department, told Harbor Radio today.")
    b = claim("Ed Lamb, a spokesman for the Health Department, said in a statement: “We have shut the Lakeside "
              "Water Works and are looking into the leak.”")
    assert "actor" not in kinds(pair_conflicts(a, b, 0.7))


def test_an_abbreviation_no_gazetteer_knows_is_an_organisation_not_a_place():
    assert _org_like("HR")
    assert not _org_like("UK")
    assert not _org_like("Paris")
    a = claim("Sales were slow in the Netherlands, and a worker filed a complaint about the manager.")
    b = claim("A worker filed a formal complaint to HR in May about the manager.")
    assert "place" not in kinds(pair_conflicts(a, b, 0.7))


def test_two_titles_of_one_body_are_two_posts_not_one():
    # the officer who died and the chief who confirmed it: both of the Harbor County police, in two posts
    a = claim("Harbor County Police Officer Sam Vance has died of injuries he suffered when his car was hit on the "
              "bridge.")
    b = claim("A Harbor County police officer has died after his car was hit on the bridge, Harbor County police "
              "Chief Dale Orr said on Friday.")
    assert described_conflicts(a, b) == []
    c = claim("Harbor County police Chief Sam Vance said the bridge was closed after the crash.")
    d = claim("The bridge was closed after the crash, said Dale Orr, the chief of the Harbor County police.")
    assert described_conflicts(c, d) == [("Sam Vance", "Dale Orr")]


def _who(sentence: str) -> list[tuple[str, str]]:
    return [(sp.who, sp.kind) for sp in sentence_speakers(sentence)]


def test_a_reason_clause_before_the_speakers_is_no_part_of_them():
    assert _who("That's why bank analysts say the mill will close.") == [("bank analysts", "anonymous")]


def test_when_a_page_was_posted_is_no_part_of_its_name():
    assert _who("The boy was taken to a clinic, according to the HelpFund page posted Friday.") == \
        [("the HelpFund page", "organization")]
    assert _who("Rents rose, according to a study published Monday by the Harbor Institute.") == \
        [("a study by the Harbor Institute", "organization")]


def test_a_report_titled_then_put_out_by_a_body_is_that_bodys():
    assert _who("Rents rose 5 percent, according to a report, “Renting in Harbor County,” released this week by the "
                "Harbor Housing Office.") == [("a report by the Harbor Housing Office", "organization")]


def test_a_negated_speech_verb_in_a_relative_clause_names_no_speaker():
    assert _who("Ann Roe, who never claimed innocence, was the first woman freed from the jail.") == []
    assert _who("Ann Roe, who claimed innocence, was the first woman freed from the jail.") == []


def test_a_name_after_the_or_in_quotation_marks_is_no_person():
    toks = claim("A 1980 study doubted a crime wave reported after the Great Flood of 1951.").slots.tokens
    assert _actor_sort(toks, toks.index("Great"), toks.index("Great") + 2) is None
    toks = claim("The band's 1969 album featured the hit “Blue Meadow” and three other songs.").slots.tokens
    assert _actor_sort(toks, toks.index("Blue"), toks.index("Blue") + 2) is None
    toks = claim("In 1980, sociologist Ann Berg doubted a crime wave reported after the flood.").slots.tokens
    assert _actor_sort(toks, toks.index("Ann"), toks.index("Ann") + 2) == "person"


def test_an_event_named_with_the_is_no_rival_of_a_person():
    a = claim("A 1980 study doubted a crime wave reported in the Harbor Times after the Great Flood of 1951.")
    b = claim("In 1980, sociologist Ann Berg published a study of a crime wave reported by the Harbor Times a year "
              "after a flood had hit the city in 1951.")
    assert "actor" not in kinds(pair_conflicts(a, b, 0.7))


def test_what_a_sentence_says_someone_presumes_is_no_assertion():
    a = claim("The maker said the “natural” label on the soap does not mean it is safe for babies.")
    b = claim("Parents seem unaware of the risk, apparently assuming that “natural” means safe for babies.")
    assert _para_negation(a, b, 0.7) is None
    c = claim("Parents say that the “natural” label means the soap is safe for babies.")
    assert _para_negation(a, c, 0.7) is not None


def test_rather_than_negates_as_not_does():
    a = claim("The agency told the court the rating will stay because the owls were not considered to be endangered.")
    b = claim("The agency was asked to explain why the owls should be considered threatened rather than endangered.")
    assert _para_negation(a, b, 0.7) is None
