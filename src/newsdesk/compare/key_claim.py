"""Which sentence of a fact's group words its key claim, and which other articles state that claim too.

Grouping takes sentences near by their words, so a group can hold a long sentence with details only one article
gives ("Another man, 31, was killed in Menasha, a community of around 17,000 about 30 miles south of Green Bay")
beside a short one that states only the core ("The fourth victim is Adam Bentdahl, 31"). Quoting the long one as
"confirmed by 2 sources" confirms its details too. The fact is worded by the sentence the other carriers state
best (``core_first``), and a carrier confirms it only when it states that sentence's figures and most of what it
states (``states_key_claim``): "He maintains the affair was not a factor in his resignation" is not confirmed by
sentences that only mention the affair.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from newsdesk.compare.claims import Claim
from newsdesk.compare.fact_match import same_time_of_day

# Of what the fact's wording states (its terms, outside who says it), the share another article's sentence must
# state too to confirm it.
KEY_SHARE = 0.4


def _prefixes(terms: set[str] | frozenset[str]) -> set[str]:
    """Terms by their first five letters ("resigned" / "resignation"), as a reader matches words."""
    return {t[:5] for t in terms}


@functools.lru_cache(maxsize=65536)
def key_terms(claim: Claim) -> frozenset[str]:
    """What a sentence states, by term prefix: its stated terms without who says it and how the speaker is described
    (imported here from consensus, which imports this module's users)."""
    from newsdesk.compare.consensus import described_speaker_terms, speaker_terms, stated_terms

    return frozenset(_prefixes(stated_terms(claim) - speaker_terms(claim) - described_speaker_terms(claim)))


@functools.lru_cache(maxsize=65536)
def _term_prefixes(claim: Claim) -> frozenset[str]:
    return frozenset(_prefixes(set(claim.terms)))


@functools.lru_cache(maxsize=65536)
def _figures(claim: Claim) -> frozenset[float]:
    """The figures a sentence gives of what happened: not years (which ``quantities`` leaves out), a person's age in
    apposition ("Tomas Varga, 30,") or a time of day ("9 a.m.")."""
    ages = {float(m) for m in _AGE.findall(claim.text)}
    # who says it is no figure of what is said: "one resident said", "told Channel 9"; nor "one" as an article
    named = {w.lower() for sp in claim.speakers for part in (sp.who, sp.role or "") for w in part.split()}
    return frozenset(q.value for q in claim.quantities
                     if not q.vague and q.value not in ages and q.text.lower() not in named and q.text.lower() != "one"
                     and not any(u.rstrip(".") in _CLOCK_WORDS for u in q.unit[:1]))


_AGE = re.compile(r"[A-Z][\w'’-]+,\s+(\d{1,3}),")
_CLOCK_WORDS = frozenset(["a.m", "p.m", "am", "pm", "gmt", "utc", "o'clock"])
WORDING_CANDIDATES = 12
FIGURE_ROUNDING = 0.1  # "$3 billion" states "$2.9 billion" rounded


def _states_figures(wording: Claim, carrier: Claim) -> bool:
    """Whether ``carrier`` gives each figure of ``wording``, as written or rounded."""
    theirs = _figures(carrier)
    return all(any(abs(f - o) <= FIGURE_ROUNDING * max(abs(f), abs(o)) for o in theirs) for f in _figures(wording))


def coverage(wording: Claim, carrier: Claim) -> float:
    """The share of what ``wording`` states that ``carrier`` states too (1.0 when it states nothing to check); a
    term is stated when one of the carrier's opens with it or it with one of them ("serv" / "servi")."""
    key = key_terms(wording)
    if not key:
        return 1.0
    theirs = _term_prefixes(carrier)
    return sum(1 for t in key if t in theirs or any(_same_word(t, o) for o in theirs)) / len(key)


def _same_word(a: str, b: str) -> bool:
    """Two term prefixes of one word: equal, or one of four letters or more opening the other."""
    return a == b or min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))


def states_key_claim(wording: Claim, carrier: Claim) -> bool:
    """Whether ``carrier`` states the key claim of ``wording``: each of its figures, and ``KEY_SHARE`` of what it
    states."""
    if not _states_figures(wording, carrier):
        return False
    # one time of day (the grouping's ``same_event``): one event told in other words ("landed just after 9 a.m." /
    # "the airship landed at 09:04")
    return coverage(wording, carrier) >= KEY_SHARE or same_time_of_day(wording.text, carrier.text)


def core_first(members: Sequence[Claim]) -> list[int]:
    """The positions of ``members`` with the wording first: the one whose key claim the others state most (the sum of
    their ``coverage`` of it, over those that state it); ties keep the given order (the group's medoid first). A broad
    sentence holding the fact in a clause ("..., a day after the footbridge collapsed") is stated by the others only
    in part; a sentence with a figure the others lack is stated by none of them."""
    def stated(k: int) -> float:
        return sum(coverage(members[k], other) for j, other in enumerate(members)
                   if j != k and states_key_claim(members[k], other))

    # the wording is one of the first WORDING_CANDIDATES (the medoid first): a group of hundreds of copies of one
    # article is scored in linear time
    best = max(range(min(len(members), WORDING_CANDIDATES)), key=lambda k: (stated(k), -k))
    return [best] + [k for k in range(len(members)) if k != best]


def confirming(members: Sequence[Claim]) -> list[int]:
    """The positions of ``members`` that confirm the first one's key claim: the first itself, then each other whose
    article states it (``states_key_claim``)."""
    return [0] + [k for k in range(1, len(members)) if states_key_claim(members[0], members[k])]
