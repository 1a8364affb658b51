"""News archives in SGML (the LDC's <DOC> records): one article per record, with its title, date and outlet."""

from __future__ import annotations

import gzip
from pathlib import Path

from newsdesk import api
from newsdesk.config import IngestConfig
from newsdesk.errors import Reason
from newsdesk.ingest import read_inputs
from newsdesk.ingest.news_sgml import is_news_sgml, read_news_sgml
from newsdesk.model import RawDoc, Rejection

_DAY = """<DOC>
<DOCNO> APW20010304.0101 </DOCNO>
<DOCTYPE> NEWS STORY </DOCTYPE>
<DATE_TIME> 2001-03-04 10:15 </DATE_TIME>
<BODY>
<SLUG> BC-Lakeland-Bridge </SLUG>
<HEADLINE>
Old bridge over the Tarn river to close for repairs
</HEADLINE>
<TEXT>
<P>
KESWICK, England (AP) -- The old stone bridge over the Tarn will close for six weeks from
Monday, the county council said.
</P>
<P>
Repairs will cost 2 million pounds &AMP; the detour adds 9 miles, council officials said.
</P>
</TEXT>
<TRAILER> AP-NY-03-04-01 1015EST </TRAILER>
</BODY>
</DOC>
<DOC>
<DOCNO> NYT20010304.0222 </DOCNO>
<HEADLINE> Bridge closing </HEADLINE>
<BYLINE> By Ann Telfer </BYLINE>
<TEXT>
The county council will close the old bridge over the Tarn for six weeks from Monday.
</TEXT>
</DOC>
<DOC>
<DOCNO> NYT20010304.0223 </DOCNO>
<HEADLINE> Photo list </HEADLINE>
</DOC>
"""


def _read(*paths: Path) -> list[RawDoc | Rejection]:
    return list(read_inputs([str(p) for p in paths], IngestConfig()))


def test_each_record_is_an_article_with_its_fields(tmp_path: Path) -> None:
    path = tmp_path / "day.sgml"
    path.write_text(_DAY, encoding="utf-8")
    first, second, empty = _read(path)
    assert isinstance(first, RawDoc) and isinstance(second, RawDoc)
    assert first.source.endswith("day.sgml#APW20010304.0101") and first.id == "APW20010304.0101"
    assert first.title == "Old bridge over the Tarn river to close for repairs"
    assert first.date == "2001-03-04 10:15" and first.outlet == "Associated Press"
    # paragraphs stay apart; the slug, trailer and tags are no text; the archive's "&AMP;" is an ampersand
    assert first.content.split("\n\n") == [
        ("KESWICK, England (AP) -- The old stone bridge over the Tarn will close for six weeks from Monday, the "
         "county council said."),
        "Repairs will cost 2 million pounds & the detour adds 9 miles, council officials said.",
    ]
    assert second.outlet == "New York Times" and second.byline == "By Ann Telfer"
    assert second.date == "2001-03-04"  # no <DATE_TIME>: the date in the document number
    assert isinstance(empty, Rejection) and empty.reason == Reason.EMPTY
    assert empty.source.endswith("#NYT20010304.0223") and "<TEXT>" in empty.detail


def test_archive_files_are_recognised_whatever_their_name(tmp_path: Path) -> None:
    """DUC and TAC hand out one file per record, named by its document number; gzip files are read too."""
    bare = tmp_path / "APW20010304.0101"
    bare.write_text(_DAY.split("</DOC>")[0] + "</DOC>\n", encoding="utf-8")
    packed = tmp_path / "day.sgml.gz"
    packed.write_bytes(gzip.compress(_DAY.encode("utf-8")))
    docs = _read(bare, packed)
    assert [d.kind for d in docs if isinstance(d, RawDoc)] == ["record"] * 3
    assert sum(isinstance(d, Rejection) for d in docs) == 1


def test_gigaword_and_tipster_numbers_give_the_date() -> None:
    gigaword = '<DOC id="XIN_ENG_20050101.0007" type="story" >\n<HEADLINE>Flood</HEADLINE>\n<TEXT>\n<P>Rain fell.</P>\n</TEXT>\n</DOC>\n'
    tipster = "<DOC>\n<DOCNO> AP880212-0001 </DOCNO>\n<HEAD>Camp</HEAD>\n<TEXT>\nThey were freed.\n</TEXT>\n</DOC>\n"
    assert is_news_sgml(gigaword) and is_news_sgml(tipster)
    [g] = read_news_sgml("giga", gigaword)
    [t] = read_news_sgml("tip", tipster)
    assert isinstance(g, RawDoc) and isinstance(t, RawDoc)
    assert (g.id, g.date, g.outlet, g.title) == ("XIN_ENG_20050101.0007", "2005-01-01", "Xinhua", "Flood")
    assert (t.date, t.outlet, t.title) == ("1988-02-12", "Associated Press", "Camp")


def test_a_page_or_text_that_mentions_doc_is_not_an_archive() -> None:
    assert not is_news_sgml("<html><body><p>See the <DOC> tag.</p></body></html>")
    assert not is_news_sgml("The <DOC> element opens a record.")
    assert not is_news_sgml("<DOCUMENT>text</DOCUMENT>")


def test_an_archive_becomes_a_story_through_the_api(tmp_path: Path) -> None:
    path = tmp_path / "day.sgml"
    path.write_text(_DAY, encoding="utf-8")
    result = api.compare([str(path)])
    outlets = {a.outlet for a in result.articles}
    assert outlets == {"Associated Press", "New York Times"}
    assert [r.source.rsplit("#", 1)[1] for r in result.rejected] == ["NYT20010304.0223"]


def test_a_text_opening_with_the_word_doc_and_malformed_archives(tmp_path: Path) -> None:
    """A note that opens with "<DOC>" is no archive; lower-case tags are read; unclosed tags cost no quadratic scan
    (review R21a: 280 KB took 50 s)."""
    import time

    note = tmp_path / "note.txt"
    note.write_text("<DOC> is the tag our parser expects. This note explains how to write one.", encoding="utf-8")
    [doc] = _read(note)
    assert isinstance(doc, RawDoc) and doc.kind == "text"
    [low] = read_news_sgml("low", "<doc>\n<docno> XIE19990101.0001 </docno>\n<text>\n<p>Rain fell.</p>\n</text>\n</doc>")
    assert isinstance(low, RawDoc) and low.content == "Rain fell." and low.date == "1999-01-01"
    start = time.perf_counter()
    [bad] = read_news_sgml("bad", "<DOC>\n<DOCNO> X1 </DOCNO>" + "<HEADLINE>abc " * 20_000 + "<TEXT>hello</TEXT></DOC>")
    list(read_news_sgml("p", "<DOC>\n<TEXT>" + "<P x " * 20_000))
    assert time.perf_counter() - start < 5  # was minutes
    assert isinstance(bad, RawDoc) and bad.content == "hello"
