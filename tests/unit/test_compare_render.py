"""The Markdown of a comparison: who says a fact, without repeating a title the name already carries."""

from __future__ import annotations

from newsdesk.compare import render_comparison_markdown
from newsdesk.model import Attribution, Comparison, Fact


def _markdown(*attribution: Attribution) -> str:
    fact = Fact("The mayor said an inquiry would report within six months.", ("a", "b"), 2, attribution)
    return render_comparison_markdown(Comparison(facts=(fact,)), {"a": 1, "b": 2})


def test_a_role_the_name_already_says_is_not_repeated() -> None:
    text = _markdown(Attribution("Mayor Ilse Marchetti", "named", "a", "Mayor"))
    assert "Who says it: Mayor Ilse Marchetti [1]" in text
    assert "Marchetti, Mayor" not in text


def test_a_role_that_adds_something_is_kept() -> None:
    text = _markdown(Attribution("Dana Okonkwo", "named", "a", "the harbour's fire chief"),
                     Attribution("officials", "anonymous", "b"))
    assert "Dana Okonkwo, the harbour's fire chief [1]" in text
    assert "officials (unnamed) [2]" in text  # a group on the record, no identity withheld (anonymity.py)


def test_a_capitalised_title_goes_before_the_name() -> None:
    text = _markdown(Attribution("Dana Okonkwo", "named", "a", "Fire Chief"))
    assert "Who says it: Fire Chief Dana Okonkwo [1]" in text and "Okonkwo, Fire Chief" not in text


def test_the_one_holder_of_an_office_is_not_an_anonymous_source() -> None:
    fact = Fact("The minister said the suspect had planned an attack.", ("a",), 1,
                (Attribution("the country's interior minister", "anonymous", "a"),), anonymous_only=False)
    text = render_comparison_markdown(Comparison(single_source=(fact,)), {"a": 1})
    assert "the country's interior minister [1]" in text and "(anonymous)" not in text


def test_a_single_source_fact_names_the_outlet_it_credits() -> None:
    fact = Fact("Le Monde said police believe the suspect tried to steal a car.", ("a",), 1,
                (Attribution("Le Monde", "outlet", "a"),))
    text = render_comparison_markdown(Comparison(single_source=(fact,)), {"a": 1}, limit=None)
    assert "Credited to Le Monde." in text


def test_anonymous_is_not_said_twice() -> None:
    text = _markdown(Attribution("An anonymous official", "anonymous", "a"), Attribution("two sources", "anonymous", "b"))
    assert "an anonymous official [1]" in text and "anonymous official (anonymous)" not in text
    assert "two sources (anonymous) [2]" in text


def test_only_the_new_part_of_a_role_is_shown() -> None:
    text = _markdown(Attribution("Representative Ted Deutch", "named", "a", "Representative, Democrat of Florida"))
    assert "Representative Ted Deutch, Democrat of Florida [1]" in text


def test_a_conflict_inside_one_article_says_so() -> None:
    from newsdesk.model import Conflict, ConflictSide

    within = Conflict("denial", (ConflictSide("Officials said the troops arrived.", "claim", ("a",)),
                                 ConflictSide("The minister denied that troops arrived.", "denial", ("a",))))
    across = Conflict("number", (ConflictSide("Four died.", "four", ("a",)), ConflictSide("Six died.", "six", ("b",))))
    text = render_comparison_markdown(Comparison(conflicts=(within, across)), {"a": 1, "b": 2})
    lines = [line for line in text.splitlines() if line.startswith("- **")]
    assert lines[0].endswith("(both in [1]: one article reports both)")
    assert "both in" not in lines[1]


def test_unnamed_speakers_read_lower_case_inside_a_sentence() -> None:
    from newsdesk.compare.render import speaker_name

    assert speaker_name("The two Reuters sources", "anonymous") == "the two Reuters sources"
    assert speaker_name("Anonymous Lebanese sources", "anonymous") == "anonymous Lebanese sources"
    assert speaker_name("Activists", "anonymous") == "activists"
    # Names, nationalities, abbreviations and organizations keep their capitals.
    assert speaker_name("Syrian officials", "anonymous") == "Syrian officials"
    assert speaker_name("U.S. officials", "anonymous") == "U.S. officials"
    assert speaker_name("The Washington Post", "organization") == "The Washington Post"
    assert speaker_name("Omran al-Zoubi", "named") == "Omran al-Zoubi"
    assert speaker_name("The transport authority", "organization") == "the transport authority"


def test_quotation_marks_inside_a_quoted_fact_become_single_ones() -> None:
    """A fact that opens with a quotation is no unbalanced “"We are ...," she said.”: one quotation holds another."""
    fact = Fact(text='"We are still searching," she said of the "inner harbour" wreck.', articles=("a",),
                independent_sources=1, sources=("Harbour Times",))
    md = render_comparison_markdown(Comparison(single_source=(fact,)), {"a": 1})
    assert "“‘We are still searching,’ she said of the ‘inner harbour’ wreck.”" in md
    whole = Fact(text="“The river has never been this high.”", articles=("a",), independent_sources=1)
    assert "“The river has never been this high.”" in render_comparison_markdown(Comparison(single_source=(whole,)), {"a": 1})


def test_two_spellings_of_one_name_are_one_speaker() -> None:
    text = _markdown(Attribution("François Leblanc", "named", "a", "Mayor"), Attribution("Francois Leblanc", "named", "b"))
    assert "Mayor François Leblanc [1][2]" in text and "Francois Leblanc" not in text


def test_archive_quotation_marks_are_quoted_like_double_marks() -> None:
    """``...'' (the newswire archives' marks) inside a quoted fact read as one quotation holding another, not
    as a doubled opening mark ("““Lanmore has ...") once the page is typeset (review U21)."""
    from newsdesk.compare.render import _quote

    text = "``Lanmore has a great deal of pride in her,'' said Jo Roe, the mayor."
    assert _quote(text) == "‘Lanmore has a great deal of pride in her,’ said Jo Roe, the mayor."
    assert _quote("``The bridge will close.''") == "The bridge will close."
