"""Thresholds of the conflict search: how close two sentences must be to be compared, and how crowded a story is."""

from __future__ import annotations

PAIR = 0.3  # cosine at which two sentences are diffed at all (negations in the same wording)
ALIGNED = 0.4  # cosine at which two sentences may report the same thing, in a large story (>= CROWD articles)
ALIGNED_FEW = 0.3  # the same for a story of two to FEW articles (linear in between): with many articles on one
FEW, CROWD = 5, 10  # topic, some sentence of another article is close by chance, so more overlap is required
CLOSE = 0.5  # token-diff ratio above which the wording is the same apart from the changed slot
NAME_COS = 0.35  # cosine for a differing name or date between paraphrases
PARA_NEG = 0.5
DENIAL_UNANCHORED = 0.3  # penalty when a denial and a claim share no name or number
DENIAL = 0.45  # share of the denial's object terms (idf-weighted) the denied claim must carry
TOP = 5  # each sentence is compared with its best match per other article, if among its TOP best overall
SPEAKER_OVERLAP = 0.5  # differing speakers: share of the statement's words (speakers left out) the two must have
# From this many articles ("crowded" story: weeks of coverage, many related figures), two sentences are compared only
# when each is the other's best match, and a lone differing name is not paired without shared context.
MUTUAL_FROM = 6
MAX_SPAN = 5  # a changed slot spans at most this many tokens on each side
# Below the aligned threshold (but at PAIR or more), a slot conflict needs the slot to be the only differing one of
# its type on each side, with this many content words of its context shared ("pupils in [X] middle schools").
ANCHOR_WORDS = 3

YEAR_FRAME = 5  # a year is framed by the same five words right before it ("commissioned for the Russian Navy in [1995]")

# A figure or a date far from the sentence's best wording (cosine from SLOT_LOW, under the aligned threshold, or a pair
# a crowded story leaves uncompared): compared when the two slots share two or more content words within SLOT_WINDOW
# tokens, and the story gives that slot, in those words, only these two values, one of them in a single article.
SLOT_LOW = 0.2
SLOT_WINDOW = 5
SLOT_RATIO = 5.0  # two figures this many times apart count different things ("$10 million" / "$2.1 billion")
OUTLIER_WORDS = 3  # shared context words another slot of the story must carry to give that slot a third value
