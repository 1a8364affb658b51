"""Two sentences giving one quotation state one fact.

"'We're occupying all the hallways,' a student told the Lanmore Weekly." and "'We're occupying all the hallways,'
she said." share the quotation and little else, so neither the cosine nor the carry score of the brief counts them
as one fact, and a brief printed the quotation twice (review U30 #11). A quotation of ``MIN_QUOTE_WORDS`` words or
more that two sentences give word for word (case and punctuation aside) is one fact told twice.

Example:
    >>> same_quote_pairs(["'We are occupying all the hallways,' a student said.", "Police came at noon.",
    ...                   '"We are occupying all the hallways," she said.'])
    [(0, 2)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MIN_QUOTE_WORDS = 4  # a shorter quotation ("'no comment'", "'a tragedy'") is a phrase many speakers use

# A quotation between double quotes (straight or typographic), or between single ones that open after a space or
# the start and close before punctuation or a space (so "it's" and "the Smiths' house" open none).
_QUOTED = re.compile(r"[\"“]([^\"“”]{10,400})[\"”]|(?:^|(?<=\s))[‘']([^‘’']{10,400})[’'](?=[\s,.;:!?]|$)")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def quotations(text: str) -> list[str]:
    """The quotations of a sentence of ``MIN_QUOTE_WORDS`` words or more, lower-cased, their words joined by one space.

    Example:
        >>> quotations('“We will rebuild the bridge,” the mayor said, “and soon.”')
        ['we will rebuild the bridge']
    """
    found = []
    for m in _QUOTED.finditer(text):
        words = _WORD.findall((m.group(1) or m.group(2)).lower().replace("’", "'"))
        if len(words) >= MIN_QUOTE_WORDS:
            found.append(" ".join(words))
    return found


def same_quote_pairs(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs (i < j) of sentences that give one quotation word for word."""
    by_quote: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        if "\"" not in text and "“" not in text and "'" not in text and "‘" not in text:
            continue
        for q in set(quotations(text)):
            by_quote.setdefault(q, []).append(i)
    pairs = {(a, b) for rows in by_quote.values() for k, a in enumerate(rows) for b in rows[k + 1:] if a != b}
    return sorted(pairs)
