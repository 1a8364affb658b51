"""newsdesk: raw news articles from many outlets in, cited story briefs and cross-source comparisons out."""

from __future__ import annotations

import logging

# The stage packages newsdesk.brief, newsdesk.clean and newsdesk.compare share their names with the API
# functions below. Import them first: a submodule import binds its name on this package, and the API
# function must win.
import newsdesk.brief
import newsdesk.clean
import newsdesk.compare  # noqa: F401
from newsdesk.api import brief, clean, compare, demo_inputs
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
from newsdesk.pipeline import load_articles

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "Attribution",
    "Brief",
    "BriefConfig",
    "BriefSentence",
    "CleanConfig",
    "ClusterConfig",
    "CompareConfig",
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
    "Story",
    "brief",
    "clean",
    "compare",
    "demo_inputs",
    "load_articles",
]
