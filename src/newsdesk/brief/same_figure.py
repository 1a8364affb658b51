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
