"""Facts across articles: group similar sentences, count independent sources, say who each fact rests on.

Independence: two articles carrying a fact count as one source when the sentence (or, for a fact several
articles carry, the article as a whole) credits the same outlet ("Reuters reported", "(AP) --", "The
Washington Post reports:"), when a DupLink says one is a copy or wire rewrite of the other, or when one is another
known outlet's same-days rewrite of the other (``rewrites``: half its sentences nearly word for word). An article's
whole-article credit does not hold for a fact that the credited outlet's own article, when the story has it,
does not carry (``fact_relay``).

One fact: sentences near by their words that state the same thing (``same_fact``), not a denial of each other, not
two sentences sharing only a dateline, how they are sourced or a few words of the story's setting.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy import sparse

from newsdesk.brief.select import is_dangling
from newsdesk.compare.attribution import SPEECH, SPEECH_WORD
from newsdesk.compare.claims import ArticleClaims, Claim, is_described, is_office, tokens
from newsdesk.compare.fact_match import (
    different_comparison,
    different_dates,
    different_people,
    different_stage,
    event_terms,
    figures_differ,
    midsentence_names,
    opposite_polarity,
    same_time_of_day,
    story_people,
    subject_unknown,
    times_of_day,
)
from newsdesk.compare.key_claim import confirming, core_first
from newsdesk.config import CompareConfig
from newsdesk.model import Article, Attribution, DupLink, Fact
from newsdesk.outlet_names import canonical_outlet
from newsdesk.render import known_outlet
from newsdesk.sentences import dateline_end
from newsdesk.text import STOPWORDS, content_terms


@dataclass(frozen=True, slots=True)
class ClaimIndex:
    """All claims of a story with their pairwise TF-IDF cosine (0 within one article)."""

    claims: tuple[Claim, ...]
    sim: np.ndarray
    articles: dict[str, ArticleClaims]
    full: np.ndarray  # the same cosine, pairs inside one article included
    idf: dict[str, float]


def index_claims(per_article: Sequence[ArticleClaims]) -> ClaimIndex:
    """TF-IDF vectors over stemmed content terms (sparse); cosine between claims of different articles."""
    claims = tuple(c for ac in per_article for c in ac.claims)
    n = len(claims)
    if n == 0:
        return ClaimIndex(claims, np.zeros((0, 0)), {ac.article.id: ac for ac in per_article}, np.zeros((0, 0)), {})
    df: Counter[str] = Counter()
    for c in claims:
        df.update(dict.fromkeys(c.terms, 1))  # not a set: the column order (and so float sums) must not vary by run
    vocab = {t: i for i, t in enumerate(df)}
    idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in vocab])
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for row, c in enumerate(claims):
        for t, k in Counter(c.terms).items():
            rows.append(row)
            cols.append(vocab[t])
            vals.append((1 + math.log(k)) * idf[vocab[t]])
    mat = sparse.csr_matrix((np.array(vals, dtype=np.float32), (rows, cols)), shape=(n, len(vocab)))
    norms = np.sqrt(np.asarray(mat.multiply(mat).sum(axis=1)).ravel())
    mat = sparse.diags(1.0 / np.where(norms == 0, 1, norms)).astype(np.float32) @ mat
    full = np.asarray((mat @ mat.T).todense(), dtype=np.float32)
    np.fill_diagonal(full, 0.0)
    owner_ids = {a: k for k, a in enumerate(dict.fromkeys(c.article for c in claims))}
    owner = np.array([owner_ids[c.article] for c in claims])
    sim = np.where(owner[:, None] == owner[None, :], np.float32(0.0), full)
    return ClaimIndex(claims, sim, {ac.article.id: ac for ac in per_article}, full,
                      {t: float(idf[i]) for t, i in vocab.items()})


MIN_SHARED_TERMS = 3  # a short sentence near another by cosine alone ("not saying too much") is no same fact


def group_facts(idx: ClaimIndex, threshold: float, apart: Collection[frozenset[str]] = ()) -> list[list[int]]:
    """Greedy grouping: a seed claim plus the best match from each other article that states the same fact
    (``same_fact``; cosine >= threshold) and does not open with a name the other's article never mentions
    (``subject_unknown``). ``apart``: pairs of sentences (their texts) found to contradict each
    other: a contradiction is never also a confirmation."""
    n = len(idx.claims)
    if n == 0:
        return []
    strong = idx.sim >= threshold
    owner = [c.article for c in idx.claims]
    starts = [k for k in range(n) if k == 0 or owner[k] != owner[k - 1]]
    n_articles = np.maximum.reduceat(strong.astype(np.int8), starts, axis=1).sum(axis=1)  # articles matched
    total = idx.sim.sum(axis=1)
    order = sorted(range(n), key=lambda i: (-int(n_articles[i]), -float(total[i]), i))
    people = story_people(idx.claims)
    names = frozenset(midsentence_names(idx.claims))
    words = {a: article_words(ac.article) for a, ac in idx.articles.items()}
    timed = same_time_pairs(idx)
    used = np.zeros(n, dtype=bool)
    groups: list[list[int]] = []
    for seed in order:
        if used[seed]:
            continue
        candidates: list[int] = []
        for j in np.flatnonzero((strong[seed] | timed[seed]) & ~used):
            a, b = idx.claims[seed], idx.claims[j]
            if not (same_fact(a, b, people, apart) if strong[seed, j] else same_event(a, b, people, apart)) \
                    or other_holders(a, b) or other_subject_or_modality(a, b, names) or not _one_quotation(a, b) and (
                    subject_unknown(a, words[b.article], names) or subject_unknown(b, words[a.article], names)):
                continue
            candidates.append(int(j))
        members = [seed] + sorted(_coherent_carriers(idx, seed, candidates, people))
        if len(members) < 2:
            continue
        used[members] = True
        groups.append(_medoid_first(idx, members))
    return groups


def _coherent_carriers(idx: ClaimIndex, seed: int, candidates: Sequence[int], people: Collection[str]) -> list[int]:
    """One sentence per other article that states the seed's fact, nearest to the seed first, each also agreeing
    with every carrier taken before it (``carriers_agree``). Each is near the seed, but two of them can still tell
    two facts the seed is vague about: "The ferry ran aground with hundreds of passengers aboard" is near both "with
    212 passengers" and "with 480 passengers", which are not one fact. Where an article's nearest sentence clashes
    with a carrier, its next nearest may still carry the fact."""
    taken: list[int] = []
    arts: set[str] = set()
    for j in sorted(candidates, key=lambda k: (-float(idx.sim[seed, k]), k)):
        c = idx.claims[j]
        if c.article in arts or not all(carriers_agree(c, idx.claims[t], idx.claims[seed], people) for t in taken):
            continue
        taken.append(j)
        arts.add(c.article)
    return taken


# Subject and modality (U29 #1): two sentences sharing a topic's words state one fact only when they say it of the
# same thing and say that it happened (or that it is expected) alike. "Celebrex is covered by about half of all
# HMOs" is not confirmed by "HMOs may hold part of the key to the drugs' acceptance" (of HMOs, not Celebrex), nor
# "Jordan has enacted a law banning smoking in public places" by "In other public places, smoking is banned under
# law" (another country's law), nor "Both sides avoided costly strikes" by "Both sides were eager to avoid a strike"
# (what they wanted, not what happened).
_PRONOUN_SUBJECT = frozenset(["a", "an", "it", "its", "they", "their", "them", "he", "his", "she", "her", "we", "our", "i",
                              "this", "that", "these", "those", "the", "both", "each", "such", "there", "all",
                              "another", "either", "neither"])
# What opens a sentence before its subject: a connective ("But", "Also,"), or an opening phrase or clause up to its
# comma ("In other public places, such as stores, ...", "Along with doctors and consumers, ...", "When ..., ...").
_CONNECTIVE = re.compile(r"^(?:(?:and|but|also|still|yet|so|meanwhile|however|now|instead|moreover|thus|indeed|even|true|"
                         r"then|in addition|in fact|for example|for instance)\b,?\s*)+", re.IGNORECASE)
_OPENING_PHRASE = re.compile(r"^(?:in|on|at|for|after|before|along with|with|without|under|by|as a result|since|despite|"
                             r"during|according to|unlike|like|among|from|over|through|within|when|while|although|"
                             r"though|until)\b[^,]{0,60},\s*"
                             r"(?:such as\b[^,]{0,60},\s*)?", re.IGNORECASE)
# Where a subject's noun phrase ends: a verb, an auxiliary, a preposition or a relative word
_SUBJECT_END = frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
                          "might", "must", "should", "shall", "did", "does", "do", "of", "in", "with", "for", "at",
                          "on", "by", "from", "that", "who", "which", "to", "as", "said", "says", "say", "also",
                          "now", "still", "have", "not", "never",
                          # past forms not in -ed: "McCain met with ...", "The quake struck ..."
                          "met", "made", "took", "gave", "went", "won", "lost", "left", "paid", "sold", "held", "found",
                          "told", "got", "came", "became", "began", "ran", "saw", "put", "set", "kept", "led", "brought",
                          "bought", "thought", "fell", "rose", "hit", "cut", "shot", "struck", "spent", "sent", "built",
                          "fought", "broke", "chose", "drove", "flew", "grew", "knew", "threw", "wrote", "spoke",
                          "stood", "sat", "felt", "heard", "meant", "became", "killed", "died"])
_TIME_NOUNS = frozenset(["day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute",
                         "minutes", "morning", "night", "evening", "afternoon", "ago", "decade", "decades", "time"])
_COUNT_WORDS = frozenset(["some", "many", "most", "several", "about", "nearly", "almost", "over", "more", "than",
                          "just", "only", "at", "least", "around", "roughly", "two", "three", "four", "five", "six",
                          "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands"])
SUBJECT_WORDS = 5  # tokens of a subject noun phrase looked at ("Some 26,000 survivors", "Health maintenance organizations")


@dataclass(frozen=True, slots=True)
class Subject:
    """What a sentence is about, as its opening noun phrase gives it: ``words`` (lower case, as written) and
    ``terms`` (content terms); ``named``: it is a name (``midsentence_names``: "Celebrex", "Jordan"); ``may_refer``:
    a pronoun or a description ("It", "The drug", "Both sides") that may stand for anything named before; empty
    when none is read."""

    words: tuple[str, ...]
    terms: frozenset[str]
    named: bool
    may_refer: bool


@functools.lru_cache(maxsize=65536)
def sentence_subject(text: str, names: frozenset[str]) -> Subject:
    """The subject noun phrase of a sentence (``Subject``), after its dateline, an opening quotation mark, a
    connective and an opening phrase up to its comma; a capitalised first word is a name only when the story writes
    it capitalised inside a sentence too (``names``)."""
    toks = _clause_tokens(text)
    span = _subject_span(toks)
    if not span:
        return Subject((), frozenset(), False, True)
    while len(span) > 1 and (span[0].lower() in _COUNT_WORDS or span[0][:1].isdigit()):
        span = span[1:]  # "Some 26,000 survivors": the survivors
    first = span[0].lower()
    if first in STOPWORDS and first not in _PRONOUN_SUBJECT or not span[0][:1].isalpha() or first.endswith("ly") \
            or any(w.lower() in _TIME_NOUNS for w in span):  # "Two days before the raid, ...": when, not who
        return Subject(tuple(w.lower() for w in span), frozenset(), False, True)  # "Since then she ...": not read
    if first in _PRONOUN_SUBJECT and not (first == "the" and len(span) > 1 and all(w[:1].isupper() for w in span[1:])):
        return Subject(tuple(w.lower() for w in span), frozenset(), False, True)
    # a name heads the phrase ("Former FBI Director Robert Mueller", not "Russian rescue submarines" nor "Zimmerman's
    # lawyer"): its words the story writes capitalised inside a sentence
    run = list(itertools.takewhile(lambda w: w[:1].isupper(), span[1:] if first == "the" else span))
    named = bool(run) and len(run) == len(span) - (first == "the") and re.search(r"['’]s?$", run[-1]) is None \
        and run[-1].lower() in names  # a name, not one qualifying a noun ("Russian rescue submarines", "Zimmerman's lawyer")
    words = tuple(re.sub(r"['’]s$", "", w).lower() for w in (run if named else span))
    terms = frozenset(t for w in words for t in content_terms(w) if t.isalpha())
    if not terms:
        return Subject(words, terms, False, True)
    return Subject(words, terms, named, False)


@functools.lru_cache(maxsize=65536)
def _clause_tokens(text: str) -> tuple[str, ...]:
    """The tokens of a sentence's main clause from its subject on: after its dateline, an opening quotation mark, a
    connective, an opening phrase ("In other public places, such as stores, ...") or a short segment up to a comma
    ("Immediately after the ruling, ..."), and a speaker's lead ("Police said (that) ...")."""
    rest = text[dateline_end(text):]
    rest = _CREDIT_OPENING.sub("", rest).lstrip("\"“'‘`_*•-–— ")  # a quotation mark, a list's bullet ("_ Vitamin E ...")
    for _ in range(3):  # "Analysts said that given ..., the UAW could ...": a lead, then an opening phrase
        before = rest
        rest = _OPENING_PHRASE.sub("", _CONNECTIVE.sub("", rest), count=1)
        head, comma, tail = rest.partition(", ")
        first = head.split()[0].lower() if head.split() else ""
        if comma and len(head.split()) <= _OPENING_WORDS and (first.endswith(("ly", "ing", "ed")) or first in _WHEN_WORDS):
            rest = tail  # "Immediately after the ruling, ...", "Speaking on TV, ...", not "The crash, ..."
        lead = _SPEAKER_LEAD.match(rest)
        rest = _CONNECTIVE.sub("", rest[lead.end():] if lead else rest)
        if rest == before:
            break
    return tuple(tokens(rest))


# A dateline the dateline reader leaves: "Tokyo (CNN) Seven US sailors are missing ..."
_CREDIT_OPENING = re.compile(r"^[A-Z][\w .,'’-]{0,30}?\s*\([A-Z][\w .&-]{1,20}\)\s*[-—–_:]*\s*(?=[A-Z])")
_WHEN_WORDS = frozenset(["earlier", "later", "meanwhile", "then", "now", "today", "yesterday", "last", "next",
                         "overnight", "separately", "elsewhere", "still", "instead", "soon"])
_OPENING_WORDS = 8  # a segment this short before a first comma opens the sentence ("Based on the description, ...")
_SPEAKER_LEAD = re.compile(rf"^(?:[^\s,;:\"“”]+\s+){{0,5}}?[^\s,;:\"“”]+(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)\s"
                           rf"(?!told\b|tells\b)(?:{SPEECH})\s+"
                           r"(?:that\s+)?(?=\S)")  # "Police said (that) ...", not "Buildings were reported to ..."


def _subject_span(toks: Sequence[str]) -> list[str]:
    """The subject noun phrase's first tokens (``SUBJECT_WORDS`` at most), up to a verb, an auxiliary, a preposition
    or punctuation; quotation marks inside a name ("Abigail \"Abby\" Williams") are passed over."""
    span: list[str] = []
    for k, t in enumerate(toks[:SUBJECT_WORDS]):
        low = t.lower()
        if t in ("\"", "“", "”") or t == "." and span and span[-1][:1].isupper() and len(span[-1]) <= 4:
            continue  # "Abigail \"Abby\" Williams", "Sen. John McCain"
        if not t[:1].isalnum() or low in _SUBJECT_END or k and low.endswith("ed") and len(low) > 4:
            break
        span.append(t)
    return span


def _mentions(subject: Subject, claim: Claim) -> bool:
    """Whether a sentence mentions a subject: one of its words (by the first five letters of a longer word, "Quebec"
    / "Quebecers"), its initials ("the LCC"), or one of its content terms."""
    if subject.terms & set(content_terms(claim.text)):
        return True
    words = {re.sub(r"['’]s$", "", w).lower() for w in re.findall(r"[\w'’-]+", claim.text)}
    stems = {w[:5] for w in words if len(w) >= 5}
    initials = "".join(w[0] for w in subject.words if w not in _NAME_LINKS)
    return len(initials) > 1 and initials in words or any(
        len(w) > 2 and (w in words or len(w) >= 5 and w[:5] in stems) for w in subject.words if w not in _NAME_LINKS)


_NAME_LINKS = frozenset(["the", "of", "and", "for", "de", "van", "von"])


def other_subject(a: Claim, b: Claim, names: frozenset[str]) -> bool:
    """Whether two sentences say what they share of two different things (``sentence_subject``): one's subject is
    a name the other neither mentions nor may refer to by a pronoun or a description ("Celebrex is covered by half
    of HMOs" / "HMOs may hold the key"; "Jordan has enacted a law banning smoking" / "Smoking is banned under law"),
    or neither's subject, both plain nouns, is in the other ("Some 26,000 survivors ... are living in tent cities" /
    "Buildings collapsed in all three cities")."""
    sa, sb = sentence_subject(a.text, names), sentence_subject(b.text, names)
    if sa.may_refer or sb.may_refer or _is_speaker(sa, a) or _is_speaker(sb, b):
        return False
    a_in_b, b_in_a = _mentions(sa, b), _mentions(sb, a)
    if sa.named and sb.named:  # one named in the other: two names of one thing ("RMSF" / "Rocky Mountain ... (RMSF)")
        return not a_in_b and not b_in_a
    if sa.named or sb.named:
        return not (a_in_b if sa.named else b_in_a)
    return not a_in_b and not b_in_a


def _is_speaker(subject: Subject, claim: Claim) -> bool:
    """Whether a subject is who says the sentence ("Committee investigators say ..."): what it states is about
    something else."""
    return bool(subject.terms & speaker_terms(claim))


_MODAL = r"will|would|could|may|might|should|shall|['’]ll|won['’]t|wouldn['’]t|couldn['’]t|shouldn['’]t|cannot|can['’]t"
# Words before "to" that make what follows wanted, expected or planned, not done: "eager to avoid", "expected to
# complete", "plans to close", "would work to avoid".
_INTENT = (r"eager|anxious|expected|expects?|expecting|plans?|planned|planning|hopes?|hoped|hoping|wants?|wanted|"
           r"wanting|seeks?|seeking|sought|tries|try|tried|trying|likely|unlikely|aims?|aimed|aiming|intends?|intended|"
           r"intending|set|threatens?|threatened|threatening|works?|worked|working|promised?|promising|pledged?|"
           r"pledging|vowed?|vowing|proposed?|proposing|going|about|ready|poised|scheduled|slated|supposed|due|"
           r"determined|hoping|looking|moving|moved|pushing|pushed|pressing|pressed|urged?|urging|asked|calls?|called")
_UNREALISED = re.compile(rf"\b(?:{_MODAL}|(?:{_INTENT})\s+to)\s+(?:(?:not|be|been|have|also|still|never|only|soon|"
                         r"eventually|[a-z]+ly)\s+){0,2}(?P<verb>[a-z][\w-]*)", re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def _modality_terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the term of the main verb when the sentence tells it as done, in -ed right after its subject (``_DONE``),
    terms of verbs it tells anywhere as wanted, expected or possible: after "will", "would", "could", "eager to",
    "expected to" ..., quotations left out), each by its first five letters ("completed" / "complete")."""
    plain = _QUOTATION.sub(" ", text[dateline_end(text):])
    unrealised: set[str] = set()
    at = 0
    while m := _UNREALISED.search(plain, at):  # "would work to avoid": "work", then "avoid"
        unrealised.update(t[:5] for t in content_terms(m.group("verb")))
        at = m.start("verb")
    toks = _clause_tokens(text)
    main = _DONE.match(" ".join(toks[len(_subject_span(toks)):]))
    done = frozenset(t[:5] for t in content_terms(main.group("verb"))) if main else frozenset()
    past = frozenset(t[:5] for w in re.findall(r"\b[a-z][a-z-]{2,}ed\b", plain) for t in content_terms(w))
    return done, frozenset(unrealised) - past  # "The storm, which could kill dozens, killed 12": done


# The main verb told as done, in -ed, after the subject: "Both sides avoided ...", "Celebrex is covered ...", "has
# declared"; not a participle in a clause of its own ("why he was charged", "a cell powered by the sun")
_DONE = re.compile(r"(?:(?:has|have|had|is|are|was|were|been|also|already|now|just|[a-z]+ly)\s+){0,2}"
                   r"(?P<verb>[a-z][a-z-]{2,}ed)\b")


def other_modality(a: Claim, b: Claim) -> bool:
    """Whether one sentence tells as done what the other tells only as wanted, expected or possible: a verb both
    give, past in one ("Both sides avoided costly strikes", "Celebrex is covered by ...") and only after "would",
    "eager to", "expected to" ... in the other ("Both sides were eager to avoid a strike")."""
    done_a, maybe_a = _modality_terms(a.text)
    done_b, maybe_b = _modality_terms(b.text)
    return bool(done_a & (maybe_b - done_b)) or bool(done_b & (maybe_a - done_a))


def other_subject_or_modality(a: Claim, b: Claim, names: frozenset[str]) -> bool:
    """``other_subject`` or ``other_modality``: two facts, whatever words they share. Two sentences quoting one
    statement are one fact however each opens."""
    return not same_quotation(a, b) and (other_subject(a, b, names) or other_modality(a, b))


EVENT_FLOOR = 0.1  # cosine two sentences giving one time of day need to be one event told in other words


def same_time_pairs(idx: ClaimIndex) -> np.ndarray:
    """Pairs of sentences of different articles that give one time of day (``same_time_of_day``) and are at least
    ``EVENT_FLOOR`` near by their words."""
    n = len(idx.claims)
    out = np.zeros((n, n), dtype=bool)
    timed = [k for k, c in enumerate(idx.claims) if times_of_day(c.text)]
    for x in timed:
        for y in timed:
            if idx.sim[x, y] >= EVENT_FLOOR and same_time_of_day(idx.claims[x].text, idx.claims[y].text):
                out[x, y] = True
    return out


def same_event(a: Claim, b: Claim, people: Collection[str] = (), apart: Collection[frozenset[str]] = ()) -> bool:
    """Whether two sentences giving one time of day tell one event in other words: "Piccard and Jones landed just
    after 8 a.m. local time" / "The balloon landed gently at 08:03 local time at Mut". They must state something
    that happened in common besides the time (``event_terms``; who says either left out), and nothing may make
    them two facts (``compatible``)."""
    speakers = speaker_terms(a) | speaker_terms(b)
    shared = event_terms(stated_terms(a) - speakers) & event_terms(stated_terms(b) - speakers)
    return bool(shared) and not tell_two_facts(a, b, shared) and compatible(a, b, people, apart)


def article_words(article: Article) -> frozenset[str]:
    """The words (lower case, a possessive 's dropped) of an article's title and text."""
    return frozenset(re.sub(r"['’]s$", "", w).lower() for w in re.findall(r"[\w'’-]+", f"{article.title or ''} {article.text}"))


def same_fact(a: Claim, b: Claim, people: Collection[str] = (), apart: Collection[frozenset[str]] = ()) -> bool:
    """Whether two sentences of different articles, near by their words, state one fact: at least
    ``MIN_SHARED_TERMS`` content terms of what they state in common besides who says either and how it is sourced,
    and ``MIN_SHARE`` of what the shorter one states, and nothing that makes them two facts (``compatible``)."""
    # Neither sentence's speaker makes them one fact: "The Wayne County Prosecutor's Office has received a warrant
    # request" and "The Wayne County prosecutor's office said Rose ..."; "'Tennessee has pride in Gore,' said Tony
    # Coelho" and "Tony Coelho retained his job in the transition to Tennessee".
    # Two sentences quoting one statement state its words, whoever is said to speak them ("'The staff walks over
    # students,' a student said" / "'The staff walks over students,' Ann Cole said": "students" is said, too).
    one_quote = same_quotation(a, b)
    speakers = set() if one_quote else speaker_terms(a) | speaker_terms(b)
    # how either sentence describes its speaker is not what it states ("said Brian Trubshaw, the test pilot who flew
    # the first Concorde" / "Brian Trubshaw, the former Concorde test pilot, told reporters that ...")
    described = set() if one_quote else described_speaker_terms(a) | described_speaker_terms(b)
    own_a, own_b = stated_terms(a) - speakers - described, stated_terms(b) - speakers - described
    shared = own_a & own_b
    return len(shared) >= max(MIN_SHARED_TERMS, MIN_SHARE * min(len(own_a), len(own_b))) \
        and not tell_two_facts(a, b, shared) and compatible(a, b, people, apart)


def tell_two_facts(a: Claim, b: Claim, shared: Collection[str]) -> bool:
    """Whether two near sentences sharing ``shared`` (what they state in common) still tell two facts: they date it
    differently (``different_dates``), they share only names, no word of what happened (``names_only``), or they
    quote their speakers saying different things and share nothing else (``other_quotations``)."""
    return different_dates(a, b) or names_only(a, b, shared) or other_quotations(a, b)


def names_only(a: Claim, b: Claim, shared: Collection[str]) -> bool:
    """Whether all two sentences state in common is names (of people, bodies, places, titles), no word or figure of
    what happened: "The Human Rights Campaign has endorsed Vice President Al Gore" / "That may not be music to the ears
    of Democrats like Vice President Al Gore"; "In 1992 China joined the Convention on Wetlands established in Ramsar,
    Iran" / "The Ramsar Convention, signed in Ramsar, Iran, has 90 signatory countries". Two facts about the same
    people."""
    return bool(shared) and not set(shared) & plain_terms(a.text) & plain_terms(b.text)


@functools.lru_cache(maxsize=65536)
def plain_terms(text: str) -> frozenset[str]:
    """The terms of a sentence's words that are no part of a name: lower-case words, figures other than a year, and
    its first word unless a capitalised word follows it ("Lower-level talks with Ford" opens with no name; "Rebecca Sealfon won"
    does)."""
    toks = tokens(text[dateline_end(text):].lstrip("\"“'‘` "))
    plain = [t for k, t in enumerate(toks) if t[:1].islower() or any(ch.isdigit() for ch in t) and not _YEAR.fullmatch(t)
             or k == 0 and not (len(toks) > 1 and toks[1][:1].isupper())]
    return frozenset(content_terms(" ".join(plain)))


_YEAR = re.compile(r"1[89]\d\d|20\d\d")  # a year says when, not what happened


# Of the content words of the shorter of two quotations, the share the other must hold for the two to be one
# statement told twice ("It's time to put children and their safety first in vehicle design" / "It's time for the
# automobile manufacturers to put kids first in the design of their vehicles"), not two things the speaker said.
SAME_QUOTE_SHARE = 2 / 3


def other_quotations(a: Claim, b: Claim) -> bool:
    """Whether two sentences each quote someone (``QUOTE_WORDS`` words or more) saying something else (most of the
    shorter quotation's words are not in the other's, ``SAME_QUOTE_SHARE``), and state fewer than
    ``MIN_SHARED_TERMS`` terms in common outside their quotations and who says them (names, roles, descriptions):
    "'Autism causes such a broad spectrum,' said Audrey Horne, president of the Autism Society" and "'We are a very
    vulnerable group,' said Audrey Horne, president of the Autism Society" are two things she said."""
    if not quoted_terms(a) or not quoted_terms(b) or same_quotation(a, b):
        return False
    speakers = speaker_terms(a) | speaker_terms(b)
    outside_a = _unquoted_terms(a.text) - speakers - described_speaker_terms(a)
    outside_b = _unquoted_terms(b.text) - speakers - described_speaker_terms(b)
    return len(outside_a & outside_b) < MIN_SHARED_TERMS


def same_quotation(a: Claim, b: Claim) -> bool:
    """Whether two sentences quote one statement (``QUOTE_WORDS`` words or more each), however trimmed: most of the
    shorter quotation's words (``SAME_QUOTE_SHARE``, by their first five letters: "vehicle" / "vehicles") are in the
    other's."""
    qa, qb = {t[:5] for t in quoted_terms(a)}, {t[:5] for t in quoted_terms(b)}
    return bool(qa) and bool(qb) and len(qa & qb) >= SAME_QUOTE_SHARE * min(len(qa), len(qb))


@functools.lru_cache(maxsize=65536)
def _unquoted_terms(text: str) -> frozenset[str]:
    """The content terms of a sentence outside its quotations (of any length) and its dateline."""
    return frozenset(content_terms(_QUOTATION.sub(" ", text[dateline_end(text):])))


def described_speaker_terms(claim: Claim) -> set[str]:
    """The terms only the description of a named speaker gives: the phrases after the name, each opened by a comma
    (or "who"), up to a quotation or a phrase telling what they said ("said Brian Trubshaw, the test pilot who flew
    the first British Concorde flight in 1969"; "said Mike Stoddart, a transport analyst for Charterhouse Securities,
    a London-based brokerage firm"). It describes the speaker; it is not what the speaker said."""
    return set(_described_terms(claim.text, tuple(sp.who for sp in claim.speakers if sp.kind == "named")))


@functools.lru_cache(maxsize=65536)
def _described_terms(text: str, names: tuple[str, ...]) -> frozenset[str]:
    """``described_speaker_terms`` of a sentence's text and its named speakers."""
    described: set[str] = set()
    spans: list[tuple[int, int]] = []
    for name in names:
        at = text.find(name)
        if at < 0:
            continue
        end = at + len(name)
        for m in _DESCRIPTION.finditer(text, end):
            if m.start() != end or SPEECH_WORD.search(m.group(1)):  # ", said Monday that his client ...": what he said
                break
            spans.append(m.span(1))
            described.update(content_terms(m.group(1)))
            end = m.end(1)
    if not described:
        return frozenset()
    rest = text
    for i, j in sorted(spans, reverse=True):
        rest = rest[:i] + " " + rest[j:]
    return frozenset(described - set(content_terms(rest)))


# A phrase after a speaker's name: ", the test pilot who flew ...", " who heads the Division of ...", up to the next
# comma or quotation (the end of the sentence when none comes).
_DESCRIPTION = re.compile(r"(?:,\s*|\s+(?=who\b))((?:(?!'')[^,\"“”`]){3,}?)\s*(?=,|\"|“|``|''|$|\.\s*$)")


# Of what the shorter of two sentences states, the share the other must state too. Sentences near by a few rare words
# of the story's setting ("Nearly 46,000 Native Americans live in the New York City metropolitan area" / "those
# Indians in cities form a small part of the metropolitan area") tell two facts about it.
MIN_SHARE = 0.4


def compatible(a: Claim, b: Claim, people: Collection[str] = (), apart: Collection[frozenset[str]] = ()) -> bool:
    """Whether nothing makes two near sentences two facts: a figure of one thing that differs (``_figures_differ``:
    the first word after the figures alike), or anything ``agree`` tests."""
    return not _figures_differ(a, b) and agree(a, b, people, apart)


def agree(a: Claim, b: Claim, people: Collection[str] = (), apart: Collection[frozenset[str]] = ()) -> bool:
    """Whether two sentences stating one fact agree on what they both state: no figure of what may be one thing that
    differs (``figures_differ``: money, or the same counted words, matched one to one), no sentence telling the
    reader what to do, no other people (``different_people``; ``people``: ``story_people``), no other stage of a case
    or casualty count, no other comparison, neither denying what the other asserts (``opposite_polarity``), and not a
    pair that contradicts each other (``apart``)."""
    if frozenset((a.text, b.text)) in apart or figures_differ(a, b) or _tells_the_reader(a) or _tells_the_reader(b):
        return False
    return not differ_in_what_they_state(a, b, people)


def differ_in_what_they_state(a: Claim, b: Claim, people: Collection[str], about: Claim | None = None) -> bool:
    """Another stage of a case or casualty count, another comparison, one denying what the other asserts (of what
    ``about``, a fact both carry, states too), or other people (``different_people``)."""
    if different_stage(a.text, b.text) or different_comparison(a.text, b.text) or opposite_polarity(a, b, about):
        return True
    return different_people(a, b, people)


def carriers_agree(a: Claim, b: Claim, fact: Claim, people: Collection[str] = ()) -> bool:
    """Whether two sentences, each carrying ``fact``, carry one fact: no figure of something the fact counts too that
    differs (``figures_differ`` about it: two carriers of "X was seen at a petrol station" giving X two ages both carry
    it), no other stage or comparison, no denial of what the fact states, no other people (``different_people``). A contradiction
    between the two on a detail the fact does not state (the conflicts, ``apart``) is shown as such; both still carry
    the fact. "16GB or 32GB versions" and "a slot for up to 128GB" both carry a spec sentence listing all three."""
    return not figures_differ(a, b, fact) and not different_dates(a, b, fact) \
        and not differ_in_what_they_state(a, b, people, fact)


def quoted_terms(claim: Claim) -> set[str]:
    """The terms inside a sentence's quotation marks (passages of ``QUOTE_WORDS`` words or more)."""
    return {t for m in _QUOTATION.finditer(claim.text) if len(m.group(1).split()) >= QUOTE_WORDS
            for t in content_terms(m.group(1))}


def _one_quotation(a: Claim, b: Claim) -> bool:
    """Whether two sentences quote the same words, however each introduces them ("The Starrett Corporation issued a
    statement saying: '...'" / "'...,' said Jordan Barowitz")."""
    return len(quoted_terms(a) & quoted_terms(b)) >= MIN_SHARED_TERMS


def stated_terms(claim: Claim) -> set[str]:
    """The terms of what a sentence states: for a sentence that is mostly a quotation credited to someone, the quoted
    words only (what the speaker said, not the words around it naming them: "'Tennessee has pride in Gore,' said
    Tony Coelho, the chairman of Gore's campaign" states nothing about the campaign's chairman)."""
    return set(_stated_terms(claim.text, bool(claim.speakers)))


@functools.lru_cache(maxsize=65536)
def _stated_terms(text: str, credited: bool) -> frozenset[str]:
    """``stated_terms`` of a sentence's text, once per text (it is asked for every candidate pair of a story)."""
    quoted = [m.group(1) for m in _QUOTATION.finditer(text) if len(m.group(1).split()) >= QUOTE_WORDS]
    if credited and quoted and 2 * sum(len(q.split()) for q in quoted) >= len(text.split()):
        return frozenset(t for q in quoted for t in content_terms(q))
    return frozenset(content_terms(_FRAMING.sub(" ", text[dateline_end(text):])))


# How a report is sourced, not what it states: "officials, speaking on condition of anonymity, said ...", "told
# reporters", "in a statement". Two sentences sharing only these (and a dateline: "CAPE TOWN, South Africa (AP) _")
# share no fact.
_FRAMING = re.compile(r"\b(?:(?:who )?(?:spoke|speaking|talking) )?on (?:the )?condition (?:of|that (?:he|she|they) not be "
                      r"(?:named|identified))(?: anonymity)?\b|\bwho (?:asked|requested|declined) not to be (?:named|"
                      r"identified)\b|\bnot authori[sz]ed to (?:speak|discuss [\w ]{1,20}?) publicly\b|"
                      r"\b(?:told|briefing) reporters\b|\bin a (?:written )?statement\b|\bat a news conference\b",
                      re.IGNORECASE)


QUOTE_WORDS = 4  # fewer quoted words are a phrase the writer borrows ("called it 'boring'"), not the statement
_QUOTATION = re.compile(r"(?:\"|“|``)(.+?)(?:\"|”|''|$)")


def speaker_terms(claim: Claim) -> set[str]:
    """The terms of who says a claim ("Fire Chief Dana Okonkwo"): two sentences quoting one person are not one
    fact for that ("Divers pulled 31 people from the water, Chief X said" / "Divers resumed the search for two
    missing people, Chief X said")."""
    return {t for sp in claim.speakers for part in (sp.who, sp.role or "") for t in content_terms(part)}


def _who_terms(claim: Claim) -> set[str]:
    """The terms of the names of the people who say or believe a claim (not their roles, not outlets)."""
    return {t for sp in claim.speakers if sp.kind == "named" for t in content_terms(sp.who)}


_ABOUT_SELF = re.compile(r"\b(?:says?|said|believes?|believed|thinks?|thought|insists?|insisted|claims?|claimed|"
                         r"hopes?|hoped|expects?|expected|vows?|vowed|told [\w ]{1,30}?)\s+(?:that\s+)?"
                         r"(?:he|she|they|we|I)\b(?!['’])", re.IGNORECASE)


def other_holders(a: Claim, b: Claim) -> bool:
    """Whether two claims are held by two different named people, one of whom is what the other speaks about
    ("Schulz believes [Samaras] can form a government" / "Samaras says he can form a government"), or each of whom
    speaks of himself ("X says he can ..." / "Y says she can ..."): one person's belief about another, or two people's
    claims about themselves, are not one fact that two sources confirm."""
    wa, wb = _who_terms(a), _who_terms(b)
    if not wa or not wb or wa & wb:
        return False
    own_a, own_b = set(a.terms) - speaker_terms(a), set(b.terms) - speaker_terms(b)
    return wb <= own_a or wa <= own_b or bool(_ABOUT_SELF.search(a.text) and _ABOUT_SELF.search(b.text))


def _figures_differ(a: Claim, b: Claim) -> bool:
    """Whether two sentences give different figures for one thing ("248 people ... were killed" / "killed 247
    people"): the one does not confirm the other, whatever else they share (the conflict finder reports them)."""
    for qa in a.quantities:
        if qa.vague or not qa.unit:
            continue
        for qb in b.quantities:
            if not qb.vague and qb.unit and qb.unit[0] == qa.unit[0] and qb.value != qa.value \
                    and not any(q.value == qb.value for q in a.quantities) \
                    and not any(q.value == qa.value for q in b.quantities):
                return True
    return False


def _medoid_first(idx: ClaimIndex, members: list[int]) -> list[int]:
    """The group's members with the one closest to all the others first: the fact's wording. A seed that
    reaches many articles can be a broad sentence holding the fact in a clause ("X faced pressure on
    Wednesday, a day after the bridge collapsed"); the members' common core is the clause, not the seed."""
    if len(members) < 3:
        return members
    closeness = idx.sim[np.ix_(members, members)].sum(axis=1)
    first = members[int(np.argmax(closeness))]
    return [first] + [m for m in members if m != first]


def _superseded(idx: ClaimIndex, group: list[int], latest: Mapping[str, Collection[str]]) -> bool:
    """A group of the articles that gave a figure a later report revises, stating that old figure ("Four people
    were killed" after "Six died ..., raising the toll from four"): the revision shows it, it is no fact now."""
    for text, old in latest.items():
        reviser = next((c for c in idx.claims if c.text == text), None)
        if reviser is None or not reviser.quantities or not all(idx.claims[i].article in old for i in group):
            continue
        new = reviser.quantities[0]  # "Six people died ..., raising the toll from four": the new figure first
        if any(q.unit[:1] == new.unit[:1] and q.value != new.value for i in group for q in idx.claims[i].quantities) \
                and not any(q.value == new.value for i in group for q in idx.claims[i].quantities):
            return True
    return False


def _as_revised(idx: ClaimIndex, group: list[int], latest: Mapping[str, Collection[str]]) -> list[int]:
    """A group holding a revising sentence: that sentence first, without the articles that gave the old figure."""
    reviser = next((i for i in group if idx.claims[i].text in latest), None)
    if reviser is None:
        return group
    old = latest[idx.claims[reviser].text]
    return [reviser] + [i for i in group if i != reviser and idx.claims[i].article not in old]


def _keyed(idx: ClaimIndex, group: list[int], latest: Mapping[str, Collection[str]]) -> list[int]:
    """A group worded by the sentence its other carriers state best (``core_first``), with only the carriers that
    state its key claim (``confirming``); a group worded by a revision keeps its wording and carriers."""
    if any(idx.claims[i].text in latest for i in group):
        return group
    ordered = [group[k] for k in core_first([idx.claims[i] for i in group])]
    return [ordered[k] for k in confirming([idx.claims[i] for i in ordered])]


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def source_outlet(article: Article) -> str | None:
    """The outlet an article is a source of, under the name credits give it ("Associated Press" is "AP")."""
    return canonical_outlet(known_outlet(article))


def fact_relay(article: str, arts: Collection[str], idx: ClaimIndex) -> str | None:
    """The outlet ``article`` relays for a fact carried by ``arts``: the outlet the article mainly credits, unless
    that outlet's own report is in the story and does not carry the fact. An article crediting Meridian Wire once
    ("two engineers told Meridian Wire") is not relaying Meridian Wire in a sentence Meridian Wire never wrote."""
    relay = idx.articles[article].relay
    if not relay:
        return None
    own = [a for a, ac in idx.articles.items() if a != article and (source_outlet(ac.article) or "").lower() == relay.lower()]
    if own and not any(a in arts for a in own):
        return None
    return relay


def fact_relays(members: Sequence[Claim], idx: ClaimIndex) -> dict[str, str]:
    """``fact_relay`` of each article carrying a fact, for a fact several articles carry (a single article's fact
    is its own: it relays nothing)."""
    arts = {c.article for c in members}
    if len(arts) < 2:
        return {}
    return {a: relay for a in arts if (relay := fact_relay(a, arts, idx))}


def independent_sources(members: Sequence[Claim], idx: ClaimIndex, links: Sequence[DupLink],
                        relays: Mapping[str, str], copies: Mapping[str, str] | None = None) -> list[str]:
    """Names of the independent sources behind a fact's claims (one name per source); ``relays``: ``fact_relays``;
    ``copies``: ``rewrites`` (a rewrite and its original, both carrying the fact, are one source, named by the
    original)."""
    uf = _Union()
    arts = {c.article for c in members}
    copied = {a: o for a, o in (copies or {}).items() if a in arts and o in arts}
    for copy, original in copied.items():
        uf.union(copy, original)
    key_of: dict[str, str | None] = {}
    for c in members:
        key = c.credit or relays.get(c.article)
        key_of[c.article] = key
        uf.find(c.article)
        if key:
            uf.union(c.article, "outlet:" + key)
    for link in links:
        if link.a in arts and link.b in arts:
            uf.union(link.a, link.b)
    names: dict[str, str | None] = {}
    for art in sorted(arts, key=lambda a: (a in copied, a)):
        root = uf.find(art)
        key = key_of.get(art)
        if art in copied and names.get(root) is not None:
            continue  # a rewrite's source is its original's, whatever the rewrite credits
        if key:
            names[root] = key
        elif names.get(root) is None:  # an article naming its outlet names the source, whatever the id order
            names[root] = source_outlet(idx.articles[art].article)
    # Two articles of one outlet are one source too, even without a credit line. Articles whose outlet is
    # not known (records of one JSONL file, pasted texts) are not one outlet: each is a source of its own.
    known = sorted({n for n in names.values() if n}, key=str.lower)
    return known + [UNKNOWN_OUTLET] * sum(1 for n in names.values() if n is None)


UNKNOWN_OUTLET = "unknown outlet"

# An article most of whose sentences another outlet's article of the same days holds nearly word for word is a
# rewrite of it (an agency following another's report sentence by sentence): it relays that report.
REWRITE_SHARE = 0.5  # of the rewrite's sentences
REWRITE_COSINE = 0.6  # "nearly word for word": a sentence this near (TF-IDF cosine) to one of the original's
REWRITE_MIN_SENTENCES = 4  # a short item sharing two sentences is no rewrite to tell
REWRITE_DAYS = 7


def rewrites(idx: ClaimIndex) -> dict[str, str]:
    """Each article that rewrites another outlet's article of the story (``REWRITE_SHARE`` of its sentences near one
    of that article's, published within ``REWRITE_DAYS`` when both dates are known), with that article: the earlier
    one when dates tell, else the one with more sentences. Both outlets must be known and differ (articles of one
    outlet are one source anyway; records of unknown outlet are each a source of their own, copies among them are
    the dedupe stage's links)."""
    owner = np.array([c.article for c in idx.claims])
    rows = {a: np.flatnonzero(owner == a) for a in idx.articles}
    outlet = {a: (source_outlet(ac.article) or "").lower() for a, ac in idx.articles.items()}
    out: dict[str, str] = {}
    for copy, rc in rows.items():
        if len(rc) < REWRITE_MIN_SENTENCES:
            continue
        best = 0.0
        for orig, ro in rows.items():
            if orig == copy or not len(ro) or not outlet[copy] or outlet[copy] == outlet[orig] or not outlet[orig] \
                    or not _may_rewrite(idx.articles[copy].article, idx.articles[orig].article, len(rc), len(ro)):
                continue
            share = float((idx.sim[np.ix_(rc, ro)].max(axis=1) >= REWRITE_COSINE).mean())
            if share >= REWRITE_SHARE and share > best:
                best, out[copy] = share, orig
    return out


def _may_rewrite(copy: Article, orig: Article, n_copy: int, n_orig: int) -> bool:
    """Whether ``copy`` can be a rewrite of ``orig``: published within ``REWRITE_DAYS`` after it when both dates are
    known (not before it), else no longer than it (the longer of two near-copies is the original; a tie goes by the
    outlets' names, then the texts, never by ids, which depend on file names)."""
    days = _days_between(orig.date, copy.date)
    if days is not None and days != 0:
        return 0 < days <= REWRITE_DAYS
    if n_copy != n_orig:
        return n_copy < n_orig
    return ((copy.outlet or "").casefold(), copy.text) < ((orig.outlet or "").casefold(), orig.text)


def _days_between(first: str | None, second: str | None) -> int | None:
    """Days from ISO date ``first`` to ``second``; None when either is missing or unreadable."""
    try:
        return (date.fromisoformat((second or "")[:10]) - date.fromisoformat((first or "")[:10])).days
    except ValueError:
        return None


def attributions(members: Sequence[Claim], relays: Mapping[str, str]) -> tuple[Attribution, ...]:
    """Who says the fact in each carrying article, plus the outlet it is relayed from (``fact_relays``)."""
    out: list[Attribution] = []
    for c in members:
        seen = set()
        for sp in c.speakers:
            out.append(Attribution(sp.who, sp.kind, c.article, sp.role))
            seen.add(sp.who)
        relay = relays.get(c.article)
        if relay and relay not in seen and not c.credit:
            out.append(Attribution(relay, "outlet", c.article))
    return tuple(_fuller_descriptions(out))


def _fuller_descriptions(attrib: list[Attribution]) -> list[Attribution]:
    """One article's "the authority" is another's "the transport authority": a bare described organisation
    takes the fuller description of the same head noun that the fact's other articles give. Where they give two
    ("the port authority", "the transport authority"), which one "the authority" means is unknown: it stays."""
    fuller: dict[str, dict[str, str]] = {}  # head noun -> {description lowercased: as first written}
    for a in attrib:
        words = a.who.lower().split()
        if a.kind == "organization" and len(words) > 2 and is_described(a.who):
            fuller.setdefault(words[-1], {}).setdefault(a.who.lower(), a.who)
    if not fuller:
        return attrib
    out = []
    for a in attrib:
        words = a.who.lower().split()
        if a.kind == "organization" and len(words) == 2 and words[0] == "the" and len(fuller.get(words[1], ())) == 1:
            (who,) = fuller[words[1]].values()
            a = Attribution(who, a.kind, a.article, a.role)
        out.append(a)
    return out


def _not_own_outlet(attrib: Sequence[Attribution], idx: ClaimIndex) -> tuple[Attribution, ...]:
    """The attributions without an article's credit to its own outlet ("MOSCOW (AP) --" in an AP article; "told CNN"
    in CNN's): an outlet's own report relays no one."""
    def own(a: Attribution) -> bool:
        outlet = source_outlet(idx.articles[a.article].article) if a.article in idx.articles else None
        return a.kind == "outlet" and outlet is not None and (canonical_outlet(a.who) or a.who).lower() == outlet.lower()

    return tuple(a for a in attrib if not own(a))


def make_fact(members: Sequence[Claim], idx: ClaimIndex, links: Sequence[DupLink],
              copies: Mapping[str, str] | None = None) -> Fact:
    arts = tuple(dict.fromkeys(c.article for c in members))
    relays = fact_relays(members, idx)
    sources = independent_sources(members, idx, links, relays, copies)
    attrib = _not_own_outlet(attributions(members, relays), idx)
    people = [a for a in attrib if a.kind != "outlet"]
    named = [source_outlet(idx.articles[a].article) for a in arts]
    return Fact(
        text=members[0].text,
        articles=arts,
        independent_sources=len(sources),
        attribution=attrib,
        sources=tuple(sources),
        anonymous_only=bool(people) and all(a.kind == "anonymous" and not is_office(a.who) for a in people),
        outlets=len({o.lower() for o in named if o}) + named.count(None),
        unknown_outlets=named.count(None),
    )


def story_relevance(idx: ClaimIndex) -> np.ndarray:
    """How much each claim is about the story: summed cosine to the other articles' claims."""
    if not len(idx.claims):
        return np.zeros(0)
    return idx.sim.sum(axis=1)


RESTATED = 0.85  # a claim this close (times fact_similarity) to another article's claim is no single-source fact


def _carried_elsewhere(idx: ClaimIndex, i: int, cfg: CompareConfig, people: Collection[str] = (),
                       names: frozenset[str] = frozenset()) -> bool:
    """Whether another article carries claim ``i`` too: a near claim sharing ``MIN_SHARED_TERMS`` terms that nothing
    makes another fact (``compatible``: "X could get 20 years if convicted" is no restatement of "X was convicted
    and could get 20 years"). Grouping keeps one claim per article, so an article that states the story's core
    claim twice (lede, then again lower down) leaves its second version out of the group; that version is still no
    fact only one outlet reports."""
    near = np.flatnonzero(idx.sim[i] >= cfg.fact_similarity * RESTATED)
    terms = set(idx.claims[i].terms)
    return any(len(terms & set(idx.claims[j].terms)) >= MIN_SHARED_TERMS and compatible(idx.claims[i], idx.claims[j], people)
               and not other_subject_or_modality(idx.claims[i], idx.claims[j], names) for j in near)


# A sentence speaking to the reader, outside any quotation: "Read on for ...", "Go to the website and create an
# account", "This is your time of year": the page's service text, not a fact a report states.
_IMPERATIVE = r"^(?:read|go|click|see|look at|follow|sign|subscribe|watch|check|visit|download|share|join|enroll|scroll|" \
              r"find out|learn more|don't miss)\b"
_TO_THE_READER = re.compile(_IMPERATIVE + r"|\byou(?:r|'ll|’ll|'re|’re)?\b", re.IGNORECASE)
_TELLS_THE_READER = re.compile(_IMPERATIVE, re.IGNORECASE)
_QUOTED = re.compile("[\"“”]")


def _to_the_reader(claim: Claim) -> bool:
    """A sentence speaking to the reader outside any quotation ("Read on for ...", "This is your time of year")."""
    return not _QUOTED.search(claim.text) and bool(_TO_THE_READER.search(claim.text))


def _tells_the_reader(claim: Claim) -> bool:
    """A sentence telling the reader what to do ("Look at the excitement of deadline day"): it states no fact."""
    return not _QUOTED.search(claim.text) and bool(_TELLS_THE_READER.search(claim.text))


def _news_weight(claim: Claim) -> float:
    """How much a single-source sentence's story relevance counts: more for an attributed statement or a figure,
    much less for text addressed to the reader."""
    if _to_the_reader(claim):
        return 0.3
    return 1.3 if claim.speakers or any(ch.isdigit() for ch in claim.text) else 1.0


def is_question(text: str) -> bool:
    """A question ("But who was the suspected ringleader?", "Are there any planets with no moons?") or a Q&A
    line asks or answers; it reports no fact and contradicts none."""
    t = text.strip().strip("\"'“”‘’`")
    if re.match(r"(?:Q|A)\.\s", t):
        return True
    # a statement that a question after a colon follows ("... the same problems that have challenged its leaders for
    # the past 20 years: How do they slow the decline ...?") reports what it states
    head, colon, ask = t.rpartition(": ")
    frames = _FRAMES_QUESTION.search(head)  # "The question on everyone's mind: Will India sign?" asks it
    return t.endswith("?") and not (colon and ask[:1].isupper() and "?" not in head and len(head.split()) >= 6
                                    and not frames)


_FRAMES_QUESTION = re.compile(r"\b(?:question|questions|asked|asks|ask|asking|replied|replies|wonder|wonders|"
                              r"wondered|wondering|puzzle|mystery|answer)\b", re.IGNORECASE)


def build_facts(
    idx: ClaimIndex, cfg: CompareConfig, links: Sequence[DupLink], latest: Mapping[str, Collection[str]] | None = None,
    apart: Collection[frozenset[str]] = (),
) -> tuple[list[Fact], list[Fact]]:
    """(facts carried by several articles, facts resting on one outlet or one underlying report).

    ``latest``: sentences that revise a figure the others give ("Six died ..., raising the toll from four"), each
    with the articles that gave the old figure. A fact holding one is worded by it, so it states the figure as it
    now stands, and the articles that gave the old figure do not carry it (the revision lists them).
    ``apart``: pairs of sentence texts that contradict each other (the conflicts): never grouped as one fact.
    """
    asks = {i for i, c in enumerate(idx.claims) if is_question(c.text)}  # a question reports nothing
    groups = [g for g in ([i for i in g if i not in asks] for g in group_facts(idx, cfg.fact_similarity, apart)) if len(g) >= 2]
    if latest:
        groups = [_as_revised(idx, g, latest) for g in groups if not _superseded(idx, g, latest)]
        groups = [g for g in groups if len(g) >= 2]
    used = {i for g in groups for i in g}
    groups = [k for k in (_keyed(idx, g, latest or {}) for g in groups) if len(k) >= 2]
    unconfirmed = used - {i for g in groups for i in g}  # sentences whose key claim no other article states
    copies = rewrites(idx)
    facts = [make_fact([idx.claims[i] for i in g], idx, links, copies) for g in groups]
    # a fact that cannot be read alone ("He is the most popular politician in Quebec", "The latter two are in
    # custody") goes after those that can: quoted whole, it tells a reader nothing of whom it is about (U31 #9)
    facts.sort(key=lambda f: (is_dangling(f.text), -f.independent_sources, -len(f.articles)))
    people = story_people(idx.claims)
    names = frozenset(midsentence_names(idx.claims))
    relevance = story_relevance(idx)
    singles_idx = [i for i in range(len(idx.claims)) if i in unconfirmed or (
        i not in used and i not in asks and not _carried_elsewhere(idx, i, cfg, people, names))]
    singles_idx.sort(key=lambda i: (is_dangling(idx.claims[i].text), -(relevance[i] * _news_weight(idx.claims[i]))))
    singles = [make_fact([idx.claims[i]], idx, links) for i in singles_idx[: cfg.max_facts]]
    relayed = [f for f in facts if f.independent_sources == 1]
    return facts[: cfg.max_facts * 2], relayed[: cfg.max_facts] + singles
