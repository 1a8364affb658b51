"""Cleaning, stop 22: a site name that repeats a sub-domain of the page's address names a hosting service."""

from __future__ import annotations

from newsdesk.clean import clean_raw
from newsdesk.clean.html import site_name
from newsdesk.model import Article, RawDoc

_BODY = ("<p>LANMORE (AP) — The council voted on Monday to close the old bridge over the river for six weeks of "
         "repairs, the mayor said after the meeting.</p><p>Drivers will take a detour of nine miles through the town "
         "centre while the work goes on, officials said.</p>")


def _page(site: str, url: str) -> str:
    return (f'<html><head><meta property="og:site_name" content="{site}"><meta property="og:url" content="{url}">'
            f"<title>Bridge to close | {site}</title></head><body><article>{_BODY}</article></body></html>")


def test_a_hosting_services_site_name_is_not_the_outlet() -> None:
    """An agency's stories hosted for its member papers ("hosted.ap.org", site name "Hosted") are the agency's: the
    dateline's credit names the outlet (review U21 found "1. Hosted" in a brief's source list)."""
    hosted = clean_raw(RawDoc(source="p.html", content=_page("Hosted", "https://hosted.wire.example/x/1"), kind="html"))
    assert isinstance(hosted, Article)
    assert hosted.outlet == "AP"  # as the credit prints it
    own = clean_raw(RawDoc(source="q.html", content=_page("The Lanmore Sun", "https://www.lanmoresun.co.uk/news/1"),
                           kind="html"))
    assert isinstance(own, Article) and own.outlet == "The Lanmore Sun"


def test_site_name_keeps_a_name_that_is_the_domains_own() -> None:
    assert site_name("Blogs", "https://blogs.lanmore.example/a") is None
    assert site_name("LanmoreTalk", "https://lanmoretalk.sports.example/a") == "LanmoreTalk"  # a brand
    assert site_name("Lanmore", "https://www.lanmore.co.uk/a") == "Lanmore"  # "co" is no one's name
    assert site_name("Lanmore", "https://lanmore.com/a") == "Lanmore"
    assert site_name("Lanmore Gazette", None) == "Lanmore Gazette"
    assert site_name("  ", "https://lanmore.com/a") is None


def test_a_bracketed_promotion_and_a_sponsors_credit_are_furniture() -> None:
    """Review U22: "[What you need to know to start the day: Get ... in your inbox.]" opened a brief; a sponsor's
    credit was a brief sentence. News about funding stays."""
    from newsdesk.clean.boilerplate import is_boilerplate_line

    assert is_boilerplate_line("[What you need to know to start the day: get the Lanmore Letter in your inbox.]")
    assert is_boilerplate_line("This guide was made possible in part through the financial support of Lanmore Bank.")
    assert is_boilerplate_line("This reporting was made possible by a grant from the Lanmore Foundation.")
    assert not is_boilerplate_line("The new wing was made possible by grants from the state, officials said.")
    assert not is_boilerplate_line("This expansion was made possible by grants from the state, Mayor Jo Reyes said.")
    assert not is_boilerplate_line("These repairs were made possible through funding approved by voters in 2018.")
    assert not is_boilerplate_line("[The council voted on Monday to close the bridge for repairs.]")


def test_a_photo_agencys_copyright_under_a_picture_is_no_outlet() -> None:
    """Review U22: "©EPA" under a caption ending "EPA/JO ROE" made the photo agency the outlet of a story."""
    from newsdesk.clean.outlets import find_outlet

    caption = "Soldiers patrol the business district on Saturday. EPA/JO ROE"
    assert find_outlet(["©EPA"], body=[caption]) is None
    assert find_outlet(["©EPA"], body=["Soldiers patrol the business district on Saturday."]) == "EPA"
    assert find_outlet(["Copyright Associated Press / NBC 10 Lanmore"]) == "Associated Press"
    # a publisher's dated copyright and a poll partner stay the outlet's (review R22a)
    assert find_outlet(["© 2019 Reuters"], body=["A Reuters/Ipsos poll found 40 percent support."]) == "Reuters"
    assert find_outlet(["©EPA"], body=["A Reuters/Ipsos poll found 40 percent support."]) == "EPA"


def test_a_web_hosts_notice_is_no_article() -> None:
    """Review U22: a WordPress notice ("Your custom domain mapping may take ...") became a story's single-source fact."""
    notice = ("You're Almost There...\n\nYour custom domain mapping may take as little as 15-30 minutes to resolve, but "
              "in some cases mapping a new custom domain can take up to 24 hours. Please visit our help center.")
    assert not isinstance(clean_raw(RawDoc(source="n.txt", content=notice)), Article)
    story = ("The council of Lanmore voted on Monday to close the old bridge for six weeks of repairs, and said the "
             "town's website had been moved to a new address while the work goes on.")
    assert isinstance(clean_raw(RawDoc(source="s.txt", content=story)), Article)
