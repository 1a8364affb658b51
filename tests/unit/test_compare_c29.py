"""Helper c29 (stop 29): actor recall of the cross-source comparison (posts and their holders), on invented text."""

from __future__ import annotations

from builders import first_claim, story_conflicts
from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts.date_pairs import one_persons_act_dated_twice
from newsdesk.compare.conflicts.pairing import _strong_anchor, _typed_at, pair_conflicts
from newsdesk.compare.conflicts.place_frames import frame_place_conflicts
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
    assert _two_posts("On Monday, crowds cheered Chile's President Ivo Rask in the square.",
                      "Chile's Prime Minister Ivo Rask met bankers in the capital on Tuesday.")


def test_two_posts_of_a_career_or_held_at_once_are_no_conflict() -> None:
    # one article gives both posts: a career told in one place
    assert not _two_posts("Lee Chanwoo, director of the Harbor Police, spoke on Friday. Foreign Ministry spokesman Lee "
                          "Chanwoo said the talks would resume.",
                          "Foreign Ministry spokesman Lee Chanwoo urged the port city to act against gangs.")
    # a former post, an acting post, a holder taking office
    assert not _two_posts("Former Chilean President Ivo Rask met bankers in the capital on Tuesday.",
                          "Chile's Prime Minister Ivo Rask met bankers in the capital on Tuesday.")
    assert not _two_posts("On Monday, crowds cheered Chile's acting President Ivo Rask in the square.",
                          "Chile's Prime Minister Ivo Rask met bankers in the capital on Tuesday.")
    assert not _two_posts("Chile's President Ivo Rask, who took office in May, met bankers on Monday.",
                          "Chile's Prime Minister Ivo Rask met bankers in the capital on Tuesday.")
    # two people of one surname with two first names are two people
    assert not _two_posts("On Monday, crowds cheered Chile's President Ivo Rask in the square.",
                          "Chile's Prime Minister Ola Rask met bankers in the capital on Tuesday.")


def test_two_words_for_the_top_of_one_body_are_one_post() -> None:
    assert not _two_posts("Harbor Police Commissioner Ivo Rask told the council the port was safe.",
                          "The mayor backed Harbor Police Chief Ivo Rask to stay in his job.")
    # a body named by one word that is no country may be the other's short name ("Fed" / "Federal Reserve")
    assert not _two_posts("Fed chairman Ivo Rask warned that rates would rise again.",
                          "Reserve Bank Governor Ivo Rask said inflation was under control.")


def test_a_holder_resigning_is_a_change_of_holder() -> None:
    # a crowded story (six articles or more): one article's holder against two articles' is one report against the
    # rest, unless the one tells of its holder leaving the post
    others = ["Builders in the north asked for cheaper land, the trade group said.",
              "Tenant groups marched in the capital on Sunday.", "Rents in the south fell for the third month."]
    vance = ["The shortage of cheap flats is the worst on record, Housing Secretary Tom Vance told the panel.",
             "Housing Secretary Tom Vance will visit the new estates in the spring."]
    assert _roles("Housing Secretary Ann Brody said the office would open on Monday.", *vance, *others)
    assert not _roles("Housing Secretary Ann Brody is resigning, the office said Monday.", *vance, *others)
    # the same resignation told with two names: one event given two holders
    quit_ = ["Housing Secretary Tom Vance resigned on Friday, the office said.",
             "Housing Secretary Tom Vance stepped down after the vote on rents."]
    assert _roles("Housing Secretary Ann Brody abruptly resigned on Friday, the office said.", *quit_, *others)


def test_a_place_before_since_is_a_place_not_a_word_describing_a_noun() -> None:
    a = first_claim("Aid workers have stayed in the Sudan since the fighting stopped in the spring.")
    b = first_claim("Aid workers have stayed in the Congo since the fighting stopped in the spring.")
    assert ("place", "Sudan", "Congo") in pair_conflicts(a, b, 0.9, 0.4, crowded=True)


def test_may_listed_with_another_month_is_a_month() -> None:
    a = first_claim("Two launches of the probe are being planned for May and October.")
    b = first_claim("Two launches of the probe are being planned for August and October.")
    assert ("date", "May", "August") in pair_conflicts(a, b, 0.9, 0.4, crowded=True)
    # "May" as the verb, capitalised at the start of a quoted line, is no month
    c = first_claim("``May the launch go well,'' the director said of the October flight.")
    assert not [h for h in pair_conflicts(c, b, 0.9, 0.4, crowded=True) if h[0] == "date"]


def test_a_persons_death_dated_twice_counts_words_not_marks_between_name_and_act() -> None:
    # "19-year-old" is three tokens but one word: the person is eleven words before the act
    a = first_claim("Morven, a 19-year-old bike courier who was set upon and stabbed to death in East Harbor in 1987 by "
                    "a gang.")
    b = first_claim("The inquiry into the death of 19-year-old Ian Morven, who was fatally stabbed by a gang at a bus "
                    "stop in 1989, reported on Monday.")
    assert one_persons_act_dated_twice(a.slots.tokens, b.slots.tokens) == [("1987", "1989")]


def test_a_month_beside_one_vote_on_one_thing_is_anchored() -> None:
    a = first_claim("According to the council's timetable, the council is to vote on the rules in September.")
    b = first_claim("The council is scheduled to vote in June on the new rules.")
    sa, sb = _typed_at(a, "September"), _typed_at(b, "June")
    assert sa and sb and _strong_anchor("date", a, "September", sa, b, "June", sb)
    # two months of other things, beside no event
    c = first_claim("The council said rents under the rules rose in June.")
    sc = _typed_at(c, "June")
    assert sc and not _strong_anchor("date", a, "September", sa, c, "June", sc)


def _frame_places(*texts: str) -> list[tuple[str, str]]:
    return [(va, vb) for _, _, _, va, vb in frame_place_conflicts(_index(*texts))]


_THEFTS = ["Most of the alleged thefts were planned in Lisbon but committed in Porto, the court heard.",
           "Many of the alleged thefts were committed in Porto, where the gang had lived for years."]


def test_one_phrase_given_a_place_by_one_article_against_the_rest_is_a_place_conflict() -> None:
    assert _frame_places(*_THEFTS, "Many of the alleged thefts committed in Madrid went unpunished for years.") \
        == [("Madrid", "Porto")]


def test_a_phrase_with_a_third_place_or_a_place_inside_the_other_is_no_frame_conflict() -> None:
    # a third place for the phrase: thefts committed in several places
    assert not _frame_places(*_THEFTS, "Many of the alleged thefts committed in Madrid went unpunished for years.",
                             "Some alleged thefts were committed in Seville, the gang's lawyer said.")
    # a country the city lies in
    assert not _frame_places(*_THEFTS, "Many of the alleged thefts committed in Portugal went unpunished for years.")
    # sentences that share nothing but the phrase tell of other things
    assert not _frame_places(*_THEFTS, "Two murders committed in Madrid shocked the nation.")
    # a sentence that puts the lone place in a region of its own ("in Braga, in northern Portugal") names both
    assert not _frame_places(*_THEFTS, "Many of the alleged thefts committed in Braga, north of Porto, went unpunished.")
    # one name spelt two ways
    assert not _frame_places(*_THEFTS, "Many of the alleged thefts committed in Oporto went unpunished for years.")


def test_where_a_person_is_is_no_frame_of_one_fact() -> None:
    # "the gang's leader in [X]": where a person is, which may change; not what was done there
    lead = ["Most of the alleged thefts were run by the gang's leader in Porto, the court heard.",
            "Many of the alleged thefts were ordered by the gang's leader in Porto, police said."]
    assert not _frame_places(*lead, "Many of the alleged thefts were known to the gang's leader in Madrid.")
