"""Duplicate detection: exact and near copies (MinHash LSH) and shared wire passages.

Each detector is split as map (``signature`` / ``wire_signature``, per article, picklable) and reduce
(``link`` / ``find_wire``, over compact keys), so the local pipeline and Dask run the same functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.config import DedupConfig
from newsdesk.dedupe.exact import exact_key
from newsdesk.dedupe.near import Signature, link, signature
from newsdesk.dedupe.wire import WireMatch, WireSignature, detect_wire, find_wire, wire_links, wire_signature
from newsdesk.model import Article, DupLink


def find_duplicates(articles: Sequence[Article], cfg: DedupConfig | None = None) -> list[DupLink]:
    """Exact, near and wire links among articles; a pair that is a copy is not also reported as wire.

    Example:
        >>> from newsdesk.model import Article
        >>> a = Article(id="a1", source="x", text="Same words here.")
        >>> [d.kind for d in find_duplicates([a, Article(id="a2", source="y", text="same words HERE")])]
        ['exact']
    """
    cfg = cfg or DedupConfig()
    copies = link([signature(a, cfg) for a in articles], cfg)
    return merge_links(copies, detect_wire(articles, cfg, exclude={(d.a, d.b) for d in copies}))


def merge_links(copies: Sequence[DupLink], wire: Sequence[DupLink]) -> list[DupLink]:
    """Copy links plus the wire links of pairs that are not already copies."""
    paired = {(d.a, d.b) for d in copies}
    return list(copies) + [w for w in wire if (w.a, w.b) not in paired]


def duplicate_ids(links: Sequence[DupLink]) -> set[str]:
    """Ids of exact/near copies that are not their group's original (count a duplicate as one source)."""
    return {d.b if d.original == d.a else d.a for d in links if d.kind in ("exact", "near")}


__all__ = [
    "Signature",
    "WireMatch",
    "WireSignature",
    "detect_wire",
    "duplicate_ids",
    "exact_key",
    "find_duplicates",
    "find_wire",
    "link",
    "merge_links",
    "signature",
    "wire_links",
    "wire_signature",
]
