"""Who is speaking (stop 26, helper W26): "the company" is a company, never the agency named since; a pronoun is
never the person its own clause names; a transcript's speaker named only in capital labels is a speaker; one module
reads transcript turns for the brief and the comparison; no brief sentence carries a speaker's label, and turns
that follow one another in one paragraph are a transcript. Every fixture is invented."""

from __future__ import annotations

import newsdesk
from newsdesk.brief.transcripts import unattributed_turn_sentences
from newsdesk.compare.attribution import may_be_a_company, named_after_pronoun
from newsdesk.compare.claims import article_claims
from newsdesk.compare.transcript import looks_like_a_name, speaker_label, transcript_names, transcript_turn
from newsdesk.model import Article


def speakers(text: str) -> dict[str, list[str]]:
    claims = article_claims(Article(id="a", source="a.txt", text=text)).claims
    return {c.text: [s.who for s in c.speakers] for c in claims}


# --- "the company" ---

def test_the_company_is_the_company_named_before_not_the_department_named_since():
    text = ("Brindle Software Corp. said on Monday that it would appeal the ruling against its browser.\n\n"
            "The Commerce Department said it would review the case before the end of the year.\n\n"
            "In its filing, the company stated that no court had ever split a software maker in two.")
    got = speakers(text)
    assert got["In its filing, the company stated that no court had ever split a software maker in two."] == \
        ["Brindle Software Corp."]


def test_the_company_stays_the_company_when_only_an_agency_was_named():
    text = ("The Federal Aviation Administration said on Monday that the engines would be inspected again.\n\n"
            "The company said the inspections would not delay any of its flights this winter.")
    got = speakers(text)
    assert got["The company said the inspections would not delay any of its flights this winter."] == ["The company"]


def test_a_department_a_union_or_a_country_is_no_company():
    assert not may_be_a_company("the Justice Department")
    assert not may_be_a_company("Teamsters Local 412")
    assert not may_be_a_company("Norway")
    assert may_be_a_company("Brindle Software Corp.") and may_be_a_company("Halvorsen")


# --- a pronoun is not the person named in its own clause ---

def test_he_said_a_name_would_is_not_that_name_speaking():
    text = ("Prosecutors say Luis Ferrante and Dario Quint met the victim's husband twice in March.\n\n"
            "Quint was recorded on a wire, according to the indictment.\n\n"
            "He said Quint would wait outside the courthouse holding the money.")
    got = speakers(text)
    assert "Dario Quint" not in got["He said Quint would wait outside the courthouse holding the money."]


def test_a_pronoun_in_a_clause_before_the_main_one_may_be_its_subject():
    assert named_after_pronoun("He said Quint would wait outside.", "Dario Quint")
    assert named_after_pronoun("Another time, she told Marsh she had lost the keys.", "Ella Marsh")
    assert not named_after_pronoun("Though he said he welcomed them, Quint voted no.", "Dario Quint")
    assert not named_after_pronoun("Quint would wait outside, he said.", "Dario Quint")


# --- transcripts: a speaker named only in its labels ---

INTERVIEW = (
    "HARRIET OKONJO: Thanks for joining us from the capital this morning.\n\n"
    "PRIME MINISTER DALE: Glad to be here.\n\n"
    "HARRIET OKONJO: Your budget cuts the school program by a third. Why?\n\n"
    "PRIME MINISTER DALE: Well, we have to make choices. The program was never paid for.\n\n"
    "TOP STORY: The minister will take more questions on Friday.\n"
)


def test_a_label_that_opens_two_turns_names_its_speaker():
    assert transcript_names(INTERVIEW) == ("Harriet Okonjo",)
    got = speakers(INTERVIEW)
    assert got["HARRIET OKONJO: Thanks for joining us from the capital this morning."] == ["Harriet Okonjo"]
    assert got["PRIME MINISTER DALE: Glad to be here."] == ["Dale"]  # a turn speaks without a verb of saying


def test_a_heading_a_role_or_an_unnamed_voice_names_no_one():
    assert not looks_like_a_name("TOP STORY") and not looks_like_a_name("REPORTER ONE")
    assert not looks_like_a_name("UNIDENTIFIED MALE") and not looks_like_a_name("THE PLOT")
    assert looks_like_a_name("HARRIET OKONJO") and looks_like_a_name("JOHNNIE COLE JR.")
    text = "REPORTER ONE: Is it over?\n\nREPORTER ONE: Will you resign?\n\nMAYOR ANN LEE: No.\n"
    assert transcript_names(text) == ()


def test_the_speaker_of_a_turn_is_not_the_he_of_her_own_turn():
    text = ("HARRIET OKONJO: Thanks for joining us from the capital this morning.\n\n"
            "PRIME MINISTER DALE: Glad to be here.\n\n"
            "HARRIET OKONJO: Your rival Sam Pryor gave a tough speech in Leeds last week. He said you have no plan.\n")
    got = speakers(text)
    assert got["HARRIET OKONJO: Your rival Sam Pryor gave a tough speech in Leeds last week."] == ["Harriet Okonjo"]
    assert "Harriet Okonjo" not in got["He said you have no plan."]


# --- one reader of turns, for the brief and the comparison ---

def test_one_reader_of_labels_serves_both():
    assert speaker_label("NEW DELHI: The government raised fuel prices.") is None  # a colon dateline
    assert speaker_label("UPDATE: The road is open.") is None
    assert speaker_label("Q: Why?") is not None
    turn = transcript_turn("SEN. ROWE: We will vote.")
    assert turn is not None and turn.who == "Sen. Rowe"


def test_no_brief_sentence_carries_a_speakers_label():
    speech = unattributed_turn_sentences(INTERVIEW)
    assert "PRIME MINISTER DALE: Well, we have to make choices." in speech
    assert "The program was never paid for." in speech
    lone = "The minister spoke in Leeds on Monday.\nPRIME MINISTER DALE: We will not cut the school program.\n"
    assert unattributed_turn_sentences(lone) == {"PRIME MINISTER DALE: We will not cut the school program."}


def test_turns_in_one_paragraph_are_a_transcript():
    text = ("The mayor of Dunmore spoke to the Gazette on Monday about the pier. SAM FIELD: Why did the council close "
            "it? MAYOR ANN LEE: The pier was no longer safe. Repairs will cost four million pounds. SAM FIELD: When "
            "will it open? MAYOR ANN LEE: Next summer, we hope.\nThe council meets again on Thursday.")
    speech = unattributed_turn_sentences(text)
    assert "Repairs will cost four million pounds." in speech and "MAYOR ANN LEE: The pier was no longer safe." in speech
    assert "The mayor of Dunmore spoke to the Gazette on Monday about the pier." not in speech
    assert "The council meets again on Thursday." not in speech


def test_the_brief_states_no_labelled_turn():
    report = ("The Dunmore council closed the old pier on Friday after engineers found cracks in its pillars, the "
              "mayor said. Repairs will cost four million pounds, the council said on Friday.")
    text = ("The mayor of Dunmore spoke to the Gazette on Monday about the closure of the old pier.\n"
            "SAM FIELD: Thanks for joining us on the program this morning, mayor.\n"
            "MAYOR ANN LEE: The council closed the old pier after engineers found cracks in the pillars.\n"
            "SAM FIELD: When will the old pier open again for the public?\n"
            "MAYOR ANN LEE: The old pier opens again next summer after the repairs.\n")
    brief = newsdesk.brief([{"id": "t", "text": text, "date": "2023-05-02", "outlet": "Dunmore Gazette"},
                            {"id": "r", "text": report, "date": "2023-05-01", "outlet": "Valley Times"}],
                           words=150, compare=False)
    said = [s.text for s in brief.sentences]
    assert said and not any(s.startswith(("MAYOR ANN LEE:", "SAM FIELD:")) for s in said)


def test_a_speaker_introduced_with_a_role_speaks_the_turns_under_the_surname():
    text = ("A retired teacher is walking from Ohio to the capital.\n\n"
            "NORA MARTIN, HOST:\n\n"
            "This week we meet a woman who has walked four hundred miles.\n\n"
            "EDNA PRUITT: I kept telling my family I would do it.\n\n"
            "MARTIN: That's Edna Pruitt, a retired teacher from Dayton. She says the walk will end in June.\n\n"
            "PRUITT: I just thought somebody would take notice.\n")
    assert transcript_names(text) == ("Nora Martin",)
    got = speakers(text)
    assert got["MARTIN: That's Edna Pruitt, a retired teacher from Dayton."] == ["Nora Martin"]  # a town's name too
    assert "Nora Martin" not in got["She says the walk will end in June."]  # the host speaks of her guest


def test_the_sentences_after_a_turns_first_are_its_speakers():
    got = speakers(INTERVIEW)
    assert got["The program was never paid for."] == ["Dale"]
    assert got["TOP STORY: The minister will take more questions on Friday."] == []


def test_a_list_by_country_or_a_fact_box_is_no_speech():
    countries = ("FRANCE: Smokers may not light up in bars. The ban started in 2008.\n"
                 "NORWAY: Smoking is banned in all public places. Fines are steep.\n")
    assert unattributed_turn_sentences(countries) == frozenset()
    facts = ("IMPACT: The virus infected thousands of office computers. Banks were hit hardest.\n"
             "STATUS: A patch was released on Friday. Most firms have installed it.\n")
    speech = unattributed_turn_sentences(facts)
    assert "IMPACT: The virus infected thousands of office computers." not in speech  # the article's own words


# --- an office "of" a department, then a name ---

def test_an_office_of_a_department_before_a_name_is_that_person():
    from newsdesk.compare.attribution import sentence_speakers

    got = sentence_speakers("Dorvian Minister of Public Health Ama Kettle said the outbreak was under control.")
    assert [(s.who, s.kind, s.role) for s in got] == [("Ama Kettle", "named", "Dorvian Minister of Public Health")]
    got = sentence_speakers("The Secretary of Homeland Security said the border would stay open.")
    assert [s.kind for s in got] != ["named"]
