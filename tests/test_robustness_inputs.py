"""Inputs shaped the way users and other tools actually write them: JSON exports, ISO time stamps,
NewsAPI records, WARC capture dates, and evaluation files that differ slightly from the dev sets."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsdesk.clean import clean_raw
from newsdesk.clean.dates import parse_date
from newsdesk.config import IngestConfig
from newsdesk.errors import InputError, Reason
from newsdesk.ingest import read_inputs
from newsdesk.model import Article, RawDoc, Rejection

BODY = (
    "The harbour council voted on Tuesday to close the old ferry pier for repairs until the spring. "
    "Engineers told the council that the timber piles had rotted below the waterline and could not "
    "carry the weight of the new ferries. The ferry company said passengers would board at the "
    "fish market quay while the work goes on, and that the timetable would not change."
)
OTHER = (
    "Residents of the valley were told on Wednesday to boil their drinking water after a storm "
    "flooded the pumping station. The water board said tests would take three days and that bottled "
    "water would be handed out at the school hall from Thursday morning."
)


def _read(*paths: object) -> list[RawDoc | Rejection]:
    return list(read_inputs([str(p) for p in paths], IngestConfig()))


def _clean(raw: RawDoc) -> Article:
    got = clean_raw(raw)
    assert isinstance(got, Article), got
    return got


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "text, day",
    [
        ("2019-11-19T10:43:37Z", "2019-11-19"),
        ("2016-12-22T10:43:37-08:00", "2016-12-22"),
        ("2019/11/19", "2019-11-19"),
        ("2019.11.19", "2019-11-19"),
        ("1999-04-21 08:00:00", "1999-04-21"),
        ("2019-11-190", None),
    ],
)
def test_parse_date_reads_iso_time_stamps_and_year_first_dates(text: str, day: str | None) -> None:
    assert parse_date(text) == day


def test_jsonl_iso_epoch_and_newsapi_fields(tmp_path: Path) -> None:
    rows = [
        {"id": 1, "title": "Pier closes", "text": BODY, "date": "2019-11-19T10:43:37Z"},
        {"id": 2, "title": "Pier closes", "text": BODY, "published_at": 1574160000},
        {"id": 5, "title": "Pier closes", "text": BODY, "date": 20191119},
        # NewsAPI: source object, author, publishedAt, content.
        {
            "source": {"id": None, "name": "Harbour Gazette"},
            "author": "By Jane Doe",
            "title": "Pier",
            "publishedAt": "2019-11-19T10:00:00Z",
            "content": OTHER,
        },
        {"title": "Pier", "articleBody": BODY, "authors": ["Jane Doe", {"name": "John Roe"}]},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    raws = _read(path)
    assert all(isinstance(r, RawDoc) for r in raws), raws
    arts = [_clean(r) for r in raws]  # type: ignore[arg-type]
    assert [(a.date, a.date_confidence) for a in arts[:4]] == [("2019-11-19", 1.0)] * 4
    assert arts[3].outlet == "Harbour Gazette" and arts[3].byline == "Jane Doe"
    assert arts[4].byline == "Jane Doe; John Roe" and arts[4].text.startswith("The harbour council")


def test_a_source_string_is_not_an_outlet_but_a_domain_is(tmp_path: Path) -> None:
    """Data sets put their provenance in "source" ("DUC 2006 docset ..."): every article would be one outlet."""
    path = tmp_path / "a.jsonl"
    rows = [
        {"text": BODY, "meta": {"source": "Corpus 2006 set 4"}},
        {"text": BODY, "source": "Corpus 2006 set 4"},
        {"text": BODY, "domain": "www.gazette.test"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert [r.outlet for r in _read(path) if isinstance(r, RawDoc)] == [None, None, "gazette.test"]


# --------------------------------------------------------------------------- JSON documents


def test_json_array_object_and_api_envelope_files(tmp_path: Path) -> None:
    (tmp_path / "array.json").write_text(json.dumps([{"text": BODY}, {"text": OTHER, "title": "Boil water"}]))
    (tmp_path / "one.json").write_text(json.dumps({"text": BODY, "title": "Pier"}, indent=2))
    (tmp_path / "api.json").write_text(json.dumps({"status": "ok", "articles": [{"content": OTHER}]}))
    (tmp_path / "bad.json").write_text('{"text": "unfinished", ')
    (tmp_path / "empty.json").write_text("[]")
    out = {Path(d.source).name: d for d in _read(tmp_path)}
    assert set(out) == {"array.json#1", "array.json#2", "one.json", "api.json#1", "bad.json", "empty.json"}
    assert isinstance(out["array.json#2"], RawDoc) and out["array.json#2"].title == "Boil water"
    assert isinstance(out["one.json"], RawDoc) and out["one.json"].content == BODY
    bad, empty = out["bad.json"], out["empty.json"]
    assert isinstance(bad, Rejection) and bad.reason == Reason.BAD_RECORD and "line 1" in bad.detail
    assert isinstance(empty, Rejection) and empty.reason == Reason.EMPTY


def test_pretty_printed_json_named_jsonl_and_json_without_suffix(tmp_path: Path) -> None:
    (tmp_path / "pretty.jsonl").write_text("\n" + json.dumps([{"text": BODY}, {"text": OTHER}], indent=2))
    (tmp_path / "export").write_text(json.dumps({"items": [{"text": BODY}]}))
    names = sorted(Path(d.source).name for d in _read(tmp_path) if isinstance(d, RawDoc))
    assert names == ["export#1", "pretty.jsonl#1", "pretty.jsonl#2"]


def test_jsonl_line_numbers_survive_leading_blank_lines_and_a_broken_first_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n\n{broken\n" + json.dumps({"text": BODY}) + "\n", encoding="utf-8")
    got = {d.source.split(":")[-1].split()[0]: type(d).__name__ for d in _read(path)}
    assert got == {"3": "Rejection", "4": "RawDoc"}


def test_jsonl_story_record_with_documents_becomes_one_article_each(tmp_path: Path) -> None:
    path = tmp_path / "clusters.jsonl"
    path.write_text(json.dumps({"id": 7, "documents": [BODY, "", OTHER], "summaries": ["s"]}) + "\n")
    out = _read(path)
    docs = [d for d in out if isinstance(d, RawDoc)]
    assert [d.group for d in docs] == ["7", "7"] and docs[1].content == OTHER
    assert [r.reason for r in out if isinstance(r, Rejection)] == [Reason.EMPTY]


# --------------------------------------------------------------------------- WARC capture dates


def _warc(path: Path, pages: list[str]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=False)
        for i, page in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            w.write_record(
                w.create_warc_record(
                    f"http://gazette.test/{i}",
                    "response",
                    payload=io.BytesIO(page.encode()),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": "2026-03-04T10:00:00Z"},
                )
            )


def test_warc_date_is_a_capture_date_not_a_publication_date(tmp_path: Path) -> None:
    dated = (
        '<html><head><meta property="article:published_time" content="2019-11-19T08:00:00Z">'
        f"<title>Pier closes</title></head><body><article><p>{BODY}</p><p>{OTHER}</p></article></body></html>"
    )
    undated = f"<html><head><title>Boil water</title></head><body><article><p>{OTHER}</p><p>{BODY}</p></article></body></html>"
    path = tmp_path / "crawl.warc"
    _warc(path, [dated, undated])
    raws = [r for r in _read(path) if isinstance(r, RawDoc)]
    assert [r.date for r in raws] == [None, None] and raws[0].capture_date == "2026-03-04T10:00:00Z"
    first, second = (_clean(r) for r in raws)
    assert first.date == "2019-11-19" and first.date_confidence >= 0.5  # the page's own date wins
    assert second.date == "2026-03-04" and second.date_confidence < 0.5 and second.published is None


# --------------------------------------------------------------------------- evaluation readers


def test_read_clusters_tolerates_shapes(tmp_path: Path) -> None:
    from newsdesk.evaluation.summarize_eval import read_clusters

    rows = [
        {"id": 1, "documents": [{"text": BODY}, {"text": OTHER}], "summaries": "The pier closes."},
        {"id": "b", "documents": f"{BODY} ||||| {OTHER}", "summary": ["One.", "Two."]},
    ]
    path = tmp_path / "clusters.jsonl.gz"
    path.write_bytes(
        gzip.compress(("\ufeff" + "\r\n\r\n".join(json.dumps(r) for r in rows) + "\r\n").encode())
    )
    a, b = read_clusters(path, clean=False)
    assert (a.id, len(a.documents), a.summaries) == ("1", 2, ("The pier closes.",))
    assert (b.id, b.documents, b.summaries) == ("b", (BODY, OTHER), ("One.", "Two."))
    as_array = tmp_path / "clusters.json"
    as_array.write_text(json.dumps(rows))
    assert [c.id for c in read_clusters(as_array, clean=False)] == ["1", "b"]


def test_read_clusters_errors_name_file_and_line(tmp_path: Path) -> None:
    from newsdesk.evaluation.summarize_eval import read_clusters

    path = tmp_path / "c.jsonl"
    path.write_text(
        json.dumps({"id": 1, "documents": [BODY], "summaries": ["s"]})
        + "\n\n"
        + '{"id": 2, "documents": 5, "summaries": []}\n'
    )
    with pytest.raises(InputError, match=r"c\.jsonl:3: field 'documents' must be a list of texts, got int"):
        read_clusters(path, clean=False)
    path.write_text('{"id": 1}\n')
    with pytest.raises(InputError, match=r"c\.jsonl:1: missing field 'documents'"):
        read_clusters(path, clean=False)
    path.write_text("[1, 2\n")
    with pytest.raises(InputError, match=r"c\.jsonl:1: not valid JSON"):
        read_clusters(path, clean=False)


def test_load_gold_tolerates_shapes(tmp_path: Path) -> None:
    from newsdesk.evaluation.cluster_eval import load_gold

    rows = [
        {"id": 11, "text": BODY, "cluster": 3, "date": "2019/11/19"},
        {"id": 12, "text": {"text": OTHER}, "label": "3", "meta": {"date": "1999-07-07 08:30"}},
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("\ufeff" + "\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    gold = load_gold(path)
    assert [(g.article.id, g.label, g.article.date) for g in gold] == [
        ("11", "3", "2019-11-19"),
        ("12", "3", "1999-07-07"),
    ]
    path.write_text(json.dumps({"id": 1, "text": BODY}) + "\n")
    with pytest.raises(InputError, match=r"articles\.jsonl:1: missing field 'cluster'"):
        load_gold(path)


def test_read_pages_tolerates_blank_lines_bom_gzip_and_limit(tmp_path: Path) -> None:
    from newsdesk.evaluation.clean_eval import read_pages

    rows = [
        {"id": 1, "html": f"<p>{BODY}</p>", "text": BODY},
        {"id": 2, "html": "<p>x</p>", "text": {"text": "x"}},
    ]
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress(("\ufeff\n" + "\n\n".join(json.dumps(r) for r in rows) + "\n\n").encode()))
    pages = list(read_pages(path))
    assert [(p.id, p.text) for p in pages] == [("1", BODY), ("2", "x")]
    assert [p.id for p in read_pages(path, limit=1)] == ["1"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": 1, "text": "t"}) + "\n")
    with pytest.raises(InputError, match=r"bad\.jsonl:1: missing field 'html'"):
        list(read_pages(bad))


# --------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    "given, name",
    [
        ("Tom Krisher; AP Auto Writer", "Tom Krisher"),
        ("Ben Silverman Games Editor", "Ben Silverman"),
        ("Jane Doe, Staff Writer", "Jane Doe"),
        ("JILL LAWLESS Associated Press", "Jill Lawless"),  # a name in capitals as names are written
        ("Brenda Goodman; MA", "Brenda Goodman"),
        ("Last Updated January 7", None),
        ("作者", None),
        ("John Writer", "John Writer"),  # a surname, not a job title
        ("Theresa May", "Theresa May"),
    ],
)
def test_byline_loses_job_titles_wire_names_degrees_and_labels(given: str, name: str | None) -> None:
    from newsdesk.clean.bylines import clean_byline

    assert clean_byline(given) == name


def test_given_byline_is_kept_even_when_the_title_starts_with_it() -> None:
    raw = RawDoc(
        source="x", content=BODY, kind="record", title="Jane Doe wins the harbour prize", byline="Jane Doe"
    )
    assert _clean(raw).byline == "Jane Doe"


# --------------------------------------------------------------------------- feeds and spreadsheets

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Gazette</title>
<item><title>Pier closes</title><link>https://gazette.test/pier</link>
<pubDate>Tue, 19 Nov 2019 10:00:00 GMT</pubDate><dc:creator>Jane Doe</dc:creator>
<description>Short teaser.</description><content:encoded><![CDATA[<p>{BODY}</p>]]></content:encoded></item>
<item><title>Nothing here</title></item>
<item><title>Boil water</title><description>{OTHER}</description></item>
</channel></rss>"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Times</title>
<entry><title>Boil water</title><link href="https://valley.test/a"/><published>2019-11-20T08:00:00Z</published>
<author><name>John Roe</name></author><content type="html">&lt;p&gt;{OTHER}&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom_items_become_articles(tmp_path: Path) -> None:
    (tmp_path / "news.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "feed.xml").write_text(ATOM, encoding="utf-8")
    (tmp_path / "feed_no_suffix").write_text(ATOM, encoding="utf-8")
    out = {Path(d.source).name: d for d in _read(tmp_path)}
    assert set(out) == {"news.rss#1", "news.rss#2", "news.rss#3", "feed.xml#1", "feed_no_suffix#1"}
    pier = out["news.rss#1"]
    assert isinstance(pier, RawDoc) and pier.kind == "html" and "timber piles" in pier.content
    assert (pier.title, pier.url, pier.outlet, pier.byline) == (
        "Pier closes",
        "https://gazette.test/pier",
        "Harbour Gazette",
        "Jane Doe",
    )
    assert isinstance(out["news.rss#2"], Rejection) and out["news.rss#2"].reason == Reason.EMPTY
    art = _clean(out["feed.xml#1"])  # type: ignore[arg-type]
    assert (art.outlet, art.byline, art.date, art.url) == (
        "Valley Times",
        "John Roe",
        "2019-11-20",
        "https://valley.test/a",
    )
    assert "<p>" not in art.text and art.text.startswith("Residents of the valley")


def test_feed_entities_are_not_resolved(tmp_path: Path) -> None:
    evil = (
        '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>t</title>'
        f"<description>&x; {OTHER}</description></item></channel></rss>"
    )
    (tmp_path / "evil.rss").write_text(evil, encoding="utf-8")
    (doc,) = _read(tmp_path / "evil.rss")
    assert (
        isinstance(doc, RawDoc) and "root:" not in doc.content and "boil their drinking water" in doc.content
    )


def test_a_page_holding_an_rdf_block_is_no_feed(tmp_path: Path) -> None:
    # A blog page saved without a suffix, with trackback RDF in its head, was read as a feed and rejected
    # ("a feed with no <item> or <entry>"); a feed is told by its root element.
    rdf = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="x"/></rdf:RDF>'
    (tmp_path / "post").write_text(
        f"<html><head><title>Pier</title><!--\n{rdf}\n--></head><body><p>{BODY}</p></body></html>", encoding="utf-8"
    )
    (tmp_path / "rdf_feed").write_text(
        f'<?xml version="1.0"?>\n<!-- a comment -->\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        f' xmlns="http://purl.org/rss/1.0/"><item><title>Boil water</title><description>{OTHER}</description></item>'
        "</rdf:RDF>",
        encoding="utf-8",
    )
    out = {Path(d.source).name: d for d in _read(tmp_path)}
    assert set(out) == {"post", "rdf_feed#1"}
    assert isinstance(out["post"], RawDoc) and out["post"].kind == "html" and "timber piles" in _clean(out["post"]).text
    assert isinstance(out["rdf_feed#1"], RawDoc) and out["rdf_feed#1"].title == "Boil water"


def test_other_xml_is_read_without_its_markup(tmp_path: Path) -> None:
    (tmp_path / "doc.xml").write_text(
        f"<?xml version='1.0'?><doc><para>{BODY}</para></doc>", encoding="utf-8"
    )
    (doc,) = _read(tmp_path / "doc.xml")
    assert isinstance(doc, RawDoc) and doc.kind == "html"
    assert "<para>" not in _clean(doc).text


def test_csv_rows_become_articles_named_by_line(tmp_path: Path) -> None:
    quoted = BODY.replace("council", 'council "quoted"').replace('"', '""')
    (tmp_path / "a.csv").write_text(
        f'title,text,date,author\nPier,"{quoted}\nsecond line",2019-11-19,Jane Doe\n,,,\nNo text,,,\nWater,"{OTHER}",,\n',
        encoding="utf-8",
    )
    (tmp_path / "b.tsv").write_text(f"headline\tbody\nWater\t{OTHER}\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text("name,value\na,1\n", encoding="utf-8")
    out = {Path(d.source).name: d for d in _read(tmp_path)}
    assert set(out) == {"a.csv:2", "a.csv:5", "a.csv:6", "b.tsv:2", "c.csv"}
    first = out["a.csv:2"]
    assert isinstance(first, RawDoc) and (first.title, first.date, first.byline) == (
        "Pier",
        "2019-11-19",
        "Jane Doe",
    )
    assert 'council "quoted"' in first.content
    assert isinstance(out["a.csv:5"], Rejection) and out["a.csv:5"].reason == Reason.BAD_RECORD
    assert isinstance(out["b.tsv:2"], RawDoc) and out["b.tsv:2"].title == "Water"
    assert isinstance(out["c.csv"], Rejection) and "columns: name, value" in out["c.csv"].detail


def test_csv_header_names_are_read_whatever_their_case(tmp_path: Path) -> None:
    # A spreadsheet's headings ("Title", "Text", "Published At" as "PublishedAt") name the record fields; it
    # was rejected for having no 'text' column while listing 'Text' among its columns.
    (tmp_path / "sheet.csv").write_text(
        f'Title,Text,PublishedAt,Author\nPier,"{BODY}",2019-11-19,Jane Doe\n', encoding="utf-8"
    )
    # A column of the exact name wins over one that differs only in case.
    (tmp_path / "both.csv").write_text(f'TEXT,text\nnot this,"{OTHER}"\n', encoding="utf-8")
    (tmp_path / "none.csv").write_text("Name,Value\na,1\n", encoding="utf-8")
    out = {Path(d.source).name: d for d in _read(tmp_path)}
    doc = out["sheet.csv:2"]
    assert isinstance(doc, RawDoc) and (doc.title, doc.date, doc.byline) == ("Pier", "2019-11-19", "Jane Doe")
    assert isinstance(out["both.csv:2"], RawDoc) and out["both.csv:2"].content == OTHER
    assert isinstance(out["none.csv"], Rejection) and "columns: Name, Value" in out["none.csv"].detail


def test_a_semicolon_csv_is_read(tmp_path: Path) -> None:
    # Spreadsheets saved where the comma is the decimal mark separate fields with semicolons.
    (tmp_path / "eu.csv").write_text(f'title;text;date\nPier;"{BODY}";2019-11-19\n', encoding="utf-8")
    (tmp_path / "plain.csv").write_text(f'title,text\nWater;again,"{OTHER}"\n', encoding="utf-8")
    out = {Path(d.source).name: d for d in _read(tmp_path)}
    doc = out["eu.csv:2"]
    assert isinstance(doc, RawDoc) and (doc.title, doc.date) == ("Pier", "2019-11-19") and doc.content == BODY
    assert isinstance(out["plain.csv:2"], RawDoc) and out["plain.csv:2"].title == "Water;again"


# --------------------------------------------------------------------------- HTML pages


def _page(body: str, head: str = "<title>Bridge to close for repairs</title>") -> RawDoc:
    return RawDoc(source="page.html", content=f"<html><head>{head}</head><body>{body}</body></html>", kind="html")


def test_html_calls_to_action_and_furniture_labels_leave_the_text() -> None:
    art = _clean(
        _page(
            f"<article><h1>Bridge to close for repairs</h1><p>By Jane Doe</p><p>{BODY}</p><p>Advertisement</p>"
            f"<p>{OTHER}</p><p>Share this article: Facebook Twitter Email</p>"
            "<p>Subscribe to continue reading. Already a subscriber? Sign in.</p>"
            "<p>https://gazette.test/assets/logo.png</p><p>Loading Comments...</p></article>"
        )
    )
    assert art.text == f"{BODY}\n\n{OTHER}", art.text
    assert art.byline == "Jane Doe"
    assert "Advertisement" in art.removed and "Share this article: Facebook Twitter Email" in art.removed


def test_a_page_of_headline_links_is_no_article() -> None:
    links = "".join(
        f"<li><a href='/n/{i}'>Council budget story number {i} about schools and roads</a></li>" for i in range(30)
    )
    got = clean_raw(_page(f"<h1>Latest news</h1><ul>{links}</ul>", "<title>Gazette - Home</title>"))
    assert isinstance(got, Rejection) and got.reason == Reason.NO_TEXT


def test_a_list_that_is_not_links_is_kept() -> None:
    items = "".join(f"<li>Added granite block number {i} with smooth versions</li>" for i in range(20))
    got = clean_raw(_page(f"<h1>Release notes</h1><ul>{items}</ul>", "<title>Release notes</title>"))
    assert isinstance(got, Article) and "granite block number 19" in got.text


def test_a_bare_year_is_not_read_as_the_first_of_january() -> None:
    """The date extractor turns a lone year (a copyright line) into 1 January; the page never says so."""
    footer = "<footer>© 2024 Harbour Gazette</footer>"
    art = _clean(_page(f"<article><p>{BODY}</p><p>{OTHER}</p></article>{footer}"))
    assert art.date is None
    stated = '<meta property="article:published_time" content="2024-01-01T09:00:00Z"><title>New year</title>'
    art = _clean(_page(f"<article><p>{BODY}</p><p>{OTHER}</p></article>{footer}", stated))
    assert art.date == "2024-01-01"


# --------------------------------------------------------------------------- Markdown

MARKDOWN = f"""# Pier closes for repairs

*By Jane Doe, 19 November 2019*

The **harbour council** voted on Tuesday, according to [the council's statement](https://g.test/s?a=(1)).

> "We had no choice," said council leader Tom Reed.

- {OTHER}

![A photo of the pier](pier.jpg)

```
code that is no article
```

{BODY}
"""


def test_markdown_files_lose_their_markup(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(MARKDOWN, encoding="utf-8")
    (raw,) = _read(tmp_path / "story.md")
    assert isinstance(raw, RawDoc)
    art = _clean(raw)
    assert (art.title, art.byline, art.date) == ("Pier closes for repairs", "Jane Doe", "2019-11-19")
    assert "The harbour council voted on Tuesday, according to the council's statement." in art.text
    assert not any(mark in art.text for mark in ("**", "](", "![", "> ", "```", "# ", "- Residents"))
    assert art.text.rstrip().endswith("the timetable would not change.")


@pytest.mark.parametrize("head", ["# Flood warning", "Flood warning\n=============", "## Flood **warning** ##"])
def test_a_markdown_heading_of_two_words_is_the_title(tmp_path: Path, head: str) -> None:
    (tmp_path / "short.md").write_text(f"{head}\n\n{BODY}\n", encoding="utf-8")
    (raw,) = _read(tmp_path / "short.md")
    assert isinstance(raw, RawDoc)
    art = _clean(raw)
    assert art.title == "Flood warning" and not art.text.startswith("Flood warning")


def test_markdown_opening_with_text_has_no_heading_title(tmp_path: Path) -> None:
    (tmp_path / "plain.md").write_text(f"{BODY}\n\n# Related\n", encoding="utf-8")
    (raw,) = _read(tmp_path / "plain.md")
    assert isinstance(raw, RawDoc) and raw.title is None


# --------------------------------------------------------------------------- output for people


def test_newswire_quotes_are_typeset_for_people_and_kept_in_json() -> None:
    import newsdesk
    from newsdesk.render import render_brief

    a = (
        "The harbour council voted on Tuesday to close the old ferry pier for repairs until the spring. "
        "``We had no choice,'' said council leader Tom Reed, adding that engineers had found rotten piles."
    )
    b = (
        "Council leader Tom Reed said ``we had no choice'' after the harbour council voted on Tuesday to close "
        "the old ferry pier for repairs until the spring, when new piles will be driven."
    )
    brief = newsdesk.brief([a, b], words=80)
    markdown = render_brief(brief, "markdown")
    assert "``" not in markdown and "''" not in markdown and "“" in markdown
    assert "``" in render_brief(brief, "json")  # the text as published


def test_a_web_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    page = f"<!DOCTYPE html>\n<html><head><title>Pier closes</title><style>p {{color: red}}</style></head><body><p>{BODY}</p></body></html>"
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    (tmp_path / "note.txt").write_text(f"<b>Note</b> {BODY}", encoding="utf-8")  # text that holds a tag stays text
    out = {Path(d.source).name: d for d in _read(tmp_path)}
    assert isinstance(out["page.txt"], RawDoc) and out["page.txt"].kind == "html"
    assert isinstance(out["note.txt"], RawDoc) and out["note.txt"].kind == "text"
    art = _clean(out["page.txt"])
    assert art.title == "Pier closes" and "color" not in art.text


def test_json_lines_in_a_file_named_json(tmp_path: Path) -> None:
    (tmp_path / "feed.json").write_text(json.dumps({"text": BODY}) + "\n" + json.dumps({"text": OTHER}) + "\n")
    names = [d.source for d in _read(tmp_path / "feed.json")]
    assert names == [f"{tmp_path / 'feed.json'}:1", f"{tmp_path / 'feed.json'}:2"]


def test_a_photo_caption_is_no_byline_and_a_byline_line_gives_its_date() -> None:
    caption = (
        "Sen. Wendy Davis, D-Fort Worth, speaks to supporters at a rally Thursday, Oct. 3, 2013, in Haltom City, "
        "Texas, where she announced her campaign."
    )
    art = _clean(RawDoc(source="a.txt", content=f"{caption}\n\n{BODY}\n\n{OTHER}"))
    assert art.byline is None
    art = _clean(RawDoc(source="b.txt", content=f"Pier closes for repairs\n\nBy Jane Doe, 19 November 2019\n\n{BODY}\n\n{OTHER}"))
    assert (art.byline, art.date, art.date_confidence) == ("Jane Doe", "2019-11-19", 1.0)


def test_latin1_feed_declaring_its_encoding_is_decoded_once(tmp_path: Path) -> None:
    feed = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Gazette</title><item><title>Café'
        "</title><description>The café in Zürich reopened on Monday after the flood, the owner said.</description>"
        "</item></channel></rss>"
    )
    (tmp_path / "latin.rss").write_bytes(feed.encode("latin-1"))
    (doc,) = _read(tmp_path / "latin.rss")
    assert isinstance(doc, RawDoc) and doc.title == "Café" and "Zürich" in doc.content


@pytest.mark.parametrize(
    "head",
    ["", '<meta charset="windows-1251">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'],
)
def test_visible_text_of_decoded_markup_is_not_decoded_again(head: str) -> None:
    """Markup reaches the cleaner as text; the parser must not re-read it as Latin-1 or as the declared charset."""
    from newsdesk.clean.html import link_texts, visible_text

    page = f"<html><head>{head}</head><body><p>It’s a café in Zürich — “Городской совет”</p><a href='/x'>Café</a></body></html>"
    assert visible_text(page).splitlines() == ["It’s a café in Zürich — “Городской совет”", "Café"]
    assert link_texts(page) == {"café"}


def test_zip_archive_members_are_read_by_their_suffix(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "articles.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("a/pier.txt", BODY)
        z.writestr("a/water.html", f"<html><body><p>{OTHER}</p></body></html>")
        z.writestr("feed.jsonl", json.dumps({"text": BODY, "id": "j1"}) + "\n")
        z.writestr("big.txt", "word " * 3000)
        z.writestr("inner.zip", b"PK")
        z.writestr("__MACOSX/._pier.txt", b"\x00\x05")
        z.writestr("a/", b"")
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 not really")
    out = {d.source.replace(str(tmp_path) + "/", ""): d for d in read_inputs([str(tmp_path)], IngestConfig(max_bytes=10_000))}
    assert {k: type(v).__name__ for k, v in out.items()} == {
        "articles.zip!a/pier.txt": "RawDoc",
        "articles.zip!a/water.html": "RawDoc",
        "articles.zip!feed.jsonl:1 (j1)": "RawDoc",
        "articles.zip!big.txt": "Rejection",
        "articles.zip!inner.zip": "Rejection",
        "broken.zip": "Rejection",
    }
    assert out["articles.zip!a/water.html"].kind == "html"  # type: ignore[union-attr]
    assert out["articles.zip!big.txt"].reason == Reason.TOO_LARGE  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "line, name",
    [("Por María López", "María López"), ("Von Jürgen Müller", "Jürgen Müller"), ("Par Sébastien Farcis", "Sébastien Farcis")],
)
def test_bylines_with_accented_names(line: str, name: str) -> None:
    from newsdesk.clean.bylines import byline_name

    assert byline_name(line) == name


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("© 2024 Diario del Puerto", "Diario del Puerto"),
        ("Copyright 2019 Corriere della Sera. All rights reserved", "Corriere della Sera"),
        ("Copyright 2019 Harbour Gazette. All rights reserved.", "Harbour Gazette"),
        ("Copyright Notice", None),
    ],
)
def test_outlet_from_copyright_lines(line: str, outlet: str | None) -> None:
    from newsdesk.clean.outlets import find_outlet

    assert find_outlet([line]) == outlet


@pytest.mark.parametrize("markup", [b">", b"---\n", b"# \n\n> \n"])
def test_a_markdown_file_of_markup_alone_is_rejected_by_name(markup: bytes) -> None:
    from newsdesk.ingest import read_bytes

    got = read_bytes("notes.md", markup, ".md")
    assert isinstance(got, Rejection) and got.source == "notes.md" and got.reason == Reason.EMPTY
