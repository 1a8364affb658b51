"""Ingest, stop 23 (review X23): code pages as browsers read them, and archives or gzipped pages under any name."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.config import IngestConfig
from newsdesk.ingest import read_path
from newsdesk.ingest.decode import decode_bytes
from newsdesk.model import RawDoc

_EN = "Mayor Jo Dunn said it’s “the council’s job” — and the closure would last weeks."
_PL = ("Rada miasta zagłosowała w poniedziałek za budową nowego mostu, a inżynierowie rozpoczną prace wiosną. "
       "Mieszkańcy są zadowoleni, że przeprawa będzie gotowa za dwa lata.")
_PAGE = ("<html><head><meta charset='{cs}'><title>Bridge</title></head><body><article><p>{text}</p></article>"
         "</body></html>")


def test_a_latin1_label_on_windows_1252_bytes_keeps_quotes_and_dashes() -> None:
    text, _, encoding = decode_bytes(_EN.encode("cp1252"), "iso-8859-1")
    assert text == _EN and encoding == "cp1252"


def test_central_european_single_byte_text_is_not_read_as_western() -> None:
    for code_page in ("cp1250", "iso8859_2"):
        text, _, _ = decode_bytes(_PL.encode(code_page))
        assert text == _PL, code_page
    french = "Le conseil a voté lundi la fermeture du pont; les travaux commenceront à la fin de l’été, a dit le maire."
    assert decode_bytes(french.encode("cp1252"))[0] == french
    # No "ż" to give it away: "ą" and "ł" read in cp1252 are "¹" and "³" (review R23a)
    vote = "Zagłosowała za ustawą, powiedziała minister w poniedziałek po posiedzeniu rządu."
    assert decode_bytes(vote.encode("cp1250"))[0] == vote


def test_trademark_signs_after_words_stay_western() -> None:
    """Review R23a: other code pages read cp1252's ® and ™ as letters ("NintendoÆ Switchô", "AppleŽ")."""
    for text in ("The Lanmore® Switch™ sold well, “it’s a hit,” the company said on Monday in a statement.",
                 "Shares of Harbour® rose 2% on Monday after the results were published."):
        assert decode_bytes(text.encode("cp1252"))[0] == text


def _warc(pages: list[str], charset_header: bool = True) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for n, html in enumerate(pages):
        ctype = "text/html; charset=utf-8" if charset_header else "text/html"
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
        body = html.encode("utf-8" if charset_header else "cp1250")
        writer.write_record(writer.create_warc_record(f"http://x.test/{n}", "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return out.getvalue()


def _pages(path: Path) -> list[RawDoc]:
    return [d for d in read_path(path, IngestConfig()) if isinstance(d, RawDoc)]


def test_a_warc_gzipped_as_one_stream_or_saved_without_a_suffix_is_read(tmp_path: Path) -> None:
    data = _warc([_PAGE.format(cs="utf-8", text=f"Story {n}. {_EN}") for n in range(3)])
    whole = tmp_path / "crawl.warc.gz"
    whole.write_bytes(gzip.compress(data))  # "gzip crawl.warc": one stream, not a member per record
    bare = tmp_path / "crawl"
    bare.write_bytes(data)
    for path in (whole, bare):
        assert [d.url for d in _pages(path)] == ["http://x.test/0", "http://x.test/1", "http://x.test/2"], path


def test_a_warc_reads_the_pages_own_charset_when_the_server_sends_none(tmp_path: Path) -> None:
    path = tmp_path / "pl.warc"
    path.write_bytes(_warc([_PAGE.format(cs="windows-1250", text=_PL)], charset_header=False))
    assert _PL in _pages(path)[0].content


def test_a_gzipped_page_under_a_plain_name_is_read(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_bytes(gzip.compress(_PAGE.format(cs="utf-8", text=_EN).encode("utf-8")))
    pages = _pages(path)
    assert len(pages) == 1 and _EN in pages[0].content and pages[0].kind == "html"


def test_a_partial_response_is_not_an_article(tmp_path: Path) -> None:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for status, n in (("206 Partial Content", 0), ("200 OK", 1)):
        headers = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = _PAGE.format(cs="utf-8", text=f"Story {n}. {_EN}").encode("utf-8")
        writer.write_record(writer.create_warc_record(f"http://x.test/{n}", "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    path = tmp_path / "ranges.warc"
    path.write_bytes(out.getvalue())
    got = list(read_path(path, IngestConfig()))
    assert [d.url for d in got if isinstance(d, RawDoc)] == ["http://x.test/1"]
    assert any("206" in r.detail for r in got if not isinstance(r, RawDoc))


def test_a_cut_off_warc_gzipped_as_one_stream_says_so(tmp_path: Path) -> None:
    """Review R23a: warcio takes the end of a cut-off gzip stream for the archive's end; the cut must be said."""
    data = gzip.compress(_warc([_PAGE.format(cs="utf-8", text=f"Story {n}. {_EN}") for n in range(60)]))
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) // 2])
    got = list(read_path(path, IngestConfig()))
    pages = [d for d in got if isinstance(d, RawDoc)]
    assert 0 < len(pages) < 60
    assert any("cut off" in r.detail for r in got if not isinstance(r, RawDoc))
