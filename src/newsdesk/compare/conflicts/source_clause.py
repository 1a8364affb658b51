"""The words of a sentence without the clause that says who tells it ("..., according to the Federal Election
Commission."): two sentences that share only their source say two different things."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.compare.claims import Claim

_CLAUSE_END = frozenset([",", ";", ".", ":", "!", "?"])


def without_source(tokens: Sequence[str]) -> list[str]:
    """The tokens with each "according to ..." clause left out, up to the punctuation that ends it."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        if tokens[k].lower() == "according" and k + 1 < len(tokens) and tokens[k + 1].lower() == "to":
            k += 2
            while k < len(tokens) and tokens[k] not in _CLAUSE_END:
                k += 1
            continue
        out.append(tokens[k])
        k += 1
    return out


_SAYS = frozenset(["said", "says", "added"])  # not "told": "X told [Y]" names who heard it


def in_source_clause(tokens: Sequence[str], i: int) -> bool:
    """Whether the name at tokens[i] is who tells the sentence: right after "said", "says" or "according to", with
    only a capitalised title between ("..., said LAPD Det. [Chris Barling]", "according to [WKMG]")."""
    k = i - 1
    while k >= 0 and (tokens[k][:1].isupper() or tokens[k] in (".", "the")):
        k -= 1
    if k < 0:
        return False
    low = tokens[k].lower()
    if low == "," and k == i - 1:  # "said the study's lead author, [Mason Silveira]": the name after its description
        for m in range(k - 1, max(-1, k - 8), -1):
            if tokens[m].lower() in _SAYS:
                return True
            if not tokens[m][:1].isalnum() and tokens[m] not in ("'s", "’s", "'", "’"):
                break
    return low in _SAYS or low == "to" and k > 0 and tokens[k - 1].lower() == "according"


_REPORTS = frozenset(["said", "says", "reported", "reports", "added", "told"])  # "..., X told reporters": X tells
# Verbs of a teller closing a sentence after their description ("..., the county Sheriff [Dale Orr] confirmed.")
_CLOSING = _REPORTS | frozenset(["confirmed", "confirms", "announced", "announces", "stated", "wrote", "writes",
                                 "explained", "noted", "tweeted"])
# Words that may end a sentence's closing source clause after its verb: a time, or the hearer's part
_AFTER_CLOSING = frozenset(["today", "tonight", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
                            "saturday", "sunday", "on", "in", "late", "early", "last", "this", "morning", "afternoon",
                            "evening", "night", "week", "earlier", "reporters", "the", "a", "an", "statement"])
_END = frozenset([".", "!", "?", ";"])
_DESCRIPTION_STOP = frozenset([",", ".", ";", ":", "who", "whom", "which", "that", "when", "after", "before", "and",
                               "but", "said", "says", "told"])


def _closes_sentence(toks: Sequence[str], k: int) -> bool:
    """Whether only a time or "reporters" / "in a statement" follows tokens[k] to the end of the sentence."""
    m = k
    while m < len(toks) and toks[m].lower() in _AFTER_CLOSING:
        m += 1
    return m >= len(toks) or toks[m] in _END


def _closing_teller(toks: Sequence[str], i: int, k: int) -> bool:
    """Whether the name at toks[i:k] closes the sentence as its teller after a comma and a short description ("...,
    the Wayne County police Chief [Dale Orr] confirmed.", "..., a spokeswoman, [Ann Lee], said on Monday.")."""
    if k >= len(toks) or toks[k].lower() not in _CLOSING or not _closes_sentence(toks, k + 1):
        return False
    m = i - 1
    while m >= 0 and i - m <= 9 and toks[m].lower() not in _DESCRIPTION_STOP \
            and not (toks[m][:1].islower() and toks[m].endswith(("ed", "ing"))):
        m -= 1
    return m >= 0 and toks[m] == "," and i - m <= 9


def _told_outlet(toks: Sequence[str], i: int, k: int) -> bool:
    """Whether the name at toks[i:k] is who was told the sentence, closing it ("..., a spokesman told [Harbor Radio]
    today.", "..., he said in an interview with [Harbor Radio]."): the outlet that reports it, not someone the statement
    is about ("told [Ray Cole] to leave")."""
    before = [t.lower() for t in toks[max(0, i - 4):i]]
    told = before[-1:] == ["told"] or before[-3:] == ["an", "interview", "with"]
    return told and _closes_sentence(toks, k)


def tells(c: Claim, name: str, i: int) -> bool:
    """Whether the name at c.slots.tokens[i] is who tells the sentence, or who it was told to, by the words around it:
    in its source clause (see above), closing it ("..., [Al Jazeera] reported on Monday.", "..., [Mayor Dan Lee]
    said.", "..., the county Sheriff [Dale Orr] confirmed."), or the outlet told ("..., a spokesman told [Harbor Radio]
    today."). Not by the speaker parse, which reads "X has complained" as speech and "X, who complained" as none."""
    toks = c.slots.tokens
    k = i + len(name.split())
    return in_source_clause(toks, i) or i > 0 and toks[i - 1] == "," and k < len(toks) and toks[k].lower() in _REPORTS \
        or _closing_teller(toks, i, k) or _told_outlet(toks, i, k)
