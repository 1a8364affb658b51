"""A chronology's dated entries and their year headings are the article, not page furniture (U28 #5: the year
headings and three entries were removed, so the entries lost their years)."""
from newsdesk.clean.stage import clean_text

_CHRONOLOGY = """WENDHAM _ Here are the milestones in the harbour authority's dispute with the port workers:

1996:

March 3 _ The port workers' union files a complaint that the authority ignored safety rules on the cranes.

June 9 _ The authority reveals that inspectors are looking at the crane at berth four.

June 16 _ A court orders the authority to repair the crane before it is used again.

1997:

Feb. 14 - The union and the authority reach a settlement that requires new inspections twice a year.

Oct. 20 - The union says the authority broke the settlement by skipping the spring inspection of the cranes.
"""


def test_dated_entries_and_their_years_are_kept():
    kept = clean_text(_CHRONOLOGY)
    for line in ("1996:", "June 9 _ The authority reveals", "June 16 _ A court orders", "1997:",
                 "Oct. 20 - The union says"):
        assert line in kept


def test_a_year_alone_without_entries_below_is_not_kept():
    text = ("2024\n\nThe harbour authority said on Monday that the crane at berth four would be repaired next month "
            "after inspectors found cracks in its base, and that no one had been hurt.\n\nThe union welcomed it.")
    assert not clean_text(text).startswith("2024")
