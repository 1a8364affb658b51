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


def test_an_abbreviated_title_before_an_inverted_speaker_does_not_end_the_name() -> None:
    assert who("“The pier will hold,” said Dr. Ines Varga, a harbour engineer.") == [("Ines Varga", "named")]
    found = sentence_speakers("“We will vote,” said Sen. Omar Lind.")
    assert [(s.who, s.kind, s.role) for s in found] == [("Omar Lind", "named", "Sen.")]


def test_an_object_clause_after_the_verb_is_no_inverted_speaker() -> None:
    found = who("Nils Berg, a ferry analyst, said the harbour board would raise the fares in May.")
    assert found == [("Nils Berg", "named")], found
    found = who("Rosa Kent, the mayor, said that the Harbour Board was wrong.")
    assert found == [("Rosa Kent", "named")], found


def test_an_adverb_before_an_inverted_speaker_is_no_speaker() -> None:
    assert who("Moreover, said Dahl, the pier is sinking.") == [("Dahl", "named")]
    assert who("Still, said Dahl, the pier is sinking.") == [("Dahl", "named")]


def test_a_based_body_after_a_comma_is_its_own_phrase() -> None:
    found = who("The court cut the sentence to one year, Oslo-based Ferrywatch reported.")
    assert found == [("Oslo-based Ferrywatch", "organization")], found


def test_a_long_appositive_keeps_the_name() -> None:
    found = sentence_speakers("Jonah Pike, a research fellow at the Northern Harbour Institute of Marine Transport "
                              "Studies, said the pier was sinking.")
    assert [(s.who, s.kind) for s in found] == [("Jonah Pike", "named")], found
    found = sentence_speakers("Vera Holm of the Harbour Trust, who has led the campaign to save the old pier for "
                              "ten years, said the vote was a disgrace.")
    assert [(s.who, s.kind) for s in found] == [("Vera Holm", "named")], found


def test_a_clause_before_the_speaker_at_the_end_is_no_role() -> None:
    found = who("Ferry mate Tom Ekker, 41, was found dead early Monday in his cabin, the port police said.")
    assert found == [("the port police", "organization")], found
    found = who("Anders Lund, 53, walked onto the pier and jumped, port spokeswoman Eva Moss said.")
    assert found == [("Eva Moss", "named")], found


def test_the_words_of_the_verb_are_no_role() -> None:
    found = sentence_speakers("Ada Rask, a ferry company spokeswoman, would only say that the boat was safe.")
    assert [(s.who, s.role) for s in found] == [("Ada Rask", "a ferry company spokeswoman")], found
    found = sentence_speakers("Ada Rask, a ferry company spokeswoman, refused to say whether the boat was safe.")
    assert [(s.who, s.role) for s in found] == [("Ada Rask", "a ferry company spokeswoman")], found


def test_a_pronoun_closing_the_phrase_leaves_the_speaker_to_the_article() -> None:
    assert who("Officials backed the harbour master, Ivo Rand, when he announced the closure.") == []


def test_a_town_and_its_state_open_a_title() -> None:
    found = sentence_speakers("Dover, Del., Mayor Lena Ruiz, whose town was flooded in 2011, said recovery is slow.")
    assert [(s.who, s.kind) for s in found] == [("Lena Ruiz", "named")], found
    assert who("“The water came fast,” the Dover, Del., resident said.") == [("the Dover, Del., resident", "anonymous")]


def test_a_which_aside_does_not_hide_the_speaker() -> None:
    found = who("Lia Moor, head of the Pier School, which has had a flood plan for years, said she was calm.")
    assert found == [("Lia Moor", "named")], found


def test_a_subordinate_opener_before_the_speaker_is_dropped() -> None:
    assert who("The ferries kept sailing, even as investigators warned that ice was forming.") == [("investigators", "anonymous")]
    found = who("Fares went up at the port, where a spokesman said the rise was needed.")
    assert found == [("a spokesman", "anonymous")], found


def test_a_military_rank_is_a_title() -> None:
    found = sentence_speakers("Senior Airman Ola Berg said the drill went well.")
    assert [(s.who, s.kind, s.role) for s in found] == [("Ola Berg", "named", "Senior Airman")], found


def test_two_inverted_speakers_joined_by_and_are_both_speakers_and_the_defendant_is_none() -> None:
    found = who("Piet Lomme, 35, of Dover, was indicted on two counts of fraud, and a clerk, Ella Marsh, 45, of Lewes, "
                "Del., was indicted on one count of perjury, said Harbour Police Chief Ana Ruiz and Port Director "
                "Tom Gale in a statement.")
    assert found == [("Ana Ruiz", "named"), ("Tom Gale", "named")], found


def test_a_title_before_a_name_with_an_initial_makes_a_person() -> None:
    found = sentence_speakers("The ferry was seized, said U.S. Attorney for the Northern District Ana B. Ruiz.")
    assert [(s.who, s.kind, s.role) for s in found] == [
        ("Ana B. Ruiz", "named", "U.S. Attorney for the Northern District")], found


def test_a_thing_added_is_no_speech() -> None:
    assert who("This year, Saab and Fiat added side air bags to some models.") == []
    assert who("Last year, the ferry line added 500 deckhands to its crew.") == []
    assert who("The mayor added that the pier would reopen.") == [("The mayor", "anonymous")]
    assert who("Rosa Kent added the pier was safe.") == [("Rosa Kent", "named")]
    assert who("Rosa Kent added on Monday, \"The pier is safe.\"") == [("Rosa Kent", "named")]


def test_a_party_and_state_in_brackets_after_an_inverted_speaker_is_an_aside() -> None:
    assert who("“We will vote,” said Sen. Omar Lind (R-Minn.), who chairs the panel.") == [("Omar Lind", "named")]
    assert who("“We will vote,” said Sen. Omar Lind (Maine), who chairs the panel.") == [("Omar Lind", "named")]


def test_the_quotation_before_a_speaker_is_no_clause_of_the_speaker() -> None:
    found = who("``We lied under oath to the town,'' Representative Ivo Rand, a Dover Republican, wrote Lena Ruiz.")
    assert ("Ivo Rand", "named") in found, found
    found = sentence_speakers("Ivo Rand, 36, had always denied sinking the ferry.")
    assert [(s.who, s.role) for s in found] == [("Ivo Rand", "36")], found


def test_a_fragment_after_a_quotation_is_no_speaker() -> None:
    assert who("``They were the dregs'' of the navy, said Ivo Rand, a harbour pilot.") == [("Ivo Rand", "named")]


def test_a_role_in_lower_case_before_a_name_makes_a_named_speaker() -> None:
    """", said study lead author Lucas Paganini" was an organization "study lead author Lucas Paganini", so the brief
    never introduced "Paganini" (review U21)."""
    from newsdesk.compare.attribution import sentence_speakers

    [sp] = sentence_speakers('"Water is there," said study lead author Ana Pelletier, a chemist at Lanmore University.')
    assert (sp.who, sp.kind) == ("Ana Pelletier", "named") and sp.role and sp.role.startswith("study lead author")
    [body] = sentence_speakers("The plan will fail, said the Lanmore Harbour Authority.")
    assert body.kind == "organization"


def test_the_name_after_a_quotation_speaks_however_long_its_appositive() -> None:
    """'"...," study lead author Ana Pelletier, a chemist at X in Lanmore, Maine, and Y University in Dover, said':
    the last part of the appositive ("Y University") was taken for the speaker (review U21)."""
    from newsdesk.compare.attribution import sentence_speakers

    [sp] = sentence_speakers('"Water is there," study lead author Ana Pelletier, a chemist at the Lanmore Institute in '
                             'Dover, Maine, and Harbour University in Kell, said in a statement.')
    assert (sp.who, sp.kind) == ("Ana Pelletier", "named")
    assert sp.role is not None and "Harbour University" not in sp.role
    [mayor] = sentence_speakers('"We will win," the mayor said.')
    assert mayor.kind == "anonymous"
