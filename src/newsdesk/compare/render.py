"""The comparison as a Markdown "Where sources differ" section, with [n] citations.

The section appended to a brief is short (about one screen): contradictions first, then the facts confirmed
by independent sources and the single-source facts, each list capped at `limit` items with a pointer to
`newsdesk compare` for the rest (a list one item over the cap is shown whole: the pointer would take that line). `newsdesk compare` itself renders with `limit=None` (everything).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsdesk.compare import anonymity
from newsdesk.compare.attribution import TITLES
from newsdesk.compare.claims import is_office
from newsdesk.compare.consensus import UNKNOWN_OUTLET
from newsdesk.model import Attribution, Comparison, Conflict, Fact
from newsdesk.render import markdown_inline, plural, typeset_quotes
from newsdesk.sentences import without_dateline
from newsdesk.text import without_accents

_KIND_LABEL = {"number": "Numbers", "date": "Dates", "place": "Places", "actor": "Who / whom",
               "denial": "Claim and denial", "other": "Other"}
MAX_WORDS = 25  # quoted sentences are cut to this many words
MORE = "… and {n} more (newsdesk compare for all)"


def _cite(ids: Sequence[str], numbers: Mapping[str, int]) -> str:
    nums = sorted({numbers[i] for i in ids if i in numbers})
    return "".join(f"[{n}]" for n in nums)


_DOUBLE = "\"“”"
_OPENS_AFTER = " ([{—–-"


def _inner_quotes(text: str) -> str:
    """Double quotation marks inside a quoted fact become single ones, opening or closing by position, so that
    “… ‘The vanguard began arriving,’ one source said.” reads as one quotation holding another."""
    out = []
    for k, ch in enumerate(text):
        if ch in _DOUBLE:
            opening = ch == "“" or (ch == '"' and (k == 0 or text[k - 1] in _OPENS_AFTER))
            ch = "‘" if opening else "’"
        out.append(ch)
    return "".join(out)


def _quote(text: str, max_words: int = MAX_WORDS) -> str:
    """A fact's text to set inside “…”: a sentence that is one whole quotation loses its own marks, other
    quotation marks become single ones, and a long text is cut at ``max_words``. Archive marks (two backticks,
    two apostrophes) are read as the double marks they stand for."""
    text = without_dateline(text.strip())  # "BONN, September 11 (Xinhua) -- ...": the brief leaves datelines out too
    text = typeset_quotes(re.sub(r"^(?:[*•·]|-(?=\s))\s+", "", text))  # a list item's bullet is no word of the fact
    if len(text) > 1 and text[0] in _DOUBLE and text[-1] in _DOUBLE and not any(c in _DOUBLE for c in text[1:-1]):
        text = text[1:-1]
    words = _inner_quotes(text).split()
    if len(words) <= max_words:
        return " ".join(words)
    return " ".join(words[:max_words]).rstrip(",;:") + "…"


def _new_in_role(role: str, who: str) -> str:
    """The role without the parts the name already says: "Mayor Ilse Marchetti" + "Mayor" -> "";
    "Representative Ted Deutch" + "Representative, Democrat of Florida" -> "Democrat of Florida"."""
    named = set(who.lower().split())
    parts = [p.strip() for p in role.split(",")]
    return ", ".join(p for p in parts if p and not set(p.lower().split()) <= named)


# First words of an unnamed source that are not part of a name: written lower-case inside a sentence
# ("according to the defense official", "; two Lebanese sources"), unlike "Syrian officials" or "U.S. officials".
_COMMON_OPENERS = frozenset((
    "the", "a", "an", "some", "several", "many", "most", "other", "both", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "officials", "activists", "sources", "reports",
    "witnesses", "residents", "analysts", "experts", "diplomats", "observers", "critics", "people", "police",
    "security", "anonymous", "unnamed", "unidentified", "senior", "local",
))


def speaker_name(who: str, kind: str) -> str:
    """How a speaker reads inside a sentence: an anonymous source's opening word in lower case ("The two
    Reuters sources" -> "the two Reuters sources"), and "The" before a common noun ("the transport
    authority"); names and named organizations as written ("The Washington Post")."""
    first, _, rest = who.partition(" ")
    if first == "The" and rest[:1].islower():  # "the transport authority", not "the Washington Post"
        return f"the {rest}"
    if kind != "anonymous" or first.lower() not in _COMMON_OPENERS or not first[:1].isupper():
        return who
    return f"{first.lower()} {rest}".rstrip()


def _who(attrib: Sequence[Attribution], numbers: Mapping[str, int], text: str = "") -> str:
    merged: dict[tuple[str, str], list[str]] = {}
    roles: dict[tuple[str, str], str] = {}
    shown: dict[tuple[str, str], str] = {}  # "Francois Hollande" / "François Hollande": one person, shown as first written
    for a in attrib:
        if a.kind == "outlet":
            continue  # the relaying outlets are already named in the source count
        name = speaker_name(a.who, a.kind)
        name = shown.setdefault((_folded(name), a.kind), name)
        key = (name, a.kind)
        merged.setdefault(key, []).append(a.article)
        role = _new_in_role(a.role, a.who) if a.role else ""
        if role:
            roles.setdefault(key, role)
    parts = []
    for (who, kind), arts in merged.items():
        role = f", {roles[(who, kind)]}" if (who, kind) in roles else ""
        title, _, more = roles.get((who, kind), "").partition(", ")
        if role and _is_title(title):  # "Mayor Ilse Marchetti", "Senator Bob Smith, a New Hampshire Republican"
            who, role = f"{title} {who}", f", {more}" if more else ""
        # the words say it already; or the speaker is reports, not people ("media reports in Tanzania")
        says_so = re.search(r"\b(?:anonymous|unnamed|unidentified|reports?)\b", who, re.IGNORECASE) is not None
        shown = f" ({anonymity.label(who, text)})" if kind == "anonymous" and not says_so and not is_office(who) else ""
        parts.append(f"{who}{role}{shown} {_cite(arts, numbers)}".strip())
    return "; ".join(parts[:3])


def _folded(name: str) -> str:
    """A name without accents or case: how two spellings of one name compare."""
    return without_accents(name).lower()  # other scripts kept: two names in Cyrillic stay two names


def _is_title(role: str) -> bool:
    """ "Mayor", "Fire Chief", "Interior Minister": a capitalised title that goes before the name."""
    words = role.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and words[-1].lower().rstrip(".") in TITLES


def conflict_label(kind: str) -> str:
    """How a conflict kind is named for people: "Numbers", "Claim and denial", "Who / whom", ..."""
    return _KIND_LABEL.get(kind, kind)


def _conflict_line(c: Conflict, numbers: Mapping[str, int], max_words: int) -> str:
    label = conflict_label(c.kind)
    texts = {s.text.strip() for s in c.sides}
    if len(texts) == 1:  # one sentence holds both sides ("hundreds, rather than thousands, as some reports said")
        values = " **vs** ".join(f"*{s.value}*" for s in c.sides)
        ids = [i for s in c.sides for i in s.articles]
        return f"- **{label}**: {values} — “{_quote(c.sides[0].text, max_words)}” {_cite(ids, numbers)}"
    sides = " **vs** ".join(f"*{s.value}* — “{_quote(s.text, max_words)}” {_cite(s.articles, numbers)}"
                            for s in c.sides)
    cited = {tuple(s.articles) for s in c.sides}
    within = f" (both in {_cite(c.sides[0].articles, numbers)}: one article reports both)" if len(cited) == 1 else ""
    return f"- **{label}**: {sides}{within}"


REVISION_WORDS = 45  # a revising sentence is quoted up to its revision wording ("..., raising the toll from four")


def _revision_line(c: Conflict, numbers: Mapping[str, int], max_words: int) -> str:
    """ "- *four* [1][2] → *six* [3] — “Six people died ..., raising the toll from the four deaths ...” [3]"."""
    old, new = c.sides
    return (f"- *{old.value}* {_cite(old.articles, numbers)} → *{new.value}* {_cite(new.articles, numbers)} — "
            f"“{_quote(new.text, max(max_words, REVISION_WORDS))}” {_cite(new.articles[:1], numbers)}")


def source_names(f: Fact) -> list[str]:
    """A fact's independent sources as named to people: "Reuters", "2 of unknown outlet", "outlets not known"."""
    unknown = f.sources.count(UNKNOWN_OUTLET)
    shown = [s for s in f.sources if s != UNKNOWN_OUTLET]
    if unknown:
        shown.append(f"{unknown} of unknown outlet" if shown else "outlet not known" if unknown == 1 else "outlets not known")
    return shown


def sources_phrase(f: Fact) -> str:
    """"2 independent sources (Reuters, Washington Post), relayed by 4 outlets". Where an article's outlet is not
    known, the carriers are counted as articles, and sources of unknown outlet, each counted as one, make the count
    an upper bound ("up to 2 independent sources (AP, 1 of unknown outlet), carried by 2 articles"): the unknown
    one may be AP's own copy."""
    n = f.independent_sources
    shown = source_names(f)
    names = f" ({', '.join(markdown_inline(s) for s in shown)})" if shown else ""
    arts = len(f.articles)
    outlets = min(f.outlets or arts, arts)
    verb = "relayed" if n < outlets else "carried"
    bound = "up to " if n > 1 and UNKNOWN_OUTLET in f.sources else ""
    head = f"{bound}{n} independent source{'s' if n != 1 else ''}{names}, {verb} by "
    unknown = f.unknown_outlets or (arts if f.sources and all(s == UNKNOWN_OUTLET for s in f.sources) else 0)
    if outlets < arts and not unknown:  # two articles of one outlet (a story and its follow-up) are one outlet
        return head + f"{arts} articles from {plural(outlets, 'outlet')}"
    return head + plural(arts, "article" if unknown else "outlet")


def _fact_line(f: Fact, numbers: Mapping[str, int], max_words: int, with_count: bool = True) -> str:
    line = f"- “{_quote(f.text, max_words)}” {_cite(f.articles, numbers)}"
    if with_count:
        line += f" — {sources_phrase(f)}."
    who = _who(f.attribution, numbers, f.text)
    if who:
        line += f" Who says it: {who}."
    if not with_count:  # one article: the outlet it credits is named nowhere else ("Le Monde newspaper said ...")
        credited = list(dict.fromkeys(a.who for a in f.attribution if a.kind == "outlet"))
        if credited:
            line += f" Credited to {', '.join(markdown_inline(c) for c in credited)}."
    if f.anonymous_only:
        line += f" *{anonymity.sourcing_note(f.attribution, f.text)}.*"
    return line


def _capped(title: str, lines: list[str], limit: int | None) -> list[str]:
    if not lines:
        return []
    # one item over the cap is shown: the "… and 1 more" pointer would take its line and say less
    shown = lines if limit is None or len(lines) <= limit + 1 else lines[:limit]
    out = [f"### {title}", "", *shown]
    if len(lines) > len(shown):
        out.append(MORE.format(n=len(lines) - len(shown)))
    return out + [""]


def render_comparison_markdown(comp: Comparison, numbers: Mapping[str, int], limit: int | None = 5,
                               max_words: int = MAX_WORDS) -> str:
    """The "## Where sources differ" section: conflicts, independently confirmed facts, single-source facts.

    Args:
        comp: the comparison of one story.
        numbers: article id -> citation number [n], in source-list order.
        limit: this many items per list (None: all), followed by "… and N more" (N >= 2; one more is shown).
        max_words: quoted sentences are cut to this many words.
    """
    lines = ["## Where sources differ", ""]
    conflicts = [_conflict_line(c, numbers, max_words) for c in comp.conflicts]
    if conflicts:
        lines += _capped("Contradictions", conflicts, limit)
    else:
        lines += ["_No contradiction found between the articles._", ""]
    lines += _capped("Revised figures (a later report replaces an earlier one)",
                     [_revision_line(c, numbers, max_words) for c in comp.revisions], limit)
    confirmed = [f for f in comp.facts if f.independent_sources >= 2]
    lines += _capped("Confirmed by independent sources", [_fact_line(f, numbers, max_words) for f in confirmed], limit)
    relayed = [f for f in comp.facts if f.independent_sources < 2 and len(f.articles) > 1]
    single = [f for f in comp.single_source if len(f.articles) == 1]
    if limit is None:
        lines += _capped("One report, relayed by several outlets",
                         [_fact_line(f, numbers, max_words) for f in relayed], limit)
        lines += _capped("Single-source", [_fact_line(f, numbers, max_words, with_count=False) for f in single], limit)
    else:  # one list: what rests on a single outlet or a single underlying report
        lines += _capped("Resting on one source (one outlet, or one report relayed by several)",
                         [_fact_line(f, numbers, max_words) for f in relayed]
                         + [_fact_line(f, numbers, max_words, with_count=False) for f in single], limit)
    return "\n".join(lines).rstrip() + "\n"
