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


def tells(c: Claim, name: str, i: int) -> bool:
    """Whether the name at c.slots.tokens[i] is who tells the sentence by the words around it: in its source clause
    (see above), or closing it ("..., [Al Jazeera] reported on Monday.", "..., [Mayor Dan Lee] said."). Not by the
    speaker parse, which reads "X has complained" as speech and "X, who complained" as none."""
    toks = c.slots.tokens
    k = i + len(name.split())
    return in_source_clause(toks, i) or i > 0 and toks[i - 1] == "," and k < len(toks) and toks[k].lower() in _REPORTS
