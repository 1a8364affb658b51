"""News archives in SGML: the ``<DOC> ... </DOC>`` records of the LDC's newswire corpora (TIPSTER, AQUAINT,
AQUAINT-2, English Gigaword), behind DUC, TAC and TREC.

One file holds one record or a day's worth of them. Each record becomes an article: its text is ``<TEXT>``
(paragraphs ``<P>`` kept apart), its title ``<HEADLINE>`` / ``<HEAD>`` / ``<HL>``, its date ``<DATE_TIME>`` /
``<DATE>``, else the one in its document number ("APW19980601.0001", "APW_ENG_20050101.0001", "AP880212-0001"),
its byline ``<BYLINE>``, and its outlet the agency the document number's prefix names ("NYT", "APW", "XIE").
Records are named ``FILE#DOCNO``; a record with no text is rejected under that name. Typesetting codes left in
the text ("&UR;", "&QL;") are the cleaner's to remove, as in any other input.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from newsdesk.errors import Reason
from newsdesk.model import RawDoc, Rejection

SGML_SUFFIXES = frozenset([".sgml", ".sgm"])
# Tags are matched in either case, and an attribute list is bounded (an unclosed "<P x ..." cannot make a scan run to
# the end of the file for each of its starts).
_START = re.compile(r"^[\ufeff\s]*(?:<\?xml[^<>]{0,200}\?>\s*)?(?:<!DOCTYPE[^<>]{0,200}>\s*)?(?:<DOCSTREAM>\s*)?<DOC[\s>]",
                    re.IGNORECASE)
_RECORD_PART = re.compile(r"<(?:DOCNO|TEXT)[\s>]", re.IGNORECASE)  # what makes a <DOC> a record
_RECORD = re.compile(r"<DOC(?:\s[^<>]{0,200})?>(.*?)(?:</DOC>|(?=<DOC[\s>])|\Z)", re.DOTALL | re.IGNORECASE)
_ID_ATTRIBUTE = re.compile(r"""^<DOC\s[^<>]{0,200}?\bid\s*=\s*["']?([^"'\s<>]+)""", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{1,200}>")
_PARAGRAPH = re.compile(r"</?P(?:\s[^<>]{0,200})?>", re.IGNORECASE)
_TEXT_ELEMENT = re.compile(r"<TEXT(?:\s[^<>]{0,200})?>(.*?)(?:</TEXT>|\Z)", re.DOTALL | re.IGNORECASE)
_BLANK = re.compile(r"[ \t]*\n\s*\n\s*")
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|AMP|LT|GT|#\d+|#x[0-9a-fA-F]+);")
_SPACES = re.compile(r"[ \t\r\f\v]+")
# The date in a document number: "APW19980601.0001", "APW_ENG_20050101.0001", "NYT19990102.0110" (8 digits), or
# TIPSTER's "AP880212-0001", "WSJ900102-0001", "LA010189-0001" (6 digits, the year last in LA Times numbers).
_DOCNO_DATE8 = re.compile(r"^[A-Z]+(?:_[A-Z]+)?_?((?:19|20)\d{2})(\d{2})(\d{2})\b")
_DOCNO_DATE6 = re.compile(r"^(AP|WSJ|SJMN|FBIS|FT|ZF|LA)(\d{2})(\d{2})(\d{2})-")
# Agencies and papers by the prefix of their document numbers in the LDC's archives.
OUTLET_CODES = {
    "APW": "Associated Press", "AP": "Associated Press", "NYT": "New York Times", "XIE": "Xinhua",
    "XIN": "Xinhua", "AFP": "Agence France-Presse", "AFE": "Agence France-Presse", "CNA": "Central News Agency",
    "LTW": "Los Angeles Times/Washington Post", "WPB": "Washington Post/Bloomberg", "WSJ": "Wall Street Journal",
    "FT": "Financial Times", "LA": "Los Angeles Times", "SJMN": "San Jose Mercury News",
}


def is_news_sgml(text: str) -> bool:
    """Whether a file's text is an SGML news archive: its first element is a ``<DOC>`` record holding a
    ``<DOCNO>`` or a ``<TEXT>`` (a note that opens with the word "<DOC>" is no archive)."""
    return bool(_START.match(text[:2000])) and _RECORD_PART.search(text, 0, 20_000) is not None


def read_news_sgml(name: str, text: str) -> Iterator[RawDoc | Rejection]:
    """Every ``<DOC>`` record of an archive file as a RawDoc, or a Rejection naming the record and why.

    Example:
        >>> sgml = '''<DOC>
        ... <DOCNO> APW19980601.0001 </DOCNO>
        ... <HEADLINE> Ferry strike ends </HEADLINE>
        ... <TEXT>
        ... <P> OSLO (AP) -- The ferry strike ended on Monday. </P>
        ... </TEXT>
        ... </DOC>'''
        >>> [doc] = read_news_sgml("day.sgml", sgml)
        >>> doc.source, doc.title, doc.date, doc.outlet, doc.content
        ('day.sgml#APW19980601.0001', 'Ferry strike ends', '1998-06-01', 'Associated Press', 'OSLO (AP) -- The ferry strike ended on Monday.')
    """
    found = False
    for n, m in enumerate(_RECORD.finditer(text), start=1):
        found = True
        yield _record(name, n, m.group(0), m.group(1))
    if not found:
        yield Rejection(name, Reason.BAD_RECORD, "an SGML news archive with no <DOC> record (tags <DOC>, <DOCNO>, <TEXT>)")


def _record(name: str, n: int, whole: str, body: str) -> RawDoc | Rejection:
    attribute = _ID_ATTRIBUTE.match(whole)
    docno = _field(body, "DOCNO") or (attribute.group(1) if attribute else "")
    where = f"{name}#{docno or n}"
    text = _text(body)
    if not text:
        return Rejection(where, Reason.EMPTY, "the record has no <TEXT>")
    title = _field(body, "HEADLINE", "HEAD", "HL")
    return RawDoc(
        source=where,
        content=text,
        kind="record",
        id=docno or None,
        title=title or None,
        date=_date(_field(body, "DATE_TIME", "DATE")) or _docno_date(docno),
        outlet=_outlet(docno),
        byline=_field(body, "BYLINE") or None,
    )


def _field(body: str, *tags: str) -> str:
    """The first of the given elements, as one line of plain text ("" when none holds any). The element is found
    from its closing tag back to the nearest opening one: one pass over the record, however malformed."""
    upper = body.upper()
    for tag in tags:
        close = upper.find(f"</{tag}>")
        if close < 0:
            continue
        opening = re.compile(rf"<{tag}(?:\s[^<>]{{0,200}})?>", re.IGNORECASE)
        start = upper.rfind(f"<{tag}", 0, close)
        while start >= 0 and not (m := opening.match(body, start)):
            start = upper.rfind(f"<{tag}", 0, start)
        if start >= 0 and m and (value := _plain(body[m.end():close])):
            return " ".join(value.split())
    return ""


def _text(body: str) -> str:
    """The record's ``<TEXT>`` elements (a record may hold several), paragraphs as blank-line-separated blocks."""
    parts = _TEXT_ELEMENT.findall(body)
    blocks = [_PARAGRAPH.sub("\n\n", part) for part in parts]
    paragraphs = [" ".join(p.split()) for block in blocks for p in _BLANK.split(_plain(block))]
    return "\n\n".join(p for p in paragraphs if p)


def _plain(markup: str) -> str:
    """Markup's text: tags out, character entities read ("&amp;", the archives' "&AMP;" -> "&"); typesetting codes
    ("&UR;") are left."""
    text = _TAG.sub(" ", markup)
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0).lower()), text)
    return _SPACES.sub(" ", text).strip()


def _date(given: str) -> str | None:
    """A record's date as given, a bare "YYMMDD" or "YYYYMMDD" (TIPSTER's <DATE>) written out."""
    if re.fullmatch(r"\d{6}", given):
        return f"{'19' if int(given[:2]) > 30 else '20'}{given[:2]}-{given[2:4]}-{given[4:]}"
    if re.fullmatch(r"(?:19|20)\d{6}", given):
        return f"{given[:4]}-{given[4:6]}-{given[6:]}"
    return given or None


def _docno_date(docno: str) -> str | None:
    if m := _DOCNO_DATE8.match(docno):
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    if m := _DOCNO_DATE6.match(docno):
        prefix, a, b, c = m.groups()
        yy, mm, dd = (c, a, b) if prefix == "LA" else (a, b, c)  # LA Times: month, day, year
        return f"{'19' if int(yy) > 30 else '20'}{yy}-{mm}-{dd}"
    return None


def _outlet(docno: str) -> str | None:
    m = re.match(r"[A-Z]+", docno)
    return OUTLET_CODES.get(m.group(0)) if m else None
