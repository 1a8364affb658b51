"""Posts and roles: two people given one post (a post with one holder at a time) in two articles."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

from newsdesk.compare.claims import _PLACE_NOUNS, Claim
from newsdesk.compare.conflicts.actors import (
    _name_in,
    _same_entity,
    _skeleton,
    _statement_overlap,
    affiliate_of,
)
from newsdesk.compare.conflicts.lexicon import _FACILITY, _FUNCTION_CAPS, _ROLE_CAPS, _TITLE
from newsdesk.compare.conflicts.names import _actor_sort, _is_place, _org_like
from newsdesk.compare.conflicts.params import MUTUAL_FROM, PAIR
from newsdesk.compare.conflicts.slots import _typed_slots
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.text import STOPWORDS, stem

# Posts held by one person at a time ("the chairman of X", "X's mayor"); not "a spokeswoman for X" or "an official".
_ONE_HOLDER = frozenset(stem(w) for w in ["chairman", "chairwoman", "chair", "president", "director", "mayor", "governor",
                                           "dean", "head", "leader", "ceo", "superintendent", "commissioner", "founder",
                                           "co-founder", "chancellor", "premier", "sheriff", "coroner", "chief"])
_ROLE_LINK = frozenset(["of", "for", "at"])


def _post_of(tokens: Sequence[str], i: int, j: int) -> tuple[str, str] | None:
    """(role stem, organization) of a person named at tokens[i:j] when the sentence gives a one-holder post: "X, the
    chairman of the Society of Black Lawyers" -> (chairman, Society of Black Lawyers); "Tarrow Mayor X" -> (mayor,
    Tarrow)."""
    if j < len(tokens) and tokens[j] == ",":
        k = j + 1
        while k < len(tokens) and k < j + 5 and tokens[k].lower() in ("a", "an", "the", "its", "now"):
            k += 1
        if k + 1 < len(tokens) and stem(tokens[k].lower()) in _ONE_HOLDER and tokens[k + 1].lower() in _ROLE_LINK:
            m = k + 2
            if m < len(tokens) and tokens[m].lower() == "the":
                m += 1
            org = []
            while m < len(tokens) and (tokens[m][:1].isupper() or tokens[m][:1].isdigit()
                                       or tokens[m] in ("of", "for", "and", "&")) and len(org) < 8:
                org.append(tokens[m])
                m += 1
            while org and not org[-1][:1].isalnum() or org and org[-1] in ("of", "for", "and"):
                org.pop()
            return (stem(tokens[k].lower()), " ".join(org)) if org else None
        return None
    if i >= 2 and stem(tokens[i - 1].lower().rstrip(".")) in _ONE_HOLDER and not any(
            t.lower() in ("former", "then", "ex", "late", "past") for t in tokens[max(0, i - 6):i]):
        k = i - 1
        org = []
        while k > 0 and tokens[k - 1][:1].isupper() and len(org) < 4 and tokens[k - 1].lower() not in _FUNCTION_CAPS:
            k -= 1
            org.insert(0, re.sub(r"['’]s$", "", tokens[k]))
        return (stem(tokens[i - 1].lower().rstrip(".")), " ".join(org)) if org else None
    return None


def post_conflicts(idx: ClaimIndex) -> list[tuple[int, int, str, str]]:
    """Two people named in two articles as holder of the same one-holder post ("Peter Herbert, chairman of the Society of
    Black Lawyers" / "X, the chairman of the Society of Black Lawyers"), however different the rest of the sentences.
    Only when the story names exactly two holders of that post, each article at most one; a former holder ("the former
    chairman of GM") holds no post; in a crowded story, only in two sentences aligned at PAIR or more, or when one
    holder is named by one article and the other by two or more."""
    holders: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for k, c in enumerate(idx.claims):
        toks = c.slots.tokens
        for typ, i, j, _ in _typed_slots(toks):
            if typ != "name" or not 2 <= j - i <= 3 or not all(t[:1].isupper() for t in toks[i:j]):
                continue
            post = _post_of(toks, i, j)
            if post:
                holders.setdefault(post, []).append((k, " ".join(toks[i:j])))
    out: list[tuple[int, int, str, str]] = []
    for hits in holders.values():
        names: dict[str, list[int]] = {}
        for k, name in hits:
            key = next((n for n in names if _same_entity(n, name)  # "Muammar Gaddafi" / "Moammar Gadhafi"
                        or difflib.SequenceMatcher(a=n.lower(), b=name.lower()).ratio() >= 0.75), name)
            names.setdefault(key, []).append(k)
        if len(names) != 2:
            continue
        (na, ka), (nb, kb) = names.items()
        arts_a, arts_b = {idx.claims[k].article for k in ka}, {idx.claims[k].article for k in kb}
        if arts_a & arts_b:
            continue  # one article names both: a change of holder, or two posts
        # two sentences of which neither names the other's holder ("Stephen Lawrence" names no Neville Lawrence)
        pairs = [(x, y) for x in ka for y in kb if not _names_person(na, idx.claims[y].slots.tokens)
                 and not _names_person(nb, idx.claims[x].slots.tokens)]
        if not pairs:
            continue
        x, y = pairs[0]
        if len(idx.articles) >= MUTUAL_FROM:
            # weeks or years of coverage: a post changes hands ("Mongolian President X said here Monday" in April,
            # "meeting with Mongolian President Y" in November); only two sentences that report one thing name two
            # holders of it at once
            x, y = max(pairs, key=lambda pq: float(idx.sim[pq[0], pq[1]]))
            if float(idx.sim[x, y]) < PAIR and not _one_against_many(arts_a, arts_b,
                                                                     [idx.claims[k].text for k, _ in hits],
                                                                     _published(idx)):
                continue
        out.append((x, y, na, nb))
    return out


def _names_person(name: str, tokens: Sequence[str]) -> bool:
    """Whether a sentence names the person of ``name`` (a distinctive word of it, as ``_name_in`` reads it), not only
    another person of the same surname ("Peter Herbert" is named by "Herbert said", not "Neville Lawrence" by
    "the case of Stephen Lawrence")."""
    if not _name_in(name, tokens):
        return False
    words = {w.lower().strip(".,") for w in name.split()}
    for k, t in enumerate(tokens):
        low = re.sub(r"['’]s$", "", t.lower().strip(".,"))
        if not t[:1].isupper() or low not in words:
            continue
        prev = tokens[k - 1] if k else ""
        other_first = prev[:1].isupper() and _PERSON_WORD.match(prev) and prev.lower().strip(".,") not in words \
            and prev.lower().rstrip(".") not in _TITLE | _ROLE_CAPS | _FUNCTION_CAPS \
            and stem(prev.lower().rstrip(".")) not in _ROLE_NOUNS | _ROLE_GENERIC
        if not other_first:
            return True
    return False


def _one_against_many(arts_a: set[str], arts_b: set[str], texts: Sequence[str] = (),
                      dates: Mapping[str, str | None] | None = None) -> bool:
    """Whether one name is given a post by one article and the other by two or more: one report against the rest. (A
    post that changes hands in weeks of coverage has its new holder named by the later articles, and its old one by
    the earlier.) Not when a sentence that gives the post tells of a holder taking it ("Prime Minister X, who took
    office in July"), nor when the lone article is dated before or after all the others (R18: a mayor's successor
    named eight months on): the story reports a change of holder."""
    if not (min(len(arts_a), len(arts_b)) == 1 and max(len(arts_a), len(arts_b)) >= 2) \
            or any(_TOOK_OFFICE.search(t) for t in texts):
        return False
    lone, rest = (arts_a, arts_b) if len(arts_a) == 1 else (arts_b, arts_a)
    day = (dates or {}).get(next(iter(lone)))
    others = sorted(d for a in rest if (d := (dates or {}).get(a)))
    return not (day and others and (day < others[0] or day > others[-1]))


def _published(idx: ClaimIndex) -> dict[str, str | None]:
    """Each article's publication date (ISO text sorts as dates do), None where it is not known."""
    return {aid: ac.article.published for aid, ac in idx.articles.items()}


_TOOK_OFFICE = re.compile(r"\b(?:took office|takes office|taking office|sworn in|swearing[- ]in|newly[- ](?:elected|appointed|"
                          r"named)|took over|takes over|succeed(?:ed|s)|successor|incoming|(?:was|been|is) (?:elected|"
                          r"appointed|named)|inaugurat\w+)\b", re.IGNORECASE)
# A holder leaving the post: told of one holder only, the other is the successor; told of both, one event is given two
# holders ("Russian President [Gorbachev] abruptly resigned" / "President Boris Yeltsin's announcement to resign").
LEFT_OFFICE = re.compile(r"\b(?:resign\w*|step(?:s|ped|ping)? down)\b", re.IGNORECASE)


# Role nouns: a post or occupation given to a person ("London Mayor X", "X, a spokeswoman for Barnes & Noble"). Posts of
# _ONE_HOLDER have one holder at a time; the others ("a UW psychology professor") may have several.
_ROLE_NOUNS = _ONE_HOLDER | frozenset(stem(w) for w in [
    "chief", "speaker", "secretary", "minister", "ambassador", "spokesman", "spokeswoman", "spokesperson", "professor",
    "author", "attorney", "lawyer", "investigator", "sergeant", "sgt", "officer", "official", "analyst", "economist",
    "senator", "sen", "rep", "representative", "manager", "executive", "researcher", "scientist", "editor", "publisher",
    "owner", "coach", "principal", "prosecutor", "detective", "inspector", "lieutenant", "captain", "commander",
    "deputy", "adviser", "advisor", "judge", "justice", "general", "gen", "gov", "lt", "col", "capt"])
# Words of a role that say nothing about which post it is ("Republican Sen.", "a U.S. official", "a senior adviser").
_ROLE_GENERIC = frozenset(stem(w) for w in [
    "republican", "democrat", "democratic", "u.s", "us", "american", "federal", "state", "senior", "top", "local",
    "new", "former", "then", "acting", "interim", "also", "now", "late", "longtime", "veteran", "assistant", "vice",
    "co", "national", "international", "government", "country", "nation", "city", "who"])
_ROLE_STOP = frozenset(["who", "which", "that", "whose", "said", "says", "told", "added", "on", "in", "when", "after",
                        "as", "and", "but", "is", "was", "has", "had", "will", "would"])
_PERSON_WORD = re.compile(r"(?:(?=.*[a-z])[A-Z][a-zA-Z]*(?:[-'’][A-Za-z]+)*|[A-Z]\.)$")  # "McClellan", "O'Mara"

Role = tuple[str, frozenset[str], frozenset[str], bool]


def _post_parts(words: Sequence[str], head_at: int) -> tuple[frozenset[str], frozenset[str]]:
    """(lower-case words right before the role noun, capitalised words of the role): "executive director of the
    Alliance for Climate Education" -> ({execut}, {alliance, climate, education})."""
    mods: set[str] = set()
    k = head_at - 1
    while k >= 0 and words[k][:1].islower() and words[k] not in ("the", "a", "an", "of", "for", "at", "with"):
        mods.add(stem(words[k].lower()))
        k -= 1
    # ... and the lower-case words the role is of ("head of [criminal investigations] for the Tanzanian police" is not
    # "head of the Tanzanian police")
    k = head_at + 2
    if head_at + 1 < len(words) and words[head_at + 1].lower() in ("of", "for"):
        while k < len(words) and words[k][:1].islower() and words[k].isalpha() and words[k] not in STOPWORDS:
            mods.add("of:" + stem(words[k].lower()))
            k += 1
    # a capitalised rank in the title before the post is part of it ("Deputy Premier", "Deputy Prime Minister" are not
    # "Premier"); so is a capitalised role word, as it is in lower case ("Log Cabin Executive Director X" holds the
    # post of "X, executive director of the Log Cabin Republicans")
    k = head_at - 1
    while k >= 0 and words[k][:1].isupper():
        if words[k].lower() in _RANKS or k == head_at - 1 and stem(words[k].lower()) in _TITLE_MODS:
            mods.add(stem(words[k].lower()))
        k -= 1
    caps = {_country_key(re.sub(r"['’]s$", "", w.lower().rstrip("."))) for k, w in enumerate(words) if k != head_at
            and w[:1].isupper() and stem(w.lower().rstrip(".")) not in _ROLE_NOUNS | _ROLE_GENERIC
            and w.lower() not in _FUNCTION_CAPS}
    return frozenset(mods), frozenset(caps)


_RANKS = frozenset(["deputy", "vice", "assistant", "associate"])
# Role words that qualify the post right after them ("executive director", "managing editor").
_TITLE_MODS = frozenset(stem(w) for w in ["executive", "managing"])
# Departments of a government: their secretary is one person at a time ("Housing Secretary", "Secretary of State"),
# unlike a secretary of an office ("a secretary at the firm").
_DEPARTMENTS = frozenset(["housing", "defense", "defence", "treasury", "labor", "labour", "agriculture", "energy",
                          "transportation", "transport", "commerce", "education", "interior", "health", "home",
                          "foreign", "state", "veterans", "navy", "army"])
_SECRETARY = stem("secretary")
_RANK_STEMS = frozenset(stem(w) for w in _RANKS)
# Demonyms whose country is not the demonym less an ending.
_COUNTRY_OF = {"british": "britain", "french": "france", "dutch": "netherlands", "greek": "greece", "swiss": "switzerland",
               "spanish": "spain", "turkish": "turkey", "danish": "denmark", "swedish": "sweden", "polish": "poland",
               "finnish": "finland", "welsh": "wales", "irish": "ireland", "scottish": "scotland", "english": "england",
               "norwegian": "norway", "filipino": "philippines", "thai": "thailand", "peruvian": "peru",
               "chinese": "china", "lebanese": "lebanon", "sudanese": "sudan", "cypriot": "cyprus", "german": "germany",
               "israeli": "israel", "iraqi": "iraq", "pakistani": "pakistan", "canadian": "canada",
               "portuguese": "portugal", "vietnamese": "vietnam", "japanese": "japan", "taiwanese": "taiwan"}


def _country_key(word: str) -> str:
    """A country's name for its demonym, so that "British Home Secretary" and "Britain's Home Secretary" name one post:
    "british" -> britain, "russian" -> russia, "korean" -> korea, "mongolian" -> mongolia; other words as they are."""
    if word in _COUNTRY_OF:
        return _COUNTRY_OF[word]
    if len(word) > 5 and re.search(r"[aeiou]an$", word):
        return word[:-1]  # "russian", "indian", "syrian", "american", "korean"
    return word


def _post_head(head: str, mods: frozenset[str], caps: frozenset[str]) -> tuple[str, frozenset[str], frozenset[str]]:
    """One name for one post written several ways: "Prime Minister" is premier; "chief executive officer",
    "chief executive" and "CEO" are one."""
    if head == stem("minister") and "prime" in caps:
        return stem("premier"), mods, caps - {"prime"}
    if head == stem("officer") and {stem("chief"), stem("executive")} <= mods \
            or head == stem("executive") and stem("chief") in mods:
        return stem("ceo"), mods - {stem("chief"), stem("executive")}, caps
    return head, mods, caps


def _title_words(tokens: Sequence[str], i: int, of_joins: bool) -> list[str]:
    """The title words right before a name at tokens[i] (up to 7 tokens back), in sentence order: capitalised words
    and lower-case content words ("Los Angeles County Coroner's chief investigator"), over an abbreviation's full stop
    ("Rep. X"); with ``of_joins``, "of" between capitalised words too ("Mayor of London")."""
    before: list[str] = []
    k = i - 1
    while k >= 0 and i - k <= 7:
        t = tokens[k]
        low = t.lower().rstrip(".")
        if t == "." and k and tokens[k - 1][:1].isupper() and len(tokens[k - 1]) <= 5:
            k -= 1  # "Rep. X", "Sgt. X": the abbreviation's full stop
            continue
        if t[:1].isupper() and low not in _FUNCTION_CAPS \
                or of_joins and low == "of" and before and k and tokens[k - 1][:1].isupper() \
                or t[:1].islower() and t.replace("-", "").isalpha() and low not in STOPWORDS and low not in _ROLE_STOP:
            before.insert(0, t)
            k -= 1
            continue
        break
    return before


def _role_of(tokens: Sequence[str], i: int, j: int) -> Role | None:
    """The post given to the person named at tokens[i:j]: (role noun, the lower-case words right before it, the
    capitalised words of the role, whether it is a former post), from the title words before the name ("London Mayor",
    "Mayor of London", "former Senate Majority Leader") and the apposition after it (", chairman of the Congressional
    Black Caucus", ", R-Ariz., the only openly gay House Republican,"); None without a role noun."""
    before = _title_words(tokens, i, of_joins=True)
    after: list[str] = []
    k, segments = j, 0
    while k < len(tokens) and tokens[k] == "," and segments < 2:
        seg: list[str] = []
        m = k + 1
        while m < len(tokens) and m < k + 10 and tokens[m] not in (",", ")", ";", ".", "--", "—", "(") \
                and tokens[m].lower() not in _ROLE_STOP:
            seg.append(tokens[m])
            m += 1
        if m < len(tokens) and tokens[m] == "." and m + 1 < len(tokens) and tokens[m + 1] == ",":
            m += 1  # "R-Ariz.,"
        segments += 1
        after += seg
        if len(seg) != 1 or not (seg[0][:1].isupper() or "-" in seg[0]) or m >= len(tokens) or tokens[m] != ",":
            break  # a short tag ("R-Ariz.") may be followed by the role itself
        k = m
    heads = [n for n, w in enumerate(before) if stem(w.lower().rstrip(".")) in _ROLE_NOUNS]
    if heads:
        words, at = before + after, heads[-1]
    else:
        at = next((n for n, w in enumerate(after) if stem(w.lower().rstrip(".")) in _ROLE_NOUNS), -1)
        if at < 0:
            return None
        while at + 1 < len(after) and stem(after[at + 1].lower().rstrip(".")) in _ROLE_NOUNS:
            at += 1  # "executive director", "chief investigator": the last noun is the post
        words = after
    mods, caps = _post_parts(words, at)
    gone = ("former", "then", "ex", "late", "outgoing", "past", "retired")
    former = any(w.lower() in gone for w in words)
    head, mods, caps = _post_head(stem(words[at].lower().rstrip(".")), mods - {stem(w) for w in gone}, caps)
    return head, mods, caps, former


def _role_people(c: Claim) -> tuple[tuple[str, Role], ...]:
    """(name, role) of the people a sentence names with a role."""
    return _role_people_of(c.slots.tokens)


@lru_cache(maxsize=50_000)
def _person_spans(toks: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """(start, end) of the people a sentence names: two or three name words, no organisation, place, facility
    or title."""
    out = []
    for typ, i, j, _ in _typed_slots(toks):
        if typ != "name":
            continue
        if j - i > 3 or toks[i].lower() == "of":
            i = j - 2  # "of London Sadiq Khan", "Senate Majority Leader Bob Dole": the person is the last two words
        words = toks[i:j]
        if not 2 <= len(words) <= 3 or not all(_PERSON_WORD.match(w) for w in words) or _org_like(" ".join(words)) \
                or _is_place(toks, i, j) or words[-1].lower() in _FACILITY | _PLACE_NOUNS \
                or {w.lower() for w in words} & (_TITLE | _ROLE_CAPS | _ROLE_GENERIC):
            continue
        out.append((i, j))
    return tuple(out)


@lru_cache(maxsize=50_000)
def _role_people_of(toks: tuple[str, ...]) -> tuple[tuple[str, Role], ...]:
    out = []
    for i, j in _person_spans(toks):
        role = _role_of(toks, i, j)
        if role:
            out.append((" ".join(toks[i:j]), role))
    return tuple(out)


def _roles_match(ra: Role, rb: Role) -> str:
    """"one" when two roles name one post held by one person at a time ("London Mayor" / "Mayor of London"), "many"
    when they name one post several may hold ("Microsoft co-founder", "former Senate Majority Leader"), else "": the
    same role noun with the same words right before it ("executive director" is not "deputy director") and the same
    capitalised words, at least one ("Senate Majority Leader" is not "House Majority Leader")."""
    if ra[0] != rb[0] or ra[1] != rb[1] or ra[2] != rb[2] or not ra[2] or ra[3] != rb[3]:
        return ""  # a former holder ("a retired Michigan State labor professor") is no holder
    # a deputy's post ("Deputy Premier", "vice president") has several holders
    return "one" if _one_holder(ra) and not (ra[3] or rb[3]) and not ra[1] & _RANK_STEMS else "many"


def _one_holder(role: Role) -> bool:
    """Whether a post has one holder at a time: a head of a body ("chairman", "mayor"), or a government department's
    secretary ("Housing Secretary X", "Secretary of State X"), not any secretary ("a secretary at the firm")."""
    return role[0] in _ONE_HOLDER or role[0] == _SECRETARY and bool(role[2] & _DEPARTMENTS)


def _one_person(a: str, b: str) -> bool:
    """Whether two names given a post name one person ("Muammar Gaddafi" / "Moammar Gadhafi", "Jean Chretien" /
    "Chretien"); two full names that share a first name and not a surname are two people ("Jean Chretien" /
    "Jean-Bruno Latour")."""
    if _other_surnames(a, b):
        return False
    return _same_entity(a, b) or difflib.SequenceMatcher(a=a.lower(), b=b.lower()).ratio() >= 0.75


def _other_surnames(a: str, b: str) -> bool:
    """Whether two full names (two words or more each) end in surnames that are not one name spelt two ways, and
    neither surname is a word of the other name: "Jean Chretien" / "Jean-Bruno Latour", not "Nachagyn Bagabandy" /
    "Natsagin Bagabandi" nor "Hillary Rodham Clinton" / "Hillary Rodham"."""
    wa, wb = a.lower().replace("’", "'").split(), b.lower().replace("’", "'").split()
    if len(wa) < 2 or len(wb) < 2:
        return False
    la, lb = wa[-1].strip(".,"), wb[-1].strip(".,")
    if la in {w.strip(".,") for w in wb} or lb in {w.strip(".,") for w in wa}:
        return False
    return difflib.SequenceMatcher(a=la, b=lb).ratio() < 0.75 and _skeleton(la) != _skeleton(lb)


def role_conflicts(idx: ClaimIndex) -> list[tuple[int, int, str, str]]:
    """Two people given the same post in two articles ("London Mayor X" / "Mayor of London Y", "X, chairman of the
    Congressional Black Caucus" / "Y, the chairman of the Congressional Black Caucus"): one article names the wrong
    person. Only when the story gives that post to those two people alone and no article gives it to both; a post
    several may hold ("Microsoft co-founder", "a former Senate Majority Leader"), or any post in a crowded story
    (coverage over time: "Mongolian President X" in 1996, "Y" in 1998), needs the two sentences aligned (cosine PAIR)
    too."""
    groups: dict[Role, list[tuple[int, str]]] = {}
    for k, c in enumerate(idx.claims):
        for name, role in _role_people(c):
            if role[2]:  # a role with no capitalised word ("the board chairman") says no post precisely enough
                groups.setdefault(role, []).append((k, name))
    crowded = len(idx.articles) >= MUTUAL_FROM  # weeks or years of coverage: a post changes hands
    out: list[tuple[int, int, str, str]] = []
    for role, holders in _by_initials(groups, idx).items():
        names: list[str] = []
        for _k, n in holders:
            if not any(_one_person(n, m) for m in names):
                names.append(n)
                if len(names) > 2:
                    break
        if len(names) != 2:
            continue  # one holder, or a post several people of the story hold
        na, nb = names
        per_article: dict[str, set[bool]] = {}
        for k, n in holders:
            per_article.setdefault(idx.claims[k].article, set()).add(_one_person(n, na))
        if any(len(v) > 1 for v in per_article.values()):
            continue  # one article gives the post to both: a change of holder, or two posts
        sort = _roles_match(role, role)
        if len({_one_person(n, na) for k, n in holders if LEFT_OFFICE.search(idx.claims[k].text)}) == 1:
            continue  # one holder told leaving the post ("Treasury Secretary X is resigning"), the other not: a change
        # in a crowded story, a one-holder post given to one name by several articles and to the other by one article
        # is one report against the rest, not a change of holder
        lone = sort == "one" and _one_against_many(*({a for a, v in per_article.items() if v == {flag}}
                                                       for flag in (True, False)), [idx.claims[k].text for k, _ in holders],
                                    _published(idx))
        pairs = [(ka, kb) for ka, a in holders if _one_person(a, na) for kb, b in holders if not _one_person(b, na)]
        pairs = [(ka, kb) for ka, kb in pairs
                 if not ((sort == "many" or crowded and not lone) and float(idx.sim[ka, kb]) < PAIR)
                 and not _names_person(na, idx.claims[kb].slots.tokens)
                 and not _names_person(nb, idx.claims[ka].slots.tokens)]
        if pairs:
            ka, kb = max(pairs, key=lambda p: float(idx.sim[p[0], p[1]]))
            out.append((ka, kb, na, nb))
    return out + spokesperson_conflicts(idx) + affiliation_conflicts(idx)


# Posts a person holds for one body only (they run it): not founder, chairman or president, which one person may be of a
# company and of a foundation at once (review R22b: the founder of a media group and of a campaign group).
_RUNS_ONE = frozenset(stem(w) for w in ["director", "mayor", "governor", "superintendent", "sheriff", "coroner", "dean",
                                         "ceo", "premier", "chancellor"])
# A spokesman speaks for one body: the same person given that role for two bodies is one body too many.
_SPOKES = frozenset(stem(w) for w in ["spokesman", "spokeswoman", "spokesperson"])


def spokesperson_conflicts(idx: ClaimIndex) -> list[tuple[int, int, str, str]]:
    """One person named spokesman of one body by two or more articles and of another body by one article ("Ann Roe, a
    spokeswoman for the Harbor Trust" twice, "Ann Roe, spokeswoman for the Dock Workers Union" once), no article
    naming both bodies: the lone article names the wrong body (or the wrong person). The same for the top post of a
    body, one holder at a time ("Rich Roe, executive director of the Harbor Trust" twice, "... of the Dock Workers
    Union" once), when both bodies are named in two capitalised words or more ("the Fed" / "the Federal Reserve", "the
    Virginia-based association" name one body too loosely to tell) and the post is no deputy's. (body in the lone
    sentence, body in the closest sentence of the others)."""
    people: dict[tuple[str, str, frozenset[str]], list[tuple[int, frozenset[str]]]] = {}
    for k, c in enumerate(idx.claims):
        for name, role in _role_people(c):
            head, mods, words, former = role
            if not words or former or len(name.split()) < 2:
                continue
            if head in _SPOKES or head in _RUNS_ONE and not mods & _RANK_STEMS and len(words) >= 2:
                post = (head, mods) if head in _ONE_HOLDER else ("spokes", frozenset())  # "executive director"
                people.setdefault((name, *post), []).append((k, words))
    out: list[tuple[int, int, str, str]] = []
    for said in people.values():
        # A spokesman speaks for a leader as for the body the leader heads ("for President Vladimir Putin" / "for
        # the Kremlin", "for Secretary-General Kofi Annan" / "for the United Nations"), and for an institution by its
        # seat as by its name ("the Pentagon" / "the Defense Department"): such a pair is no second body (review R21b).
        if any(words & _LEADER_WORDS or words & _SEATS for _k, words in said):
            continue
        bodies: list[set[str]] = []
        for _k, words in said:
            if not any(_one_body(words, b) for b in bodies):
                bodies.append(set(words))
            else:
                next(b for b in bodies if _one_body(words, b)).update(words)
        if len(bodies) != 2:
            continue
        sides = [[k for k, words in said if _one_body(words, b)] for b in bodies]
        arts = [{idx.claims[k].article for k in side} for side in sides]
        if arts[0] & arts[1] or not _one_against_many(arts[0], arts[1], [idx.claims[k].text for k, _ in said],
                                                       _published(idx)):
            continue
        lone, rest = (sides[0], sides[1]) if len(arts[0]) == 1 else (sides[1], sides[0])
        ka, kb = max(((x, y) for x in lone for y in rest), key=lambda p: float(idx.sim[p[0], p[1]]))
        out.append((ka, kb, _body_as_written(idx.claims[ka], dict(said)[ka]),
                    _body_as_written(idx.claims[kb], dict(said)[kb])))
    return out


# Words of a body that is a person holding an office ("for Prime Minister Ehud Olmert", "for Secretary-General Kofi Annan").
_LEADER_WORDS = _TITLE | frozenset(["prime", "secretary-general", "chancellor", "premier", "vice", "emperor", "sheikh",
                                    "ayatollah", "mayor", "speaker", "chairwoman", "ceo", "commissioner"])
# Seats and nicknames that stand for a government body or its head in news copy.
_SEATS = frozenset(["white", "kremlin", "pentagon", "downing", "elysee", "élysée", "quirinale", "zhongnanhai",
                    "whitehall", "foggy", "vatican"])


def _one_body(words: frozenset[str], other: set[str]) -> bool:
    """Two bodies' capitalised words name one body: a word in common ("Harbor Trust" / "the Trust's"), or one is the
    initials of the other ("HT" / "Harbor Trust", "UNHCR" / "U.N. High Commissioner": a dotted abbreviation gives all
    its letters, and the full name may leave out one word of the initials)."""
    if words & other:
        return True
    for short, full in ((words, other), (other, words)):
        if len(short) == 1 and len(full) >= 2:
            (letters,) = short
            initials = "".join(w.replace(".", "") if "." in w else w[0] for w in full)
            # every initial among the letters, each as often as it stands there
            if len(letters) - 1 <= len(initials) <= len(letters) and not Counter(initials) - Counter(letters):
                return True
    return False


def _body_as_written(c: Claim, words: frozenset[str]) -> str:
    """The longest run of a sentence's words that are a body's capitalised words ("Dock Workers Union")."""
    toks = c.slots.tokens
    best: list[str] = []
    run: list[str] = []
    for t in [*toks, ""]:
        if t[:1].isupper() and (_caps_key(t) in words or run and t.lower() not in _FUNCTION_CAPS):
            run.append(t)  # from a word of the body on, its capitalised words ("Log Cabin Republicans")
            continue
        if len(run) > len(best):
            best = run
        run = []
    return " ".join(best) or " ".join(sorted(words))


def _by_initials(groups: dict[Role, list[tuple[int, str]]], idx: ClaimIndex) -> dict[Role, list[tuple[int, str]]]:
    """The holders of each post, a post of a body named by its initials joined to the same post of the body named in
    full ("the ABA's chief executive officer" / "the chief executive of the American Booksellers Association"), when
    the story's names spell those initials out for one post."""
    out = dict(groups)
    shorts = {next(iter(r[2])) for r in groups if len(r[2]) == 1 and 2 <= len(next(iter(r[2]))) <= 6}
    if not shorts:
        return out
    bodies: dict[str, list[frozenset[str]]] = {}  # initials -> the words of each name the story gives them to
    for c in idx.claims:
        toks = c.slots.tokens
        for typ, i, j, _ in _typed_slots(toks):
            words = [t for t in toks[i:j] if t[:1].isupper() and t.lower() not in _FUNCTION_CAPS]
            short = "".join(w[0] for w in words).lower()
            if typ == "name" and len(words) >= 2 and short in shorts:
                bodies.setdefault(short, []).append(frozenset(_caps_key(w) for w in words))
    for role in groups:
        spelt = bodies.get(next(iter(role[2]))) if len(role[2]) == 1 else None
        if not spelt:
            continue
        full = [r for r in groups if r != role and r[:2] == role[:2] and r[3] == role[3] and r[2]
                and any(r[2] <= words for words in spelt)]
        if len(full) == 1 and full[0] in out and role in out:
            out[full[0]] = out[full[0]] + out.pop(role)
    return out


def _caps_key(word: str) -> str:
    """A capitalised word of a role as ``_post_parts`` keeps it ("Britain's" -> britain, "British" -> britain)."""
    return _country_key(re.sub(r"['’]s$", "", word.lower().rstrip(".")))


def _descriptor_of(tokens: Sequence[str], i: int, j: int) -> frozenset[str]:
    """Content stems of what a sentence says a person named at tokens[i:j] is: the title words before the name and the
    apposition after it ("Los Angeles County Coroner's chief investigator X" -> {los, angel, counti, coron, chief,
    investig}; "X, a paleontologist at the Rocky Mountain Dinosaur Resource Center" -> {paleontologist, rocki, ...})."""
    words = _title_words(tokens, i, of_joins=False)
    if j < len(tokens) and tokens[j] == ",":
        m = j + 1
        while m < len(tokens) and m < j + 13 and tokens[m] not in (",", ")", ";", ".", "--", "—", "(") \
                and (tokens[m].lower() not in _ROLE_STOP or tokens[m] == "and" and m + 1 < len(tokens)
                     and (tokens[m + 1][:1].isupper() and tokens[m - 1][:1].isupper()  # "Geo-Informatics and Space"
                          or tokens[m + 1].lower() in _SECOND_DESCRIPTION)):  # "X, a senior adviser and the ..."
            words.append(tokens[m])
            m += 1
    out = set()
    for w in words:
        low = re.sub(r"['’]s$", "", w.lower().rstrip("."))
        if len(low) > 2 and low.replace("-", "").isalpha() and low not in STOPWORDS and low not in _FUNCTION_CAPS:
            s = stem(low)
            if s not in _ROLE_GENERIC:
                out.add(s)
    return frozenset(out)


# Words that open a second description of a person after "and" ("X, the president's son-in-law and one of his senior
# advisers", "X, a senior adviser to Y and the president's son-in-law").
_SECOND_DESCRIPTION = frozenset(["the", "a", "an", "one", "his", "her", "its", "their"])


def _described_people(c: Claim) -> tuple[tuple[str, frozenset[str]], ...]:
    return _described_people_of(c.slots.tokens)


@lru_cache(maxsize=50_000)
def _described_people_of(toks: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """(name, descriptor) of the people a sentence names with a title or an apposition."""
    out = []
    for i, j in _person_spans(toks):
        desc = _descriptor_of(toks, i, j)
        if desc:
            out.append((" ".join(toks[i:j]), desc))
    return tuple(out)


def _led_unit_conflicts(a: Claim, b: Claim) -> list[tuple[str, str]]:
    """Two aligned sentences of a crowded story that give the top post of one unit to two people ("X, who is director
    of the trauma unit at Mercy Hospital" / "Y, who heads the Trauma Unit at Mercy Hospital"): the post of one holder
    ("director", "chief", "chairman"; "head" or "heads" is any of them) of one unit, named by three content words or
    more. A post several may hold ("a professor of surgery at Mercy Hospital") is none: weeks of coverage quote many
    people of one body."""
    out: list[tuple[str, str]] = []
    for na, (pa, own_a, ua) in _led_units(a.slots.tokens):
        for nb, (pb, own_b, ub) in _led_units(b.slots.tokens):
            if pa != pb and _HEAD not in (pa, pb) or len(ua & ub) < _UNIT_WORDS or len(own_a & own_b) < 2:
                continue  # (two units of one hospital share only its name: "the trauma unit at Mercy Hospital")
            if _one_person(na, nb) or _name_in(na, b.slots.tokens) or _name_in(nb, a.slots.tokens):
                continue
            out.append((na, nb))
    return out


_HEAD = stem("head")
_UNIT_WORDS = 3
# Verbs of holding a unit's top post, after "who": "who heads the trauma unit".
_LEADS = frozenset(["heads", "headed", "leads", "led", "directs", "directed", "chairs", "chaired", "runs"])
_UNIT_END = frozenset([",", ".", ";", ":", "--", "—", "(", ")", "``", "''", "\"", "who", "which", "that", "said", "says",
                       "told", "when", "after", "since", "but", "is", "was", "has", "had"])


@lru_cache(maxsize=50_000)
def _led_units(toks: tuple[str, ...]) -> tuple[tuple[str, tuple[str, frozenset[str], frozenset[str]]], ...]:
    """(name, (post, the unit's own words, all the words of the unit)) of the people a sentence names as holder of a
    unit's top post, in an apposition or a "who" clause right after the name: "X, director of the trauma unit at Mercy
    Hospital" and "X, a surgeon who is also director of the trauma unit at Mercy Hospital" -> (director, {trauma,
    unit}, {trauma, unit, merci, hospit}); "X, who heads the Trauma Unit at Mercy Hospital" -> (head, ...). Not a
    former holder."""
    out = []
    for i, j in _person_spans(toks):
        k = j + 1 if j < len(toks) and toks[j] == "," else j
        while k < len(toks) and k < j + 12 and toks[k] not in (",", ".", ";", "(", ")", "--", "``", "''") \
                and toks[k].lower() not in ("who", "said", "says", "told"):
            k += 1  # over the apposition ("a UW psychology professor"), to a "who" clause
        post = _post_in(toks, j + 1 if j < len(toks) and toks[j] == "," else j, k)
        if post is None and k + 1 < len(toks) and toks[k].lower() == "who":
            post = _post_in(toks, k + 1, min(len(toks), k + 16))
        if post is not None:
            out.append((" ".join(toks[i:j]), post))
    return tuple(out)


def _post_in(toks: Sequence[str], start: int, end: int) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """The one-holder post a description from tokens[start] holds, the unit's own words and all its words: "(is also)
    director of the X at Y", "heads the X at Y" -> (director or head, X, X and Y); None when the first words are no such
    post or name a former one."""
    m = start
    while m < end and toks[m].lower() in ("is", "was", "also", "now", "the", "a", "an"):
        m += 1
    if m >= end or any(t.lower() in ("former", "then", "ex", "late", "retired") for t in toks[start:m + 1]):
        return None
    word = toks[m].lower()
    if word in _LEADS:
        post, m = _HEAD, m + 1
    elif stem(word) in _ONE_HOLDER and m + 1 < len(toks) and toks[m + 1].lower() in _ROLE_LINK:
        post, m = stem(word), m + 2
    else:
        return None
    unit: set[str] = set()
    own: frozenset[str] | None = None
    parent: set[str] = set()  # "the State Department's [press office]": the words up to a possessive say where
    while m < len(toks) and toks[m].lower() not in _UNIT_END and len(unit) < 10:
        possessive = re.search(r"['’]s$", toks[m]) is not None or toks[m + 1:m + 2] in (["'s"], ["’s"])
        low = re.sub(r"['’]s$", "", toks[m].lower())
        if own is None and low in ("at", "in", "for"):
            own = frozenset(unit - parent)  # "the trauma unit [at Mercy Hospital]": where the unit is, not which
        if low.isalpha() and len(low) > 2 and low not in STOPWORDS and low not in _FUNCTION_CAPS:
            unit.add(stem(low))
        if possessive and own is None:
            parent = set(unit)
        m += 1
    return post, frozenset(unit - parent) if own is None else own, frozenset(unit)


# A person described as the reporter of an outlet ("the BBC's correspondent", "reporting from Athens").
_PRESS = frozenset(stem(w) for w in ["reporting", "reporter", "correspondent", "journalist", "columnist", "anchor"])


def described_conflicts(a: Claim, b: Claim, crowded: bool = False) -> list[tuple[str, str]]:
    """Two aligned sentences that describe a person the same way, worded differently ("X, director of trauma services
    for Theda Clark Medical Center" / "Y, the medical director of trauma at Theda Clark"; "chief investigator X" / "Y,
    a chief with the coroner's office"), and name two different people: one names the wrong person. The descriptions
    share three content words, or two with a role noun among them; neither sentence names the other's person; the
    sentences share a content word besides who says it (two colleagues quoted on different points are no conflict).
    Not in a crowded story: weeks of coverage quote many people of one organization (CERT's manager, its spokesman)."""
    out: list[tuple[str, str]] = []
    if _statement_overlap(a, b) == 0.0:
        return out
    if crowded:
        return _led_unit_conflicts(a, b)
    for na, da in _described_people(a):
        for nb, db in _described_people(b):
            shared = da & db
            if len(shared) < 3 and not (len(shared) >= 2 and shared & _ROLE_NOUNS):
                continue
            if da & _ROLE_NOUNS and db & _ROLE_NOUNS and not shared & _ROLE_NOUNS:
                continue  # "the Harbor County police Chief X" / "Harbor County Police Officer Y": two posts of one body
            if _one_person(na, nb) or _name_in(na, b.slots.tokens) or _name_in(nb, a.slots.tokens):
                continue
            if (da | db) & _PRESS:
                continue  # "Al Jazeera's X, reporting from Athens" / "... Y, reporting from Athens": an outlet has many
            out.append((na, nb))
    return out


def affiliation_conflicts(idx: ClaimIndex) -> list[tuple[int, int, str, str]]:
    """One person given to two organizations in two articles ("Ruth Rabinowitz of the [Freedom Party]" / "A lawmaker
    with the [Health Ministry], Rabinowitz said"): only when the story gives that person (by surname) those two bodies
    alone, each article one of them, and the person's surname names no one else (one first name with it)."""
    bodies: dict[str, list[tuple[int, str]]] = {}
    for k, c in enumerate(idx.claims):
        toks = c.slots.tokens
        for typ, i, j, _ in _typed_slots(toks):
            if typ != "name" or _is_place(toks, i, j) or _actor_sort(toks, i, j) != "org":
                continue
            holder = affiliate_of(toks, i, j)
            if holder:
                bodies.setdefault(holder, []).append((k, " ".join(toks[i:j]).rstrip(".,")))
    out: list[tuple[int, int, str, str]] = []
    for holder, given in bodies.items():
        names: list[str] = []
        for _k, body in given:
            if not any(_same_entity(body, m) for m in names):
                names.append(body)
        if len(names) != 2 or _first_names(idx, holder) > 1:
            continue
        per_article: dict[str, set[bool]] = {}
        for k, body in given:
            per_article.setdefault(idx.claims[k].article, set()).add(_same_entity(body, names[0]))
        if any(len(v) > 1 for v in per_article.values()):
            continue  # one article gives the person both bodies: two affiliations, not one told twice
        ka = next(k for k, body in given if _same_entity(body, names[0]))
        kb = next(k for k, body in given if not _same_entity(body, names[0]))
        out.append((ka, kb, names[0], names[1]))
    return out


def _first_names(idx: ClaimIndex, surname: str) -> int:
    """How many different capitalised words the story puts right before this surname (its first names)."""
    firsts = set()
    for c in idx.claims:
        toks = c.slots.tokens
        for p in range(1, len(toks)):
            if toks[p].lower() == surname and toks[p - 1][:1].isupper() and toks[p - 1].isalpha() \
                    and toks[p - 1].lower() not in STOPWORDS and toks[p - 1] not in _TITLE:
                firsts.add(toks[p - 1].lower())
    return len(firsts)
