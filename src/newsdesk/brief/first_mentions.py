"""Where an article first names a person in full, and the role it gives them there, whatever the verb.

"Foreign Secretary Dominic Raab defended the party", "Steelers defensive captain Cam Heyward, who lobbied
for ...", "China's ambassador to Britain Liu Xiaming has said that ...": a news article introduces a person
once, with a title or a role, and calls them by surname alone afterwards. :func:`first_mentions` finds those
introductions (the full name, and the role written before it or in an appositive after it), so that a brief
quoting "Raab told the BBC" can say who Raab is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsdesk.compare.attribution import ANON_HEADS, ORG_HEADS, ORG_TOKENS, TITLES, outlet_name
from newsdesk.sentences import split_sentences
from newsdesk.text import STOPWORDS

_WORD_NAME = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
_DEMONYMS = re.compile(
    r"^(?:[A-Z][a-z]{2,}(?:ian|ese|ish|ean)|British|French|Dutch|Swiss|Thai|Greek|American|Mexican|Korean|African|"
    r"European|Iraqi|Israeli|Saudi|Pakistani|Afghan|German|Cuban|Kenyan|Turkish|Arab|Former|Late|Then)$")
_PUNCT_AFTER = ",.;:!?)\"”’'"
_QUOTES_BEFORE = "\"“‘'(`"
_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "sir", "dame"])
_CALENDAR = frozenset(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                       "saturday", "sunday", "today", "yesterday"])
# Words before a name that end the stretch of text that can be its role: a verb, a clause word, a preposition
# that places rather than describes ("said", "that", "when", "by"), an article's own pronouns.
_ROLE_STOP = frozenset(
    ["said", "says", "say", "told", "tells", "added", "asked", "according", "that", "who", "whom", "which", "when",
     "while", "after", "before", "because", "if", "as", "by", "with", "than", "is", "was", "are", "were", "be",
     "been", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "did", "does", "do",
     "not", "also", "and", "or", "but", "he", "she", "they", "we", "it", "i", "you", "his", "her", "their", "its",
     "our", "my", "both", "including", "like", "between", "among", "against", "about", "from", "on", "at", "in"])
# Connective words that cannot open a role: "of the ..." is the end of some other phrase.
_ROLE_LEAD = frozenset(["of", "to", "for", "the", "a", "an", "and", "in", "at", "on"])
_PREPOSITIONS = frozenset(["of", "to", "for", "in", "at", "on", "over", "under", "into", "through"])
# After one of these a capitalised pair is a place or a body ("commander of Kowloon West", "at Heinz Field").
_PLACE_BEFORE = frozenset(["of", "in", "at"])
# What a role is about: a title or an occupation.
_ROLE_WORDS = TITLES | ANON_HEADS | frozenset(
    ["executive", "player", "star", "candidate", "owner", "founder", "co-founder", "cofounder", "author", "lawyer",
     "scientist", "researcher", "economist", "teacher", "student", "writer", "historian", "actor", "actress",
     "singer", "president", "partner", "physician", "surgeon", "nurse", "pilot", "driver", "farmer", "pastor",
     "priest", "rabbi", "imam", "activist", "lawmaker", "legislator", "chair", "chairperson", "co-chief",
     "quarterback", "striker", "defender", "goalkeeper", "pitcher", "forward", "guard", "rusher", "receiver",
     "ceo", "cfo", "coo", "cto", "envoy", "negotiator", "reporter", "correspondent", "columnist", "photographer"])
# Words that may stand before a capitalised title as part of the role: "former Prime Minister".
_TITLE_MODIFIERS = frozenset(["former", "acting", "then", "late", "longtime", "long-time", "interim", "incoming",
                              "outgoing", "new", "current", "retired", "veteran", "senior", "top", "deputy", "state"])
MAX_ROLE_WORDS = 12  # a longer stretch before a name is more sentence than role
_APPOSITIVE = re.compile(r"^(?:a|an|the|its|\d{1,3})\b")


def _core(token: str) -> tuple[str, bool]:
    """The token without quotes before it and punctuation after it, and whether punctuation followed it."""
    core = token.lstrip(_QUOTES_BEFORE)
    if _INITIALS.match(core) or core.lower() in TITLES:
        return core, False  # "J.K.", "Sen.", "Dr.": the stop is the word's own
    stripped = core.rstrip(_PUNCT_AFTER)
    if stripped.endswith(("'s", "’s")):
        return stripped, True  # a possessive ends the name: "Samsung’s co-chief executive"
    return stripped, stripped != core


def _name_token(core: str) -> bool:
    return bool(_WORD_NAME.match(core) or _INITIALS.match(core)) and core.lower() not in _CALENDAR


def _runs(words: list[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of two or more name-shaped words (capitalised words, initials, titles)."""
    i = 0
    while i < len(words):
        core, closed = _core(words[i])
        if not (_name_token(core) or core.lower().rstrip(".") in TITLES and core[:1].isupper()) \
                or core.endswith(("'s", "’s")):
            i += 1
            continue
        j = i + 1
        while not closed and j < len(words):
            core, closed = _core(words[j])
            if core.endswith(("'s", "’s")):
                if _name_token(core[:-2]):
                    j += 1  # "Prime Minister Tony Blair's": the name ends with it
                break
            if not (_name_token(core) or core.lower().rstrip(".") in TITLES and core[:1].isupper()):
                break
            j += 1
        if j - i >= 2:
            yield i, j
        i = max(j, i + 1)


def _split_title(names: list[str], before: str) -> tuple[list[str], list[str]]:
    """(words of the run before the name, name words): "Foreign Secretary" + "Dominic Raab", [] + "Cam Heyward".
    A capitalised word after a preposition ("ambassador to Britain Liu Xiaming") or a demonym ("Swiss Bertrand
    Piccard") is no part of the name; a name has three words at most."""
    cut = max((k for k, w in enumerate(names[:-1]) if w.lower().rstrip(".") in TITLES or w.lower() in TITLES), default=-1)
    head, name = names[: cut + 1], names[cut + 1:]
    while len(name) > 2 and (_DEMONYMS.match(name[0]) or (not head and before.lower() in _ROLE_LEAD | {"from", "by"})):
        head, name = [*head, name[0]], name[1:]
    if len(name) > 3:  # "Northern Fleet Vladimir Navrotsky": the name is the last two, or three with an initial
        keep = 3 if _INITIALS.match(name[-2]) else 2
        head, name = [*head, *name[:-keep]], name[-keep:]
    return head, name


def _role_before(words: list[str], start: int, titled: bool = False, capitalised_title: bool = False) -> list[str]:
    """The words before ``words[start]`` that describe the person: back to punctuation, a verb or a clause word.

    A preposition belongs to the role only as the complement of its title, so after the title is read (from the
    name leftwards) it ends the role: "China's ambassador to Britain", but "suspensions for | Browns pass rusher".
    "and" joins two titles ("CEO and president") and nothing else. Before a capitalised title ("Prime Minister")
    only a name, a possessive or a word such as "former" belongs to it ("Russian Deputy Prime Minister", "Israel's
    former Prime Minister"; not "pressure the country's President").
    """
    role: list[str] = []
    j = start - 1
    while j >= 0 and len(role) < MAX_ROLE_WORDS:
        word = words[j]
        core = word.strip(_QUOTES_BEFORE + _PUNCT_AFTER)
        if word[-1:] in ",;:—–\"”" or word.endswith("''") or word.startswith(("-", "—", "–", "_")) \
                or word[:1] in _QUOTES_BEFORE or not core:
            break
        low = core.lower()
        if low == "and" and titled and j > 0 and words[j - 1].strip(",").lower() in _ROLE_WORDS:
            role.insert(0, core)
            j -= 1
            continue
        if low in _ROLE_STOP or (low.endswith(("ed", "ing")) and low not in _ROLE_WORDS) or any(c.isdigit() for c in low):
            break
        if core[:1].islower() and low not in _ROLE_WORDS and not (role and _is_role_word(role[0])) \
                and _after_full_name(words, j):
            break  # "Luis Suarez bit Chelsea defender [Branislav Ivanovic]": a verb after a name, not a role (an
            # adjective of the role stays: "Harbor City defensive captain")
        if titled and low in _PREPOSITIONS or capitalised_title and not (core[:1].isupper() or low in _TITLE_MODIFIERS):
            break
        titled = titled or _is_role_word(low)
        role.insert(0, core)
        j -= 1
    while role and role[0].lower() in _ROLE_LEAD:
        role.pop(0)
    return role


def _after_full_name(words: list[str], j: int) -> bool:
    """Whether ``words[j]`` follows a subject: a name of two capitalised words that are no title ("Omar Teel shot
    ..."), or one after a preposition ("Voters in Kent chose ...")."""
    if j < 2 or words[j - 1][-1:] in ",;:":
        return False
    before, name = (words[k].strip(_QUOTES_BEFORE + _PUNCT_AFTER) for k in (j - 2, j - 1))
    if not name[:1].isupper() or _is_role_word(name):
        return False
    return before[:1].isupper() and not _is_role_word(before) or before.lower() in _PREPOSITIONS


def _is_role_word(word: str) -> bool:
    """A title or an occupation; an honorific ("Dr.") is no role that a stretch of words before it belongs to."""
    low = word.lower().rstrip(".")
    return low in _ROLE_WORDS and low not in _HONORIFICS


def _ends_as_role(words: list[str]) -> bool:
    """Whether the words are one person's role: they hold a title or an occupation, in the singular, and after the
    last one only its complement ("head of the mobile business", "ambassador to Britain"), not another noun
    ("student killers", "chief negotiators", "Aides to rival")."""
    last = max((k for k, w in enumerate(words) if _is_role_word(w)), default=-1)
    if last < 0 or words[last].lower().endswith("s") and words[last].lower()[:-1] in _ROLE_WORDS:
        return False
    return last == len(words) - 1 or words[last + 1].lower() in _PREPOSITIONS or words[-1][:1].isupper() \
        and all(w[:1].isupper() for w in words[last + 1:])


def _appositive(words: list[str], end: int) -> str | None:
    """', a lawyer for the family,' after a name: the role in the commas after ``words[end - 1]``."""
    if not words[end - 1].endswith(","):
        return None
    part: list[str] = []
    for word in words[end:]:
        part.append(word)
        if word[-1:] in ",;:)" or len(part) > MAX_ROLE_WORDS:
            break
    text = _CLAUSE_IN_ROLE.split(" ".join(part).rstrip(",.;:)"))[0]
    if not (_APPOSITIVE.match(text) and (part[-1][-1:] in ",;:)" or end + len(part) == len(words))):
        return None
    return text if any(map(_is_role_word, re.findall(r"[\w-]+", text))) and "`" not in text else None


_CLAUSE_IN_ROLE = re.compile(r"\s+(?:who|whom|which|where|when|that|while)\b")


def _written_lower(text: str, word: str) -> bool:
    """Whether the text also writes ``word`` in lower case, as a word of its own ("host" besides "Host Chris")."""
    low = word.lower()
    return low != word and re.search(rf"(?<![\w'’-]){re.escape(low)}(?![\w'’-])", text) is not None


def first_mentions(text: str) -> dict[str, str | None]:
    """Full name -> the role the article gives with its first full-name mention (None when none), in the
    order the article first names them. Names are two or three words (initials count: "J.K. Shin").

    Example:
        >>> first_mentions("Foreign Secretary Dominic Raab defended the party. Raab told the BBC so.")
        {'Dominic Raab': 'Foreign Secretary'}
    """
    found: dict[str, str | None] = {}
    for sentence in split_sentences(text):
        words = sentence.split()
        for start, end in _runs(words):
            before = words[start - 1].strip(_PUNCT_AFTER) if start else ""
            cores = [re.sub(r"['’]s$", "", _core(w)[0]) for w in words[start:end]]
            head, name = _split_title(cores, before)
            if len(name) == 3 and not _INITIALS.match(name[1]) and _written_lower(text, name[0]):
                head, name = [*head, name[0]], name[1:]  # "Host Chris Wallace": a role the text writes in lower case
            if any(w.lower() in STOPWORDS for w in head) and not any(map(_is_role_word, head)):
                continue  # "Q. If Mona Lark said that, ...": a question's clause, no one introduced
            while head and (head[0].lower() in STOPWORDS or head[0].endswith("ing")):
                head = head[1:]  # "But Governor Paul Cellucci", "To Prof. W. David Lewis", "Watching President ..."
            if not head and before.lower() in _PLACE_BEFORE:
                continue
            if not 2 <= len(name) <= 3 or not _WORD_NAME.match(name[-1]) or any(w.lower() in TITLES for w in name) \
                    or _DEMONYMS.match(name[0]):
                continue
            full = " ".join(name)
            if full in found and found[full] is not None:
                continue
            if outlet_name(full) or any(w.lower() in ORG_TOKENS or w.lower() in ORG_HEADS for w in name):
                continue  # "Fox News", "Boston College"
            titled = any(map(_is_role_word, head))
            role_words = _role_before(words, start, titled, titled) + head
            role = " ".join(role_words) if _ends_as_role(role_words) else None
            if role is None and head and all(w.lower().rstrip(".") in _HONORIFICS for w in head):
                role = " ".join(head)  # "Dr. Jane Roe"
            found[full] = role or _appositive(words, end) or found.get(full)
    return found
