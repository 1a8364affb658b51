"""A text that names itself as its outlet ("Originally published on X", "X has learned") gets that outlet when
nothing else names one (U29 #10); a lower-case dateline credit takes the agency's known casing."""

from __future__ import annotations

import newsdesk
from newsdesk.clean.outlets import dateline_credit, self_credit


def test_a_syndication_footer_names_the_outlet():
    body = ("Archaeologists found six cases of cancer among 1,087 burials in the Harran Oasis, a new study says.\n\n"
            "The oldest of the burials dates back 3,000 years, the authors wrote in the paper published on Monday.\n\n"
            "The team hopes to compare the ancient rate with data gathered in the oasis today.\n\n")
    article = newsdesk.clean(body + "Originally published on Deep Time Journal.")
    assert article.outlet == "Deep Time Journal"


def test_a_scoop_names_its_outlet_and_pronouns_do_not():
    assert self_credit("The singer died on Monday ... Gossipwire has learned.") == "Gossipwire"
    assert self_credit("He has learned to live with it. Police have learned more.") is None


def test_lower_case_dateline_credit():
    assert dateline_credit(["BONN, February 5 (xinhua) -- The cabinet met."]) == "Xinhua"
