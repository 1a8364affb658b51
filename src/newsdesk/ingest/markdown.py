"""Markdown to plain text, so that an article written or saved as Markdown reads like one.

Only the markup is removed: heading and quote markers, emphasis, link and image syntax (a link keeps its
text, an image is dropped), inline code ticks, code fences, rules, bullets and reference definitions.
Line structure is kept (the cleaner works line by line).

Example:
    >>> markdown_to_text("# Pier closes\\n\\nThe **council** voted, said [the Gazette](https://g.test).")
    'Pier closes\\n\\nThe council voted, said the Gazette.'
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")  # the underline of a heading written as "Title\n====="
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(?=\S)")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_IMAGE = re.compile(r"!\[[^\]]*\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_STRONG = re.compile(r"(?<!\w)(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`+([^`]+?)`+")


def markdown_title(text: str) -> str | None:
    """The heading a Markdown document opens with ("# Pier closes", or "Pier closes" underlined with
    "===" or "---"), without its markup; None when the document opens with anything else.

    Example:
        >>> markdown_title("# Pier **closes**\\n\\nThe council voted.")
        'Pier closes'
    """
    lines = [ln for ln in text.splitlines() if ln.strip()][:2]
    if not lines:
        return None
    heading = _HEADING.match(lines[0])
    if heading:
        title = heading.group(1)
    elif len(lines) == 2 and _SETEXT.match(lines[1]) and not _RULE.match(lines[0]):
        title = lines[0]
    else:
        return None
    title = markdown_to_text(title).strip()
    return title or None


def markdown_to_text(text: str) -> str:
    """The text of a Markdown document without its markup (see the module docstring)."""
    out: list[str] = []
    for line in text.splitlines():
        if _FENCE.match(line) or _RULE.match(line) or _REF_DEF.match(line):
            out.append("")
            continue
        if _SETEXT.match(line) and out and out[-1].strip():
            continue  # the underline of the heading just above
        heading = _HEADING.match(line)
        if heading:
            line = heading.group(1)
        line = _QUOTE.sub("", line)
        line = _BULLET.sub(r"\1", line)
        line = _IMAGE.sub("", line)
        line = _LINK.sub(r"\1", line)
        line = _REF_LINK.sub(r"\1", line)
        line = _AUTOLINK.sub(r"\1", line)
        line = _CODE.sub(r"\1", line)
        for pattern in (_STRONG, _STRIKE):
            line = pattern.sub(lambda m: m.group(m.lastindex or 1), line)
        line = _EM_STAR.sub(r"\1", line)
        line = _EM_UNDER.sub(r"\1", line)
        out.append(line.rstrip())
    return "\n".join(out)
