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
