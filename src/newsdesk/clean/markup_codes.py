"""Typesetting codes left in plain text: the entity-shaped codes of news archives and escaped ampersands.

Wire and newspaper archives distributed as SGML (the LDC's news corpora, DUC and TAC sets) keep the
typesetter's codes in the text: ``&UR;`` and ``&LR;`` around a byline, ``&QL;`` and ``&QC;`` around a
subhead, ``&HT;`` for a tab, sometimes as a whole headline. They are no words of the article. In such a text a
company's ampersand is written as a code too, "AT&T;", "R&B;": the name is kept without the ``;``. Only there:
elsewhere "spend more on R&D; the union ..." has a real semicolon. A real HTML entity ("&amp;", "&eacute;") is
neither: it is left for the HTML reader.
"""

from __future__ import annotations

import html
import re

# An upper-case code standing alone between spaces or line ends ("&QL; FOILING TESTS &QL;").
_LONE_CODE = re.compile(r"(?<!\S)&[A-Z]{1,4};(?!\S)[ \t]*")
# A code run into a name ("AT&T;", "R&B;"): letters, "&", one to four letters, ";".
_ATTACHED_CODE = re.compile(r"(?<=[A-Za-z])&(?P<name>[A-Za-z]{1,4});")


def _is_entity(code: str) -> bool:
    return html.unescape(code) != code


def strip_markup_codes(text: str) -> str:
    """``text`` without archive typesetting codes, and, in a text that has them, with "AT&T;" read as "AT&T".

    Example:
        >>> strip_markup_codes("&QL; ROAD TESTS &QL; AT&T; and R&B; fans &amp; friends")
        'ROAD TESTS AT&T and R&B fans &amp; friends'
        >>> strip_markup_codes("They spend more on R&D; the union objects.")
        'They spend more on R&D; the union objects.'
    """
    if "&" not in text:
        return text
    codes = 0

    def lone(m: re.Match[str]) -> str:
        nonlocal codes
        if _is_entity(m.group(0).strip()):
            return m.group(0)
        codes += 1
        return ""

    text = _LONE_CODE.sub(lone, text)
    if not codes:
        return text
    return _ATTACHED_CODE.sub(lambda m: m.group(0) if _is_entity(m.group(0)) else "&" + m["name"], text)
