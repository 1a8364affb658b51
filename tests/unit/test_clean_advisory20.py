"""A news service's advisory to its client papers (a budget, a photo list) is no article: the cleaner rejects it."""

from __future__ import annotations

from newsdesk.clean.not_articles import service_advisory
from newsdesk.clean.stage import clean_raw
from newsdesk.errors import Reason
from newsdesk.model import Article, RawDoc, Rejection

BUDGET = (
    "Photo and graphics information and editors' names can be found at the end of this budget.\n\n"
    "NATIONAL\n\n"
    "FLOOD-RIVERTON _ RIVERTON _ The Green River crested two feet above flood stage on Tuesday as volunteers "
    "stacked sandbags along Main Street. (Moss, Valley Courier). 20 inches.\n\n"
    "SCHOOL-BOND _ LAKESIDE _ Voters in Lakeside decide on a $40 million bond for two new elementary schools, "
    "the third such vote in five years. (Ortega, Valley Courier). 18 inches.\n"
)
PHOTOS = (
    "ATTENTION EDITORS: The following photos are part of tonight's Valley Courier Photo Package, moving "
    "Wednesday. Photo clients receive these photos automatically.\n\n"
    "(VC12) RIVERTON -- Volunteers stack sandbags along Main Street on Tuesday as the Green River rises two feet "
    "above flood stage and the city closes the old bridge to traffic. (Ana Moss/Valley Courier Photo)\n\n"
    "(VC13) LAKESIDE -- Pupils of Lakeside Elementary School wait for their buses in a hallway whose ceiling "
    "leaks; voters decide next week on a $40 million bond for two new schools. (Tim Ortega/Valley Courier Photo)\n"
)
MOVING = (
    "These feature stories are moving today to clients of the Valley Courier News Service. Stories are for "
    "release Thursday unless otherwise embargoed.\n\n"
    "GARDEN-TOMATOES _ Ten ways to keep tomatoes from splitting in a wet summer. (Lee, Valley Courier).\n"
)
ARTICLE = (
    "RIVERTON -- The Green River crested two feet above flood stage on Tuesday, and the city asked its clients "
    "of the power company to save electricity while volunteers stacked sandbags along Main Street.\n\n"
    "The mayor said the budget for flood defences would be reviewed once the water had gone down. The "
    "following week the council is to meet to decide on a new levee.\n"
)


def test_budgets_photo_lists_and_story_lists_for_clients_are_rejected_with_a_reason() -> None:
    for text in (BUDGET, PHOTOS, MOVING):
        out = clean_raw(RawDoc(source="feed", content=text))
        assert isinstance(out, Rejection)
        assert out.reason == Reason.NO_TEXT
        assert "advisory" in out.explain


def test_the_notice_taken_for_the_headline_still_marks_an_advisory() -> None:
    text = ("The Valley Courier plans to move the following stories for use by\n\n"
            + BUDGET.split("\n\n", 2)[2])
    out = clean_raw(RawDoc(source="feed", content=text))
    assert isinstance(out, Rejection) and "advisory" in out.explain


def test_an_article_that_mentions_clients_a_budget_or_the_following_week_is_kept() -> None:
    assert isinstance(clean_raw(RawDoc(source="feed", content=ARTICLE)), Article)
    assert service_advisory(ARTICLE) is None


def test_advisories_open_in_several_ways() -> None:
    for opening in ("The following stories are moving today to clients of the Valley Courier News Service.",
                    "Stories moving today to clients of the Valley Courier News Service:",
                    "Here are the stories moving to clients of the Valley Courier News Service",
                    "The columns below are moving to clients of the Valley Courier News Service."):
        assert service_advisory(opening) is not None, opening


def test_near_misses_in_business_and_budget_news_are_no_advisories() -> None:
    for opening in ("The bank sent a letter to clients of its private bank on Monday.",
                    "For use by clients of the Valley Courier News Service.",
                    "The council will move the following week to cut spending by the end of this budget year.",
                    "The studio sold a photo package to couples who married in the spring.",
                    # about a news service or a crime syndicate, not a list of stories for clients (review R20a)
                    ("The Valley Courier withdrew a story on Tuesday that it had sent to clients of the news service "
                     "overnight, saying it could not stand by its sources."),
                    "Police arrested 14 people in a raid on a gang that moved heroin to clients of the syndicate.",
                    "Reuters said on Monday it had moved its market data to clients of the Reuters news service.",
                    "The agency said that two stories wrongly sent to clients of its news service had been withdrawn.",
                    # a sentence of an article that names the stories (review R20c)
                    ("LANMORE (Wirenews) - Editors said on Tuesday that these two stories, sent to clients of its news "
                     "service on Monday night, contained errors."),
                    "The two stories, sent to clients of its news service on Monday night, contained errors."):
        assert service_advisory(opening) is None
