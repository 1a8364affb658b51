"""Who did what: a name that is the agent of one act ("the ruling handed down by [the Ninth Circuit]") and a name that is
the agent of another ("the ruling appealed by [the Justice Department]") fill two roles of one event, not one role
given two names."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.compare.conflicts.lexicon import _span_of
from newsdesk.text import STOPWORDS, stem

_PARTICLES = frozenset(["down", "up", "out", "off", "over", "back", "on", "in", "away", "through"])
_BEFORE_NAME = frozenset(["the", "a", "an"])


_AUX = frozenset(["was", "were", "is", "are", "been", "being", "be", "has", "have", "had", "just", "recently",
                  "later", "also", "first"])


def agent_act(tokens: Sequence[str], value: str) -> tuple[str, frozenset[str]]:
    """(object, verb) of the act whose agent a name is after "by": the noun the act is done to and the verb (stemmed,
    with its particle): "the ruling handed down by [the Ninth Circuit]" -> ("rule", {"hand", "down"}); ("", {}) when
    the name follows no "by" or no verb with a noun before it stands there."""
    none: tuple[str, frozenset[str]] = ("", frozenset())
    i, j = _span_of(tokens, value)
    if not j:
        return none
    k = i - 1
    while k >= 0 and tokens[k].lower() in _BEFORE_NAME:
        k -= 1
    if k < 1 or tokens[k].lower() != "by":
        return none
    words: list[str] = []
    m = k - 1
    while m >= 0 and m >= k - 3:
        low = tokens[m].lower()
        if low in _PARTICLES and not words:
            words.append(low)
        elif low.isalpha() and low not in STOPWORDS and (low.endswith(("ed", "en")) or words):
            words.append(low)
            break
        else:
            return none
        m -= 1
    m -= 1
    while m >= 0 and tokens[m].lower() in _AUX:
        m -= 1  # "the ruling [was] handed down by"
    if not words or all(w in _PARTICLES for w in words) or m < 0 or not tokens[m].isalpha() \
            or tokens[m].lower() in STOPWORDS:
        return none
    return stem(tokens[m].lower()), frozenset(stem(w) for w in words)


def agents_of_two_acts(ta: Sequence[str], va: str, tb: Sequence[str], vb: str) -> bool:
    """Whether two names are each the agent, after "by", of a different act done to one thing (see above): "the
    ruling handed down by [X]" / "the ruling appealed by [Y]"; not two acts done to two things ("a fact sheet
    released by [X]" / "Bank Rossiya ... was targeted by [Y]"), where the names may still answer one question."""
    (obj_a, act_a), (obj_b, act_b) = agent_act(ta, va), agent_act(tb, vb)
    return bool(obj_a) and obj_a == obj_b and not (act_a - {stem(p) for p in _PARTICLES}) & act_b


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
