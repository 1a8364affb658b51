"""Sentences as claims: terms, speakers, and the slots a contradiction can hit (numbers, dates, places, actors, negation)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.chronology import chronology_sentences
from newsdesk.compare.attribution import (
    SPEECH,
    TITLES,
    Speaker,
    given_name_shaped,
    is_body_or_place,
    may_be_a_company,
    named_after_pronoun,
    names_own_speaker,
    person_name,
    primary_relay,
    pronoun_is_speaker,
    sentence_speakers,
    surname_family,
    uses_pronoun_speaker,
    without_lead,
)
from newsdesk.compare.role_holders import honorific_speaker, kin_relatives, role_holder, role_holders
from newsdesk.compare.transcript import transcript_names, transcript_speech, transcript_turn, turn_shaped
from newsdesk.model import Article
from newsdesk.sentences import dateline_end, split_sentences
from newsdesk.text import STOPWORDS, content_terms, stem

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
_MONTH_ABBR = {m[:3]: m for m in MONTHS} | {"sept": "september"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBER_WORDS = {
    w: float(i) for i, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
     "hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "dozen": 12}
_VAGUE = {"dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1000.0, "millions": 1e6, "billions": 1e9}
_SCALE = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

# A number with a thousands group after a stray space ("150, 000") is one number; a code of letters and digits
# ("MH370", "F-16" stays three tokens) is one token, not a number.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,:]\d+)*(?:,\s000(?!\d))*%?|[A-Z]+\d+[A-Za-z\d]*|"
                    r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\S")
_LOCATIVE = frozenset(["in", "near", "at", "outside", "from", "into", "across", "around", "toward", "towards", "inside", "via"])
_PLACE_NOUNS = frozenset(
    ["province", "provinces", "city", "county", "region", "state", "district", "countryside", "area", "border", "capital", "town", "village", "valley", "mountains", "island", "coast", "airport", "river"]
)
_NEGATION = re.compile(r"\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot|without)\b|n['’]t\b", re.IGNORECASE)
_DENIAL = re.compile(
    r"\b(?:den(?:y|ied|ies|ying|ial)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:e|ed|es|ing)|"
    r"disput(?:e|ed|es|ing)|contradict(?:ed|s|ing)?|false(?:ly)?|untrue|baseless|unfounded|groundless|"
    r"fabricat(?:ed|ion))\b",
    re.IGNORECASE,
)
_SKIP_CAPS = frozenset(
    ["the", "a", "an", "in", "on", "at", "but", "and", "or", "so", "if", "as", "after", "before", "when", "while", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their", "its", "our", "there", "here", "however", "meanwhile", "also", "still", "yet", "then", "now", "mr", "mrs", "ms", "dr"]
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in a sentence with the words after it ("36 civilians")."""

    text: str
    value: float
    vague: bool
    unit: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Claim:
    """One sentence of one article, with what a comparison needs to know about it."""

    article: str
    index: int
    text: str
    terms: tuple[str, ...]
    speakers: tuple[Speaker, ...]
    credit: str | None  # outlet this sentence itself credits ("..., Reuters reported")
    negated: bool
    denial: bool

    @property
    def slots(self) -> Slots:
        """Numbers, dates, places and actors of the sentence (computed on first use, memoised by text)."""
        return slots_of(self.text)

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        return self.slots.quantities

    @property
    def dates(self) -> tuple[str, ...]:
        return self.slots.dates

    @property
    def places(self) -> tuple[str, ...]:
        return self.slots.places

    @property
    def actors(self) -> tuple[str, ...]:
        return self.slots.actors


@dataclass(frozen=True, slots=True)
class Slots:
    """What a contradiction can hit in one sentence."""

    tokens: tuple[str, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[str, ...]  # "weekday:thursday", "month:october", "year:2015", "day:october 5"
    places: tuple[str, ...]
    actors: tuple[str, ...]




@lru_cache(maxsize=50_000)
def slots_of(sentence: str) -> Slots:
    """The typed slots of one sentence (a pure function of its text, memoised); a leading dateline is skipped."""
    toks = tokens(sentence[dateline_end(sentence):])
    places, actors = names(toks)
    return Slots(tuple(toks), tuple(quantities(toks)), tuple(dates(toks)), tuple(places), tuple(actors))


@dataclass(frozen=True, slots=True)
class ArticleClaims:
    """The claims of one article and the outlet the article mainly relays."""

    article: Article
    claims: tuple[Claim, ...]
    relay: str | None
    relay_from: int = 0  # the sentence the relayed text starts at: after "The Daily Planet reports:" (relay_start)

    def relays(self, claim: Claim) -> str | None:
        """The outlet this claim of the article relays: the article's, from ``relay_from`` on; the lines above an
        introduction such as "The Daily Planet reports:" are the relaying site's own framing."""
        return self.relay if claim.index >= self.relay_from else None


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _num_value(tok: str) -> float | None:
    t = tok.replace(",", "").replace(" ", "").rstrip("%")
    try:
        return float(t)
    except ValueError:
        return None


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _is_year(tok: str) -> bool:
    return len(tok) == 4 and tok[:1] in "12" and bool(_YEAR.fullmatch(tok))


def quantities(toks: Sequence[str]) -> list[Quantity]:
    """Numbers (digits, number words, "hundreds") with the next content words as their unit."""
    out: list[Quantity] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        low = tok.lower()
        prev = toks[i - 1].lower().rstrip(".") if i else ""
        value: float | None = None
        vague = False
        if tok[0].isdigit() and ":" not in tok:
            if _is_year(tok) and not (i + 1 < n and toks[i + 1].lower() in ("people", "troops", "of")):
                i += 1
                continue
            if prev in _MONTH_ABBR or prev in MONTHS or prev == "" and i > 1 and toks[i - 1] == "." \
                    and toks[i - 2].lower() in _MONTH_ABBR:
                i += 1
                continue  # "October 5" is a date
            value = _num_value(tok)
        elif low in _VAGUE:
            value, vague = _VAGUE[low], True
        elif low in _NUMBER_WORDS and not (low == "one" and i + 1 < n and toks[i + 1].lower() in ("of", "another")):
            value = _NUMBER_WORDS[low]
        if value is None:
            i += 1
            continue
        j = i + 1
        if j < n and toks[j].lower() in _SCALE:
            value *= _SCALE[toks[j].lower()]
            j += 1
        unit: list[str] = []
        k = j
        while k < n and len(unit) < 2 and k < j + 5:
            w = toks[k].lower()
            if not w[0].isalnum() and w not in ("%",):
                break
            if w not in STOPWORDS and not w[0].isdigit():
                unit.append(stem(w))
            k += 1
        if tok.endswith("%"):
            unit.insert(0, "percent")
        before = [stem(w.lower()) for w in toks[max(0, i - 2):i] if w.isalpha() and w.lower() not in STOPWORDS]
        unit.extend(before[-1:])  # "age 42", "killed 36"
        out.append(Quantity(" ".join(toks[i:j]), value, vague, tuple(unit)))
        i = j
    return out


def dates(toks: Sequence[str]) -> list[str]:
    """Date expressions as typed values: weekday, month, day (month + day), year."""
    out: list[str] = []
    for i, tok in enumerate(toks):
        low = tok.lower().rstrip(".")
        if low in WEEKDAYS:
            out.append(f"weekday:{low}")
        elif (low in MONTHS or low in _MONTH_ABBR) and tok[0].isupper() and (low != "may" or i and toks[i - 1][0].isdigit()
                                                                        or i + 1 < len(toks) and toks[i + 1][0].isdigit()):
            month = _MONTH_ABBR.get(low, low)
            if i + 1 < len(toks) and toks[i + 1].isdigit() and len(toks[i + 1]) <= 2:
                out.append(f"day:{month} {int(toks[i + 1])}")
            else:
                out.append(f"month:{month}")
        elif _is_year(tok):
            out.append(f"year:{tok}")
        elif _CLOCK.fullmatch(tok):  # "5:40 a.m.": a time of day
            nxt = toks[i + 1].lower().replace(".", "") if i + 1 < len(toks) else ""
            out.append(f"time:{tok}{' ' + nxt if nxt in ('am', 'pm') else ''}")
    return out


_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d")


# Lower-case words inside a name when a capitalised word follows: "Bank of England", "Dar es Salaam" (not
# "Salaam" alone), "Juan del Castillo", "Ludwig van Beethoven".
NAME_PARTICLES = frozenset(["of", "for", "al", "de", "bin", "es", "el", "la", "le", "del", "della", "di", "da", "du",
                             "van", "von", "der", "den", "ibn", "bint"])


def name_spans(toks: Sequence[str]) -> list[tuple[int, int]]:
    """Capitalised token runs (with "of", "al-" and "for" inside), skipping a capitalised function word at the start."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t[:1].isupper() and t.lower() not in _SKIP_CAPS and t.lower().rstrip(".") not in WEEKDAYS \
                and t.lower().rstrip(".") not in MONTHS and t.lower().rstrip(".") not in _MONTH_ABBR:
            j = i + 1
            while j < n and (toks[j][:1].isupper() or toks[j].startswith("al-") or toks[j] in NAME_PARTICLES
                             and j + 1 < n and toks[j + 1][:1].isupper()):
                if toks[j].lower().rstrip(".") in WEEKDAYS or toks[j].lower() in MONTHS:
                    break
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


_DEMONYM_END = re.compile(r"(?:ian|ese|ish|i|an)$")


def names(toks: Sequence[str]) -> tuple[list[str], list[str]]:
    """Capitalised spans split into places (after "in/near/at" or before "province/city") and other actors."""
    places: list[str] = []
    actors: list[str] = []
    for i, j in name_spans(toks):
        span = " ".join(toks[i:j])
        prev = toks[i - 1].lower() if i else ""
        prev2 = toks[i - 2].lower() if i > 1 else ""
        nxt = toks[j].lower() if j < len(toks) else ""
        if j - i == 1 and _DEMONYM_END.search(span) and nxt[:1].islower() and nxt not in STOPWORDS:
            continue  # "Iranian troops": an adjective, not an actor
        if i == 0 and j - i == 1 and toks[0].lower() in STOPWORDS:
            continue
        if prev in _LOCATIVE or (prev == "the" and prev2 in _LOCATIVE) or nxt in _PLACE_NOUNS \
                or prev == "of" and prev2 in ("city", "town", "province", "village", "region"):
            places.append(span)
        else:
            actors.append(span)
    return places, actors


def _claim(article_id: str, index: int, sentence: str, speakers: list[Speaker]) -> Claim:
    credit = next((s.who for s in speakers if s.kind == "outlet"), None)
    return Claim(
        article=article_id,
        index=index,
        text=sentence,
        terms=tuple(content_terms(sentence)),
        speakers=tuple(speakers),
        credit=credit,
        negated=bool(_NEGATION.search(sentence)),
        denial=bool(_DENIAL.search(sentence)),
    )


# An outlet described, as the subject of a verb of speech: "The magazine also claims ...", "The paper reported ...".
_OUTLET_NOUNS = r"magazine|newspaper|paper|tabloid|weekly|daily|network|broadcaster|website|site|station|channel|agency"
_THE_OUTLET = re.compile(rf"^The (?P<noun>{_OUTLET_NOUNS})(?:,? (?:also|later|further|then|now|earlier))?,? "
                         rf"(?:{SPEECH})\b")


def _outlet_noun(sentence: str, outlet: str) -> str | None:
    """What the sentence calls the outlet it credits, right after or before its name ("Weekly Stars magazine", "the
    Daily Mail newspaper", "the magazine Weekly Stars"), or None."""
    name = re.escape(outlet)
    m = re.search(rf"\b{name},?\s+(?:a |the )?({_OUTLET_NOUNS})\b|\b(?:the )?({_OUTLET_NOUNS}),?\s+{name}\b",
                  sentence, re.IGNORECASE)
    return (m.group(1) or m.group(2)).lower() if m else None
_CAPS_PAIR = re.compile(r"[A-Z][\w'’.-]+\s+(?:(?:al-|de |bin )?[A-Z])")
_SPEECH_HINT = re.compile(rf"\b(?:{SPEECH}|according|quoting|citing|reported by)\b", re.IGNORECASE)


# (an editor's budget line, "ETA: 6 p.m.", says when the copy will move, not what happened)
_NOT_A_CLAIM = re.compile(r"https?://|www\.|\S@\S+\.\w|\(at\)|\bc/o\b|&\w+;|\bclick here\b|\be-?mail\b|\bETA:",
                          re.IGNORECASE)
# A photo caption: "(R)", "(2nd L)", "(left)" placing people in a picture, or a photo credit ("Eric Gay / AP",
# "AFP PHOTO", "Photo: ...").
_CAPTION = re.compile(r",\s+(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.?$|"
                      r"\((?:\d(?:st|nd|rd|th)\s+)?[LRC]\)|\((?:left|right|centre|center|top|bottom)\)|"
                      r"[a-z]\s?/\s?(?:AP|Reuters|REUTERS|AFP|Getty Images|EPA|Bloomberg)\b|"
                      r"\b(?:AFP|AP|REUTERS|EPA) PHOTO\b|^(?:Photo|Image|Picture)s?:|\((?:Photo|Image)s?\b")


def _usable(sentence: str) -> bool:
    """A sentence that states something: 6-90 words, ends like a sentence (an ellipsis too: "... a couple of years
    ago…", but not one that cuts a phrase short: "... read out the…"), not an address / contact / tag line. A web
    address in parentheses after the site's name is an aside ("wrote on his Home Theater Forum Web site
    (www.hometheaterforum.com) that ..."): the sentence around it still states something."""
    n = len(sentence.split())
    return 6 <= n <= 90 and sentence[-1:] in ".!?\"”’)'…" and any(c.islower() for c in sentence) \
        and not _NOT_A_CLAIM.search(_WEB_ASIDE.sub(r"\1", sentence)) and not _CAPTION.search(sentence) \
        and not _cut_short(sentence)


# A web address in parentheses right after the site's name or the word "site" ("his Home Theater Forum Web site
# (www.hometheaterforum.com) that ..."), within a sentence that goes on after it.
_WEB_ASIDE = re.compile(r"(\b(?:[A-Z][\w.&-]*|[Ss]ite|[Pp]age)) \((?:https?://|www\.)[^()\s]+\)(?=,?\s+\w)")


def _cut_short(sentence: str) -> bool:
    """Whether a sentence ends in an ellipsis right after a function word ("when Faye Dunaway read out the…"): the
    text was cut in mid-phrase and the sentence states nothing whole."""
    if not sentence.endswith(("…", "...")):
        return False
    words = sentence.rstrip(".… ").split()
    return bool(words) and words[-1].lower() in _OPENS_A_PHRASE


# Words that open a phrase and cannot end a sentence: articles, possessives, prepositions that need their object,
# conjunctions ("... read out [the]…", "... to have [her]...", "... and deploy [the]..."); not particles that may end
# one ("how well that worked [out]...").
_OPENS_A_PHRASE = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "of", "to", "and",
                             "or", "but", "for", "with", "from", "by", "into", "than", "whether", "at", "as"])


# "the group said", "the company said": words that stand for an organisation of any name. Another head noun
# names its own kind: "the authority said" after "St. Aldric Hospital said" is not the hospital.
_ANY_ORG = frozenset(["group", "groups", "organization", "organisation", "company", "firm", "agency", "movement",
                      "militia", "network", "body", "outfit", "watchdog", "charity", "campaign", "coalition"])


_COMPANY = frozenset(["company", "firm"])  # a business's description, which no department or agency answers to
# "the group", "the aid group": a description short enough to point back to the body named before; a longer one
# ("the largest farm advocacy organization in the state") describes a body of its own.
_ANAPHOR_WORDS = 3


def is_office(who: str) -> bool:
    """ "the president", "the country's interior minister": the one holder of an office, identifiable and on the
    record though not named in the sentence, unlike "an official" or "a senior commander"."""
    return bool(_OFFICE.match(who))


def is_described(who: str) -> bool:
    """ "the group", "The authority": an organisation described, not named (no capital after "the")."""
    return who.lower().startswith("the ") and not any(c.isupper() for c in who[4:])


def _may_name(description: str, org: str) -> bool:
    """Whether "the <description>" can stand for ``org``: a generic head noun, or one the name itself holds."""
    head = description.lower().split()[-1]
    if head in _COMPANY and not may_be_a_company(org):
        return False  # "the company stated" after "the Justice Department": the company named before, not the agency
    return head in _ANY_ORG or head in org.lower().split()


_KIN = re.compile(r"\b(?:husband|wife|son|daughter|brother|sister|father|mother|uncle|aunt|cousin|nephew|niece|"
                  r"grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter|widow|widower)\s+$",
                  re.IGNORECASE)


def _relative_of_known(name: str, sentence: str, people: Sequence[str]) -> bool:
    """ "her second husband Jeff Davis" after "Sen. Wendy Davis": a relative sharing the surname of a person the
    article already named. A later "Davis said" still means the person the story is about, not the relative."""
    last = name.split()[-1]
    if not any(p.split()[-1] == last and p != name for p in people):
        return False
    at = sentence.find(name)
    return at > 0 and bool(_KIN.search(sentence[:at]))


_OFFICE_WORDS: frozenset[str] = frozenset()  # filled below from _OFFICES
_OFFICES = (r"president|vice president|prime minister|minister|premier|chancellor|mayor|governor|prosecutor|"
            r"attorney general|secretary|sheriff|pope|king|queen|police chief|fire chief|chief|coroner|chairman|"
            r"chairwoman|ambassador")
# A name after an office title: "President Clinton", "Interior Minister Bernard Cazeneuve", "Mayor Ilse Marchetti".
_TITLE_NAME = re.compile(rf"\b(?P<title>(?:[A-Z][a-z]+\s+)?(?:{_OFFICES.title()}|{_OFFICES.upper()}))\s+"
                         r"(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+")
# One holder of an office named by description: "the president", "the country's interior minister".
_OFFICE = re.compile(rf"^(?:the\s+[\w.]+['’]s|the|[A-Z][\w.]*['’]s)\s+(?P<title>(?:[a-z]+\s+)?(?:{_OFFICES}))$", re.IGNORECASE)


_OFFICE_WORDS = frozenset(w for o in _OFFICES.split("|") for w in (o, o.split()[-1]))


def _office_keys(title: str) -> list[str]:
    """ "Interior Minister" -> ["interior minister"]; "President" -> ["president"]; a bare "minister" or "secretary"
    needs its department, since a cabinet has many."""
    words = title.lower().split()
    keys = [" ".join(words[-2:])] if len(words) >= 2 else []
    if words[-1] not in ("minister", "secretary", "chairman", "chairwoman", "ambassador"):
        keys.append(words[-1])  # (a story has many chairmen and ambassadors: "the Russian ambassador" is not the U.S. one)
    return keys


_SUBJECT = re.compile(r"^(?:(?P<hon>Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+[a-z]")
# What opens a sentence before its subject: "Speaking on Saturday, (President Ann Cole was firm)", "On Monday, ...".
_OPENING_PHRASE = re.compile(r"^(?:[A-Z][a-z]+ing|On|In|At|After|Before|During|Earlier|Later|Late|Early|Last|This)\b"
                             r"[^,;:\"“”]{0,60},\s+(?=[A-Z])")


def _person_subject(sentence: str, people: Sequence[str]) -> Speaker | None:
    """The person a sentence opens with as its subject ("Mr. Farrow implied ...", "Speaking on Monday, President Ann
    Cole was firm"), when the article named them; a title before the name is no part of it."""
    m = _SUBJECT.match(_OPENING_PHRASE.sub("", without_lead(sentence)))
    if not m:
        return None
    name = _untitled(m.group("name"))
    if not name or name.endswith(("'s", "’s")):
        return None  # "Kappa Sigma's national office (revoked ...)": the name qualifies the subject, it is not it
    full = next((p for p in reversed(people) if p == name or p.split()[-1] == name.split()[-1]), None)
    if full is None and not m.group("hon"):
        return None
    return Speaker(full or name, "named")


def _untitled(name: str) -> str:
    """A name without the titles before it: "Texas State Sen. Wendy Davis" -> "Wendy Davis", so that a later
    "Davis said" finds her and not another Davis the article names without a title."""
    toks = name.split()
    last = max((i for i, t in enumerate(toks) if t.lower().rstrip(".") in TITLES or t.lower() in TITLES), default=-1)
    return " ".join(toks[last + 1:])


PRONOUN_REACH = 4  # "he said" is resolved to the last person quoted at most this many sentences back


# A person named with a middle initial ("Shawn J. Smith"), whom a later bare "Smith" means.
_NOT_GIVEN_NAMES = frozenset(["plan", "vitamin", "type", "section", "route", "exhibit", "hepatitis", "category",
                              "class", "schedule", "title", "article", "chapter", "part", "grade", "level", "phase",
                              "stage", "option", "group", "pool", "division", "district", "model", "version"])
_MIDDLE_INITIAL_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)+\s+[A-Z][a-z][\w'’-]+")


def _last_to_speak(surname: str, spoken: Sequence[str], people: Sequence[str]) -> str | None:
    """The person a bare surname names when the article holds several of that family (Matthew and Dennis Shepard):
    the last of them quoted so far; None when none of them was, or the family has one member in the article."""
    family = surname_family(surname, people)
    if len(family) < 2:
        return None
    return next((who for who in reversed(spoken) if who in family), None)


# A word before a name that says the name is a person's: a role ("student", "teacher"), an age ("14-year-old"), a
# title ("Mr.", "Sen.", "President": TITLES).
_PERSON_ROLES = frozenset(["student", "teacher", "worker", "resident", "friend", "wife", "husband", "son", "daughter",
                           "mother", "father", "brother", "sister", "lawyer", "author", "scientist", "researcher",
                           "expert", "economist", "doctor", "nurse", "official", "aide", "player", "actor", "actress",
                           "singer", "writer", "candidate", "victim", "suspect", "owner", "farmer", "activist",
                           "historian", "host", "pastor", "priest", "rabbi", "imam", "witness", "neighbor"])
_PERSON_CUE_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(sorted(_PERSON_ROLES))})|-year-old)\s+$")
# What follows a person's name: an apposition, a relative clause or an age ("Ann Cole, a nurse,", "Ann Cole, who",
# "Ann Cole, 52,"; not a score: "the Thunder, 121-106").
_PERSON_CUE_AFTER = re.compile(r"^,\s+(?:(?:a|an|the|who|whose)\b|\d{1,3},)")


def _introduced_people(sentence: str, names: Sequence[str]) -> list[str]:
    """The people of ``names`` (found in ``sentence``) that the sentence shows to be people: with a title or a role
    before them ("President Ann Cole", "student Ann Cole", "14-year-old Ann Cole"), an apposition after them ("Ann
    Cole, a nurse,"), or as the subject it opens with; not a place or a body ("New York", "Human Rights Campaign")."""
    found: list[str] = []
    subject = _person_subject(sentence, names)
    for name in names:
        if is_body_or_place(name) or not given_name_shaped(name):
            continue
        at = sentence.find(name)
        if at < 0:
            continue
        before, after = sentence[:at], sentence[at + len(name):]
        titled = any(t.lower().rstrip(".") in TITLES for t in before.split()[-2:])
        if titled or _PERSON_CUE_BEFORE.search(before) or _PERSON_CUE_AFTER.match(after) \
                or subject is not None and subject.who == name:
            found.append(name)
    return found


def article_claims(article: Article) -> ArticleClaims:
    """Split an article into claims, resolving "he said", surnames and quote continuations within it."""
    claims: list[Claim] = []
    people: list[str] = list(transcript_names(article.text))  # "GEORGE STEPHANOPOULOS:" opening his turns
    last_named: Speaker | None = None
    orgs: list[Speaker] = []  # the organizations named as speakers so far
    last_outlet: tuple[Speaker, str] | None = None  # the last outlet credited, and what it is ("magazine")
    prev: list[Speaker] = []
    prev_text = ""
    prev_subject: Speaker | None = None
    named_at = 0
    titled: dict[str, str] = {}  # full name -> the title the article gave it ("Tony Holt" -> "Chief")
    holders: dict[str, Speaker] = {}  # "president" -> President Clinton, as the article named them so far
    seen: set[str] = set()
    spoken: list[str] = []  # the named speakers so far, in order
    in_turn: str | None = None  # who speaks the transcript's turn going on: in the first person, never "he" or "she"
    turn_speaker: Speaker | None = None  # ... as the turn's first sentence gave them
    speech = transcript_speech(article.text) if ":" in article.text else frozenset()  # a transcript's turns
    other_since = False  # another person was introduced after the last named speaker
    sentences = split_sentences(article.text)
    history = chronology_sentences(article.text)
    in_roles = role_holders(sentences)  # "Judge Ann Cole", "Reed's attorney, Dan Ruiz": who "the judge" is
    relatives = kin_relatives(sentences)  # "Matthew Shepard's mother, Judy": who "Mrs. Shepard" is
    for index, sentence in enumerate(sentences):
        for m in _TITLE_NAME.finditer(sentence):
            title = without_lead(m.group("title") + " ").strip()  # "Even President Clinton": President
            if title.lower() not in _OFFICE_WORDS and title.split()[-1].lower() not in _OFFICE_WORDS:
                continue
            who = Speaker(_untitled(m.group(0)), "named", title)
            for key in _office_keys(title):
                holders[key] = who
        people_before = len(people)
        if _CAPS_PAIR.search(sentence):
            names = (without_lead(a) for a in slots_of(sentence).actors)  # "Unlike Bush, ..." names Bush
            for name in names:
                p = _untitled(name)
                if 2 <= len(p.split()) <= 3 and "of" not in p.split() and not _relative_of_known(p, sentence, people):
                    people.append(p)
                    if p != name:
                        titled[p] = name[: len(name) - len(p)].strip()  # "Chief Tony Holt": Tony Holt, Chief
        for m in _MIDDLE_INITIAL_NAME.finditer(sentence):  # "Mark J. Brown": the split spans miss him
            if m.group(0).split()[0].lower() in _NOT_GIVEN_NAMES:
                continue  # "Plan B. Johnson voted no": a plan and a man, joined by the splitter
            if m.group(0) not in people and not _relative_of_known(m.group(0), sentence, people):
                people.append(m.group(0))
        speaks = bool(_SPEECH_HINT.search(sentence)) or turn_shaped(sentence)  # "PRESIDENT OBAMA: Great to be here."
        speakers = sentence_speakers(sentence, people) if speaks else []
        if speaks and turn_shaped(sentence):
            in_turn = turn.who if (turn := transcript_turn(sentence, people)) else None
            turn_speaker = None
        resolved: list[Speaker] = []
        for sp in speakers:
            described = sp.kind == "organization" and is_described(sp.who)  # "the group", not a name
            # "the company" goes back past the agencies named since to the last company; any other description
            # means the last organization named or none
            pool = orgs if described and sp.who.lower().split()[-1] in _COMPANY else orgs[-1:]
            named = next((o for o in reversed(pool) if _may_name(sp.who, o.who)), None) if described else None
            if named is not None and len(sp.who.split()) <= _ANAPHOR_WORDS:
                sp, described = named, False  # "the group said" -> the last organization named that it may be
            if sp.kind == "anonymous" and (office := _OFFICE.match(sp.who)):
                holder = next((holders[k] for k in _office_keys(office.group("title")) if k in holders), None)
                only = {h.who: h for k, h in holders.items() if k.split()[-1] == office.group("title").lower()}
                if holder is None and len(only) == 1:
                    (holder,) = only.values()  # "the minister" in an article that named one minister
                sp = holder or sp  # "the president said" after "President Clinton": Clinton, on the record
            if sp.kind == "anonymous" and (person := role_holder(sp.who, sentence, in_roles)):
                role = re.sub(r"^(?:The|A|An|His|Her|Their)\b", lambda m: m.group(0).lower(), sp.who)
                sp = Speaker(person, "named", role)  # "the judge said": the one judge the article names
            if sp.kind == "named" and (relative := honorific_speaker(sp.who, sentence, relatives)):
                sp = Speaker(relative, "named", sp.role)  # "Mrs. Shepard said": his mother, not Matthew Shepard
            if sp.kind == "named" and " " not in sp.who and (spoke := _last_to_speak(sp.who, spoken, people)):
                sp = Speaker(spoke, "named", sp.role)  # "Shepard added" after Dennis Shepard spoke, not his son
            if sp.kind == "named" and not sp.role and sp.who in titled:
                sp = Speaker(sp.who, "named", titled[sp.who])  # "Holt said" after "Chief Tony Holt"
            resolved.append(sp)
            if sp.kind == "named" and 2 <= len(person_name(sp.who).split()) <= 3 and given_name_shaped(sp.who) \
                    and person_name(sp.who) not in people:
                people.append(person_name(sp.who))  # "said Shepard's father Dennis": Dennis Shepard, whom a later "Shepard" may mean
            if sp.kind == "named":
                spoken.append(sp.who)
            if sp.kind == "named":
                last_named, named_at = sp, index
            elif sp.kind == "organization" and not described:
                orgs.append(sp)
            elif sp.kind == "outlet":
                noun = _outlet_noun(sentence, sp.who)
                last_outlet = (sp, noun) if noun else None  # "Weekly Stars magazine alleges": a magazine
        if not resolved and last_outlet is not None and (the := _THE_OUTLET.match(sentence)) \
                and the.group("noun").lower() == last_outlet[1]:
            resolved = [last_outlet[0]]  # "The magazine also claims that ...": the magazine named before, its credit
        recent = last_named if last_named is not None and index - named_at <= PRONOUN_REACH \
            and not other_since else None
        # "Lee Wu could not confirm it but said he ...": "he" opens what was said, and the subject is the sentence's
        # own; not in "Fans like Wu love it, he says", where "he" speaks
        # "..., she told CNN": the outlet that heard her is no speaker; "she" is still to resolve
        outlets_only = all(sp.kind == "outlet" for sp in resolved)
        own_subject = _person_subject(sentence, people) if outlets_only and speaks \
            and not pronoun_is_speaker(sentence) else None
        # "He said Cole would go": not Cole, whom the pronoun's own clause names; nor anyone else when the sentence's
        # own subject is named there ("Cole met a student who said she studied Cole"); nor a transcript's speaker
        if outlets_only and speaks and uses_pronoun_speaker(sentence) and (antecedent := next(
                (c for c in ((own_subject,) if own_subject else (prev_subject, recent))
                 if c is not None and not named_after_pronoun(sentence, c.who)
                 and (in_turn is None or c.who.split()[-1] != in_turn.split()[-1])), None)) is not None:
            # the sentence's own subject; "Mr. Farrow implied ... .
            # “I walked in ...,” he said.": the person the sentence before was about or introduced; else the last
            # person quoted, when a few sentences back and nobody else was introduced since (further back, "she"
            # may be someone unnamed)
            resolved = [antecedent, *resolved]
        if not resolved and prev and (sentence[:1] in "\"“'‘" or prev_text.endswith(":")) \
                and not names_own_speaker(sentence):
            resolved = list(prev)  # a quote continuing the previous speaker's
        if in_turn is not None and turn_shaped(sentence):
            turn_speaker = next((sp for sp in resolved if sp.kind == "named"
                                 and sp.who.split()[-1] == in_turn.split()[-1]), None)
        elif not resolved and turn_speaker is not None and " ".join(sentence.split()) in speech \
                and not (speaks and uses_pronoun_speaker(sentence)):
            # "PRESIDENT OBAMA: Well, ... . But the rate is still too high.": his words; not "She says ..." in a
            # host's turn, which are the words of someone the host speaks of
            resolved = [turn_speaker]
        prev, prev_text = resolved, sentence
        named_here = [sp for sp in resolved if sp.kind == "named"]
        # The people this sentence introduces besides the last speaker: "... says Pat Ross. Later, Mayor Lee Wu was
        # firm. 'We ...,' he said": Wu, not Ross. The one the sentence is about is the first person it names; with
        # two or more newcomers, or one named after someone else ("Ann Cole met Gov. Dan Ruiz"), nobody can tell
        # which one "he" is
        named_in = people[people_before:]
        newcomers = [] if named_here else sorted({
            p for p in _introduced_people(sentence, named_in)
            if last_named is None or p.split()[-1] != last_named.who.split()[-1]})
        topic = newcomers[0] if len(newcomers) == 1 and named_in[0] == newcomers[0] else None
        prev_subject = named_here[0] if named_here else _person_subject(sentence, people) or (
            Speaker(topic, "named", titled.get(topic)) if topic else None)
        other_since = not named_here and (other_since or bool(newcomers))
        if not _usable(sentence) or sentence in seen or history and " ".join(sentence.split()) in history:
            continue  # (a chronology's entry is history, not a fact the outlets report now: chronology.py)
        seen.add(sentence)
        claims.append(_claim(article.id, index, sentence, resolved))
    relay = primary_relay(article.text)
    return ArticleClaims(article, tuple(claims), relay, relay_start(sentences, relay))


def relay_start(sentences: Sequence[str], relay: str | None) -> int:
    """The index of the sentence after a line that introduces the relayed report ("The Daily Planet reports:",
    "According to Reuters:"), or 0 when the article has none: what comes before it is the relaying site's own."""
    if not relay:
        return 0
    intro = re.compile(rf"^(?:(?:The|the)\s+)?{re.escape(relay)}\b[^.!?]{{0,40}}\b(?:{SPEECH}):$|"
                       rf"^According to (?:the\s+)?{re.escape(relay)}\b[^.!?]{{0,40}}:$")
    return next((i + 1 for i, sentence in enumerate(sentences) if intro.match(sentence.strip())), 0)
