"""Errors raised by newsdesk and the reasons an input can be rejected."""

from __future__ import annotations

from enum import StrEnum


class NewsdeskError(Exception):
    """Base class of every error newsdesk raises on purpose."""


class InputError(NewsdeskError):
    """An input cannot be read at all (names the input)."""


class ConfigError(NewsdeskError, ValueError):
    """A setting has a value newsdesk cannot use (names the setting and the fix)."""


class StoreError(NewsdeskError):
    """The SQLite store cannot be opened or written."""


class MissingDependency(NewsdeskError, ImportError):
    """An optional extra is needed for this feature."""


def require(module: str, extra: str):
    """Import an optional dependency or fail with the pip command that installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependency(
            f"{module} is needed for this feature: pip install 'newsdesk[{extra}]'"
        ) from exc


class Reason(StrEnum):
    """Why an input (or a part of one) was not turned into an article."""

    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    TOO_LARGE = "too_large"
    NO_TEXT = "no_article_text"
    UNREADABLE = "unreadable"
    BAD_RECORD = "bad_record"
    UNSUPPORTED = "unsupported_format"
    TOO_DEEP = "html_too_deep"
    TIMEOUT = "timeout"
    NOT_HTML = "not_html"
    DUPLICATE = "duplicate"
    WITHDRAWN = "withdrawn"  # removed from the store by a user (`newsdesk remove`); not put back by a re-read
