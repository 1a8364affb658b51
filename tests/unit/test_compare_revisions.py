"""Revised figures: a later report that says it replaces an earlier count is shown as a revision, not hidden."""

from __future__ import annotations

from newsdesk.compare import compare, render_comparison_markdown
from newsdesk.model import Article
from newsdesk.service import comparison_from_dict

EARLY = "Four people were killed when the Kell footbridge collapsed into the Varn river on Monday, police said."
LATE = ("Six people died when the Kell footbridge collapsed into the Varn river on Monday, the hospital said,"
        " raising the toll from the four deaths reported in the morning.")
OTHER_A = "Rescue boats searched the river until nightfall, the harbour master said."
OTHER_B = "The footbridge opened in 1971 and carried about two thousand walkers a day."


def art(aid: str, outlet: str, date: str, *sentences: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=" ".join(sentences), outlet=outlet, date=date)


def test_a_count_a_later_report_revises_is_a_revision_with_both_values() -> None:
    comp = compare([art("a", "Kell Times", "2031-05-01", EARLY, OTHER_A),
                    art("b", "Varn Post", "2031-05-01", LATE, OTHER_B)])
    assert len(comp.revisions) == 1
    old, new = comp.revisions[0].sides
    assert (old.value.lower(), old.articles) == ("four", ("a",))
    assert (new.value.lower(), new.articles, new.text) == ("six", ("b",), LATE)
    assert not any(c.kind == "number" for c in comp.conflicts), "an update is no contradiction"
    md = render_comparison_markdown(comp, {"a": 1, "b": 2})
    assert "### Revised figures" in md and "*four* [1] → *six* [2]" in md
    assert comparison_from_dict(comp.to_dict()) == comp, "the store's cache keeps revisions"
    assert not any({"a", "b"} <= set(f.articles) for f in comp.facts), "a gave the old figure: it does not carry six"


def test_a_fact_holding_a_revised_figure_states_it_as_it_now_stands() -> None:
    also = ("Six people died when the Kell footbridge collapsed into the Varn river on Monday, the county said in"
            " the evening.")
    comp = compare([art("a", "Kell Times", "2031-05-01", EARLY, OTHER_A),
                    art("b", "Varn Post", "2031-05-01", LATE, OTHER_B),
                    art("c", "Ostby News", "2031-05-02", also, "Flags flew at half mast over the town hall.")])
    fact = next(f for f in comp.facts if "b" in f.articles)
    assert fact.text == LATE and set(fact.articles) == {"b", "c"}


def test_a_change_over_time_is_no_revision() -> None:
    early = "Unemployment in the Varn valley was 4.3 percent in March, the regional statistics office said."
    late = "Unemployment in the Varn valley fell to 4.1 percent in April, down from 4.3 percent in March, the office said."
    comp = compare([art("a", "Kell Times", "2031-04-02", early, OTHER_A),
                    art("b", "Varn Post", "2031-05-02", late, OTHER_B)])
    assert comp.revisions == ()


def test_a_revision_needs_the_earlier_report() -> None:
    """Only an article no later than the reviser gives the old value: a later article repeating it is not revised."""
    comp = compare([art("a", "Kell Times", "2031-05-03", EARLY, OTHER_A),
                    art("b", "Varn Post", "2031-05-01", LATE, OTHER_B)])
    assert comp.revisions == ()


def test_a_toll_risen_to_a_count_revises_the_one_count_earlier_reports_give() -> None:
    """ "The death toll ... has risen to six" names no old figure: the earlier reports' one count is the old one."""
    late = "The death toll from the collapse of the Kell footbridge into the Varn river on Monday has risen to six, police said."
    comp = compare([art("a", "Kell Times", "2031-05-01", EARLY, OTHER_A),
                    art("b", "Varn Post", "2031-05-02", late, OTHER_B)])
    assert len(comp.revisions) == 1, comp.revisions
    old, new = comp.revisions[0].sides
    assert (old.value.lower(), old.articles, new.value.lower(), new.articles) == ("four", ("a",), "six", ("b",))
    assert not any(c.kind == "number" for c in comp.conflicts)


def test_no_revision_when_earlier_reports_give_several_counts() -> None:
    late = "The death toll from the collapse of the Kell footbridge into the Varn river on Monday has risen to six, police said."
    five = "Five people were killed when the Kell footbridge collapsed into the Varn river on Monday, the mayor said."
    comp = compare([art("a", "Kell Times", "2031-05-01", EARLY, OTHER_A),
                    art("c", "Ostby News", "2031-05-01", five, "Flags flew at half mast over the town hall."),
                    art("b", "Varn Post", "2031-05-02", late, OTHER_B)])
    assert comp.revisions == (), "which count was revised is unknown"


def test_a_second_report_of_the_same_revision_adds_its_article_to_the_new_side() -> None:
    again = ("Six people died when the Kell footbridge collapsed into the Varn river on Monday, officials said,"
             " raising the toll from four.")
    comp = compare([art("a", "Kell Times", "2031-05-01", EARLY, OTHER_A),
                    art("b", "Varn Post", "2031-05-01", LATE, OTHER_B),
                    art("c", "Ostby News", "2031-05-02", again, "Flags flew at half mast over the town hall.")])
    assert len(comp.revisions) == 1
    assert set(comp.revisions[0].sides[1].articles) == {"b", "c"}
