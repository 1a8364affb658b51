"""Who did what: a name that is the agent of one act ("the ruling handed down by [the Ninth Circuit]") and a name that is
the agent of another ("the ruling appealed by [the Justice Department]") fill two roles of one event, not one role
given two names."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.compare.conflicts.lexicon import _span_of
from newsdesk.text import STOPWORDS, stem

_PARTICLES = frozenset(["down", "up", "out", "off", "over", "back", "on", "in", "away", "through"])
_BEFORE_NAME = frozenset(["the", "a", "an"])


def agent_act(tokens: Sequence[str], value: str) -> frozenset[str]:
    """The verb (stemmed, with its particle) whose agent a name is after "by" ("handed down by [the Ninth Circuit]" ->
    {"hand", "down"}); empty when the name follows no "by" or no verb stands before it."""
    i, j = _span_of(tokens, value)
    if not j:
        return frozenset()
    k = i - 1
    while k >= 0 and tokens[k].lower() in _BEFORE_NAME:
        k -= 1
    if k < 1 or tokens[k].lower() != "by":
        return frozenset()
    words = []
    for m in range(k - 1, max(-1, k - 3), -1):
        low = tokens[m].lower()
        if low in _PARTICLES and not words:
            words.append(low)
            continue
        if low.isalpha() and low not in STOPWORDS and (low.endswith(("ed", "en")) or words):
            words.append(low)
        break
    return frozenset(stem(w) for w in words) if any(w not in _PARTICLES for w in words) else frozenset()


def agents_of_two_acts(ta: Sequence[str], va: str, tb: Sequence[str], vb: str) -> bool:
    """Whether two names are each the agent, after "by", of a verb the other's sentence does not give it (see above)."""
    act_a, act_b = agent_act(ta, va), agent_act(tb, vb)
    return bool(act_a) and bool(act_b) and not (act_a - {stem(p) for p in _PARTICLES}) & act_b


# A name asked or told something ("the union asked [X] to explain the closure" / "the union asked [Y] to call a strike
# vote"): when the two requests open with different words (their verbs), two people were asked two things, not one
# person named two ways.
_ASKING = frozenset(stem(w) for w in ["asked", "asks", "told", "tells", "urged", "urges", "invited", "ordered",
                                       "begged", "pressed", "persuaded", "warned", "instructed", "requested"])
_REQUEST_ENDS = frozenset([",", ";", ":", ".", "(", ")", "--", "—", "and", "but", "or", "said", "says"])
REQUEST_REACH = 8  # tokens after the name read for what was asked


def request(tokens: Sequence[str], value: str) -> str:
    """The first content word (stemmed) of what a name right after a verb of asking or telling was asked, its verb
    most often ("asked [X] to explain why the plant would close" -> "explain"); "" when the name is no such object."""
    i, j = _span_of(tokens, value)
    if not j or i < 1 or stem(tokens[i - 1].lower()) not in _ASKING:
        return ""
    for t in tokens[j:j + REQUEST_REACH]:
        low = t.lower()
        if low in _REQUEST_ENDS:
            return ""
        if low.isalpha() and len(low) > 2 and low not in STOPWORDS:
            return stem(low)
    return ""


def asked_two_things(ta: Sequence[str], va: str, tb: Sequence[str], vb: str) -> bool:
    """Whether two names are each asked or told something, the two requests opening with different words (see
    above)."""
    ra, rb = request(ta, va), request(tb, vb)
    return bool(ra) and bool(rb) and ra != rb


# A body a person is described by as its founder ("Jim Harlow, founder of [the Open Rivers Trust]", "X, who founded
# [Y]"): a person may found many, so another article describing that person by another body they founded ("X, who
# founded [Z]") gives another of them, not a second answer. A founding told as the sentence's own fact ("X founded
# [Y] in 1998") is still compared with another such.
_FOUNDER_OF = frozenset(["founder", "co-founder", "cofounder", "founders", "co-founders", "creator", "co-creator"])
_FOUNDED = frozenset(["founded", "co-founded", "cofounded", "created", "started", "launched"])


def founding(tokens: Sequence[str], value: str) -> str:
    """How a body is named as one its person founded: "described" after "X, (the) founder of" or "X, who founded",
    "stated" after "founded" told as the sentence's fact, "" when it is no founded body."""
    i, j = _span_of(tokens, value)
    if not j:
        return ""
    k = i - 1
    while k >= 0 and tokens[k].lower() in _BEFORE_NAME:
        k -= 1
    if k >= 1 and tokens[k].lower() == "of" and tokens[k - 1].lower() in _FOUNDER_OF:
        verb = k - 1
    elif k >= 0 and tokens[k].lower() in _FOUNDED:
        verb = k
    else:
        return ""
    before = [t.lower() for t in tokens[max(0, verb - 3):verb]]
    return "described" if "," in before or "who" in before or "(" in before else "stated"


def two_founded_bodies(ta: Sequence[str], va: str, tb: Sequence[str], vb: str) -> bool:
    """Whether two names are bodies a person is said to have founded, one of them in a description of that person
    (see above)."""
    fa, fb = founding(ta, va), founding(tb, vb)
    return bool(fa) and bool(fb) and "described" in (fa, fb)
