"""Negations: a claim negated in one article and stated in another, in the same wording or a paraphrase."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.compare.claims import Claim
from newsdesk.compare.conflicts.lexicon import _first_word
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
    if _DENY_WORD.search(other.text):
        return False
    nxt = [w.lower() for w in tokens[k + 1:k + 6] if w[:1].isalpha() and w.lower() not in _NEG_FILLER
           and w.lower() not in STOPWORDS]
    if not nxt:
        return True  # "it did not." : nothing after to check
    other_low = {stem(t.lower()) for t in other.slots.tokens}
    return any(stem(w) in other_low for w in nxt[:2])


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
    if _DENY_WORD.search(b.text) or any(_is_neg(t) for t in tb):
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
        if any(ta[m].lower() in _CONDITION and not (m > k and ta[m - 1].lower() == "that")
               for m in range(max(0, k - 7), min(len(ta), k + 6))):
            continue  # a condition ("if emissions are not reduced", "would not sail if"), not "told X that if ..."
        if k == _first_word(ta) or any(w.lower() in _PERSONAL for w in ta[max(0, k - 3):k]):
            continue  # "Not for Kansas ...", "I don't know what it is": no statement of fact to set against another
        after = [w.lower() for w in ta[k + 1:k + 6] if w.isalpha() and w.lower() not in _NEG_FILLER
                 and w.lower() not in STOPWORDS and _num(w) is None]
        if not after or after[0] in _NEG_IDIOM or len(after[0]) < 3:
            continue
        where = pos_b.get(stem(after[0]), [])
        if not where or _quoted(ta, k):
            continue  # a quote gives a view in the speaker's words, not a fact to set against a paraphrase
        if any(stem(t.lower()) == stem(after[0]) for t in ta[:k]) or _CONTRAST.search(" ".join(ta[k + 1:k + 10])) \
                or "such" in (t.lower() for t in ta[k + 1:k + 4]):
            continue  # "X had been modified, while Y had not been modified", "not to ban it so much as to undermine
            # it", "has never granted such a reprieve" (a kind of thing, not the one the other sentence reports)
        if any(stem(t.lower()) in _NEG_VERBS for p in where for t in tb[max(0, p - 3):p + 1]):
            continue  # b says it negatively in other words ("refrained from seeking", "ruled out as")
        if cos < PARA_NEG or crowded:  # loosely aligned, or a crowded story: a second word stands in place in b
            before = next((w.lower() for w in reversed(ta[max(0, k - 6):k]) if w.isalpha() and len(w) > 2
                           and w.lower() not in STOPWORDS and w.lower() not in _NEG_FILLER), "")
            nxt_at = pos_b.get(stem(after[1]), []) if len(after) > 1 else []
            before_at = pos_b.get(stem(before), []) if before else []
            if not any(p < q <= p + 4 for p in where for q in nxt_at) \
                    and not any(p - 6 <= q < p for p in where for q in before_at):
                continue
        return "denial", "…" + " ".join(ta[max(0, k - 2):k + 3]) + "…", "asserts"
    return None
