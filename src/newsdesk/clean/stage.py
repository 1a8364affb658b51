"""The cleaning stage: a RawDoc (text, HTML or record) in, an Article or a Rejection out."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import PurePath

from newsdesk.clean.boilerplate import _CJK, DEFAULT_CONFIG, normalize_line, remove_boilerplate, split_lines
from newsdesk.clean.fields import STATED, Fields, extract_fields, find_outlet, parse_date
from newsdesk.clean.html import trafilatura_extract, visible_text
from newsdesk.config import CleanConfig
from newsdesk.errors import InputError, Reason
from newsdesk.model import Article, RawDoc, Rejection, content_id

_HTML_SNIFF = re.compile(
    r"<(?:!doctype|html|head|body|div|p|article|span|br|h[1-6]|table|a)\b", re.IGNORECASE
)
# Confidence of a date found by trafilatura in the page's metadata (meta tags, JSON-LD, URL).
HTML_DATE = 0.8
# Lines longer than this are prose; two pages sharing them are copies (dedupe's job), not outlet furniture.
REPEATED_MAX_WORDS = 30
# The article starts at the first line ending like a sentence with at least this many words.
PARAGRAPH_WORDS = 8
_SENTENCE_END = re.compile(r"""[.!?…。！？]['"”’)\]]*$""")


def clean_text(text: str, cfg: CleanConfig = DEFAULT_CONFIG, repeated: frozenset[str] = frozenset()) -> str:
    """The article text of plain page text: boilerplate lines removed, paragraphs joined by blank lines.

    Idempotent: ``clean_text(clean_text(x)) == clean_text(x)``.
    """
    return "\n\n".join(remove_boilerplate(text, cfg, repeated).kept)


def text_size(text: str) -> float:
    """Size in words; CJK characters count half a word each, since those scripts use no spaces."""
    return max(float(len(text.split())), len(_CJK.findall(text)) / 2)


def _is_paragraph(line: str) -> bool:
    return text_size(line) >= PARAGRAPH_WORDS and bool(_SENTENCE_END.search(line))


def _from_text(
    content: str, cfg: CleanConfig, repeated: frozenset[str]
) -> tuple[str, Fields, tuple[str, ...]]:
    split = remove_boilerplate(content, cfg, repeated)
    kept = list(split.kept)
    # Lines kept above the first real paragraph are the page header: headline, standfirst without a
    # full stop, labels. They go to metadata or to the removed lines, then the rest settles again, so
    # that cleaning the article's own text changes nothing.
    zone = next((i for i, ln in enumerate(kept) if _is_paragraph(ln)), len(kept))
    header = kept[:zone]
    fields = extract_fields(content, kept[0] if kept else None, extra_header=header)
    while zone:
        kept = list(remove_boilerplate("\n".join(kept[zone:]), cfg, repeated).kept)
        zone = next((i for i, ln in enumerate(kept) if _is_paragraph(ln)), len(kept))
    return "\n\n".join(kept), fields, _removed_lines(content, kept, fields.used)


def _removed_lines(content: str, kept: Sequence[str], used: Sequence[str]) -> tuple[str, ...]:
    """Page lines, in page order and with repeats, that are neither article text nor metadata."""
    skip = Counter(kept) + Counter(used)
    out = []
    for line in split_lines(content):
        if skip[line] > 0:
            skip[line] -= 1
        else:
            out.append(line)
    return tuple(out)


def _from_html(
    content: str, cfg: CleanConfig, repeated: frozenset[str]
) -> tuple[str, Fields, tuple[str, ...]]:
    got = trafilatura_extract(content)
    if got is None:  # trafilatura found nothing: judge the page's visible text line by line
        return _from_text(visible_text(content), cfg, repeated)
    lines = split_lines(got.text)
    if lines and got.title and normalize_line(lines[0]) == normalize_line(got.title):
        lines = lines[1:]  # the headline repeated as the first line of the text belongs to metadata
    kept = [ln for ln in lines if normalize_line(ln) not in repeated]
    removed = tuple(ln for ln in lines if normalize_line(ln) in repeated)
    body = "\n\n".join(kept)
    day = parse_date(got.date) if got.date else None
    fields = Fields(
        title=got.title,
        byline=got.author,
        outlet=got.sitename or find_outlet(kept),
        date=day,
        date_confidence=HTML_DATE if day else 0.0,
    )
    return body, fields, removed


def clean_raw(
    raw: RawDoc, cfg: CleanConfig = DEFAULT_CONFIG, repeated: frozenset[str] = frozenset()
) -> Article | Rejection:
    """Clean one input: remove boilerplate and recover title, byline, outlet and date.

    Metadata given on the RawDoc wins over what is recovered from the text.

    Args:
        raw: the input; ``kind`` is "text", "html" or "record" (a JSONL record's text field).
        cfg: cleaning thresholds.
        repeated: normalized lines shared by pages of the same outlet (see repeated_lines_by_outlet).

    Returns:
        An Article, or Rejection(reason=NO_TEXT) when nothing article-like remains.
    """
    if raw.kind == "html":
        body, fields, removed = _from_html(raw.content, cfg, repeated)
    else:
        body, fields, removed = _from_text(raw.content, cfg, repeated)
    n_words = round(text_size(body))
    if n_words < cfg.min_article_words:
        detail = (
            f"{n_words} words of article text left after removing boilerplate (need {cfg.min_article_words})"
        )
        return Rejection(raw.source, Reason.NO_TEXT, detail, stage="clean")
    given_date = parse_date(raw.date) if raw.date else None
    return Article(
        id=raw.id or content_id(body),
        source=raw.source,
        text=body,
        title=raw.title or fields.title,
        outlet=raw.outlet or fields.outlet,
        byline=fields.byline,
        date=given_date or fields.date,
        date_confidence=STATED if given_date else fields.date_confidence,
        url=raw.url,
        removed=removed,
        group=raw.group,
    )


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML markup rather than plain text (tags near its start)."""
    return bool(_HTML_SNIFF.search(text[:2000]))


def clean(text_or_html: str) -> Article:
    """Clean a page given as a string, HTML or plain text (sniffed).

    Raises:
        InputError: when no article text remains.

    Example:
        >>> clean("Menu\\nHome\\n" + "The council said on Monday that the new bridge would open in May. " * 3).words
        39
    """
    kind = "html" if looks_like_html(text_or_html) else "text"
    got = clean_raw(RawDoc(source="<string>", content=text_or_html, kind=kind))
    if isinstance(got, Rejection):
        raise InputError(f"<string>: {got.detail}")
    return got


def _page_lines(raw: RawDoc) -> list[str]:
    text = visible_text(raw.content) if raw.kind == "html" else raw.content
    return split_lines(text)


def repeated_lines_by_outlet(raws: Sequence[RawDoc]) -> frozenset[str]:
    """Normalized lines that occur in two or more pages of the same outlet.

    The outlet is RawDoc.outlet, else the one the text names, else the page's directory. Long prose
    lines are never counted (two copies of one article share them), and neither are the lines two
    near-identical pages share.
    """
    groups: dict[str, list[set[str]]] = defaultdict(list)
    for raw in raws:
        lines = _page_lines(raw)
        outlet = raw.outlet or find_outlet(lines) or str(PurePath(raw.source).parent)
        keys = {k for ln in lines if (k := normalize_line(ln)) and len(k.split()) <= REPEATED_MAX_WORDS}
        groups[outlet.lower()].append(keys)
    out: set[str] = set()
    for pages in groups.values():
        seen_in: dict[str, int] = defaultdict(int)
        for keys in pages:
            for k in keys:
                seen_in[k] += 1
        shared = {k for k, n in seen_in.items() if n >= 2}
        # Pages that are copies of each other share most lines; those lines are content, not furniture.
        copies = set()
        for keys in pages:
            if keys and len(keys & shared) / len(keys) > 0.6:
                copies |= keys
        out |= shared - copies
    return frozenset(out)
