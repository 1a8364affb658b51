"""Cleaning metadata (helper C17): bylines that are desks, handles, widget labels or carry the outlet; names
alone or sentences that open with a name are no bylines; furniture shaped like a headline is no title; stamp and
byline lines below the standfirst; a masthead without an outlet's word; a name in capitals that ends in a full
stop does not end the sentence.

Every page here is invented.
"""

from __future__ import annotations

import pytest

from builders import cleaned
from newsdesk.clean.bylines import byline_name, clean_byline, header_stamp
from newsdesk.clean.fields import is_heading
from newsdesk.clean.outlets import named_as_outlet
from newsdesk.sentences import split_sentences

PARA1 = (
    "The passenger ferry Northern Star ran aground off the coast of Lanmore on Sunday evening, the coastguard "
    "said, and all 212 passengers were taken off safely by lifeboats."
)
PARA2 = (
    '"The cause of the grounding is under investigation," a coastguard statement said, adding that no one had '
    "been hurt and that the weather had been calm at the time."
)
PARA3 = (
    "The ferry operator said it would inspect the hull on Monday before any attempt was made to refloat the "
    "ship from the sandbank where it had come to rest."
)


_clean = cleaned  # the cleaner's article of one page (tests/builders.py)


# --------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("byline", "outlet", "expected"),
    [
        # Desks and groups credited instead of a person.
        ("Our Foreign Staff", "The Lanmore Herald", None),
        ("Staff Reports", None, None),
        ("By Meridian Wire Staff", None, None),
        ("LANMORE HERALD STAFF NOVEMBER", "lanmoreherald.example", None),
        ("Science Desk", None, None),
        ("Harbour News wire services", None, None),
        ("Editorial", None, None),
        ("Admin", None, None),
        ("Hbadmin", None, None),
        # A person with a desk word after the name keeps the name.
        ("Dana Reyes Staff", None, "Dana Reyes"),
        # Social handles.
        ("@dreyes", None, None),
        ("Dana Reyes; @dreyes", None, "Dana Reyes"),
        ("Dana Reyes (@dreyes)", None, "Dana Reyes"),
        ("AQuietVoiceInTheHarbour", None, None),
        ("Ola Brandt; Dana Reyes; Dana-R", None, "Ola Brandt; Dana Reyes"),
        # Labels of an author widget.
        ("Follow Author", None, None),
        ("View all posts", None, None),
        ("View all posts by Dana Reyes", None, "Dana Reyes"),
        ("Authority control", None, None),
        # The outlet run into the name, spelt in full where the site's name is cut.
        ("Mira Kovac Kestrel International", "KestrelInt", "Mira Kovac"),
        # A word after the name in another language ("ago"), a second role, a cut job title, a degree.
        ("Ola Brandt před", None, "Ola Brandt"),
        ("Ola Brandt Edited by Mira Kovac", None, "Ola Brandt; Mira Kovac"),
        ("OLA BRANDT; AP National Security", None, "Ola Brandt"),  # a name in capitals as names are written
        ("Mira Kovac; RDN", None, "Mira Kovac"),
    ],
)
def test_a_byline_names_people_not_desks_handles_or_labels(
    byline: str, outlet: str | None, expected: str | None
) -> None:
    assert clean_byline(byline, outlet) == expected


@pytest.mark.parametrize(
    ("byline", "outlet", "expected"),
    [
        ("Ola Brandt; Reuters", "Harbour Times", "Ola Brandt; Reuters"),  # a wire beside a person
        ("Jan de Vries; Michiel de", None, "Jan de Vries; Michiel de"),  # particles stay
        ("Theresa May", None, "Theresa May"),
        ("Dana Reyes, Staff Writer", None, "Dana Reyes"),
        ("Regan", None, "Regan"),  # a first name alone is still a name
    ],
)
def test_names_that_must_stay(byline: str, outlet: str | None, expected: str | None) -> None:
    assert clean_byline(byline, outlet) == expected


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Dana Reyes", "Dana Reyes"),
        ("Dana Reyes, staff writer", "Dana Reyes"),
        ("Dana Reyes, 19 November 2031", "Dana Reyes"),
        ("Tobias Wren, 18, says he is the slacker of his nine siblings.", None),
        ("Harbour Caucus, progressives to oppose the pier deal", None),
        ("LANMORE BAY, Fla. -- A local man was rescued on Sunday", None),
        ("Copyright Kestrel Comics", None),
    ],
)
def test_a_line_that_opens_with_a_name_is_a_byline_only_when_nothing_but_a_title_follows(
    line: str, name: str | None
) -> None:
    assert byline_name(line) == name


def test_a_name_alone_above_the_text_is_no_byline_without_a_headline() -> None:
    # The page opens with a name (a listicle's entry, a company, a section): no headline above it, no byline.
    art = _clean(f"Tobias Wren\n$13 million\n{PARA1}\n\n{PARA2}\n\n{PARA3}")
    assert art.byline is None


def test_a_headline_opening_with_a_name_is_the_title_and_the_by_line_the_byline() -> None:
    page = f"Harbour Caucus, progressives to oppose the pier deal\nBy Dana Reyes\nSunday, July 31, 2031\n{PARA1}\n\n{PARA2}"
    art = _clean(page)
    assert art.title == "Harbour Caucus, progressives to oppose the pier deal"
    assert art.byline == "Dana Reyes"


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    "line",
    [
        "Ola Brandt speaks to police after his rescue on the quay. Photo: Jo Roe/Lanmore Pictures",
        "Ola Brandt (second row, left) liked what he heard. REUTERS/Jo Roe",
        "Ola Brandt waves to the crowd at the harbour festival. (Jo Roe/The Harbour Times)",
        "Media playback is unsupported on your device Media caption The mayor on the new pier",
        "Story highlights The harbour council approves the new pier after a long debate",
        "Local News More>>",
        "► Update: Man charged after the harbour fire",
        "(dreyes@harbourtimes.example; @dreyes)",
        "The Harbour Show Tumblr: http://harbourshow.example/",
        "Updated 6.15pm",
        "UPDATE: November 8, 8:25 AM CST",
        "Published: January 2031 Special Series: The Harbour",
    ],
)
def test_furniture_shaped_like_a_headline_is_no_title(line: str) -> None:
    assert not is_heading(line)


@pytest.mark.parametrize(
    "line",
    ["Ferry runs aground off Lanmore", "UPDATE: Missing girl found safe in Lanmore", "US/China trade talks resume"],
)
def test_headlines_stay_headlines(line: str) -> None:
    assert is_heading(line)


def test_a_desk_byline_still_leaves_the_title() -> None:
    # The desk is no byline, and it still comes off the end of the title as a byline would.
    art = _clean(f"Harbour police arrest six in smuggling inquiry | Staff Reports\nBy Staff Reports\n{PARA1}\n\n{PARA2}")
    assert art.byline is None
    assert art.title == "Harbour police arrest six in smuggling inquiry"


# --------------------------------------------------------------------------- stamps below the standfirst


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("posted on April 21, 2031, at 11:29 a.m.", ("2031-04-21", None)),
        ("Tuesday 15 October 2031 by Dana K. Reyes", ("2031-10-15", "Dana K. Reyes")),
        ("5:45 AM PST 11/19/2031 by Dana Reyes", ("2031-11-19", "Dana Reyes")),
        ("/ Updated By Dana Reyes", (None, "Dana Reyes")),
        ("By Dana Reyes, 19 November 2031", ("2031-11-19", "Dana Reyes")),
        ("Posted by Dana Reyes, Software Engineer on Ledger Apps", (None, "Dana Reyes")),
        # Not stamps: prose that opens with "By", a label alone, a live report's time heading.
        ("By the time police arrived, the road was closed", None),
        ("Updated", None),
        ("2:44 p.m.", None),
        ("The plan was approved by the council on Monday.", None),
    ],
)
def test_header_stamp(line: str, expected: tuple[str | None, str | None] | None) -> None:
    assert header_stamp(line) == expected


def test_html_stamp_and_byline_lines_below_the_standfirst_go_to_metadata() -> None:
    standfirst = "The Northern Star was carrying 212 passengers when it struck a sandbank off the Lanmore coast."
    page = f"""<html><head><title>Ferry runs aground off Lanmore</title></head><body><article>
<h1>Ferry runs aground off Lanmore</h1>
<p>{standfirst}</p>
<p>posted on April 21, 2031, at 11:29 a.m. by Dana Reyes</p>
""" + "".join(f"<p>{p}</p>\n" for p in (PARA1, PARA2, PARA3)) + "</article></body></html>"
    art = _clean(page, kind="html")
    assert "posted on" not in art.text and art.text.startswith(standfirst)
    assert art.date == "2031-04-21"
    assert art.byline == "Dana Reyes"


def test_text_byline_line_below_the_first_paragraph_goes_to_metadata() -> None:
    art = _clean(f"Ferry runs aground off Lanmore\n{PARA1}\n/ Updated By Dana Reyes\n{PARA2}\n{PARA3}")
    assert "Updated By" not in art.text
    assert art.byline == "Dana Reyes"
    assert art.title == "Ferry runs aground off Lanmore"


def test_a_live_report_keeps_its_time_headings() -> None:
    text = f"{PARA1}\n\n2:44 p.m.\n\n{PARA2}\n\n1:26 p.m.\n\n{PARA3}"
    assert "2:44 p.m." in _clean(text).text


# --------------------------------------------------------------------------- masthead without an outlet word

BODY_NAMING = (
    f"{PARA1}\n\n\"We will not sail again until the hull is checked,\" the ferry's captain told Kestrel Network "
    "as passengers came ashore.\n\n" + PARA3
)


def test_a_masthead_without_an_outlet_word_is_the_outlet_when_the_article_names_it_so() -> None:
    art = _clean(f"Kestrel Network\nFerry runs aground off Lanmore\n12 March 2031\n{BODY_NAMING}")
    assert art.outlet == "Kestrel Network"
    assert art.title == "Ferry runs aground off Lanmore"


@pytest.mark.parametrize("above", ["Middle East", "Dana Reyes"])
def test_a_section_or_a_person_above_the_headline_is_no_outlet(above: str) -> None:
    body = f"{PARA1} Ferries across the Middle East were checked.\n\nDana Reyes told reporters the pier was safe.\n\n{PARA3}"
    assert _clean(f"{above}\nFerry runs aground off Lanmore\n{body}").outlet is None


def test_named_as_outlet() -> None:
    assert named_as_outlet("Kestrel Network", ["Kestrel Network has learned that the pier will close."])
    assert named_as_outlet("Kestrel Network", ["Kestrel Network's correspondent said the port was calm."])
    assert not named_as_outlet("Kestrel Network", ["Kestrel Network shares fell on Monday."])


# --------------------------------------------------------------------------- sentences


def test_a_name_in_capitals_ending_in_a_full_stop_does_not_end_the_sentence() -> None:
    text = "Ardent says that while the XR. NOVA TOURER is only a concept, it may reach showrooms. It will not be cheap."
    assert split_sentences(text) == [
        "Ardent says that while the XR. NOVA TOURER is only a concept, it may reach showrooms.",
        "It will not be cheap.",
    ]
    assert len(split_sentences("The Ardent XR. NOVA TOURER is long. It is wide.")) == 2
    assert len(split_sentences("Ardent's XR. NOVA TOURER is long. It is wide.")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "He joined the FBI. FBI agents said so.",
        "It went to the UN. UNICEF said it would help.",
        "SHE WENT TO PRISON FOR A BIT. MIKE SAID SO.",
        "She works at the NSA. NATO leaders met on Monday.",
    ],
)
def test_an_acronym_still_ends_a_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2


# --------------------------------------------------------------------------- the dateline paragraph


def test_the_dateline_paragraph_is_the_first_paragraph() -> None:
    # Short, and full of capitalised place names, it looked like a menu to the stop-word test and was dropped
    # with its agency credit.
    lede = "PORT ELLIS, Harbour Isle (AP) -- At Tiny's Tavern, bartender Nena Garcia wonders how much longer she'll be employed."
    art = _clean(f"{lede}\n\n{PARA1}\n\n{PARA2}\n\n{PARA3}")
    assert art.text.startswith(lede)
    assert art.outlet == "AP"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("LANMORE BAY, Harbour Isle (AP) -- At Tiny's Tavern, Nena Garcia wonders.", True),
        ("LARGO, Fla. — The mother of the boy said she was relieved.", True),
        ("FILE - In this May 24, 2031, file photo, Ola Brandt speaks in Lanmore.", False),
        ("LANMORE, UK - JUNE 18: Ola Brandt throws out the first pitch at the harbour game.", False),
    ],
)
def test_a_caption_shaped_like_a_dateline_is_no_dateline_paragraph(line: str, expected: bool) -> None:
    from newsdesk.clean.boilerplate import _opens_with_dateline

    assert _opens_with_dateline(line) is expected


def test_the_points_under_a_summary_box_label_are_no_title() -> None:
    # Stop 19: the first point sits on the label's line and is no title; the second stood alone and was taken.
    box = "Story highlights The harbour council approves the new pier after a long debate"
    point = "Work on the pier is to begin in the spring and last two years"
    page = f"{box}\n\n{point}\n\n{PARA1}\n\n{PARA2}\n\n{PARA3}"
    art = _clean(page)
    assert art.title != "Work on the pier is to begin in the spring and last two years"
    assert art.text.startswith("The passenger ferry Northern Star")


def test_a_headline_above_a_summary_box_stays_the_title() -> None:
    box = "Story highlights All 212 passengers were taken off safely"
    point = "The coastguard is investigating the cause of the grounding"
    page = f"Ferry runs aground off Lanmore\n\n{box}\n\n{point}\n\n{PARA1}\n\n{PARA2}\n\n{PARA3}"
    assert _clean(page).title == "Ferry runs aground off Lanmore"


def test_a_headline_that_opens_with_a_box_label_is_no_box() -> None:
    # Review R19: "What to Know About ..." above the headline is a promo link in title case, not a summary box.
    page = (f"What to Know About the Winter Storm Warning\n\nGovernor signs budget after six-week standoff with "
            f"lawmakers\n\nBy Jane Roe\n\n{PARA1}\n\n{PARA2}\n\n{PARA3}")
    assert _clean(page).title is not None


def test_a_sentence_case_headline_that_opens_with_what_to_know_is_the_title() -> None:
    # Review R19: AP-style headlines are in sentence case; "What to know about ..." is one, not a summary box.
    title = "What to know about the new ferry rules in Lanmore"
    page = f"{title}\n\nThe rules take effect Monday for all harbour ferries\n\nBy Jane Roe\n\n{PARA1}\n\n{PARA2}\n\n{PARA3}"
    assert _clean(page).title == title
