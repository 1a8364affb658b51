"""Who says it, stop 21: the place after a speaker, a number's thousands comma, an inverted "said X", a name
"of" its employer, a wire dateline's dash and plural group nouns are read as a journalist reads them."""

from __future__ import annotations

from newsdesk.compare.attribution import sentence_speakers
from newsdesk.compare.claims import article_claims
from newsdesk.model import Article


def who(sentence: str) -> list[tuple[str, str]]:
    return [(s.who, s.kind) for s in sentence_speakers(sentence)]


def test_a_state_after_in_town_is_no_speaker_the_person_before_is() -> None:
    found = sentence_speakers("Lena Varga of the Coastal Weather Institute in Eugene, Ore., agreed it will take more "
                              "years to know how the currents change.")
    assert [(s.who, s.kind) for s in found] == [("Lena Varga", "named")], found
    assert found[0].role == "of the Coastal Weather Institute"


def test_a_country_after_in_town_is_no_speaker() -> None:
    found = who("Tomas Brandt of the Alpine Water Trust in Lyon, France, said the glacier lost a tenth of its ice.")
    assert found == [("Tomas Brandt", "named")], found


def test_a_person_of_an_organisation_is_the_person() -> None:
    found = sentence_speakers("Mara Quill of the Harbour Safety Board said the ferry had no licence.")
    assert [(s.who, s.kind, s.role) for s in found] == [("Mara Quill", "named", "of the Harbour Safety Board")]
    assert who("The Bank of Upland said rates would hold.") == [("The Bank of Upland", "organization")]


def test_a_pronoun_clause_after_the_verb_is_no_inverted_speaker() -> None:
    found = who("Ivo Rand, the harbour master, agreed it needs a new survey.")
    assert found == [("Ivo Rand", "named")], found


def test_a_thousands_comma_does_not_cut_the_speaker() -> None:
    found = who("The valley growers' league, where more than 3,000 farmers met, concluded that the dam leaks.")
    assert all(not w.startswith("000") for w, _ in found), found
    found = who("In 2004 the board, where more than 1,500 engineers concluded that the bridge was safe, met again.")
    assert found == [("more than 1,500 engineers", "anonymous")], found


def test_a_speech_verb_after_a_comma_with_its_subject_after_it_takes_no_subject_before_it() -> None:
    found = who("Footage from a shop camera shows a van at the lights, followed by a green pickup, reports Channel 9 "
                "reporter Ana Ruiz.")
    assert not any("pickup" in w for w, _ in found), found
    found = who("Piet Lomme, 52, of Dover, was charged with two counts of fraud, and a clerk, Ella Marsh, 40, was "
                "charged with perjury, said District Attorney Rosa Kent.")
    assert not any("Marsh" in w for w, _ in found), found
    assert ("Rosa Kent", "named") in found, found


def test_an_inverted_verb_before_the_speaker_is_not_part_of_the_name() -> None:
    found = who("“A harbour is more than its cranes,” writes Holmqvist, who adds that the pier is the town.")
    assert found == [("Holmqvist", "named")], found
    text = ("Port historian Ada Holmqvist wrote a book on the pier. “A harbour is more than its cranes and its quays "
            "and the ships that come in,” writes Holmqvist, acknowledges that the pier is the town's heart.")
    claims = article_claims(Article("a1", "a1", text)).claims
    speakers = [s.who for c in claims for s in c.speakers]
    assert not any(w.startswith("writes") for w in speakers), speakers


def test_a_wire_dateline_dash_is_no_part_of_a_role() -> None:
    for lead in ("_ ", "-- ", "— "):
        found = sentence_speakers(lead + "Governor Ruth Aldane declared a new start for the party on Monday.")
        assert [(s.who, s.role) for s in found] == [("Ruth Aldane", "Governor")], (lead, found)


def test_a_city_state_based_body_is_one_speaker() -> None:
    found = who("The Dayton, Ohio-based chain argued that the workers were not employees.")
    assert found == [("The Dayton, Ohio-based chain", "organization")], found


def test_plural_group_nouns_are_no_surnames() -> None:
    assert who("Prosecutors said the mayor took the money.") == [("Prosecutors", "organization")]
    assert who("Ferry attorneys countered that the crew was not to blame.") == [("Ferry attorneys", "organization")]
    assert who("Defense lawyers argued the tape was edited.") == [("Defense lawyers", "organization")]
    assert who("Geologists say the slope will slide again.") == [("Geologists", "anonymous")]
    assert who("Summers said the slope will slide again.") == [("Summers", "named")]
