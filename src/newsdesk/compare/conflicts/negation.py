"""Negations: a claim negated in one article and stated in another, in the same wording or a paraphrase."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.compare.claims import Claim
from newsdesk.compare.conflicts.lexicon import _DATE_WORDS, _first_word
from newsdesk.compare.conflicts.params import PARA_NEG
from newsdesk.compare.conflicts.values import _num
from newsdesk.model import ConflictKind
from newsdesk.text import STOPWORDS, stem

_NEG_TOKENS = frozenset(["not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot", "without", "no-one",
                         "noone"])


def _is_neg(tok: str) -> bool:
    low = tok.lower()
    return low in _NEG_TOKENS or low.endswith(("n't", "n’t"))


_AUX_WORDS = frozenset(["do", "does", "did", "so", "is", "was", "are", "were", "be", "been", "has", "have", "had",
                        "will", "would"])
_DENY_WORD = re.compile(r"\bden(?:y|ied|ies|ying|ials?)\b", re.IGNORECASE)
_NEG_FILLER = frozenset(["be", "been", "being", "have", "has", "had", "going", "gonna", "to", "a", "an", "the", "do",
                         "does", "did", "ever", "yet", "get", "got"])


def _negates_shared(tokens: Sequence[str], k: int, other: Claim) -> bool:
    """Whether the negation at tokens[k] negates what the other sentence asserts: the first content word after it
    ("not [killed]", "not going to [cheat]"), or the one after it, is in the other sentence, the negation is not "whether or not" / "nor",
    and the other sentence does not itself deny or dismiss ("Clinton's denial that he ever had" / "did not have")."""
    if tokens[k].lower() in ("nor", "neither") or k and tokens[k - 1].lower() in ("or", "whether", "if"):
        return False
    nxt = [w.lower() for w in tokens[k + 1:k + 6] if w[:1].isalpha() and w.lower() not in _NEG_FILLER
           and w.lower() not in STOPWORDS]
    if _DENY_WORD.search(other.text) and not _denial_negated(nxt, other.text):
        return False
    if _singled_out(tokens, k) and _counts(other.slots.tokens):
        return False
    if _advised_against(tokens, k, other.slots.tokens):
        return False
    if not nxt:
        # "it did not." : nothing after to check; but "..., but the House did not.": the verb of the clause before,
        # denied of another subject in a contrast, which the sentence itself draws
        elliptic = k + 1 >= len(tokens) or tokens[k + 1] in (".", ",", ";", ":", "!")
        return not (elliptic and {t.lower() for t in tokens[max(0, k - 5):k]} & _CONTRAST_WORDS)
    other_toks = other.slots.tokens
    at = [p for p, t in enumerate(other_toks) if stem(t.lower()) in {stem(w) for w in nxt[:2]}]
    if at and _remark_against_statement(tokens, k, other_toks, at):
        return False
    return bool(at)


def _advised_against(tokens: Sequence[str], k: int, other: Sequence[str]) -> bool:
    """Whether the negation at tokens[k] tells someone not to do what the other sentence warns against ("told
    lawmakers not to [spend] the surplus" / "warned lawmakers against [spending] the surplus"): one advice in two
    wordings, not a claim and its denial."""
    if tokens[k].lower() != "not" or k + 2 >= len(tokens) or tokens[k + 1].lower() != "to":
        return False
    if not any(t.lower() in _ADVISE for t in tokens[max(0, k - 5):k]):
        return False  # "decided not to sell": a decision, which "decided to sell" reverses
    verb = stem(tokens[k + 2].lower())
    return any(t.lower() == "against" and any(w.lower() in _ADVISE for w in other[max(0, p - 5):p])
               and any(stem(w.lower()) == verb for w in other[p + 1:p + 3]) for p, t in enumerate(other))


# Verbs of advising someone to do or not to do something ("told lawmakers not to", "warned lawmakers against").
_ADVISE = frozenset(["told", "tells", "tell", "urged", "urges", "urge", "warned", "warns", "warn", "advised", "advises",
                     "advise", "cautioned", "cautions", "caution", "asked", "asks", "ordered", "orders", "instructed",
                     "begged", "implored", "counseled", "counselled", "appealed"])


def _denial_negated(nxt: Sequence[str], other_text: str) -> bool:
    """Whether the word a negation negates is the denial the other sentence reports ("an allegation X has not
    [denied]" / "an allegation X has [denied]"): the denial is then the statement negated, not a denial of it."""
    return bool(nxt) and _DENY_WORD.fullmatch(nxt[0]) is not None and len(_DENY_WORD.findall(other_text)) == 1 \
        and stem(nxt[0]) in {stem(m.lower()) for m in _DENY_WORD.findall(other_text)}


_CONTRAST_WORDS = frozenset(["but", "while", "whereas", "although", "though"])
_SAYS = frozenset(["said", "says", "say", "told", "tells", "added", "according", "stated", "insisted"])


def _remark_against_statement(tokens: Sequence[str], k: int, other: Sequence[str], at: Sequence[int]) -> bool:
    """Whether the negation at tokens[k] is a plain statement, quoting and attributing nothing, and the other sentence
    is a short remark in quotation marks with only its speech tag outside ("'It's a lot of money,' he said." /
    "$5,000 isn't a lot of money."): a speaker's view in their words, not the fact the statement negates. (A reported
    speech, "X said the plan was not working", may be the remark paraphrased: it still contradicts "'The plan is
    working,' X said."; a sentence of a longer quotation carries no marks of its own and is left alone.)"""
    if any(t in _QUOTE_MARKS for t in tokens) or any(t.lower() in _SAYS for t in tokens):
        return False
    inside = [p for p in range(len(other)) if other[p] not in _QUOTE_MARKS and _quoted(other, p)]
    outside = [t for p, t in enumerate(other) if p not in inside and t not in _QUOTE_MARKS and t.isalpha()]
    return bool(inside) and all(p in inside for p in at) and len(inside) <= 12 and len(outside) <= 3 \
        and any(t.lower() in _SAYS for t in outside)


_QUOTE_MARKS = frozenset(['"', "“", "”", "``", "''", "`", "'"])


_NOT_QUALIFIER = frozenset(["only", "just", "even", "so", "too", "as", "quite", "necessarily", "exactly", "much",
                            "all", "always", "yet", "single", "least", "nearly", "enough"])


def _quoted(tokens: Sequence[str], k: int) -> bool:
    """Whether tokens[k] is inside quotation marks ("...", “...”, ``...'')."""
    inside = False
    for t in tokens[:k]:
        if t == '"':
            inside = not inside
        elif t in ("“", "`"):
            inside = True
        elif t in ("”", "'"):
            inside = False
    return inside


_CONTRAST = re.compile(r"\bso much as\b|\brather\b|\bbut rather\b", re.IGNORECASE)
_NEG_VERBS = frozenset(stem(w) for w in ["refrained", "refused", "declined", "failed", "avoided", "ruled", "lacks",
                                          "lacked", "stopped", "ceased", "halted"])
_CONDITION = frozenset(["if", "unless", "until", "whether", "till"])
_PERSONAL = frozenset(["i", "i'm", "we", "we're", "you", "you're", "i’m", "we’re", "you’re"])
_NEG_IDIOM = frozenset(["only", "immediately", "clear", "longer", "one", "yet", "known", "sure", "least", "just",
                        "comment", "respond", "available", "return", "doubt"])


def _para_negation(a: Claim, b: Claim, cos: float = 1.0, crowded: bool = False) -> tuple[ConflictKind, str, str] | None:
    """A statement negated in a ("the suspect was not taken to Highland Hospital") and asserted in b ("was taken to
    Highland Hospital, where..."), in other wording: the first content word after the negation is in b, and b
    negates nothing. Below PARA_NEG (or in a crowded story), a second word must stand in the same place in b: the
    next content word after the negation within four tokens after it, or the last one before the negation within six
    tokens before it ("his body was not found" / "the child's body was found")."""
    ta, tb = a.slots.tokens, b.slots.tokens
    negated_b = [p for p, t in enumerate(tb) if _is_neg(t)]
    if any(not _negates_other_thing(tb, p, ta) for p in negated_b) or _rather_than(tb) \
            or _DENY_WORD.search(b.text) and not any(
            _denial_negated([w.lower() for w in ta[k + 1:k + 3] if w.isalpha()], b.text)
            for k, t in enumerate(ta) if _is_neg(t)):
        return None  # b negates something too ("carries no weapons"), or reports a denial
    pos_b: dict[str, list[int]] = {}
    for p, t in enumerate(tb):
        pos_b.setdefault(stem(t.lower()), []).append(p)
    for k, t in enumerate(ta):
        if not _is_neg(t):
            continue
        low = t.lower()
        if low not in ("not", "never", "cannot") and not low.endswith(("n't", "n’t")):
            continue  # "no generation has", "show no symptoms": a quantifier, not a negated statement
        if k and ta[k - 1].lower() in ("or", "if", "whether", "nor") or k + 1 < len(ta) and (
                ta[k + 1].lower() in _NOT_QUALIFIER or ta[k + 1][:1].isdigit() or _num(ta[k + 1])):
            continue  # "whether or not", "not only", "not so far", "but not five years"
        if any(ta[m].lower() in _CONDITION and not (m > k and ta[m - 1].lower() == "that") and not _asked(ta, k, m)
               for m in range(max(0, k - 7), min(len(ta), k + 6))):
            continue  # a condition ("if emissions are not reduced", "would not sail if"), not "told X that if ..."
        if k == _first_word(ta) or any(w.lower() in _PERSONAL for w in ta[max(0, k - 3):k]):
            continue  # "Not for Kansas ...", "I don't know what it is": no statement of fact to set against another
        after = [w.lower() for w in ta[k + 1:k + 6] if w.isalpha() and w.lower() not in _NEG_FILLER
                 and w.lower() not in STOPWORDS and _num(w) is None]
        if not after or after[0] in _NEG_IDIOM and not _named_as(ta, k, after[0]) or len(after[0]) < 3:
            continue
        where = pos_b.get(stem(after[0]), [])
        if any(_one_clause(tb, p, w) for p in negated_b for w in where):
            continue  # b negates in the clause with the word ("Oral sex was not included in the definition" / "...
            # referred to intercourse, and not oral sex"): b denies that part too
        if not where or _quoted(ta, k) or _remark_against_statement(ta, k, tb, where):
            continue  # a quote gives a view in the speaker's words, not a fact to set against a paraphrase: on
            # either side ("'It's a lot of money,' he said." / "$5,000 isn't a lot of money.")
        if _singled_out(ta, k) and _counts(tb):
            continue  # "A third brother was not involved" / "two brothers were involved": other members of a group
        if _advised_against(ta, k, tb):
            continue  # "told lawmakers not to spend" / "warned lawmakers against spending": one advice
        if any(stem(t.lower()) == stem(after[0]) for t in ta[:k]) or _CONTRAST.search(" ".join(ta[k + 1:k + 10])) \
                or "such" in (t.lower() for t in ta[k + 1:k + 4]):
            continue  # "X had been modified, while Y had not been modified", "not to ban it so much as to undermine
            # it", "has never granted such a reprieve" (a kind of thing, not the one the other sentence reports)
        if all(_assumed(tb, p) for p in where):
            continue  # "apparently assuming that 'non toxic' means 'safe'": what someone takes for granted, not a fact
        if any(stem(t.lower()) in _NEG_VERBS for p in where for t in tb[max(0, p - 3):p + 1]):
            continue  # b says it negatively in other words ("refrained from seeking", "ruled out as")
        if _corrected_elsewhere(ta, k, after[0], tb):
            continue  # "did not call an ambulance but called the mother": b's "called the mother" is the part affirmed
        if (cos < PARA_NEG or crowded) and not _second_word_in_place(ta, k, after, pos_b, where, tb):
            continue  # loosely aligned, or a crowded story: a second word must stand in place in b
        return "denial", "…" + " ".join(ta[max(0, k - 2):k + 3]) + "…", "asserts"
    return None


def _negates_other_thing(tb: Sequence[str], p: int, ta: Sequence[str]) -> bool:
    """Whether b's negation at tb[p] is a verb's ("not", "n't", "never") whose next two content words the other
    sentence lacks altogether, in a clause of its own ("Ingram is a dominant force in book distribution, but it does not [disclose] its
    [market] share" against "Ingram is not the dominant force"): b then negates something a does not speak of, and
    still asserts the rest. A quantifier ("no", "none", "neither ... nor") or "without" always counts as b negating,
    and so does any negation of a sentence that says what may or could be (no plain assertion)."""
    low = tb[p].lower()
    if low not in ("not", "never") and not low.endswith(("n't", "n’t")) or p and tb[p - 1].lower() in ("or", "if"):
        return False
    if any(t.lower() in _MAYBE for t in tb):
        return False  # "might not be enough ..., which could result in criminal charges": b asserts nothing plainly
    nxt = [w.lower() for w in tb[p + 1:p + 6] if w[:1].isalpha() and w.lower() not in _NEG_FILLER
           and w.lower() not in STOPWORDS][:2]
    own = {stem(t.lower()) for t in ta}
    return bool(nxt) and not any(stem(w) in own for w in nxt)


_CLAUSE_BREAK = frozenset([",", ";", ":", ".", "--", "—", "but", "although", "though", "while", "whereas"])


def _one_clause(tokens: Sequence[str], p: int, q: int) -> bool:
    """Whether tokens p and q are in one clause: no comma, colon, dash or contrasting conjunction between them."""
    lo, hi = min(p, q), max(p, q)
    return not any(t.lower() in _CLAUSE_BREAK for t in tokens[lo + 1:hi])


_MAYBE = frozenset(["might", "could", "may", "would", "should"])


def _named_as(ta: Sequence[str], k: int, word: str) -> bool:
    """Whether "not known" is a name denied ("is not [known] in Taiwan as the CIH"): "as" follows within four tokens
    in the clause, unlike "it is not known whether" or "the cause is not known"."""
    if word != "known":
        return False
    at = next(p for p in range(k + 1, len(ta)) if ta[p].lower() == "known")
    return any(t.lower() == "as" for t in ta[at + 1:at + 5]) and not any(t in (",", ";", ".") for t in ta[at + 1:at + 2])


def _rather_than(tokens: Sequence[str]) -> bool:
    """Whether a sentence sets one thing against another with "rather than" ("should be considered threatened rather
    than endangered"): it negates the second, as "not" would."""
    return any(t.lower() == "rather" and k + 1 < len(tokens) and tokens[k + 1].lower() == "than"
               for k, t in enumerate(tokens))


# Words that make what follows a presumption, or a mistake: "assuming that", "mistakenly believe".
_PRESUMING = frozenset(["assume", "assumes", "assumed", "assuming", "presume", "presumed", "presuming", "mistakenly",
                        "wrongly", "falsely", "erroneously"])


def _assumed(tokens: Sequence[str], p: int) -> bool:
    """Whether tokens[p] is in what a sentence says someone presumes or mistakes ("apparently [assuming] that 'non
    toxic' [means] 'completely safe'"): within eight tokens after such a word, in the same clause."""
    for k in range(p - 1, max(-1, p - 9), -1):
        if tokens[k] in (".", ";", ":"):
            return False
        if tokens[k].lower() in _PRESUMING:
            return True
    return False


_CORRECTION = frozenset(["but", "instead"])
_CLAUSE_STOP = frozenset([".", ";", ":", "!", "?"])


def _corrected_elsewhere(ta: Sequence[str], k: int, negated: str, tb: Sequence[str]) -> bool:
    """Whether the negation at ta[k] is the first half of a correction, "not A but B" ("the school did not call [an
    ambulance] but called the boy's mother instead"), whose negated object A the other sentence does not name: the
    negation is then about A only, and a sentence asserting the verb of B ("the school called the mother") agrees.
    The object is the content words between the negated word and "but" / "instead"; with none ("was not killed but
    injured"), the verb itself is negated and the rule does not apply."""
    words = [w.lower() for w in ta[k + 1:k + 14]]
    stop = next((p for p, w in enumerate(words) if w in _CLAUSE_STOP), len(words))
    turn = next((p for p, w in enumerate(words[:stop]) if w in _CORRECTION), None)
    if turn is None:
        return False
    start = next((p for p, w in enumerate(words[:turn]) if stem(w) == stem(negated)), None)
    if start is None:
        return False
    obj = {stem(w) for w in words[start + 1:turn] if w.isalpha() and len(w) > 2 and w not in STOPWORDS
           and w not in _NEG_FILLER}
    return bool(obj) and not obj & {stem(t.lower()) for t in tb}


def _asked(ta: Sequence[str], k: int, m: int) -> bool:
    """Whether "if" / "whether" at ta[m] opens the question the verb negated at ta[k] takes ("they were not asked [if]
    the kids had been bullied", "was not told whether"): an indirect question, what was (not) asked, not a condition."""
    verbs = [p for p in range(k + 1, m) if ta[p].isalpha() and ta[p].lower() not in _NEG_FILLER]
    return m > k + 1 and len(verbs) == 1 and verbs[0] == m - 1 and stem(ta[m - 1].lower()) in _ASKING


_ASKING = frozenset(stem(w) for w in ["asked", "ask", "asks", "asking", "told", "tell", "tells", "informed", "notified",
                                       "checked", "tested", "examined", "screened", "investigated"])


def _second_word_in_place(ta: Sequence[str], k: int, after: Sequence[str], pos_b: dict[str, list[int]],
                          where: Sequence[int], tb: Sequence[str] = ()) -> bool:
    """Whether a second word of the statement negated at ta[k] stands in place around the asserted word (at ``where``
    in b): one of the next two content words after the negated one within four tokens after it ("have not identified
    the enormous [foot]" / "have identified the [foot]"), or one of the last two content words before the negation
    within six tokens before it ("[players] on scholarship are not employees" / "[players] qualify ... as
    employees"). The next words are read up to nine tokens after the negation, past a time ("was not convicted last
    week of three [counts]" / "was convicted of three [counts]"), a possessive as its word and a hyphenated word as
    its parts, on both sides ("not consistent with [Stinson's] statement" / "consistent with Ms. [Stinson's]
    admission", "not be fed into the [copper]-oxide catalyst" / "fed to a [copper] catalyst")."""
    before = [w.lower() for w in reversed(ta[max(0, k - 6):k]) if w.isalpha() and len(w) > 2
              and w.lower() not in STOPWORDS and w.lower() not in _NEG_FILLER][:2]
    nxt_at = [q for w in after[1:3] for q in pos_b.get(stem(w), [])]
    before_at = [q for w in before for q in pos_b.get(stem(w), [])]
    if any(p < q <= p + 4 for p in where for q in nxt_at) or any(p - 6 <= q < p for p in where for q in before_at):
        return True
    forms_b: dict[str, list[int]] = {}
    for p, t in enumerate(tb):
        for w in _word_forms(t):
            forms_b.setdefault(stem(w), []).append(p)
    following = _following_words(ta, k, after[0] if after else "")
    return any(p < q <= p + 4 for p in where for w in following for q in forms_b.get(stem(w), []))


# Words of a time set between a verb and its object ("convicted [last week] of three counts"): no part of the statement.
_TIME_WORDS = frozenset(["last", "next", "this", "day", "days", "week", "weeks", "month", "months", "year", "years", "yesterday",
                         "today", "tonight", "morning", "afternoon", "evening", "night", "earlier", "later"])


def _word_forms(token: str) -> list[str]:
    """The words of a token, lower case: a possessive cut ("Stinson's" -> stinson), a word of two hyphenated parts
    split ("copper-oxide" -> copper, oxide); none for a longer compound ("day-to-day" is no "day")."""
    low = re.sub(r"['’]s$", "", token.lower())
    parts = low.split("-")
    return [w for w in parts if w.isalpha()] if len(parts) <= 2 else []  # not "day-to-day": an idiom of its own


def _following_words(ta: Sequence[str], k: int, negated: str) -> list[str]:
    """The next two content words after the word negated at ta[k] (``negated``), read up to nine tokens after the
    negation: times, numbers and function words passed over, possessives and hyphenated words read as words."""
    words = [w for t in ta[k + 1:k + 10] for w in _word_forms(t)]
    if negated not in words:
        return []
    rest = words[words.index(negated) + 1:]
    return [w for w in rest if len(w) > 2 and w not in STOPWORDS and w not in _NEG_FILLER and w not in _TIME_WORDS
            and w not in _DATE_WORDS and _num(w) is None][:2]


_SINGLING = frozenset(["second", "third", "fourth", "fifth", "sixth", "another", "remaining"])
_FRACTION_BEFORE = frozenset(["a", "one", "two", "nearly", "about", "almost", "over", "some"])
_SUBJECT_END = frozenset([";", ":", "and", "but", "while", "that", "if", "because"])


def _singled_out(tokens: Sequence[str], k: int) -> bool:
    """Whether the subject of the negation at tokens[k] is one member of a group set apart by an ordinal or
    "another" ("A third brother, who lives there, was not involved", "The third bomber has not been identified"):
    a sentence that counts the others ("two brothers were involved", "two more bombers had been identified") speaks
    of other members, not the same one."""
    start = max(0, k - 12)
    for p in range(k - 1, start - 1, -1):
        t = tokens[p]
        if t.lower() in _SINGLING:
            fraction = p + 1 < k and tokens[p + 1].lower() == "of" and p and tokens[p - 1].lower() in _FRACTION_BEFORE
            return not fraction  # "nearly a third of Americans" is a share, not one member set apart
        if t.lower() in _SUBJECT_END:
            return False
    return False


def _counts(tokens: Sequence[str]) -> bool:
    """Whether a sentence gives a count (a number word or figure before a word: "two brothers", "2 suspects")."""
    return any(_num(t) is not None and t.lower() not in ("one", "1") and k + 1 < len(tokens) and tokens[k + 1][:1].isalpha()
               for k, t in enumerate(tokens))
