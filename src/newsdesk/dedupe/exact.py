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
    return hashlib.sha1(normalize_for_hash(text).encode("utf-8", "surrogatepass")).hexdigest()[:16]
