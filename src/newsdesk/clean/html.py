"""HTML to text: a naive visible-text dump, and trafilatura's extraction with its metadata."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

log = logging.getLogger(__name__)

# Elements whose text a browser never shows.
_INVISIBLE = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "meta",
        "link",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "select",
        "option",
    ]
)
# Elements that start a new block of text (a line in the dump).
_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "button",
        "label",
        "caption",
        "center",
    ]
)
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    """What trafilatura recovered from a page."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None  # the page's own address (<link rel="canonical">, og:url), when it states one


_UTF8_PARSER = lxml_html.HTMLParser(encoding="utf-8")


def parse_markup(markup: str) -> etree._Element | None:
    """The page parsed by lxml (the markup is decoded text already); None when lxml cannot parse it."""
    if not markup.strip():
        return None
    try:
        # The markup is decoded already: the parser is told so, or a <meta charset="windows-1251"> in the
        # page would make it decode the UTF-8 bytes a second time (mojibake).
        root = lxml_html.fromstring(markup.encode("utf-8", "surrogatepass"), parser=_UTF8_PARSER)
    except (etree.ParserError, ValueError) as exc:  # lxml refuses e.g. documents of only comments
        log.debug("lxml could not parse the page: %s", exc)
        return None
    # A page of nothing but a comment or a processing instruction ("\xa0<!") parses to that node, no element: no text.
    return root if isinstance(root.tag, str) else None


def visible_text(markup: str) -> str:
    """Every visible text node of a page, one block per line, as a naive scraper would dump it.

    Block elements (p, div, li, h1..h6, td, br, ...) start a new line; inline elements
    (a, span, em, ...) are joined into the line of their block. Nothing is judged.

    Example:
        >>> visible_text("<p>Hello <b>world</b></p><div>Menu</div>")
        'Hello world\\nMenu'
    """
    root = parse_markup(markup)
    if root is None:
        return ""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = _SPACE.sub(" ", "".join(buf)).strip()
        if line:
            lines.append(line)
        buf.clear()

    skip_depth = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            if skip_depth or tag in _INVISIBLE or not tag:
                skip_depth += 1
                continue
            if tag in _BLOCK:
                flush()
            if el.text:
                buf.append(el.text)
        else:
            if skip_depth:
                skip_depth -= 1
            elif tag in _BLOCK:
                flush()
            if el.tail and not skip_depth:
                buf.append(el.tail)
    flush()
    return "\n".join(line for part in lines for line in part.split("\n") if line.strip())


def link_texts(markup: str) -> set[str]:
    """The normalized texts of the page's links (<a> elements), to tell a list of links from prose."""
    from newsdesk.clean.boilerplate import normalize_line

    root = parse_markup(markup)
    if root is None:
        return set()
    return {key for a in root.iter("a") if (key := normalize_line(a.text_content() or ""))}


def trafilatura_extract(markup: str) -> HtmlExtraction | None:
    """Run trafilatura's bare extraction; None when it finds no article text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, favor_precision=False
    )
    if doc is None:
        return None
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    text = get("text") or ""
    if not text.strip():
        return None
    return HtmlExtraction(
        text=text,
        title=get("title") or None,
        author=get("author") or None,
        date=get("date") or None,
        sitename=site_name(get("sitename"), get("url")),
        url=page_url(get("url")),
    )


def page_url(value: object) -> str | None:
    """An absolute http(s) address the page gives as its own, else None (a relative or a script's value).

    Example:
        >>> page_url("https://news.example/2024/03/fire.html"), page_url("/2024/03/fire.html")
        ('https://news.example/2024/03/fire.html', None)
        >>> page_url("https://news.example/") is None
        True
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    # A site's home page ("https://news.example/") is no article's address.
    return value if re.match(r"https?://[^\s/]+\.[^\s/]+/[^\s?#]*[^\s/?#]", value) and not re.search(r"\s", value) \
        else None


# Second-level labels under a country's domain that are no one's name ("co" of "thesun.co.uk").
_SUFFIX_LABELS = frozenset(["co", "com", "net", "org", "gov", "edu", "ac", "ne", "or", "go", "gob", "nic"])


def site_name(name: str | None, url: str | None) -> str | None:
    """A page's site name as its outlet, unless it is a plain word that merely repeats a sub-domain of the page's own
    address: an agency's or a network's hosting service ("Hosted" of "hosted.ap.org", "Blogs" of
    "blogs.example.com") names its service, not who reports; a brand on a sub-domain ("ProFootballTalk" of
    "profootballtalk.nbcsports.com") is the outlet.

    Example:
        >>> site_name("Hosted", "https://hosted.ap.org/story/1") is None
        True
        >>> site_name("The Sun", "https://www.thesun.co.uk/news/1"), site_name("Vox", "https://www.vox.com/a")
        ('The Sun', 'Vox')
    """
    if not name or not name.strip():
        return None
    labels = (url or "").split("://", 1)[-1].split("/", 1)[0].lower().removeprefix("www.").split(".")
    plain_word = name.strip().isalpha() and name.strip()[1:].islower()  # "Hosted", "Blogs"; not "ProFootballTalk"
    if plain_word and len(labels) >= 3 and labels[1] not in _SUFFIX_LABELS and labels[0] == name.strip().lower():
        return None
    return name


def without_tagline(name: str) -> str:
    """A site name without the tagline it carries after a bar or a dash ("LinkNaija | Nigeria's popular news
    platform" -> "LinkNaija"): a name of one to three words before, a phrase of three words or more after.

    Example:
        >>> without_tagline("LinkNaija | Nigeria's popular news platform"), without_tagline("Reuters | Business")
        ('LinkNaija', 'Reuters | Business')
    """
    bar = _TAGLINE_BAR.search(name)
    if bar is None:
        return name
    head, tail = name[: bar.start()].strip(), name[bar.end():].split()
    return head if 1 <= len(head.split()) <= 3 and len(tail) >= 3 and any(w[:1].islower() for w in tail) else name


_TAGLINE_BAR = re.compile(r"\s+[|\u2013\u2014-]\s+")
