"""Evaluation of the comparison: inject one contradiction per cluster and kind, see whether it is found.

For each cluster with two or more documents and each kind (number, date, place, actor, negation), one
sentence of one document is changed; the sentence must share its fact with another document (Jaccard of
content words >= SHARED with a sentence of another document) and the slot changed must be stated in such a
matching sentence (the replaced number / date / name appears there; for a negation, the negated word appears
there without negation): otherwise the change contradicts nothing another document says. Figures for the
first perturbable sentence without that second condition are reported too ("any"). The perturbation uses its own simple rules
(regexes below), not the comparison's extractors. Recall: a conflict with a side whose text is the changed
sentence (any kind; "kind_recall" also needs the right kind). False alarms: conflicts reported on the
original, unperturbed cluster, per cluster (real conflicts included: the closing notes of issue #5 say how
many of them were read and judged real).
A day of the month ("April 20") is not a number to change: it is a date (the month may be written in full).
Nor are the parts of a clock time ("1:20 p.m."), a number glued to a capital ("3D", "G7"), or a word of a compound
amount ("tens of thousands"); a weekday or month inside a name ("London's Sunday Times") is no date; a possessive
("in Graham's case"), a demonym or "Western" before a noun ("in the British journal"), a newspaper ("The New York
Times") are no places; a person's name is taken whole, without its title ("President [Barack Obama]"), and not from
inside a longer name ("Senate Majority [Leader Bob Dole]"), nor when it holds words no person's name has ("World
War Two", "Laguna Beach"). Each of those changes made a sentence that contradicts nothing (found by reading the missed injections).
A place is swapped only for a place that, by world knowledge (``place_knowledge``: gazetteers of the evaluation's
own, not the comparison's), neither holds it nor lies in it ("Kenya" -> "Eldoret", "Texas" -> "Houston" are no
contradiction); a name no gazetteer knows as a place ("in Medicare", "in the Barents Sea") is not swapped.
"""

from __future__ import annotations

import dataclasses
import difflib
import random
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsdesk.evaluation.place_knowledge import names_a_place, small_town_only, swap_contradicts
from newsdesk.model import Article, Comparison, RawDoc, content_id
from newsdesk.sentences import split_sentences
from newsdesk.text import STOPWORDS, content_terms

SHARED = 0.3
KINDS = ("number", "date", "place", "actor", "negation")
_EXPECTED = {"number": "number", "date": "date", "place": "place", "actor": "actor", "negation": "denial"}
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
# Not a clock time ("1:20 p.m.": neither side of the colon), nor part of a code ("3D", "G7", "F-16" letters glued on,
# "41uj6l3yt7"), nor a web address's path or a fraction ("pic.twitter.com/41uj6l3yt7", "24/7"): no figure of a fact.
_NUM = re.compile(r"(?<![\w.,$:/])(?<![A-Z]-)(\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]\d)(?![A-Z])(?![a-z]+\d)"
                  r"(?!\s*(?:a\.m|p\.m|:))")
_VAGUE = {"hundreds": "thousands", "thousands": "hundreds", "dozens": "hundreds", "millions": "thousands"}
_WORDNUM = {"two": "seven", "three": "eight", "four": "nine", "five": "eleven", "six": "twelve", "seven": "two",
            "eight": "three", "nine": "four", "ten": "twenty"}
_PLACE = re.compile(r"\b(?:in|near|at|outside|from)\s+(?:the\s+)?((?:[A-Z][a-z][\w'-]*)(?:\s+[A-Z][a-z][\w'-]*){0,2})")
_ACTOR = re.compile(r"(?<=[a-z,] )((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z'-]+){1,2})\b")
_AUX = re.compile(r"\b(is|are|was|were|has|have|had|will|would|can|could|should|did|does|do)\b(?!\s+not\b|n't)")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")


def _is_year(tok: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", tok))


_MONTH_BEFORE = re.compile(r"\b(?:%s)\.?\s*$" % "|".join(_MONTHS + [m[:3] for m in _MONTHS] + ["Sept"]),  # noqa: UP031
                           re.IGNORECASE)


# The high end of a range after its low end: "3 to 6", "3 and 6 percent" (after "between"), "3-6".
_RANGE_TOP = re.compile(r"(?:\s*(?:-|–|to)\s*|\s+and\s+)(\d{1,3}(?:,\d{3})+|\d+)\b")


def perturb_number(s: str, rng: random.Random, pool: dict[str, list[str]]) -> str | None:
    for word, other in _VAGUE.items():
        # Not inside a compound amount ("tens of thousands", "hundreds of thousands"): "tens of hundreds" is no figure.
        pattern = rf"(?<!\bof )\b{word}\b(?! of (?:thousands|millions|hundreds|billions)\b)"
        if re.search(pattern, s, re.IGNORECASE):
            return re.sub(pattern, other, s, count=1, flags=re.IGNORECASE)
    # A day of the month ("April 20", "Oct. 5") is a date, not a number: the month may be written in full.
    nums = [m for m in _NUM.finditer(s) if not _is_year(m.group(1).replace(",", ""))
            and not _MONTH_BEFORE.search(s[: m.start()])]
    if nums:
        m = rng.choice(nums)
        v = int(m.group(1).replace(",", ""))
        new = v * 2 + rng.randint(1, 9) if v < 1000 else v * 3
        if 1800 <= new <= 2099:  # "Flight 990" -> "Flight 1981" reads as a year: change the number to a non-year
            new = v * 3 + new % 10
        top = _RANGE_TOP.match(s, m.end(1))
        if top and new >= int(top.group(1).replace(",", "")):
            return None  # the low end of a range ("between 3 and 6 percent" -> "between 15 and 6"): no statement
        text = f"{new:,}" if "," in m.group(1) else str(new)
        return s[: m.start(1)] + text + s[m.end(1):]
    for word, other in _WORDNUM.items():
        m = re.search(rf"(?<![-–])\b{word}\b(?! of\b)", s)  # not the unit of "Seventy-six" ("Seventy-twelve")
        if m:
            top = re.match(r"\s*(?:-|–|to)\s*([a-z]+)\b", s[m.end():])
            if top and _WORD_VALUE.get(top.group(1), 99) <= _WORD_VALUE[other]:
                return None  # "every three to six years" -> "every eight to six years": no statement
            return s[:m.start()] + other + s[m.end():]
    return None


_WORD_VALUE = {w: n for n, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                           "ten", "eleven", "twelve"])} | {"twenty": 20}


# A weekday or month inside a name ("the Sunday Times", "London's Sunday Times") is no date.
_IN_NAME_BEFORE = re.compile(r"(?:\bthe|['’]s|[A-Z][a-z]+)\s+$")


_DATELINE_BEFORE = re.compile(r"\s*[A-Z][A-Z .'’-]+,\s*$")


def perturb_date(s: str, rng: random.Random, pool: dict[str, list[str]]) -> str | None:
    for names in (_WEEKDAYS, _MONTHS):
        for i, name in enumerate(names):
            for m in re.finditer(rf"\b{name}\b", s):
                if _DATELINE_BEFORE.match(s[: m.start()]):
                    continue  # "YAOUNDE, February 25 (Xinhua) --": when the copy was filed, not when anything happened
                after = s[m.end():m.end() + 20]
                if re.match(r"\s+[A-Z][a-z]", after) and not re.match(rf"\s+(?:{'|'.join(_MONTHS)})\b", after) \
                        and _IN_NAME_BEFORE.search(s[: m.start()]):
                    continue
                return s[: m.start()] + names[(i + 3) % len(names)] + s[m.end():]
    m = _YEAR.search(s)
    if m:
        return s[: m.start()] + str(int(m.group(1)) - 3) + s[m.end():]
    return None


_CAPWORD = r"[A-Z][a-z][\w'’-]*"
_SPAN = re.compile(rf"(?<![\w'’-])(?<![A-Z][\w.'’-] )({_CAPWORD}(?:\s+{_CAPWORD}){{0,2}})(?![\w'’-])(?!\s+(?:[A-Z]|of\b|&))")
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside)\s+(?:the\s+)?$")
_PERSON_AFTER = re.compile(r"^(?:,\s+(?:who|a|an|the)\b|\s+(?:said|says|told|added|wrote)\b)")
_PERSON_BEFORE = re.compile(r"\b(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|President|Sen\.|Senator|Gov\.|Governor|Rep\.|Judge|coach|"
                            r"attorney|lawyer|spokesman|spokeswoman|director|minister|Minister|Secretary|CEO|Chief)\s+$")
_ORG_END = re.compile(r"\b(?:Police|Department|Ministry|Party|Company|Inc|Corp|Agency|Council|Committee|University|"
                      r"Court|Army|Force|Forces|Navy|Commission|Association|Institute|Foundation|Bank|Board|Service|Office|"
                      r"Group|Union|"
                      r"Times|Post|News|Journal|Herald|Tribune|Magazine)$")  # a newspaper is no place
_NOT_NAME = frozenset(_WEEKDAYS + _MONTHS + ["The", "This", "That", "No", "But", "And", "He", "She", "It", "They", "We",
                                             "In", "On", "At", "A", "An", "If", "When", "As", "His", "Her", "Their"])


_TITLES = frozenset(["President", "Sen", "Senator", "Gov", "Governor", "Rep", "Judge", "Minister", "Secretary", "Chief",
                     "Director", "Mr", "Mrs", "Ms", "Dr", "Sgt", "Sergeant", "Officer", "Coach", "Prime", "Leader",
                     "Chairman", "General", "Gen", "Col", "Capt", "Lt", "Pope", "King", "Queen", "Prince", "Attorney",
                     "Detective", "Inspector", "Commissioner", "Mayor", "Professor", "Prof", "Justice", "Speaker",
                     "Ambassador", "Spokesman", "Spokeswoman", "Representative", "Vice", "Premier", "Chancellor"])
_LEAD_WORDS = frozenset(["Near", "Outside", "From", "By", "For", "With", "After", "Before", "Under", "Against", "Of",
                         "To", "Then", "Only", "Even", "Also", "Former", "Late"])
_NOT_PERSON = frozenset(["War", "Senate", "House", "Congress", "Majority", "Minority", "Leader", "County", "State", "City",
                         "Police", "Park", "Beach", "Street", "Office", "Republican", "Democrat", "Democratic", "Party",
                         "University", "College", "School", "Hospital", "Center", "Centre", "Airport", "Station",
                         "Two", "One", "Day", "Year", "Cup", "Games", "Award", "Awards", "Prize", "Festival", "Act", "Bill",
                         "Island", "Islands", "River", "Lake", "Mountain", "Valley", "Bay", "Coast", "North", "South",
                         "East", "West", "New", "Fort", "Saint", "St", "San", "Los", "Las", "Santa"])


# A capitalised word joined to a lower-case one ("Arab-owned", "French-speaking", "Republican-controlled") is an
# adjective, not a name.
_COMPOUND_ADJ = re.compile(r"\b[A-Z][a-z]+-[a-z]")
# Legislative chambers: "the Republican leadership in the House" says which institution, not where (swapping it for
# "in Cambridge" makes no claim about a place; "Congress" -> "United States" is still true).
_CHAMBERS = frozenset(["House", "Senate", "Congress", "Parliament", "Assembly", "Legislature", "Knesset", "Duma",
                       "Commons", "Lords", "Bundestag", "Diet"])
_PARTICLES = r"(?:es|de|del|da|do|dos|das|al|el|la|le|van|von|der|den|bin|ibn)"
_PARTICLE_AFTER = re.compile(rf"\s+{_PARTICLES}\s+[A-Z]")
_PARTICLE_BEFORE = re.compile(rf"[A-Z][\w'’-]*\s+{_PARTICLES}\s+$")
_INSIDE_NAME = re.compile(r"[A-Z][\w.'’-]*\s+(?:of|for)\s+$")
_JOINED_NAME = re.compile(r"[A-Z][\w.'’-]*\s+(?:and|&)\s+$")  # before an organization's end: "Immigration and [...]"
_NOT_NOUN = frozenset(["last", "next", "earlier", "later", "early", "late", "today", "yesterday", "tonight", "ago",
                       "alone", "itself", "where", "since", "until", "instead", "too", "yet", "already"])


def _modifier(before: str, name: str, after: str) -> bool:
    """A name between "the" and a common noun modifies the noun ("in the [Jones] case", "in the [Outlook] address
    book"): it is no place. A one-word abbreviation ("in [St]. Louis") or a name before a number ("in [Game] 5") is
    no whole name either."""
    if len(name) <= 3 and after.startswith(".") or re.match(r"\s+\d", after):
        return True  # "in [St]. Louis", "in [Game] 5", "on [Flight] 990": part of a longer name
    if _TITLED.match(after):
        return True  # "in [Talk] magazine": the title of a publication or a program, not where
    nxt = re.match(r"\s+([a-z]+)\b", after)
    if not before.rstrip().lower().endswith(" the") or not nxt:
        return False
    word = nxt.group(1)
    return word not in STOPWORDS and word not in _NOT_NOUN and not word.endswith(("ed", "ing", "ly"))


_TITLED = re.compile(r"\s+(?:magazine|newspaper|journal|program|programme|show|series|column|documentary|film|movie|"
                     r"book|album)s?\b")


class _Span:
    """A name span inside a text, read like a regex match with one group."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self._start, self._end = text, start, end

    def group(self, _n: int = 0) -> str:
        return self.text[self._start:self._end]

    def start(self, _n: int = 0) -> int:
        return self._start

    def end(self, _n: int = 0) -> int:
        return self._end


def _typed_spans(text: str) -> list[tuple[str, Any]]:
    """Whole capitalised name spans typed by their context: place, person, organization (else untyped)."""
    out = []
    for m in _SPAN.finditer(text):
        name = m.group(1)
        if set(re.sub(r"['’]s\b", "", name).split()) & _NOT_NAME:
            continue
        if _COMPOUND_ADJ.search(name) or name.split()[-1] in _CHAMBERS:
            continue  # "in Arab-owned East Jerusalem" is an adjective; "in the House" is an institution, not where
        if _PARTICLE_AFTER.match(text, m.end()) or _PARTICLE_BEFORE.search(text, 0, m.start()):
            continue  # a part of a name joined by a lower-case particle ("[Dar] es Salaam", "Rio de [Janeiro]")
        if re.search(r"['’]s?$", name):
            continue  # a possessive ("in Graham's case") qualifies a noun: not a place, and not a whole slot
        title = re.match(r"(?:(?:%s)\.?\s+)+" % "|".join(sorted(_TITLES)), name)  # noqa: UP031
        if title and len(name[title.end():].split()) >= 2:
            m = _Span(text, m.start(1) + title.end(), m.end(1))  # "President [Barack Obama]": the name, not the title
            name = m.group(1)
        elif title:
            continue
        prev_word = re.search(r"([A-Z][\w.'’-]*)\s+$", text[max(0, m.start() - 30):m.start()])
        if prev_word and prev_word.group(1).rstrip(".") not in _NOT_NAME | _LEAD_WORDS | _TITLES:
            continue  # the end of a longer name ("Senate Majority [Leader Bob Dole]"): not a whole name
        before, after = text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 12]
        if _INSIDE_NAME.search(before) or _ORG_END.search(name) and _JOINED_NAME.search(before):
            continue  # the end of a longer name ("National Institutes of [Drug Abuse]", "Immigration and [Naturalization
            # Service]"): swapping it makes no other actor
        if _PLACE_BEFORE.search(before) and not _ORG_END.search(name) and not _modifier(before, name, after) \
                and after[:1] not in "\"”" \
                and not (re.search(r"(?:ish|ian|ese|can|ean|ch|ern)$", name)
                         and re.match(r"\s+[a-z]", text[m.end():m.end() + 3])):
            # a demonym or "Western" before a noun ("in the British journal") is an adjective, not a place; a name
            # closing a quoted title ("the "Science in [Action]" award") is no place either
            out.append(("place", m))
        elif _ORG_END.search(name) and len(name.split()) >= 2:
            out.append(("org", m))
        elif 2 <= len(name.split()) <= 3 and (_PERSON_AFTER.match(after) or _PERSON_BEFORE.search(before)) \
                and not set(name.split()) & _NOT_PERSON:  # "World War Two, the ...", "Laguna Beach said": no person
            out.append(("person", m))
    return out


def _swap_name(s: str, found: list[tuple[str, Any]], pool: dict[str, list[str]], rng: random.Random) -> str | None:
    """Replace one whole name with another name of the same type used elsewhere in the cluster. A place is not
    replaced by one that holds it or lies in it ("Brooklyn" -> "East Midwood", "Ghana" -> "Africa", "Utah" ->
    "United States", "Kenya" -> "Eldoret"): the sentence would still be true; and both names must be places the
    evaluation's own gazetteer knows ("in Medicare" -> "in Atlanta" changes no place; see ``place_knowledge``)."""
    rng.shuffle(found)
    nested, parts = set(pool.get(NESTED, ())), {p.lower() for p in pool.get(PARTS, ())}
    redraw: random.Random | None = None
    for typ, m in found:
        old = m.group(1)
        options = sorted(p for p in pool.get(typ, []) if p not in s and not set(p.split()) & set(old.split())
                         and not _respelt(old, p) and not (typ == "place" and _nested(old, p, nested, parts)))
        if not options:
            continue
        new = (redraw or rng).choice(options)
        if typ == "place" and not _contradicts(old, new, nested):
            # Drawn again among the places that do contradict it (each as likely as any other), from draws of its own:
            # a swap the world knowledge accepts is the one drawn before it was asked, and the evaluation's draws
            # for every other sentence and kind stay as they were.
            redraw = redraw or random.Random(s)
            valid = [p for p in options if _contradicts(old, p, nested)]
            if not valid:
                continue
            new = redraw.choice(valid)
        return s[: m.start(1)] + new + s[m.end(1):]
    return None


def _contradicts(old: str, new: str, story: set[str]) -> bool:
    """Whether "in {new}" contradicts "in {old}" by world knowledge (``place_knowledge``). A one-word name known only
    as a small town ("Earth", "Bader", "Williams" are hamlets too) counts as a place where the story writes it with a
    known place or a state's abbreviation after it ("in Gray, Maine", "in Groton, Conn."). Two streets or two
    buildings ("Lake Avenue" / "Belcher Road") are two places, which no gazetteer lists."""
    if _place_sort(old.lower()) == _place_sort(new.lower()) == "site":
        return True

    def placed(name: str) -> bool:
        key = name.lower()
        holders = [b if a == key else a for a, b in (pair.split("|") for pair in story) if key in (a, b) and a != b]
        return len(name.split()) > 1 or not small_town_only(name) or any(names_a_place(h) for h in holders)
    return swap_contradicts(old, new) and placed(old) and placed(new)


def _respelt(old: str, new: str) -> bool:
    """Whether a name is another spelling of the other ("Nachagyn Bagabandy" / "Natsagin Bagabandi": one president
    transliterated two ways; "Macau" / "Macao"): for a full name, the same initial and a long last name spelt all but
    alike; for one word of five letters or more, the same length and only the last letter different. Swapping them
    names the same person or place. ("Iran" / "Iraq" are two countries: too short to tell.)"""
    a, b = old.lower().split(), new.lower().split()
    if len(a) == len(b) == 1:
        return len(a[0]) == len(b[0]) >= 5 and a[0][:-1] == b[0][:-1]
    return len(a) >= 2 and len(b) >= 2 and a[0][0] == b[0][0] and min(len(a[-1]), len(b[-1])) >= 6 \
        and difflib.SequenceMatcher(a=a[-1], b=b[-1]).ratio() >= 0.85


def perturb_place(s: str, rng: random.Random, pool: dict[str, list[str]]) -> str | None:
    return _swap_name(s, [(t, m) for t, m in _typed_spans(s) if t == "place"], pool, rng)


def perturb_actor(s: str, rng: random.Random, pool: dict[str, list[str]]) -> str | None:
    spans = [(t, m) for t, m in _typed_spans(s) if t in ("person", "org")]
    return _swap_name(s, spans, pool, rng)


def perturb_negation(s: str, rng: random.Random, pool: dict[str, list[str]]) -> str | None:
    m = _AUX.search(s)
    if not m:
        return None
    return s[: m.end()] + " not" + s[m.end():]


PERTURB: dict[str, Callable[[str, random.Random, dict[str, list[str]]], str | None]] = {
    "number": perturb_number, "date": perturb_date, "place": perturb_place, "actor": perturb_actor,
    "negation": perturb_negation,
}


def clean_documents(cluster_id: str, docs: list[str]) -> list[Article]:
    """Articles from raw documents: the cleaning stage when available, else the text as it is."""
    from newsdesk.evaluation.records import document_kind

    try:
        from newsdesk.clean import clean_raw  # type: ignore[attr-defined]
    except ImportError:
        clean_raw = None
    out: list[Article] = []
    for n, doc in enumerate(docs):
        source = f"{cluster_id}#{n}"
        article: Any = None
        if clean_raw is not None:
            article = clean_raw(RawDoc(source, doc, kind=document_kind(doc), id=content_id(source, doc)))
        if not isinstance(article, Article):
            article = None if clean_raw is not None else Article(content_id(source, doc), source, doc)
        if article is not None and article.text.strip():
            out.append(article)
    return out


# A reader-service line (a phone or fax number, a syndication notice, where to send questions) is in many copies of
# one outlet's articles but states no fact of the story: changing "(800) 283-7800" or "229 West 43d St." contradicts
# no report.
_SERVICE = re.compile(r"\(\d{3}\)\s*\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b|\b1-800-|\bby fax\b|\bto publish this article\b|"
                      r"\baddress questions to\b", re.IGNORECASE)


def shared_sentences(articles: list[Article]) -> list[tuple[int, str, list[str]]]:
    """(document, sentence, matching sentences of other documents) for sentences whose fact another document carries."""
    sents = [[s for s in split_sentences(a.text) if 8 <= len(s.split()) <= 60] for a in articles]
    terms = [[set(content_terms(s)) for s in doc] for doc in sents]
    out = []
    for d, doc in enumerate(sents):
        for k, s in enumerate(doc):
            ts = terms[d][k]
            if len(ts) < 4:
                continue
            matches = [sents[e][m] for e in range(len(sents)) if e != d for m, to in enumerate(terms[e])
                       if len(ts & to) / len(ts | to) >= SHARED]
            if matches:
                out.append((d, s, matches))
    return out


_NEGATED = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)


def slot_carried(old: str, new: str, matches: list[str]) -> bool:
    """Whether another document's matching sentence states the slot the perturbation changed.

    A number, date or name: the replaced text appears in a matching sentence. A negation: a matching sentence
    without negation has the word the "not" was put before. Without this, the change contradicts nothing that
    another document says (e.g. a weekday only one article gives) and no comparison could find it.
    """
    a, b = old.split(), new.split()
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    if len(ops) != 1:
        return False
    tag, i1, i2, _j1, _j2 = ops[0]
    if tag == "insert":  # negation: "was killed" -> "was not killed"
        after = a[i1].strip(".,;:\"'”’").lower() if i1 < len(a) else ""
        return bool(after) and any(re.search(rf"\b{re.escape(after)}\b", m, re.IGNORECASE) and not _NEGATED.search(m)
                                   for m in matches)
    removed = " ".join(a[i1:i2]).strip(".,;:\"'”’()")
    removed = re.sub(r"(?:'s|’s)$", "", removed)
    return bool(removed) and any(re.search(rf"(?<!\w){re.escape(removed)}(?!\w)", m) for m in matches)


def _pool(articles: list[Article]) -> dict[str, list[str]]:
    """Names of each type (place, person, organization) found in the cluster, for same-type swaps, and (under
    ``NESTED``) the places the cluster's texts put one inside the other."""
    pool: dict[str, set[str]] = {"place": set(), "person": set(), "org": set(), NESTED: set(), PARTS: set()}
    for a in articles:
        for typ, m in _typed_spans(a.text):
            pool[typ].add(m.group(1))
        for m in _PLACE_IN_PLACE.finditer(a.text):
            pool[NESTED].add(_pair(m.group(1), m.group(2)))
        for m in _PART_OF_TOWN.finditer(a.text):
            pool[PARTS].add(m.group(1) or m.group(2))
    return {k: sorted(v) for k, v in pool.items()}


NESTED = "nested places"
PARTS = "parts of a town"
_PLACE_NAME = r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|es|de|del|la|el))*"
# "in East Midwood, Brooklyn", "in Nairobi in neighboring Kenya", a dateline "PHILADELPHIA, Pennsylvania (", and
# two names of one spot ("found two bodies in Delphi, along Deer Creek": "near Delphi" is no other place)
_PLACE_IN_PLACE = re.compile(rf"(?:\b(?:in|at|near|from|outside) |^|\n)({_PLACE_NAME}),? (?:(?:in (?:neighbou?ring )?"
                             rf")|(?:along|near|beside) (?:the )?)?({_PLACE_NAME})\b")
# A part of a town, as the story itself calls it: "in the East Midwood neighborhood", "Arleta, a suburb of ...".
_PART_WORDS = r"(?:neighbou?rhoods?|section|district|borough|quarter|suburb|township)"
_PART_OF_TOWN = re.compile(rf"\bthe ({_PLACE_NAME}) {_PART_WORDS}\b(?! (?:attorney|court|judge|council|office))|\b({_PLACE_NAME}), an? (?:[a-z]+ )?{_PART_WORDS} of\b")
# Names that hold many of the places a story names: a continent or region, or the country against one of its states.
_REGIONS = frozenset(["africa", "europe", "asia", "mideast", "north america", "south america", "latin america", "central america",
                      "middle east", "the middle east", "oceania", "caribbean", "the caribbean", "scandinavia",
                      "southeast asia", "east africa", "west africa", "north africa", "eastern europe",
                      "western europe", "the west", "new england", "the midwest", "midwest", "the south"])
_COUNTRY = frozenset(["united states", "the united states", "u.s.", "us", "usa", "america"])
_US_STATES = frozenset(
    ["alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
     "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
     "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
     "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
     "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
     "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming"]
)


def _pair(a: str, b: str) -> str:
    return "|".join(sorted((a.lower().rstrip(".,"), b.lower().rstrip(".,"))))


def _nested(old: str, new: str, story: set[str], parts: set[str] = frozenset()) -> bool:  # type: ignore[assignment]
    """Whether one place holds the other, or may, or is the other: the story says so ("in X, Y"), one is a continent
    or region, one is the United States and the other a state of it, the two are names of the United States
    ("United States" -> "America"), the story calls one a part of a town and not the other ("in the East Midwood
    neighborhood": "Brooklyn" -> "East Midwood"), or the two are places of different sorts (a town against a county
    that may hold it, "Largo" -> "Pinellas County"; a city against a building or street in it, "Paris" -> "Notre
    Dame Cathedral")."""
    a, b = old.lower().rstrip(".,"), new.lower().rstrip(".,")
    return (_pair(a, b) in story or a in _REGIONS or b in _REGIONS
            or (a in _COUNTRY and b in _US_STATES) or (b in _COUNTRY and a in _US_STATES)
            or a in _COUNTRY and b in _COUNTRY or (a in parts) != (b in parts)
            or _place_sort(a) != _place_sort(b))


_AREA_WORDS = frozenset(["county", "province", "state", "region", "district", "parish", "prefecture", "territory"])
# (not "beach", "park", "lake", "creek", "field": many towns are named so, "Huntington Beach", "Highland Park")
_SITE_WORDS = frozenset(["center", "centre", "cathedral", "church", "bridge", "stadium", "airport", "hospital", "square",
                         "avenue", "street", "road", "highway", "mall", "museum", "station", "building", "tower",
                         "campus", "school", "university", "college", "hotel", "arena", "palace", "prison", "jail"])


def _place_sort(name: str) -> str:
    """ "area" (a county, province, ...), "site" (a park, street, building, ...), else "place" (a town or country)."""
    words = set(name.split())
    return "area" if words & _AREA_WORDS else "site" if words & _SITE_WORDS else "place"


def _found(comp: Comparison, sentence: str, kind: str) -> tuple[bool, bool]:
    hits = [c for c in comp.conflicts if any(side.text == sentence for side in c.sides)]
    return bool(hits), any(c.kind == _EXPECTED[kind] for c in hits)


def read_documents(path: str | Path) -> list[dict[str, Any]]:
    """``{"id", "documents"}`` of each record of a clusters file, read as the summarization reader reads it (gzip,
    a BOM, a JSON array, numeric ids, documents as text objects or joined by ``|||||``); errors name file and line."""
    from newsdesk.evaluation.records import as_texts, field, iter_records, record_id

    out = []
    for n, row in iter_records(path, "a cluster record (id, documents)"):
        where = f"{path}:{n}"
        cid = record_id(field(row, ("id", "cluster_id", "topic_id"), where, required=False), n, where)
        docs = as_texts(field(row, ("documents", "docs", "articles", "document"), where), where, "documents", "|||||")
        out.append({"id": cid, "documents": docs})
    return out


def evaluate_compare(path: str | Path, seed: int = 0, limit: int | None = None) -> dict[str, Any]:
    """Recall per injected kind and false alarms per original cluster, over one clusters.jsonl file."""
    from newsdesk.compare import compare

    rows = read_documents(path)
    rows = rows[:limit] if limit else rows
    stats = {k: {"tried": 0, "found": 0, "kind_found": 0, "no_candidate": 0, "any_tried": 0, "any_found": 0,
                 "any_kind_found": 0} for k in KINDS}
    misses: list[dict[str, Any]] = []
    last: tuple[bool, bool] = (False, False)
    false_alarms: list[int] = []
    fa_by_kind: dict[str, int] = {}
    examples: list[dict[str, Any]] = []
    seconds: list[float] = []
    too_few: list[str] = []  # clusters with fewer than 2 usable documents: not scored (and said)
    documents = rejected = 0
    for row in rows:
        articles = clean_documents(str(row["id"]), list(row["documents"]))
        documents += len(row["documents"])
        rejected += len(row["documents"]) - len(articles)
        if len(articles) < 2:
            too_few.append(str(row["id"]))
            continue
        t0 = time.perf_counter()
        original = compare(articles)
        seconds.append(time.perf_counter() - t0)
        false_alarms.append(len(original.conflicts))
        for c in original.conflicts:
            fa_by_kind[c.kind] = fa_by_kind.get(c.kind, 0) + 1
            if len(examples) < 40:
                examples.append({"cluster": row["id"], **c.to_dict()})
        candidates = shared_sentences(articles)
        pool = _pool(articles)
        for kind in KINDS:
            rng = random.Random(f"{seed}:{row['id']}:{kind}")
            order = candidates[:]
            rng.shuffle(order)
            loose = strict = None
            for d, s, matches in order:
                if _SERVICE.search(s):
                    continue  # a reader-service line states no fact of the story
                new = PERTURB[kind](s, rng, pool)
                if not new or new == s:
                    continue
                loose = loose or (d, s, new)
                if slot_carried(s, new, matches):
                    strict = (d, s, new)
                    break
            if strict is None:
                stats[kind]["no_candidate"] += 1
            for name, changed in (("", strict), ("any_", loose)):
                if changed is None:
                    continue
                if name and strict is not None and changed == strict:
                    found, kind_found = last
                else:
                    d, s, new = changed
                    perturbed = list(articles)
                    perturbed[d] = dataclasses.replace(articles[d], text=articles[d].text.replace(s, new, 1))
                    found, kind_found = _found(compare(perturbed), new, kind)
                    if not name and len(misses) < 400 and not kind_found:
                        misses.append({"cluster": row["id"], "kind": kind, "before": s, "after": new})
                last = (found, kind_found)
                stats[kind][name + "tried"] += 1
                stats[kind][name + "found"] += found
                stats[kind][name + "kind_found"] += kind_found
    clusters = len(false_alarms)
    return {
        "data": str(path), "seed": seed, "clusters": clusters,
        "recall": {k: round(v["found"] / v["tried"], 3) if v["tried"] else None for k, v in stats.items()},
        "kind_recall": {k: round(v["kind_found"] / v["tried"], 3) if v["tried"] else None for k, v in stats.items()},
        "tried": {k: v["tried"] for k, v in stats.items()},
        "recall_any_slot": {k: round(v["any_kind_found"] / v["any_tried"], 3) if v["any_tried"] else None
                            for k, v in stats.items()},
        "tried_any_slot": {k: v["any_tried"] for k, v in stats.items()},
        "false_alarms_per_cluster": round(sum(false_alarms) / clusters, 3) if clusters else None,
        "clusters_with_false_alarm": sum(1 for f in false_alarms if f),
        "false_alarms_by_kind": fa_by_kind,
        "seconds_per_compare": round(sum(seconds) / len(seconds), 3) if seconds else None,
        "max_seconds_per_compare": round(max(seconds), 3) if seconds else None,
        "not_scored": {"clusters": len(too_few), "ids": too_few, "documents": documents,
                       "documents_rejected": rejected},
        "examples": examples,
        "misses": misses,
    }


def not_scored_note(result: dict[str, Any]) -> str:
    """What the figures leave out ("" when nothing): the clusters with fewer than 2 usable documents (named) and
    the documents the cleaner rejected."""
    gone = result.get("not_scored") or {}
    ids, rejected = gone.get("ids", []), gone.get("documents_rejected", 0)
    if not ids and not rejected:
        return ""
    shown = ", ".join(ids[:10]) + (", ..." if len(ids) > 10 else "")
    return (f"{len(ids)} clusters{f' ({shown})' if ids else ''} with fewer than 2 usable documents; "
            f"{rejected} of {gone.get('documents', 0)} documents rejected by the cleaner")


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table of the figures."""
    lines = [f"compare eval on {result['data']} (seed {result['seed']}, {result['clusters']} clusters)",
             f"{'kind':10} {'tried':>6} {'recall':>7} {'kind-recall':>12} {'tried(any)':>11} {'kind-recall(any)':>17}"]
    for k in KINDS:
        lines.append(f"{k:10} {result['tried'][k]:>6} {result['recall'][k]!s:>7} {result['kind_recall'][k]!s:>12}"
                     f" {result['tried_any_slot'][k]:>11} {result['recall_any_slot'][k]!s:>17}")
    lines.append("(any): the changed slot need not be stated by another document (no comparison can find those).")
    lines.append(f"false alarms per original cluster: {result['false_alarms_per_cluster']} "
                 f"({result['clusters_with_false_alarm']} clusters with any; by kind {result['false_alarms_by_kind']})")
    lines.append(f"seconds per compare: mean {result['seconds_per_compare']}, max {result['max_seconds_per_compare']}")
    if not_scored_note(result):
        lines.append(f"not scored: {not_scored_note(result)}")
    return "\n".join(lines)
