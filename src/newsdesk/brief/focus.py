"""Query focus for the brief: which of the story's concepts a reader's question or topic asks about.

A focus ("What did the inquiry find about the dam's spillway?", "Native American reservations - pros
and cons. Discuss conditions on reservations ...") is reduced to its topic words: stemmed content
words, without the words that only make it a question or a request ("what", "discuss", "describe",
"include", "information", "reports", ...; see INSTRUCTION_WORDS). Each topic word weighs its count in
the focus times its IDF over the story's sentences (a word every sentence has picks out nothing).
A focus rarely names every word the relevant sentences use, so the story's words found mostly in
the sentences holding a topic word are added at a smaller weight (EXPANSION): "reservations" brings
in "tribe" and "casino" when the story's sentences pair them.

The brief weighs each concept (a content word or a bigram, see compose) ``1 + weight * relevance``
times as much, relevance being the largest focus weight among the concept's words scaled to 0..1
(compose.Weights.focus): sentences that cover what the focus asks about gain more, and once one
has covered it, the next gains no more for it. A focus whose topic words the story never uses
changes nothing.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import chain

import numpy as np

from newsdesk.brief.similarity import Concepts, content, tokens

# Words that frame a question or a request and name no topic: question words, verbs of asking and
# telling, the nouns a request wraps its topic in, and function words the stop list lacks. Stemmed
# (below) like the sentences' tokens, so "describes", "described" and "describing" go too. General
# English, not the words of any one data set.
_INSTRUCTIONS = """
    what which who whom whose where when why how whether whatever whichever
    discuss discussion describe description explain explanation identify identification include including
    specify summarize summarise summary list provide give mention outline detail details detailed
    address cover covering elaborate characterize characterise compare contrast evaluate assess
    examine analyze analyse review explore indicate note tell show find know learn understand
    information info report reports reported reporting news story stories article articles coverage
    account accounts overview background update updates latest brief briefly question questions answer
    aspect aspects regarding concerning related relating relevant pertaining respect according
    particular particularly specific specifically various variety kind kinds type types sort sorts
    example examples instance etc e.g i.e also please want wanted need needed like would could should
    interested interest anything something everything things thing way ways much many well
    happen happened happening happens going done doing exist exists existing known given taken made
    among amongst toward towards upon within via across throughout
    """
INSTRUCTION_WORDS = frozenset(_INSTRUCTIONS.split())
_INSTRUCTION_TOKENS = frozenset(chain.from_iterable(tokens(w) for w in INSTRUCTION_WORDS))

EXPANSION = 0.3  # weight of the strongest co-occurring word relative to the strongest topic word
EXPANSION_TERMS = 20  # at most this many co-occurring words are added
MIN_COOCCUR = 3  # a word must share this many sentences with the topic words to be added


def topic_terms(focus: str) -> Counter[str]:
    """The focus's topic words: stemmed content tokens (with their counts) that are no instruction words.

    Example:
        >>> sorted(topic_terms("Discuss the benefits of wetlands. Include any reports."))
        ['benefit', 'wetland']
    """
    found = Counter(t for t in content(tokens(focus)) if t not in _INSTRUCTION_TOKENS)
    for t in list(found):  # "Hezbollah's role" asks about Hezbollah too, however the story writes it
        if t.endswith(("'s", "’s")) and len(t) > 3:
            base = content(tokens(t[:-2]))
            if base and base[0] not in _INSTRUCTION_TOKENS:
                found[base[0]] += found[t]
    return found


def focus_weights(
    focus: str, sentences: Sequence[Sequence[str]], articles: Sequence[int] | None = None, expand: bool = True
) -> dict[str, float]:
    """The focus as weighted story words: its topic words, then the words that co-occur with them.

    Args:
        focus: the reader's question or topic.
        sentences: every sentence of the story as its content tokens (IDF and co-occurrence are
            counted over all of them).
        articles: the article of each sentence. Given, a word also weighs by how few articles use
            it (see :func:`_spread`): what the focus adds to the story's own subject.
        expand: add the words that co-occur with the topic words.

    Returns:
        Token -> weight (the largest 1.0); empty when no topic word of the focus occurs in the story.
    """
    terms = topic_terms(focus)
    if not terms:
        return {}
    sets = [set(s) for s in sentences]
    df = Counter(chain.from_iterable(sets))
    query = {t: k for t, k in terms.items() if t in df}
    if not query:
        return {}
    n = len(sets)
    idf = {t: math.log((n + 1) / (df[t] + 1)) + 1.0 for t in df}
    if articles is not None:
        spread = _spread(sets, articles)
        idf = {t: v * spread(t) for t, v in idf.items()}
    weights = {t: k * idf[t] for t, k in query.items()}
    if expand:
        weights.update(_cooccurring(query, sets, df, idf, max(weights.values())))
    top = max(weights.values())
    return {t: v / top for t, v in weights.items()} if top > 0 else {}


def _spread(sets: Sequence[set[str]], articles: Sequence[int]) -> Callable[[str], float]:
    """A word's weight for how few of the story's articles use it: 1 for a word of one article, near 0
    for one every article uses (the story's own subject, which picks out no sentence). All 1 for a
    story of one article."""
    in_articles: dict[str, set[int]] = {}
    for s, a in zip(sets, articles, strict=True):
        for t in s:
            in_articles.setdefault(t, set()).add(a)
    n_docs = len(set(articles))
    top = math.log((n_docs + 1) / 1.5)
    return lambda t: math.log((n_docs + 1) / (len(in_articles[t]) + 0.5)) / top


def _cooccurring(
    query: dict[str, int], sets: Sequence[set[str]], df: Counter[str], idf: dict[str, float], top: float
) -> dict[str, float]:
    """Expansion words: the story's words most often found in the sentences that hold a topic word.

    A word scores the share of its sentences that hold a topic word, times the log of how many do
    and its IDF: it goes with the topic (not with everything), often, and is no common word. The
    best of them is worth EXPANSION times the strongest topic word (``top``).
    """
    together = Counter(chain.from_iterable(s for s in sets if not s.isdisjoint(query)))
    scored = {
        t: (k / df[t]) * math.log(k) * idf[t]
        for t, k in together.items()
        if k >= MIN_COOCCUR and t not in query and t not in _INSTRUCTION_TOKENS
    }
    best = sorted(scored, key=lambda t: (-scored[t], t))[:EXPANSION_TERMS]
    if not best:
        return {}
    scale = EXPANSION * top / scored[best[0]]
    return {t: scored[t] * scale for t in best}


def concept_relevance(
    focus: str, sentences: Sequence[Sequence[str]], found: Concepts, articles: Sequence[int] | None = None,
    expand: bool = True,
) -> np.ndarray | None:
    """Per concept column of ``found``: the largest :func:`focus_weights` weight among its words (0..1).

    None when the focus has no topic word in the story (the brief is then the generic one).
    """
    weights = focus_weights(focus, sentences, articles, expand)
    if not weights:
        return None
    index = found.tokens.index
    n_tokens = len(found.tokens)
    by_token = np.zeros(n_tokens + 1)  # the last cell: a token the columns never use
    for t, v in weights.items():
        number = index.get(t)  # .get: the vocabulary is a defaultdict, a lookup would add the token
        if number is not None:
            by_token[number] = v
    codes = found.codes
    word = codes < n_tokens
    first = np.where(word, codes, codes // max(n_tokens, 1) - 1)  # bigram a b: n_tokens * (1 + a) + b
    second = np.where(word, n_tokens, codes % max(n_tokens, 1))
    out = np.maximum(by_token[first], by_token[second])
    return out if out.any() else None
