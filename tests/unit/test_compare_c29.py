"""Helper c29 (stop 29): actor recall of the cross-source comparison (posts and their holders), on invented text."""

from __future__ import annotations

from builders import story_conflicts
from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts.posts_held import two_posts_conflicts
from newsdesk.compare.conflicts.roles import role_conflicts
from newsdesk.compare.consensus import index_claims
from newsdesk.model import Article


def _index(*texts: str):
    return index_claims([article_claims(Article(id=chr(97 + k), source=f"{chr(97 + k)}.txt", text=t))
                         for k, t in enumerate(texts)])


def _roles(*texts: str) -> list[tuple[str, str]]:
    return [(va, vb) for _, _, va, vb in role_conflicts(_index(*texts))]


def _two_posts(*texts: str) -> list[tuple[str, str]]:
    return [(va, vb) for _, _, va, vb in two_posts_conflicts(_index(*texts))]


def test_a_government_departments_secretary_is_one_person_at_a_time() -> None:
    # two sentences on other things: a post several may hold would need them aligned, a cabinet post does not
    found = _roles("Housing Secretary Ann Brody said Monday that rents in the capital rose faster than wages.",
                   "The shortage of cheap flats is the worst on record, Housing Secretary Tom Vance told the panel.")
    assert found and {found[0][0].split()[-1], found[0][1].split()[-1]} == {"Brody", "Vance"}


def test_a_secretary_of_a_club_may_be_one_of_several() -> None:
    assert not _roles("Rowing Club Secretary Ann Brody said Monday that rents in the capital rose faster than wages.",
                      "The shortage of cheap flats is the worst on record, Rowing Club Secretary Tom Vance told the "
                      "panel.")


def test_a_capitalised_executive_director_holds_the_post_written_in_lower_case() -> None:
    found = _roles("Harbor Trust Executive Director Ann Brody said the new pier would open in the spring.",
                   "Dock fees will double next year, said Tom Vance, executive director of the Harbor Trust.")
    assert found and {found[0][0].split()[-1], found[0][1].split()[-1]} == {"Brody", "Vance"}
    # a director and an executive director are two posts
    assert not _roles("Harbor Trust Director Ann Brody said the new pier would open in the spring.",
                      "Dock fees will double next year, said Tom Vance, executive director of the Harbor Trust.")


def test_one_person_given_two_top_posts_in_two_articles_is_an_actor_conflict() -> None:
    found = story_conflicts(
        "A bomb went off under the car of Dr. Lee Chanwoo, director of the Harbor Police, on Friday.",
        "In the capital, Foreign Ministry spokesman Lee Chanwoo urged the port city to act against gangs.")
    assert ("actor", {"director of the Harbor Police", "Foreign Ministry spokesman"}) in found
    # the president and the prime minister of one country are two people
    assert _two_posts("Voters cheered Norland's President Ivo Rask in the square on Monday.",
                      "Norland's Prime Minister Ivo Rask met bankers in the capital on Tuesday.")


def test_two_posts_of_a_career_or_held_at_once_are_no_conflict() -> None:
    # one article gives both posts: a career told in one place
    assert not _two_posts("Lee Chanwoo, director of the Harbor Police, spoke on Friday. Foreign Ministry spokesman Lee "
                          "Chanwoo said the talks would resume.",
                          "Foreign Ministry spokesman Lee Chanwoo urged the port city to act against gangs.")
    # a former post, an acting post, a holder taking office
    assert not _two_posts("Former Norland President Ivo Rask met bankers in the capital on Tuesday.",
                          "Norland's Prime Minister Ivo Rask met bankers in the capital on Tuesday.")
    assert not _two_posts("Voters cheered Norland's acting President Ivo Rask in the square on Monday.",
                          "Norland's Prime Minister Ivo Rask met bankers in the capital on Tuesday.")
    assert not _two_posts("Norland's President Ivo Rask, who took office in May, met bankers on Monday.",
                          "Norland's Prime Minister Ivo Rask met bankers in the capital on Tuesday.")
    # two people of one surname with two first names are two people
    assert not _two_posts("Voters cheered Norland's President Ivo Rask in the square on Monday.",
                          "Norland's Prime Minister Ola Rask met bankers in the capital on Tuesday.")
