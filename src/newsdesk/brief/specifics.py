"""What makes a claim specific (its names, its figures, its day) and whether another sentence gives them too.

Two sentences of one story share its topic words whatever they report: "smoking is banned in public places, but
some people light up anyway" is written of Spain and of Jordan, "Russian troops continued air and artillery attacks
on rebel positions" on Tuesday and again on Friday, "the ban passed last December" beside "more than 30 signs have
been placed since it passed the ban last December". A sentence carries a claim only if it also gives what makes the
claim this one: one of the names it is about (in it, or in the sentence before it, which names whom its "she" or
"the drug" is), one of the figures it counts, and no other day than the one it says.
And a sentence that denies the claim's words ("no studies show that it is effective") does not carry a claim that
asserts them ("new studies show that it may be effective").

Only figures in digits count: a number written as a word is as often loose ("one or two churches", "for two
weeks"). Left out of the figures: a date ("on Aug. 7", "in 1998"), which another sentence may tell from its own day ("last
Saturday"), and an age ("the 6-year-old boy", "Smith, 45,"), which describes a person the claim is about.
Left out of the names: the days and months, and a name given as an example ("schools such as Northwestern").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from newsdesk.brief.gist import claim_text
from newsdesk.brief.similarity import tokens
from newsdesk.text import STOPWORDS, WORD

WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
_MONTH_WORDS = frozenset(tokens("January February March April May June July August September October November "
                                "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"))
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# A figure that dates or ages rather than counts: a day of a month ("Aug. 7", "7 August"), a year or decade ("1998",
# "the 1980s"), an age ("6-year-old", "aged 40", "Smith, 45,").
_TIME_OR_AGE = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}|\b(?:1[5-9]|20)\d\d(?:'?s)?\b|"
                          r"\b\d+-(?:year|month|week)s?-old\b|\bage[ds]?\s+\d+\b|,\s+\d{1,3},")
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")  # as newsdesk.brief.cite's: "1,200" and "3.5" whole
# A name after these gives an example of the claim's kind ("private schools, such as Northwestern"): not its subject.
_EXAMPLE_BEFORE = re.compile(r"(?:such as|including|like)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
# Words that deny what follows them: "no studies show", "did not approve", "hasn't been found".
_DENIALS = frozenset(("no", "not", "never", "none", "nobody", "neither", "nor", "cannot", "without"))
_DENIAL_REACH = 2  # the words after a denial that it denies


@dataclass(frozen=True, slots=True)
class Specifics:
    """What a carrier of a claim must give too (stemmed tokens; figures as :func:`~newsdesk.brief.cite.figures_in`
    gives them, thousands commas dropped)."""

    names: frozenset[str] = frozenset()  # a carrier (or the sentence before it) gives one, when there are any
    figures: frozenset[str] = frozenset()  # figures in digits: a carrier gives one of them, when there are any
    days: frozenset[str] = frozenset()  # a carrier naming a weekday names one of these, when there are any
    plain: frozenset[str] = frozenset()  # the claim's plain words (its Gist's): a carrier must not deny them
    denies: bool = False  # the claim itself denies something: a denial in the carrier is no sign of another claim


def specifics(text: str, plain: Collection[str] = frozenset(),
              is_name: Callable[[str], bool] = lambda _tok: False) -> Specifics:
    """The :class:`Specifics` of a sentence's claim (:func:`~newsdesk.brief.gist.claim_text`).

    Args:
        text: the sentence.
        plain: the claim's plain words (``gist(text).plain``, acronyms folded: newsdesk.brief.acronyms); an acronym
            among them stands for words that are no name ("NSAIDs" for "non-steroidal anti-inflammatory drugs").
        is_name: whether the story writes a token as a name: asked for the claim's first word only, which is
            capitalised anyway ("Jordan has enacted a law" is about Jordan; "Salmon spawn" is not about a name).

    Example:
        >>> s = specifics("Jordan has enacted a law banning smoking in 30 public places on Tuesday.",
        ...               is_name=lambda tok: tok == "jordan")
        >>> sorted(s.names), sorted(s.figures), sorted(s.days)
        (['jordan'], ['30'], ['tuesday'])
    """
    part = claim_text(text).strip()
    names: set[str] = set()
    for k, m in enumerate(WORD.finditer(part)):
        word = m.group()
        if not word[0].isupper() or word.lower() in STOPWORDS:
            continue
        toks = tokens(word)
        tok = toks[0] if toks else ""
        if len(tok) < 2 or (tok in plain and word[:2].isupper()) or tok in WEEKDAYS or tok in _MONTH_WORDS or any(map(str.isdigit, tok)):
            continue
        if (k > 0 or is_name(tok)) and _EXAMPLE_BEFORE.search(part, 0, m.start()) is None:
            names.add(_bare(tok))
    claim_tokens = tokens(part)
    return Specifics(
        names=frozenset(names),
        figures=frozenset(f.replace(",", "") for f in _FIGURE.findall(_TIME_OR_AGE.sub(" ", part))),
        days=WEEKDAYS.intersection(claim_tokens),
        plain=frozenset(plain),
        denies=any(_is_denial(t) for t in claim_tokens),
    )


def missing(spec: Specifics, toks: Sequence[str], terms: Collection[str], figures: Collection[str],
            before: Collection[str] = ()) -> str | None:
    """What a sentence (its word ``toks``, content ``terms`` and ``figures``) fails to give of a claim's
    :class:`Specifics`: "name", "figure", "day" or "denial" (it denies the claim's words); None when it gives all.
    ``before``: the content terms of the article's sentence before it, where a name stands that the sentence
    gives as "she" or "the drug".

    Example:
        >>> spec = specifics("Jordan has banned smoking in public places.", is_name=lambda tok: tok == "jordan")
        >>> toks = tokens("In Spain smoking is banned in public places.")
        >>> missing(spec, toks, set(toks), set())
        'name'
    """
    if spec.names and spec.names.isdisjoint(map(_bare, terms)) and spec.names.isdisjoint(map(_bare, before)):
        return "name"
    if spec.figures and spec.figures.isdisjoint(figures):
        return "figure"
    if spec.days and not WEEKDAYS.isdisjoint(toks) and spec.days.isdisjoint(toks):
        return "day"
    if not spec.denies and spec.plain and _denies_any(toks, spec.plain):
        return "denial"
    return None


def _bare(tok: str) -> str:
    """A name token without its possessive, one apostrophe for all: "price's" and "o’mara" are "price", "o'mara"."""
    tok = tok.replace("’", "'")
    return tok[:-2] if tok.endswith("'s") else tok


def _is_denial(tok: str) -> bool:
    return tok in _DENIALS or tok.endswith("n't")


def _denies_any(toks: Sequence[str], words: Collection[str]) -> bool:
    """Whether a denial stands right before one of ``words`` ("no studies show", "not approved")."""
    return any(_is_denial(t) and not words.isdisjoint(toks[k + 1:k + 1 + _DENIAL_REACH]) for k, t in enumerate(toks))


def story_names(sentences: Iterable[tuple[Collection[str], Sequence[str]]]) -> frozenset[str]:
    """The tokens a story writes as names: capitalised in at least half the sentences that use them after their first
    word. ``sentences``: each sentence's capitalised tokens (after the first word) and all its tokens."""
    capitalised: dict[str, int] = {}
    inside: dict[str, int] = {}
    for names, toks in sentences:
        for t in names:
            capitalised[t] = capitalised.get(t, 0) + 1
        for t in set(toks[1:]):
            inside[t] = inside.get(t, 0) + 1
    return frozenset(t for t, n in capitalised.items() if 2 * n >= inside.get(t, 0))
