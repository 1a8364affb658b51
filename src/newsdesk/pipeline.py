"""Wires the stages together: read -> clean -> dedupe -> (cluster) -> brief -> compare. No logic of its own."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from newsdesk.config import Settings
from newsdesk.errors import Reason
from newsdesk.model import Article, Brief, Comparison, DupLink, RawDoc, Rejection, content_id, text_hash
from newsdesk.progress import Progress, no_progress
from newsdesk.urls import url_key

Input = str | Path | Article | RawDoc




def read_raw(inputs: Iterable[Input], settings: Settings) -> tuple[list[RawDoc], list[Article], list[Rejection]]:
    """Split mixed inputs into raw documents to clean, ready articles, and rejections."""
    from newsdesk.ingest import read_inputs, read_text

    raws: list[RawDoc] = []
    ready: list[Article] = []
    rejected: list[Rejection] = []
    paths: list[str | Path] = []
    for n, item in enumerate(inputs, start=1):
        if isinstance(item, Article):
            ready.append(item)
        elif isinstance(item, RawDoc):
            raws.append(item)
        elif isinstance(item, Path) or (isinstance(item, str) and _looks_like_path(item)):
            paths.append(item)
        elif isinstance(item, str):
            doc = read_text(f"<text {n}>", item)
            (raws if isinstance(doc, RawDoc) else rejected).append(doc)  # type: ignore[arg-type]
        else:
            raise TypeError(f"input {n} is a {type(item).__name__}; expected a path, a text, a RawDoc or an Article")
    for doc in read_inputs(paths, settings.ingest):
        (raws if isinstance(doc, RawDoc) else rejected).append(doc)  # type: ignore[arg-type]
    return raws, ready, rejected


def _looks_like_path(s: str) -> bool:
    if "\n" in s or len(s) > 4096 or not s.strip():  # "" would be Path("") == the working directory
        return False
    if s == "-" or _exists(s):
        return True
    # A one-word string that looks like a file name or pattern is a path (a missing one becomes a rejection).
    return len(s.split()) == 1 and (any(ch in s for ch in "*?[/\\") or bool(Path(s).suffix))


def _exists(s: str) -> bool:
    """Whether a file or directory of that name exists. A one-line article text is no name the system can
    hold (a part over 255 bytes: "File name too long"; a NUL character): such a string is no path."""
    try:
        return Path(s).exists()
    except (OSError, ValueError):
        return False


def apart(article: Article) -> Article:
    """The article under an id of its own when its given id is already another text's (ids given by two files,
    or an earlier run, that number their records alike): the id plus a hash of the text. Whether a stored
    article is this one is decided by ``same_article``, not by the hash, which follows the cleaned text."""
    return dataclasses.replace(article, id=f"{base_id(article.id)}~{content_id(article.text, prefix='', length=8)}")


def base_id(article_id: str) -> str:
    """The id as given, without the hash ``apart`` adds ("7~1a2b3c4d" -> "7")."""
    return article_id.split("~", 1)[0]


def same_article(a: Article, b: Article) -> bool:
    """Whether two articles under one given id are one input read twice: the same text, texts of one source (file
    name) that share half their words or more (a corrected version), or texts that share nearly all their words
    (cleaning judges boilerplate across a run's pages, so a text read in another run, or from another folder, may
    gain or lose a line)."""
    if a.text == b.text:
        return True
    wa, wb = set(a.text.lower().split()), set(b.text.lower().split())
    overlap = len(wa & wb) / max(len(wa | wb), 1)
    pa, pb = set(a.text.split("\n\n")), set(b.text.split("\n\n"))
    # One text whole inside the other (an update added below the story, a paragraph taken down, a line of
    # boilerplate kept in one reading): the same article, also from another file, when what is kept is no scrap.
    kept = pa if pa <= pb else pb if pb <= pa else None
    if kept is not None and sum(len(p.split()) for p in kept) >= MIN_KEPT_WORDS:
        return True
    if a.source != b.source and not _same_address(a, b):
        return overlap >= SAME_ARTICLE_WORDS
    # The same file (or page address) read again: paragraphs gained or lost (boilerplate judged across another
    # run's pages), or a correction (most words kept); but a daily export under one name ("feed.jsonl" numbering
    # its records "1", "2", ...) brings other articles under the same ids.
    return kept is not None or overlap >= SAME_SOURCE_WORDS


def _same_address(a: Article, b: Article) -> bool:
    """Whether two articles give one page address (``urls.url_key``): the next hour's feed listing an item again."""
    key = url_key(a.url)
    return key is not None and key == url_key(b.url)


def input_id(raw: RawDoc) -> str:
    """The id of an input that gives none: from its page address when it has one (``urls.url_key``), so the
    same item in the next hour's feed file, or fetched again by a crawl, is known as the article already read;
    otherwise from its source (file name, record number) and content.

    Example:
        >>> a = RawDoc("feed-03.jsonl:4", "Fire on pier.", url="https://www.news.test/fire?utm_source=rss")
        >>> input_id(a) == input_id(RawDoc("feed-04.jsonl:1", "Fire on pier.", url="http://news.test/fire/"))
        True
    """
    key = url_key(raw.url)
    return content_id("url", key) if key else content_id(raw.source, raw.content)


MIN_KEPT_WORDS = 12  # words of a text found whole inside another that make the two one article
SAME_ARTICLE_WORDS = 0.8  # word-set overlap (Jaccard) of two readings of one input
SAME_SOURCE_WORDS = 0.5  # the same, for two readings of one file name: a corrected text is still this close


def is_revision(stored: Article, read: Article) -> bool:
    r"""Whether ``read``, one input read again under a stored article's id (``same_article``), is a new version
    of it: a paragraph changed (a corrected figure, a rewritten sentence), or a paragraph of prose added (an update)
    or taken down; not a line cleaning kept in one reading and dropped, as boilerplate, in the other.

    Example:
        >>> old = Article(id="r1", source="v1", text="Fire forced 1,200 out.\n\nCrews worked all night.")
        >>> is_revision(old, dataclasses.replace(old, text="Fire forced 1,300 out.\n\nCrews worked all night."))
        True
        >>> is_revision(old, dataclasses.replace(old, text=old.text + "\n\nShare this article"))
        False
        >>> is_revision(old, dataclasses.replace(old, text=old.text + "\n\nUpdate: two workers were hurt in the fire, police said."))
        True
    """
    if stored.text == read.text:
        return False
    old, new = set(stored.text.split("\n\n")), set(read.text.split("\n\n"))
    lost, gained = old - new, new - old
    if lost and gained:
        return True
    # Only gained or only lost: an update added below the story, or a paragraph taken down; unless it is a line
    # cleaning kept in one reading and dropped in the other (it is among that reading's removed lines).
    dropped_before, dropped_now = _removed(stored), _removed(read)
    return any(_prose(p) and p.strip() not in dropped_before for p in gained) or \
        any(_prose(p) and p.strip() not in dropped_now for p in lost)


MIN_PROSE_WORDS = 8  # a paragraph gained or lost this long, with a full stop, is the article's text changing


def _prose(paragraph: str) -> bool:
    return len(paragraph.split()) >= MIN_PROSE_WORDS and any(c in paragraph for c in ".!?")


def _removed(article: Article) -> set[str]:
    return {" ".join(line.split()) for line in article.removed} | {line.strip() for line in article.removed}


def clean_all(raws: Sequence[RawDoc], settings: Settings, progress: Progress = no_progress) -> tuple[list[Article], list[Rejection]]:
    """Clean each raw document; lines repeated across pages of one outlet count as boilerplate."""
    from newsdesk.clean import clean_raw, repeated_lines_by_outlet
    from newsdesk.ingest.records import file_of  # the ingest package: loaded once inputs are read
    from newsdesk.limits import guarded

    repeated = repeated_lines_by_outlet(raws) if len(raws) > 1 else frozenset()
    orders = _date_orders(raws)
    when: dict[str, str] = {}  # source -> the date its input gave (to tell two versions of an item apart)
    articles: list[Article] = []
    rejected: list[Rejection] = []
    seen: dict[str, Article] = {}  # id -> the article read under it
    total = len(raws)
    for i, raw in enumerate(raws, start=1):
        named = raw.id is not None or url_key(raw.url) is not None
        if raw.id is None:
            raw = dataclasses.replace(raw, id=input_id(raw))
        # Behind the limits: HTML nested too deep -> TOO_DEEP, cleaning too slow -> TIMEOUT (newsdesk.limits).
        result = guarded(lambda r: clean_raw(r, settings.clean, repeated), raw,
                         settings.ingest.max_html_depth, settings.ingest.seconds_per_article)
        if not isinstance(result, Rejection) and result.date and raw.date and file_of(raw.source) in orders:
            result = _settled(result, raw.date, orders[file_of(raw.source)])
        if not named and not isinstance(result, Rejection) and (key := url_key(result.url)):
            # A saved page names its address itself (its canonical link): the same page saved again, under
            # another file name, is the article already read.
            result = dataclasses.replace(result, id=content_id("url", key))
        if not isinstance(result, Rejection) and result.id in seen and seen[result.id].text != result.text:
            other = seen[result.id]
            if file_of(other.source) != file_of(result.source) and is_revision(other, result) \
                    and same_article(other, result):
                # A day's hourly files read at once: two versions of one item (one file never lists two). The newer
                # one is kept, and the store is told the other's text was replaced (``Article.replaces``).
                newer, older = (result, other) if _newer(result, other, when) else (other, result)
                kept = dataclasses.replace(newer, replaces=(*newer.replaces, text_hash(older.text), *older.replaces))
                articles[articles.index(other)] = seen[result.id] = kept
                rejected.append(Rejection(older.source, Reason.DUPLICATE, f"article id {result.id}: an earlier "
                                          f"version of the text of {newer.source}", "clean"))
                progress("clean", i, total)
                continue
            result = apart(result)  # two files numbering their records "1", "2", ...: two articles, not copies
        if not isinstance(result, Rejection):
            when[result.source] = raw.date or ""
        if isinstance(result, Rejection):
            rejected.append(result)
        elif result.id in seen:
            rejected.append(Rejection(raw.source, Reason.DUPLICATE, f"article id {result.id} was already read", "clean"))
        else:
            seen[result.id] = result
            articles.append(result)
        progress("clean", i, total)
    return articles, rejected


def _newer(a: Article, b: Article, given: dict[str, str]) -> bool:
    """Whether ``a`` is the newer of two readings of one item: by the dates their inputs gave, when both gave one
    and they differ; else by their files' names, numbers compared as numbers ("feed-9" before "feed-10"); else the
    reading made later."""
    from newsdesk.ingest.records import file_of  # the ingest package: loaded once inputs are read

    da, db = given.get(a.source, ""), given.get(b.source, "")
    if da[:4].isdigit() and db[:4].isdigit() and da != db:  # ISO dates (record_date writes them so)
        return da > db
    fa, fb = _natural(file_of(a.source)), _natural(file_of(b.source))
    return fa >= fb


def _natural(name: str) -> list[tuple[int, int | str]]:
    return [(0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", name) if part]


def _date_orders(raws: Sequence[RawDoc]) -> dict[str, bool]:
    """Month first or day first, for each file whose given dates tell (clean.date_order.file_orders)."""
    from newsdesk.clean.date_order import file_orders
    from newsdesk.ingest.records import file_of  # the ingest package: loaded once inputs are read

    by_file: dict[str, list[str]] = {}
    for raw in raws:
        if raw.date and "/" in raw.date:
            by_file.setdefault(file_of(raw.source), []).append(raw.date)
    return file_orders(by_file) if by_file else {}


def _settled(article: Article, given: str, month_first: bool) -> Article:
    """An article whose given date read both ways ("08/12/1998") at the reading its file's other dates name."""
    from newsdesk.clean.date_order import AMBIGUOUS, settle_by_order

    if article.date is None or article.date_confidence != AMBIGUOUS:  # (read both ways, nothing else told)
        return article
    day = settle_by_order(article.date, given, month_first)
    return dataclasses.replace(article, date=day, date_confidence=1.0)


def load_articles(
    inputs: Iterable[Input], settings: Settings | None = None, progress: Progress = no_progress
) -> tuple[list[Article], list[Rejection]]:
    """Read and clean inputs (paths, directories, globs, "-", texts, RawDocs or Articles).

    Returns:
        (articles, rejections): every input is one or the other.
    """
    settings = settings or Settings()
    raws, ready, rejected = read_raw(inputs, settings)
    articles, more = clean_all(raws, settings, progress)
    return ready + articles, rejected + more


def brief_articles(
    articles: Sequence[Article],
    settings: Settings,
    rejected: Sequence[Rejection] = (),
    since: Sequence[Article] = (),
    with_comparison: bool = True,
) -> Brief:
    """Deduplicate, summarize and (optionally) compare one story's articles."""
    from newsdesk.limits import cap_articles

    articles, over = cap_articles(articles, settings.brief.max_articles)
    rejected = [*rejected, *over]
    links = find_links(articles, settings)
    brief = summarize_story(articles, settings, links, since)
    comparison = compare_story(articles, settings, links) if with_comparison and len(articles) > 1 else None
    if comparison is not None:  # no citation of an article the comparison finds saying otherwise
        from newsdesk.brief.contradicted import without_contradicting
        from newsdesk.brief.denied import with_denial

        # and a denial of what the brief states is told beside it
        brief = with_denial(without_contradicting(brief, comparison), comparison, settings.brief.words,
                            settings.brief.sentences)
    return dataclasses.replace(brief, rejected=tuple(rejected), duplicates=tuple(links), comparison=comparison)


def summarize_story(
    articles: Sequence[Article], settings: Settings, links: Sequence[DupLink] = (), since: Sequence[Article] = ()
) -> Brief:
    """The brief a reader gets of one story: ``summarize`` (a digest's items off the story left out:
    ``digests.story_items``), then people named by bare surname introduced, and the person an opening "He" / "She"
    stands for and the outlet or company an opening "The magazine" / "The company" stands for named where the
    article makes it plain, and the city a wire story's "here" means ("here [Nairobi]", from its dateline)."""
    from newsdesk.brief import summarize
    from newsdesk.brief.antecedents import name_pronouns, name_quoted_speakers
    from newsdesk.brief.here import place_here
    from newsdesk.brief.people import introduce_people
    from newsdesk.brief.referents import name_definite_referents
    from newsdesk.digests import story_items

    return place_here(name_definite_referents(name_quoted_speakers(name_pronouns(introduce_people(
        summarize(story_items(articles), settings.brief, duplicates=links, since=since))))))


def compare_story(articles: Sequence[Article], settings: Settings, links: Sequence[DupLink] = ()) -> Comparison:
    """The comparison of one story's articles (``compare.compare``), a digest's items off the story left out."""
    from newsdesk.compare import compare
    from newsdesk.digests import story_items

    return compare(story_items(articles), settings.compare, links=links)


def find_links(articles: Sequence[Article], settings: Settings, client: Any = None) -> list[DupLink]:
    """Exact, near-duplicate and wire-copy links between articles (map steps on Dask when ``client``)."""
    from newsdesk.dedupe import find_duplicates

    return find_duplicates(articles, settings.dedup, client)
