"""Whether two sentences that share words state one fact, as a journalist would count it for corroboration.

Sharing words is not enough: "Henderson received two life sentences" does not confirm "McKinney will serve two
life sentences" (another person), "McKinney could receive the death penalty if convicted" does not confirm "A jury
has convicted McKinney" (another stage of the case), and "40 percent fewer than the Galaxy S4" does not confirm
"40 percent fewer than expected" (another comparison). Each test here names one such difference.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from newsdesk.compare.claims import Claim, name_spans
from newsdesk.compare.conflicts.names import _actor_sort
from newsdesk.text import content_terms

# Stages of a case or of a casualty: a sentence at one stage does not confirm a sentence at another ("is charged
# with murder" / "was convicted of murder"; "five were killed" / "five were injured").
_STAGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("accused", re.compile(r"\b(?:charged|charges|accused|arrested|indicted|suspected|alleged(?:ly)?|"
                           r"awaiting trial|pleaded not guilty|(?:if|unless|before|until) (?:he |she |they )?"
                           r"(?:is |are |was |were )?(?:convicted|found guilty|sentenced))\b", re.IGNORECASE)),
    ("convicted", re.compile(r"\b(?:convicted|found (?:\w+ )?guilty|pleaded guilty|sentenced|guilty verdict|"
                             r"serving (?:a |two |three |\w+ )?(?:life |prison |jail )?(?:sentences?|terms?))\b",
                             re.IGNORECASE)),
    ("acquitted", re.compile(r"\b(?:acquitted|found (?:\w+ )?not guilty|cleared of)\b", re.IGNORECASE)),
    ("dead", re.compile(r"\b(?:killed|dead|died|deaths?(?! penalty| sentence| row| threat))\b", re.IGNORECASE)),
    ("hurt", re.compile(r"\b(?:injured|wounded|hurt|injuries)\b", re.IGNORECASE)),
)
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|before|until) (?:he |she |they )?(?:is |are |was |were )?"
                           r"(?:convicted|found guilty|sentenced)\b", re.IGNORECASE)
_CASE = ("accused", "convicted", "acquitted")
_CASUALTY = ("dead", "hurt")


def stages(text: str) -> set[str]:
    """The stages a sentence states ("accused", "convicted", "acquitted"; "dead", "hurt"); "if convicted" is the
    accused stage (the verdict has not come)."""
    plain = _HYPOTHETICAL.sub(" ", text)
    found = {name for name, pat in _STAGES if pat.search(plain)}
    if _HYPOTHETICAL.search(text):
        found.add("accused")
    return found


def different_stage(a: str, b: str) -> bool:
    """Whether one sentence is at a stage of a case (or a casualty count) that the other is not at, and neither
    states the other's: "McKinney, 22, is charged with first-degree murder" / "A jury has now convicted McKinney"."""
    sa, sb = stages(a), stages(b)
    for family in (_CASE, _CASUALTY):
        fa, fb = sa.intersection(family), sb.intersection(family)
        if fa and fb and not fa & fb:
            return True
    return False


# "than" before a figure is a quantity ("more than 200 people"), not a comparison.
_THAN = re.compile(r"\bthan\s+(?!(?:a|an|about|some|half|\d|one|two|three|four|five|six|seven|eight|nine|ten|"
                   r"twenty|thirty|forty|fifty|hundred|dozen)\b)((?:[\w'’-]+\s*){1,5})", re.IGNORECASE)


def comparands(text: str) -> set[str]:
    """The content terms of what a sentence compares against ("40 percent fewer than the previous Galaxy S4
    model" -> {previous, galaxy, s4, model}; "than expected" -> {expect})."""
    return {t for m in _THAN.finditer(text) for t in content_terms(m.group(1))}


def different_comparison(a: str, b: str) -> bool:
    """Whether both sentences compare against something and the two comparisons have nothing in common: "sold 40
    percent fewer than the previous model" and "sold 40 percent fewer than expected" are two facts."""
    ca, cb = comparands(a), comparands(b)
    return bool(ca) and bool(cb) and not ca & cb


def people_named(claim: Claim, surnames: Collection[str] = (), common: Collection[str] = ()) -> set[str]:
    """Surnames (lower case) of the people a sentence names: a two- or three-word name that reads as a person's, or
    one word that is the surname of a person its article names in full. A last word the story also writes in lower
    case is a common word, not a surname ("BBC One", "Match of the Day")."""
    toks = claim.slots.tokens
    out: set[str] = set()
    for i, j in name_spans(toks):
        last = _surname(toks[j - 1])
        if last in common:
            continue
        if j - i == 1 and last in surnames or j - i > 1 and _actor_sort(toks, i, j) == "person":
            out.add(last)
    return out


def _surname(token: str) -> str:
    return re.sub(r"['’]s$", "", token).lower()


def full_name_surnames(claims: Sequence[Claim]) -> set[str]:
    """Surnames of the people an article names in full ("Russell Henderson" -> "henderson")."""
    out: set[str] = set()
    for c in claims:
        toks = c.slots.tokens
        for i, j in name_spans(toks):
            if j - i > 1 and _actor_sort(toks, i, j) == "person":
                out.add(_surname(toks[j - 1]))
    return out


def lower_case_words(claims: Iterable[Claim]) -> set[str]:
    """The words a story writes in lower case somewhere (a capitalised one of them is no surname)."""
    return {t for c in claims for t in c.slots.tokens if t[:1].islower()}


def different_people(a: Claim, b: Claim, surnames_a: Collection[str] = (), surnames_b: Collection[str] = (),
                     common: Collection[str] = ()) -> bool:
    """Whether both sentences are about named people, besides who says them, and they name none in common, who
    says them included: "Henderson received two life sentences" / "McKinney will serve two life sentences"."""
    spk_a = {_surname(sp.who.split()[-1]) for sp in a.speakers if sp.who.split()}
    spk_b = {_surname(sp.who.split()[-1]) for sp in b.speakers if sp.who.split()}
    pa, pb = people_named(a, surnames_a, common), people_named(b, surnames_b, common)
    return bool(pa - spk_a) and bool(pb - spk_b) and not (pa | spk_a) & (pb | spk_b)
