"""Headlines, stop 23: wire notes to editors are cut; a column's headline does not title a story."""

from __future__ import annotations

import pytest

from newsdesk.clean import clean_raw
from newsdesk.clean.headlines import is_opinion_title, tidy_headline
from newsdesk.cluster import typical_title
from newsdesk.model import Article, RawDoc
from newsdesk.render import typeset_quotes


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("HARBOUR PIER REOPENS (FOR RELEASE THE WEEK OF MON., JULY 5, 1999)", "HARBOUR PIER REOPENS"),
        ("HARBOUR PIER REOPENS (JT)", "HARBOUR PIER REOPENS"),
        ("Harbour pier reopens (2)", "Harbour pier reopens"),
        ("Harbour pier reopens (UPDATE 2)", "Harbour pier reopens"),
        ("Harbour Pier Reopens EDS-Updates with more details", "Harbour Pier Reopens"),
        ("EDS-more details added Harbour Pier Reopens", "Harbour Pier Reopens"),
        ("Mayor (D-Lanmore) opens pier", "Mayor (D-Lanmore) opens pier"),
        # review R23a: real headline words stay
        ("Mayor Signs ED-Tech Bill", "Mayor Signs ED-Tech Bill"),
        ("Ed Roe Plays Lanmore (Ed Roe Live)", "Ed Roe Plays Lanmore (Ed Roe Live)"),
        ("Output Grows (Advance Estimate)", "Output Grows (Advance Estimate)"),
        ("Court Rules Under Article 50(2)", "Court Rules Under Article 50(2)"),
        ("Talks stall (AP)", "Talks stall (AP)"),
        ("(The tag appears in all sluglines.)", None),
    ],
)
def test_notes_to_editors_are_cut_from_a_headline(given: str, shown: str | None) -> None:
    assert tidy_headline(given) == shown


def test_a_record_title_loses_its_release_note() -> None:
    body = ("The harbour pier reopened on Monday after six weeks of repairs, the council said. Fishing boats "
            "returned to their moorings within the hour, harbour staff said.")
    got = clean_raw(RawDoc(source="a.jsonl:1", content=body, kind="record",
                           title="PIER REOPENS (FOR RELEASE SUNDAY, MARCH 14)"))
    assert isinstance(got, Article) and got.title == "PIER REOPENS"


def test_a_column_headline_does_not_title_the_story() -> None:
    assert is_opinion_title("EDITORIAL: THE PIER VERDICT") and is_opinion_title("Harbour column: a pier at last")
    assert not is_opinion_title("Report: Pier to reopen") and not is_opinion_title("U.S.: Ports reopen")
    titles = ["EDITORIAL: THE HARBOUR PIER REOPENS AT LAST", "Harbour pier reopens after repairs"]
    assert typical_title(titles) == "Harbour pier reopens after repairs"


def test_single_backquotes_are_typeset() -> None:
    assert typeset_quotes("Judge Bars `Gay Panic' Defense") == "Judge Bars \u2018Gay Panic\u2019 Defense"
    assert typeset_quotes("THE QUAKE`S HOMELESS") == "THE QUAKE\u2019S HOMELESS"
    assert typeset_quotes("1. Unknown outlet · `/tmp/a.txt`") == "1. Unknown outlet · `/tmp/a.txt`"
    # review R23a: a code span's closing backtick opened no quotation that an apostrophe later closed
    line = "- `adv.txt`: no article text: a news service's advisory"
    assert typeset_quotes(line) == line
    assert typeset_quotes("`I don't know,' he said") == "\u2018I don't know,\u2019 he said"


def test_two_apostrophes_that_open_a_quotation_open_it():
    from newsdesk.render import typeset_quotes

    assert typeset_quotes("''Overall, it seems probable,' the authors wrote.") == "“Overall, it seems probable,' the authors wrote."
    assert typeset_quotes("the plant, ''except for the claim.''") == "the plant, “except for the claim.”"
    assert typeset_quotes("He is 5'10'' tall.") == "He is 5'10'' tall."
