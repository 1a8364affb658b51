"""A story's analysis (brief, comparison, copy links, per-citation evidence), cached in the store as JSON under a key
of its article set, its settings and the version of the code that makes it; and its assembly into a StoryView."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from newsdesk.brief.when import newest_day, written_on
from newsdesk.config import Settings
from newsdesk.model import (
    Article,
    Attribution,
    Brief,
    Comparison,
    Conflict,
    ConflictSide,
    DupLink,
    Fact,
    PersonNote,
    Story,
    text_hash,
)
from newsdesk.render import citation_key
from newsdesk.service.views import CitedSentence, CopyLink, Evidence, Outlet, Source, StoryView, TimelineEntry
from newsdesk.store import StorySummary  # one record for a story's listing row; the store fills it


def _analysis_code_version() -> str:
    """A fingerprint of the code that makes a story's analysis (brief, comparison, duplicate links), so a
    store's cached analyses are recomputed after an upgrade instead of showing what old code produced."""
    root = Path(__file__).parent.parent  # the newsdesk package
    digest = hashlib.sha1()
    files = [root / "sentences.py", root / "text.py", root / "pipeline.py", root / "digests.py",
             root / "clean" / "headlines.py"]
    for package in ("brief", "compare", "dedupe"):
        files += sorted((root / package).rglob("*.py")) + sorted((root / package).rglob("*.json"))
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


CACHE_VERSION = _analysis_code_version()




def read_as(articles: Iterable[Article]) -> list[str]:
    """Each article as the cache knows it: its id and its text's hash, so an analysis made from a text a correction
    has since replaced is not taken for the analysis of the corrected text (R28 #4: a correction stored while a page
    was being analysed left the old wording cached under the article set's key)."""
    return [f"{a.id}@{text_hash(a.text)[:12]}" for a in articles]


def analysis_key(article_ids: Iterable[str], settings: Settings) -> str:
    """Cache key: the story's article set plus the settings that shape brief and comparison."""
    shape = repr((CACHE_VERSION, settings.brief, settings.compare, settings.dedup))
    return hashlib.sha1("\x1f".join([shape, *sorted(article_ids)]).encode()).hexdigest()


def analyse(articles: Sequence[Article], settings: Settings) -> dict[str, Any]:
    """Brief, comparison, copy links and per-citation evidence of one story, as JSON-ready data."""
    from newsdesk.pipeline import brief_articles

    brief = brief_articles(list(articles), settings, with_comparison=True)
    return {
        "sentences": cited_sentences(brief, articles),
        "comparison": brief.comparison.to_dict() if brief.comparison is not None else None,
        "links": [d.to_dict() for d in brief.duplicates],
    }


def cited_sentences(brief: Brief, articles: Sequence[Article]) -> list[dict[str, Any]]:
    """The brief's sentences as JSON-ready data, each with the sentence every cited article carries."""
    by_id = {a.id: a for a in articles}
    sentences = []
    for s in brief.sentences:
        evidence = {aid: (s.text if aid == s.from_id else best_sentence(s.text, by_id[aid].text))
                    for aid in s.citations if aid in by_id}
        sentences.append({"text": s.text, "from": s.from_id, "evidence": evidence,
                          "people": [{"name": p.name, "intro": p.intro} for p in s.people]})
    return sentences


def best_sentence(claim: str, text: str) -> str:
    """The sentence of ``text`` sharing most content words with ``claim`` (what that article says)."""
    from newsdesk.sentences import split_sentences
    from newsdesk.text import content_terms

    want = set(content_terms(claim))
    best, best_score = "", -1.0
    for sent in split_sentences(text):
        have = set(content_terms(sent))
        score = len(want & have) / (len(want | have) or 1)
        if score > best_score:
            best, best_score = sent, score
    return best or text[:300]


def assemble_view(summary: StorySummary, articles: list[Article], analysis: dict[str, Any], cached: bool) -> StoryView:
    number = {a.id: i for i, a in enumerate(articles, start=1)}
    by_id = {a.id: a for a in articles}
    links = [DupLink(**{**d, "passages": tuple(d.get("passages", ()))}) for d in analysis.get("links", [])]
    copy_of: dict[str, tuple[str, str]] = {}
    copies = []
    for link in links:
        if link.kind not in ("exact", "near") or link.a not in number or link.b not in number:
            continue
        original = link.original if link.original in (link.a, link.b) else min(link.a, link.b, key=number.__getitem__)
        copy = link.b if original == link.a else link.a
        if copy in copy_of or original in copy_of and copy_of[original][0] == copy:
            continue  # one line per copy: 14 copies of one page are 13 lines, not 91 pairs
        copy_of[copy] = (original, link.kind)
        copies.append(CopyLink(number[copy], number[original], link.kind, link.similarity))
    wired: set[tuple[str, str]] = set()
    for link in links:  # wire links are shown too, after the copies, once per pair of originals
        if link.kind == "wire" and link.a in number and link.b in number:
            original = link.original if link.original in (link.a, link.b) else link.a
            copy = link.b if original == link.a else link.a
            heads = (copy_of.get(copy, (copy,))[0], copy_of.get(original, (original,))[0])
            if heads in wired or heads[0] == heads[1]:
                continue
            wired.add(heads)
            copies.append(CopyLink(number[copy], number[original], "wire", link.similarity))
    sources = tuple(
        Source(number[a.id], a, number[copy_of[a.id][0]] if a.id in copy_of else None,
               copy_of[a.id][1] if a.id in copy_of else None)
        for a in articles
    )
    newest = newest_day(articles)
    brief = tuple(
        CitedSentence(s["text"], s["from"], tuple(
            Evidence(aid, number[aid], sent, by_id[aid].outlet, by_id[aid].title)  # in source order, as the CLI's marks
            for aid, sent in sorted(s["evidence"].items(), key=lambda item: number.get(item[0], 0)) if aid in number),
            tuple(PersonNote(p["name"], p["intro"]) for p in s.get("people", ())),
            written_on(s["text"], by_id.get(s["from"]), newest))
        for s in analysis["sentences"]
    )
    outlets: dict[str, list[str]] = {}
    for a in articles:
        outlets.setdefault(a.outlet or "Unknown outlet", []).append(a.id)
    timeline = tuple(TimelineEntry(a.date, number[a.id], a) for a in articles)
    return StoryView(
        story=summary,
        sources=sources,
        brief=brief,
        comparison=comparison_from_dict(analysis.get("comparison")),
        outlets=tuple(Outlet(k, tuple(v)) for k, v in sorted(outlets.items(), key=lambda kv: (-len(kv[1]), kv[0]))),
        copies=tuple(copies),
        timeline=timeline,
        cached=cached,
    )


def comparison_from_dict(data: dict[str, Any] | None) -> Comparison | None:
    """Inverse of ``Comparison.to_dict`` (for the cache)."""
    if data is None:
        return None

    def fact(d: dict[str, Any]) -> Fact:
        return Fact(
            text=d["text"], articles=tuple(d["articles"]), independent_sources=d["independent_sources"],
            attribution=tuple(Attribution(a["who"], a["kind"], a["article"], a.get("role")) for a in d.get("attribution", [])),
            sources=tuple(d.get("sources", ())), anonymous_only=d.get("anonymous_only", False),
            outlets=d.get("outlets", 0), unknown_outlets=d.get("unknown_outlets", 0),
        )

    def conflict(c: dict[str, Any]) -> Conflict:
        sides = tuple(ConflictSide(s["text"], s["value"], tuple(s["articles"])) for s in c["sides"])
        return Conflict(c["kind"], sides, c.get("slot", ""))

    return Comparison(
        facts=tuple(fact(f) for f in data.get("facts", [])),
        single_source=tuple(fact(f) for f in data.get("single_source", [])),
        conflicts=tuple(conflict(c) for c in data.get("conflicts", [])),
        revisions=tuple(conflict(c) for c in data.get("revisions", [])),
    )


def citation_ordered(articles: Iterable[Article]) -> list[Article]:
    """Citation order (``render.citation_key``)."""
    return sorted(articles, key=lambda a: citation_key(a.id, a.date))


def story_summary(store: Any, story: Story, articles: Sequence[Article] | None = None) -> StorySummary:
    if articles is None:
        articles = store.story_articles(story.id)
    outlets = Counter(a.outlet for a in articles if a.outlet)
    dates = sorted(a.date for a in articles if a.date)
    return StorySummary(
        id=story.id,
        title=story.title,
        articles=len(articles),
        outlets=len(outlets),
        unknown_outlets=sum(1 for a in articles if not a.outlet),
        first_date=story.first_date or (dates[0] if dates else None),
        last_date=story.last_date or (dates[-1] if dates else None),
    )
