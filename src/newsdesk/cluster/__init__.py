"""Story clustering: per-article features (map), batch grouping (reduce), incremental assignment."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain, pairwise

from newsdesk.clean.headlines import is_digest_title, is_opinion_title, readable_headline
from newsdesk.cluster.batch import cluster_features
from newsdesk.cluster.features import Features, day_number, features
from newsdesk.cluster.incremental import StreamState, assign, seed_state, stream_labels
from newsdesk.config import ClusterConfig
from newsdesk.model import Article, Story, content_id
from newsdesk.sentences import first_sentence_title
from newsdesk.text import content_terms


def make_story(ids: Sequence[str], by_id: dict[str, Article], story_id: str | None = None) -> Story:
    """A Story record for member ids: ordered by date, titled after its most typical headline."""
    members = sorted((by_id[i] for i in ids), key=lambda a: (a.published or "9999", a.id))
    dates = [a.published for a in members if a.published]
    titled = [a for a in members if a.title]
    if titled:
        title = typical_title([a.title or "" for a in titled])
        # a headline in capitals is shown in title case, as the brief's title is (render.story_title)
        title = readable_headline(title, next(a.text for a in titled if a.title == title))
    else:
        title = lede_title(members)
    return Story(
        id=story_id or content_id(members[0].id, prefix="s"),
        title=title,
        article_ids=tuple(a.id for a in members),
        first_date=min(dates) if dates else None,
        last_date=max(dates) if dates else None,
    )


LEDE_SENTENCES = 3  # an untitled article's lede is the first of its first sentences that stands alone


def _lede(text: str) -> str:
    """The first of an article's first sentences that stands alone (no "He said ...", "But ..."), else the first."""
    from newsdesk.brief.select import is_dangling
    from newsdesk.sentences import dateline_end, split_sentences

    first = [s for s in split_sentences(text)[:LEDE_SENTENCES] if s.strip()]
    if not first:
        return text
    first[0] = first[0][dateline_end(first[0]):]
    return next((s for s in first if not is_dangling(s)), first[0])


def lede_title(members: Sequence[Article]) -> str:
    """A title for a story none of whose articles has a headline: the lede that the story's other articles share
    most words with (its typical lede, as ``typical_title`` takes the typical headline), made a title
    (``first_sentence_title``). The first article's opening named a flood story "Officials said a second report on
    the bridge was due ..." (R27)."""
    if not members:
        return ""
    ledes = [_lede(a.text) for a in members]
    if len(members) == 1:
        return first_sentence_title(ledes[0])
    words = [set(content_terms(a.text)) for a in members]
    df = Counter(t for w in words for t in w)  # how many of the story's articles use each word

    def shared(i: int) -> float:
        """The words of lede ``i`` the other articles use, summed over them (each word's other users: linear in
        the story, not one set intersection per pair of articles), per word of the lede."""
        lede = set(content_terms(ledes[i]))
        if not lede:
            return 0.0
        return sum(df[t] - (t in words[i]) for t in lede) / len(lede)

    best = max(range(len(members)), key=lambda i: (shared(i), -i))
    return first_sentence_title(ledes[best])


MIN_TITLE_TERMS = 3  # a headline of fewer content words ("Gambling") is used only when no other is


_CUT_ENDS = frozenset(["a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
                       "but", "as", "into", "over", "after", "before", "about", "against", "than", "its", "their"])


def cut_short(title: str) -> bool:
    """Whether a headline ends in a word no headline ends with ("... Anti-AIDS Fight in"): a field cut short.

    Example:
        >>> cut_short("World Bank Issues Grant for Anti-AIDS Fight in"), cut_short("Pier to close for repairs")
        (True, False)
    """
    last = title.rstrip(" .,;:-–—").rsplit(None, 1)[-1:] if title.strip() else []
    return bool(last) and last[0].lower() in _CUT_ENDS


def typical_title(titles: Sequence[str]) -> str:
    """The headline sharing most words with the story's other headlines (per square root of its own
    length; one in capitals only when all are), ties to the earliest. A story's first headline is often
    one outlet's angle ("First lady to visit China"); the typical one says what the articles share."""
    terms = [set(content_terms(t)) for t in titles]
    df = Counter(chain.from_iterable(terms))
    long_enough = [i for i, t in enumerate(terms) if len(t) >= MIN_TITLE_TERMS] or list(range(len(titles)))
    # A headline in capitals ("SCHOOL OFFICIALS LOOK TO SECURITY") shouts: another one is taken when there is one.
    long_enough = [i for i in long_enough if not titles[i].isupper()] or long_enough
    # A digest's headline ("Major News Items in Leading Kenyan Newspapers") names the page, not the story.
    long_enough = [i for i in long_enough if not is_digest_title(titles[i])] or long_enough
    # A column's headline ("EDITORIAL: THE SHEPARD CASE VERDICT") names one outlet's view, not the story.
    long_enough = [i for i in long_enough if not is_opinion_title(titles[i])] or long_enough
    # A headline cut short ("World Bank Issues Grant for Anti-AIDS Fight in") is used only when no other is whole.
    long_enough = [i for i in long_enough if not cut_short(titles[i])] or long_enough
    best = max(long_enough, key=lambda i: (sum(df[w] - 1 for w in terms[i]) / math.sqrt(max(len(terms[i]), 1)), -i))
    return titles[best]


def split_at_gaps(groups: Sequence[Sequence[str]], dates: Mapping[str, str | None], gap_days: int) -> list[list[str]]:
    """Each group cut where its dated coverage pauses for more than ``gap_days`` days (a 2019 article is no part
    of a 2015 story). Articles without a trustworthy date stay with the largest dated part (ties: the earliest).

    Example:
        >>> split_at_gaps([["a", "b", "c"]], {"a": "2015-10-01", "b": "2015-10-03", "c": "2019-02-01"}, 7)
        [['a', 'b'], ['c']]
    """
    out: list[list[str]] = []
    for group in groups:
        days = {aid: day_number(dates.get(aid)) for aid in group}  # None: no date, or not a full one ("2015")
        dated = sorted((d, aid) for aid, d in days.items() if d is not None)
        if len(dated) < 2:
            out.append(list(group))
            continue
        parts: list[list[str]] = [[dated[0][1]]]
        for (before, _), (day, aid) in pairwise(dated):
            if day - before > gap_days:
                parts.append([])
            parts[-1].append(aid)
        largest = max(range(len(parts)), key=lambda k: (len(parts[k]), -k))
        parts[largest].extend(aid for aid in group if days[aid] is None)
        out.extend(parts)
    return out


def stories_from_groups(groups: Sequence[Sequence[str]], articles: Sequence[Article]) -> list[Story]:
    """Story records for id groups, largest story first (ties: earliest first article)."""
    by_id = {a.id: a for a in articles}
    stories = [make_story(g, by_id) for g in groups if g]
    return sorted(stories, key=lambda s: (-len(s.article_ids), s.first_date or "9999", s.id))


def cluster_labels(articles: Sequence[Article], cfg: ClusterConfig, incremental: bool = False) -> list[str]:
    """A story label per article (same order): batch clustering, or incremental in date order."""
    feats = [features(a) for a in articles]
    if incremental:
        order = sorted(range(len(feats)), key=lambda i: (articles[i].published or "9999", articles[i].id))
        labels = stream_labels([feats[i] for i in order], cfg)
        out = [""] * len(articles)
        for pos, i in enumerate(order):
            out[i] = labels[pos]
        return out
    label = {aid: str(k) for k, group in enumerate(cluster_features(feats, cfg)) for aid in group}
    return [label[a.id] for a in articles]


__all__ = [
    "Features",
    "StreamState",
    "assign",
    "cluster_features",
    "cluster_labels",
    "features",
    "make_story",
    "seed_state",
    "split_at_gaps",
    "stories_from_groups",
    "stream_labels",
    "typical_title",
]
