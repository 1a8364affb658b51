"""Cleaning, stop 21 (review U21): a site name given as a web address is cited as its host."""

from __future__ import annotations

from newsdesk.clean import clean_raw
from newsdesk.model import Article, RawDoc

_BODY = ("<p>The council voted on Monday to close the old bridge over the river for six weeks of repairs, the mayor "
         "said after the meeting.</p><p>Drivers will take a detour of nine miles through the town centre while the "
         "work goes on, officials said.</p>")


def test_a_site_name_written_as_a_web_address_is_cited_as_its_host() -> None:
    page = (f'<html><head><meta property="og:site_name" content="http://www.lanmore-gazette.com">'
            f"<title>Bridge to close</title></head><body><article>{_BODY}</article></body></html>")
    article = clean_raw(RawDoc(source="p.html", content=page, kind="html"))
    assert isinstance(article, Article)
    assert article.outlet == "lanmore-gazette.com"
    given = clean_raw(RawDoc(source="r", content="The council voted to close the old bridge for six weeks of "
                             "repairs, the mayor said on Monday after the meeting.", outlet="www.lanmore-gazette.com/"))
    assert isinstance(given, Article) and given.outlet == "lanmore-gazette.com"
    named = clean_raw(RawDoc(source="r", content=given.text, outlet="Lanmore Gazette"))
    assert isinstance(named, Article) and named.outlet == "Lanmore Gazette"
