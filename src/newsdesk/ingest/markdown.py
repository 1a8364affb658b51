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


_FRONT_OPEN = {"---": ("---", "..."), "+++": ("+++",)}  # YAML (Jekyll, Hugo, Pandoc) and TOML (Hugo) front matter
_FRONT_FIELD = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*$")  # (indented: a TOML table's, a nested map's)
_FRONT_ITEM = re.compile(r"^\s*-\s+(.*?)\s*$")  # a list item, indented or not (Pandoc writes "- Jane Doe")
_FRONT_TABLE = re.compile(r"^\s*\[[\w.-]+\]\s*$")  # a TOML table ("[params]"): its fields are read as the others'
_FOLDED = ("|", "|-", "|+", ">", ">-", ">+")  # a YAML value written on the indented lines after its key
# Fields static-site generators write; a block naming none of them is text between two rules.
_FRONT_KEYS = frozenset({"title", "date", "author", "authors", "byline", "publisher", "source", "url", "link",
                         "permalink", "canonical", "canonical_url", "description", "summary", "tags", "categories",
                         "category", "slug", "layout", "draft", "lastmod", "published", "publishdate", "id",
                         "outlet", "site_name", "headline", "weight", "aliases", "type"})
MAX_FRONT_LINES = 200  # a block left open past this many lines is no front matter


def _front_value(value: str) -> str | list[str]:
    """A front-matter value without its quotes; an inline list ("[Jane Doe, 'John Roe']") as a list."""
    if value.startswith("[") and value.endswith("]"):
        return [v for item in value[1:-1].split(",") if (v := _front_value(item.strip())) and isinstance(v, str)]
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def front_matter(text: str) -> tuple[dict[str, str | list[str]], str]:
    """The fields of the block a static-site article opens with (title, date, author, ...: one ``key: value``
    or ``key = value`` a line, lists inline or as ``- item`` lines) and the text after it; no fields and the
    whole text when it opens with no closed block.

    Example:
        >>> front_matter('---\\ntitle: "Pier closes"\\nauthors:\\n  - Jane Doe\\n---\\nThe council voted.')
        ({'title': 'Pier closes', 'authors': ['Jane Doe']}, 'The council voted.')
    """
    lines = text.lstrip("\ufeff").split("\n")
    closing = _FRONT_OPEN.get(lines[0].strip()) if lines else None
    if closing is None:
        return {}, text
    end = next((i for i, line in enumerate(lines[1:MAX_FRONT_LINES], start=1) if line.strip() in closing), None)
    if end is None:
        return {}, text
    fields: dict[str, str | list[str]] = {}
    key = None
    for line in lines[1:end]:
        if _FRONT_TABLE.match(line):
            continue
        folded = key is not None and isinstance(fields.get(key), str) and str(fields[key]).split("\n", 1)[0] in _FOLDED
        if folded and line[:1].isspace() and line.strip():
            fields[key] = f"{fields[key]}\n{line.strip()}"  # joined below
            continue
        item = _FRONT_ITEM.match(line)
        if item and key is not None and (fields[key] == "" or isinstance(fields[key], list)):
            value = _front_value(item.group(1))
            if isinstance(value, str):
                fields[key] = [*fields[key], value] if isinstance(fields[key], list) else [value]
        elif field := _FRONT_FIELD.match(line):
            key = field.group(1)
            fields[key] = _front_value(field.group(2))
        elif line.strip() and not line.lstrip().startswith("#") and not line[:1].isspace():
            return {}, text  # a paragraph between two rules ("---"): text, not fields
    for k, v in fields.items():  # a folded or literal value: its lines, the marker left out
        if isinstance(v, str) and v.split("\n", 1)[0] in _FOLDED:
            fields[k] = " ".join(v.split("\n")[1:])
    if not any(k.lower() in _FRONT_KEYS for k in fields):
        return {}, text  # "Update: ..." between two rules: a line of text that looks like a field
    return {k: v for k, v in fields.items() if v not in ("", [])}, "\n".join(lines[end + 1:])


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
