"""Which articles carry a sentence's content: cross-document support and citations."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsdesk.model import DupLink


def duplicate_groups(article_ids: Sequence[str], duplicates: Sequence[DupLink]) -> list[int]:
    """Group number per article; exact and near copies share a group (union-find).

    Wire links are left out: two outlets running one wire story still have their own
    sentences around the shared passage, so they are not one article.
    """
    index = {aid: i for i, aid in enumerate(article_ids)}
    parent = list(range(len(article_ids)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for link in duplicates:
        if link.kind not in ("exact", "near"):
            continue
        a, b = index.get(link.a), index.get(link.b)
        if a is None or b is None:
            continue
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    roots = [find(i) for i in range(len(article_ids))]
    numbering: dict[int, int] = {}
    return [numbering.setdefault(r, len(numbering)) for r in roots]


def carriers(
    sim_row: np.ndarray,
    cand_article: np.ndarray,
    cand_group: np.ndarray,
    own: int,
    threshold: float,
) -> list[int]:
    """Articles (one per duplicate group) with a sentence at least ``threshold`` similar to candidate ``own``.

    Returns article indices, the candidate's own article first, then the others in input order.
    For a group of copies the copy with the most similar sentence stands for the group, so a
    duplicate is cited once.
    """
    own_article, own_group = int(cand_article[own]), int(cand_group[own])
    hits = np.flatnonzero(sim_row >= threshold)
    best: dict[int, tuple[float, int]] = {}
    for j in hits:
        g = int(cand_group[j])
        if g == own_group:
            continue
        s = float(sim_row[j])
        if g not in best or s > best[g][0]:
            best[g] = (s, int(cand_article[j]))
    return [own_article, *sorted(a for _, a in best.values())]
