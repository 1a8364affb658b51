r"""A digest in a story keeps only its items on the story.

A wire service's bulletin ("AP Top News at 2 a.m. EST") or a site's "News in brief" holds several stories, each
a short headline and a paragraph or two. Clustered with one of them, the whole bulletin enters that story: its
other items (a budget vote in a story of a balloon flight) would be quoted in the brief, and the same item repeated
in the next bulletin would look corroborated. ``story_items`` cuts a digest down to the items that share the
story's words, before the brief and the comparison read it.

Example:
    >>> from newsdesk.model import Article
    >>> story = Article("a1", "s1", "The balloon crossed Jamaica on Wednesday, the balloon team said.")
    >>> bulletin = Article("d1", "s2", "Budget Passes\n\nWASHINGTON (AP) -- The House passed a budget.\n\n"
    ...     "Balloon Nears Goal\n\nGENEVA (AP) -- The balloon team flew past Jamaica.\n\n"
    ...     "Train Probe\n\nCHICAGO (AP) -- Investigators studied tire marks.", title="AP Top News at 2 a.m. EST")
    >>> story_items([story, bulletin])[1].text
    'Balloon Nears Goal\n\nGENEVA (AP) -- The balloon team flew past Jamaica.'
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from newsdesk.clean.headlines import is_digest_title
from newsdesk.model import Article
from newsdesk.sentences import dateline_end
from newsdesk.text import content_terms

HEADLINE_MAX_WORDS = 14  # an item's headline is a short line without a full stop
MIN_TITLED_ITEMS = 2  # items of a digest its title names as one ("AP Top News at ...", "News in brief")
MIN_UNTITLED_ITEMS = 4  # items, each filed from a dateline, of a digest its title does not name
KEEP_SHARE = 0.5  # an item is kept when it shares at least this share of the best item's score


def _is_item_headline(paragraph: str) -> bool:
    line = paragraph.strip()
    return ("\n" not in line and 0 < len(line.split()) <= HEADLINE_MAX_WORDS
            and not line.endswith((".", "?", "!", ":", ",", ";", '"', "”")) and line[:1].isupper())


def digest_items(article: Article) -> list[str] | None:
    """The items of a digest (each its headline and paragraphs), or None when the article is not one: several
    items under a title naming a digest, or at least MIN_UNTITLED_ITEMS items each filed from a dateline."""
    paragraphs = [p.strip() for p in article.text.split("\n\n") if p.strip()]
    items: list[list[str]] = []
    for i, p in enumerate(paragraphs):
        opens_item = _is_item_headline(p) and i + 1 < len(paragraphs) and not _is_item_headline(paragraphs[i + 1])
        if opens_item or not items:
            items.append([p])
        else:
            items[-1].append(p)
    headed = [it for it in items if len(it) > 1 and _is_item_headline(it[0])]
    if is_digest_title(article.title):
        return ["\n\n".join(it) for it in items] if len(headed) >= MIN_TITLED_ITEMS else None
    filed = [it for it in headed if dateline_end(it[1])]
    if len(filed) >= MIN_UNTITLED_ITEMS and len(filed) == len(items):
        return ["\n\n".join(it) for it in items]
    return None


def story_items(articles: Sequence[Article]) -> list[Article]:
    """The story's articles, each digest cut down to its items on the story: those whose words the story's other
    articles share most (at least KEEP_SHARE of the best item's share). Unchanged when the story has no digest, or
    only digests (nothing to tell their items apart by)."""
    items = [digest_items(a) for a in articles]
    if not any(items) or all(items):
        return list(articles)
    others = [a for a, it in zip(articles, items, strict=True) if not it]
    df = Counter(t for a in others for t in set(content_terms(a.text)))
    out = []
    for article, its in zip(articles, items, strict=True):
        if not its:
            out.append(article)
            continue
        scores = [_share(item, df, len(others)) for item in its]
        best = max(scores)
        kept = [item for item, score in zip(its, scores, strict=True) if score >= KEEP_SHARE * best and score > 0] \
            or [its[scores.index(best)]]
        out.append(dataclasses.replace(article, text="\n\n".join(kept)))
    return out


def _share(item: str, df: Counter[str], n: int) -> float:
    """How much of an item the story's other articles carry: the mean, over its distinct words, of the share of
    those articles that use the word."""
    terms = set(content_terms(item))
    return sum(df[t] for t in terms) / (len(terms) * n) if terms else 0.0
