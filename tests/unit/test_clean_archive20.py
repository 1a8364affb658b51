"""Archived wire copy (SGML news archives): typesetting codes, notes to client editors, slugs and trim marks."""

from __future__ import annotations

from newsdesk.clean import clean_raw
from newsdesk.clean.markup_codes import strip_markup_codes
from newsdesk.model import Article, RawDoc

_STORY = """&UR; By MARA OLSEN &LR;
&QL; HARBOUR TOWN _ The ferry service between Lanmore and Ostby will resume on Monday after a three-week strike \
by deckhands ended with a pay deal, the operator said on Friday. &QL;
The deal gives deckhands a 6 percent raise over two years, and the union said its members had voted to accept it \
by a wide margin at a meeting on Thursday night.
OPTIONAL TRIM FOLLOWS
Passengers had crowded onto the one remaining coastal bus, and shops in Ostby said their sales fell by a third \
during the strike, as visitors from the mainland stayed away.
END OPTIONAL TRIM
&UR; Officials at AT&T; and at the port said the ticket machines would be back in service by the weekend. &LR;
BC-FERRY-STRIKE-2NDTAKE-NYT UNDATED: on Monday.
&UR; NONSUBSCRIBERS: To publish a feature article, it must be purchased. Please contact one of these sales \
representatives: &LR;
-0-
"""


def test_codes_go_and_real_entities_stay() -> None:
    assert strip_markup_codes("&QL; ROAD TESTS &QL; &QL;").strip() == "ROAD TESTS"
    assert strip_markup_codes("AT&T; relented, and R&B; and Q&A;: more") == "AT&T relented, and R&B and Q&A: more"
    # a clause opening after the name: a real semicolon (reviews R20a, R20b)
    assert strip_markup_codes("They spend more on R&D; the union objects.") == "They spend more on R&D; the union objects."
    assert strip_markup_codes("Its largest client is AT&T; it also sells to Ostby.").count(";") == 1
    assert strip_markup_codes("Its largest client is AT&T; the second is Ostby Telecom.").count(";") == 1
    # a list goes on after it, or the text writes the name without ";" elsewhere (review R20c)
    listed = "The carriers are AT&T; Ostby Telecom, with 2 million customers; and Lanmore Mobile."
    assert strip_markup_codes(listed) == listed
    twice = "AT&T said on Monday it would sell the unit. Its largest client is AT&T; Ostby Telecom is second."
    assert strip_markup_codes(twice) == twice
    assert strip_markup_codes("fish &amp; chips, x &LT; y, AT&amp;T") == "fish &amp; chips, x &LT; y, AT&amp;T"
    assert strip_markup_codes("no codes here") == "no codes here"


def test_archived_wire_copy_is_cleaned_of_codes_notes_and_marks() -> None:
    got = clean_raw(RawDoc(source="archive.txt", content=_STORY, kind="text", title="&HT;"))
    assert isinstance(got, Article)
    assert "&" + "QL;" not in got.text and "&UR;" not in got.text and "&LR;" not in got.text
    assert got.text.startswith("HARBOUR TOWN _ The ferry service")
    assert "Officials at AT&T and at the port" in got.text
    for mark in ("OPTIONAL TRIM", "BC-FERRY", "NONSUBSCRIBERS", "must be purchased", "-0-"):
        assert mark not in got.text, mark
    assert "Passengers had crowded" in got.text  # the trimmable paragraph is the article's
    assert got.title != "&HT;" and "&" not in (got.title or "")  # a code given as the title is no title


def test_the_headline_under_a_slug_is_the_title() -> None:
    page = "BC-FERRY-STRIKE-NYT\n\n&QL; Ferry strike ends after three weeks &QL;\n\n" + _STORY
    got = clean_raw(RawDoc(source="archive.txt", content=page, kind="text"))
    assert isinstance(got, Article) and got.title == "Ferry strike ends after three weeks"


def test_a_long_line_that_opens_with_a_slug_is_not_furniture() -> None:
    from newsdesk.clean.boilerplate import is_wire_mark

    assert is_wire_mark("BC-FERRY-STRIKE-2NDTAKE-NYT UNDATED: on Monday.")
    assert not is_wire_mark("BC-FERRY-STRIKE-NYT The ferry service between Lanmore and Ostby resumed on Monday "
                            "after a three-week strike by deckhands ended with a pay deal.")


def test_a_last_short_sentence_before_an_authors_note_is_kept() -> None:
    """The note in parentheses after the text ("(Jo Roe is ...)") is no footer: the closing line before it stays."""
    text = ("The ferry service between Lanmore and Ostby will resume on Monday after a three-week strike by deckhands "
            "ended with a pay deal, the operator said on Friday.\n\n"
            "The deal gives deckhands a 6 percent raise over two years, and the union said its members had voted to "
            "accept it by a wide margin at a meeting on Thursday night.\n\n"
            "Until then, the island waits.\n\n"
            "&QL; (Mara Olsen is the Courier's harbour reporter.)\n")
    got = clean_raw(RawDoc(source="column.txt", content=text, kind="text"))
    assert isinstance(got, Article) and got.text.endswith("Until then, the island waits.")


def test_a_crime_syndicate_in_a_short_paragraph_is_no_service_note() -> None:
    from newsdesk.clean.boilerplate import is_boilerplate_line

    assert not is_boilerplate_line("The syndicate used sales representatives as couriers, police said.")


def test_a_slug_run_into_the_lead_is_cut_and_the_dateline_stays_first() -> None:
    """Review R20c: "BC-FERRY-STRIKE-NYT OSTBY -- ..." keeps its lead and its dateline, without the slug."""
    lead = ("BC-FERRY-STRIKE-NYT OSTBY -- The ferry service between Lanmore and Ostby will resume on Monday after a "
            "three-week strike by deckhands ended with a pay deal, the operator said on Friday.")
    rest = ("The deal gives deckhands a 6 percent raise over two years, and the union said its members had voted to "
            "accept it by a wide margin at a meeting on Thursday night.")
    got = clean_raw(RawDoc(source="wire.txt", content=lead + "\n\n" + rest, kind="text"))
    assert isinstance(got, Article) and got.text.startswith("OSTBY -- The ferry service")
