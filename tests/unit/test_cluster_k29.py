"""Notes are no articles: a news service's distribution line, a writer's bio, an advisory to client papers (a budget)
or a page saying it has no article gets empty clustering features (``cluster.features.is_notice``), so it joins no
story and no story joins it, in the batch and in the stream."""

from __future__ import annotations

from newsdesk.cluster import cluster_labels, features
from newsdesk.cluster.features import is_notice, tokenize
from newsdesk.config import ClusterConfig
from newsdesk.model import Article

# The tails of two archived wire columns on unrelated subjects whose text was lost: only the service's notes are left.
DISTRIBUTION = "&UR; (Distributed by Harbour Syndicate Special Features) &QL;"
PURCHASE = ("&QL; &UR; -0- &QL; &UR; (To publish this article, it must be purchased _ the rate is not prohibitive _ "
            "from Harbour Syndicate sales representative JO ROE at 555-0100.) &QL;")
BIO = "&UR; (Dana Reyes is a contributing writer for the Harbour Gazette Magazine.) &LR;\n\n------ &QC;"
ADVISORY = ("These feature stories are moving today to clients of the Harbour News Service. Stories are for release "
            "Monday.\n\nFERRY _ The island ferry resumes service after the strike. By JO ROE.")
ERROR = "Sorry, the page you requested could not be found. Try the search box or go back to the home page."


def _art(aid: str, text: str, title: str | None = None, day: str | None = None) -> Article:
    return Article(id=aid, source="x", text=text, title=title, date=day, date_confidence=1.0 if day else 0.0)


def test_notes_are_notices() -> None:
    for text in (DISTRIBUTION, PURCHASE, BIO, ADVISORY, ERROR):
        assert is_notice(text, len(text.split())), text


def test_short_reports_and_bracketed_datelines_are_no_notices() -> None:
    assert not is_notice("Floods hit the city.", 4)
    report = "HARBOUR CITY (AP) -- The island ferry resumed service on Monday after a three-week strike by its crews."
    assert not is_notice(report, len(report.split()))
    # a long text is not read for notes: a column that ends in a distribution line is an article
    column = " ".join(["The island ferry crews voted to end their strike after three weeks of talks."] * 30)
    assert not is_notice(column + " (Distributed by Harbour Syndicate Special Features)", 420)


def test_a_notice_has_no_features_with_or_without_the_shared_token_pass() -> None:
    note = _art("n1", DISTRIBUTION, title="A HEALTHY JOLT")
    assert len(features(note)) == 0
    assert len(features(note, tokenize(note))) == 0
    assert len(features(_art("r1", "The island ferry resumed service after the strike."))) > 0


FERRY = [_art(f"f{i}", f"The island ferry resumed service after the crews ended their strike, report {i}. Ferry "
              "passengers crowded the harbour pier as the first crossing left.", day=f"2024-03-0{i + 1}")
         for i in range(3)]
BUDGET = [_art(f"b{i}", f"The city council passed the school budget after a long vote, report {i}. The budget raises "
               "teacher pay and school repairs.", day=f"2024-03-0{i + 1}") for i in range(3)]
# Two notes, one left from a ferry column, one from a budget column: the same words.
NOTES = [_art("n1", DISTRIBUTION, day="2024-03-02"), _art("n2", DISTRIBUTION, day="2024-03-03")]


def test_two_identical_notes_of_two_topics_make_no_story_batch() -> None:
    arts = FERRY + BUDGET + NOTES
    labels = dict(zip([a.id for a in arts], cluster_labels(arts, ClusterConfig()), strict=True))
    assert labels["n1"] != labels["n2"]
    assert labels["f0"] == labels["f1"] == labels["f2"] != labels["b0"] == labels["b1"] == labels["b2"]
    assert {labels["n1"], labels["n2"]}.isdisjoint({labels["f0"], labels["b0"]})


def test_two_identical_notes_of_two_topics_make_no_story_stream() -> None:
    arts = FERRY + BUDGET + NOTES
    labels = dict(zip([a.id for a in arts], cluster_labels(arts, ClusterConfig(), incremental=True), strict=True))
    assert labels["n1"] != labels["n2"]
    assert {labels["n1"], labels["n2"]}.isdisjoint({labels["f0"], labels["b0"]})
    assert labels["f0"] == labels["f1"] == labels["f2"]
