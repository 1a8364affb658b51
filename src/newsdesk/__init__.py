"""newsdesk: raw news articles from many outlets in, cited story briefs and cross-source comparisons out.

In a notebook::

    import newsdesk
    b = newsdesk.brief(["a.txt", "b.html"])            # one story: paths, texts, dict records or Articles
    print(newsdesk.to_markdown(b))                     # what `newsdesk brief` prints; newsdesk.to_json(b) its JSON
    c = newsdesk.compare(["a.txt", "b.html"])          # c.comparison, c.articles, c.rejected; c.to_markdown()
    r = newsdesk.find_stories(["pile/"])               # many stories: r.stories, r.briefs; r.to_markdown()
    articles, rejected = newsdesk.load_articles(["feed.jsonl"])

``help(newsdesk.brief)`` (and the others) say what each takes and returns; an input that cannot be read is a
``Rejection`` with its reason (``.explain``), and ``InputError`` is raised only when no article at all could be.
"""

from __future__ import annotations

import logging

# The stage packages newsdesk.brief, newsdesk.clean and newsdesk.compare share their names with the API
# functions below. Import them first: a submodule import binds its name on this package, and the API
# function must win.
import newsdesk.brief
import newsdesk.clean
import newsdesk.compare  # noqa: F401
from newsdesk.api import (
    CompareResult,
    brief,
    clean,
    compare,
    demo_inputs,
    find_stories,
    load_articles,
    to_json,
    to_markdown,
)
from newsdesk.config import (
    BriefConfig,
    CleanConfig,
    ClusterConfig,
    CompareConfig,
    DedupConfig,
    IngestConfig,
    Settings,
)
from newsdesk.errors import ConfigError, InputError, NewsdeskError, Reason, StoreError
from newsdesk.model import (
    Article,
    Attribution,
    Brief,
    BriefSentence,
    Comparison,
    Conflict,
    ConflictSide,
    DupLink,
    Fact,
    RawDoc,
    Rejection,
    Story,
)

logging.getLogger(__name__).addHandler(logging.NullHandler())

try:
    from importlib.metadata import PackageNotFoundError, version

    __version__ = version("newsdesk")
except PackageNotFoundError:  # pragma: no cover - run from a source tree that is not installed
    __version__ = "0+unknown"


def __getattr__(name: str) -> object:
    # StoriesReport lives with the clustering code, which ``import newsdesk`` should not load until it is used.
    if name == "StoriesReport":
        from newsdesk.stories import StoriesReport

        return StoriesReport
    raise AttributeError(f"module 'newsdesk' has no attribute {name!r}")

__all__ = [
    "Article",
    "Attribution",
    "Brief",
    "BriefConfig",
    "BriefSentence",
    "CleanConfig",
    "ClusterConfig",
    "CompareConfig",
    "CompareResult",
    "Comparison",
    "ConfigError",
    "Conflict",
    "ConflictSide",
    "DedupConfig",
    "DupLink",
    "Fact",
    "IngestConfig",
    "InputError",
    "NewsdeskError",
    "RawDoc",
    "Reason",
    "Rejection",
    "Settings",
    "StoreError",
    "StoriesReport",
    "Story",
    "__version__",
    "brief",
    "clean",
    "compare",
    "demo_inputs",
    "find_stories",
    "load_articles",
    "to_json",
    "to_markdown",
]
