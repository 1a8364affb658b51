"""Actors in conflicts: people and organisations, one entity under two names, speakers and their statements."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from newsdesk.compare.claims import Claim
from newsdesk.compare.conflicts.lexicon import (
    _DATE_WORDS,
    _FACILITY,
    _FUNCTION_CAPS,
    _ORG_WORDS,
    _ROLE_CAPS,
    _TITLE,
    _is_area,
    _territories,
)
from newsdesk.compare.conflicts.names import _PLACE_QUALIFIERS, _actor_sort, _is_place
from newsdesk.compare.conflicts.params import SPEAKER_OVERLAP
from newsdesk.text import STOPWORDS, content_terms, stem

# Words many names share that name nothing by themselves: a kind of body or place ("Harvard [University]" / "Yale
# [University]", "Interior [Ministry]" / "Emergency Situations [Ministry]", "Lake [Avenue]" / "Belcher [Road]") and the
# first words of many places ("[New] York" / "[New] Jersey", "[San] Diego" / "[San] Jose", "[North] Korea").
_GENERIC_NAME_WORDS = frozenset([
    # the kind of a place (not words that are also surnames: "Hall", "Park", "Field", "West", "North")
    "road", "rd", "street", "st", "avenue", "ave", "boulevard", "blvd", "highway", "freeway", "expressway", "parkway",
    "lane", "airport", "station", "stadium", "arena", "cathedral", "mosque", "temple", "canal", "plaza", "square",
    "building", "harbour", "harbor", "beach", "prison", "dam", "base", "bridge", "center", "centre", "county", "city",
    "state", "states", "province", "district", "region", "river", "island", "islands", "valley", "township",
    "borough", "village", "new", "san", "santa", "los", "las", "saint", "ste", "east", "south", "northern",
    "southern", "eastern", "western", "central", "upper", "lower", "greater",
    # the kind of a body
    "department", "ministry", "company", "inc", "corp", "agency", "council", "committee", "university", "court",
    "commission", "association", "institute", "foundation", "board", "service", "office", "group", "union",
    "hospital", "school", "police", "party", "army", "college", "authority", "branch", "bureau", "times", "news",
    "front", "ltd", "llc", "plc", "co"])
# Words of a title run before a person's name ("Ipswich Police Lt.", "Acting Police Chief"): no name's own words.
_TITLE_WORDS = _TITLE | _ROLE_CAPS | frozenset(["acting", "interim", "lt", "sgt", "capt", "col", "gen", "maj", "cpl",
                                                  "det", "insp", "supt"])


def _distinct_words(words: set[str]) -> set[str]:
    """The words of a name that tell it from others of its kind ("harvard" of "Harvard University"); none when every
    word is generic, a title or a date ("the Ministry", "Acting Police Chief", "Monday-Friday")."""
    return words - _GENERIC_NAME_WORDS - _TITLE_WORDS - _DATE_WORDS


def _same_entity(a: str, b: str) -> bool:
    """Spelling variants of one name ("Shia" / "Shi'ite", "Jabhat al-Nusra" / "Nusra Front", "Osama bin Laden" / "Usama
    bin Ladin", "Muammar Gaddafi" / "Moammar Gadhafi"). Two names that share only generic words, each with a word of
    its own, are two ("Harvard University" / "Yale University", "New York" / "New Jersey"); so are two bodies of one
    country or state ("Russian Defense Ministry" / "Russia's Air Force"), two countries ("Iran" / "Iraq", "Austria" /
    "Australia") and two words of one length that share only their first letters ("Delhi" / "Delft"); a name of
    generic words only ("the Ministry") may be any of its kind."""
    if a.lower() != b.lower() and _two_countries(a, b):
        return False
    if a.lower() in b.lower() or b.lower() in a.lower() \
            or _acronym_of(a, b) or _acronym_of(b, a) or _holds_acronym(a, b) or _holds_acronym(b, a):
        return True
    ta, tb = _name_words(a), _name_words(b)
    # a country, a state or its people names where a body is, not which ("[Russian] Defense Ministry" / "[Russia's] Air
    # Force", "[Texas] Democratic Party" / "[Texas] Republican Party")
    ga, gb = _distinct_words(ta), _distinct_words(tb)
    da, db = {w for w in ga if not _place_word(w)}, {w for w in gb if not _place_word(w)}
    first_a, first_b = (a.lower().split() or [""])[0].strip(".,"), (b.lower().split() or [""])[0].strip(".,")
    same_start = a[:3].lower() == b[:3].lower() and first_a not in _GENERIC_NAME_WORDS \
        and first_b not in _GENERIC_NAME_WORDS and _spelt_alike(first_a, first_b)
    if not ga or not gb:  # a name of generic words and titles only ("the Ministry", "Acting Police Chief")
        return bool(ta & tb) or same_start
    if not da or not db:  # a place ("Kenya" / "Tanzania", "Russia" / "Russian Federation")
        return bool(ga & gb) or same_start
    if any(_one_word(x, y, spelling=False) for x in da for y in db):
        # a word in common, or one the start of the other ("Jabhat al-Nusra" / "Nusra Front", "Lucas" / "LucasFilm"; a
        # part replaced, as in "General [Motors Corp.]" / "General [Dynamics]", is the replaced parts' to tell)
        return True
    if all(any(_one_word(x, y) for y in db) for x in da) and all(any(_one_word(y, x) for x in da) for y in db):
        return True  # every word spelt alike ("Muammar Gaddafi" / "Moammar Gadhafi"; not "Fran Keller" / "Greg Kelley")
    # only the first letters alike: one name of two spellings ("Shia" / "Shi'ite"), unless each has a word of its own
    # ("[Russian] Defense Ministry" / "[Russia's] Air Force")
    return same_start and not (da - {first_a} and db - {first_b})


def respelt(a: str, b: str) -> bool:
    """Whether two one-word names are one name spelt two ways: six letters or more, the same first three, one letter
    added in the other ("Quebecers" / "Quebeckers", "Pittsburg" / "Pittsburgh"). Stricter than ``_same_entity``
    ("Kenya" / "Kennedy" start alike and are two names); a letter changed may make another name ("Carter" /
    "Carver")."""
    x, y = a.lower().strip(".,"), b.lower().strip(".,")
    if " " in x or " " in y or min(len(x), len(y)) < 6 or x[:3] != y[:3] or not (x.isalpha() and y.isalpha()):
        return False
    short, long_ = sorted((x, y), key=len)
    return len(long_) - len(short) == 1 and any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


# Short names of a body that are no initials of its name.
_ALIASES = {"gop": "republican"}


def _name_words(name: str) -> set[str]:
    """The words of a name, lower case, apostrophes inside a word dropped ("Shi'ite" -> shiite), a possessive cut
    ("Russia's" -> russia), a short name read as the word it stands for ("GOP" -> republican); words of one or two
    letters, "the" and "al" left out."""
    low = re.sub(r"['’]s\b", "", name.lower())
    low = " ".join(_ALIASES.get(w, w) for w in low.split())
    low = re.sub(r"(?<=\w)['’](?=\w)", "", low)
    return {t for t in re.split(r"[\W_]+", low) if len(t) > 2 and t not in ("the", "al")}


def _one_word(x: str, y: str, spelling: bool = True) -> bool:
    """Whether two words of two names may be one: equal, one the start of the other ("Lucas" / "LucasFilm"), or (with
    ``spelling``) spelt alike ("Laden" / "Ladin", "Gaddafi" / "Gadhafi")."""
    if x == y:
        return True
    if len(x) > 3 and len(y) > 3 and (x.startswith(y) or y.startswith(x)):
        return True
    return spelling and len(x) >= 4 and len(y) >= 4 and x[0] == y[0] and _skeleton(x) == _skeleton(y)


def _spelt_alike(x: str, y: str) -> bool:
    """Whether two words that start alike may be one name: of different lengths ("Shia" / "Shi'ite"), or spelt alike
    ("Gaddafi" / "Gadhafi"); not two words of one length that differ in their ends ("Iran" / "Iraq", "Delhi" /
    "Delft")."""
    x, y = re.sub(r"\W", "", x), re.sub(r"\W", "", y)
    return len(x) != len(y) or _skeleton(x) == _skeleton(y)


def _skeleton(word: str) -> str:
    """A word's consonants, "h" and doubled letters aside: what two spellings of one transliterated name share
    ("Gaddafi" / "Gadhafi" -> "gdf", "Laden" / "Ladin"); "Obama" / "Osama", "Porter" / "Potter" differ (R18)."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyh\W_]", "", word.lower()))


def _place_word(word: str) -> bool:
    """Whether a word of a name is a country, a U.S. state or a world region, or the name of its people ("russia",
    "russian", "texas", "british", "chinese")."""
    if _is_area(word) or word in _DEMONYMS or word in _DEMONYMS.values():
        return True
    return len(word) > 5 and any(_is_area(word[:-k] + end) for k in (1, 2, 3) for end in ("", "a"))


def _two_countries(a: str, b: str) -> bool:
    """Whether two names are the names of two countries or regions ("Iran" / "Iraq", "Niger" / "Nigeria")."""
    names = _territories()
    la, lb = a.lower().strip(" .,").removeprefix("the "), b.lower().strip(" .,").removeprefix("the ")
    return la in names and lb in names


def _holds_acronym(a: str, b: str) -> bool:
    """Whether a word of a in capitals is the acronym of b ("[UW] School of Medicine" / "University of Washington")."""
    return any(_acronym_of(w, b) for w in a.split() if len(w) >= 2 and w != a)


# Words that introduce another name of someone already named: "the rapper, born Albert Johnson", "Prodigy (real name
# Albert Johnson)", "better known as MC Y". That name is no second actor; it can only contradict another such name.
_ALIAS_CUE = re.compile(r"(?:\bborn|\bn[ée]e|\ba\.?k\.?a\.?|\bknown as|\b(?:real|birth|stage|given|legal) name(?: is| was)?)"
                        r"\s*,?\s*$", re.IGNORECASE)


def _alias(text: str, name: str) -> bool:
    """Whether the name, where the sentence gives it, is another name of someone ("born [Albert Johnson]")."""
    k = text.find(name)
    return k > 0 and bool(_ALIAS_CUE.search(text[max(0, k - 30):k]))


def _acronym_of(short: str, long: str) -> bool:
    """"U.S." / "United States", "UW" / "University of Washington", "NTSB" / "National Transportation Safety Board"."""
    letters = "".join(c for c in short if c.isalpha())
    if not 2 <= len(letters) <= 6 or not letters.isupper() or len(long.split()) < 2:
        return False
    initials = "".join(w[0] for w in re.split(r"[\s-]+", long) if w[:1].isupper())
    # "HUD" / "Urban Development" (from "Housing and Urban Development", split at "and"): the tail of the acronym
    # "D.A." / "Norfolk District Attorney's Office": the initials of the name's core
    return initials.startswith(letters) or initials.endswith(letters) or letters == initials \
        or len(initials) >= 2 and letters.endswith(initials) or len(letters) >= 2 and letters in initials


def _speaker_names(c: Claim) -> set[str]:
    return {w.lower() for s in c.speakers for w in s.who.split()}


def _role_word(tokens: Sequence[str], i: int, j: int) -> str:
    """The role given to a name: the first lower-case content word of an apposition after it ("X, the head of ..." ->
    head, "X, the Orlando attorney" -> attorney), else the words right before it ("psychology professor X" ->
    professor, "chief investigator X" -> chief investig), or a description set before it ("Andrea's father, X," ->
    father); "" when there is none."""
    if i >= 3 and tokens[i - 1] == "," and tokens[i - 2].isalpha() and tokens[i - 2].islower() \
            and tokens[i - 2] not in STOPWORDS and _POSSESSOR.search(tokens[i - 3]):
        return stem(tokens[i - 2])  # a description before the name: "Andrea's father, X, said", "her lawyer, X,"
    if j < len(tokens) and tokens[j] == ",":
        for t in tokens[j + 1:j + 5]:
            low = t.lower()
            if low in ("the", "a", "an", "former", "then") or t[:1].isupper() and low not in _TITLE | _ROLE_CAPS:
                continue
            return stem(low) if low.isalpha() and low not in STOPWORDS else ""
    prev = tokens[i - 1].lower().rstrip(".") if i else ""
    if i and (tokens[i - 1][:1].islower() or prev in _TITLE | _ROLE_CAPS) and prev.isalpha() and prev not in STOPWORDS:
        k = i - 1  # "Senate Majority Leader X": the office words before the title count too
        while k > 0 and k > i - 4 and (tokens[k - 1][:1].isupper() or tokens[k - 1].isalpha()
                                       and tokens[k - 1].lower() not in STOPWORDS and k > i - 3):
            k -= 1  # "chief investigator X": a role of two lower-case words
        return " ".join(stem(t.lower().rstrip(".")) for t in tokens[k:i]
                        if t.lower() not in ("former", "then", "ex", "late", "acting"))
    return ""


_POSSESSOR = re.compile(r"^(?:his|her|their|its)$|['’]s$", re.IGNORECASE)


def _role_object(tokens: Sequence[str], j: int) -> str:
    """What a role in an apposition is of ("X, the head of the Tanzanian police" -> tanzanian), "" when none."""
    if j >= len(tokens) or tokens[j] != ",":
        return ""
    k = j + 1
    while k < len(tokens) and tokens[k].lower() in ("the", "a", "an", "former", "then"):
        k += 1
    if k + 1 >= len(tokens) or not tokens[k].isalpha() or tokens[k + 1].lower() not in ("of", "for", "at"):
        return ""
    for t in tokens[k + 2:k + 5]:
        low = t.lower()
        if low.isalpha() and low not in STOPWORDS:
            return stem(low)
    return ""


_CLAUSE_STOP = frozenset([",", ".", ";", ":", "who", "which", "that", "said", "says", "--", "(", ")"])


def _definite_apposition(tokens: Sequence[str], j: int) -> set[str]:
    """The content words (stemmed) of a description with "the" right after a name ("The X Institute, [the nation's
    largest teachers' union], said"): what makes the name the one holder of that description; empty when there is
    none ("X, a professor at ...": one of many)."""
    if j + 2 >= len(tokens) or tokens[j] != "," or tokens[j + 1].lower() != "the":
        return set()
    out: set[str] = set()
    for t in tokens[j + 2:j + 10]:
        low = re.sub(r"['’]s?$", "", t.lower())
        if low in _CLAUSE_STOP:
            break
        if low.isalpha() and len(low) > 2 and low not in STOPWORDS:
            out.add(stem(low))
    return out


def _same_description(ta: Sequence[str], i2: int, tb: Sequence[str], j2: int) -> set[str]:
    """The words two names' definite descriptions share, when they share two or more ("[X], the nation's largest
    teachers' union" / "[Y], the nation's largest teachers union"): one description, two names."""
    common = _definite_apposition(ta, i2) & _definite_apposition(tb, j2)
    return common if len(common) >= 2 else set()


def _same_role(ta: Sequence[str], i1: int, i2: int, tb: Sequence[str], j1: int, j2: int) -> bool:
    """Two names given the same role ("X, the head of SOHR" / "Y, head of SOHR", "chief investigator X" / "Y, a chief
    with the coroner's office"): one post, two holders. Roles of several words share their last word or are equal."""
    ra, rb = _role_word(ta, i1, i2), _role_word(tb, j1, j2)
    if not ra or not rb:
        return False
    oa, ob = _role_object(ta, i2), _role_object(tb, j2)
    if oa and ob and oa != ob:
        return False  # "X, head of the Tanzanian police" / "Y, head of criminal investigations for ...": two posts
    roles = {stem(w) for w in _TITLE | _ROLE_CAPS | {"investigator", "spokesperson", "official", "head"}}
    wa, wb = set(ra.split()), set(rb.split())
    return ra == rb or ra.split()[-1] == rb.split()[-1] or bool(wa & wb & roles)


def _name_segment(seg: Sequence[str]) -> bool:
    """A replaced span of two or more capitalised words (an organization's or a person's name of its own)."""
    words = [t for t in seg if t not in (",", ".", "&")]
    return len(words) >= 2 and all(t[:1].isupper() and t.lower() not in _FUNCTION_CAPS for t in words)


def _caps_runs(tokens: Sequence[str]) -> list[set[str]]:
    """The runs of capitalised words of a sentence, lowercased ("Boston University" -> {"boston", "university"})."""
    runs: list[set[str]] = []
    cur: set[str] = set()
    for t in tokens:
        w = t.lower().strip(".,;:\"'()").replace("’", "'")
        if t[:1].isupper() and w:
            cur.add(w)
        else:
            if cur:
                runs.append(cur)
            cur = set()
        if t[-1:] in ",;:" and cur:
            runs.append(cur)
            cur = set()
    if cur:
        runs.append(cur)
    return runs


def _other_name(words: Sequence[str], w: str, runs: Sequence[set[str]]) -> bool:
    """Whether the word w of a place name ("East Boston") appears on the other side only inside a different name:
    the place has a qualifier the other name lacks, and the other name has words of its own ("Boston University");
    or the word w of an organization named after a place ("Boston University") is there only in a place's name
    ("East Boston")."""
    own = set(words)
    holders = [r for r in runs if w in r]
    if len(words) == 2 and words[-1] in _ORG_WORDS and w != words[-1]:
        # "Boston University" against "East Boston": an organization named after a place is not that place
        return bool(holders) and all(r & _PLACE_QUALIFIERS and not r & _ORG_WORDS for r in holders)
    if len(words) != 2 or words[0] not in _PLACE_QUALIFIERS:
        return False  # "East Boston", "Fort Lauderdale": a qualifier and one word
    return bool(holders) and all(r - own - _FUNCTION_CAPS and own - r for r in holders)


def _present(value: str, typ: str, low_tokens: set[str], low_text: str, values: set[tuple[str, str]],
             other_tokens: Sequence[str] = ()) -> bool:
    """Whether the other sentence states this slot value too (then it is no difference)."""
    if typ == "name":  # the name, or a distinctive word of it ("Walter L. Nixon of Mississippi" / "Nixon")
        value = value.replace("’", "'")
        words = [w.strip(".,") for w in value.split()]
        runs = _caps_runs(other_tokens) if other_tokens else []
        if len(words) > 1 and _has_phrase("-".join(words), low_text):
            return True  # "[Best Dressed] list" / "best-dressed list": the same words, written as one
        if len(words) == 1 and any(t[:1] == "^" and _demonym_of(words[0], t[1:]) for t in low_tokens):
            return True  # "notified [France]" / "notified their French counterparts": the country, by its people
        # a generic word ("Road", "University", "New") does not state the name: "[Belcher Road]" is not stated by
        # "McMullen Booth Road", "[Yale University]" not by "Harvard University"
        usable = {w for w in words if len(w) > 2 and w not in _FUNCTION_CAPS and w not in ("for", "of", "and")}
        if not usable and all(w in _FUNCTION_CAPS or w in _GENERIC_NAME_WORDS for w in words):
            return True  # "[No]", "Merrill Lynch & [Co]": a function word or the kind of a body names no one
        distinct = _distinct_words(usable) or usable
        if len(words) >= 3 and _has_phrase(" ".join(words[1:]), low_text):
            return True  # "[Indiana State Police]" / "State Police Sergeant X": the body, named without its first word
        caps = [t[1:] for t in low_tokens if t[:1] == "^"]
        if len(words) == 1 and _family(words[0], low_tokens):
            return True  # "[Gore]" / "The Gores"; not "[Russell Hall]" / "the Northwest Residence Halls"
        return _has_phrase(value, low_text) or any(("^" + w in low_tokens or _stem_of_word(w, caps))
                                                   and not (runs and _other_name(words, w, runs))
                                                   and not _beside_other_words(words, w, other_tokens) for w in distinct)
    if typ == "number":
        return False  # numbers: decided by value and count, in _differing_slots / _unmatched_numbers
    if (typ, value) in values:
        return True
    return all(part in low_tokens for part in value.split())


def _own_word(word: str, titles: bool = False) -> str:
    """A capitalised word as a name's own word, lower case and without a possessive ("Andrea's" -> andrea); "" for a
    word that tells no name from another: a function word, a title (unless ``titles``), a generic word of a name, a
    date word or a country, state or its people ("Missouri Rep. Cleaver" is Emanuel Cleaver)."""
    low = re.sub(r"['’]s$", "", word.lower().strip(".,;:\"'()").replace("’", "'"))
    if not word[:1].isupper() or not low.replace("-", "").isalpha() or low in _FUNCTION_CAPS \
            or not (_distinct_words({low}) or titles and low in _TITLE_WORDS) or _place_word(low):
        return ""
    return low


def _beside_other_words(words: Sequence[str], w: str, other_tokens: Sequence[str]) -> bool:
    """Whether the word w of a name of two words or more is in the other sentence only next to a word of another
    name, where the name has a word of its own on that side: "[Richard] Kuiper" / "[Andrea] Kuiper", "House
    [Oversight] Committee" / "House [Speaker] Paul Ryan" name another person, another body. A title or a place before
    it names no other ("Missouri Rep. Cleaver", "House Speaker Ryan"); a title after it does ("House Speaker")."""
    if len(words) < 2 or w not in words:
        return False
    k = words.index(w)
    left, right = (_own_word(words[k - 1].title()) if k else ""), \
        (_own_word(words[k + 1].title()) if k + 1 < len(words) else "")
    if not left and not right:
        return False
    spots = [p for p, t in enumerate(other_tokens) if t[:1].isupper() and _own_word(t) == w]
    given = {_own_word(t) for t in other_tokens}  # "Andrea Kuiper" is stated by "Andrea's father, Richard Kuiper"
    left, right = ("" if left in given else left), ("" if right in given else right)

    def other(p: int) -> bool:
        before = _own_word(other_tokens[p - 1]) if p else ""
        after = _own_word(other_tokens[p + 1], titles=True) if p + 1 < len(other_tokens) else ""
        return bool(left and before and not _spelt_as_one_of(before, words)
                    or right and after and not _spelt_as_one_of(after, words))
    return bool(spots) and all(other(p) for p in spots)


def _spelt_as_one_of(word: str, words: Sequence[str]) -> bool:
    """Whether a word is one of a name's words, written another way: the same, one the start of the other ("Jong-un" /
    "Jong"), or three quarters of its letters alike ("Tadnaasumberel" / "Radnaasumberel")."""
    return any(word == w or word.startswith(w) or w.startswith(word)
               or difflib.SequenceMatcher(a=word, b=w).ratio() >= 0.75 for w in words)


def _family(name: str, low_tokens: set[str]) -> bool:
    """Whether a sentence names a family by a surname's plural ("The Gores", "the Bushes" for "Gore", "Bush")."""
    return "^" + name + "s" in low_tokens or "^" + name + "es" in low_tokens


def _has_phrase(phrase: str, low_text: str) -> bool:
    """Whether a sentence (lower case) holds a phrase as whole words: "ross" is in "said ross." and "ross's", not in
    "rossi" or "gross". A phrase of several words may end in a plural or a holder's ending ("[regional security
    office]" / "the regional security officer"), a one-word name may not ("[ann]" / "anne")."""
    ending = "(?:e?s|e?r)?" if " " in phrase else ""
    return re.search(rf"(?<!\w){re.escape(phrase)}{ending}(?!\w)", low_text) is not None


# Demonyms not formed from the country's name by a suffix.
_DEMONYMS = {"france": "french", "britain": "british", "netherlands": "dutch", "holland": "dutch", "greece": "greek",
             "switzerland": "swiss", "spain": "spanish", "turkey": "turkish", "denmark": "danish", "sweden": "swedish",
             "poland": "polish", "finland": "finnish", "wales": "welsh", "ireland": "irish", "scotland": "scottish",
             "england": "english", "norway": "norwegian", "philippines": "filipino", "thailand": "thai",
             "america": "american", "peru": "peruvian", "iceland": "icelandic", "portugal": "portuguese",
             "vietnam": "vietnamese", "lebanon": "lebanese", "sudan": "sudanese", "cyprus": "cypriot", "germany": "german"}


def _stem_of_word(word: str, others: Sequence[str]) -> bool:
    """Whether a capitalised word of the other sentence is this word with an ending, or this word is it ("State
    [Assemblyman]" / "State [Assembly]", "[Republicans]" / "[Republican] Party"): five letters or more in common."""
    return len(word) >= 5 and word.isalpha() and any(
        len(o) >= 5 and o != word and o.isalpha() and (o.startswith(word) or word.startswith(o)) for o in others)


def _demonym_of(place: str, word: str) -> bool:
    """Whether ``word`` (lower case) names the people of ``place`` ("france" / "french", "syria" / "syrian", "china" /
    "chinese"): a suffix after the country's name less at most two letters."""
    if _DEMONYMS.get(place) == word:
        return True
    if len(place) < 4 or word == place or not re.search(r"(?:an|ian|ean|ese|ish|i|ic)$", word):
        return False
    k = 0
    while k < min(len(place), len(word)) and place[k] == word[k]:
        k += 1
    return k >= max(4, len(place) - 2) and 0 < len(word) - k <= 4  # "Indian" is not of Indiana


def _name_in(name: str, tokens: Sequence[str]) -> bool:
    """Whether a distinctive word of a name (capitalised, not a function word, 3+ letters) is a capitalised word of
    the other sentence."""
    caps = {t.lower().rstrip(".,") for t in tokens if t[:1].isupper()}
    words = {w.lower().rstrip(".,") for w in name.split() if w[:1].isupper() and len(w) > 2
             and w.lower() not in _FUNCTION_CAPS and w.lower() not in ("for", "of", "and")}
    return bool((_distinct_words(words) or words) & caps)


def _statement_overlap(a: Claim, b: Claim) -> float:
    """Jaccard of the content words of two sentences with their speakers and roles left out: whether two people
    are credited with one statement (a misattribution) or quoted saying different things."""
    def said(c: Claim) -> set[str]:
        who = {t for sp in c.speakers for t in content_terms(f"{sp.who} {sp.role or ''}")}
        return set(c.terms) - who - _SPEECH_STEMS
    ta, tb = said(a), said(b)
    return len(ta & tb) / len(ta | tb) if ta | tb else 0.0


def _statement_held(a: Claim, b: Claim) -> float:
    """Share of the shorter statement's content words (speakers left out, four at least) that the other states."""
    def said(c: Claim) -> set[str]:
        who = {t for sp in c.speakers for t in content_terms(f"{sp.who} {sp.role or ''}")}
        return set(c.terms) - who - _SPEECH_STEMS
    ta, tb = said(a), said(b)
    short = min(ta, tb, key=len)
    return len(ta & tb) / len(short) if len(short) >= 4 else 0.0


PAPER_HELD = 0.8  # a paper's report against a teller: share of the shorter statement the other must state


def tellers_of_one_statement(a: Claim, ta: Sequence[str], i1: int, i2: int,
                             b: Claim, tb: Sequence[str], j1: int, j2: int) -> bool:
    """Whether two names are the speakers of one statement, each in its sentence: both speak there, both are people
    (or both bodies), and what they say shares SPEAKER_OVERLAP of its words ("'The bodies are badly burned,' [X], a
    police spokesman, told the AP" / "'The bodies are badly burned,' [Y] said"). Who said it is then the slot both
    fill, however different the words around the two names."""
    na, nb = " ".join(ta[i1:i2]), " ".join(tb[j1:j2])
    sort_a, sort_b = _actor_sort(ta, i1, i2), _actor_sort(tb, j1, j2)
    if not (_is_speaker(a, na) and _is_speaker(b, nb)):
        return False
    if bool(sort_a) and sort_a == sort_b:
        return _statement_overlap(a, b) >= SPEAKER_OVERLAP
    # a paper's report is often the shorter telling: all of it told by the other ("... since the trial began" /
    # "... since the trial began, with the second on Thursday")
    return _paper_against_teller(a, na, sort_a, b, nb, sort_b) \
        and (_statement_overlap(a, b) >= SPEAKER_OVERLAP or _statement_held(a, b) >= PAPER_HELD)


def _paper_against_teller(a: Claim, na: str, sort_a: str | None, b: Claim, nb: str, sort_b: str | None) -> bool:
    """Whether one name is a news outlet reporting the statement on its own (its sentence credits no one else)
    and the other a person or body telling it ("The Harbor Gazette reported that three letters reached the court" /
    "Pieter Dorn said three letters reached the court"): one statement credited to two sources. Two outlets both
    reporting one statement are no conflict."""
    def paper_alone(c: Claim, name: str) -> bool:
        return _sole_outlet(c, name) and not any(sp.kind != "outlet" for sp in c.speakers if sp.who)
    return paper_alone(a, na) and sort_b in ("person", "org") and not _sole_outlet(b, nb) \
        or paper_alone(b, nb) and sort_a in ("person", "org") and not _sole_outlet(a, na)


def _sole_outlet(c: Claim, name: str) -> bool:
    low = name.lower()
    return any(sp.kind == "outlet" and (low in sp.who.lower() or sp.who.lower() in low) for sp in c.speakers if sp.who)


_AFFILIATION = frozenset(["of", "with", "from", "for", "at"])


def affiliate_of(tokens: Sequence[str], i: int, j: int) -> str:
    """The person a body at tokens[i:j] is given to, by the last word of the person's name: "Ruth [Rabinowitz] of
    the Inkatha Freedom Party", "Smith with the Sierra Club" -> rabinowitz, smith; or a description opening the
    sentence with the body, then the name: "A lawmaker with the Inkatha Freedom Party, [Rabinowitz] said" ->
    rabinowitz. "" when the body is given to no one by name ("the head of the party", "comes from the Ford
    Foundation, Smith said": a body in what is said, then who says it)."""
    k = i - 1
    if k >= 0 and tokens[k].lower() == "the":
        k -= 1
    if k >= 1 and tokens[k].lower() in _AFFILIATION:
        holder = _own_word(tokens[k - 1])  # a body's or a structure's own head word holds no one ("Bank of [Japan]")
        if holder:
            return "" if holder in _ORG_WORDS or holder in _FACILITY else holder
    described = len(tokens) > 3 and tokens[0].lower() in ("a", "an") and tokens[1].isalpha() \
        and tokens[1].islower() and any(t.lower() in _AFFILIATION for t in tokens[2:i])
    if described and j + 1 < len(tokens) and tokens[j] == "," and _own_word(tokens[j + 1]):
        k = j + 1
        while k + 1 < len(tokens) and _own_word(tokens[k + 1]):
            k += 1
        return _own_word(tokens[k])
    return ""


def _is_speaker(c: Claim, name: str) -> bool:
    low = name.lower()
    return any(low in sp.who.lower() or sp.who.lower() in low for sp in c.speakers if sp.who)


def _lone(slots: Sequence[tuple[str, int, int, str]], tokens: Sequence[str], sort: str) -> bool:
    return sum(1 for t, i, j, _ in slots if t == "name" and _actor_sort(tokens, i, j) == sort) == 1


def _other_subject(c: Claim, slots: Sequence[tuple[str, int, int, str]]) -> bool:
    """Whether the sentence has a differing name (of those in `slots`) that is not its speaker."""
    toks = c.slots.tokens
    return any(t == "name" and not _is_speaker(c, " ".join(toks[i:j])) for t, i, j, _ in slots)


def _sorts(c: Claim, slots: Sequence[tuple[str, int, int, str]]) -> set[str]:
    """Sorts ("place", "person", "org") of a claim's name slots that are not its speakers."""
    toks = c.slots.tokens
    out = set()
    for typ, i, j, _ in slots:
        if typ != "name" or _is_speaker(c, " ".join(toks[i:j])):
            continue
        sort = "place" if _is_place(toks, i, j) else _actor_sort(toks, i, j)
        if sort:
            out.add(sort)
    return out


_SPEECH_STEMS = frozenset(content_terms("denied denies deny dismissed rejected refuted claims claim reports report said "
                                        "says accusations allegations told calling saying insisted"))
