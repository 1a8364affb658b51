"""The stories Markdown of `newsdesk cluster` / `newsdesk stories`: counts, copies and shared wire passages."""

from __future__ import annotations

from newsdesk.model import Article, DupLink, Story
from newsdesk.stories import StoriesReport, render_markdown


def test_wire_passages_are_quoted_on_one_line_with_their_share_in_words() -> None:
    arts = [Article(id=i, source=f"{i}.txt", text="Flood water closed the rail line.", outlet=o)
            for i, o in (("a", "Kell Times"), ("b", "Varn Post"))]
    passage = "Flood water from the Varn river closed the main rail line.\n\nThe line stays shut for a week, the operator said."
    report = StoriesReport(
        stories=[Story("s1", "Rail line closed by flood", ("a", "b"))], articles=arts,
        links=[DupLink("a", "b", "wire", 0.42, original="a", passages=(passage,))],
    )
    md = render_markdown(report)
    assert md.startswith("# 1 story from 2 articles")
    assert "- [1] and [2]: shared wire passages (42% of the shorter article), original [1]" in md
    assert ("  > Flood water from the Varn river closed the main rail line. The line stays shut for a week, the"
            " operator said.") in md


def test_sources_are_numbered_by_date_and_a_one_day_story_shows_one_date() -> None:
    arts = [Article(id="a", source="a.txt", text="Flood water closed the rail line.", outlet="Kell Times"),
            Article(id="b", source="b.txt", text="The rail line is closed.", outlet="Varn Post", date="2031-05-02"),
            Article(id="c", source="c.txt", text="Flood water shut the line.", outlet="Ostby News", date="2031-05-02")]
    report = StoriesReport(stories=[Story("s1", "Rail line closed", ("a", "c", "b"), first_date="2031-05-02",
                                          last_date="2031-05-02")], articles=arts)
    md = render_markdown(report)
    assert "*3 articles, 2031-05-02* (`s1`)" in md
    lines = [ln for ln in md.splitlines() if ln[:2] in ("1.", "2.", "3.")]
    assert [ln.split(" · ")[0] for ln in lines] == ["1. Varn Post", "2. Ostby News", "3. Kell Times"], lines


def test_stories_markdown_escapes_brief_lines_and_says_not_used() -> None:
    """A brief sentence that Markdown would read as a heading stays a sentence in the list; inputs that were not used
    are listed under the same heading as in `newsdesk brief` and `compare`."""
    from newsdesk.model import Brief, BriefSentence, Reason, Rejection

    text = "#MeToo campaigners marched through the city centre on Saturday."
    art = Article(id="m1", source="m1.txt", text=text)
    report = StoriesReport(stories=[Story("s1", "March", ("m1",))], articles=[art],
                           rejected=[Rejection("empty.txt", Reason.EMPTY, "the file is empty", "read")])
    report.briefs = {"s1": Brief(sentences=(BriefSentence(text=text, from_id="m1", citations=("m1",)),))}
    md = render_markdown(report)
    assert "- \\#MeToo campaigners marched" in md
    assert "## Not used (1 input)" in md and "Rejected" not in md
