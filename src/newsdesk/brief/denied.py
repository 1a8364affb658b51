"""A brief tells a denial of what it states: the claim and the denial in one place (U31 #11).

The brief chooses sentences by how many sources carry them, so a claim four outlets relay ("Hundreds of Iranian
troops have reportedly crossed into Syria") fills it, and the one minister who dismissed the reports, in one
article, does not make it in. The comparison knows the pair (a "denial" conflict). ``with_denial`` puts the denial
of a claim the brief states right after the sentence stating it, making room within the word budget by leaving out
the brief's last sentences; a reader learns what happened and that it is disputed from the brief alone.
"""

from __future__ import annotations

import dataclasses

from newsdesk.brief.select import is_dangling
from newsdesk.model import Brief, BriefSentence, Comparison, ConflictSide
from newsdesk.text import content_terms

CLAIM_WORDS = 3  # content words a brief sentence must share with the denied claim ...
CLAIM_SHARE = 0.4  # ... and this share of its own content words


def _states(sentence: BriefSentence, claim: ConflictSide) -> bool:
    """Whether a brief sentence states the claim a denial answers: it cites an article carrying the claim and holds
    enough of the claim's words."""
    if not set(sentence.citations) & set(claim.articles):
        return False
    own, said = set(content_terms(sentence.text)), set(content_terms(claim.text))
    shared = own & said
    return len(shared) >= CLAIM_WORDS and len(shared) >= CLAIM_SHARE * len(own)


def with_denial(brief: Brief, comparison: Comparison | None, words: int | None,
                max_sentences: int | None = None) -> Brief:
    """The brief with the strongest denial of a claim it states after that claim's sentence, when the denial is not
    in the brief yet and fits the budget once sentences after it are left out (the first sentence always stays):
    ``words`` and ``max_sentences`` as the brief was given them (a brief by sentences keeps its number of sentences).
    A denial that cannot be read alone ("He denied the report") is not added."""
    if comparison is None or not brief.sentences:
        return brief
    most = max_sentences if max_sentences is not None else (len(brief.sentences) if words is None else None)

    def over(sentences: list[BriefSentence]) -> bool:
        return (words is not None and sum(len(s.text.split()) for s in sentences) > words
                or most is not None and len(sentences) > most)

    shown = {s.text for s in brief.sentences}
    for conflict in comparison.conflicts:
        if conflict.kind != "denial" or len(conflict.sides) != 2:
            continue
        claim, denial = conflict.sides
        if denial.text in shown or not denial.articles or is_dangling(denial.text):
            continue
        at = next((i for i, s in enumerate(brief.sentences) if _states(s, claim)), None)
        if at is None:
            continue
        added = BriefSentence(denial.text, denial.articles[0], tuple(denial.articles))
        sentences = [*brief.sentences[:at + 1], added, *brief.sentences[at + 1:]]
        while over(sentences) and len(sentences) > at + 2:
            sentences.pop()  # the brief's last sentence makes room (never the claim nor its denial)
        if over(sentences):
            return brief  # the denial does not fit beside the claim
        return dataclasses.replace(brief, sentences=tuple(sentences))
    return brief
