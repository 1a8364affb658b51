"""Report frames: the places and targets independent reports attach to the same operation."""

from __future__ import annotations

import re

from newsdesk.compare.claims import _PLACE_NOUNS, Claim
from newsdesk.compare.conflicts.actors import _same_entity
from newsdesk.compare.conflicts.lexicon import _span_of
from newsdesk.compare.conflicts.params import MUTUAL_FROM
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.model import ConflictKind
from newsdesk.text import content_terms, stem

_EVENT = frozenset(content_terms("offensive operation operations attack assault battle campaign push advance"))
_TARGET = re.compile(r"\bagainst\s+(?:the\s+)?(?:so[- ]called\s+)?(?P<t>(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})|"
                     r"(?:\w+\s+)?(?:rebels?|militants?|insurgents?|jihadists?|extremists?|opposition)(?:\s+groups?)?)")
_SUPPORT = frozenset(content_terms("supporting support fighting fight offensive"))


_OWN = "\x00"  # a frame key "\x00<article>\x00<outlet>": an article's own lines above the report it relays


def _per(report: str) -> str:
    """Whose frame a value is: "per Reuters", or "the site's own words, above its Washington Post excerpt"."""
    if report.startswith(_OWN):
        return f"the site's own words, above its {report.rsplit(_OWN, 1)[1]} excerpt"
    return f"per {report}"


def _as_excerpt(frames: dict[str, dict[str, list[tuple[str, Claim]]]], report: str, kind: str) -> bool:
    """Whether ``report`` is an article's own framing whose values of ``kind`` its relayed excerpt gives too."""
    if not report.startswith(_OWN):
        return False
    _, article, relay = report.split(_OWN)
    excerpt = [p for p, c in frames.get(relay, {}).get(kind, []) if c.article == article]
    return bool(excerpt) and all(any(_same_entity(p, q) for q in excerpt) for p, _ in frames[report][kind])


def _report_frames(idx: ClaimIndex) -> dict[str, dict[str, list[tuple[str, Claim]]]]:
    """Per independent report (credited outlet), the places and targets attached to an operation."""
    frames: dict[str, dict[str, list[tuple[str, Claim]]]] = {}
    for c in idx.claims:
        held = idx.articles[c.article]
        relay = c.credit or held.relays(c)
        if not relay and held.relay:  # above "The Daily Planet reports:": the relaying site's own framing
            relay = f"{_OWN}{c.article}{_OWN}{held.relay}"
        if not relay or not (_EVENT | _SUPPORT) & set(c.terms):
            continue
        report = frames.setdefault(relay, {"place": [], "actor": []})
        toks = c.slots.tokens
        for p in c.places:
            i, j = _span_of(toks, p)
            near_event = any(stem(t.lower()) in _EVENT for t in toks[max(0, i - 8):i])
            facility = i > 1 and toks[i - 2].lower() in ("centre", "center", "headquarters", "base", "room", "office")
            k = i - 1 if i and toks[i - 1].lower() != "the" else i - 2
            if k >= 0 and toks[k].lower() in ("in", "near", "around", "outside") and near_event and not facility \
                    and _EVENT & set(c.terms):
                if j + 1 < len(toks) and toks[j] == "and" and toks[j + 1][:1].isupper():
                    j += 2  # "the Idlib and Hama countryside"
                if j < len(toks) and toks[j].lower() in _PLACE_NOUNS:
                    j += 1
                report["place"].append((" ".join(toks[i:j]), c))
        for i, t in enumerate(toks[:-1]):  # "an imminent Aleppo offensive"
            if t[:1].isupper() and i and stem(toks[i + 1].lower()) in _EVENT and t in c.places + c.actors:
                report["place"].append((t, c))
        for m in _TARGET.finditer(c.text):
            report["actor"].append((m.group("t").strip(), c))
    return frames


def report_conflicts(idx: ClaimIndex) -> list[tuple[ConflictKind, tuple[Claim, str], tuple[Claim, str]]]:
    """Places / targets of the operation that two independent reports give differently."""
    frames = _report_frames(idx)
    if len(frames) < 2:
        return []
    crowded = len(idx.articles) >= MUTUAL_FROM
    out: list[tuple[ConflictKind, tuple[Claim, str], tuple[Claim, str]]] = []
    reports = sorted(frames)
    for x in range(len(reports)):
        for y in range(x + 1, len(reports)):
            fa, fb = frames[reports[x]], frames[reports[y]]
            arts_a = {c.article for k in fa.values() for _, c in k}
            arts_b = {c.article for k in fb.values() for _, c in k}
            if arts_a & arts_b:
                continue
            for kind in ("place", "actor"):
                va, vb = fa[kind], fb[kind]
                if not va or not vb:
                    continue
                if any(_same_entity(p, q) for p, _ in va for q, _ in vb):
                    continue
                if _as_excerpt(frames, reports[x], kind) or _as_excerpt(frames, reports[y], kind):
                    continue  # the site's own words give what its excerpt gives: the excerpt's conflict says it
                if crowded and (len({c.text for _, c in va}) < 2 or len({c.text for _, c in vb}) < 2):
                    continue  # in a large story, each report must attach its place / target more than once
                (_, ca), (_, cb) = va[0], vb[0]
                value_a = " / ".join(dict.fromkeys(p for p, _ in va[:3])) + f" ({_per(reports[x])})"
                value_b = " / ".join(dict.fromkeys(q for q, _ in vb[:3])) + f" ({_per(reports[y])})"
                out.append((kind, (ca, value_a), (cb, value_b)))  # type: ignore[arg-type]
    return out
