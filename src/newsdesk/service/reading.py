"""Reading the desk: list, search and show stories and articles."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from newsdesk.config import Settings
from newsdesk.errors import InputError
from newsdesk.service.analysis import (
    analyse,
    analysis_key,
    assemble_view,
    citation_ordered,
    cited_sentences,
    read_as,
    story_summary,
)
from newsdesk.service.views import ArticleView, Duplicate, NotFoundError, StoryMovedError, StoryView
from newsdesk.store import StorySummary  # one record for a story's listing row; the store fills it


def _missing_story(store: Any, story_id: str) -> NotFoundError:
    """The error for a story id with no story: moved (merged away) or not found."""
    into = store.story_alias(story_id)
    return StoryMovedError(story_id, into) if into else NotFoundError(f"no story with id {story_id!r}")





def list_stories(store: Any, limit: int = 50, offset: int = 0) -> list[StorySummary]:
    """Stories, newest first (by last article date, then last update)."""
    return store.list_stories(limit=limit, offset=offset)


def search_stories(store: Any, query: str, limit: int = 50, offset: int = 0) -> list[StorySummary]:
    """Stories whose title or article text match ``query`` (SQLite FTS5), newest first, from the ``offset``-th.

    Raises:
        InputError: the query is empty or not valid FTS5 syntax even after quoting.
    """
    query = (query or "").strip()
    if not query:
        raise InputError("the search query is empty")
    return store.list_stories(limit=limit, offset=offset, query=query)


def story_version(store: Any, story_id: str) -> int:
    """A number that changes whenever what the story page shows may have changed (an article joined, the
    title or dates moved), in this process or another: a key for caching the rendered page.

    Raises:
        StoryMovedError: the story was merged into another (a NotFoundError naming the new id).
        NotFoundError: no story has this id.
    """
    version = store.story_version(story_id)
    if version is None:
        raise _missing_story(store, story_id)
    return version


def desk_version(store: Any) -> int:
    """A number that changes whenever a story list or search result may have changed (any process)."""
    return store.version()


def story_view(store: Any, story_id: str, settings: Settings | None = None, focus: str | None = None) -> StoryView:
    """The story page: brief with evidence, comparison, outlets, copies and timeline.

    Args:
        store: an open store.
        story_id: the story.
        settings: pipeline settings (brief, comparison, dedup).
        focus: a question or topic ("What caused the dam to fail?"): the brief prefers the sentences about
            it (see newsdesk.brief.focus). None or blank: the generic brief. The comparison, copies and
            timeline are the story's own either way; only the generic analysis is cached (a focus is any
            text a reader types, so focused briefs are computed on each view).

    Raises:
        StoryMovedError: the story was merged into another (a NotFoundError naming the new id).
        NotFoundError: no story has this id.
    """
    settings = settings or Settings()
    story = store.get_story(story_id)
    if story is None:
        raise _missing_story(store, story_id)
    articles = citation_ordered(store.story_articles(story_id))
    summary = story_summary(store, story, articles)
    key = analysis_key(read_as(articles), settings)
    cached = store.get_cached_brief(story_id, key, kind="view")
    analysis = cached
    if analysis is None:
        analysis = analyse(articles, settings)
        store.put_cached_brief(story_id, key, analysis, kind="view")
    focus = (focus or "").strip()
    if focus:
        from newsdesk.pipeline import brief_articles

        focused = dataclasses.replace(settings, brief=dataclasses.replace(settings.brief, focus=focus))
        brief = brief_articles(list(articles), focused, with_comparison=False)
        if analysis.get("comparison"):  # the story's comparison (cached): no citation of an article saying otherwise
            from newsdesk.brief.contradicted import without_contradicting
            from newsdesk.service.analysis import comparison_from_dict

            brief = without_contradicting(brief, comparison_from_dict(analysis["comparison"]))
        analysis = {**analysis, "sentences": cited_sentences(brief, articles)}
    view = assemble_view(summary, articles, analysis, cached=cached is not None)
    return dataclasses.replace(view, focus=focus) if focus else view


def story_markdown(view: StoryView) -> str:
    """A story view as the Markdown of ``newsdesk brief``: the brief with [n] markers numbered as on the
    page, where sources differ, the numbered sources."""
    from newsdesk.model import Brief, BriefSentence
    from newsdesk.render import brief_markdown, typeset_quotes

    sentences = tuple(BriefSentence(s.text, s.from_id, tuple(e.article for e in s.evidence), s.people)
                      for s in view.brief)
    articles = tuple(src.article for src in sorted(view.sources, key=lambda src: src.number))
    brief = Brief(sentences=sentences, articles=articles, comparison=view.comparison)
    title = view.story.title + (f" — on: {view.focus}" if view.focus else "")
    return typeset_quotes(brief_markdown(brief, title=title, ids=True))  # ids: to open or remove a stored article


def article_view(store: Any, article_id: str) -> ArticleView:
    """The article page: cleaned text, removed lines, metadata, story and duplicates.

    Raises:
        NotFoundError: no article has this id.
    """
    article = store.get_article(article_id)
    if article is None:
        raise NotFoundError(f"no article with id {article_id!r}")
    dups = []
    for link in store.links([article_id]):
        other_id = link.b if link.a == article_id else link.a
        other = store.get_article(other_id)
        if other is not None:
            dups.append(Duplicate(other, link.kind, link.similarity, link.original))
    story_id = store.story_of(article_id)
    return ArticleView(article, store.get_story(story_id) if story_id else None, tuple(dups))


def warm_story(store: Any, story_id: str, settings: Settings | None = None) -> None:
    """Compute and cache a story's brief and comparison now (after ingest), not on first view."""
    story_view(store, story_id, settings)


def is_warm(store: Any, story_id: str, settings: Settings | None = None) -> bool:
    """Whether the story's page analysis (brief and comparison) is cached for its articles as they are now."""
    if store.get_story(story_id) is None:
        return True  # gone: nothing to warm
    key = analysis_key(read_as(store.story_articles(story_id)), settings or Settings())
    return store.get_cached_brief(story_id, key, kind="view") is not None


def warm_newest(store: Any, limit: int, settings: Settings | None = None,
                stop: Callable[[], bool] = lambda: False) -> list[str]:
    """Compute and cache the page analyses of the ``limit`` newest stories that have none (stories a `newsdesk
    ingest` stored: the web page's own adds warm theirs), newest first, until ``stop()`` says so; the ids warmed.

    A story that goes (merged or removed) while this runs is passed over.
    """
    warmed: list[str] = []
    for summary in store.list_stories(limit=limit):
        if stop():
            break
        if is_warm(store, summary.id, settings):
            continue
        try:
            warm_story(store, summary.id, settings)
        except NotFoundError:
            continue
        warmed.append(summary.id)
    return warmed
