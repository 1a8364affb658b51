"""Tables used for page layout, told from tables of data, so that an article set in one reads as paragraphs.

Old sites and some newsletters set the whole page in a table: a row of two or three cells, a menu in one and the
article's paragraphs in another. An extractor that writes tables as rows ("| cell | cell |") then gives the article as
one line. A table is for layout when one of its cells holds prose set as a page's text is (see ``is_layout_table``);
such a table's rows and cells become plain blocks. A table of data (short cells, many columns, or many rows with a
sentence or two in each) is left as it is.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from newsdesk.clean.html import parse_markup

# A cell with this many words of its own (nested tables aside) holds prose, not a datum.
LAYOUT_CELL_WORDS = 50
# A layout row has a menu, the article and perhaps a side column; a table of data often has more columns.
LAYOUT_MAX_CELLS = 3
# A layout table has a row or a few (masthead, article, footer); a table of data may have many.
LAYOUT_MAX_ROWS = 4
_UNSEEN = frozenset(["script", "style", "noscript", "template"])
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote")
_PARTS = frozenset(["tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup", "col"])


def _own(table: etree._Element, tag: str) -> list[etree._Element]:
    """The ``tag`` elements of ``table`` that belong to it, not to a table nested in it."""
    return [el for el in table.iter(tag) if next(el.iterancestors("table"), None) is table]


def _own_words(cell: etree._Element) -> int:
    """Words a reader sees in a cell, the text of tables nested in it aside."""
    table = next(cell.iterancestors("table"), None)
    count = 0
    for el in cell.iter():
        if (isinstance(el.tag, str) and el.tag in _UNSEEN) or next(el.iterancestors("table"), None) is not table:
            continue
        if isinstance(el.tag, str) and not any(a.tag in _UNSEEN for a in el.iterancestors()):
            count += len((el.text or "").split())  # (a comment's text is not seen; its tail is)
        parent = el.getparent()
        if el is not cell and parent is not None and parent.tag not in _UNSEEN:
            count += len((el.tail or "").split())
    return count


def _cells(row: etree._Element) -> list[etree._Element]:
    return [c for c in row if c.tag in ("td", "th")]


def _holds_paragraphs(cell: etree._Element) -> bool:
    """Whether a cell's text is set in blocks of its own (paragraphs, headings, lists), as a page's is."""
    return sum(1 for el in cell.iter(*_BLOCKS) if next(el.iterancestors("td", "th"), None) is cell) >= 2


def is_layout_table(table: etree._Element) -> bool:
    """Whether a <table> lays out a page, not data: at most LAYOUT_MAX_CELLS cells a row, and a cell of prose
    (LAYOUT_CELL_WORDS words of its own) that is set in paragraphs or stands in a table of at most LAYOUT_MAX_ROWS
    rows. A table of many rows whose last column describes each row in a sentence or two is data."""
    rows = _own(table, "tr")
    if not rows or any(len(_cells(row)) > LAYOUT_MAX_CELLS for row in rows):
        return False
    prose = [cell for row in rows for cell in _cells(row) if _own_words(cell) >= LAYOUT_CELL_WORDS]
    return any(len(rows) <= LAYOUT_MAX_ROWS or _holds_paragraphs(cell) for cell in prose)


def unroll_layout_tables(markup: str) -> str:
    """``markup`` with its layout tables turned into plain blocks (<div>); the same string when it has none.

    Example:
        >>> page = "<table><tr><td>Menu</td><td><p>" + "Word " * 60 + "</p></td></tr></table>"
        >>> "<table" in unroll_layout_tables(page), "<table" in unroll_layout_tables("<table><tr><td>1</td></tr></table>")
        (False, True)
    """
    if "<table" not in markup and "<TABLE" not in markup:
        return markup
    root = parse_markup(markup)
    if root is None:
        return markup
    layout = [table for table in root.iter("table") if is_layout_table(table)]
    if not layout:
        return markup
    for table in layout:
        for el in [el for tag in _PARTS for el in _own(table, tag)]:
            el.tag = "div"
            el.attrib.pop("colspan", None)
            el.attrib.pop("rowspan", None)
        table.tag = "div"
    return lxml_html.tostring(root, encoding="unicode")
