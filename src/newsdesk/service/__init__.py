"""Store-backed API for the desk: list, search and show stories and articles, and add new articles.

The CLI (`newsdesk serve`, ...) and the web routes both call these functions; the routes only parse
the request and render what comes back. Results are small frozen view records with ``to_dict()``
(``views``); reading is in ``reading``, adding in ``adding``.

A story's brief and comparison are costly (dedupe, summarize, compare), so they are computed once
per *set of articles* and cached in the store under a key made of the sorted article ids and the
settings that shape them; adding an article to a story changes the key, and the next view recomputes
(``analysis``).
"""

from newsdesk.service.adding import (
    UPLOAD_SUFFIXES,
    URL_MAX_BYTES,
    URL_TIMEOUT_S,
    add_files,
    add_texts,
    add_url,
    fetch_page,
    ingest_articles,
    upload_suffix,
)
from newsdesk.service.analysis import (
    CACHE_VERSION,
    analyse,
    analysis_key,
    best_sentence,
    comparison_from_dict,
)
from newsdesk.service.reading import (
    article_view,
    desk_version,
    list_stories,
    search_stories,
    story_markdown,
    story_version,
    story_view,
    warm_newest,
    warm_story,
)
from newsdesk.service.removing import restore_withdrawn, withdraw_articles
from newsdesk.service.views import (
    Added,
    AddResult,
    ArticleView,
    CitedSentence,
    CopyLink,
    Duplicate,
    Evidence,
    NotFoundError,
    Outlet,
    Source,
    StoryMovedError,
    StoryView,
    TimelineEntry,
)

__all__ = [
    "CACHE_VERSION",
    "UPLOAD_SUFFIXES",
    "URL_MAX_BYTES",
    "URL_TIMEOUT_S",
    "AddResult",
    "Added",
    "ArticleView",
    "CitedSentence",
    "CopyLink",
    "Duplicate",
    "Evidence",
    "NotFoundError",
    "Outlet",
    "Source",
    "StoryMovedError",
    "StoryView",
    "TimelineEntry",
    "add_files",
    "add_texts",
    "add_url",
    "analyse",
    "analysis_key",
    "article_view",
    "best_sentence",
    "comparison_from_dict",
    "desk_version",
    "fetch_page",
    "ingest_articles",
    "list_stories",
    "restore_withdrawn",
    "search_stories",
    "story_markdown",
    "story_version",
    "story_view",
    "upload_suffix",
    "warm_newest",
    "warm_story",
    "withdraw_articles",
]
