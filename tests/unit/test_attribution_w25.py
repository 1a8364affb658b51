"""Who says it (stop 25, helper W25): a role whose person the article names is that person, a bare surname is the
nearest of its family, a dateline or the object of "while citing" is no speaker, labels hold the name alone, and a
transcript turn is said by the name before its colon. Every fixture is invented."""

from __future__ import annotations

from newsdesk.compare.attribution import person_name, sentence_speakers
from newsdesk.compare.claims import article_claims
from newsdesk.compare.role_holders import role_holder, role_holders
from newsdesk.compare.transcript import transcript_turn
from newsdesk.model import Article


def speakers(text: str) -> dict[str, list[str]]:
    claims = article_claims(Article(id="a", source="a.txt", text=text)).claims
    return {c.text: [s.who for s in c.speakers] for c in claims}


def who(sentence: str, people: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(s.who, s.kind) for s in sentence_speakers(sentence, people)]


# --- a role whose person is named nearby is not anonymous ---

def test_a_party_aside_after_a_name_keeps_the_name_before_its_apposition():
    got = who("Rep. Ann Colter (D-Ore.), another critic of the port plan, said in a statement that the fee was unfair.")
    assert got == [("Ann Colter", "named")]


def test_the_judge_is_the_one_judge_the_article_names():
    text = ("County Circuit Judge Harriet Blum refused on Monday to move the trial of the two brothers.\n\n"
            "The defense had argued that the jury pool in the valley was tainted by the coverage.\n\n"
            "The judge said the jury would be questioned one by one before the trial opens next week.")
    got = speakers(text)
    assert got["The judge said the jury would be questioned one by one before the trial opens next week."] == \
        ["Harriet Blum"]


def test_an_attorney_for_a_client_is_the_one_named_later_as_that_clients_attorney():
    text = ("An attorney for the harbor commissioner Paul Ostrander said Friday that he would answer every question.\n\n"
            "Mr. Ostrander's attorney, Greta Lindqvist, said in a statement that he had done nothing wrong.")
    got = speakers(text)
    first = "An attorney for the harbor commissioner Paul Ostrander said Friday that he would answer every question."
    assert got[first] == ["Greta Lindqvist"]


def test_a_role_stays_anonymous_when_two_people_hold_it():
    holders = role_holders(["Judge Ann Rusk heard the case.", "Judge Tom Vail heard the appeal."])
    assert role_holder("the judge", "the judge said no", holders) is None


def test_a_lawyer_named_for_another_client_or_a_lawyer_without_a_client_is_not_resolved():
    holders = role_holders(["Dan Ruiz, a lawyer for Reed, spoke first."])
    assert role_holder("Cole's attorney", "Cole's attorney said no", holders) is None
    assert role_holder("a lawyer", "a lawyer said no", holders) is None
    assert role_holder("Reed's lawyer", "Reed's lawyer said no", holders) == "Dan Ruiz"


def test_special_counsel_and_attorney_general_hold_no_lawyer_role():
    holders = role_holders(["The case is overseen by special counsel Mark Dunn.", "Attorney General Lia Wong agreed."])
    assert holders == []


def test_both_surnames_joined_by_and_are_two_people_the_article_named():
    got = who("However, both Brandt and Okafor told the committee that the order was improper.",
              ("Lena Brandt", "Joseph Okafor"))
    assert got == [("Lena Brandt", "named"), ("Joseph Okafor", "named")]


def test_a_company_named_by_two_surnames_stays_one_body():
    assert who("Harlow and Finch said the shares would be sold.") == [("Harlow and Finch", "organization")]


def test_some_of_a_group_is_anonymous_not_a_surname():
    assert who("Several of the economists said Friday that the rate would fall.") == \
        [("Several of the economists", "anonymous")]


# --- a bare surname resolves to the nearest fitting person ---

def test_a_relative_named_by_given_name_speaks_for_a_later_bare_surname():
    text = ("Mourners gathered for Peter Vasko, the fisherman who drowned off the point last month.\n\n"
            "“We ask the state to fund the rescue boats,” said Vasko's father Andrej at the harbor.\n\n"
            "“No other family should wait for a boat that never comes,” Vasko added.")
    got = speakers(text)
    assert got["“We ask the state to fund the rescue boats,” said Vasko's father Andrej at the harbor."] == \
        ["Andrej Vasko"]
    assert got["“No other family should wait for a boat that never comes,” Vasko added."] == ["Andrej Vasko"]


# --- datelines and what is cited are no speakers ---

def test_a_dateline_glued_to_its_dash_is_no_speaker():
    got = who("LISBON—A spokesman for the port authority said Monday that the strike was over.")
    assert got == [("A spokesman", "anonymous")]


def test_what_the_subject_cites_while_arguing_is_no_speaker():
    assert who("While citing the old county surveys, the company also stated that the land was never wetland.") == \
        [("the company", "organization")]


def test_sources_cited_by_an_outlet_are_still_its_sources():
    got = who("Citing police sources, the channel said the car was found near the river.")
    assert ("police sources", "anonymous") in got


def test_maintained_a_thing_is_kept_not_said():
    assert who("The court said in its ruling that the firm had maintained its grip on the market.") == \
        [("The court", "organization")]


# --- labels hold the name alone ---

def test_a_weekday_after_an_inverted_name_is_when_not_his_name():
    got = sentence_speakers("“We are pleased,” said campaign spokesman Ivo Marquez Tuesday.")
    assert [s.who for s in got] == ["Ivo Marquez"]


def test_a_trade_before_a_name_is_a_role_not_a_given_name():
    assert person_name("Balloonists Tomas Keller") == "Tomas Keller"
    assert person_name("Harvard's Ann Cole") == "Ann Cole"
    assert person_name("Will Smith") == "Will Smith"
    assert person_name("President-elect Ana Ferro") == "Ana Ferro"
    got = sentence_speakers("“It was loud,” said Guitarist Ray Dunmore.")
    assert [(s.who, s.role) for s in got] == [("Ray Dunmore", "guitarist")]


def test_a_surname_of_a_body_is_the_named_person():
    assert who("Okafor of Yale said the figures were wrong.", ("Joseph Okafor",)) == [("Joseph Okafor", "named")]


# --- transcripts ---

def test_a_transcript_turn_is_said_by_the_name_before_the_colon():
    got = who("GOVERNOR HALE: Well, I don't think the budget will pass this year.", ("Ruth Hale",))
    assert got == [("Ruth Hale", "named")]
    got = who("BRENNAN: We have a new poll out this morning.", ("Martha Brennan",))
    assert got == [("Martha Brennan", "named")]


def test_a_heading_or_a_country_in_capitals_is_no_transcript_turn():
    assert transcript_turn("TOP STORY: FARM BILL STALLS - The vote was put off.") is None
    assert transcript_turn("NORWAY: Smokers may not light up in bars.") is None
    assert transcript_turn("UPDATE: The road is open again.") is None


def test_a_he_inside_a_transcript_turn_is_not_the_last_person_quoted():
    text = ("GOVERNOR HALE: Well, I don't think the budget will pass this year.\n\n"
            "REPORTER ONE: --he says he did it in Ohio, with both parties.")
    got = speakers(text)
    assert got["REPORTER ONE: --he says he did it in Ohio, with both parties."] == []
