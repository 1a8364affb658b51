"""Who two differing names are in their sentences, where two people may both be right: holders of one title of two
bodies ("[Cobb County] Superior Court Judge X" / "[Washington, D.C.,] Superior Court Judge Y"), or makers of remarks
their sentences do not give ("X made the remarks in a speech at the session" / "The point was made today by Y")."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.compare.conflicts.actors import _demonym_of
from newsdesk.compare.conflicts.lexicon import _span_of
from newsdesk.text import STOPWORDS

_TITLE_GLUE = frozenset([",", ".", "&", "of"])


def _title_run(tokens: Sequence[str], i: int) -> list[str]:
    """The capitalised words right before a name at tokens[i], commas and "of" passed over ("Washington, D.C., Superior
    Court Judge [Brook Hedge]" -> ["washington", "d.c.", "superior", "court", "judge"]), lower-cased, without a
    possessive's "'s"."""
    out: list[str] = []
    k = i - 1
    while k >= 0 and (tokens[k][:1].isupper() or tokens[k].lower() in _TITLE_GLUE and out):
        if tokens[k][:1].isupper():
            out.append(tokens[k].lower().removesuffix("'s").removesuffix("’s"))
        k -= 1
    return out[::-1]


def two_bodies(ta: Sequence[str], value_a: str, tb: Sequence[str], value_b: str) -> bool:
    """Whether two names hold one title of two bodies: their titles end in the same words and begin with words that
    share none ("Cobb County Superior Court Judge X" / "Washington, D.C., Superior Court Judge Y", "Senate Majority
    Leader X" / "House Majority Leader Y"): two posts, each with its holder. A country and its people's name are one
    body ("Britain's Home Secretary X" / "British Home Secretary Y")."""
    (i, j), (k, m) = _span_of(list(ta), value_a), _span_of(list(tb), value_b)
    if not j or not m:
        return False
    ra, rb = _title_run(ta, i), _title_run(tb, k)
    shared = 0
    while shared < min(len(ra), len(rb)) and ra[-1 - shared] == rb[-1 - shared]:
        shared += 1
    head_a, head_b = ra[:len(ra) - shared], rb[:len(rb) - shared]
    return shared >= 1 and bool(head_a) and bool(head_b) and not set(head_a) & set(head_b) \
        and not any(_demonym_of(x, y) or _demonym_of(y, x) for x in head_a for y in head_b)


# A statement named by a noun that stands for words told elsewhere ("made the remarks", "the point was made by").
_REMARKS = frozenset(["remarks", "remark", "comments", "comment", "point", "points", "statement", "speech", "address",
                      "announcement", "appeal", "pledge"])
_MADE = frozenset(["made", "delivered", "gave", "given", "issued"])
_ARTICLES = frozenset(["the", "a", "an", "his", "her", "their", "its", "these", "those", "this", "that", "same"])


def _makes_remarks(tokens: Sequence[str], i: int, j: int) -> bool:
    """Whether the name at tokens[i:j] makes a statement its sentence names without giving it: "[X], made the remarks",
    "[X] gave the speech", "The point was made today by [X]"."""
    k = j + 1 if j < len(tokens) and tokens[j] == "," else j
    if k < len(tokens) and tokens[k].lower() in _MADE:
        rest = [t.lower() for t in tokens[k + 1:k + 4]]
        while rest and rest[0] in _ARTICLES:
            rest = rest[1:]
        if rest and rest[0] in _REMARKS:
            return True
    if i >= 1 and tokens[i - 1].lower() == "by":  # "The point was made today by [X]"
        window = [t.lower() for t in tokens[max(0, i - 9):i - 1]]
        made = [n for n, t in enumerate(window) if t in _MADE and n >= len(window) - 4]
        return bool(made) and any(t in _REMARKS for t in window[max(0, made[-1] - 4):made[-1]])
    return False


def remarks_of_two(ta: Sequence[str], value_a: str, tb: Sequence[str], value_b: str) -> bool:
    """Whether two names each make remarks their sentences do not give ("X made the remarks in a speech at the
    session" / "The point was made today by Y"): what each said is told elsewhere in each article, so the two
    sentences do not say that one statement was made by two people."""
    (i, j), (k, m) = _span_of(list(ta), value_a), _span_of(list(tb), value_b)
    return bool(j and m) and _makes_remarks(ta, i, j) and _makes_remarks(tb, k, m)


# A share held by a named holder: "[Zyuganov] trails with about [45] percent", "about [20] percent for Communist
# Gennady [Zyuganov]", "[Barnes & Noble] has about [14] percent of the book market" (#5, N28).
_SHARE_AFTER = frozenset(["percent", "%", "per"])
_CLAUSE_BREAK = frozenset([";", ":", "while", "whereas", "but", "against", "compared", "versus", "vs.", "than", "to",
                           "from", "by", "up", "down", "and", "or", "of", "behind", "ahead", "trailing"])
# What a share of a sentence measures: a standing in polls, or a vote's result ("trails with 20 percent in the polls" /
# "finished second with 29 percent": two measures, not one figure given twice).
_POLL_WORDS = frozenset(["poll", "polls", "polling", "survey", "surveys", "pollster", "pollsters", "support", "rating",
                         "ratings", "approval", "trails", "trailing", "leads", "leading"])
_VOTE_WORDS = frozenset(["vote", "votes", "voted", "ballots", "finished", "won", "elected", "result", "results",
                         "first", "second", "third", "fourth", "fifth"])
_OF_STOP = frozenset([",", ".", ";", ":", "in", "and", "or", "but", "while", "to", "from", "for", "on", "at", "by",
                      "than", "who", "which", "that"])
_HOLDER_REACH = 8  # tokens between a holder's name and its share, at most


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper() and tok.lower().removesuffix("'s").removesuffix("’s") not in STOPWORDS


def _holder_word(tok: str) -> str:
    return tok.lower().removesuffix("'s").removesuffix("’s").rstrip(".,")


def _holder_after(tokens: Sequence[str], k: int) -> str:
    """The last word of the name a share is "for", right after it ("20 percent for his nearest competitor, Communist
    Gennady Zyuganov" -> "zyuganov"), "" if none."""
    if k >= len(tokens) or tokens[k].lower() != "for":
        return ""
    m = k + 1
    while m < min(len(tokens), k + 6) and not _capitalised(tokens[m]):
        if tokens[m] in (".", ";", ":") or tokens[m][:1].isdigit():
            return ""
        m += 1
    if m >= len(tokens) or not _capitalised(tokens[m]):
        return ""
    while m + 1 < len(tokens) and (_capitalised(tokens[m + 1]) or tokens[m + 1] == "&"):
        m += 1
    return _holder_word(tokens[m])


def _holder_before(tokens: Sequence[str], i: int) -> str:
    """The last word of the nearest name before a share in its clause ("Gennady Zyuganov, trails with about [45]
    percent" -> "zyuganov"), "" where a clause word ("while", "against", "than", "to", "by", "of", ...) or a figure
    comes first, or none is near."""
    for k in range(i - 1, max(-1, i - 1 - _HOLDER_REACH), -1):
        tok = tokens[k]
        if _capitalised(tok) and k > 0:
            return _holder_word(tokens[_owner_of_body(tokens, k)])
        if tok.lower() in _CLAUSE_BREAK or tok[:1].isdigit():
            return ""
    return ""


def _owner_of_body(tokens: Sequence[str], k: int) -> int:
    """Where the name a body's name at tokens[k] belongs to ends, if it is given "of" that name ("Senator Omar Kettle
    of the [Farmers Party]" -> Kettle's index), else k."""
    m = k
    while m > 0 and (_capitalised(tokens[m - 1]) or tokens[m - 1] == "&"):
        m -= 1
    m -= 1 if m > 0 and tokens[m - 1].lower() == "the" else 0
    if m >= 2 and tokens[m - 1].lower() == "of" and _capitalised(tokens[m - 2]):
        return m - 2
    return k


def _of_head(tokens: Sequence[str], k: int) -> str:
    """The noun a share is of ("14 percent of the consumer book market" -> "market"), "" if none."""
    if k >= len(tokens) or tokens[k].lower() != "of":
        return ""
    head = ""
    for tok in tokens[k + 1:k + 6]:
        if tok.lower() in _OF_STOP:
            break
        head = tok.lower()
    return head


def share_measure(tokens: Sequence[str]) -> str:
    """What the shares of a sentence measure: "poll" (a standing: polls, support, "trails"), "vote" (a result:
    "finished second", "won"), "" (neither: a market, a population)."""
    low = {t.lower() for t in tokens}
    return "poll" if _POLL_WORDS & low else "vote" if _VOTE_WORDS & low else ""


def held_shares(tokens: Sequence[str]) -> list[tuple[str, int, str, str]]:
    """(holder, index of the figure, what it is a share of, what it measures: ``share_measure``) for each share of a
    sentence held by a name: the name it is "for" right after it, else the nearest name before it in its clause.
    A share that is a change or a margin ("up [5] percent", "by [3] percent", "[5] percentage points") is none."""
    low = [t.lower() for t in tokens]
    measure = share_measure(tokens)
    out: list[tuple[str, int, str, str]] = []
    for i, tok in enumerate(tokens):
        if not tok[:1].isdigit() or i + 1 >= len(tokens) or low[i + 1] not in _SHARE_AFTER:
            continue
        k = i + 3 if low[i + 1] == "per" and i + 2 < len(tokens) and low[i + 2] == "cent" else i + 2
        if low[i + 1] == "per" and k != i + 3:
            continue
        if k < len(tokens) and low[k] in ("points", "point", "increase", "rise", "drop", "decline", "gain", "jump",
                                          "more", "higher", "lower", "less"):
            continue
        holder = _holder_after(tokens, k) or _holder_before(tokens, i)
        if holder:
            out.append((holder, i, _of_head(tokens, k), measure))
    return out
