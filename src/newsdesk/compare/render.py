"""The comparison as a Markdown "Where sources differ" section, with [n] citations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsdesk.model import Attribution, Comparison, Conflict, Fact

_KIND_LABEL = {"number": "Numbers", "date": "Dates", "place": "Places", "actor": "Who / whom",
               "denial": "Claim and denial", "other": "Other"}
_MAX_QUOTE = 220


def _cite(ids: Sequence[str], numbers: Mapping[str, int]) -> str:
    nums = sorted({numbers[i] for i in ids if i in numbers})
    return "".join(f"[{n}]" for n in nums)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_QUOTE else text[: _MAX_QUOTE - 1].rsplit(" ", 1)[0] + "…"


def _who(attrib: Sequence[Attribution], numbers: Mapping[str, int]) -> str:
    merged: dict[tuple[str, str], list[str]] = {}
    roles: dict[tuple[str, str], str] = {}
    for a in attrib:
        key = (a.who, a.kind)
        merged.setdefault(key, []).append(a.article)
        if a.role:
            roles.setdefault(key, a.role)
    parts = []
    for (who, kind), arts in merged.items():
        role = f", {roles[(who, kind)]}" if (who, kind) in roles else ""
        label = {"outlet": "relayed from", "anonymous": "anonymous", "named": "named",
                 "organization": "organization"}[kind]
        parts.append(f"{who}{role} ({label}) {_cite(arts, numbers)}".strip())
    return "; ".join(parts)


def _conflict_line(c: Conflict, numbers: Mapping[str, int]) -> str:
    sides = " **vs** ".join(f"*{s.value}*: “{_quote(s.text)}” {_cite(s.articles, numbers)}" for s in c.sides)
    return f"- **{_KIND_LABEL.get(c.kind, c.kind)}**: {sides}"


def _sources_phrase(f: Fact) -> str:
    n = f.independent_sources
    names = f" ({', '.join(f.sources)})" if f.sources else ""
    outlets = len(f.articles)
    verb = "relayed" if n < outlets else "carried"
    return f"{n} independent source{'s' if n != 1 else ''}{names}, {verb} by {outlets} outlet{'s' if outlets != 1 else ''}"


def _fact_line(f: Fact, numbers: Mapping[str, int], with_count: bool = True) -> str:
    line = f"- “{_quote(f.text)}” {_cite(f.articles, numbers)}"
    if with_count:
        line += f" — {_sources_phrase(f)}."
    who = _who(f.attribution, numbers)
    if who:
        line += f" Who says it: {who}."
    if f.anonymous_only:
        line += " *Rests only on anonymous sources.*"
    return line


def render_comparison_markdown(comp: Comparison, numbers: Mapping[str, int]) -> str:
    """The "## Where sources differ" section: conflicts, corroboration, single-source facts.

    Args:
        comp: the comparison of one story.
        numbers: article id -> citation number [n], in source-list order.
    """
    lines = ["## Where sources differ", ""]
    if comp.conflicts:
        lines += ["### Contradictions", ""] + [_conflict_line(c, numbers) for c in comp.conflicts] + [""]
    else:
        lines += ["_No contradiction found between the articles._", ""]
    confirmed = [f for f in comp.facts if f.independent_sources >= 2]
    relayed = [f for f in comp.facts if f.independent_sources < 2 and len(f.articles) > 1]
    single = [f for f in comp.single_source if len(f.articles) == 1]
    if confirmed:
        lines += ["### Confirmed by independent sources", ""] + [_fact_line(f, numbers) for f in confirmed] + [""]
    if relayed:
        lines += ["### One report, relayed by several outlets", ""] + [_fact_line(f, numbers) for f in relayed] + [""]
    if single:
        lines += ["### Only one outlet says", ""] + [_fact_line(f, numbers, with_count=False) for f in single] + [""]
    return "\n".join(lines).rstrip() + "\n"
