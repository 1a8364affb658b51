"""The gist of a sentence: the words of the claim it makes, for telling whether another sentence carries it.

A sentence often holds more than its claim: who says it ("…, the Itar-Tass news agency reported Friday"),
background in a relative clause ("…Stephen Lawrence, who was stabbed at a bus stop in 1993"), a reason
("…voted against the measure, saying it would drive businesses out of the state"). An article that repeats
only that background, that reason, or the same news agency does not confirm the claim. The claim is what is
left; its head is the claim before its time or cause ("grounded its Concordes | after the crash that killed
113"). A sentence carries the claim when it repeats two of the claim's plain words (not names, numbers,
reporting verbs or time words, which many sentences of one story share), one of them from the head, and either
half of those plain words, or the claim's whole subject, or one of the claim's words that most of the story's
sources do not use (a name, a number, a rarer word): sharing "police" and "death" in a story every source tells
with them is not enough.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from newsdesk.brief.similarity import _IS_CONTENT, _SURFACE, tokens
from newsdesk.text import WORD

# Attribution at the end ("…, the agency reported Friday.", "…, according to the ministry.", "…, he added.") or at
# the start ("According to the union, …", "Officials said Tuesday that …", "Hall announced the board was …").
# "said", "told", "reported", "according to" are speech wherever they stand; a verb that also reports an act
# ("added air bag curtains", "claims lives", "The reports cast …") only right before the end or as a past tense.
_SAID = r"said|says|told|reported|according to"
_SPEECH = (r"added|adds|announced|claimed|claims|stated|noted|explained|warned|warns|insisted|argued|contended|"
           r"confirmed|acknowledged|estimated|believes|wrote|writes")
_TRAILING_ATTRIBUTION = re.compile(rf",[^,]{{0,80}}?\b(?:{_SAID})\b(?!\s+that\b)(?:\s+[^\s,]+){{0,6}}$|"
                                   rf",[^,]{{0,60}}?\b(?:{_SPEECH})(?:\s+[^\s,]+){{0,2}}$", re.IGNORECASE)
_LEADING_ACCORDING = re.compile(r"^according to [^,]{1,80},\s*", re.IGNORECASE)
_LEADING_VERB = (r"\b(?:said|says|say|told \w+|announced|claimed|stated|warned|insisted|argued|confirmed|acknowledged|"
                 r"estimated|wrote)\b(?:\s+\w+day)?")
# "Officials said (Tuesday) (that) …", or after an opening phrase only with "that": "In Grozny, X claimed that …"
# ("The bridge will close, the mayor said Tuesday in a statement" is a claim, then who says it).
_LEADING_SPEECH = re.compile(rf"^[^,]{{0,80}}?{_LEADING_VERB}(?:\s+that)?\s+|^[^,]{{0,40}},\s*[^,]{{0,80}}?{_LEADING_VERB}"
                             r"\s+that\s+", re.IGNORECASE)
# Where the claim ends: a relative clause, a reason given by the speaker, a concession. What follows is
# background ("…Stephen Lawrence, who was stabbed at a bus stop in 1993"), not the claim.
_BACKGROUND = re.compile(r",?\s+(?:who|whom|whose|which|where)\s|,\s+(?:saying|adding|although|though|as well as)\s")
# Where the head of the claim ends: its time or cause ("Air France grounded its Concordes after the crash that
# killed 113 people"): the claim's action is before it, and a carrier must repeat some of that.
CIRCUMSTANCE = re.compile(r",?\s+(?:after|following|because|when|while|before|since|until)\s")
# A word each of the patterns above needs (lower case; a shorter word stands for those holding it: "say" for
# "says"): text holding none of a pattern's words is not matched against it (see _may_hold).
_ATTRIBUTION_WORDS = tuple(_SAID.split("|")) + tuple(_SPEECH.split("|"))
_LEADING_WORDS = ("said", "say", "told", "announced", "claimed", "stated", "warned", "insisted", "argued", "confirmed",
                  "acknowledged", "estimated", "wrote")
_BACKGROUND_WORDS = ("who", "which", "where", "saying", "adding", "though", "as well as")  # case as written
_CIRCUMSTANCE_WORDS = ("after", "following", "because", "when", "while", "before", "since", "until")
# Words many sentences of one story share whatever they report: reporting verbs, time words.
_COMMON = frozenset(tokens(
    "said says say told tell reported report reports added adds announced claimed stated noted explained warned "
    "year years month months week weeks day days today yesterday tomorrow ago last next earlier later time "
    "percent also new old since"
))
# Where the claim's subject ends: its first verb, an auxiliary or a past tense ("Hundreds of Iranian troops | have
# crossed", "Republicans in the legislature | voted").
_FIRST_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|did|"
                         r"does|do)\b|\b[a-z]+ed\b")
_MIN_WORDS = 2  # a claim sharing fewer of its plain words than this is not repeated


@dataclass(frozen=True, slots=True)
class Gist:
    """What a sentence claims, as stemmed words (see the module's docstring)."""

    plain: frozenset[str]  # the claim's words that say what happened: no names, numbers, reporting or time words
    head: frozenset[str]  # the plain words before the claim's time or cause: its action
    key: frozenset[str]  # all the claim's content words, names and numbers included
    subject: frozenset[str] = frozenset()  # the content words before the claim's first verb: who or what it is about


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold one of the lower-case ``words`` for a pattern that ignores case: True for text
    that is not ASCII (re's case folding also reads 'ſ' as s and 'K' as k), else whether its lower case holds one."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in words)


def claim_text(text: str) -> str:
    """A sentence without who says it and without its background clauses."""
    core = text.strip().rstrip(".!\"'”’ ")
    # The attribution runs from a comma to the end with no comma after it: only the last comma can open it
    # (one match there, instead of a search trying every comma).
    last = core.rfind(",")
    if last >= 0 and _may_hold(core[last:], _ATTRIBUTION_WORDS) and _TRAILING_ATTRIBUTION.match(core, last) is not None:
        core = core[:last]
    if _may_hold(core[:9], ("according",)):  # the only start _LEADING_ACCORDING matches at
        core = _LEADING_ACCORDING.sub("", core)
    lead = _LEADING_SPEECH.match(core) if _may_hold(core, _LEADING_WORDS) else None
    if lead is not None and len(core) - lead.end() > 20:  # "X said (Tuesday) (that) …": the claim follows
        core = core[lead.end():]
    cut = _BACKGROUND.search(core) if any(w in core for w in _BACKGROUND_WORDS) else None
    return core[: cut.start()] if cut is not None and cut.start() > 0 else core


def _claim_words(part: str, first_is_name: bool) -> Gist:
    """The :class:`Gist` of a claim's text ``part``, in one pass over its words."""
    verb = _FIRST_VERB.search(part)
    subject_end = verb.start() if verb is not None else -1
    cut = CIRCUMSTANCE.search(part) if any(w in part for w in _CIRCUMSTANCE_WORDS) else None
    head_end = cut.start() if cut is not None and cut.start() > 0 else len(part)
    plain: set[str] = set()
    head: set[str] = set()
    key: set[str] = set()
    subject: set[str] = set()
    for m in WORD.finditer(part):
        word = m.group()
        tok = _SURFACE[word]
        if not _IS_CONTENT[tok] or tok in _COMMON:
            continue
        key.add(tok)
        start = m.start()
        if start < subject_end:
            subject.add(tok)
        # A name, or a number (a letter is never a digit: most tokens are told by isalpha, without the scan)
        if (word[0].isupper() and (start > 0 or first_is_name)) or not tok.isalpha() and any(map(str.isdigit, tok)):
            continue  # not a word telling what happened
        plain.add(tok)
        if start < head_end:
            head.add(tok)
    return Gist(frozenset(plain), frozenset(head), frozenset(key), frozenset(subject))


def gist(text: str) -> Gist:
    """The claim of a sentence (:func:`claim_text`) as words; the whole sentence's when its claim part has
    fewer than two plain words."""
    part = claim_text(text)
    first_is_name = part.lstrip()[:20] != text.lstrip()[:20]  # the claim starts inside the sentence: maybe on a name
    found = _claim_words(part.strip(), first_is_name)
    if len(found.plain) < _MIN_WORDS and part != text:
        found = _claim_words(text.strip(), False)
    return found


def carries_gist(claim: Gist, terms: Collection[str], common: Collection[str] = frozenset()) -> bool:
    """Whether a sentence with the stemmed content words ``terms`` repeats ``claim`` (:func:`gist`): it shares two
    of the claim's plain words (all, when there is one), one of its head's, and either half of its plain words, or
    its whole subject (the same thing said about the same people), or one of its words that most of the story's
    sources do not use (``common`` are: the country, the victim, "police" in a police story): a rarer plain word,
    a name or a number."""
    verdict = carries_without_common(claim, terms)
    return verdict if verdict is not None else shares_a_rare_word(claim, terms, common)


def shares_a_rare_word(claim: Gist, terms: Collection[str], common: Collection[str]) -> bool:
    """The last test of :func:`carries_gist`, where :func:`carries_without_common` cannot tell: the sentence repeats
    one of the claim's words that most of the story's sources do not use (``common`` are)."""
    return any(w in terms for w in claim.key.difference(common))


def carries_without_common(claim: Gist, terms: Collection[str]) -> bool | None:
    """:func:`carries_gist` where the story's common words are not needed to tell; None where they are."""
    shared = sum(1 for w in claim.plain if w in terms)
    if shared < min(_MIN_WORDS, len(claim.plain)):
        return False
    if claim.head and claim.head.isdisjoint(terms):
        return False
    if 2 * shared >= len(claim.plain) or claim.subject and claim.subject.issubset(terms):
        return True
    return None
