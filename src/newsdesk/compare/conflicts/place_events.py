"""One event, one description or one phrase given two places: "crashed outside [Germany] ... killing 113" / "the
crash near [Paris] that killed 113"; "[Pratt], a town of about 7,000" / "[Chicago], a town of about 7,000"; "all
unsolved murder cases in [Texas]" / "all unsolved murders in [London]"."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from newsdesk.compare.claims import Claim
from newsdesk.compare.conflicts.geography import known_area, two_answers
from newsdesk.compare.conflicts.lexicon import _first_word
from newsdesk.compare.conflicts.names import _is_place
from newsdesk.compare.conflicts.numbers import _number_role
from newsdesk.compare.conflicts.places import _listed, _prep, _two_homes
from newsdesk.compare.conflicts.slots import _typed_slots
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.model import ConflictKind
from newsdesk.text import STOPWORDS, stem

_WHERE_PREPS = frozenset(["in", "at", "near", "outside", "off", "inside"])


def _event_place(tokens: tuple[str, ...]) -> tuple[int, int] | None:
    """The one place of a sentence, after a preposition of where ("killed 113 people [near] [Paris]"); None when the
    sentence names no place or several (a figure for each of two places is two facts)."""
    places = [(i, j) for typ, i, j, _ in _typed_slots(tokens) if typ == "name" and _is_place(tokens, i, j)]
    if len(places) != 1 or _prep(tokens, places[0][0]) not in _WHERE_PREPS:
        return None
    i = places[0][0]
    k = i - 2 if tokens[i - 1].lower() in ("the", "a", "an") else i - 1
    if k and tokens[k - 1].lower() in _HOME_VERBS:
        return None  # "a submarine [based] in Groton": where something is kept, not where the event was
    return places[0]


_HOME_VERBS = frozenset(["based", "born", "headquartered", "located", "stationed", "raised", "lives", "living", "live",
                         "registered", "studied", "educated", "founded"])
def _figures(tokens: tuple[str, ...], near: tuple[int, int]) -> set[tuple[str, str]]:
    """The figures of a sentence within EVENT_REACH tokens of a place, with what they count ("killed 113 people near
    [Paris]" -> ("113.0", "peopl")), and its days of a month."""
    out: set[tuple[str, str]] = set()
    for typ, i, j, value in _typed_slots(tokens):
        if i - near[1] > EVENT_REACH or near[0] - j > EVENT_REACH:
            continue
        if typ == "number" and not (i and tokens[i - 1][:1].isupper() and tokens[i - 1].isalpha()):  # not "Windows 95"
            out.update((value, u) for u in _number_role(tokens, i, j)[0] if u not in _GENERIC_COUNTS)
        elif typ == "date:day":
            out.add((value, "day"))
    return out


EVENT_REACH = 8  # tokens between a place and the figure of the event that happened there
_RANGE_JOIN = frozenset(["to", "and", "-", "–"])


def _gap(tokens: tuple[str, ...], j: int, i: int) -> int:
    """Tokens from j to i (or i to j), an aside in brackets left out ("2.4 million [(or 3 percent to 5 percent)] of
    schoolchildren in Y")."""
    lo, hi = min(i, j), max(i, j)
    depth, n = 0, 0
    for t in tokens[lo:hi]:
        depth += (t == "(") - (t == ")")
        n += depth == 0 and t != ")"
    return n


def _near_place(tokens: tuple[str, ...], near: tuple[int, int], i: int, j: int) -> bool:
    return (_gap(tokens, j, near[0]) if j <= near[0] else _gap(tokens, near[1], i)) <= EVENT_REACH


def _range_spans(tokens: tuple[str, ...]) -> list[tuple[int, int, float, float, str]]:
    """The ranges of a sentence: two figures joined by "to", "and" or a dash, the low one first, the first one's unit
    word repeated after the second or left out ("between [3 and 5] percent", "[1.5 million to 2.4 million]"), as (start
    of the low end, end of the high end, low, high, the word after the high end)."""
    nums = [(i, j, float(v)) for typ, i, j, v in _typed_slots(tokens) if typ == "number"]
    out = []
    for (i1, j1, lo), (i2, j2, hi) in pairwise(nums):
        between = [t.lower() for t in tokens[j1:i2]]
        if len(between) > 1:  # "18- to 34-year-olds", "20-to-34-year-olds": the hyphens belong to the figures
            between = [t for t in between if t not in ("-", "–")]
        after = _word_after(tokens, j2)
        if lo < hi and between and between[-1] in _RANGE_JOIN \
                and (len(between) == 1 or len(between) == 2 and between[0] == after):
            out.append((i1, j2, lo, hi, after))
    return out


def _word_after(tokens: tuple[str, ...], j: int) -> str:
    """The word after a figure, lower case, past a hyphen ("34-year-olds" -> "year-olds"); "" when none follows."""
    while j < len(tokens) and tokens[j] in ("-", "–"):
        j += 1
    word = tokens[j].lower() if j < len(tokens) else ""
    return word if word.replace("-", "").isalpha() else ""


def _ranges(tokens: tuple[str, ...], near: tuple[int, int]) -> list[tuple[float, float, str]]:
    """The ranges of a sentence (``_range_spans``) within EVENT_REACH tokens of a place, an aside in brackets not
    counted ("[1.5 million to 2.4 million] (or ...) of schoolchildren in Y" -> (1.5, 2.4, "million"))."""
    return [(lo, hi, after) for i, j, lo, hi, after in _range_spans(tokens)
            if _near_place(tokens, near, i, i + 1) or _near_place(tokens, near, j - 1, j)]


def _figure_words(tokens: tuple[str, ...], near: tuple[int, int]) -> list[tuple[float, str]]:
    """The estimates near a place that end no range, with the word after each ("an estimated [2 million] children" ->
    (2, "million"))."""
    spans = _range_spans(tokens)
    return [(float(v), _word_after(tokens, j)) for typ, i, j, v in _typed_slots(tokens)
            if typ == "number" and _near_place(tokens, near, i, j) and not any(x <= i < y for x, y, *_ in spans)
            and i and tokens[i - 1].lower() in _ESTIMATE]


# Words that make a figure an estimate ("an [estimated] 2 million", "[about] 300"): a count the other sentence's range
# may hold, not an exact count of something else ("killed [15] people in X" / "killed 10 to 20 people in Y").
_ESTIMATE = frozenset(["estimated", "about", "around", "roughly", "approximately", "some", "nearly", "almost"])


def ranged_alike(ta: tuple[str, ...], pa: tuple[int, int], tb: tuple[str, ...], pb: tuple[int, int]) -> bool:
    """Whether two sentences give one estimate near their places: the same range ("between [3 and 5] percent of
    children in X" / "[3 percent to 5 percent] of schoolchildren in Y"), or an estimate inside the other's range with
    the same word after both ("an estimated [2 million] children in X" / "[1.5 million to 2.4 million] ... in Y").
    Two ends given alike tie two sentences to one fact as a single equal figure does, even for a share."""
    ra, rb = _ranges(ta, pa), _ranges(tb, pb)
    if {(lo, hi) for lo, hi, _ in ra} & {(lo, hi) for lo, hi, _ in rb}:
        return True
    for ranges, figures in ((ra, _figure_words(tb, pb)), (rb, _figure_words(ta, pa))):
        if any(lo < x < hi and word == unit and word for lo, hi, unit in ranges for x, word in figures):
            return True
    return False


_GENERIC_COUNTS = frozenset(stem(w) for w in ["percent", "times", "year", "years", "month", "months", "day", "days"])
EVENT_WORDS = 2  # content words besides the places and the figure the two sentences must share


def event_place_conflicts(a: Claim, b: Claim) -> list[tuple[ConflictKind, str, str]]:
    """One event given two places: two sentences that each name one place and count the same thing with the same figure
    or give the same day ("crashed outside [Germany] on July 25, killing 113 people" / "the July 25 crash near [Paris]
    that killed 113 people"; "Seven people died last year in [Australia]" / "seven people in the [New York] region
    died"), or one estimate (``ranged_alike``: "between 3 and 5 percent of children in [X]" / "3 percent to 5 percent
    of schoolchildren in [Y]"), with EVENT_WORDS more content words in common. Not a town against a country or state
    (it may lie in it), nor a place the other sentence names too."""
    ta, tb = tuple(a.slots.tokens), tuple(b.slots.tokens)
    pa, pb = _event_place(ta), _event_place(tb)
    if pa is None or pb is None or not (_figures(ta, pa) & _figures(tb, pb) or ranged_alike(ta, pa, tb, pb)):
        return []
    na, nb = " ".join(ta[pa[0]:pa[1]]).rstrip(".,"), " ".join(tb[pb[0]:pb[1]]).rstrip(".,")
    if na.lower() in b.text.lower() or nb.lower() in a.text.lower() or not two_answers(na, nb):
        return []
    dates_a = {(t, v) for t, _, _, v in _typed_slots(ta) if t.startswith("date")}
    dates_b = {(t, v) for t, _, _, v in _typed_slots(tb) if t.startswith("date")}
    if {t for t, _ in dates_a - dates_b} & {t for t, _ in dates_b - dates_a}:
        return []  # "in Tanzania on Friday" / "in Kenya on Saturday": two events
    place_words = {stem(t.lower()) for t in ta[pa[0]:pa[1]] + tb[pb[0]:pb[1]]}
    if len(set(a.terms) & set(b.terms) - place_words) < EVENT_WORDS + 1:  # the figure's noun is one of them
        return []
    return [("place", na, nb)]


# --- One description, two places --------------------------------------------------------------------------------------

# Heads of a description that makes a name a place ("Pratt, [a town] of about 7,000").
_PLACE_HEADS = frozenset(["town", "city", "village", "hamlet", "suburb", "community", "county", "province", "state",
                          "region", "district", "borough", "township", "port", "island", "country", "capital",
                          "neighborhood", "neighbourhood", "municipality", "enclave", "resort", "settlement"])
_DESCRIPTION_END = frozenset([",", ".", ";", ":", "(", ")", "--", "—", "``", "''", "\"", "“", "”", "and", "but", "which",
                              "who", "where", "that", "said", "says"])


def _place_descriptions(tokens: tuple[str, ...]) -> list[tuple[tuple[str, ...], int, int]]:
    """Names a sentence describes as a place, with a figure in the description ("Pratt, a town of about 7,000"): (the
    description's words, lower case, without the article; start and end of the name)."""
    out = []
    for typ, i, j, _ in _typed_slots(tokens):
        if typ != "name" or j + 2 >= len(tokens) or tokens[j] != "," or tokens[j + 1].lower() not in ("a", "an"):
            continue
        k = j + 2
        words: list[str] = []
        while k < len(tokens) and k < j + 14 and tokens[k].lower() not in _DESCRIPTION_END:
            words.append(tokens[k].lower())
            k += 1
        heads = [w for w in words[:3] if w in _PLACE_HEADS]
        if heads and any(w[:1].isdigit() for w in words) and len(words) >= 4:
            out.append((tuple(words), i, j))
    return out


def described_place_conflicts(idx: ClaimIndex) -> list[tuple[int, int, ConflictKind, str, str]]:
    """Two places given one description with a figure by two articles ("Pratt, a town of about 7,000" / "the school
    board in Chicago, a town of about 7,000"): a description that precise fits one place of the story, so one of the
    two names is wrong. (index a, index b, kind, value in a, value in b)."""
    by_words: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    for n, c in enumerate(idx.claims):
        toks = tuple(c.slots.tokens)
        if "," not in toks:
            continue
        for words, i, j in _place_descriptions(toks):
            by_words.setdefault(words, []).append((n, " ".join(toks[i:j]).rstrip(".,")))
    out: list[tuple[int, int, ConflictKind, str, str]] = []
    for hits in by_words.values():
        names = {v.lower() for _, v in hits}
        if len(names) != 2:
            continue
        (n, pa), (m, pb) = hits[0], next(h for h in hits if h[1].lower() != hits[0][1].lower())
        out += _two_homes(idx, n, pa, m, pb)
    return out


# --- One phrase, two places --------------------------------------------------------------------------------------------

_SAME_PREP = {"outside": "near"}
PHRASE_WORDS = 2  # content words the phrases before two places must share
_PHRASE_REACH = 4  # tokens before the preposition that make the phrase


def _phrase(tokens: Sequence[str], i: int) -> set[str]:
    """Content words (stemmed) of the phrase a place completes, in the tokens before its preposition and within its
    clause ("all unsolved murder cases [in] Texas" -> {unsolv, murder, case})."""
    k = i - 1 if tokens[i - 1].lower() not in ("the", "a", "an") else i - 2
    out = set()
    for t in reversed(tokens[max(0, k - _PHRASE_REACH):k]):
        if t in (",", ";", ":", "--", "—", "(", ")"):
            break
        low = t.lower()
        if low.isalpha() and len(low) > 2 and low not in STOPWORDS:
            out.add(stem(low))
    return out


def _where(c: Claim, other: Claim) -> list[tuple[int, int, str]]:
    """The places of a sentence after a preposition of where that the other sentence does not name: (start, end,
    preposition)."""
    toks = c.slots.tokens
    low = other.text.lower()
    out = []
    for typ, i, j, value in _typed_slots(tuple(toks)):
        prep = _prep(toks, i) if typ == "name" and _is_place(toks, i, j) else ""
        if prep in _WHERE_PREPS and value not in low and not _listed(toks, j):
            out.append((i, j, _SAME_PREP.get(prep, prep)))
    return out


def phrase_place_conflicts(a: Claim, b: Claim) -> list[tuple[ConflictKind, str, str]]:
    """The one place each of two sentences names that the other does not, after the same preposition and the same
    words ("ordered that all unsolved murder cases in [Texas] be reopened" / "ordered an inquiry into all unsolved
    murders in [London]"): the two places answer one question. Not a town against a country or state it may lie in,
    a site against a town, nor names one of the sentences gives again. Else, a place's authorities against the place
    itself acting (``authority_place_conflicts``)."""
    return _same_phrase(a, b) or authority_place_conflicts(a, b)


def _same_phrase(a: Claim, b: Claim) -> list[tuple[ConflictKind, str, str]]:
    wa, wb = _where(a, b), _where(b, a)
    if len(wa) != 1 or len(wb) != 1 or wa[0][2] != wb[0][2]:
        return []
    ta, tb = a.slots.tokens, b.slots.tokens
    (i1, i2, _), (j1, j2, _) = wa[0], wb[0]
    if len(_phrase(ta, i1) & _phrase(tb, j1)) < PHRASE_WORDS:
        return []
    na, nb = " ".join(ta[i1:i2]).rstrip(".,"), " ".join(tb[j1:j2]).rstrip(".,")
    return [("place", na, nb)] if two_answers(na, nb) else []


# --- A place's authorities, and the place itself as the one who acts ---------------------------------------------------

# Nouns for the people who act for a place: "the government in [Ottawa]", "officials in [Groton]" act as the place does
# ("[Quebec] will hold", "[Norway] detected").
_AUTHORITIES = frozenset(["government", "authorities", "officials", "police", "administration", "leaders", "regime",
                          "legislature", "parliament", "prosecutors", "military", "army"])
_SUBJECT_START = frozenset(["that", ",", "and", "but", "``", "\"", "“"])
SHARED_WORDS = 3  # content words besides the places the two sentences must share


def _authority_place(tokens: Sequence[str]) -> tuple[int, int] | None:
    """The one place of a sentence named as where its authorities are ("The separatist government in [Ottawa] said"):
    a name slot after "in" (or "in the") that follows one of _AUTHORITIES; None when there is none or several."""
    found = []
    for typ, i, j, _ in _typed_slots(tuple(tokens)):
        k = i - 2 if i > 1 and tokens[i - 1].lower() == "the" else i - 1
        if typ == "name" and k >= 1 and tokens[k].lower() == "in" and tokens[k - 1].lower() in _AUTHORITIES:
            found.append((i, j))
    return found[0] if len(found) == 1 else None


def _acting_places(tokens: Sequence[str], other: str) -> list[tuple[int, int]]:
    """Countries, states or provinces the gazetteers know that a sentence names as the one who acts (not a town: many
    are named as people are), at the start of a clause and before a lower-case word or a comma ("[Quebec] will hold",
    "that [Norway], which has a vessel there, detected"), and that the other sentence does not name."""
    out = []
    slots = list(_typed_slots(tuple(tokens)))
    first = _first_word(tokens)
    if first + 2 < len(tokens) and tokens[first][:1].isupper() and tokens[first].isalpha() \
            and tokens[first + 1] == "," and tokens[first + 2].lower() in ("which", "whose") \
            and not any(i <= first < j for _t, i, j, _v in slots):
        # a capitalised first word is no name slot (it is no evidence of a name), but a country opening the sentence
        # before ", which" acts as one does after a comma ("[Norway], which has a scientific vessel in the region,
        # detected ..."); not "Jordan said ..." (a coach) nor "Russia said ..." (one side of a swap; review R22b)
        slots.append(("name", first, first + 1, tokens[first].lower()))
    for typ, i, j, value in slots:
        if typ != "name" or j >= len(tokens) or not (tokens[j][:1].islower() or tokens[j] == ",") \
                or value.lower() in other or not known_area(" ".join(tokens[i:j])):
            continue
        if i == _first_word(tokens) or tokens[i - 1].lower() in _SUBJECT_START:
            out.append((i, j))
    return out


def authority_place_conflicts(a: Claim, b: Claim) -> list[tuple[ConflictKind, str, str]]:
    """A place's authorities in one sentence, the place itself acting in the other, with SHARED_WORDS content words in
    common ("The separatist government in [Ottawa] said they would hold another referendum ... in a provincial election,
    which is expected next year" / "It is widely expected that [Quebec] will hold a provincial election next year"):
    the two places answer one "where". Each sentence must name only that place the other does not, and the two must be
    two answers (not a town against the province it lies in)."""
    out: list[tuple[ConflictKind, str, str]] = []
    for first, second, flip in ((a, b, False), (b, a, True)):
        ta, tb = first.slots.tokens, second.slots.tokens
        spot = _authority_place(ta)
        if spot is None or " ".join(ta[spot[0]:spot[1]]).lower() in second.text.lower() or _where(second, first):
            continue
        acting = _acting_places(tb, first.text.lower())
        if len(acting) != 1:
            continue
        (i1, i2), (j1, j2) = spot, acting[0]
        na, nb = " ".join(ta[i1:i2]).rstrip(".,"), " ".join(tb[j1:j2]).rstrip(".,")
        place_words = {stem(t.lower()) for t in ta[i1:i2] + tb[j1:j2]}
        if len(set(first.terms) & set(second.terms) - place_words) < SHARED_WORDS or not two_answers(na, nb):
            continue
        out.append(("place", nb, na) if flip else ("place", na, nb))
    return out[:1]
