"""Which magazine is "The magazine"? Name the publication or company a brief sentence opens with a bare noun for.

A brief lifts sentences out of their articles, and a sentence that opens "The magazine claims ..." or "The
company said ..." meant the outlet or firm its article's sentence before had just credited. Set after another
outlet's sentence in the brief, it reads as that outlet's claim: "Life & Style alleges ... The magazine claims
..." when the magazine was Star. This stage adds an editor's bracket on such a sentence ("The magazine [Star]
claims ..."), as ``newsdesk.brief.antecedents`` does for "He"; the sentence text, the selection and the word
budget are unchanged.

A wrong name is worse than none, so the rule is narrow: only the article's sentence just before is read. The
referent is the one name that sentence gives the noun itself ("Star magazine, which ...", "the company Acme"), or
else the one source it credits ("Star reports that ...", "according to Acme Corp."), which must be an
outlet (for a publication), or a body's name or a single capitalised word (for a company or an agency). No note
when the reader has just read that sentence (the brief's previous one), or when the brief's previous sentence
names the referent already.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from newsdesk.brief.antecedents import just_read, place_in_article
from newsdesk.compare.attribution import (
    _DEMONYM,
    TITLES,
    Speaker,
    looks_org,
    may_be_a_company,
    outlet_name,
    sentence_speakers,
)
from newsdesk.compare.conflicts.pairing import is_country
from newsdesk.model import Article, Brief, BriefSentence, PersonNote

# Nouns for a publication or a company that a sentence opens with, meaning one named just before.
_OPENER = re.compile(r"^The (magazine|newspaper|paper|tabloid|website|network|broadcaster|channel|station|agency|"
                     r"company|firm|airline|carrier|automaker|carmaker|retailer|bank|publisher|studio|label)"
                     r"(?![\w'’-])(?!,? [A-Z])(?! of\b)")


def opening_noun(text: str) -> str | None:
    """The bare noun phrase a sentence opens with ("The magazine"), or None.

    Example:
        >>> opening_noun("The magazine claims that the singer was seen in Miami.")
        'The magazine'
        >>> opening_noun("The magazine Star claims ...") is None
        True
        >>> opening_noun("The firm of Smith & Jones sued.") is None
        True
    """
    m = _OPENER.match(text)
    return None if m is None else m.group(0)


_NAME_WORD = r"(?:[A-Z][\w'’-]*(?:\.[A-Za-z]+)*\.?|&)"
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,4}}"
_AFTER_DETERMINER = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Aa]nother) $")


_NOT_NAME_STARTS = frozenset(["The", "A", "An", "This", "That", "Its", "His", "Her", "Their", "Our", "Another",
                              "While", "When", "As", "But", "And", "If"])


def _usable_name(name: str) -> bool:
    """Whether a run of capitalised words before or after the noun can be the outlet or company's name: not a title,
    a nationality, a country or a place word ("the Japanese company", "U.S. magazine", "President Bob Jones")."""
    words = name.split()
    if not words or "&" in (words[0], words[-1]) or words[0] in _NOT_NAME_STARTS:
        return False  # "The New York company", "A paper", "While U.S. magazine": no name of its own
    return not any(w.lower().rstrip(".") in TITLES or _DEMONYM.match(w) or is_country(w) for w in words)


def _named_with(noun: str, sentence: str) -> set[str]:
    """Names a sentence gives the noun itself: "Star magazine ...", "the magazine Star ..." (not after an article:
    "the New York company" is a place before the noun).

    Example:
        >>> sorted(_named_with("magazine", "Star magazine, which broke the news, has reported that she left."))
        ['Star']
        >>> sorted(_named_with("company", "Toyota, the Japanese company, said so."))
        []
    """
    found = set()
    for m in re.finditer(rf"(?<![\w'’.-])({_NAME}) {noun}(?![\w'’-])", sentence):
        if _usable_name(m.group(1)) and not _AFTER_DETERMINER.search(sentence, 0, m.start()):
            found.add(m.group(1))
    for m in re.finditer(rf"(?<![\w'’-]){noun},? ({_NAME})(?![\w'’-])", sentence):
        if _usable_name(m.group(1)):
            found.add(m.group(1).rstrip("."))
    return found


_PUBLICATIONS = frozenset(["magazine", "newspaper", "paper", "tabloid", "website", "network", "broadcaster", "channel",
                           "station"])
_COMPANIES = frozenset(["company", "firm", "airline", "carrier", "automaker", "carmaker", "retailer", "bank",
                        "publisher", "studio", "label"])
_SUFFIXES = frozenset(["inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "group"])


def _referent(noun: str, speakers: Sequence[Speaker], article_text: str) -> str | None:
    """The one source a sentence credits, when it can be what ``noun`` ("magazine", "company") stands for: an outlet
    for a publication, or a name the article itself gives that noun ("Star reports ..." where it also writes "Star
    magazine"); for a company or an agency a body's name ("Corvane Corp.", "the TSA"), never a person's ("Chief
    executive Marta Solberg", "Jones said") or a bare "Inc."."""
    names = {s.who for s in speakers if s.kind != "anonymous"}
    if len(names) != 1:
        return None
    who = next(iter(names))
    kind = next(s.kind for s in speakers if s.who == who)
    words = who.split()
    if any(w[:1].islower() for w in words) or who.lower() in _SUFFIXES or not _usable_name(who):
        return None
    if who in _named_with(noun, article_text):
        return who  # the article calls it so itself: "Star magazine, which broke the news"
    if noun in _PUBLICATIONS:
        return who if kind == "outlet" or outlet_name(who) else None
    if kind != "organization" or not looks_org(words):
        return None  # "Jones said": a person, or a name that does not say it is a body
    if noun in _COMPANIES and not may_be_a_company(who):
        return None  # "the Justice Department" is no company
    return who


def name_definite_referents(brief: Brief) -> Brief:
    """The brief with a note on each sentence opened by "The magazine", "The company" ... whose referent its
    article makes plain (see the module's docstring)."""
    if not any(opening_noun(s.text) for s in brief.sentences):
        return brief
    by_id = {a.id: a for a in brief.articles}
    split: dict[str, list[str]] = {}
    out: list[BriefSentence] = []
    previous: BriefSentence | None = None
    for s in brief.sentences:
        note = _note(s, previous, by_id, split)
        if note is not None:
            s = dataclasses.replace(s, people=(*s.people, note))
        out.append(s)
        previous = s
    return dataclasses.replace(brief, sentences=tuple(out))


def _note(s: BriefSentence, previous: BriefSentence | None, by_id: dict[str, Article],
          split: dict[str, list[str]]) -> PersonNote | None:
    noun = opening_noun(s.text)
    article = by_id.get(s.from_id)
    if noun is None or article is None or any(p.name == noun for p in s.people):
        return None
    place = place_in_article(s, article, split)
    if place is None:
        return None  # the brief's sentence was rewritten: no article position to look back from
    sentences, index = place
    if just_read(previous, s, sentences, index):
        return None  # the reader has just read the sentence before it
    if index == 0:
        return None
    before = sentences[index - 1]
    word = noun.split()[1]
    named = _named_with(word, before)
    if named:
        who = next(iter(named)) if len(named) == 1 else None
    else:
        who = _referent(word, [sp for sp in sentence_speakers(before) if not _dateline_credit(sp.who, before)],
                        article.text)
    if who is None or (previous is not None and who in previous.text):
        return None  # no one source, or a person; or the brief has just named it
    return PersonNote(noun, who)


def _dateline_credit(who: str, sentence: str) -> bool:
    """Whether ``who`` is credited only by a dateline: "HONG KONG (AP) _ ..." (the wire, not the subject)."""
    return f"({who})" in sentence[:80]
