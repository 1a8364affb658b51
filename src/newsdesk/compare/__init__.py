"""Cross-source comparison: what every outlet confirms, what only one says, where they contradict, who says it.

Example:
    >>> from newsdesk.compare import compare, render_comparison_markdown
    >>> comp = compare(articles)                                  # doctest: +SKIP
    >>> print(render_comparison_markdown(comp, {a.id: n for n, a in enumerate(articles, 1)}))  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts import find_conflicts
from newsdesk.compare.consensus import build_facts, index_claims
from newsdesk.compare.render import render_comparison_markdown
from newsdesk.compare.revisions import find_revisions
from newsdesk.config import CompareConfig
from newsdesk.model import Article, Comparison, DupLink


def compare(articles: Sequence[Article], cfg: CompareConfig | None = None, links: Sequence[DupLink] = ()) -> Comparison:
    """Compare the articles of one story.

    Args:
        articles: the story's cleaned articles (two or more for anything to compare).
        cfg: thresholds and list lengths (``CompareConfig()`` when None).
        links: duplicate / wire-copy links from the dedupe stage; linked articles count as one source.

    Returns:
        Comparison: corroborated facts (with independent-source counts and attribution), single-source facts,
        conflicts (number, date, place, actor, denial), each side with the articles that carry it, and figures a
        later report revises (earlier value first).
    """
    cfg = cfg or CompareConfig()
    per_article = [article_claims(a) for a in articles]
    idx = index_claims(per_article)
    revisions = find_revisions(idx, cfg.fact_similarity)[: cfg.max_facts]
    conflicts = find_conflicts(idx)
    # Sentences set against each other are never one fact; two people telling one statement are still two tellers
    # of it (the actor conflict of who said it is shown, and the statement keeps its corroboration).
    speakers = {c.text: {s.who for s in c.speakers} for c in idx.claims}
    apart = {frozenset((x.text, y.text)) for c in conflicts
             if not (c.kind == "actor" and all(s.value in speakers.get(s.text, ()) for s in c.sides))
             for k, x in enumerate(c.sides) for y in c.sides[k + 1:]}
    facts, singles = build_facts(idx, cfg, links, latest={r.sides[-1].text: r.sides[0].articles for r in revisions},
                                 apart=apart)
    conflicts = conflicts[: cfg.max_facts]
    return Comparison(tuple(facts), tuple(singles), tuple(conflicts), tuple(revisions))


__all__ = ["compare", "render_comparison_markdown"]
