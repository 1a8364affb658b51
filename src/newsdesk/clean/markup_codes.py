"""Typesetting codes left in plain text: the entity-shaped codes of news archives and escaped ampersands.

Wire and newspaper archives distributed as SGML (the LDC's news corpora, DUC and TAC sets) keep the
typesetter's codes in the text: ``&UR;`` and ``&LR;`` around a byline, ``&QL;`` and ``&QC;`` around a
subhead, ``&HT;`` for a tab, sometimes as a whole headline. They are no words of the article. A company's
ampersand escaped once too often reads "AT&T;", "R&B;", "Q&A;" (in archives and in web text alike): the name is
kept without the ``;``, unless a clause opens after it ("spend more on R&D; the union objects": a real semicolon).
A real HTML entity ("&amp;", "&eacute;") is neither: it is left for the HTML reader.
"""

from __future__ import annotations

import html
import re

# An upper-case code standing alone between spaces or line ends ("&QL; FOILING TESTS &QL;").
_LONE_CODE = re.compile(r"(?<!\S)&[A-Z]{1,4};(?!\S)[ \t]*")
# A code run into a name ("AT&T;", "R&B;"): letters, "&", one to four letters, ";", and no clause opening after it.
_CLAUSE_OPENERS = ("the|a|an|he|she|it|they|we|i|you|this|that|these|those|there|his|her|its|their|our|but|however|"
                   "while|which|who")
_ATTACHED_CODE = re.compile(rf"(?<=[A-Za-z])&(?P<name>[A-Za-z]{{1,4}});(?!\s+(?i:{_CLAUSE_OPENERS})\b)")


# A name with an ampersand written without a ";" after it ("AT&T said"), and the rest of a sentence.
_BARE_NAME = re.compile(r"(?<![A-Za-z&])[A-Za-z]+&[A-Za-z]{1,4}(?![A-Za-z;])(?!\W;)")  # not "AT&T.;" either
_SENTENCE_REST = re.compile(r"[^.!?\n]*")
_WORD_END = re.compile(r"[A-Za-z]+$")
_CODE_OR_ENTITY = re.compile(r"&\w+;")  # another escaped name or an entity in the sentence is no list


def _is_entity(code: str) -> bool:
    return html.unescape(code) != code


def strip_markup_codes(text: str) -> str:
    """``text`` without archive typesetting codes, and with "AT&T;" read as "AT&T".

    Example:
        >>> strip_markup_codes("&QL; ROAD TESTS &QL; AT&T; and R&B; fans &amp; friends")
        'ROAD TESTS AT&T and R&B fans &amp; friends'
        >>> strip_markup_codes("They spend more on R&D; the union objects.")
        'They spend more on R&D; the union objects.'
    """
    if "&" not in text:
        return text
    text = _LONE_CODE.sub(lambda m: m.group(0) if _is_entity(m.group(0).strip()) else "", text)
    written_bare = {m.group(0) for m in _BARE_NAME.finditer(text)}

    def attached(m: re.Match[str]) -> str:
        name = _WORD_END.search(text, 0, m.start()).group(0) + "&" + m["name"]  # "AT" + "&" + "T"
        rest = _SENTENCE_REST.match(text, m.end()).group(0)
        if _is_entity(m.group(0)) or name in written_bare or ";" in _CODE_OR_ENTITY.sub("", rest):
            return m.group(0)  # a real semicolon: the name is written without one elsewhere, or a list goes on
        return "&" + m["name"]

    return _ATTACHED_CODE.sub(attached, text)
