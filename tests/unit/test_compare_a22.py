"""Actor conflicts (stop 22): two holders of one post who share only a first name. Every fixture is invented."""

from __future__ import annotations

from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts import role_conflicts
from newsdesk.compare.consensus import index_claims
from newsdesk.model import Article


def art(key: str, text: str) -> Article:
    return Article(id=key, source=f"{key}.txt", text=text)


def index(*articles: Article):
    return index_claims([article_claims(a) for a in articles])


# ---- one post, two holders who share a first name --------------------------------------------------------------------


def test_two_holders_of_one_post_sharing_only_a_first_name_conflict():
    idx = index(art("a", "Valdorian Prime Minister Anna Lund said the border talks would resume in March."),
                art("b", "The talks were praised by Valdorian Prime Minister Anna Lund on a visit to the capital."),
                art("c", "Valdorian Prime Minister Anna-Maria Kessler said the border talks would go on."))
    hits = role_conflicts(idx)
    assert [(va, vb) for _, _, va, vb in hits] == [("Anna Lund", "Anna-Maria Kessler")]


def test_one_holder_spelt_two_ways_is_no_conflict():
    idx = index(art("a", "Valdorian Prime Minister Anna Lundqvist said the border talks would resume in March."),
                art("b", "The talks were praised by Valdorian Prime Minister Anna Lundquist on a visit to the capital."))
    assert not role_conflicts(idx)


# ---- one person, the top post of two bodies -------------------------------------------------------------------------


def test_the_top_post_of_one_body_in_two_articles_and_of_another_in_one_is_a_conflict():
    idx = index(art("a", "Tom Briar, executive director of the Harbor Trust, said the pier would reopen in May."),
                art("b", "``We expect a busy summer,'' said Tom Briar, executive director of the Harbor Trust."),
                art("c", "Repairs cost more than planned, said Tom Briar, executive director of the Dock Workers Union, "
                         "a group representing stevedores."))
    hits = role_conflicts(idx)
    assert [(va, vb) for _, _, va, vb in hits] == [("Dock Workers Union", "Harbor Trust")]


def test_the_top_post_of_a_body_named_in_one_word_is_no_conflict():
    # "the Trust" / "the Harbor Trust", "the Fed" / "the Federal Reserve": one word names a body too loosely
    idx = index(art("a", "Tom Briar, executive director of the Harbor Trust, said the pier would reopen in May."),
                art("b", "``We expect a busy summer,'' said Tom Briar, executive director of the Harbor Trust."),
                art("c", "Repairs cost more than planned, said Tom Briar, executive director of the Maritime-based "
                         "association."))
    assert not role_conflicts(idx)


def test_a_deputy_post_of_two_bodies_is_no_conflict():
    idx = index(art("a", "Tom Briar, deputy director of the Harbor Trust, said the pier would reopen in May."),
                art("b", "``We expect a busy summer,'' said Tom Briar, deputy director of the Harbor Trust."),
                art("c", "Repairs cost more than planned, said Tom Briar, deputy director of the Dock Workers Union."))
    assert not role_conflicts(idx)


# ---- a phrase moved within sentences worded alike, another name in it ---------------------------------------------


def claim(text: str):
    return article_claims(art("x", text)).claims[0]


def test_a_moved_phrase_with_another_name_in_it_is_an_actor_conflict():
    from newsdesk.compare.conflicts.pairing import pair_conflicts

    a = claim("Mr. Okafor told the court that he reported the theft on March 3 to the Harbor Police as well as the "
              "insurers and the port authority.")
    b = claim("Mr. Okafor told the court he reported the theft to the Customs Service in Lagos on March 3 as well as "
              "to the insurers and the port authority.")
    assert ("actor", "Harbor Police", "Customs Service") in pair_conflicts(a, b, 0.7, 0.4, crowded=True)


def test_a_moved_phrase_with_the_same_name_is_no_conflict():
    from newsdesk.compare.conflicts.pairing import pair_conflicts

    a = claim("Mr. Okafor told the court that he reported the theft on March 3 to the Harbor Police as well as the "
              "insurers and the port authority.")
    b = claim("Mr. Okafor told the court he reported the theft to the Harbor Police in Lagos on March 3 as well as "
              "to the insurers and the port authority.")
    assert not [hit for hit in pair_conflicts(a, b, 0.7, 0.4, crowded=True) if hit[0] == "actor"]


# ---- one named unit, two parent bodies ------------------------------------------------------------------------------


def test_a_unit_placed_in_one_body_twice_and_in_another_once_is_an_actor_conflict():
    from newsdesk.compare.conflicts.parents import parent_conflicts

    idx = index(art("a", "``Expect more surges,'' said Ada Lin, head of the Coastal Flood Warning Center at Norland "
                         "State University in Brayton."),
                art("b", "Ben Ruiz, a forecaster at the Coastal Flood Warning Center at Norland State University, said "
                         "the tide gauges failed."),
                art("c", "``It's another storm surge,'' said Ada Lin, manager of the Coastal Flood Warning Center, or "
                         "CFWC, at Brightwave Systems Inc in Brayton."))
    assert [(va, vb) for _, _, va, vb in parent_conflicts(idx)] == [("Brightwave Systems Inc", "Norland State University")]


def test_a_unit_of_generic_words_in_two_bodies_is_no_conflict():
    from newsdesk.compare.conflicts.parents import parent_conflicts

    # many universities have a Department of Earth and Planetary Sciences (review R22b: a three-word unit, so that the
    # length test does not reject it first)
    unit = "the Department of Earth and Planetary Sciences"
    idx = index(art("a", f"Ada Lin, a geologist at {unit} at Norland State University, said so."),
                art("b", f"Ben Ruiz of {unit} at Norland State University said the survey failed."),
                art("c", f"Carla Diaz of {unit} at Westbrook State University said it worked."))
    assert not parent_conflicts(idx)


# ---- one part of a longer name replaced, its other words given by both --------------------------------------------


def test_a_replaced_part_of_a_name_is_not_stated_by_the_words_both_names_share():
    from newsdesk.compare.conflicts.pairing import pair_conflicts

    a = claim("She also founded the Music Parents Alliance for Reform in Music Education, which helps schools in "
              "other counties.")
    b = claim("She also founded the National Council for Reform in Music Education, which helps schools in other "
              "counties.")
    assert ("actor", "Music Parents Alliance", "National Council") in pair_conflicts(a, b, 0.8, 0.4)


# ---- one question, two copies, another name -------------------------------------------------------------------------


def test_two_copies_of_one_question_with_another_name_conflict():
    from newsdesk.compare.conflicts import find_conflicts

    q = index(art("a", "Her firm publishes the Harbor Trend Digest, a survey of what teenagers buy in Generation Z "
                       "or Why?"),
              art("b", "Her firm publishes the Coastline Youth Monitor, a survey of what teenagers buy in Generation Z "
                       "or Why?"))
    assert [c.kind for c in find_conflicts(q)] == ["actor"]


def test_a_question_against_a_statement_is_no_conflict():
    from newsdesk.compare.conflicts import find_conflicts

    q = index(art("a", "Did the Harbor Trust pay for the new pier in Brayton last spring?"),
              art("b", "The Dock Workers Union paid for the new pier in Brayton last spring."))
    assert not find_conflicts(q)
