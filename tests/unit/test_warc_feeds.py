"""A news feed fetched by a crawler (an RSS response inside a WARC) gives one article per item, as a .rss file does."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.config import IngestConfig
from newsdesk.ingest import read_path
from newsdesk.model import RawDoc

ITEM = ("A fire at a warehouse in {town} forced the evacuation of 1,200 residents on Tuesday, officials said. "
        "Firefighters worked through the night to contain the blaze, the fire service said on Wednesday.")
RSS = f"""<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Dunmore Local</title><link>https://dunmore.example/</link>
<item><title>Warehouse fire in Dunmore</title><link>https://dunmore.example/fire</link>
<content:encoded><![CDATA[<p>{ITEM.format(town="Dunmore")}</p>]]></content:encoded></item>
<item><title>Warehouse fire in Lanmore</title><link>https://dunmore.example/fire2</link>
<content:encoded><![CDATA[<p>{ITEM.format(town="Lanmore")}</p>]]></content:encoded></item>
</channel></rss>"""


def test_a_crawled_feed_gives_its_items(tmp_path: Path) -> None:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "application/rss+xml; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://dunmore.example/feed/", "response",
                                                  payload=io.BytesIO(RSS.encode()), http_headers=headers))
    path = tmp_path / "crawl.warc"
    path.write_bytes(out.getvalue())
    docs = [d for d in read_path(path, IngestConfig()) if isinstance(d, RawDoc)]
    assert [d.title for d in docs] == ["Warehouse fire in Dunmore", "Warehouse fire in Lanmore"]
