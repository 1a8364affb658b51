"""Exact duplicates: articles whose text is identical once case, punctuation and spacing are ignored."""

from __future__ import annotations

import hashlib

from newsdesk.text import normalize_for_hash


def exact_key(text: str) -> str:
    """A 16-hex-digit key equal for texts that differ only in case, punctuation or white space.

    Example:
        >>> exact_key("Storm hits  coast!") == exact_key("storm hits coast")
        True
    """
    return key_of_normalized(normalize_for_hash(text))


def key_of_normalized(normalized: str) -> str:
    """``exact_key`` of a text already passed through ``normalize_for_hash``."""
    return hashlib.sha1(normalized.encode("utf-8", "surrogatepass")).hexdigest()[:16]
