"""Denials: a sentence that denies or dismisses, set against the claim of another speaker it denies."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsdesk.compare.claims import _DENIAL, Claim
from newsdesk.compare.conflicts.actors import _SPEECH_STEMS, _speaker_names
from newsdesk.compare.conflicts.lexicon import _FUNCTION_CAPS, _first_word
from newsdesk.compare.conflicts.params import DENIAL, DENIAL_UNANCHORED
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.compare.fact_match import affirmed_terms, negated_terms
from newsdesk.text import STOPWORDS, content_terms

_VAGUE_OBJECT = re.compile(r"\b(?:the|these|those|such)\s+(?:claims?|reports?|allegations?|accusations?|charges?|"
                           r"stories|story|rumou?rs?)\b(?!\s+(?:that|of))", re.IGNORECASE)


def _proper_terms(c: Claim) -> set[str]:
    """Lower-cased capitalised words (not sentence-initial) and numbers of a claim, speakers excluded."""
    toks = c.slots.tokens
    first = _first_word(toks)
    skip = _speaker_names(c)
    return {t.lower() for k, t in enumerate(toks) if k != first and (t[:1].isupper() or t[:1].isdigit())
            and t.lower() not in skip and t.lower() not in _FUNCTION_CAPS and len(t) > 1}


_CLAUSE_END = re.compile(r",?\s+\b(?:while|whereas|but|although|calling|saying|adding|as|however)\b|;")
# A small news lexicon so that a denial's wording reaches the claim's ("a buildup of forces" / "troops arrived").
_SYNONYMS = {t: "TROOP" for t in content_terms("troops forces soldiers fighters")} | {
    t: "DEPLOY" for t in content_terms("buildup build-up arrived arriving arrival deployed deployment massing gathering "
                                       "crossed crossing entered")} | {
    t: "STRIKE" for t in content_terms("strikes airstrikes raids bombing bombed warplanes planes air")} | {
    t: "KILL" for t in content_terms("killed killing killings deaths dead")}


# "and" opening a clause of its own (a subject, then a verb): "denied the report, and Trump has defended his firing",
# "has denied the allegations and again this case has been won".
_NEW_CLAUSE = re.compile(r",?\s+and\s+(?:again\s+|also\s+|then\s+)?(?:[A-Z][\w'’-]*|he|she|they|it|we|this\s+\w+|that\s+\w+|"
                         r"the\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+)\s+(?:has|have|had|is|was|were|are|will|would|said|"
                         r"says|did|does|also)\b")


def _norm(terms: Iterable[str]) -> set[str]:
    return {_SYNONYMS.get(t, t) for t in terms}


def _denial_terms(c: Claim) -> set[str]:
    """Terms of the denying clause only ("X denied claims that Y", not the ", while Z said" after it)."""
    m = _DENIAL.search(c.text)
    clause = c.text[m.start():] if m else c.text
    clause = _CLAUSE_END.split(clause, maxsplit=1)[0]
    if " that " not in clause:  # "denied the report, and Trump has defended ...": the object ends before the new clause
        clause = _NEW_CLAUSE.split(clause, maxsplit=1)[0]
    names = {t for sp in c.speakers for t in content_terms(f"{sp.who} {sp.role or ''}")}
    return _norm(set(content_terms(clause)) - _SPEECH_STEMS - names)


def _coverage(query: set[str], terms: set[str], idf: dict[str, float]) -> float:
    if not query:
        return 0.0
    total = sum(idf.get(t, 2.0) ** 2 for t in query)
    return sum(idf.get(t, 2.0) ** 2 for t in query & terms) / total


def _denied_claims(idx: ClaimIndex) -> Iterable[tuple[int, int, float]]:
    """(claim, denial, score) for each denial sentence and the affirmative claim its object best matches."""
    claims = idx.claims
    position = {(c.article, c.index): i for i, c in enumerate(claims)}
    topic = _topic_names(idx)
    term_sets: list[set[str]] | None = None
    for d, c in enumerate(claims):
        if not c.denial or not c.speakers or not _speaker_denies(c):
            continue
        if term_sets is None:
            term_sets = [_norm(set(x.terms) - _SPEECH_STEMS - {t for sp in x.speakers for t in content_terms(sp.who)}
                               - _idiom_terms(x.text)) for x in claims]
        query = _denial_terms(c)
        if _VAGUE_OBJECT.search(c.text) and len(query) < 3:
            prev = position.get((c.article, c.index - 1))
            if prev is not None:
                query |= term_sets[prev]
        if len(query) < 2:
            continue
        best, best_score = -1, 0.0
        for j, other in enumerate(claims):
            if j == d or other.denial:
                continue
            if _same_speaker(c, other):
                own = _own_words_denied(c, other, idx.idf)  # "X said A" in one article, "X denied that A" in another
                if own > best_score:
                    best, best_score = j, own
                continue
            if other.negated:
                continue
            if _accuses_another(other, c):
                continue  # "speakers accused Holloway of ..." / "Abrams denied the accusations": not his to deny
            if _denies_of_self(c) and not _about_denier(other, c) and not _may_be_of_denier(other, c):
                continue  # "Kober believes Alanis can form a government" / "Doukas denied that he can": of himself
            if len(query & term_sets[j]) < 2 or _open_question(other, query):
                continue
            score = _coverage(query, term_sets[j], idx.idf) + 0.1 * float(idx.full[d, j])
            shared = _proper_terms(c) & _proper_terms(other)
            if not shared and not _about_denier(other, c):
                score -= DENIAL_UNANCHORED  # nothing specific (name, number) in common: needs a closer match
            if shared and shared <= topic and not _about_denier(other, c) and not _alleged(other):
                continue  # no one alleges it and it names nothing of the denial's but the story's topic ("European
                # governments responded to the Paris attacks by vetting ..." / "Belgian officials deny all other
                # connection with the Paris attacks"): a report of another thing, not an allegation to deny
            if score > best_score:
                best, best_score = j, score
        if best >= 0 and best_score >= DENIAL:
            yield best, d, best_score


SAME_SPEAKER_COVER = 0.8  # share of what a denial denies (idf-weighted) that the speaker's own claim must assert


def _own_words_denied(denial: Claim, claim: Claim, idf: dict[str, float]) -> float:
    """How closely a speaker's claim in one article asserts what the same speaker denies in another ("Brennan Freight
    said the truck's brakes had been serviced" / "Brennan Freight denied that the truck's brakes had been serviced"):
    the share (idf-weighted) of the denied terms (``negated_terms``: the clause after "denied that", what "not"
    negates) that the claim asserts before any negation of its own (``affirmed_terms``); 0 below
    ``SAME_SPEAKER_COVER``, for fewer than two such terms, or within one article (a speaker correcting a report, "X
    said Y; X denied that Y was deliberate", tells one account). One source telling two articles opposite things is
    a contradiction a reader must see, where two speakers' statements are matched more loosely."""
    if denial.article == claim.article:
        return 0.0
    denied = set(negated_terms(denial.text))
    asserted = denied & affirmed_terms(claim.text)
    if len(asserted) < 2 or denied & set(claim.terms) - asserted:
        return 0.0
    cover = _coverage(denied, asserted, idf)
    return cover if cover >= SAME_SPEAKER_COVER else 0.0


def _same_speaker(denial: Claim, claim: Claim) -> bool:
    """Whether the one who denies also speaks the claim, by all the words of one speaker's name being in the
    other's ("Belgian officials" / "Belgian and European officials said"): no one denies their own claim."""
    for x in denial.speakers:
        for y in claim.speakers:
            wx, wy = set(x.who.lower().split()) - STOPWORDS, set(y.who.lower().split()) - STOPWORDS
            if x.who == y.who or wx and wy and (wx <= wy or wy <= wx):
                return True
    return False


_IN_CONNECTION = re.compile(r"\bin connection with\b", re.IGNORECASE)


def _idiom_terms(text: str) -> set[str]:
    """Terms a sentence uses only in an idiom that asserts nothing of them: "arrested in connection with the attacks"
    (about the attacks) states no connection that "deny any connection" would deny."""
    if _IN_CONNECTION.search(text) and len(re.findall(r"\bconnection", text, re.IGNORECASE)) == 1:
        return set(content_terms("connection"))
    return set()


_ALLEGING = re.compile(r"\b(?:said|says|say|told|reported|reports|alleged|alleges|allegedly|accused|accuses|claimed|claims|"
                       r"according to|charged|suggested|suggests|asserted|insisted|maintained)\b", re.IGNORECASE)


def _alleged(claim: Claim) -> bool:
    """Whether someone makes the claim: a speaker, an outlet credited, or a verb of saying or alleging in it ("a
    commentary ... said that Suu Kyi is a British citizen")."""
    return bool(claim.speakers or claim.credit or _ALLEGING.search(claim.text))


_WHETHER = re.compile(r"\b(?:whether|if)\b", re.IGNORECASE)


def _open_question(claim: Claim, query: set[str]) -> bool:
    """Whether what the claim shares with a denial stands in a question it leaves open ("investigating whether there
    is a connection with the events in Paris" / "deny all other connection with Paris"): no one alleges it."""
    m = _WHETHER.search(claim.text)
    if not m:
        return False
    before = _norm(content_terms(claim.text[:m.start()]))
    after = _norm(content_terms(claim.text[m.end():]))
    return bool(query & after) and not query & before - after


def _topic_names(idx: ClaimIndex) -> set[str]:
    """The names and numbers (as ``_proper_terms`` gives them) that half the story's articles or more give, in a
    story of three articles or more: what the story is about ("Paris"), which anchors no claim to a denial."""
    per_article: dict[str, set[str]] = {}
    for c in idx.claims:
        per_article.setdefault(c.article, set()).update(_proper_terms(c))
    if len(per_article) < 3:
        return set()
    counts: dict[str, int] = {}
    for terms in per_article.values():
        for t in terms:
            counts[t] = counts.get(t, 0) + 1
    return {t for t, n in counts.items() if 2 * n >= len(per_article)}


def _about_denier(claim: Claim, denial: Claim) -> bool:
    """Whether the claim speaks of the one denying, by a name or a body of two words or more ("engineers warned the
    regional transport authority" / "The transport authority denied ..."): what the claim says is the denier's to
    deny, which anchors the pair as a shared name does."""
    text = claim.text.lower()
    for sp in denial.speakers:
        phrase = re.sub(r"^(?:the|a|an)\s+", "", sp.who.strip(), flags=re.IGNORECASE).lower()
        if (len(phrase.split()) >= 2 or sp.kind == "named") and re.search(rf"\b{re.escape(phrase)}\b", text) \
                and not any(phrase in s.who.lower() for s in claim.speakers):
            return True
    return False


# A denial of something of the denier's own ("Doukas denied that he can form a government", "denied having met
# him"): it denies a claim about the denier, not one about somebody else ("Kober believes Alanis can form a
# government").
_SELF_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|rejected|dismissed)\s+(?:that\s+)?(?:(?:he|she|they|we|I)\b"
                          r"(?!['’])|(?:being|having|ever)\b)", re.IGNORECASE)


def _denies_of_self(denial: Claim) -> bool:
    """Whether a denial's object is something of the denier's own (see above)."""
    return bool(_SELF_DENIAL.search(denial.text))


def _may_be_of_denier(claim: Claim, denial: Claim) -> bool:
    """Whether a claim may speak of the one denying: the denier is not named (a pronoun, "officials"), or a word of
    the denier's name or post is in the claim ("the harbour master was paid" / "Harbour master Tom Brill denied being
    paid")."""
    named = [sp for sp in denial.speakers if sp.kind == "named"]
    if not named:
        return True
    words = {t for sp in named for t in content_terms(f"{sp.who} {sp.role or ''}")}
    return bool(words & set(content_terms(claim.text)))


_ACCUSED = re.compile(r"\baccus(?:ed|es|ing)\s+((?:[A-Z][\w'’-]+\s?){1,3})")


def _accuses_another(claim: Claim, denial: Claim) -> bool:
    """Whether a claim accuses someone by name who is not the one denying ("accused [Holloway] of ..." against "Abrams
    denied the accusations")."""
    m = _ACCUSED.search(claim.text)
    if not m or not denial.speakers:
        return False
    accused = {w.lower() for w in m.group(1).split()}
    denier = {w.lower().strip(".,") for sp in denial.speakers for w in sp.who.split()}
    return not accused & denier


# "denied" is a denial by itself; "dismissed" / "rejected" / "refuted" only with a claim as object ("rejected
# the reports", "dismissed suggestions that"), not "rejected 3 percent of permits" or "rejected the system".
def _speaker_denies(c: Claim) -> bool:
    """The sentence's speaker is the one denying, in its main clause ("Mr Putin denied claims that...", "Syrian
    officials denied the claims"), not a denial reported inside a clause ("lawyers said ... after he denied")."""
    for m in _DENIAL_VERB.finditer(c.text):
        if _negated(c.text, m.start()):
            continue
        before = _RELATIVE_BEFORE.sub("", c.text[:m.start()])[-60:]
        words = before.split()[-4:]
        for sp in c.speakers:
            names = {w.lower().strip(".,'’s") for w in sp.who.split() if w[:1].isupper() or sp.kind != "named"}
            last = sp.who.split()[-1].lower() if sp.who.split() else ""
            if any(w.lower().strip(".,'’s") in names | {last} for w in words):
                return True
    return False


# A relative clause between the one denying and the verb ("Greyhaven Shipping, which operates the barge, denied ...")
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|who)\b[^,;]{1,60},\s*$")
_NOT_BEFORE = re.compile(r"\b(?:never|not|no)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _negated(text: str, start: int) -> bool:
    """Whether the denial verb at ``start`` is negated ("did not deny", "never denied"): no denial."""
    return _NOT_BEFORE.search(text[max(0, start - 60):start]) is not None


_DENIAL_VERB = re.compile(
    r"\b(?:den(?:y|ied|ies|ying)\b|(?:dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:e|ed|es|ing))\s+"
    r"(?:\w+\s+){0,3}?(?:claims?|reports?|allegations?|accusations?|charges?|suggestions?|assertions?|notion|idea|"
    r"speculation|rumou?rs?|stories|story|that)\b)",
    re.IGNORECASE)


# What ends the stretch of words before a denial verb that names the one denying: a speech verb or "according to"
# ("investigators say [he has] denied"), "that", a clause's punctuation, a dateline's dash.
_SUBJECT_START = re.compile(r"\b(?:says?|said|told|tells|according\s+to|reports?|reported|that|who|which)\b|[,;:()\[\]—–_\"“”]|--|^")
_AUXILIARY = re.compile(r"(?:\s+(?i:has|have|had|is|was|were|also|again|since|then|both|all|meanwhile|however|still|"
                        r"later|earlier|now)|\s+[a-z]+ly)+\s*$")  # "flatly", not "Kelly" or "Italy"
_OBJECT_FORM = {"he": "him", "she": "her", "they": "them", "it": "it", "we": "us", "i": "me", "you": "you"}
MAX_SUBJECT_WORDS = 8


def denier(c: Claim) -> str:
    """Who denies (see ``_denier``), as it reads inside a sentence: "the transport authority", "the British embassy
    in Yangon" (a common noun: a description, not a name), "The Hague"."""
    who = _denier(c)
    described = any(w[:1].islower() and w.lower() not in STOPWORDS for w in who.split()[1:])
    return "the" + who[3:] if who.startswith("The ") and described else who


def _denier(c: Claim) -> str:
    """Who denies, as a reader should see it: the subject of the denial verb ("The British embassy in Yangon denied
    ..." under an "(AP)" dateline; "Poole denied the allegations, according to the report"), named as the speaker
    it is when it is one (its full name); a pronoun or nothing before the verb gives the reporting speaker
    ("investigators say he has denied ..." -> "him, per investigators").

    Example:
        >>> from newsdesk.compare.claims import article_claims
        >>> from newsdesk.model import Article
        >>> text = "Poole denied the charges, according to the report."
        >>> [c] = article_claims(Article(id="a", source="a", text=text)).claims
        >>> denier(c)
        'Poole'
    """
    speaker = c.speakers[0].who if c.speakers else ""
    m = next((m for m in _DENIAL_VERB.finditer(c.text) if not _negated(c.text, m.start())), None)
    if m is None:
        return speaker
    before = c.text[:m.start()]
    starts = list(_SUBJECT_START.finditer(before))
    subject = _AUXILIARY.sub("", before[starts[-1].end():]).strip() if starts else ""
    if subject[:1].islower() and subject.split()[0].lower() in ("and", "but", "while", "although", "as"):
        subject = subject.split(None, 1)[1] if len(subject.split()) > 1 else ""
    words = subject.split()
    if not words or len(words) > MAX_SUBJECT_WORDS:
        return speaker
    low = {w.lower().strip(".,'’s") for w in words}
    for sp in c.speakers:  # the subject names a person who speaks: the full name ("Putin" -> "Vladimir Putin")
        if sp.kind == "named" and sp.who.split() and sp.who.split()[-1].lower().strip(".,'’s") in low:
            return sp.who
    if len(words) == 1 and words[0].lower() in _OBJECT_FORM:
        pronoun, first = words[0].lower(), c.speakers[0] if c.speakers else None
        if first and (pronoun in ("they", "we") and first.kind != "named" and first.who.endswith("s")
                      or pronoun in ("he", "she") and first.kind == "named"):
            return speaker  # "Belgian officials say they deny", "Voss said he denied": the speaker's own denial
        return f"{_OBJECT_FORM[pronoun]}, per {speaker}" if speaker else _OBJECT_FORM[pronoun]  # "investigators say he"
    return subject

