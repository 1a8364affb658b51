"""Two sentences giving one quotation state one fact.

"'We're occupying all the hallways,' a student told the Lanmore Weekly." and "'We're occupying all the hallways,'
she said." share the quotation and little else, so neither the cosine nor the carry score of the brief counts them
as one fact, and a brief printed the quotation twice (review U30 #11). A quotation of ``MIN_QUOTE_WORDS`` words or
more that two sentences give word for word (case and punctuation aside) is one fact told twice.

Example:
    >>> same_quote_pairs(["'We're occupying all the hallways,' a student said.", "Police came at noon.",
    ...                   '"We’re occupying all the hallways," she said.'])
    [(0, 2)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MIN_QUOTE_WORDS = 4  # a shorter quotation ("'no comment'", "'a tragedy'") is a phrase many speakers use

# A quotation between double quotes (straight or typographic), paired left to right, or between single ones that
# open after a space or the start and close before punctuation or a space (so "it's" and "the Smiths' house" open
# none; an apostrophe between letters inside it, "'We're here,'", closes nothing).
# The pattern opens with the opening mark itself and only then tells the two kinds apart, looking behind it
# (``(?<=^.)``: the mark opens the text): a search skips in C to the next quotation mark instead of trying both
# alternatives at every position.
_QUOTED = re.compile(r"[\"“‘'](?:(?<=[\"“])([^\"“”]{1,400})[\"”]"
                     r"|(?:(?<=^.)|(?<=\s.))(?<=[‘'])((?:[^‘’']|(?<=\w)['’](?=\w)){10,400})[’'](?=[\s,.;:!?]|$))")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# The quotation must be what the sentence says: the words around it are at most who said it ("a student told the
# Lanmore Weekly") or it is half the sentence or more. A phrase quoted inside a sentence of other facts ("detained a
# man they called \"a person of interest in the case\" after ...") makes no two sentences one (review R30).
MAX_WORDS_AROUND = 8
MIN_QUOTE_SHARE = 0.5


def quotations(text: str) -> list[str]:
    """The quotations of a sentence of ``MIN_QUOTE_WORDS`` words or more, lower-cased, their words joined by one space.

    Example:
        >>> quotations('“We will rebuild the bridge,” the mayor said, “and soon.”')
        ['we will rebuild the bridge']
        >>> quotations('"No," the mayor of Lanmore told reporters on Monday, "we will not."')
        []
    """
    found = []
    for m in _QUOTED.finditer(text):
        words = _WORD.findall((m.group(1) or m.group(2)).lower().replace("’", "'"))
        if len(words) >= MIN_QUOTE_WORDS:
            found.append(" ".join(words))
    return found


def _says_mainly(quote: str, text: str) -> bool:
    """Whether the quotation is what the sentence says (``MAX_WORDS_AROUND``, ``MIN_QUOTE_SHARE``)."""
    quoted, total = len(quote.split()), len(_WORD.findall(text.lower()))
    return total - quoted <= MAX_WORDS_AROUND or quoted >= MIN_QUOTE_SHARE * total


def same_quote_pairs(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs (i < j) of sentences that give one quotation word for word, each saying mainly that.

    Example:
        >>> same_quote_pairs(["Police detained a man they called 'a person of interest in the case' after he came "
        ...                   "back to the burned store on a bicycle.", "'A person of interest in the case,' police said."])
        []
    """
    by_quote: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        if "\"" not in text and "“" not in text and "'" not in text and "‘" not in text:
            continue
        for q in set(quotations(text)):
            by_quote.setdefault(q, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for q, given in by_quote.items():
        if len(given) < 2:
            continue  # a quotation given once pairs nothing: what its sentence mainly says is not asked
        rows = [i for i in given if _says_mainly(q, texts[i])]
        pairs.update((a, b) for k, a in enumerate(rows) for b in rows[k + 1:] if a != b)
    return sorted(pairs)
