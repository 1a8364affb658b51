"""Outlet names in "Where sources differ" are escaped like every other text from an article (R28 #10)."""
from newsdesk.compare.render import sources_phrase
from newsdesk.model import Fact


def test_outlet_names_with_markup_are_escaped():
    fact = Fact(text="The pier closed.", articles=("a", "b"), independent_sources=2,
                sources=("<b>Harbour</b> Times", "Coast `News"), outlets=2)
    phrase = sources_phrase(fact)
    assert "\\<b>Harbour\\</b> Times" in phrase  # shown as written, not as markup
    assert "Coast \\`News" in phrase
