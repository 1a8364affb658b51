"""Paraphrase conflicts: a slot one sentence has and the other lacks, paired by type and shared context."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsdesk.compare.claims import Claim
from newsdesk.compare.conflicts.actors import (
    _is_speaker,
    _lone,
    _other_subject,
    _present,
    _same_description,
    _same_entity,
    _same_role,
    _sorts,
    _statement_overlap,
    affiliate_of,
    respelt,
    tellers_of_one_statement,
)
from newsdesk.compare.conflicts.counted import counts_others, counts_there, of_other_things
from newsdesk.compare.conflicts.date_pairs import dated_by_shared_figure
from newsdesk.compare.conflicts.dates import _date_ctx, _date_groups, _day_and_month
from newsdesk.compare.conflicts.lexicon import _DATE_WORDS, _FUNCTION_CAPS
from newsdesk.compare.conflicts.names import (
    _actor_sort,
    _agent_slot,
    _institutions,
    _is_place,
    _org_apposed,
    _org_like,
    _person_like,
)
from newsdesk.compare.conflicts.numbers import (
    _GENERIC_UNITS,
    _TIME_UNITS,
    MEASURE_TIE,
    _first_unit,
    _money,
    _number_role,
    _part_of_those,
    _units_may_match,
    _unmatched_numbers,
    count_words,
    narrowed_by_name,
    revised_between,
    same_toll,
    unit_label,
)
from newsdesk.compare.conflicts.params import ANCHOR_WORDS, NAME_COS, SPEAKER_OVERLAP
from newsdesk.compare.conflicts.places import _lone_place, _prep
from newsdesk.compare.conflicts.ranges import (
    _bounded_ok,
    _in_range,
    _same_bound,
    _same_range,
    opposite_limits,
    other_wholes,
    restated_limit,
)
from newsdesk.compare.conflicts.rates import only_rates_of_change
from newsdesk.compare.conflicts.slots import Slot, _modifier, _typed_slots
from newsdesk.compare.conflicts.source_clause import tells
from newsdesk.compare.conflicts.story_places import place_modifier
from newsdesk.compare.conflicts.values import _compatible, _hyphen_number, _num, _qualified, _vague_ok
from newsdesk.model import ConflictKind
from newsdesk.sentences import dateline_end
from newsdesk.text import STOPWORDS, stem

_WINDOW = 3  # tokens on each side of a slot that give its context


def _anchors(tokens: Sequence[str], i: int, j: int) -> set[str]:
    """Content words within _WINDOW tokens of a slot: the context that says what the slot is about."""
    out = set()
    number = _num(tokens[i]) is not None
    for k in list(range(max(0, i - _WINDOW), i)) + list(range(j, min(len(tokens), j + _WINDOW))):
        t = tokens[k].lower()
        # beside a number, hyphenated words count ("32-year-old": what the number is), not hyphenated numbers
        word = t.replace("-", "").isalpha() if number else t.isalpha()
        if word and len(t) > 2 and t not in STOPWORDS and not _num(t) and t not in _DATE_WORDS:
            out.add(stem(t))
    return out


_WIDE = 6  # tokens on each side of a date that may hold a word both sentences put near it


def _wide_context(tokens: Sequence[str], i: int, j: int, stop: frozenset[str] = frozenset()) -> set[str]:
    """Content words within _WIDE tokens of a slot (as _anchors reads them), speech verbs left out; on each side the
    reading ends at a token of ``stop``."""
    out = set()
    for span in (range(i - 1, max(-1, i - 1 - _WIDE), -1), range(j, min(len(tokens), j + _WIDE))):
        for k in span:
            if tokens[k] in stop:
                break
            t = tokens[k].lower()
            if t.isalpha() and len(t) > 2 and t not in STOPWORDS and t not in _DATE_WORDS \
                    and "<" + t not in _SPEECH_CONTEXT:
                out.add(stem(t))
    return out


_CLAUSE_MARKS = frozenset([",", ";", ":", ".", "--", "—", "(", ")"])


def _clause_context(tokens: Sequence[str], i: int, j: int) -> set[str]:
    """Content words within _WIDE tokens of a slot that stay in the slot's clause: the reading ends at a comma, a colon,
    a dash or a bracket ("not diagnosed in children until they are at least [9] years old" -> {diagnos, children, ...};
    "If convicted of spreading the computer virus, the student could receive [40] years in prison" -> {student, receiv,
    year, prison}, not the virus of the clause before)."""
    return _wide_context(tokens, i, j, _CLAUSE_MARKS)


def _near(tokens: Sequence[str], i: int, j: int) -> set[str]:
    """Context of a slot: content stems within _WINDOW tokens, plus the words right before and after it."""
    out = _anchors(tokens, i, j)
    if i:
        out.add("<" + tokens[i - 1].lower())
    if j < len(tokens) and tokens[j][:1].isalpha():
        out.add(">" + tokens[j].lower())
    return out - {"<the", "<and", "<,", ">and", "<of", ">of", "<a", "<(", ">,"} - _SPEECH_CONTEXT


# Speech verbs next to a name say that it is a speaker, not which role in the fact it fills.
_SPEECH_CONTEXT = frozenset([p + w for p in "<>" for w in ["said", "says", "told", "added", "say", "tell"]]
                            + ["said", "say", "told", "tell", "add"])


def _caps_dateline(tokens: Sequence[str]) -> int:
    """Length of a leading dateline without a news agency: words in capitals before a capitalised function word
    ("PARIS An Algerian man ...", "NEW YORK The ..."); 0 when there is none ("FBI agents said ...")."""
    k = 0
    while k < len(tokens) and len(tokens[k]) >= 2 and tokens[k].isalpha() and tokens[k].isupper():
        k += 1
    if k and k < len(tokens) and sum(len(t) for t in tokens[:k]) >= 4 and tokens[k][:1].isupper() \
            and (len(tokens[k]) == 1 or not tokens[k].isupper()) and tokens[k].lower() in _FUNCTION_CAPS:
        return k
    return 0


def _body_text(text: str) -> str:
    """A sentence without its leading dateline."""
    start = dateline_end(text)
    rest = text[start:]
    k = _caps_dateline(rest.split())
    return " ".join(rest.split()[k:]) if k else rest


_STARTS = frozenset(stem(w) for w in ["start", "starts", "started", "begin", "begins", "began", "opens", "opened",
                                      "launched", "kicks", "kicked"])
_ENDS = frozenset(stem(w) for w in ["end", "ends", "ended", "close", "closes", "closed", "finish", "finished",
                                    "concluded", "concludes", "wrapped"])


def _start_and_end(ta: Sequence[str], i: int, tb: Sequence[str], j: int) -> bool:
    """Whether one date is when something starts and the other when something ends (the verb right before each)."""
    def verb(tokens: Sequence[str], k: int) -> str:
        k -= 1
        while k >= 0 and tokens[k].lower() in ("on", "at", "in", "the", "a", "by", "last", "this", "next", "early"):
            k -= 1
        return stem(tokens[k].lower()) if k >= 0 else ""
    va, vb = verb(ta, i), verb(tb, j)
    return va in _STARTS and vb in _ENDS or va in _ENDS and vb in _STARTS


_REPORT_CONTEXT = frozenset(["report", "accord"] + [p + w for p in "<>" for w in [
    "reported", "reportedly", "reports", "reporting", "according"]])

# What is still to happen: "will", "is to", "is expected to", "plans to", "is due to".
_FUTURE = frozenset(["will", "shall", "'ll", "’ll", "would", "plans", "planned", "plan", "expected", "scheduled",
                     "intends", "tomorrow"])
# Past forms with no "-ed" ending, common in news of an event.
_PAST_FORMS = frozenset(["was", "were", "had", "did", "ran", "took", "came", "went", "fell", "rose", "hit", "struck",
                         "sank", "began", "broke", "found", "made", "left", "saw", "won", "lost", "held", "met", "got",
                         "gave", "led", "flew", "drove", "shot", "blew", "caught", "brought", "sent", "spent", "told",
                         "said", "killed", "stood", "fought", "threw", "wrote", "spoke", "chose", "froze", "tore"])
_CLAUSE_END = frozenset([",", ";", ":", "--", "—", "(", ")", "that", "which", "who", "when", "after", "before", "while",
                         "because", "but", "and"])


def _tense(tokens: Sequence[str], i: int) -> str:
    """"future" when the clause that holds tokens[i] speaks of what is still to happen ("tugs [will] try to pull the
    ferry off on Monday"), "past" when it tells what happened ("[ran] aground on Sunday", "was [found] Monday"), else ""
    ("is being published Friday", "said Tuesday" after a future clause)."""
    k = i - 1
    past = False
    while k >= 0 and tokens[k].lower() not in _CLAUSE_END:
        low = tokens[k].lower()
        nxt = tokens[k + 1].lower() if k + 1 < i else ""
        if low in _FUTURE or low == "to" and nxt == "be" or low in ("set", "going", "due") and nxt == "to":
            return "future"
        prev = tokens[k - 1].lower() if k else ""
        if low in _PAST_FORMS or len(low) > 4 and low.endswith("ed") and low.isalpha() \
                and prev not in ("be", "being", "been", "is", "are", "to", "will", "has", "have", "'s"):
            past = True
        k -= 1
    return "past" if past else ""


def _plan_and_event(ta: Sequence[str], i: int, tb: Sequence[str], j: int) -> bool:
    """Whether one date is when something is still to happen and the other when something happened ("ran aground on
    [Sunday]" / "tugs will try to pull the ferry off on [Monday]"): two events, not two dates of one."""
    return {_tense(ta, i), _tense(tb, j)} == {"future", "past"}


def _names_a_noun(tokens: Sequence[str], i: int, j: int) -> bool:
    """Whether a name is followed by a lower-case content word it describes ("computers using [Microsoft] operating
    systems"): a modifier, not where something is."""
    nxt = tokens[j] if j < len(tokens) else ""
    prev = tokens[i - 1].lower() if i else ""
    if prev in _LOCATIVE_WORDS or prev in ("a", "an", "the") and i > 1 and tokens[i - 2].lower() in _LOCATIVE_WORDS:
        return False  # "in Taiwan", "in a Paris suburb": where
    return nxt.isalpha() and nxt.islower() and nxt not in STOPWORDS and len(nxt) > 2


def _describes_other_noun(tokens: Sequence[str], i: int, j: int, other: Sequence[str]) -> bool:
    """Whether a name describes a noun right after it that the other sentence does not have ("using [Microsoft]
    operating systems" against "originated in Taiwan")."""
    return _names_a_noun(tokens, i, j) and tokens[j].lower() not in {t.lower() for t in other}


_LOCATIVE_WORDS = frozenset(["in", "near", "at", "outside", "from", "into", "across", "around", "inside", "off"])


def _foreign_modifier(tokens: Sequence[str], other: Sequence[str]) -> bool:
    """Whether a sentence has a one-word name describing a noun the other sentence has too ("the average [GM] worker" /
    "the average assembly worker at DaimlerChrysler"), a name the other sentence lacks."""
    low = {t.lower() for t in other}
    stems = {stem(t) for t in low}
    return any(k and t[:1].isupper() and t.lower() not in low and t.lower() not in STOPWORDS and t.isalpha()
               and _modifier(tokens, k, k + 1) and stem(tokens[k + 1].lower()) in stems for k, t in enumerate(tokens))


def _place_of_figure(tokens: Sequence[str], j: int, slots: Sequence[Slot]) -> str:
    """The place a figure is given for: a place after "in" within the figure's clause ("killed [two] people and sickened
    scores last year in [New York City]"), lower-cased; "" when there is none."""
    places = {i: v for t, i, _j, v in slots if t == "name" and _is_place(tokens, i, _j)}
    for k in range(j, min(len(tokens) - 1, j + 10)):
        if tokens[k] in _CLAUSE_MARKS:
            return ""
        if tokens[k].lower() in ("in", "at") and k + 1 in places:
            return places[k + 1]
    return ""


def _differing_slots(a: Claim, b: Claim, slots_a: Sequence[Slot], slots_b: Sequence[Slot]) -> tuple[list[Slot], list[Slot]]:
    """The slots of a whose value b does not state, and those of b that a does not state."""
    ta, tb = a.slots.tokens, b.slots.tokens
    # A dateline ("PARIS (Reuters) -", "PARIS An Algerian man ...") says where the report was filed: a place there
    # is not a place the sentence states.
    ba, bb = ta[_caps_dateline(ta):], tb[_caps_dateline(tb):]
    text_a, text_b = _body_text(a.text), _body_text(b.text)
    # ... unless the sentence points to it ("the seminar ended here"): then the dateline's place is stated.
    if "here" in {t.lower() for t in ba}:
        ba, text_a = ta, a.text
    if "here" in {t.lower() for t in bb}:
        bb, text_b = tb, b.text
    # one apostrophe for all ("O’Mara" / "O'Mara")
    low_ta = {t.lower().rstrip(".,").replace("’", "'") for t in ba}
    low_tb = {t.lower().rstrip(".,").replace("’", "'") for t in bb}
    # "^word": a capitalised word of the sentence, what a name's distinctive word is looked up in
    low_ta |= {"^" + t.lower().rstrip(".,").replace("’", "'") for t in ba if t[:1].isupper()}
    low_tb |= {"^" + t.lower().rstrip(".,").replace("’", "'") for t in bb if t[:1].isupper()}
    low_a, low_b = text_a.lower().replace("’", "'"), text_b.lower().replace("’", "'")
    vals_a, vals_b = {(t, v) for t, _, _, v in slots_a}, {(t, v) for t, _, _, v in slots_b}
    extra_a, extra_b = _unmatched_numbers(ta, slots_a, tb, slots_b), _unmatched_numbers(tb, slots_b, ta, slots_a)
    sa = [s for s in slots_a if not _present(s[3], s[0], low_tb, low_b, vals_b, tb)
          and not (s[0] == "number" and s not in extra_a and (s[0], s[3]) in vals_b)]
    sb = [s for s in slots_b if not _present(s[3], s[0], low_ta, low_a, vals_a, ta)
          and not (s[0] == "number" and s not in extra_b and (s[0], s[3]) in vals_a)]
    # A one-word name the other sentence spells with a letter more or less ("[Quebecers]" / "[Quebeckers]") is stated
    # by it: no other subject for the figures beside it.
    names_a = [s for s in sa if s[0] == "name"]
    names_b = [s for s in sb if s[0] == "name"]
    sa = [s for s in sa if s[0] != "name" or not any(respelt(s[3], y[3]) for y in names_b)]
    sb = [s for s in sb if s[0] != "name" or not any(respelt(x[3], s[3]) for x in names_a)]
    # A figure the other sentence gives approximately ("almost [4 billion] years ago" / "around [3.9 billion] years
    # ago") is stated by it: it is not left over to pair with another figure ("a mere 10,000 years ago").
    approx_a = [s for s in sa if s[0] == "number" and _qualified(ta, s[1])]
    approx_b = [s for s in sb if s[0] == "number" and _qualified(tb, s[1])]
    close = {(x, y) for x in approx_a for y in sb if y[0] == "number" and _compatible(float(x[3]), float(y[3]), True)
             and not opposite_limits(ta, x[1], x[2], tb, y[1], y[2])} \
        | {(x, y) for y in approx_b for x in sa if x[0] == "number" and _compatible(float(x[3]), float(y[3]), True)
           and not opposite_limits(ta, x[1], x[2], tb, y[1], y[2])}
    if close:
        sa = [s for s in sa if not any(x == s for x, _ in close)]
        sb = [s for s in sb if not any(y == s for _, y in close)]
    return sa, sb


def _aligned_slot_conflicts(a: Claim, b: Claim, cos: float, crowded: bool = False, anchored: bool = False,
                            places: frozenset[str] = frozenset(), *,
                            lone_counts: bool = False) -> list[tuple[ConflictKind, str, str]]:
    """Slots of one type whose values differ between two aligned sentences, in the same context.

    A slot of a that b lacks is paired with a slot of the same type that a lacks; the pair counts when they
    share context (a content word near both, or the same word right before / after) and the sentences are
    about the same thing (cosine). Names must be foreign to the other sentence entirely (no shared part). ``places``:
    the names the story gives as places (story_places), by which a name describing a noun is read as where that thing
    is ("the [San Francisco] scene"). ``lone_counts``: a figure is a lone slot when it is the only one on each side
    that may count what the other counts (``_lone_count``); only for a caller that checks each figure's own words
    after (anchored_conflicts): as a general rule it pairs figures of other things ("[247] people" / "[10] people").
    """
    ta, tb = a.slots.tokens, b.slots.tokens
    slots_a, slots_b = _typed_slots(ta), _typed_slots(tb)
    sa, sb = _differing_slots(a, b, slots_a, slots_b)
    if not sa or not sb:
        return []
    types_a, types_b = Counter(s[0] for s in sa), Counter(s[0] for s in sb)
    differing = {t.split(":")[0] for t in types_a if types_b[t]}
    # Two places: numbers that count different things ("three suicide bombings in Homs" / "two neighbourhoods of
    # Damascus") are no second difference.
    loose = differing - ({"number"} if "number" in differing and not any(
        _units_may_match(ta, x1, x2, tb, y1, y2) for t, x1, x2, _ in sa if t == "number"
        for u, y1, y2, _ in sb if u == "number") else set())
    extra_places = 1.0 if len(loose) > 1 else 0.0
    # For a number, names count as a second difference only when both sides have a differing name of one sort (a
    # place, a person, an organization) that is not a speaker: "Buddenberg, 63, originally from Virginia Beach" /
    # "Joseph Buddenberg, 31, ... said U.S. Attorney Laura Duffy" differ in the age, not in whose age it is.
    # The same holds for a date: "Goodlatte said in a tweet [Thursday] ... Thank you" / "the younger Goodlatte wrote on
    # [Twitter] on [Monday]" differ in the day, not in who or where.
    unsorted_names = {"name"} if "name" in differing and not _sorts(a, sa) & _sorts(b, sb) else set()
    num_differing = differing - unsorted_names
    # Numbers and a date (or a name) both differ: "in 1997 ... 55 per 100,000" / "in 1996 ... 4 per 100,000",
    # "in Tanzania killed 11" / "in Kenya killed 248": more likely two different facts than two contradictions,
    # so each pairing needs more shared context.
    extra_any = 1.0 if len(differing) > 1 else 0.0
    # ... a month, a day or a year too, with numbers that count other things ("In [June] of last year, two boys ...
    # killing four classmates" / "in [March] when two boys, aged 13 and 11, opened fire"); not a weekday, which many
    # statements and events of a story share ("confirmed [Wednesday] the identities of the two bodies, aged 14 and
    # 13" / "were last seen [Monday]")
    extra_date = 1.0 if len(loose - unsorted_names) > 1 else 0.0
    extra_day = 1.0 if len(differing - unsorted_names) > 1 else 0.0
    extra_num = 1.0 if len(num_differing) > 1 else 0.0
    # A number next to a different year or a different place is a figure for another time or place.
    elsewhere = "date:year" in types_a and types_b["date:year"] > 0 or \
        any(t == "name" and _is_place(ta, i, j) for t, i, j, _ in sa) and \
        any(t == "name" and _is_place(tb, i, j) for t, i, j, _ in sb)
    # In a crowded story, a number beside a name that the other sentence lacks, on both sides, is a figure for
    # another entity ("the average worker at DaimlerChrysler is 43" / "the average GM worker is 48").
    # A name used as a modifier ("the average [GM] worker") names that entity as well.
    elsewhere = elsewhere or crowded and (_other_subject(a, sa) or _foreign_modifier(ta, tb)) \
        and (_other_subject(b, sb) or _foreign_modifier(tb, ta))
    out: list[tuple[ConflictKind, str, str]] = []
    used_b: set[int] = set()
    for typ, i1, i2, va in sa:
        # ... unless both figures are given for one place named right after them ("No humans in New Jersey have tested
        # positive for the virus, which killed [two] people ... in New York City" / "killed [six] people in New York
        # City and one in Westchester"): the other places are not what the figures count
        place_a = _place_of_figure(ta, i2, slots_a) if typ == "number" and elsewhere else ""
        if typ == "number" and elsewhere and not place_a:
            continue
        extra = extra_num if typ == "number" else extra_day if typ == "date:weekday" else extra_date \
            if typ.startswith("date") else extra_any
        ctx_a = _near(ta, i1, i2) | (_date_ctx(ta, i1, i2) if typ.startswith("date") else set())
        best, best_score = None, 0.0
        for k, (typ_b, j1, j2, vb) in enumerate(sb):
            if k in used_b or typ_b != typ and not _day_and_month(typ, va, typ_b, vb):
                continue
            if place_a and place_a != _place_of_figure(tb, j2, slots_b):
                continue
            ctx_b = _near(tb, j1, j2) | (_date_ctx(tb, j1, j2) if typ.startswith("date") else set())
            shared = ctx_a & ctx_b
            if typ == "number":
                # what both count, read as numbers.py reads it ("a 140-mile section" / "285 miles"), and one range's
                # end, one rate's base or one share's whole: context the two figures share, beside their words
                shared |= count_words(ta, i1, i2, tb, j1, j2)
            if typ == "name":
                # "had [reportedly] travelled to [Syria]" / "[the Associated Press] reported": who tells is no context
                shared -= _REPORT_CONTEXT
                # "[X], the nation's largest teachers' union, doesn't believe" / "[Y], the nation's largest teachers
                # union, is": the description both names are given is the context they share, however long
                shared |= _same_description(ta, i2, tb, j2)
                extra = extra_places if _is_place(ta, i1, i2) and _is_place(tb, j1, j2) else extra_any
            strong = {w for w in shared if w[0] not in "<>"}
            score = len(strong) + 0.5 * len(shared - strong) + 2 * cos
            # One differing slot of this type on each side: the pairing is unambiguous, so less shared context
            # is needed to say the two values fill the same role.
            unique = types_a[typ] == 1 and types_b[typ] == 1
            if lone_counts and typ == "number" == typ_b and not unique:
                # Figures with a unit of their own that cannot count what the other counts ("in Guangzhou [160]
                # kilometers (100 miles) north of the border" against "[74] other defendants") are no rivals: the one
                # figure on each side that may count the same thing is as lone a slot as a single figure.
                unique = _lone_count(ta, sa, i1, i2, tb, sb, j1, j2)
            if typ != typ_b:  # a day of one month against a month ("Jan. 17" / "April"): one slot of the month each
                unique = types_a["date:day"] + types_a["date:month"] == 1 == types_b["date:day"] + types_b["date:month"]
            # Dates joined in one list ("in January and February") fill one slot: a single month against the list
            # is as unambiguous a pairing as a single month against a single month.
            unique = unique or typ.startswith("date") and _date_groups(sa, ta, typ) == 1 \
                and _date_groups(sb, tb, typ) == 1
            # ... and so is the date nearest on each side to a figure both give ("On [Tuesday], ... killed 27 people" /
            # "Monday's clashes came after ... on [Saturday], killing 27 people"), whatever else differs
            tied = typ == typ_b and typ.startswith("date") and dated_by_shared_figure(ta, i1, tb, j1)
            unique = unique or tied
            # ... and so is the one rate of change each sentence gives ("growing by at least [19] percent a year" /
            # "has increased [7] percent to 15 percent"), whatever figures of other units differ besides
            rate_pair = typ == "number" == typ_b and only_rates_of_change(sa, ta, i1, i2, sb, tb, j1, j2)
            unique = unique or rate_pair
            need = ((0.0 if cos >= 0.5 else 0.5) if unique else (1.0 if cos >= 0.5 else 2.0)) + extra
            if typ == "name" and not unique and (types_a[typ] == 1 or types_b[typ] == 1) and cos < 0.5 \
                    and _is_place(ta, i1, i2) and _is_place(tb, j1, j2):
                # "... Commercial Blvd. in [Plantation], detectives said" / "... Commercial Blvd. in [Tamarac]": the
                # one differing name of one side, a place like the other's, is as likely as the cosine allows
                need -= 0.5
            # A place ("in X") that is the only differing place of a, against the only differing name of b that
            # reads as neither a person nor an organization: the same place slot, worded differently around it.
            # (of several places, the only one after the preposition the other's place has: "meetings in [X] and at
            # the Beverly Hills Hotel" / "in [Y]")
            # (a name describing a noun is no place, unless the story names it as a place elsewhere: "the [San
            # Francisco] scene" / "in [New York]")
            modifier_a = typ == "name" and place_modifier(ta, i1, i2, places)
            modifier_b = typ == "name" and place_modifier(tb, j1, j2, places)
            lone_place = typ == "name" and not extra and types_b[typ] == 1 and _is_place(ta, i1, i2) \
                and _lone_place(sa, ta, i1, _prep(tb, j1)) \
                and not _person_like(tb, j1, j2) and not _org_like(" ".join(tb[j1:j2])) and not _agent_slot(tb, j1) \
                and (not _names_a_noun(tb, j1, j2) or modifier_b)
            lone_place = lone_place or typ == "name" and not extra and types_a[typ] == 1 and _is_place(tb, j1, j2) \
                and _lone_place(sb, tb, j1, _prep(ta, i1)) \
                and not _person_like(ta, i1, i2) and not _org_like(" ".join(ta[i1:i2])) and not _agent_slot(ta, i1) \
                and (not _names_a_noun(ta, i1, i2) or modifier_a)
            if lone_place and not crowded:
                need, shared = 0.0, shared or {"<place>"}
            # A date of one type (weekday, month, year, day of the month) that is the only differing one of its type in
            # each of two aligned sentences, nothing else differing: the day the event happened, worded differently around
            # it ("plunged 1,100 points Thursday as stocks..." / "accelerated Monday with the Dow plunging...").
            # In a crowded story (weeks of coverage, many dates), only with a content word shared within a few words of
            # the two dates ("as her husband did in the [1993] campaign" / "the contribution her husband spurned in [1996]").
            if typ.startswith("date") and (_start_and_end(ta, i1, tb, j1) or _plan_and_event(ta, i1, tb, j1)):
                continue  # "the show, which starts [Friday]" / "the show that ended [Sunday]": two ends of one event;
                # "ran aground on [Sunday]" / "tugs will try to pull the ferry off on [Monday]": two events
            if typ.startswith("date") and not extra and unique \
                    and (not crowded or _wide_context(ta, i1, i2) & _wide_context(tb, j1, j2)) or tied:
                need, shared = 0.0, shared or {"<date>"}
            # A day of the month against the same day of another month ("shows July 3-5" / "shows October 3-5"), the
            # only differing day on each side: the same date slot with its month changed, whatever else differs.
            if typ == "date:day" == typ_b and not crowded and unique and va.split()[-1] == vb.split()[-1]:
                need, shared = 0.0, shared or {"<date>"}
            # The same for a person (or an organization): the only differing one on each side, of the same sort.
            # In a crowded story, only with a content word shared around the two names ("degrees from Harvard and
            # [X]" / "degrees from Harvard and [Y]").
            if typ == "name" and not extra and not lone_place and (not crowded or strong):
                kind_a, kind_b = _actor_sort(ta, i1, i2), _actor_sort(tb, j1, j2)
                if kind_a and kind_a == kind_b and _lone(sa, ta, kind_a) and _lone(sb, tb, kind_b):
                    need, shared = 0.0, shared or {"<actor>"}
            if typ == "name" and not anchored and tellers_of_one_statement(a, ta, i1, i2, b, tb, j1, j2):
                need, shared = 0.0, shared | {"<speaker>"}
            if len(strong) + 0.5 * len(shared - strong) < need or not shared and not unique:
                continue
            # A number counting the same unit ("[9,000] hours of sunshine" / "[3,000] hours of sunshine") has its unit as
            # one of its context words: one more is enough.
            unit_ok = typ == "number" and (u := _first_unit(ta, i2)) != "" and u == _first_unit(tb, j2) and u in strong \
                and u not in _GENERIC_UNITS | _TIME_UNITS  # not "3 years" / "40 years", "10 percent" / "14 percent"
            # one end of one range, one rate's base, one share's whole ("300 to [604] million cases" / "300 million to
            # [500] million cases of malaria and 2 million to 3 million deaths") tie two figures as a lone slot does
            lone = unique or typ == "number" and MEASURE_TIE in shared
            # the words that say what a figure or a day of a month is may sit a few words off, in its clause ("not
            # diagnosed in children until they are at least [9] years old" / "not diagnosed until children are around
            # [3] years old"; "at a London bus stop on [July 22] 1993" / "stabbed in [April] 1993 at a London bus
            # stop"); not a weekday or a year, which many statements and events of a story share ("Straw unveiled new
            # curbs [Wednesday]" / "rejected calls on [Friday] for Straw to resign", "declared [1997] the warmest year
            # on record" / "with [1998] being the warmest year on record")
            own = strong | (_clause_context(ta, i1, i2) & _clause_context(tb, j1, j2)) \
                if typ == "number" or "date:day" in (typ, typ_b) else strong
            # a body given to one person on both sides ("Ruth Rabinowitz of the [X]" / "A lawmaker with the [Y],
            # Rabinowitz said"): that person's affiliation is the slot both fill, an anchor of its own
            one_affiliate = typ == "name" and affiliate_of(ta, i1, i2) != "" \
                and affiliate_of(ta, i1, i2) == affiliate_of(tb, j1, j2)
            if anchored and not (lone and not extra and (len(own) >= ANCHOR_WORDS - unit_ok or one_affiliate)):
                continue  # loosely aligned: only a lone slot with its own context words on both sides
            if typ == "number":
                fa, fb = float(va), float(vb)
                if not rate_pair and revised_between(a.text, fa, ta, i1, b.text, fb, tb, j1):
                    continue  # a figure revised from the other one: an update (not a rate of change against another:
                    # "increased [7] percent to 15 percent" / "growing by at least [19] percent" are two rates, not a
                    # level revised)
                if _part_of_those(ta, i1) != _part_of_those(tb, j1):
                    continue  # "the latter [two] are in custody" / "[three] suspects are in custody": some of them
                if counts_others(ta, i1, i2) != counts_others(tb, j1, j2) or counts_there(ta, i2) != counts_there(tb, j2) \
                        or of_other_things(ta, i2, tb, j2):
                    continue  # "[three] other states" / "[five] states", "[80] people died there" / "[130] people
                    # died", "[two] counts of assault" / "[six] counts of mischief": a part, or another thing
                approx = _qualified(ta, i1) or _qualified(tb, j1)
                if _compatible(fa, fb, approx) or _vague_ok(ta[i1], fa, tb[j1], fb) \
                        or _bounded_ok(ta, i1, fa, tb, j1, fb) and not restated_limit(ta, i1, i2, tb, j1, j2):
                    continue  # (a bound that restates a range's end is that end: "7 to 15 percent" / "at least 22")
                if (_in_range(ta, i1, i2) or _in_range(tb, j1, j2)) and not _same_range(ta, i1, i2, tb, j1, j2) \
                        and not _same_bound(ta, i1, i2, tb, j1, j2):
                    continue
                if _money(ta, i1, i2) != _money(tb, j1, j2):
                    continue  # "$3 billion" / "26 of its 29 plants": an amount of money against a count
                if other_wholes(ta, i2, tb, j2):
                    continue  # "10 percent of all transactions" / "14 percent of the book market": two wholes
                if narrowed_by_name(ta, i2, tb, j2):
                    continue  # "42,000 UAW employees" / "its 200,000-employee parts unit": some of them, not all
                (unit_a, head_a), (unit_b, head_b) = _number_role(ta, i1, i2), _number_role(tb, j1, j2)
                same_unit = bool(unit_a & unit_b)
                same_head = bool(head_a) and head_a == head_b or rate_pair \
                    or same_toll(head_a, unit_a, head_b, unit_b)  # "grew" / "increased": one change; "claimed" /
                # "killed" [300] people: one toll
                ua, ub = _first_unit(ta, i2), _first_unit(tb, j2)
                if ua and ub and ua not in unit_b and ub not in unit_a:
                    continue  # "seven settlements (as illegal)" / "15 encampments (illegally built)": other things
                if unit_a and unit_b and not same_unit:
                    continue  # "55 per 100,000" / "13 percent": different quantities
                if not (same_unit and unit_a != {"percent"} or same_head or same_unit and cos >= 0.5
                        or MEASURE_TIE in shared):
                    continue
                # A number joined to its unit ("two-year", "seven-year") measures the noun after it, not the verb before:
                # "serving Taiwan's [seven-year] compulsory military service" / "undergoing Taiwan's mandatory
                # [two-year] military service" is one service, named by the words shared after the numbers.
                measured = _hyphen_number(ta[i1].lower())[1] != "" and _hyphen_number(tb[j1].lower())[1] != "" \
                    and len(strong) >= 2
                if unit_a & unit_b <= _GENERIC_UNITS and head_a and head_b and not same_head and not measured \
                        and MEASURE_TIE not in shared:
                    continue  # "pulled 31 people" / "search for two people": people, but not the same ones
            elif cos < NAME_COS and not unique:
                continue
            if typ == "name":
                na, nb = " ".join(ta[i1:i2]).rstrip(".,"), " ".join(tb[j1:j2]).rstrip(".,")
                if _same_entity(na, nb) or not shared:
                    continue
                if (_is_place(ta, i1, i2) or modifier_a) != (_is_place(tb, j1, j2) or modifier_b) \
                        and not _institutions(na, nb) and (
                        _person_like(ta, i1, i2) or _person_like(tb, j1, j2) or _org_like(na) or _org_like(nb)
                        or (_describes_other_noun(tb, j1, j2, ta) if _is_place(ta, i1, i2)
                            else _describes_other_noun(ta, i1, i2, tb))):
                    continue  # a place on one side, a person or organization on the other: different roles (two
                    # organizations, one "at" it, are one role: "chairman of the department at [X]" / "as [Y]"); nor
                    # is a name describing a noun the other sentence lacks where ("originated in [Taiwan]" / "using
                    # [Microsoft] operating systems"; "salmon in the [Pacific]" / "[Snake River] salmon" is one role)
                if _is_speaker(a, na) and _is_speaker(b, nb) and _statement_overlap(a, b) < SPEAKER_OVERLAP \
                        and not _same_role(ta, i1, i2, tb, j1, j2) \
                        and not tellers_of_one_statement(a, ta, i1, i2, b, tb, j1, j2):
                    continue  # two people quoted on the topic, not one statement credited to two people
                if tells(a, na, i1) and not tells(b, nb, j1) and not _is_speaker(b, nb) \
                        or tells(b, nb, j1) and not tells(a, na, i1) and not _is_speaker(a, na):
                    continue  # who tells ("said Det. [X]", "according to [WKMG]") against whom or where the other
                    # sentence tells of (no speaker there, by any reading): two roles, not two answers to one
            if score > best_score:
                best, best_score = k, score
        if best is None:
            continue
        used_b.add(best)
        typ_b, j1, j2, vb = sb[best]
        if typ == "number":
            unit, unit_b = unit_label(ta, i2), unit_label(tb, j2)
            out.append(("number", f"{' '.join(ta[i1:i2])} {unit}".strip(), f"{' '.join(tb[j1:j2])} {unit_b}".strip()))
        elif typ.startswith("date"):
            out.append(("date", " ".join(ta[i1:i2]).replace(" .", "."), " ".join(tb[j1:j2]).replace(" .", ".")))
        else:
            na, nb = " ".join(ta[i1:i2]).rstrip(".,"), " ".join(tb[j1:j2]).rstrip(".,")
            place = (_is_place(ta, i1, i2) or _is_place(tb, j1, j2)) and not _institutions(na, nb) \
                and not _org_apposed(ta, i2) and not _org_apposed(tb, j2)
            out.append(("place" if place else "actor", na, nb))
    return out


def _lone_count(ta: Sequence[str], sa: Sequence[Slot], i1: int, i2: int,
                tb: Sequence[str], sb: Sequence[Slot], j1: int, j2: int) -> bool:
    """Whether the figure at ta[i1:i2] and the one at tb[j1:j2], followed by the same noun, are, each on its side, the
    only differing figure that may count what the other counts (``_units_may_match``): "[74] other defendants" /
    "[35] other defendants, in Guangzhou 160 kilometers (100 miles) north of the border" (a distance counts no
    defendants), "took the lives of [26] students" / "Eric Harris, 18, and Dylan Klebold, 17, ... killed [12]
    students" (an age counts no students)."""
    unit = _first_unit(ta, i2)
    if not unit or unit != _first_unit(tb, j2) or _apposed_age(ta, i1) or _apposed_age(tb, j1):
        return False  # the same noun right after both figures: what each counts, in the same word
    # (nor does a figure of others besides, "injured [20] others", count what a whole figure counts)
    others = _besides(ta, i2)
    rivals_a = sum(1 for t, x1, x2, _ in sa if t == "number" and _units_may_match(ta, x1, x2, tb, j1, j2)
                   and not _apposed_age(ta, x1) and _besides(ta, x2) == others)
    rivals_b = sum(1 for t, y1, y2, _ in sb if t == "number" and _units_may_match(ta, i1, i2, tb, y1, y2)
                   and not _apposed_age(tb, y1) and _besides(tb, y2) == others)
    return rivals_a == 1 and rivals_b == 1


def _besides(toks: Sequence[str], j: int) -> bool:
    """Whether the figure ending at toks[j] counts others besides ("[20] others", "[three] more")."""
    return j < len(toks) and toks[j].lower() in ("other", "others", "more", "additional")


def _apposed_age(toks: Sequence[str], i: int) -> bool:
    """Whether the number at toks[i] is a person's age set off after the name ("Eric Harris, [18], and ..."): it
    counts years of one person's life, never what a figure with a unit counts."""
    return 2 <= i < len(toks) - 1 and toks[i - 1] == "," and toks[i - 2][:1].isupper() and toks[i - 2].isalpha() \
        and toks[i + 1] in (",", ")", "and", ";", ".")
