"""Actor conflicts (stop 18): which names are one entity, one post written several ways, a person described twice
over, and two holders of one post in a story of weeks of coverage. Each rule beside a case it must leave alone. Every
fixture is invented."""

from __future__ import annotations

from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts import pair_conflicts, post_conflicts, role_conflicts
from newsdesk.compare.conflicts.actors import _same_entity
from newsdesk.compare.conflicts.roles import described_conflicts
from newsdesk.compare.consensus import index_claims
from newsdesk.model import Article


def art(key: str, text: str) -> Article:
    return Article(id=key, source=f"{key}.txt", text=text)


def claim(key: str, text: str):
    return article_claims(art(key, text)).claims[0]


def index(*articles: Article):
    return index_claims([article_claims(a) for a in articles])


# ---- one entity or two -------------------------------------------------------------------------------------------


def test_two_countries_are_two_entities_however_alike_their_names():
    assert not _same_entity("Iran", "Iraq")
    assert not _same_entity("Austria", "Australia")
    assert not _same_entity("Niger", "Nigeria")


def test_two_words_of_one_length_that_share_only_their_start_are_two_names():
    assert not _same_entity("Delhi", "Delft")
    assert _same_entity("Shia", "Shi'ite")  # a shorter and a longer spelling of one name stay one


def test_two_bodies_of_one_country_or_state_are_two():
    assert not _same_entity("Russian Defense Ministry", "Russia's Air Force")
    assert not _same_entity("Texas Democratic Party", "Texas Republican Party")
    assert _same_entity("Texas Republican Party", "Texas GOP")  # the party's other name
    assert _same_entity("Russia", "Russian Federation")


def test_one_name_spelt_two_ways_is_one():
    assert _same_entity("Muammar Gaddafi", "Moammar Gadhafi")
    assert _same_entity("Osama bin Laden", "Usama bin Ladin")
    assert _same_entity("Jim Hall", "James E. Hall")  # a shared surname: the replaced parts are compared, if any
    assert not _same_entity("Fran Keller", "Greg Kelley")  # one surname spelt alike, the first names apart: two people


def test_one_body_of_a_country_replaced_by_another_is_an_actor_conflict():
    a = claim("a", "The Russian Defense Ministry said 40 rebels were killed in air raids near the border on Tuesday.")
    b = claim("b", "Russia's Air Force said 40 rebels were killed in air raids near the border on Tuesday.")
    assert ("actor", "Russian Defense Ministry", "Russia's Air Force") in pair_conflicts(a, b, 0.8, 0.3)
    same = claim("c", "Russia's Defense Ministry said 40 rebels were killed in air raids near the border on Tuesday.")
    assert not [hit for hit in pair_conflicts(a, same, 0.8, 0.3) if hit[0] == "actor"]


# ---- one post written several ways -------------------------------------------------------------------------------


def test_a_country_by_its_name_or_its_people_names_one_post():
    a = art("a", "British Home Secretary Alan Fenwick promised new measures to combat racism in the police. "
                 "The report was published on Monday.")
    b = art("b", "Britain's Home Secretary Owen Marsh promised new measures to combat racism in the police force. "
                 "Fishing boats stayed in port.")
    hits = role_conflicts(index(a, b))
    assert hits and {hits[0][2], hits[0][3]} == {"Alan Fenwick", "Owen Marsh"}


def test_prime_minister_is_premier_and_a_deputy_is_not_the_holder():
    a = art("a", "Veyrian Deputy Prime Minister Alan Fenwick said a collision sank the ferry. The sea was calm.")
    b = art("b", "A collision sank the ferry, Veyrian Deputy Premier Owen Marsh said on Friday. Boats stayed in port.")
    hits = role_conflicts(index(a, b))
    assert hits and {hits[0][2], hits[0][3]} == {"Alan Fenwick", "Owen Marsh"}
    c = art("c", "A collision sank the ferry, Veyrian Premier Owen Marsh said on Friday. Boats stayed in port.")
    assert not role_conflicts(index(a, c))  # the deputy and the premier: two posts


def test_chief_executive_officer_and_chief_executive_are_one_post():
    a = art("a", "Alan Fenwick, the chief executive of the Booksellers Guild, said sales were falling. "
                 "The fair opens in May.")
    b = art("b", "It will go the other way, said Owen Marsh, the Booksellers Guild's chief executive officer. "
                 "The shop closed early.")
    hits = role_conflicts(index(a, b))
    assert hits and {hits[0][2], hits[0][3]} == {"Alan Fenwick", "Owen Marsh"}


def test_a_police_chief_is_one_holder():
    a = art("a", "An officer has died after he was shot in the head, Harbor State University police Chief Alan "
                 "Fenwick confirmed. The campus was closed.")
    b = art("b", "Harbor State University police Chief Owen Marsh said he did not know why the suspect was stopped. "
                 "Classes resume Monday.")
    hits = role_conflicts(index(a, b))
    assert hits and {hits[0][2], hits[0][3]} == {"Alan Fenwick", "Owen Marsh"}


# ---- a person described twice over -------------------------------------------------------------------------------


def test_a_second_description_after_and_is_read_too():
    a = claim("a", "Alan Fenwick, the governor's son-in-law and one of his senior advisers, has come under "
                   "scrutiny in the bribery investigation, officials said.")
    b = claim("b", "Owen Marsh, a senior adviser to the governor and the governor's son-in-law, is under scrutiny "
                   "in the bribery investigation.")
    assert ("Alan Fenwick", "Owen Marsh") in described_conflicts(a, b)
    # two people with one description each, sharing a word: colleagues, not one person
    c = claim("c", "Owen Marsh, a senior adviser to the mayor, is under scrutiny in the bribery investigation.")
    assert not described_conflicts(a, c)


# ---- two holders of one post in weeks of coverage ----------------------------------------------------------------


_FILLER = ["The river rose on Monday.", "Fishing boats stayed in port.", "The harbour was closed to ships.",
           "Schools reopened after the storm.", "Rail services were delayed by floods.", "The market was quiet."]


def _crowded(lone: str, *others: str) -> list[Article]:
    """A story of six articles: the given sentences first, filler after."""
    texts = [lone, *others]
    return [art(f"x{n}", (texts[n] + " " if n < len(texts) else "") + _FILLER[n]) for n in range(6)]


def test_a_post_given_to_one_name_by_one_article_against_the_rest_is_an_actor_conflict():
    arts = _crowded("Neville Reid, the chairman of the Society of Harbour Pilots, said the inquiry had managed the "
                    "nettle.",
                    "Peter Hale, chairman of the Society of Harbour Pilots, believes the Reid case will leave a mark.",
                    "The case that Peter Hale, the chairman of the Society of Harbour Pilots, described as a scandal "
                    "was that of Stephen Reid.")
    hits = post_conflicts(index(*arts))
    assert hits and {hits[0][2], hits[0][3]} == {"Peter Hale", "Neville Reid"}


def test_a_new_holder_who_took_office_is_no_conflict():
    arts = _crowded("Veyrian Prime Minister Ehud Marr, who took office in July, said he will build no new "
                    "settlements.",
                    "Veyrian Prime Minister Alon Tavor pledged to expand settlement construction on Monday.",
                    "The plan of Veyrian Prime Minister Alon Tavor was criticised abroad.")
    assert not role_conflicts(index(*arts))
    arts = _crowded("Veyrian Prime Minister Ehud Marr met the visiting envoy in the capital.",
                    "Veyrian Prime Minister Alon Tavor pledged to expand settlement construction on Monday.",
                    "The plan of Veyrian Prime Minister Alon Tavor was criticised abroad.")
    hits = role_conflicts(index(*arts))
    assert hits and {hits[0][2], hits[0][3]} == {"Ehud Marr", "Alon Tavor"}



def test_a_holder_named_by_a_later_article_alone_is_a_successor() -> None:
    # R18: five articles name one mayor, one article eight months on names her successor
    from newsdesk.compare import compare as compare_articles
    from newsdesk.model import Article as Art

    texts = [
        ("2019-03-01", "Lanmore Mayor Jane Brown opened the new bridge on Friday. The bridge cost $40 million."),
        ("2019-03-20", "Lanmore Mayor Jane Brown asked the state for more money to repair roads. The council agreed."),
        ("2019-04-10", "The state gave Lanmore Mayor Jane Brown a grant to fix the roads. Work starts in May."),
        ("2019-05-24", "Lanmore Mayor Jane Brown said she would not run again. Her term ends in November."),
        ("2019-06-15", "Candidates to replace Lanmore Mayor Jane Brown held their first debate. Voting is in November."),
        ("2020-02-05", "Lanmore Mayor Tom Green closed the old bridge on Thursday after engineers found cracks."),
    ]
    arts = [Art(id=f"a{i}", source=f"s{i}.txt", text=t, date=d, date_confidence=1.0) for i, (d, t) in enumerate(texts)]
    assert not [c for c in compare_articles(arts).conflicts if c.kind == "actor"]


def test_two_names_one_consonant_apart_are_two_names() -> None:
    # R18: the spelling test took "Obama" / "Osama" and "Porter" / "Potter" for one name
    assert not _same_entity("Obama", "Osama")
    assert not _same_entity("Porter", "Potter")
    assert _same_entity("Moammar Gadhafi", "Muammar Gaddafi")
