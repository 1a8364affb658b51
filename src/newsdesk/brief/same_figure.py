"""Two sentences giving one figure about the same thing state one fact.

"... killing all 217 people on board", "All 217 people on board were killed." and "The crash killed all 217
passengers and crew" share little wording beside the figure, so neither the cosine nor the carry score of the brief
counts them as one fact, and a brief of a crash said the toll three times (U25). A figure that is no year, given
by sentences of two articles, with another content word of theirs in common, is one fact told twice.

Example:
    >>> from newsdesk.brief.similarity import tokens
    >>> a, b = tokens("The jet crashed, killing all 217 people on board."), tokens("All 217 people on board died.")
    >>> same_figure_pairs([a, b, tokens("Rescuers found 217 bags of mail.")], [{"217"}, {"217"}, {"217"}], [0, 1, 2])
    [(0, 1)]
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from newsdesk.brief.similarity import content

MIN_SHARED_WORDS = 1  # content words beside the figure the two sentences share


def _telling(figure: str) -> bool:
    """A figure that names a count or amount of this story: not a year, not a one-digit number (two, three ...
    are everywhere)."""
    digits = figure.replace(".", "")
    if not digits.isdigit() or len(digits) < 2:
        return False
    return not (len(figure) == 4 and figure[:2] in ("19", "20"))


def same_figure_pairs(token_rows: Sequence[Sequence[str]], figures: Sequence[Collection[str]],
                      sources: Sequence[int]) -> list[tuple[int, int]]:
    """Pairs (i < j) of sentences of different sources (articles) that give a telling figure in common and share
    MIN_SHARED_WORDS other content words: one fact told twice. (Within one article a figure said again is most
    often a new fact about it: left to the brief's other redundancy tests; on multinews-val the rule within
    articles too cost 0.2 ROUGE-2, across them 0.08.)"""
    by_figure: dict[str, list[int]] = {}
    for i, found in enumerate(figures):
        for f in found:
            if _telling(f):
                by_figure.setdefault(f, []).append(i)
    pairs: set[tuple[int, int]] = set()
    words: dict[int, set[str]] = {}
    for figure, rows in by_figure.items():
        if len(rows) < 2:
            continue
        for k, i in enumerate(rows):
            wi = words.setdefault(i, set(content(token_rows[i])))
            for j in rows[k + 1:]:
                if sources[i] == sources[j]:
                    continue
                wj = words.setdefault(j, set(content(token_rows[j])))
                if len((wi & wj) - {figure}) >= MIN_SHARED_WORDS:
                    pairs.add((i, j))
    return sorted(pairs)


def figures_by_unit(toks: Sequence[str]) -> dict[str, set[str]]:
    """The figures a sentence gives for each thing it counts: the content word right after a figure ("200,000 apps"
    -> {"app": {"200_000"}}, from the tokens "200", "000", "app"). Years are left out (they count nothing)."""
    out: dict[str, set[str]] = {}
    k, n = 0, len(toks)
    while k < n:
        if not toks[k].isdigit():
            k += 1
            continue
        start = k
        while k < n and toks[k].isdigit():
            k += 1
        if k - start > 1 and len(toks[start]) == 4 and toks[start][:2] in ("19", "20"):
            start += 1  # "In 2004, 150 people": a year before the figure (no thousands group has four digits)
        figure = "_".join(toks[start:k])
        if k - start == 1 and len(figure) == 4 and figure[:2] in ("19", "20"):
            continue  # a year
        if k < n and toks[k].isalpha() and content([toks[k]]):
            out.setdefault(toks[k], set()).add(figure)
    return out


ROUNDING = 0.01  # two figures this close (a share of the larger) are one figure rounded: 19,350 and 19,356 feet


def _value(figure: str) -> float:
    """The value of a figure from its tokens ("200_000" -> 200000, "2_9" -> 2.9: a group of three digits after the
    first is thousands, another a decimal part)."""
    head, *rest = figure.split("_")
    if all(len(part) == 3 for part in rest):
        return float(head + "".join(rest))
    return float(head + "." + "".join(rest))


def _same(figure: str, others: set[str]) -> bool:
    if figure in others:
        return True
    value = _value(figure)
    return any(abs(value - (v := _value(o))) <= ROUNDING * max(value, v) for o in others)


def other_figure(own: dict[str, set[str]], other: dict[str, set[str]]) -> bool:
    """Whether ``other`` gives a different figure for something ``own`` counts, and not ``own``'s ("220,000 apps"
    against "200,000 apps"; 19,356 feet is 19,350 feet rounded): an article saying so does not carry the sentence's
    figure."""
    return any(unit in other and not any(_same(f, other[unit]) for f in figures) for unit, figures in own.items())
