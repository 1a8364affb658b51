"""Cleaning metadata (helper C16): bylines that name the site, a masthead above the headline, the agency of a
wire dateline as the last resort for the outlet, and furniture an HTML extractor leaves at the top of the text
(a stamp, the headline again) or around it (a "More:" label whose links it dropped, "You may also like...").

Every page here is invented.
"""

from __future__ import annotations

import pytest

from builders import cleaned
from newsdesk.clean.bylines import clean_byline
from newsdesk.clean.outlets import dateline_credit, masthead

BODY = (
    "The passenger ferry Northern Star ran aground off the coast of Lanmore on Sunday evening, the coastguard "
    "said, and all 212 passengers were taken off safely by lifeboats.\n\n"
    "The ferry operator said it would inspect the hull on Monday before any attempt was made to refloat the "
    "ship from the sandbank where it had come to rest."
)


_clean = cleaned  # the cleaner's article of one page (tests/builders.py)


# --------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("byline", "outlet", "expected"),
    [
        # The site's name cut at its "&" by the metadata extractor: no person at all.
        ("Ebb; I", "Ebb & i", None),
        # One person twice (with a middle initial) and the site's web address with its dots turned to spaces.
        ("Dana Reyes; Dana K Reyes; Harbourtimes com", "Harbour Times", "Dana Reyes"),
        ("Dana Reyes; Dana K. Reyes", None, "Dana Reyes"),
        # The outlet, or the outlet with a section, beside a person.
        ("Ola Brandt; Harbour Times Business", "Harbour Times", "Ola Brandt"),
        ("Ola Brandt; Harbour Times", "Harbour Times Weekend", "Ola Brandt"),
        ("Ola Brandt; The Harbour Times", "Harbour Times", "Ola Brandt"),
        # Single letters and stop words are no names.
        ("Ola Brandt; F", None, "Ola Brandt"),
        ("The", "Harbour Times", None),
        # The outlet alone is no byline; a personal site named after its author keeps the author.
        ("Harbourtimes", "Harbourtimes", None),
        ("Mira Kovac", "Mira Kovac", "Mira Kovac"),
        ("Mira K Kovac; Kovac Org", "Mira K. Kovac (mkovac)", "Mira K Kovac"),
        # Two people, and a wire credited beside a person of another outlet, stay.
        ("Ola Brandt; Mira Kovac", "Harbour Times", "Ola Brandt; Mira Kovac"),
        ("Ola Brandt; Reuters", "Harbour Times", "Ola Brandt; Reuters"),
        # A surname particle is not a web address ("de" is a country code).
        ("Jan de Vries; Michiel de", None, "Jan de Vries; Michiel de"),
    ],
)
def test_a_byline_is_real_names_deduplicated_without_the_site(
    byline: str, outlet: str | None, expected: str | None
) -> None:
    assert clean_byline(byline, outlet) == expected


PAGE = """<html><head><title>Ferry runs aground off Lanmore | Harbour Times</title>
<meta name="author" content="Dana Reyes; Dana K. Reyes; harbourtimes.com">
<meta property="og:site_name" content="Harbour Times">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article>
<h1>Ferry runs aground off Lanmore</h1>
<p>04.03.2031 09:12</p>
<p>The passenger ferry Northern Star ran aground off the coast of Lanmore on Sunday evening, the coastguard
said, and all 212 passengers were taken off safely by lifeboats.</p>
<p>"The cause of the grounding is under investigation," a coastguard statement said, adding that no one had
been hurt and that the weather had been calm at the time.</p>
<p>More:</p>
<ul><li><a href="/a">Harbour council approves new pier</a></li>
<li><a href="/b">Storm closes Lanmore beaches for a week</a></li></ul>
<p>The ferry operator said it would inspect the hull on Monday before any attempt was made to refloat the ship
from the sandbank where it had come to rest.</p>
<p>The statement read:</p>
<p>Engineers from the operator will board the vessel at first light and report to the harbour master before
noon on Monday.</p>
<p>Tugs from the port of Wellmouth are expected to arrive later in the week, when the tide is at its highest,
the operator added in its statement.</p>
<p>You may also like...</p>
<p><a href="/c">Lanmore lifeboat crew wins national award</a></p>
<p><a href="/d">New timetable for island ferries</a></p>
</article>
<footer>© 2031 Harbour Times</footer>
</body></html>"""


def test_html_byline_of_one_person_named_twice_beside_the_site_address() -> None:
    art = _clean(PAGE, kind="html")
    assert art.byline == "Dana Reyes"
    assert art.outlet == "Harbour Times"


# --------------------------------------------------------------------------- HTML text furniture


def test_html_text_starts_at_the_article_without_the_stamp_and_the_headline_again() -> None:
    art = _clean(PAGE, kind="html")
    paragraphs = art.text.split("\n\n")
    assert paragraphs[0].startswith("The passenger ferry Northern Star")
    assert "04.03.2031" not in art.text
    assert "Ferry runs aground off Lanmore" not in art.text
    assert art.date == "2031-03-04"  # the stamp under the headline, the page's metadata having no date


def test_html_link_labels_go_and_a_label_before_prose_stays() -> None:
    paragraphs = _clean(PAGE, kind="html").text.split("\n\n")
    assert "More:" not in paragraphs  # its links were dropped by the extractor; the label alone was left
    assert "You may also like..." not in paragraphs
    assert "Lanmore lifeboat crew wins national award" not in paragraphs
    assert "The statement read:" in paragraphs  # it introduces the article's own next paragraph
    assert paragraphs[-1].startswith("Tugs from the port of Wellmouth")


# --------------------------------------------------------------------------- outlet in plain text


def test_a_masthead_above_the_headline_is_the_outlet() -> None:
    art = _clean("Harbour Times\n\nFerry runs aground off Lanmore\n\n" + BODY)
    assert art.outlet == "Harbour Times"
    assert art.title == "Ferry runs aground off Lanmore"
    assert "Harbour Times" not in art.text and "Harbour Times" not in art.removed


@pytest.mark.parametrize("above", ["World News", "Middle East", "Dana Reyes", "Sunday 2 March 2031"])
def test_a_section_a_person_or_a_date_above_the_headline_is_no_outlet(above: str) -> None:
    assert _clean(f"{above}\n\nFerry runs aground off Lanmore\n\n" + BODY).outlet is None


def test_masthead_shapes() -> None:
    assert masthead("The Lanmore Herald") == "The Lanmore Herald"
    assert masthead("harbourtimes.com") == "harbourtimes.com"
    assert masthead("Latest News") is None
    assert masthead("Ferry runs aground off the coast of Lanmore, officials say") is None


XINHUA = (
    "BRUSSELS, March 2 (Xinhua) -- The passenger ferry Northern Star ran aground off the coast of Lanmore on "
    "Sunday evening, the coastguard said, and all 212 passengers were taken off safely.\n\n"
    "The ferry operator said it would inspect the hull on Monday before any attempt was made to refloat it."
)


def test_the_dateline_agency_is_the_outlet_when_nothing_else_names_one() -> None:
    assert _clean(XINHUA).outlet == "Xinhua"
    assert dateline_credit(["PINE RIDGE, S.D. (AP) -- A ferry ran aground."]) == "AP"
    assert dateline_credit(["The ferry (pictured) ran aground -- officials said."]) is None


def test_an_outlet_relaying_agency_copy_is_still_the_pages_outlet() -> None:
    # The page names itself in its footer, the input names an outlet, or the page has an address.
    assert _clean(XINHUA + "\n\n© 2031 Harbour Times. All rights reserved.").outlet == "Harbour Times"
    assert _clean(XINHUA, outlet="Lanmore Herald").outlet == "Lanmore Herald"
    assert _clean(XINHUA, url="https://www.lanmoreherald.example/news/1").outlet == "lanmoreherald.example"
