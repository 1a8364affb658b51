"""Whether two sentences that share words state one fact, as a journalist would count it for corroboration.

Sharing words is not enough: "Henderson received two life sentences" does not confirm "McKinney will serve two
life sentences" (another person), "McKinney could receive the death penalty if convicted" does not confirm "A jury
has convicted McKinney" (another stage of the case), and "40 percent fewer than the Galaxy S4" does not confirm
"40 percent fewer than expected" (another comparison). Each test here names one such difference.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.compare.attribution import SPEECH_WORD
from newsdesk.compare.claims import _DEMONYM_END, _SCALE, _VAGUE, MONTHS, WEEKDAYS, Claim, name_spans, tokens
from newsdesk.compare.conflicts.lexicon import _ORG_WORDS
from newsdesk.compare.conflicts.names import _actor_sort, _person_like
from newsdesk.compare.conflicts.values import _compatible, _qualified, _vague_ok
from newsdesk.sentences import dateline_end
from newsdesk.text import STOPWORDS, content_terms, without_accents

# A sentence being served ("serving life sentences", "serving a prison term"): a case past its verdict.
SERVING_TERM = r"serving (?:a |two |three |\w+ )?(?:life |prison |jail )?(?:sentences?|terms?)"
# Stages of a case or of a casualty: a sentence at one stage does not confirm a sentence at another ("is charged
# with murder" / "was convicted of murder"; "five were killed" / "five were injured").
_STAGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("accused", re.compile(r"\b(?:charged|charges|accused|arrested|indicted|suspected|alleged(?:ly)?|"
                           r"awaiting trial|pleaded not guilty)\b", re.IGNORECASE)),
    ("convicted", re.compile(r"\b(?:convicted|found (?:\w+ )?guilty|pleaded guilty|sentenced|guilty verdict|"
                             rf"{SERVING_TERM})\b", re.IGNORECASE)),
    ("acquitted", re.compile(r"\b(?:acquitted|found (?:\w+ )?not guilty|cleared of)\b", re.IGNORECASE)),
    ("dead", re.compile(r"\b(?:killed|dead|died|deaths?(?! penalty| sentence| row| threat))\b", re.IGNORECASE)),
    ("hurt", re.compile(r"\b(?:injured|wounded|hurt|injuries)\b", re.IGNORECASE)),
)
# A word every "convicted" or "acquitted" pattern above holds: a cheap test before ``stages`` for text that cannot
# state a verdict (keep it in step with the patterns).
VERDICT_WORDS = ("convicted", "guilty", "sentence", "serving", "acquitted", "cleared of", "verdict")
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|before|until) (?:he |she |they )?(?:is |are |was |were )?"
                           r"(?:convicted|found guilty|sentenced)\b", re.IGNORECASE)
_CASE = ("accused", "convicted", "acquitted")
_CASUALTY = ("dead", "hurt")


def stages(text: str) -> set[str]:
    """The stages a sentence states ("accused", "convicted", "acquitted"; "dead", "hurt"); "if convicted" is the
    accused stage (the verdict has not come)."""
    plain = _HYPOTHETICAL.sub(" ", text)
    found = {name for name, pat in _STAGES if pat.search(plain)}
    if _HYPOTHETICAL.search(text):
        found.add("accused")
    return found


def different_stage(a: str, b: str) -> bool:
    """Whether one sentence is at a stage of a case (or a casualty count) that the other is not at, and neither
    states the other's: "McKinney, 22, is charged with first-degree murder" / "A jury has now convicted McKinney"."""
    sa, sb = stages(a), stages(b)
    for family in (_CASE, _CASUALTY):
        fa, fb = sa.intersection(family), sb.intersection(family)
        if fa and fb and not fa & fb:
            return True
    return False


# "than" before a figure is a quantity ("more than 200 people"), not a comparison.
_THAN = re.compile(r"\bthan\s+(?!\d|(?:a|an|about|some|half|one|two|three|four|five|six|seven|eight|nine|ten|"
                   r"twenty|thirty|forty|fifty|hundred|dozen)\b)((?:[\w'’-]+\s*){1,5})", re.IGNORECASE)


def comparands(text: str) -> set[str]:
    """What a sentence compares against, as the first five letters of its content words ("40 percent fewer than the
    previous Galaxy S4 model" -> {previ, galax, s4, model}; "than expected" -> {expec}; "Lehman's collapse" and
    "Lehman collapsed" alike)."""
    return {t.lower()[:5] for m in _THAN.finditer(text) for t in re.findall(r"[^\W_]+", m.group(1))
            if t.lower() not in STOPWORDS}


def different_comparison(a: str, b: str) -> bool:
    """Whether both sentences compare against something and the two comparisons have nothing in common: "sold 40
    percent fewer than the previous model" and "sold 40 percent fewer than expected" are two facts."""
    ca, cb = comparands(a), comparands(b)
    return bool(ca) and bool(cb) and not ca & cb


def people_named(claim: Claim, people: Collection[str]) -> set[str]:
    """Surnames (lower case) of the people a sentence names, from ``people`` (``story_people``), leaving out a name
    that qualifies a noun ("the Macpherson report", "the Clinton administration")."""
    toks = claim.slots.tokens
    return {w for i, j in name_spans(toks) if not _qualifies_a_noun(toks, i, j)
            for w in map(_surname, toks[i:j]) if w in people}


def _qualifies_a_noun(toks: Sequence[str], i: int, j: int) -> bool:
    """ "the Macpherson report", "Tony Blair's government": the name says which report or government."""
    after = toks[j][:1].islower() if j < len(toks) else False
    return after and (i > 0 and toks[i - 1].lower() == "the" or bool(re.search(r"['’]s?$", toks[j - 1])))


def _surname(token: str) -> str:
    return re.sub(r"['’]s$", "", token).lower()


def story_people(claims: Iterable[Claim]) -> set[str]:
    """Surnames (lower case) of the people a story names as people: someone quoted by name, or a name with a title
    before it, a middle initial, an age or "said" / ", who" after it ("Judge Barton Voigt", "Russell Henderson,
    22,"). A word the story also writes in lower case, or in the name of a place, is no surname ("Match of the Day",
    "Air France")."""
    out: set[str] = set()
    lower: set[str] = set()
    for c in claims:
        toks = c.slots.tokens
        lower.update(t for t in toks if t[:1].islower())
        lower.update(w.lower() for place in c.places for w in place.split())
        out.update(_surname(sp.who.split()[-1]) for sp in c.speakers
                   if sp.kind == "named" and sp.who.split() and _may_be_surname(sp.who.split()[-1]))
        for i, j in name_spans(toks):
            j = next((k for k in range(i + 1, j) if toks[k] == "of"), j)  # "Merlene Ottey of Jamaica"
            aged = j + 2 < len(toks) and toks[j] == "," and toks[j + 1].isdigit() and toks[j + 2] == ","
            if j - i > 1 and (_person_like(toks, i, j) or aged) and _may_be_surname(toks[j - 1]):
                out.add(_surname(toks[j - 1]))
    return out - lower


def _may_be_surname(word: str) -> bool:
    """Not an acronym ("BT") or a company word ("Corp", "PLC")."""
    return not word.isupper() and _surname(word).rstrip(".") not in _ORG_WORDS | _COMPANY_ENDINGS


_COMPANY_ENDINGS = frozenset(["plc", "llp", "llc", "ltd", "co", "sa", "ag", "gmbh"])


def different_people(a: Claim, b: Claim, people: Collection[str]) -> bool:
    """Whether two sentences are about different people: one opens with a person as its subject, both name people
    (``story_people``) besides who says them, and they name none in common, who says them included. "Henderson
    received two life sentences" / "According to the deal, McKinney will serve two life sentences"; not "The
    Laramie Project premiered, a play about Matthew Shepard" / "..., Galloway said after watching The Laramie
    Project, a play by Moises Kaufman" (a play, not a person, is what both are about)."""
    spk_a = {_surname(sp.who.split()[-1]) for sp in a.speakers if sp.who.split()}
    spk_b = {_surname(sp.who.split()[-1]) for sp in b.speakers if sp.who.split()}
    open_a, open_b = opening_person(a), opening_person(b)
    pa, pb = people_named(a, people) | open_a, people_named(b, people) | open_b
    if not (pa - spk_a and pb - spk_b) or (pa | spk_a) & (pb | spk_b):
        return False
    return bool(open_a or open_b) or subject_is_a_person(a, people, spk_a) or subject_is_a_person(b, people, spk_b)


def opening_person(claim: Claim) -> set[str]:
    """The surname of the person a sentence opens with, named in full and doing something ("Andy Carroll has
    completed his move ..."), even when the story never quotes or titles them; else nothing."""
    toks = tokens(claim.text[dateline_end(claim.text):].lstrip("\"“'‘` "))
    spans = name_spans(toks)
    if not spans or spans[0][0] != 0:
        return set()
    i, j = spans[0]
    words = toks[i:j]
    if not 2 <= j - i <= 3 or not all(w.isalpha() for w in words) or j >= len(toks) or not toks[j][:1].islower() \
            or _actor_sort(toks, i, j) != "person" or not _may_be_surname(words[-1]):
        return set()
    return {_surname(words[-1])}


_PRONOUNS = frozenset(["he", "his", "him", "she", "her", "hers"])
# A person named by a noun before the pronoun, who the pronoun may stand for ("The second attacker detonated his vest")
_PERSON_NOUNS = frozenset(["man", "woman", "men", "women", "boy", "girl", "attacker", "bomber", "gunman", "suspect",
                           "assailant", "driver", "victim", "officer", "official", "spokesman", "spokeswoman", "brother",
                           "sister", "son", "daughter", "father", "mother", "wife", "husband", "friend", "player",
                           "teacher", "student", "individual", "person", "who", "pilot", "leader", "president"])


def _pronoun_for_someone_before(toks: Sequence[str]) -> bool:
    """Whether a sentence says "he", "his", "she" or "her" of someone named before it: no person noun comes before
    the pronoun ("The second attacker detonated his vest" is of the attacker), and it is no "he said" of a speaker."""
    for k, t in enumerate(toks):
        low = t.lower()
        if low in _PERSON_NOUNS or low.rstrip("s") in _PERSON_NOUNS:
            return False
        if low in _PRONOUNS:
            nxt = toks[k + 1].lower() if k + 1 < len(toks) else ""
            if nxt not in ("said", "says", "told", "added"):
                return True
    return False


def unknown_person(a: Claim, b: Claim, words_a: Collection[str]) -> bool:
    """Whether ``a`` names its person only by a pronoun ("An international warrant is out for his arrest") while
    ``b`` names a person in full whom ``a``'s article never names (``words_a``: that article's words, as
    ``consensus.article_words`` gives them): "a judge has issued a warrant for a man named as Mohamed Abrini" is not
    what an article that never names Abrini says of "him". Who says ``b`` is left out."""
    if _people_of(a) or not _pronoun_for_someone_before(a.slots.tokens):
        return False
    return any(not _mentioned(name, words_a) for name in _full_names(b))


def _mentioned(name: str, words: Collection[str]) -> bool:
    """Whether a name (lower case) is among an article's words, accents aside ("Mostefaï" / "Mostefai")."""
    if name in words:
        return True
    plain = without_accents(name)
    return any(without_accents(w) == plain for w in words if len(w) == len(name))


def _people_of(claim: Claim) -> set[str]:
    """The surnames of the people a sentence names in full (``_full_names``) or opens with (``opening_person``)."""
    return _full_names(claim) | opening_person(claim)


def _full_names(claim: Claim) -> set[str]:
    """The surnames (lower case) of the names of two or three words a sentence gives that read as a person's ("Omar
    Ismail Mostefai", "Mohamed Abrini"), who says it left out."""
    speakers = {_surname(sp.who.split()[-1]) for sp in claim.speakers if sp.who.split()}
    toks = claim.slots.tokens
    return {_surname(toks[j - 1]) for i, j in name_spans(toks) if 2 <= j - i <= 3
            and all(t.isalpha() for t in toks[i:j]) and _actor_sort(toks, i, j) == "person"
            and _may_be_surname(toks[j - 1])} - speakers


_ACCORDING = re.compile(r"^(?:according to|under|in|on|at|after|by contrast)\b[^,]{0,60},\s*", re.IGNORECASE)


def subject_name(claim: Claim, speakers: Collection[str] = (), lower: Collection[str] = ()) -> tuple[str, ...]:
    """The words (lower case) of the first name a sentence gives, after an opening "According to ..." or "Under ..."
    phrase, leaving out who says it, a weekday or month, and a capitalised first word the story writes in lower case
    elsewhere ("Coverage will also appear on CNBC"); () when it names none."""
    toks = tokens(_ACCORDING.sub("", claim.text[dateline_end(claim.text):]))
    for i, j in name_spans(toks):
        words = tuple(_surname(t) for t in toks[i:j])
        if set(words) & set(speakers) or j - i == 1 and (words[0] in lower or words[0] in _CALENDAR):
            continue
        return () if _qualifies_a_noun(toks, i, j) else words
    return ()


_CALENDAR = frozenset(WEEKDAYS + MONTHS)


def _opening_name(claim: Claim, names: Collection[str]) -> tuple[str, ...]:
    """The name a sentence opens with, as its subject ("Swansea could also earn ...", "The EPL has sold ...", after
    an opening "According to ..." phrase); () when it opens otherwise ("There is one major American carrier ...").
    A single capitalised first word is a name only when the story writes it capitalised inside a sentence too
    (``midsentence_names``): "Separately, ...", "Growth rates are falling" open with no name."""
    toks = tokens(_ACCORDING.sub("", claim.text[dateline_end(claim.text):]).lstrip("\"“'‘` "))
    spans = name_spans(toks)
    if not spans or spans[0][0] > (1 if toks[0].lower() == "the" else 0):
        return ()
    i, j = spans[0]
    words = tuple(_surname(t) for t in toks[i:j])
    if _qualifies_a_noun(toks, i, j):
        return ()  # "Tony Blair's government is promising ...": the government
    if j - i == 1 and (words[0] not in names or words[0] in _CALENDAR or re.match(r"i['’]", words[0])
                       or _DEMONYM_END.search(words[0]) and j < len(toks) and toks[j][:1].islower()):
        return ()  # "Separately, ...", "I'm ...", "Jamaican sprinter ..."
    return words


def midsentence_names(claims: Iterable[Claim]) -> set[str]:
    """Words (lower case) a story writes capitalised right after a lower-case word ("approved by Celebra's maker")
    and never in lower case: names, not a sentence's first word ("Eventually", "Both", "Pilots")."""
    out: set[str] = set()
    lower: set[str] = set()
    for c in claims:
        toks = c.slots.tokens
        lower.update(t for t in toks if t[:1].islower())
        out.update(_surname(t) for i, j in name_spans(toks) if i > 0 and toks[i - 1][:1].islower() for t in toks[i:j])
    return out - lower


def subject_is_a_person(claim: Claim, people: Collection[str], speakers: Collection[str] = ()) -> bool:
    """Whether the first name a sentence gives (``subject_name``) is a person's ("The other defendant, Russell
    Henderson, pleaded ...")."""
    return bool(set(subject_name(claim, speakers)) & set(people))


def subject_unknown(claim: Claim, other_article_words: Collection[str], names: Collection[str]) -> bool:
    """Whether a sentence opens with a name (``_opening_name``) that another article never mentions: "Swansea could
    earn a Europa League place through the Fair Play League" is not what an article that never names Swansea
    reports (``names``: ``midsentence_names``). A word of the name counts as mentioned when a word there begins
    with its first five letters ("Quebecers" / "Quebec"), and the name as a whole when its initials are a word
    there ("The Local Co-ordination Committees" / "the LCC"). An acronym ("EPL", "ESPN") may stand for a name
    written out there: it is not tested; nor is who says the sentence ("Keegan said after Sunday's game: ...")."""
    spk = {_surname(w) for sp in claim.speakers for w in sp.who.split()}
    opening = _opening_name(claim, names)
    if set(opening) & spk:
        return False
    name = [w for w in opening if len(w) > 2 and w not in _NAME_LINKS]
    acronym = any(t.isupper() and len(t) > 1 for t in claim.slots.tokens if _surname(t) in name)
    if not name or acronym:
        return False
    initials = "".join(w[0] for w in opening if w not in _NAME_LINKS)
    stems = {w[:5] for w in other_article_words if len(w) >= 5}
    return initials not in other_article_words and not any(
        w in other_article_words or len(w) >= 5 and w[:5] in stems for w in name)


_NAME_LINKS = frozenset(["the", "of", "and", "for", "al-", "de", "van", "von"])


# Polarity: "Scientists found no traces of chemical weapons" does not confirm "soil samples showed traces of an
# ingredient for VX"; a sentence that denies what another asserts is the opposite statement, not the same fact.
_NEGATOR = re.compile(r"^(?:not|never|no|none|nobody|nothing|neither|nor|cannot|without)$|n['’]t$", re.IGNORECASE)
# "not only", "no longer", "no more than 10", "no doubt": no denial of what follows
_NOT_DENIED = frozenset(["only", "longer", "more", "less", "fewer", "doubt", "matter", "sooner", "one", "just"])
# Words between a negator and what it denies: "did not yet find", "has never been charged", "no such evidence"
_BEFORE_DENIED = frozenset(["be", "been", "being", "is", "are", "was", "were", "have", "has", "had", "a", "an", "any",
                            "the", "yet", "even", "ever", "so", "to", "do", "does", "did", "such", "directly", "also",
                            "immediately", "initially", "formally", "publicly", "officially"])
# A sentence holding one of these says that something is not so, in other words ("was unable to say", "failed to
# return", "it is unclear whether"): its polarity is no plain affirmation.
_NEGATIVE_WORD = re.compile(r"\b(?:unable|fail(?:s|ed|ing)?|unclear|unknown|refus(?:e|es|ed|ing)|den(?:y|ies|ied|ying)|"
                            r"lack(?:s|ed|ing)?|absence|absent|ruled out|instead|rather than|unconfirmed|failure|"
                            r"refrain(?:s|ed|ing)?)\b", re.IGNORECASE)
_NEGATED_REACH = 2  # content words a negator reaches: "found no traces", "did not violate", "no chemical weapons"


@lru_cache(maxsize=50_000)
def negated_terms(text: str) -> frozenset[str]:
    """The content terms (stemmed) a sentence denies: the words right after "not", "no", "never", "n't" up to the
    next function word or punctuation ("found no traces of chemical weapons" -> {trac}; "did not violate any law"
    -> {violat}), leaving out a term the sentence also states outside any denial ("some show no symptoms, but
    others suffer flu-like symptoms"). No denial: "whether or not", "urged him not to block" (a request), "had not
    been reported until August" (a date), "no other explanation than" (an "only"), a clause opened by a contrast,
    a condition or a question (``_CONTRAST``)."""
    toks = tokens(text)
    denied: set[str] = set()
    scope: set[int] = set()
    for i, tok in enumerate(toks):
        if not _NEGATOR.search(tok) or _no_denial(toks, i):
            continue
        taken = 0
        for k in range(i + 1, len(toks)):
            low = toks[k].lower()
            if not toks[k][:1].isalnum() or taken and low in STOPWORDS or taken >= _NEGATED_REACH:
                break
            scope.add(k)
            if low in _BEFORE_DENIED or low in STOPWORDS:
                continue
            denied.update(content_terms(toks[k]))
            taken += 1
    for i, tok in enumerate(toks):  # "X denied that the brakes had been serviced": the clause after is denied
        if tok.lower() == "no" and i + 2 < len(toks) and toks[i + 1].lower() in _NO_GROUNDS \
                and toks[i + 2].lower() == "that" and (i + 3 >= len(toks) or toks[i + 3].lower() not in _TIME_NOUNS):
            k = i + 2  # "had no evidence that BZ was used", "no sign that the plant made weapons" (U28 #1)
        elif tok.lower() not in _DENY_VERBS:
            continue
        else:
            k = i + 1
        while k < len(toks) and toks[k].lower() in _DENIED_THINGS:  # "denied (the) claims that ..."
            k += 1
        if k >= len(toks) or toks[k].lower() != "that" or _no_denial(toks, i):
            continue
        for j in range(k + 1, len(toks)):
            if not toks[j][:1].isalnum() or toks[j].lower() in _CLAUSE_ENDS:  # "... and said it would hire 200"
                break
            scope.add(j)
            denied.update(content_terms(toks[j]))
    stated = {t for k, tok in enumerate(toks) if k not in scope for t in content_terms(tok)}
    return frozenset(denied - stated)


_DENY_VERBS = frozenset(["deny", "denies", "denied", "denying"])
# "no evidence that ...": what the clause after "that" says is denied, as after "denied that"
_TIME_NOUNS = frozenset(["day", "night", "morning", "afternoon", "evening", "week", "month", "year", "time", "way"])
_NO_GROUNDS = frozenset(["evidence", "proof", "sign", "signs", "indication", "indications", "trace", "traces"])
_CLAUSE_ENDS = frozenset(["and", "but", "while", "whereas", "although", "though", "because"])
_DENIED_THINGS = frozenset(["the", "claims", "claim", "reports", "report", "allegations", "allegation", "suggestions"])


# A negator in a clause these open asserts no denial: a contrast ("..., while Air France Concordes had not been
# modified"), a condition or an open question ("if the samples were not his", "why the park should not be listed").
_CONTRAST = frozenset(["while", "whereas", "although", "though", "but", "except", "unlike", "if", "unless", "whether",
                       "why"])
# "no other explanation ..., other than ...", "nothing but", "none except": an "only" statement, which a sentence
# saying "only" confirms
_ONLY = re.compile(r"^\W*(?:but|except|besides|apart from|other than)\b|\b(?:other than|except|besides)\b", re.IGNORECASE)


def _no_denial(toks: Sequence[str], i: int) -> bool:
    """Whether the negator at ``i`` denies nothing a confirmation could assert (see ``negated_terms``)."""
    nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
    prev = toks[i - 1].lower() if i else ""
    if nxt in _NOT_DENIED or nxt == "to" or prev == "or" or toks[i].lower() == "no" and (nxt[:1].isdigit() or nxt == "."):
        return True
    if any(t.lower() in ("until", "till") for t in toks[i + 1:i + 8]) \
            or toks[i].lower() in ("no", "nothing", "none") and bool(_ONLY.search(" ".join(toks[i + 1:]))):
        return True
    clause = next((k for k in range(i - 1, -1, -1) if toks[k] in (",", ";", ":")), -1)
    return any(t.lower() in _CONTRAST for t in toks[clause + 1:i])


@lru_cache(maxsize=50_000)
def affirms(text: str) -> bool:
    """Whether a sentence states what it states with no negation at all (no "not", "no", "never", "n't", and no
    "unable", "failed", "unclear", "denied" ...)."""
    return not any(_NEGATOR.search(t) for t in tokens(text)) and not _NEGATIVE_WORD.search(text)


@lru_cache(maxsize=50_000)
def affirmed_terms(text: str) -> frozenset[str]:
    """The content terms a sentence asserts before any negation: all of them when it negates nothing (``affirms``),
    else those of the clauses before the one holding the first negator or negative word ("X said the vessel lost
    steering and that no crew members were hurt" asserts {vessel, lost, steering}; "X denied that ..." and "None of
    the five suspects was prosecuted" assert nothing)."""
    if affirms(text):
        return frozenset(content_terms(text))
    toks = tokens(text)
    first = next((k for k, t in enumerate(toks) if _NEGATOR.search(t)), len(toks))
    head = " ".join(toks[:first])
    m = _NEGATIVE_WORD.search(head)
    head = head[:m.start()] if m else head
    breaks = list(_CLAUSE_BREAK.finditer(head))
    if first < len(toks) and not breaks:
        return frozenset()  # "Five youths ... have never been prosecuted": the negation is the main clause's
    return frozenset(content_terms(head[:breaks[-1].start()] if first < len(toks) else head))


# Where a clause of its own opens, whose negation leaves what came before asserted ("X said the vessel lost steering
# [and that] no crew members were hurt")
_CLAUSE_BREAK = re.compile(r"\s(?:and|but) that\b|\s?,\s(?:and|but|while|although)\b|\s?;", re.IGNORECASE)


def opposite_polarity(a: Claim, b: Claim, about: Claim | None = None) -> bool:
    """Whether one sentence denies what the other asserts with no negation before it (``affirmed_terms``): "Chemists
    found no traces of chemical weapon compounds" / "soil samples showed traces of an ingredient for making VX";
    "X denied that the vessel lost steering" / "X said the vessel lost steering and that no crew members were hurt".
    ``about``: a fact both carry; only a denial of what it states too matters ("... until no innocent person will
    face the death penalty" and "13 men were shown to be innocent" both carry "Ryan suspended executions")."""
    stated = set(about.terms) if about is not None else None
    for x, y in ((a, b), (b, a)):
        denied = negated_terms(x.text) & set(y.terms) & (stated if stated is not None else set(y.terms))
        if denied and denied <= affirmed_terms(y.text):
            return True
    return False


# Figures: "the surplus will total $2.9 trillion" is not confirmed by "the surplus would total $1.9 trillion", nor
# "expandable up to 128GB" by "a slot for up to 64GB". Two figures count the same thing when the conflict finder's
# reading of what each counts (``numbers._number_role``: the nouns after it, "GB", "passengers") shares a word, or
# when both are amounts of money. To withhold a confirmation it is enough that they may be one figure told twice;
# whether to show them as a contradiction is the conflict finder's call, which asks for more.
MONEY = "=money"


@dataclass(frozen=True, slots=True)
class Figure:
    """A number of a sentence as written ("1.9" of "$1.9 trillion"), its scale word's factor, what it counts
    (``MONEY`` for an amount of money) and whether it is given loosely ("about", "up to", "hundreds")."""

    text: str
    value: float
    scale: float
    counts: frozenset[str]
    approx: bool
    start: int = -1  # its tokens in the sentence: [start, end), a scale word after it included
    end: int = -1

    @property
    def amount(self) -> float:
        return self.value * self.scale


@lru_cache(maxsize=50_000)
def figures(toks: tuple[str, ...]) -> tuple[Figure, ...]:
    """The figures of a sentence's tokens (``Slots.tokens``), read by the conflict finder's slot readers."""
    # imported here: the conflict finder's modules import consensus (ClaimIndex), which imports this module
    from newsdesk.compare.conflicts.numbers import _money, _number_role
    from newsdesk.compare.conflicts.slots import _typed_slots

    out: list[Figure] = []
    for typ, i, j, value in _typed_slots(toks):
        if typ != "number":
            continue
        scale = float(_SCALE.get(toks[j].lower(), 1.0)) if j < len(toks) else 1.0
        counts = _number_role(toks, i, j)[0]
        if counts == {"year-old"}:
            counts = frozenset()  # two ages, of whom is not said alike ("a 19-year-old man" / "Kanasho Johns, 27")
        if _money(toks, i, j):
            counts |= {MONEY}
        out.append(Figure(toks[i], float(value), scale, counts,
                          _qualified(toks, i) or toks[i].lower() in _VAGUE, i, j + (scale != 1.0)))
    return tuple(out)


def same_figure(x: Figure, y: Figure) -> bool:
    """Whether two figures agree: equal up to rounding ("$3 trillion" / "$2.9 trillion"), more loosely when either is
    given loosely ("more than 200,000" / "220,000"), a vague one holding the other ("hundreds" / 300)."""
    loose = x.approx or y.approx
    if x.scale == y.scale and _compatible(x.value, y.value, loose):
        return True
    return _compatible(x.amount, y.amount, loose) or _vague_ok(x.text, x.amount, y.text, y.amount)


def figures_differ(a: Claim, b: Claim, about: Claim | None = None) -> bool:
    """Whether two sentences give different figures for what may be one thing: two figures that are each other's
    closest match (``_closest``: the most counted words shared, or both money), and neither sentence also gives the
    other's figure (a sentence stating the old and the new figure, "up from 30", confirms the one it shares). Where
    a sentence lists several alike ("16GB or 32GB versions"), which one the other's "up to 128GB" would be is not
    known: no difference is read. ``about``: the sentence both carry; only a figure of something it counts too
    matters (two carriers of "Abrini was seen at a petrol station" that give him two ages both carry it)."""
    return differing_figures(a, b, about) is not None


def differing_figures(a: Claim, b: Claim, about: Claim | None = None) -> tuple[Figure, Figure] | None:
    """The first two figures, one of each sentence, that ``figures_differ`` reads as one thing given two values."""
    fa, fb = figures(a.slots.tokens), figures(b.slots.tokens)
    fc = figures(about.slots.tokens) if about is not None else None
    for x in fa:
        y = _closest(x, fb)
        if y is None or same_figure(x, y) or _closest(y, fa) is not x \
                or fc is not None and not any(z.counts & (x.counts | y.counts) for z in fc):
            continue
        if not any(same_figure(x, z) for z in fb) and not any(same_figure(y, z) for z in fa):
            return x, y
    return None


def _closest(x: Figure, others: Sequence[Figure]) -> Figure | None:
    """The one figure of ``others`` sharing the most counted words with ``x`` (None when none shares any, or two
    share the most)."""
    shared = [len(x.counts & y.counts) for y in others]
    top = max(shared, default=0)
    if not top or shared.count(top) > 1:
        return None
    return others[shared.index(top)]


# One event told in other words: "Piccard and Jones landed just after 8 a.m. local time" and "The balloon landed gently
# at 08:03 local time at Mut" share few words, but the same thing done at the same minute of the day is one event. A
# time of day is rare enough in news copy to tie two reports; a date or a weekday is not (many events of a story share
# them).
_TIME_OF_DAY = re.compile(r"\b([01]?\d|2[0-3])(?::([0-5]\d))?\s*([ap])\.?m\b\.?|\b([01]?\d|2[0-3]):([0-5]\d)\b",
                          re.IGNORECASE)
SAME_MINUTE = 5  # minutes apart two times of day may be and be one ("just after 8 a.m." / "08:03")
# Words that tell the time, not what happened at it
_TIME_WORDS = frozenset(content_terms("local time gmt utc est edt morning night afternoon hours minutes a.m. p.m. am "
                                      "pm around about just after before"))


@lru_cache(maxsize=50_000)
def times_of_day(text: str) -> frozenset[int]:
    """The times of day a sentence gives, in minutes after midnight ("8 a.m." -> 480, "08:03" -> 483, "9:40 p.m."
    -> 1300); a figure with no colon and no a.m./p.m. ("0603 GMT", "the 8 victims") is none, nor is either end of a
    span ("between 9:25 p.m. and 9:36 p.m.": what happened in it is not told at either minute)."""
    found = list(_TIME_OF_DAY.finditer(text))
    spans = {k for k in range(len(found) - 1)
             if _SPAN_LINK.fullmatch(text[found[k].end():found[k + 1].start()])}
    out: set[int] = set()
    for k, m in enumerate(found):
        if k in spans or k - 1 in spans:
            continue
        if m.group(3):
            hour, minute = int(m.group(1)) % 12, int(m.group(2) or 0)
            out.add((hour + (12 if m.group(3).lower() == "p" else 0)) * 60 + minute)
        else:
            out.add(int(m.group(4)) * 60 + int(m.group(5)))
    return frozenset(out)


_SPAN_LINK = re.compile(r"\s*(?:and|to|until|till|-|–|—)\s*", re.IGNORECASE)


def same_time_of_day(a: str, b: str) -> bool:
    """Whether two sentences give one time of day (within ``SAME_MINUTE``)."""
    return any(abs(x - y) <= SAME_MINUTE for x in times_of_day(a) for y in times_of_day(b))


def event_terms(terms: Collection[str]) -> set[str]:
    """Stated terms that tell what happened, not when (``_TIME_WORDS`` left out)."""
    return set(terms) - _TIME_WORDS


# When: "Motsak on Monday confirmed the death of the 118 crew" is not confirmed by "Efforts continued Friday to save the
# 118 crew", nor "Mongolia and Japan established relations in 1972" by "The United States and Mongolia established
# relations in January 1987". A weekday, a day of a month, a month or a year that both sentences give, and give
# differently, makes them two events (a time of day is left to ``same_time_of_day``: "11:40" and "11:45" are one).
_WHEN_KINDS = ("weekday", "day", "month", "year")


def _when(claim: Claim) -> dict[str, set[str]]:
    """The sentence's dates by kind ("weekday" -> {"monday"}), its dateline left out (``Slots.dates``), less a decade
    ("the mid-1990s" is no year) and the weekday of a closing attribution (``_told_on``)."""
    toks = claim.slots.tokens
    decades = {toks[k] for k in range(len(toks) - 1) if toks[k + 1] == "s"}
    told = _told_on(claim.text)
    out: dict[str, set[str]] = {}
    for d in claim.dates:
        kind, _, value = d.partition(":")
        if kind in _WHEN_KINDS and not (kind == "year" and value in decades or kind == "weekday" and value in told):
            out.setdefault(kind, set()).add(value)
    return out


_TOLD_WORDS = 15  # words of a closing ", the World Wide Fund for Nature said in a report issued here Thursday"


@lru_cache(maxsize=50_000)
def _told_on(text: str) -> frozenset[str]:
    """The weekdays of a closing attribution (", an international conservation organization warned Wednesday"): the
    day an outlet heard it, which two outlets reporting one statement a day apart give differently."""
    tail = text[dateline_end(text):].rsplit(",", 1)[-1]
    if len(tail.split()) > _TOLD_WORDS or not SPEECH_WORD.search(tail):
        return frozenset()
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", tail) if w.lower() in WEEKDAYS)


def different_dates(a: Claim, b: Claim, about: Claim | None = None) -> bool:
    """Whether two sentences date what they tell differently: a kind of date (weekday, day, month, year) that both
    give, with no value in common ("on Monday" / "Friday"; "in 1988" / "The 1994 ruling"). ``about``: a fact both
    carry; only a kind of date it gives too matters (two carriers of "The Kursk sank in the Barents Sea" may date
    their own reports differently)."""
    wa, wb = _when(a), _when(b)
    kinds = set(_when(about)) if about is not None else set(_WHEN_KINDS)
    return any(not wa[k] & wb[k] for k in wa.keys() & wb.keys() & kinds)
