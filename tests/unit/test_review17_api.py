"""The Python API as a researcher meets it in a notebook (helper U17's review): records as dicts, the stories of a
pile, Markdown and JSON of every result, and a clear error for an input of the wrong type."""

from __future__ import annotations

import json

import pytest

import newsdesk
from newsdesk.errors import InputError

FERRY = [
    {"title": "Ferry runs aground off Lanmore", "outlet": "Harbour Times", "date": "2024-05-12",
     "text": "A passenger ferry ran aground off Lanmore on Sunday evening, the coastguard said. All 212 passengers "
             "were taken off safely by lifeboats. The ferry, the Island Star, struck rocks near the harbour "
             "entrance in high winds. The operator said it would investigate the cause of the grounding."},
    {"title": "Island Star hits rocks near Lanmore", "outlet": "Coast Daily", "date": "2024-05-12",
     "text": "The Island Star ferry hit rocks near Lanmore harbour on Sunday, and 212 passengers were rescued by "
             "lifeboats, the coastguard said. Strong winds pushed the ship onto the rocks at the harbour entrance. "
             "The operator said an inquiry into the grounding would begin on Monday."},
]
BUDGET = [
    {"title": "Council passes road budget", "outlet": "Valley Post", "date": "2024-05-13",
     "text": "The city council approved a new budget for road repairs after a long debate about potholes and "
             "bridges. Council members said the repairs would start in spring. The mayor said taxes would not rise "
             "to pay for the road repairs this year."},
    {"title": "Road repairs budget approved", "outlet": "Town Herald", "date": "2024-05-13",
     "text": "Councillors approved the road repairs budget on Monday after a debate about potholes and bridges. "
             "The repairs to roads and bridges will start in spring, council members said. Taxes will not rise for "
             "the road repairs, the mayor said."},
]


def test_dict_records_are_articles_with_their_outlet() -> None:
    b = newsdesk.brief(FERRY)
    assert {a.outlet for a in b.articles} == {"Harbour Times", "Coast Daily"}
    assert {a.title for a in b.articles} == {r["title"] for r in FERRY}
    assert b.sentences and b.sentences[0].citations


def test_a_bad_record_is_a_rejection_not_a_crash() -> None:
    articles, rejected = newsdesk.load_articles([FERRY[0], {"title": "no text"}])
    assert len(articles) == 1
    assert [r.source for r in rejected] == ["<record 2>"]
    assert "no 'text'" in rejected[0].explain


@pytest.mark.parametrize("bad", [42, None, [42], ["a story", 3.5]])
def test_an_input_of_the_wrong_type_says_what_is_expected(bad) -> None:
    with pytest.raises(TypeError, match="must be a path, a text"):
        newsdesk.brief(bad)
    with pytest.raises(TypeError, match="must be a path, a text"):
        newsdesk.compare(bad)


def test_no_input_or_a_missing_file_is_an_input_error_naming_it(tmp_path) -> None:
    with pytest.raises(InputError, match="no input given"):
        newsdesk.find_stories([])
    missing = tmp_path / "missing.txt"
    with pytest.raises(InputError, match="missing.txt: unreadable"):
        newsdesk.find_stories([missing])


def test_to_markdown_of_a_brief_is_what_the_cli_prints() -> None:
    from newsdesk.render import render_brief

    b = newsdesk.brief(FERRY)
    md = newsdesk.to_markdown(b)
    assert md == render_brief(b, "markdown")
    assert md.startswith("# ") and "## Sources" in md
    from newsdesk.render import story_title

    # the JSON is the record, its brief with the headline the Markdown opens with (U31 #17)
    record = b.to_dict()
    record["brief"] = {"title": story_title(b), **record["brief"]}
    assert json.loads(newsdesk.to_json(b)) == record and md.startswith(f"# {record['brief']['title']}")
    assert b.to_markdown() == md and json.loads(b.to_json()) == record  # a bare Brief renders itself too


def test_compare_gives_a_result_that_unpacks_and_renders() -> None:
    result = newsdesk.compare(FERRY)
    comparison, articles, rejected = result  # as before: a triple
    assert comparison is result.comparison and len(articles) == 2 and rejected == []
    md = result.to_markdown()
    assert md.startswith("# How 2 articles by 2 outlets compare")
    assert "## Sources" in md and "Harbour Times" in md
    assert newsdesk.to_markdown(result).startswith("# How 2 articles")
    data = json.loads(newsdesk.to_json(result))
    assert [a["number"] for a in data["articles"]] == [1, 2] and data["rejected"] == []


def test_find_stories_groups_a_pile_into_stories_with_briefs() -> None:
    report = newsdesk.find_stories(FERRY + BUDGET)
    assert isinstance(report, newsdesk.StoriesReport)
    groups = sorted(sorted(a.split("#")[0] for a in s.article_ids) for s in report.stories)
    assert len(report.stories) == 2 and all(len(g) == 2 for g in groups)
    assert set(report.briefs) == {s.id for s in report.stories}
    assert newsdesk.to_markdown(report).startswith("# 2 stories from 4 articles")
    assert len(json.loads(newsdesk.to_json(report))["stories"]) == 2
    quick = newsdesk.find_stories(FERRY + BUDGET, briefs=False)
    assert quick.briefs == {}


def test_to_markdown_refuses_what_it_cannot_render() -> None:
    with pytest.raises(TypeError, match="brief, compare or find_stories"):
        newsdesk.to_markdown("a text")


def test_package_says_its_version_and_lists_the_api() -> None:
    assert isinstance(newsdesk.__version__, str) and newsdesk.__version__[0].isdigit()
    for name in ("find_stories", "to_markdown", "to_json", "CompareResult", "StoriesReport"):
        assert name in newsdesk.__all__
        assert getattr(newsdesk, name) is not None
    assert "find_stories" in (newsdesk.__doc__ or "")


class _Frame:
    """The part of a pandas DataFrame the API uses: iterating gives the column names, ``to_dict("records")`` rows
    (an empty cell is NaN, a date column holds time stamp objects)."""

    def __init__(self, rows: list[dict]) -> None:
        self.rows = rows
        self.columns = sorted({k for r in rows for k in r})

    def __iter__(self):
        return iter(self.columns)

    def to_dict(self, orient: str) -> list[dict]:
        assert orient == "records"
        return [{c: r.get(c, float("nan")) for c in self.columns} for r in self.rows]


def test_a_dataframe_of_records_is_one_article_per_row() -> None:
    from datetime import date

    rows = [dict(r, date=date.fromisoformat(r["date"])) for r in FERRY]
    del rows[1]["title"]  # an empty cell
    b = newsdesk.brief(_Frame(rows))
    assert len(b.articles) == 2 and not b.rejected
    assert {a.outlet for a in b.articles} == {"Harbour Times", "Coast Daily"}
    assert {a.date for a in b.articles} == {"2024-05-12"}


class _NotATime:
    """What pandas puts in an empty date cell (NaT): unequal to itself, and its isoformat() is "NaT"."""

    def __ne__(self, other: object) -> bool:
        return True

    def __eq__(self, other: object) -> bool:
        return False

    __hash__ = None  # type: ignore[assignment]

    def isoformat(self) -> str:
        return "NaT"


def test_an_empty_date_cell_is_no_date() -> None:
    rows = [dict(r) for r in FERRY]
    rows[0]["date"] = _NotATime()
    b = newsdesk.brief(_Frame(rows))
    assert len(b.articles) == len(newsdesk.brief(FERRY).articles) and not b.rejected
    assert "NaT" not in {a.date for a in b.articles}
    from newsdesk.api import _plain_record

    assert _plain_record({"title": "Ferry", "date": _NotATime()}) == {"title": "Ferry"}  # the cell, not "NaT"


def test_a_sentence_ending_a_newswire_quotation_gets_a_typographic_close() -> None:
    """A quotation that runs over two sentences: the second has only the closing '' (DUC's own text)."""
    from newsdesk.render import typeset_quotes

    assert typeset_quotes("Protected -- from the interference of government.''") == (
        "Protected -- from the interference of government.\u201d")
    assert typeset_quotes("``It is over,'' he said.") == "\u201cIt is over,\u201d he said."
    assert typeset_quotes("The guard, 6'2'', stood by.") == "The guard, 6'2'', stood by.", "feet and inches"
    assert typeset_quotes("It's the mayor's plan.") == "It's the mayor's plan."


def test_a_one_line_article_text_is_read_as_text_not_tried_as_a_file_name() -> None:
    """A text of one line longer than a file name may be (255 bytes a part) crashed the API with "File name too
    long" while it decided whether the string names a file (review U21)."""
    one_line = " ".join(r["text"] for r in FERRY)  # about 560 characters, no line break
    articles, rejected = newsdesk.load_articles([one_line, FERRY[1]["text"] + " \x00"])
    assert len(articles) == 2 and not rejected
    assert newsdesk.brief([one_line, FERRY[1]["text"]]).sentences
