"""The cleaning stage: a RawDoc (text, HTML or record) in, an Article or a Rejection out."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import PurePath

from newsdesk.clean.boilerplate import (
    _CJK,
    DEFAULT_CONFIG,
    cut_run_in_slugs,
    embedded_furniture,
    is_boilerplate_line,
    is_call_to_action,
    is_stamp,
    normalize_line,
    remove_boilerplate,
    split_lines,
)
from newsdesk.clean.bylines import byline_name, clean_byline, header_stamp, is_desk_credit, is_headline_start
from newsdesk.clean.date_order import distrust_future, settle_numeric_date
from newsdesk.clean.dates import CAPTURE, STATED, parse_date
from newsdesk.clean.fields import Fields, extract_fields, strip_title_suffix
from newsdesk.clean.headlines import split_doubled_headline, tidy_headline
from newsdesk.clean.html import trafilatura_extract, visible_text, without_tagline
from newsdesk.clean.inline_promos import without_inline_promos
from newsdesk.clean.layout_tables import unroll_layout_tables
from newsdesk.clean.markup_codes import strip_markup_codes
from newsdesk.clean.not_articles import error_page, service_advisory
from newsdesk.clean.outlets import (
    dateline_credit,
    find_outlet,
    furniture_lines,
    names_outlet,
    outlet_as_named,
    self_credit,
    url_outlet,
)
from newsdesk.clean.unwrap import unwrap
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
_SENTENCE_END = re.compile(r"""[.!?…:。！？]['"”’)\]]*$""")
# A byline line left in the extracted text ("By Jane Doe").
_BY_LINE = re.compile(r"^(?:by|written by)\s+\S", re.IGNORECASE)
# trafilatura writes list items as "- item".
_LIST_ITEM = re.compile(r"^[-•*]\s+\S")
# A lone list item between paragraphs, with no other list item within LIST_GAP lines, no full stop and
# this many words, is a caption (shorter ones are section headings).
CAPTION_MIN_WORDS, CAPTION_MAX_WORDS, LIST_GAP = 7, 30, 2
# At most LABEL_RUN list items of at most LABEL_MAX_WORDS words above the first paragraph are labels
# (date, section, comment count); a longer run is a list of the article (ingredients, contents).
LABEL_RUN, LABEL_MAX_WORDS = 4, 8


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


# Prose that runs on past its last full stop: a wire story given as one line that ends in a desk code ("... the
# daily said. &UR; sa-kl"). Long and holding sentences, it is a paragraph when a text has no other: it was taken
# for page header and the story rejected. Not otherwise: photo captions above an article run on into a credit
# ("... (AP Photo/J. Doe)") and belong with the header.
LONG_PARAGRAPH_WORDS = 40
_INNER_SENTENCE_END = re.compile(r"""[.!?…]['"”’)\]]*\s+(?=[A-Z"“‘'`(])""")


def _is_run_on_paragraph(line: str) -> bool:
    return text_size(line) >= LONG_PARAGRAPH_WORDS and len(_INNER_SENTENCE_END.findall(line)) >= 2


def _first_paragraph(lines: Sequence[str]) -> int:
    """Where the article's text starts: the first paragraph, else the first run-on paragraph, else the end."""
    found = next((i for i, ln in enumerate(lines) if _is_paragraph(ln)), None)
    if found is None:
        found = next((i for i, ln in enumerate(lines) if _is_run_on_paragraph(ln)), len(lines))
    return found


def _from_text(
    content: str, cfg: CleanConfig, repeated: frozenset[str]
) -> tuple[str, Fields, tuple[str, ...]]:
    # archive typesetting codes and run-in wire slugs out; hard-wrapped paragraphs become one line each before lines
    # are judged
    content = split_doubled_headline(unwrap(cut_run_in_slugs(without_inline_promos(strip_markup_codes(content)))))
    split = remove_boilerplate(content, cfg, repeated)
    kept = list(split.kept)
    # Lines kept above the first real paragraph are the page header: headline, standfirst without a
    # full stop, labels. They go to metadata or to the removed lines, then the rest settles again, so
    # that cleaning the article's own text changes nothing.
    zone = _first_paragraph(kept)
    header = kept[:zone]
    first = kept[0] if kept else None
    while zone:
        kept = list(remove_boilerplate("\n".join(kept[zone:]), cfg, repeated).kept)
        zone = _first_paragraph(kept)
    # A stamp or byline line among the first lines, below a standfirst ("posted on April 21, 2015, at 11:29
    # a.m.", "/ Updated By Jane Doe"), is header too.
    stamps = [ln for ln in kept[:HEADER_SCAN] if header_stamp(ln) is not None]
    if stamps and len(stamps) < len(kept):
        kept = [ln for i, ln in enumerate(kept) if i >= HEADER_SCAN or ln not in stamps]
        header += stamps
    # The outlet is read from the page furniture (every line that is not article text), never from
    # the article's own paragraphs.
    fields = extract_fields(content, first, extra_header=header, body=kept)
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


def _extracted_furniture(lines: Sequence[str]) -> set[int]:
    """Positions of page furniture that an HTML extractor left in the article text.

    The short list items above the first paragraph (date, section, comment count under the headline:
    "- 941 comments") and a lone short list item without a full stop between paragraphs (a photo
    caption, a "See it at ..." link). Prose lines are left alone, whatever words they use.
    """
    items = [bool(_LIST_ITEM.match(ln)) and not _SENTENCE_END.search(ln) for ln in lines]
    drop: set[int] = set()
    first = next((i for i, ln in enumerate(lines) if _is_paragraph(ln)), len(lines))
    head = 0
    while head < first and items[head] and text_size(lines[head]) <= LABEL_MAX_WORDS:
        head += 1
    if 0 < head == first <= LABEL_RUN:  # a few labels under the headline, then the article
        drop.update(range(head))
    listed = [i for i, ln in enumerate(lines) if _LIST_ITEM.match(ln)]
    for i in range(1, len(lines) - 1):
        # Prose on both sides and no other list item near: a list of one item, which is a caption
        # ("- The harbour at dawn, seen from the ferry") or a link, not a list of the article.
        if not items[i] or not (_is_paragraph(lines[i - 1]) and _is_paragraph(lines[i + 1])):
            continue
        near = any(j != i and abs(j - i) <= LIST_GAP for j in listed)
        if not near and CAPTION_MIN_WORDS <= text_size(lines[i]) <= CAPTION_MAX_WORDS:
            drop.add(i)
    return drop


def _from_html(
    content: str, cfg: CleanConfig, repeated: frozenset[str]
) -> tuple[str, Fields, tuple[str, ...]]:
    got = trafilatura_extract(unroll_layout_tables(content))  # an article set in a layout table reads as paragraphs
    if got is None:  # trafilatura found nothing: judge the page's visible text line by line
        return _from_text(visible_text(content), cfg, repeated)
    lines = split_lines(got.text)
    lines, stamp, stamp_byline = _header_lines_out(lines, got.title)
    byline = got.author or stamp_byline
    if byline is None and (found := _leading_byline(lines)) is not None:
        byline, at = found
        lines = lines[:at] + lines[at + 1 :]
    drop = _extracted_furniture(lines) | embedded_furniture(lines) | {i for i, ln in enumerate(lines) if is_call_to_action(ln)}
    drop |= {i for i, ln in enumerate(lines[:3]) if is_desk_credit(ln)}  # "Staff Reports" above the lead
    drop |= _link_blocks(content, lines)
    kept = [ln for i, ln in enumerate(lines) if i not in drop and normalize_line(ln) not in repeated]
    removed = tuple(ln for i, ln in enumerate(lines) if i in drop or normalize_line(ln) in repeated)
    if not any(_is_paragraph(ln) for ln in kept) and _mostly_links(content, kept):
        # Not one sentence-shaped paragraph, and most lines are link texts: a section front or a list of
        # headlines, not an article. The line classifier judges it as it judges a text dump.
        text_body, _fields, text_removed = _from_text("\n".join(kept), cfg, repeated)
        kept, removed = text_body.split("\n\n") if text_body else [], removed + text_removed
    body = "\n\n".join(kept)
    day = parse_date(got.date) if got.date else None
    if day is None and stamp:
        day = parse_date(stamp)  # the stamp under the headline, when the page's metadata has no date
    if day and day.endswith("-01-01") and not _names_new_year(content, day[:4]):
        day = None  # a year alone (a copyright line, a number in a style sheet) read as 1 January
    fields = Fields(
        title=got.title,
        byline=byline,
        outlet=(without_tagline(got.sitename) if got.sitename else None) or _html_outlet(content, kept),
        site=got.sitename,
        date=day,
        date_confidence=HTML_DATE if day else 0.0,
        url=got.url,
    )
    return body, fields, removed


# Lines above the first paragraph of extracted text that are looked at for a repeated headline or a stamp.
HEADER_SCAN = 4


def _header_lines_out(lines: Sequence[str], title: str | None) -> tuple[list[str], str | None, str | None]:
    """Extracted lines without the headline repeated above the first paragraph and without bare date or
    time stamps there ("08.04.2015 12:46"), nor stamp or byline lines among the first HEADER_SCAN lines, even
    below a standfirst ("posted on April 21, 2015, at 11:29 a.m.", "Tuesday 15 October 2019 by Jane Doe");
    the first stamp is returned for the date, and the name of such a byline line.

    All belong to metadata: the headline is the title, the stamp says when the page was published.
    """
    out, stamp, name = list(lines), None, None
    key = normalize_line(title) if title else ""
    # The first line is looked at whatever its shape (a headline may end like a sentence: "... border?").
    zone = range(max(min(_first_paragraph(out), HEADER_SCAN), 1 if out else 0))
    at = next((i for i in zone if key and normalize_line(out[i]) == key), None)
    for i in reversed(range(max(zone.stop, min(len(out), HEADER_SCAN)))):
        if i == at:
            del out[i]  # once: a page whose text starts with its one-word title keeps that word
        elif i in zone and is_stamp(out[i]) and parse_date(out[i]):
            stamp = out[i]
            del out[i]
        elif (found := header_stamp(out[i])) is not None:
            stamp = out[i] if found[0] else stamp
            name = found[1] or name
            del out[i]
    return out, stamp, name


# A label that introduces a list of links: short, ending with a colon or an ellipsis ("More:", "Related:",
# "You may also like...").
LINK_LABEL_WORDS = 6
_LINK_LABEL_END = re.compile(r"(?::|\.\.\.|…)$")
# A label whose links the extractor dropped is this short ("More:", "Related:"); longer ones ("Dare to Play 3:")
# may head a part of the article.
LONE_LABEL_WORDS = 2
# A link line of such a list: a headline, not a paragraph.
LINK_LINE_WORDS = 20


def _link_blocks(markup: str, lines: Sequence[str]) -> set[int]:
    """Positions of lists of links to other pages that an HTML extractor left in the article text.

    A short label ending with a colon or an ellipsis ("More:", "You may also like...") with the link
    texts of the page that follow it (headlines of other stories, no full stop), or, when the extractor
    kept the label but dropped its links, the label alone: one or two words ("More:" then a paragraph,
    where the page shows "More:" then links), or any such label that ends the text. A label followed
    by prose that is not links ("The statement read:") stays, and so do list items and lines in lower
    case ("or in matrix form:").
    """
    labels = [
        i for i, ln in enumerate(lines)
        if ln[:1].isupper() and _LINK_LABEL_END.search(ln) and len(ln.split()) <= LINK_LABEL_WORDS
        and not _is_paragraph(ln)
    ]
    if not labels:
        return set()
    from newsdesk.clean.html import link_texts

    anchors = link_texts(markup)

    def link_line(ln: str) -> bool:
        key = normalize_line(ln.lstrip("-•* "))
        return key in anchors and len(key.split()) <= LINK_LINE_WORDS and not ln.rstrip().endswith(".")

    drop: set[int] = set()
    page: list[str] | None = None
    kept = {normalize_line(ln) for ln in lines}
    for i in labels:
        j = i + 1
        while j < len(lines) and link_line(lines[j]):
            j += 1
        if j > i + 1:
            drop.update(range(i, j))
            continue
        if i == len(lines) - 1:
            drop.add(i)  # the last line: a label that introduces nothing (its links were not kept)
            continue
        if not lines[i].endswith(":") or len(lines[i].split()) > LONE_LABEL_WORDS:
            continue
        if page is None:
            page = [normalize_line(ln) for ln in split_lines(visible_text(markup))]
        label = normalize_line(lines[i])
        for k, key in enumerate(page[:-1]):
            if key == label and page[k + 1] in anchors and page[k + 1] not in kept:
                drop.add(i)  # the extractor dropped the links and kept their label
                break
    return drop


def _mostly_links(markup: str, lines: Sequence[str], share: float = 0.6) -> bool:
    """Whether most of the words of ``lines`` are the texts of links (<a>) in the page."""
    from newsdesk.clean.html import link_texts

    anchors = link_texts(markup)
    total = sum(len(ln.split()) for ln in lines)
    linked = sum(len(ln.split()) for ln in lines if normalize_line(ln.lstrip("-•* ")) in anchors)
    return total > 0 and linked >= share * total


def _names_new_year(markup: str, year: str) -> bool:
    """Whether the page states 1 January of ``year`` (the date extractor gives a bare year as that day)."""
    pattern = (
        rf"{year}-0?1-0?1(?!\d)|(?<!\d)0?1[/.]0?1[/.]{year}|{year}/0?1/0?1(?!\d)"
        rf"|\b(?:jan(?:uary)?\.?\s+0?1(?:st)?,?\s+{year})|(?<!\d)0?1(?:st)?\s+jan(?:uary)?\.?,?\s+{year}"
    )
    return re.search(pattern, markup, re.IGNORECASE) is not None


def _leading_byline(lines: Sequence[str]) -> tuple[str, int] | None:
    """A "By Jane Doe" line among the first lines of extracted text, when no metadata named the author."""
    for i, line in enumerate(lines[:3]):
        if _BY_LINE.match(line) and len(line.split()) <= 8 and (name := byline_name(line)) is not None:
            return name, i
    return None


def _html_outlet(markup: str, body: Sequence[str]) -> str | None:
    """The outlet named by the page furniture: the visible lines that trafilatura left out.

    A left-out line shaped like prose counts only when it is boilerplate on its own: the extractor
    may have dropped or reworded a paragraph of the article, which names others, not the outlet.
    """
    named = [ln for ln in split_lines(visible_text(markup)) if names_outlet(ln)]
    furniture = [
        ln for ln in furniture_lines(named, body) if not _is_paragraph(ln) or is_boilerplate_line(ln)
    ]
    return find_outlet(furniture, body)


def clean_raw(
    raw: RawDoc, cfg: CleanConfig = DEFAULT_CONFIG, repeated: frozenset[str] = frozenset()
) -> Article | Rejection:
    """Clean one input: remove boilerplate and recover title, byline, outlet and date.

    Metadata given on the RawDoc wins over what is recovered from the text. The outlet is, in order: the
    one given; the one the page names as itself (site name, copyright or follow lines, a masthead above
    the headline); the host of the page's URL; and only when none of these names one, the agency of a
    wire dateline opening the text ("Xinhua" of "BRUSSELS, January 22 (Xinhua) -- ..."). A wire credit
    names who wrote the report, so an outlet relaying an agency's copy stays the page's outlet whenever
    the page, its metadata or its address names it.

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
    # the notice may open the body, or be the line taken for the headline or one of the first lines removed
    advisory = next(filter(None, map(service_advisory, (raw.title or fields.title or "", *removed[:5], body))), None)
    if advisory:
        return Rejection(raw.source, Reason.NO_TEXT, "a news service's advisory to its clients (a budget or photo "
                         f"list of stories moving), not an article: {advisory!r}", stage="clean")
    n_words = round(text_size(body))
    if n_words < cfg.min_article_words:
        detail = (
            f"{n_words} words of article text left after removing boilerplate (need {cfg.min_article_words})"
        )
        if raw.kind == "html":
            detail += "; a page of links or headlines, or one whose text is loaded by JavaScript, has none"
        return Rejection(raw.source, Reason.NO_TEXT, detail, stage="clean")
    notice = error_page("\n".join((*removed[:5], body)), n_words)  # "Sorry, the page ... could not be found" may be
    # the line taken for a headline
    if notice:
        return Rejection(raw.source, Reason.NO_TEXT, f"an error, web-archive, consent or bot-check page, not an article: {notice!r}",
                         stage="clean")
    url = raw.url or fields.url  # a saved page states its own address (<link rel="canonical">, og:url)
    given_date = parse_date(raw.date) if raw.date else None
    day, day_confidence = (given_date, STATED) if given_date else (fields.date, fields.date_confidence)
    if day is not None:  # "03/12/2024": 3 December, or 12 March as a US page means it; the page may say which
        day, day_confidence = settle_numeric_date(
            day, day_confidence, [raw.date or ""] if given_date else [raw.content], raw.content,
            raw.kind == "html", url, (raw.id, raw.source))
    if day is None and raw.capture_date and (captured := parse_date(raw.capture_date)):
        day, day_confidence = captured, CAPTURE  # only when the page was fetched (WARC-Date)
    day_confidence = distrust_future(day, day_confidence)  # "2099-01-01": kept, shown with a caveat, not trusted
    # The host is what a reader would cite when the page names no outlet; the agency of a wire dateline
    # ("BRUSSELS, January 22 (Xinhua) -- ...") comes last: an outlet relaying an agency's copy names
    # itself in its page, metadata or address, and only a text that names nothing else is the agency's.
    outlet = outlet_as_named(raw.outlet or fields.outlet) or url_outlet(raw.url) or dateline_credit(
        body.split("\n\n", 1)[:1]) or url_outlet(fields.url) or self_credit(raw.content if raw.kind == "text" else body)
    # (the page's own address after the dateline: it may be a host's; a text naming itself as its outlet last)
    byline = clean_byline(raw.byline or fields.byline, outlet)
    if byline and not raw.byline and is_headline_start(byline, raw.title):
        byline = None  # the headline line, read as a name ("Michelle Obama Goes Organic and ...")
    return Article(
        id=raw.id or content_id(body),
        source=raw.source,
        text=body,
        # A recovered title loses a "| Author" or "- Site" tail, a given one its typesetting codes; both lose notes
        # to editors ("(FOR RELEASE ...)", "EDS-Updates with more details").
        title=tidy_headline(_given_title(raw.title))
        or tidy_headline(strip_title_suffix(fields.title, [byline, outlet, fields.byline], [outlet, fields.site])),
        outlet=outlet,
        byline=byline,
        date=day,
        date_confidence=day_confidence,
        url=url,
        removed=removed,
        group=raw.group,
    )


def _given_title(title: str | None) -> str | None:
    """A title given with the input, without archive typesetting codes; None when nothing else is left ("&HT;")."""
    if not title or "&" not in title:
        return title or None
    return " ".join(strip_markup_codes(title).split()) or None


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


def _named_outlet(lines: Sequence[str]) -> str | None:
    """The outlet named by the furniture among a page's raw lines (only lines naming one are judged)."""
    return find_outlet(furniture_lines([ln for ln in lines if names_outlet(ln)]))


def repeated_lines_by_outlet(raws: Sequence[RawDoc]) -> frozenset[str]:
    """Normalized lines that occur in two or more pages of the same outlet.

    The outlet is RawDoc.outlet, else the one the text names, else its URL's host (as for the article's
    outlet), else the page's directory. Long prose
    lines are never counted (two copies of one article share them), and neither are the lines two
    near-identical pages share. Where the directory stands in for an unknown outlet, a line that reads
    as a sentence (``_is_paragraph``) is not counted either: a folder of articles from outlets the
    text does not name holds several outlets, and a sentence two of them share is the wire report they
    both carry ("About 3,000 people joined the march, police said."), not page furniture; the short
    lines of a page's frame ("Leave a reply", "Share this") still are.
    """
    groups: dict[str, list[set[str]]] = defaultdict(list)
    prose: dict[str, set[str]] = defaultdict(set)  # per group of unknown outlet: its lines that read as sentences
    for raw in raws:
        lines = _page_lines(raw)
        known = raw.outlet or _named_outlet(lines) or url_outlet(raw.url)
        group = f"outlet:{known.lower()}" if known else f"folder:{PurePath(raw.source).parent}"
        keys = {k for ln in lines if (k := normalize_line(ln)) and len(k.split()) <= REPEATED_MAX_WORDS}
        groups[group].append(keys)
        if not known:
            prose[group] |= {k for ln in lines if (k := normalize_line(ln)) in keys and _is_paragraph(ln)}
    out: set[str] = set()
    for group, pages in groups.items():
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
        out |= shared - copies - prose.get(group, set())
    return frozenset(out)
