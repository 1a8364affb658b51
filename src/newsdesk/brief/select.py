"""Candidate sentences for the brief: splitting, filtering out non-sentences, and scoring signals."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

from newsdesk.brief.cite import figures_in, number_words, numbers
from newsdesk.brief.similarity import _IS_CONTENT, _SURFACE, _Memo, story_memo, tokens
from newsdesk.brief.transcripts import unattributed_turn_sentences
from newsdesk.chronology import chronology_sentences
from newsdesk.clean.boilerplate import CAPTION_OPENING
from newsdesk.config import BriefConfig
from newsdesk.model import Article
from newsdesk.sentences import dateline_end, split_sentences, without_dateline
from newsdesk.text import STOPWORDS, WORD

# Sentence openers that point back to something the reader of a brief has not seen.
DANGLING = frozenset(
    ["he", "she", "it", "they", "them", "his", "her", "its", "their", "this", "that", "these", "those", "there", "but", "and", "also", "however", "meanwhile", "still", "yet", "so", "then", "instead", "moreover", "furthermore", "besides", "nevertheless", "nonetheless", "thus", "hence", "therefore", "otherwise", "later", "afterwards", "earlier", "too", "others", "another", "such", "both"]
)
# Words that make a token sequence look like a clause (finite verbs and auxiliaries).
_AUX = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "said", "says", "say", "told", "tell", "tells", "added", "adds", "called", "calls", "says", "according", "announced", "reported", "made", "make", "makes", "took", "take", "takes", "gave", "give", "gives", "got", "get", "gets", "went", "go", "goes", "came", "come", "comes", "found", "find", "finds", "left", "leave", "leaves", "began", "begin", "begins", "held", "hold", "holds", "became", "become", "becomes", "knew", "know", "knows", "saw", "see", "sees", "thought", "think", "thinks", "won", "win", "wins", "lost", "lose", "loses", "led", "lead", "leads", "ran", "run", "runs", "paid", "pay", "pays", "sent", "send", "sends", "kept", "keep", "keeps", "met", "meet", "meets", "put", "puts", "set", "sets", "cut", "cuts", "hit", "hits"]
)
# Simple past forms of irregular verbs (and a few short regular ones that _verb_suffix's length test leaves out:
# "died", "fled"), as the verb of a clause: "The ship sank and the crew fled." Left out: forms as often a noun or
# an adjective in a verbless fragment ("beat", "cost", "spread", "wound", "lay", "lit") and past participles that
# differ from the past ("shown", "taken"): without an auxiliary (_AUX) they open captions, not clauses.
_PAST_FORMS = frozenset(
    ["arose", "awoke", "ate", "bent", "bled", "blew", "broke", "bred", "brought", "built", "bought", "caught", "chose",
     "clung", "crept", "dealt", "dug", "drew", "drank", "drove", "fed", "fell", "felt", "fought", "fled", "flung",
     "flew", "forbade", "forgot", "forgave", "froze", "grew", "hung", "heard", "hid", "knelt", "laid", "leapt", "lent",
     "meant", "mistook", "misled", "overcame", "overtook", "overthrew", "oversaw", "foresaw", "rang", "rebuilt",
     "rode", "rose", "sang", "sank", "sat", "sought", "sold", "shook", "shone", "shot", "shrank", "slept", "slid",
     "sped", "spent", "spoke", "sprang", "spun", "stole", "stood", "stuck", "stung", "strode", "struck", "swore",
     "swept", "swam", "swung", "taught", "tore", "threw", "understood", "undertook", "underwent", "upheld",
     "withdrew", "withheld", "withstood", "woke", "wore", "wove", "wept", "wrote",
     "died", "dies", "tied", "lied", "owed", "eyed", "used", "wed"]
)
def _has_verb(lower: Sequence[str]) -> bool:
    """Whether a sentence's lower-case words ``lower`` hold one that reads as a finite verb: one of _AUX or
    _PAST_FORMS, or an -ed / -s form."""
    if not _AUX.isdisjoint(lower) or not _PAST_FORMS.isdisjoint(lower):
        return True
    low = [t.lower() for t in lower]  # a word of lower-case letters can still hold capitals ("iPhone")
    return not _AUX.isdisjoint(low) or not _PAST_FORMS.isdisjoint(low) or any(map(_verb_suffix, lower))


# Photo captions and credits, and page furniture that survives text extraction (share prompts,
# newsletter and cookie notices, links). Plain substrings of the lower-cased sentence, matched
# by one regex (see _literal_search).
_NOISE_WORDS = (
    "ap photo", "getty", "photo:", "photograph:", "image:", "image copyright", "image caption",
    "reuters/", "afp/", "epa/", "shutterstock", "file photo", "pictured", "(photo", "credit:",
    "click here", "sign up", "subscribe", "newsletter", "cookie", "read more", "learn more",
    "follow us", "all rights reserved", "copyright", "terms of use", "terms of service",
    "privacy policy", "share this", "may not be published", "may not be reproduced", "javascript",
    "advertisement", "your browser", "email address", "e-mail address", "email us", "comments below",
    "via twitter", "via facebook", "http://", "https://", "www.", ".com",
    # Notices of web archives that scraped pages keep ("These crawls are part of an effort to archive pages").
    "crawl data", "these crawls", "internet archive", "wayback machine", "archived page",
    "crawls of", "wide crawls", "crawls performed", "this crawl", "the crawl was", "crawl start", "crawler",
    "no more 404", "free archives",
    # Gallery and player controls ("Hide Caption 4 of 6 Photos:", "[Video Link]").
    "hide caption", "video link]",
    # A caption's place markers for who stands where in the picture ("Prime Minister X (C) makes ...").
    "(c) ", "(l) ", "(l-r)", "(r-l)",
)
_NOISE = re.compile(r"\blog ?in\b|@\w")
# A sentence that only announces what follows ("The following are major news items ...", "Here are 18
# facts about ...:", "Here's what we know."): in a brief, what it announces is not there.
_ANNOUNCE = re.compile(r"(?:the )?following (?:is|are|were)\b|here(?:'s|’s| is| are) (?:a|an|the|some|what|how|why|"
                       r"more|our|your|his|her|their|its|just|all|one|two|three|four|five|\d+)\b")
_ANNOUNCE_WORDS = 20


def _announces(low: str) -> bool:
    """Whether lower-cased text announces what follows: it ends with a colon, or is short and holds none."""
    if _ANNOUNCE.match(low) is None:
        return False
    return low.rstrip().endswith(":") or ":" not in low and len(low.split()) <= _ANNOUNCE_WORDS


# What a caption (CAPTION_OPENING: a wire photo caption, which describes a picture the reader of the brief does
# not see) or an announcement (_ANNOUNCE) opens with: other text is not matched against them.
_CAPTION_OR_ANNOUNCEMENT_OPENERS = ("this", "in this", "the following", "following", "here")


def _caption_or_announcement(low: str) -> bool:
    """A photo caption or an announcement (lower-cased text): the sentence-shaped noise that no literal marks."""
    return low.startswith(_CAPTION_OR_ANNOUNCEMENT_OPENERS) and (CAPTION_OPENING.match(low) is not None or _announces(low))


# A picture or player label that text extraction glued to the front of the next sentence ("Image The White
# House's spokeswoman said ...", "Caption The governor announced ..."): the label, then a capitalised word
# that opens sentences (a stop word: "The", "In", "After"), so "Image Comics said ..." keeps its name.
_LABELS = ("Image ", "Images ", "Photo ", "Photos ", "Video ", "Caption ", "Graphic ", "Gallery ", "Audio ",
           "Slideshow ")
_GLUED_LABEL = re.compile(r"(?:Images?|Photos?|Video|Caption|Graphic|Gallery|Audio|Slideshow) +([A-Z][a-z]*)\b")


def glued_label_end(sentence: str) -> int:
    """Length of a picture label glued to the sentence's start ("Image The ..." -> 6), 0 when there is none."""
    if not sentence.startswith(_LABELS):
        return 0
    m = _GLUED_LABEL.match(sentence)
    return m.start(1) if m is not None and m.group(1).lower() in STOPWORDS else 0


def _literal_search(literals: Sequence[str]) -> re.Pattern[str]:
    """One regex whose ``search`` finds whether any of ``literals`` occurs (where it matches is not the
    literal's span).

    Python's regex engine skips in C only to a position holding one of the pattern's possible first
    characters, and nearly every letter starts some literal. So each literal is matched from its
    rarest character instead (by English letter frequency; punctuation rarer still): the pattern
    starts at one of a few rare characters, follows a prefix-factored trie of what comes after it,
    and a lookbehind of the whole literal confirms the part before it. Most positions are skipped
    in C, and the few that hold an anchor fail on the next character.
    """
    trie: dict[str, dict] = {}
    for lit in literals:
        anchor = min(range(len(lit)), key=lambda k: (_rarity(lit[k]), k))
        node = trie
        for ch in lit[anchor:]:
            node = node.setdefault(ch, {})
        node.setdefault("", {})[lit] = {}  # the literals that end here

    def build(node: dict[str, dict]) -> str:
        ends = node.get("", {})
        alts = [f"(?<={re.escape(lit)})" for lit in ends]
        alts += [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(build(trie))


_BY_FREQUENCY = "zqxjkvb.pygfwmucldrhsnioate"  # rarest first; other characters (punctuation) rarer still


def _rarity(ch: str) -> int:
    return 99 if ch.isspace() else _BY_FREQUENCY.find(ch)  # -1: not a letter, rarest


_NOISE_ANY = _literal_search(_NOISE_WORDS)
# Notes from the newsroom about its own reporting: true, but no fact of the story.
_NEWSROOM = (
    "could not independently verify", "could not be independently verified", "not be independently confirmed",
    "could not independently confirm", "did not immediately respond", "did not respond to a request",
    "contributed to this report", "contributed reporting", "this story has been updated", "this article has been updated",
)
_NEWSROOM_ANY = _literal_search(_NEWSROOM)
# A sentence that is one quotation and nothing else: the reader is not told who says it.
_WHOLE_QUOTE = re.compile(r"""^(?:["“][^"“”]+[.!…]["”]|``(?:(?!``|'').)+[.!…]'')$""")  # "...", “...”, ``...''
_QUOTE_OPENING = '"“`'  # the first character of a _WHOLE_QUOTE match
# A sentence opening in the first person with no speaker ("I met him in 1974.", "Because I'm better than I was
# before."): the voice of a column or a transcript, which reads as the brief's own.
_FIRST_PERSON = re.compile(r"^(?:(?:[Aa]nd|[Bb]ut|[Bb]ecause|[Ss]o|[Nn]ow|[Tt]hen|[Hh]opefully|[Ii]nitially|[Ll]ater|[Ww]ell|[Oo]h),? ){0,2}"
                           r"(?:I|I['’](?:m|ve|d|ll)|My|Let['’]s(?= [a-z]))\b")  # "Let's call the total ...", not "Let's Make a Deal"
_SPEAKER = re.compile(r"\b(?:said|says|say|told|tells|wrote|writes|asked|added|explained|recalled|according)\b|"
                      r"^[A-Z][A-Z.'’ -]+:")  # a verb of saying, or a transcript's "OPAL LEE:"


# Caption/furniture and newsroom notes in one search (parse only needs to know whether either matches);
# _NOISE's two patterns only run on text holding their first characters.
_NOISE_OR_NEWSROOM_ANY = _literal_search(_NOISE_WORDS + _NEWSROOM)
_AT_WORD = re.compile(r"@\w")
_LOG_IN = re.compile(r"\blog ?in\b")


def _noise_or_newsroom(low: str) -> bool:
    """``_is_noise(low, low) or _NEWSROOM_ANY.search(low)`` for lower-cased text, faster."""
    return (
        _NOISE_OR_NEWSROOM_ANY.search(low) is not None
        or "@" in low and _AT_WORD.search(low) is not None
        or "log" in low and _LOG_IN.search(low) is not None
        or _caption_or_announcement(low)
    )


def _is_noise(sentence: str, low: str | None = None) -> bool:
    low = sentence.lower() if low is None else low
    return _NOISE_ANY.search(low) is not None or _NOISE.search(low) is not None or _caption_or_announcement(low)


_TERMINAL = re.compile(r"""[.!…]['"”’)\]]*$""")
_WORDISH = WORD  # newsdesk.text's word


@dataclass(slots=True)
class Candidate:
    """A sentence that could go into the brief, with where it came from."""

    text: str
    article: int  # index into the input articles
    group: int  # duplicate group: articles that are copies of each other share one
    position: int  # index among the article's usable sentences (0 = its lede)
    n_words: int
    tokens: list[str]
    dangling: bool
    pool: int = -1  # index of this sentence among all sentences of the story (see :func:`parse`)
    capitalised: int = -1  # words after the first that start with a capital (-1: not counted)


@dataclass(slots=True)
class PoolSentence:
    """Any sentence of the story, shown or not: what cross-document support is computed over."""

    article: int
    tokens: list[str]
    names: set[str]  # stemmed tokens written capitalised inside the sentence
    content: list[str]  # the tokens that carry content (see similarity.content)
    numbers: set[str] | frozenset[str] | None = None  # cite.numbers(tokens), when already known


def reject_reason(sentence: str, cfg: BriefConfig, toks: Sequence[str] | None = None) -> str | None:
    """Why a sentence cannot stand alone in a brief, or None when it can.

    ``toks``: the sentence's word tokens (``_WORDISH.findall(sentence)``) when already known.
    """
    if toks is None:
        toks = _WORDISH.findall(sentence)
    n = len(toks)
    if n < cfg.min_sentence_words:
        return "too_short"
    if n > cfg.max_sentence_words:
        return "too_long"
    stripped = sentence.rstrip()
    if stripped.endswith(("?", "?\"", "?”")):
        return "question"
    low = sentence.lower()
    if _is_noise(sentence, low):
        return "caption_or_furniture"
    if _NEWSROOM_ANY.search(low) is not None:
        return "newsroom_note"
    if _WHOLE_QUOTE.match(stripped):
        return "unattributed_quote"
    if not _TERMINAL.search(stripped):
        return "fragment"
    if _part_of_quote(stripped):
        return "part_of_quote"
    if sentence.count("|") >= 2 or sentence.count("•") or sentence.count("»") or sentence.startswith(("-", "*")):
        return "fragment"
    lower = [t for t in toks if t[0].islower()]
    if len(lower) < 0.35 * n:
        return "headline"  # title case or ALL CAPS: a headline or a name list
    if not _has_verb(lower):
        return "no_verb"
    if stripped[0].islower() or stripped.startswith(_CONTINUATIONS):
        return "fragment"  # starts mid-sentence: a splitting or extraction error, or "Which is ...", "Or more ..."
    if _unattributed_first_person(stripped):
        return "first_person"
    if _writer_voice(stripped, toks):
        return "writer_voice"
    if _POINTS_BACK.match(stripped) or _refers_back(stripped):
        return "points_back"
    return None


# A sentence whose subject is a demonstrative pronoun ("That may seem like a lot, but ...", "This is why ...")
# points at what came before it, which the brief does not show. ROUGE 250w: multinews-val 46.83/17.45 ->
# 46.80/17.39, duc2006 41.37/10.68 -> 41.32/10.70. Leaving out openers "And", "But", "So" too cost duc2006
# 0.3 R1 / 0.2 R2, so they stay.
_POINTS_BACK = re.compile(r"^(?:That|This|These|Those)\s+(?:is|was|are|were|may|might|could|would|will|can|has|had|"
                          r"have|means|meant|seems|seemed|comes|came)\b")

# Sentences that point back to something the brief may not say, in general English and news shapes. Each
# is a whole class, not a list of sentences; what they leave out is said by another sentence of the story,
# usually a lede, which the brief can take instead. ROUGE F1 R1/R2 (eval summarize, 250 words; duc2007-update
# 100): multinews-val 46.80/17.39 -> 46.79/17.40, duc2006 41.32/10.70 -> 41.30/10.74, duc2007-update
# 35.87/9.93 -> 35.93/10.12 (tests/unit/test_brief_reading.py has an example of each).
_VERB = (r"(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|did|does|do|also|"
         r"comes|came|come|means|meant|follows|followed|marks|marked|seems|seemed|appears|appeared|"
         r"drew|draws|sparked|prompted|raises|raised|represents|signals|signalled|signaled|went|goes|"
         r"includes|included|remains|remained)\b")
# A word that reads as the clause's verb: one of _AUX or _PAST_FORMS, or an -ed / -s form that is no determiner or
# preposition.
_VERBISH = (r"(?!(?:this|his|its|as|thus|plus|towards|across|besides|unless|whereas)\b)"
            r"(?:" + "|".join(sorted(_AUX | _PAST_FORMS)) + r"|also|[a-z]+ed|[a-z]+[^s\W]s)\b")
_WHEN = (r"(?:(?:(?:on |last |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)|"
         r"yesterday|today|tonight|earlier|later|now),? )")
_NAMED_BY = r"(?:(?:by|from|of) (?:the )?[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|the|and))* )?"
_NTH_WORDS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_REFERS_BACK = re.compile(
    # A definite description whose head noun only names something said before, as the subject: "The move Monday
    # comes after ...", "The change to 9.0 means ...", "The announcement by Prime Minister X came at ...".
    r"^The (?:latest |new |surprise |sudden |unexpected |announced |proposed )?"
    r"(?:move|decision|change|announcement|step|ruling|remarks|comments|statement|plea|incident|development|"
    r"revelation|disclosure|admission|news|shift|switch|gesture|episode|verdict|resignation|departure|"
    r"reversal|U-turn|about-face|setback|breakthrough|outcome)"
    r"(?: (?:to|on) [\w.,-]+)?,? " + _WHEN + "?" + _NAMED_BY + _VERBISH +
    # (Any other subject that "comes after" what the sentence before told, "The arrests come after ...", also
    # points back; leaving those out cost multinews-val 0.05 ROUGE-2, so they stay.)
    # A person known by age only, whom a sentence before named: "The 28-year-old was another of the bombers",
    # or described ahead of a pronoun: "A 28-year-old Frenchman, he was known to ...".
    r"|^The (?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\b|^An? [^,]{1,40}, (?:he|she|they|it) "
    # One of several counted before: "A third was shot by officers.", "The latter said ...", "A second team of
    # three attacked ...", or an item of a list begun before: "The third thing, ..., is the camera."
    r"|^(?:The|A|Another) (?:first|" + _NTH_WORDS + r"|last|latter|former|other|others|rest|remainder),? " + _VERBISH +
    r"|^Another " + _VERB + r"|^A (?:" + _NTH_WORDS + r") [a-z]+ (?:of [a-z\d]+ )?" + _VERBISH +
    r"|^The (?:" + _NTH_WORDS + r"|other|next|final|last) (?:thing|one|reason|point|way|option|factor|feature|"
    r"problem|issue|question|item|difference|lesson|advantage|drawback)\b"
    # A quantifier standing for people or things counted before: "Most are thought to have drowned." ("Both"
    # and "Each" stay: leaving them out cost multinews-val 0.05 ROUGE-2.)
    r"|^(?:Most|Many|Some|Several|Few|All|None|Neither|Either|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
    r"Dozens|Hundreds|Thousands)(?: of (?:them|those|these))?,? " + _VERB +
    # One of two things named before: "Neither state had a hate-crimes statute."
    r"|^Neither [a-z]+ " + _VERBISH +
    # A connective that only continues the sentence before, with a subject that points back too: "However,
    # historically, neither has sold as well.", "Still, on Tuesday, she was notified ...". "Instead, ..." always
    # answers a sentence before it. A connective before a subject that names itself ("Also, the flight data
    # recorder showed ...") leaves a sentence that stands: leaving those out too cost duc2006 0.2 ROUGE-2.
    r"|^(?:Instead,|(?:However|Also|Still|Nevertheless|Nonetheless|Moreover|Furthermore|Besides|Likewise|Similarly|"
    r"Otherwise|Even so|In addition|By contrast|In contrast|On the other hand|Conversely|As a result|Consequently|"
    r"In turn|That said|But|Yet|So),(?: [^,]{1,30},)? (?:he|she|it|they|we|you|I|this|that|these|those|neither|either|"
    r"both|such|others|some|many|most|the other|the others|the same|the latter|the former)\b)"
    # A phrase whose object is what the sentence before told: "Aside from that, only 63 percent ...", "In that same
    # period, ...", "At that point, ...", "Since then, ...", "For this reason, ...".
    r"|^(?:Aside from|Apart from|Beyond|Besides|Despite|Because of|After|Before|Since|Until|Unlike|Along with|"
    r"In addition to|On top of|Other than|Except for|As a result of|Due to|Thanks to|Following|In|At|For|By|During|"
    r"From) (?:that|this|these|those|it|them|then)(?: same)?(?: (?:period|point|time|case|year|day|week|month|reason|"
    r"moment|stage|regard|respect|sense))?,"
    # "Such" before a noun as the subject: "Such status would give the tribe ..." ("such as" is a list, not this).
    r"|^Such (?!as\b)[a-z]+(?: [a-z]+)? " + _VERBISH +
    # What did not happen, with no place, time or name to say where: "There were no reports of injuries."
    r"|^There (?:was|were|have been|has been|had been) no (?:immediate |other |further )?(?:reports?|word|sign)"
    r"(?:(?! [A-Z0-9])[^A-Z0-9])*$"
)
# Doing what someone else did: "... after Japan's Meteorological Agency did the same.", "... followed suit."
_SAME = re.compile(r"\b(?:did|do|does|done) (?:the same|likewise)(?=[.,;:!]| (?:on|in|at|for|last|this|after|before|"
                   r"when|with|by|earlier|later|yesterday|today|and|but|within|during|[A-Z]\w*day)\b)|"
                   r"\bfollow(?:s|ed|ing)? suit\b")


def _does_the_same(text: str) -> bool:
    """Whether the sentence says someone did what another did ("did the same", "followed suit")."""
    return ("same" in text or "suit" in text or "likewise" in text) and _SAME.search(text) is not None


def _refers_back(text: str) -> bool:
    """Whether the sentence's subject, or what it says was done, needs a sentence before it that the brief
    may not show (see _REFERS_BACK), also after an opening "But", "And", "Yet" or "So" ("But the decision has
    ...", "And that is why ...")."""
    return _REFERS_BACK.match(text) is not None or _does_the_same(text) or _back_after_conjunction(text)


_CONJUNCTION = re.compile(r"^(?:But|And|Yet|So),? (?=[A-Za-z])")


def _back_after_conjunction(text: str) -> bool:
    """Whether the sentence opens with a conjunction and, past it, with what _POINTS_BACK or _REFERS_BACK reads."""
    m = _CONJUNCTION.match(text)
    if m is None:
        return False
    rest = text[m.end():]
    rest = rest[:1].upper() + rest[1:]
    return _POINTS_BACK.match(rest) is not None or _REFERS_BACK.match(rest) is not None


# The first words (up to a space or a comma) that _POINTS_BACK and _REFERS_BACK can match at: a sentence opening
# with any other word is not looked at by either pattern (test_brief_speed20 reads the patterns' alternatives).
_BACK_OPENERS = frozenset(
    ["That", "This", "These", "Those", "The", "A", "An", "Another", "Most", "Many", "Some", "Several", "Few",
     "All", "None", "Neither", "Either", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
     "Dozens", "Hundreds", "Thousands", "Instead", "However", "Also", "Still", "Nevertheless", "Nonetheless",
     "Moreover", "Furthermore", "Besides", "Likewise", "Similarly", "Otherwise", "Even", "In", "By", "On",
     "Conversely", "As", "Consequently", "But", "Yet", "There", "So", "Aside", "Apart", "Beyond", "Despite",
     "Because", "After", "Before", "Since", "Until", "Unlike", "Along", "Other", "Except", "Due", "Thanks",
     "Following", "At", "For", "During", "From", "Such", "One"]
)


def _points_back(text: str) -> bool:
    """``_POINTS_BACK.match(text) or _refers_back(text)``, for space-normalised text: the anchored patterns only
    run on a sentence whose first word may open one of them."""
    first = text.partition(" ")[0].partition(",")[0]
    return (
        first in _BACK_OPENERS
        and (_POINTS_BACK.match(text) is not None or _REFERS_BACK.match(text) is not None)
    ) or _does_the_same(text) or (first in _CONJUNCTIONS and _back_after_conjunction(text))


_CONJUNCTIONS = frozenset(["But", "And", "Yet", "So"])


_OK, _REJECT, _REJECT_COUNTED = 0, 1, 2


def _reject_code(text: str, toks: Sequence[str], cfg: BriefConfig) -> int:
    """:func:`reject_reason` for :func:`parse`, cheapest rules first: ``_OK``, ``_REJECT``, or
    ``_REJECT_COUNTED`` when the reason is ``unattributed_quote``, ``first_person`` or ``writer_voice`` (the sentence still
    takes a position).

    ``text`` is space-normalised (no leading or trailing white space). The result agrees with
    reject_reason: a whole quotation is rejected as ``unattributed_quote`` unless the length,
    question, noise or newsroom rules reject it first, and every other sentence is rejected when
    any rule rejects it, whichever rule that is.
    """
    n = len(toks)
    if n < cfg.min_sentence_words or n > cfg.max_sentence_words or text.endswith(("?", "?\"", "?”")):
        return _REJECT
    if text[0] in _QUOTE_OPENING and _WHOLE_QUOTE.match(text):
        return _REJECT if _noise_or_newsroom(text.lower()) else _REJECT_COUNTED
    if (
        text.rstrip("'\"”’)]")[-1:] not in _ENDS  # _TERMINAL
        or text[0].islower()
        or text.startswith(_CONTINUATIONS)
        or text.startswith(("-", "*"))
        or "•" in text
        or "»" in text
        or text.count("|") >= 2
        or _part_of_quote(text)
    ):
        return _REJECT
    lower = [t for t in toks if t[0].islower()]
    if len(lower) < 0.35 * n:
        return _REJECT
    # A word of _AUX as written is one lower-cased too (they are lower-case): most sentences have one.
    if not _has_verb(lower):
        return _REJECT
    if _noise_or_newsroom(text.lower()):
        return _REJECT
    if _points_back(text):
        return _REJECT
    return _REJECT_COUNTED if _unattributed_first_person(text) or _writer_voice(text, toks) else _OK


# The writer's own voice rather than a report, with nobody said to speak: the reader addressed ("When you garden
# organically, you think of your plants as ..."), a "we" of the writer and reader ("Each of us lives a life of ..."),
# or a stance adverb opening the sentence ("Clearly, the world awaits ...", "Sadly, ..."). In a brief it reads as
# the brief's own opinion. A sentence holding a quotation is left to the quotation rules (its "you" is the
# speaker's); "US" is a country.
# The stance openers, with their comma ("Clearly,"): a prefix test, no pattern.
_STANCE = tuple(f"{w}," for w in (
    "Clearly", "Obviously", "Surely", "Frankly", "Honestly", "Sadly", "Unfortunately", "Fortunately", "Thankfully",
    "Luckily", "Ironically", "Admittedly", "Undoubtedly", "Arguably", "Remarkably", "Incredibly", "Amazingly",
    "Mercifully", "Alas", "Needless to say", "To be sure", "Of course"))
# Capitalised only opening the sentence: "Your" mid-sentence is a title's ("How to Train Your Dragon").
_READER_OR_WE = re.compile(r"(?:^|(?<![\w'’-])(?=[a-z]))(?:[Yy]ou(?:['’](?:re|ll|ve|d))?|[Yy]our|[Yy]ours|[Yy]ourself)"
                           r"(?![\w'’-])|^(?:We|Our)\b")
# The words _READER_OR_WE finds, as the sentence's word tokens give them: most sentences hold none, and are told so
# by a set look-up instead of the pattern (each of them holds "you", so a text without "you" holds none of them).
# Within a sentence only "you" is looked for: a "we", "us" or "our" there is as often an outlet's or a group's own
# report ("our analysis found ...") as the writer's voice, and leaving those sentences out cost multinews-val 0.2
# ROUGE-1; opening the sentence, "We" and "Our" are the writer's ("We should all be grateful ...").
_READER_OR_WE_WORDS = frozenset(
    ["you", "your", "yours", "yourself"] + [f"you{q}{end}" for q in "'’" for end in ("re", "ll", "ve", "d")]
)
_QUOTATION_MARKS = ('"', "“", "”", "`", "‘")
_READER_OR_WE_OPENERS = frozenset([w.capitalize() for w in _READER_OR_WE_WORDS] + ["We", "Our"]
                                  + [f"We{q}{end}" for q in "'’" for end in ("re", "ll", "ve", "d")])


def _writer_voice(text: str, toks: Sequence[str]) -> bool:
    """Whether the sentence speaks in the writer's own voice (see _STANCE, _READER_OR_WE) and names no speaker.
    ``toks``: its word tokens (``_WORDISH.findall(text)``: parts of ``text``)."""
    if not text.startswith(_STANCE):
        if ("you" not in text or _READER_OR_WE_WORDS.isdisjoint(toks)) \
                and (not toks or toks[0] not in _READER_OR_WE_OPENERS):
            return False
        if any(mark in text for mark in _QUOTATION_MARKS) or _READER_OR_WE.search(text) is None:
            return False  # a sentence with a quotation is its speaker's; or "Your" is in a title
    return _SPEAKER.search(text) is None


def _unattributed_first_person(text: str) -> bool:
    """Whether the sentence opens in the first person ("I", "And I'll", "My") and names no speaker."""
    head = text[:_FIRST_PERSON_REACH]
    return ("I" in head or "My" in head or "Let" in head) and _FIRST_PERSON.match(text) is not None \
        and _SPEAKER.search(text) is None


# _FIRST_PERSON's first-person word starts after at most two openers of 9 letters, a comma and a space each ("Hopefully,
# Initially, Let's"): within these many characters, "Let" whole. A sentence without "I", "My" or "Let" there is not
# matched against the pattern.
_FIRST_PERSON_REACH = 2 * len("Hopefully, ") + len("Let")


_ENDS = (".", "!", "…")
# Openers that only go on from the sentence before ("Which is a good thing for ...", "Or more precisely, a trailer
# ..."): the rest of a sentence, not a sentence.
_CONTINUATIONS = ("Which ", "Or ", "Whereas ", "Whereby ")


def _part_of_quote(text: str) -> bool:
    """A piece of a longer quotation or an aside, which cannot stand alone: it opens a quote it never
    closes ('“The president has never asked ...'), ends one it never opened with no speaker after it
    ('... Association here.\'\''), or is wholly in parentheses ('(The state could refuse.)')."""
    if text[0] == "(" and text.rstrip(".!")[-1:] == ")":
        return True
    straight = text.count('"') % 2 == 1
    curly = text.count("“") != text.count("”")
    doubled = text.count("``") != text.count("\'\'")
    if not (straight or curly or doubled):
        return _part_of_single_quote(text)
    if text[0] in "\"“" or text.startswith("``"):
        return True  # opens a quotation that goes on in the next sentence
    return text.endswith(('."', ".”", ".\'\'", '!"', "!”"))  # closes one opened sentences ago, no speaker


# A quotation in single marks (as British outlets quote), outside any in double marks: an opening mark after a
# space, colon or dash and before a letter ("said: 'Kim's ...", "'acting like ..."), a closing one after a letter or
# a stop and before a space, a stop, a dash or the end. Marks inside a word ("Kim's", "isn't") are neither, nor
# are those of "the '90s", of a possessive cut off its name ("Jordan 's") and of an elision ("'til", "rock 'n roll",
# "let 'em", "'cause"). A quotation that goes on into the next sentence is opened where speech starts: at the
# sentence's start or after a colon or a comma ("said: 'Kim's ...", "I'm like, 'So ..."), not mid-clause ("the
# 'Ndrangheta controls ...").
_ELISION = r"(?!(?i:s|til|em|n|cause|cos|tis|twas|bout|round)\b|\d\ds?\b)"
# Each pattern opens with the mark itself and looks behind it after (``(?<=^.)``: the mark opens the text), so
# that a search skips in C to the next mark instead of trying the lookbehinds at every position (5x faster).
_SINGLE_OPEN = re.compile(rf"['‘`](?:(?<=^.)|(?<=[\s:—–(].))(?=[^\W_]){_ELISION}")
_SPEECH_OPEN = re.compile(rf"['‘`](?:(?<=^.)|(?<=[:,]\s.))(?=[^\W_]){_ELISION}")
_SINGLE_CLOSE = re.compile(r"['’](?<=[\w.,!?].)(?=[\s.,;:!?)—–-]|$)")
_SINGLE_ENDS = (".'", "!'", ".’", "!’")
_DOUBLE_QUOTED = re.compile(r'"[^"]*"|“[^“”]*”|``.*?\'\'')


def _part_of_single_quote(text: str) -> bool:
    """A piece of a quotation in single marks: it ends one it never opened ("Any plans for the future don't
    include Kris.'") or opens one where speech starts and never closes it ("... a producer who said: 'Kim's mapping
    out 2012.")."""
    if not text.endswith(_SINGLE_ENDS) and (
        "'" not in text and "‘" not in text and "`" not in text  # no mark _SPEECH_OPEN opens with
        or _SPEECH_OPEN.search(text) is None
    ):
        return False  # the common case, at one search (taking out the double-quoted parts adds no opening)
    bare = _DOUBLE_QUOTED.sub(" ", text)
    opens = len(_SINGLE_OPEN.findall(bare))
    if bare.endswith(_SINGLE_ENDS) and not opens:
        return True
    return len(_SPEECH_OPEN.findall(bare)) > len(_SINGLE_CLOSE.findall(bare))


def _verb_suffix(token: str) -> bool:
    t = token.lower()
    return len(t) > 4 and (t.endswith(("ed", "es")) or t.endswith("s") and not t.endswith("ss"))


def is_dangling(sentence: str) -> bool:
    """Whether the sentence opens with a pronoun or connective that needs earlier context ("He said ...", "Sure, he
    earned ...", "Of course, it ...", "The latter two ...")."""
    first = _WORDISH.match(sentence.lstrip(_DANGLING_SKIP))
    if not first:
        return False
    word = first.group(0).lower()
    return word in DANGLING or (word in _ASIDE_OPENERS or word == "the") and _leans_back(sentence)


def _opens_dangling(text: str, surface: Sequence[str]) -> bool:
    """:func:`is_dangling` of a sentence whose words (``_WORDISH.findall(text)``) are known: when the text, past
    quotes and brackets, opens with a word, that word is the first of them."""
    if not text.lstrip(_DANGLING_SKIP)[:1].isalnum():
        return False
    word = surface[0].lower()
    if word in DANGLING:
        return True
    return (word in _ASIDE_OPENERS or word == "the") and _leans_back(text)


# A word that opens a sentence as an aside to what came before, then a comma: what follows leans on it as much as a
# bare pronoun would ("Sure, he earned a master's degree at 17", "Of course, it was never built", "True, they lost").
_ASIDE_OPENERS = frozenset(["sure", "true", "yes", "indeed", "of", "after", "in", "still", "again", "now", "well"])
_ASIDE = re.compile(r"^[\"“‘'(\[ ]*(?:Sure|True|Yes|Indeed|Of course|After all|In fact|In turn|Still|Again|Now|Well),\s+"
                    r"(?:he|she|it|they|his|her|its|their|this|that|these|those)\b")
# "The latter two are in custody", "The former is ...": a reference to a list the sentence before gave (not "The former
# president"; nor "In fact, there were ...", whose "there" points at nothing).
_THE_LATTER = re.compile(r"^[\"“‘'(\[ ]*The (?:latter|former(?=,|\s+(?:two|three|is|was|are|were|has|had|said|says)\b))\b")


def _leans_back(text: str) -> bool:
    """Whether a sentence opening with an aside word or "The" leans on the one before ("Sure, he ...", "The latter
    two ...")."""
    return bool(_ASIDE.match(text) or _THE_LATTER.match(text))


_DANGLING_SKIP = "\"“‘'([ "  # what is_dangling looks past


def parse(
    articles: Sequence[Article], groups: Sequence[int], cfg: BriefConfig, split: dict[str, list[str]] | None = None
) -> tuple[list[Candidate], list[PoolSentence]]:
    """Split and tokenise every article once: its usable sentences (candidates) and all its sentences (pool).

    A candidate's ``pool`` field is its index in the pool, so anything computed over the pool is
    also known for the candidates. ``split``: filled with each article's sentences (``split_sentences`` of its
    text) by article id, for the checks after the choice that read them (an id given twice: the last article's).
    """
    cands: list[Candidate] = []
    pool: list[PoolSentence] = []
    # Local names: this loop runs once per sentence of the story.
    add_pool, add_cand = pool.append, cands.append
    find_words = _WORDISH.findall
    name_tokens = _NAME_TOKENS.__getitem__
    surface_token, is_content = _SURFACE.__getitem__, _IS_CONTENT.__getitem__  # word_tokens, content
    for a_idx, article in enumerate(articles):
        position = 0
        previous = ""  # the article's sentence before this one
        seen: set[str] = set()
        group = groups[a_idx]
        # a transcript's sentences after each turn's first carry no speaker (brief/transcripts.py)
        speech = unattributed_turn_sentences(article.text) if ":" in article.text else frozenset()
        history = chronology_sentences(article.text)  # a list of dated milestones: history, not news
        sentences = split_sentences(article.text)
        if split is not None:
            split[article.id] = sentences
        for raw in sentences:
            if raw[:1].isupper() or raw[:1] == "(":  # a wire dateline ("PARIS (AP) --", "(CNN) —") is no content
                raw = without_dateline(raw)
                if raw.startswith(_LABELS):  # nor is a picture label glued to the sentence
                    raw = raw[glued_label_end(raw):]
            # _WORDISH.findall(raw), chunk by chunk: a word never spans white space, and a chunk of
            # letters and digits only (most of them), or one inside punctuation, is one word.
            parts = raw.split()
            surface: list[str] = []
            add_word = surface.append
            for chunk in parts:
                if chunk.isalnum():
                    add_word(chunk)
                elif (core := chunk.strip(_OUTER_PUNCTUATION)).isalnum():
                    add_word(core)
                else:
                    surface += find_words(chunk)
            if not surface:
                continue
            toks = list(map(surface_token, surface))
            capitalised = [w for w in parts[1:] if w[0].isupper()]
            # every digit of the sentence is inside one of its chunks; "1,200" read whole (not "1" and "200")
            text = " ".join(parts)  # normalize_space: the same whitespace, without a regex
            # Every digit of the sentence is in one of its words, and so in its token: tokens of letters only (most
            # sentences) hold no digit and no figure, and give numbers(toks) without the scan of the text.
            if "".join(toks).isalpha():
                nums = number_words(toks) or _NO_NUMBERS
            else:
                nums = (figures_in(text, toks) if _HAS_DIGIT(raw) else numbers(toks)) or _NO_NUMBERS
            # names: the tokens of the capitalised words after the first; content: similarity.content(toks)
            add_pool(PoolSentence(a_idx, toks, set(chain.from_iterable(map(name_tokens, capitalised))),
                                  list(filter(is_content, toks)), nums))
            before, previous = previous, text
            if text in seen:
                continue
            if speech and text in speech:
                position += 1
                continue
            if history and text in history:
                continue
            code = _reject_code(text, surface, cfg)
            if code:
                position += code == _REJECT_COUNTED  # an unattributed quote: a sentence of the story all the same
                continue
            if text.startswith("The ") and takes_up(text, before):
                continue
            seen.add(text)
            add_cand(
                Candidate(text, a_idx, group, position, len(parts), toks, _opens_dangling(text, surface), len(pool) - 1,
                          len(capitalised))
            )
            position += 1
    return cands, pool


# "The letter was included in ...": the subject, with "the", is what the sentence before brought in with "a"
# ("..., he wrote in a letter to the agency."); read alone, the reader has never met it.
_THE_NOUN = re.compile(r"^The ([a-z]{3,}) " + _VERBISH)


def takes_up(text: str, before: str) -> bool:
    """Whether ``text`` opens with "The <noun>" as its subject and ``before`` (the article's sentence before it)
    brought that noun in with "a" or "an" ("... in a letter to the agency. The letter was included ...").

    The noun is looked for as a plain substring and each place it ends a word is checked with one fixed
    pattern (_A_BEFORE, up to where the noun starts): the same answer as searching ``before`` for
    ``\b(?:a|an) (?:[a-z-]+ )?<noun>\b``, without compiling a pattern for every noun.
    """
    m = _THE_NOUN.match(text)
    if m is None:
        return False
    noun = m.group(1)
    start = before.find(noun)
    while start >= 0:
        end = start + len(noun)
        if _WORD_CHAR.match(before, end) is None and _A_BEFORE.search(before, 0, start) is not None:
            return True
        start = before.find(noun, start + 1)
    return False


# "a" or "an" and at most one word before the end of the text searched (the start of a noun: see takes_up).
_A_BEFORE = re.compile(r"\b(?:a|an) (?:[a-z-]+ )?\Z")
_WORD_CHAR = re.compile(r"\w")


_NO_NUMBERS: frozenset[str] = frozenset()
_HAS_DIGIT = re.compile(r"\d").search
# Punctuation around a word ("said," "(AP)" "“Yes."): no word character and no apostrophe, so a chunk
# that is a word inside these is that word to _WORDISH.
_OUTER_PUNCTUATION = '.,;:!?"“”()[]{}—–-…*/'


def sentences_of(articles: Sequence[Article]) -> list[tuple[int, list[str]]]:
    """All sentences (unfiltered) of already-seen articles, tokenised, for update summaries."""
    out: list[tuple[int, list[str]]] = []
    for a_idx, article in enumerate(articles):
        for raw in split_sentences(article.text):
            raw = raw[dateline_end(raw):]
            toks = tokens(raw[glued_label_end(raw):])
            if toks:
                out.append((a_idx, toks))
    return out


def _name_tokens(word: str) -> tuple[str, ...]:
    """Stemmed tokens of a capitalised white-space separated word (a name or place); () for another word."""
    if not word[:1].isupper():
        return ()
    # A word of letters and digits only, or one followed by punctuation ("Obama,"), is one token,
    # already met among the sentence's words.
    if word.isalnum():
        return (_SURFACE[word],)
    core = word.strip(_OUTER_PUNCTUATION)
    return (_SURFACE[core],) if core.isalnum() else tuple(tokens(word))


_NAME_TOKENS = story_memo(_Memo(_name_tokens))  # capitalised word -> its tokens (one brief's)


# The most candidate and pool sentences one brief weighs: the selection keeps candidate x candidate and
# candidate x pool matrices, so a pile of hundreds of articles or a book-length file (tens of thousands of
# sentences) would take gigabytes and minutes. Far above any one story (25 articles: about 800 candidates).
MAX_CANDIDATES = 2000
MAX_POOL = 6000


def within_limits(cands: list[Candidate], pool: list[PoolSentence], max_candidates: int = MAX_CANDIDATES,
                  max_pool: int = MAX_POOL) -> tuple[list[Candidate], list[PoolSentence]]:
    """The story's sentences cut to the limits, earliest first in every article (a news story's lede and first
    paragraphs carry its facts): the k-th sentence of every article before the (k+1)-th of any. Unchanged when
    within the limits; a candidate whose pool sentence is cut goes with it."""
    if len(pool) > max_pool:
        rank: dict[int, int] = {}
        ranks = []
        for p in pool:
            ranks.append(rank.get(p.article, 0))
            rank[p.article] = ranks[-1] + 1
        keep = sorted(sorted(range(len(pool)), key=lambda i: (ranks[i], pool[i].article))[:max_pool])
        new_index = {old: new for new, old in enumerate(keep)}
        pool = [pool[i] for i in keep]
        cands = [c for c in cands if c.pool in new_index]
        for c in cands:
            c.pool = new_index[c.pool]
    if len(cands) > max_candidates:
        kept = set(sorted(range(len(cands)), key=lambda i: (cands[i].position, cands[i].article))[:max_candidates])
        cands = [c for i, c in enumerate(cands) if i in kept]
    return cands, pool
