"""A brief sentence is not cited to an article that gives another figure: "1,200" is read whole."""

import newsdesk
from newsdesk.brief.cite import figures_of

TEXT = ("A fire at a chemical warehouse in Dunmore forced the evacuation of 1,200 residents, officials said. "
        "Fire chief Maria Ortiz said 40 firefighters fought the blaze for more than five hours before it was "
        "brought under control. No injuries were reported, the chief said.")


def test_figures_with_commas_and_points_stay_whole():
    assert figures_of("the 1,200 residents and 3.5 percent, 2,000,000 people".split(), []) == {"1200", "3.5", "2000000"}


def test_an_article_with_another_figure_does_not_carry_the_sentence():
    brief = newsdesk.brief([{"id": "A", "text": TEXT, "outlet": "Courier"},
                            {"id": "B", "text": TEXT.replace("1,200", "1,300"), "outlet": "Valley Times"}], words=80)
    first = next(s for s in brief.sentences if "residents" in s.text)
    assert "B" not in first.citations or "1,300" in first.text
    assert any(set(s.citations) == {"A", "B"} for s in brief.sentences)  # the firefighters' sentence both carry
