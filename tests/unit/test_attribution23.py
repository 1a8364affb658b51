"""Attribution, stop 23: a common noun before an auxiliary is the subject of "has said he ..."."""

from __future__ import annotations

from newsdesk.compare.attribution import uses_pronoun_speaker
from newsdesk.compare.claims import article_claims
from newsdesk.model import Article


def test_a_noun_before_an_auxiliary_is_the_subject_not_the_pronouns_person() -> None:
    assert not uses_pronoun_speaker("Many in the club have said he should have moved years ago.")
    assert not uses_pronoun_speaker("The victim has said she intends to stay anonymous.")
    assert uses_pronoun_speaker("Vale did say he wanted to stay at the club.")  # a name: the pronoun's person
    assert uses_pronoun_speaker("He left the board meeting early and has said he will not return.")
    assert uses_pronoun_speaker("He has said he will not return.")


def test_the_last_person_quoted_is_not_credited_with_what_a_group_has_said() -> None:
    text = ('"He is thrilled to be moving," said Ann Cole, his agent.\n\n'
            "Many in the club have said he should have moved years ago.")
    claims = article_claims(Article(id="a", source="a", text=text)).claims
    group = next(c for c in claims if c.text.startswith("Many"))
    assert "Ann Cole" not in [s.who for s in group.speakers]


def test_a_club_or_a_league_speaks_as_an_organization() -> None:
    text = "The striker will join Lanmore United next season, the club said on Monday."
    claims = article_claims(Article(id="a", source="a", text=text)).claims
    assert [(s.who, s.kind) for s in claims[0].speakers] == [("the club", "organization")]


def test_a_surname_two_people_share_is_the_one_quoted_before_or_left_bare() -> None:
    """Review U23: "Shepard added" was the murdered Matthew Shepard, not his father Dennis, who spoke."""
    text = ("Matthew Shepard, 21, was beaten and left tied to a fence near Lanmore.\n\n"
            '"My son was a gentle soul," Dennis Shepard told the court on Monday.\n\n'
            "The jury heard from 12 witnesses. Matthew Shepard died five days after the attack.\n\n"
            '"The law will not end hatred," Shepard added.')
    claims = article_claims(Article(id="a", source="a", text=text)).claims
    assert [s.who for s in claims[-1].speakers] == ["Dennis Shepard"]
    unquoted = text.replace('"My son was a gentle soul," Dennis Shepard told the court on Monday.',
                            "Dennis Shepard, his father, sat in the court on Monday.")
    claims = article_claims(Article(id="b", source="b", text=unquoted)).claims
    assert [(s.who, s.kind) for s in claims[-1].speakers] == [("Shepard", "named")]


def test_words_taken_along_with_a_name_make_no_second_person() -> None:
    text = ("To Jo Gallagher, the rules were unfair.\n\nJayne Gallagher runs the adoption agency in Lanmore.\n\n"
            '"We need more families," Gallagher said.')
    claims = article_claims(Article(id="a", source="a", text=text)).claims
    assert [s.who for s in claims[-1].speakers] == ["Jayne Gallagher"]


def test_a_national_or_regional_news_agency_keeps_its_whole_name() -> None:
    from newsdesk.compare.attribution import outlet_name

    assert outlet_name("Kenya News Agency") == "Kenya News Agency"
    assert outlet_name("Middle East News Agency") == "Middle East News Agency"
    assert outlet_name("the Xinhua news agency") == "Xinhua"


def test_a_given_name_that_is_also_a_word_is_a_given_name() -> None:
    """Review R23a: "Will" is a given name, so Will and Jada Smith are two of a family."""
    text = ("Will Smith and Jada Smith arrived at the Lanmore premiere on Monday.\n\n"
            '"It is a film about our town," Will Smith said.\n\n"We loved making it," Smith added.')
    claims = article_claims(Article(id="a", source="a", text=text)).claims
    assert [s.who for s in claims[-1].speakers] == ["Will Smith"]


def test_a_participle_apposition_is_no_clause_before_the_speaker() -> None:
    """Review R23a: "Mary Jones, elected in 2010, the mayor of Lanmore, said ..." is Mary Jones's."""
    from newsdesk.compare.attribution import sentence_speakers

    got = sentence_speakers("Mary Jones, elected in 2010, the mayor of Lanmore, said 40 homes were lost on Monday.")
    assert [(s.who, s.kind) for s in got] == [("Mary Jones", "named")]
    assert uses_pronoun_speaker("Cole herself has said she will retire in 2030.")
