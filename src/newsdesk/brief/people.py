"""Who is "Skinner"? Introduce people a brief names only by surname, the way their article introduced them.

A brief lifts whole sentences out of articles, so a quotation credited to a bare surname ('"This is an
information war," Skinner said.') loses the sentence, paragraphs earlier, that said who Skinner is
("Patrick Skinner, an analyst with the security consulting firm Soufan Group, agreed ..."). This stage
adds that introduction as a note on the sentence (``BriefSentence.people``), rendered as an editor's
bracket after the surname; the sentence text itself, the selection and the word budget are unchanged.

The introductions come from the speaker patterns of ``newsdesk.compare.attribution`` (a named person
with two or more name tokens, and the appositive role when the article gives one), and for anyone else
the article names in full and later by surname alone, from that first full-name mention, whatever the
verb ("Foreign Secretary Dominic Raab defended ...", "Steelers captain Cam Heyward, who lobbied ...").
So a person is introduced only when their own article names them in full. A surname shared by two people
of the article is left alone (a wrong person is worse than none: the reader of "Shepard added" is not told
which Shepard), and each person is introduced once per brief, at their first bare mention.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Container, Sequence

from newsdesk.brief.first_mentions import first_mentions
from newsdesk.compare.attribution import ORG_TOKENS, SPEECH, TITLES, sentence_speakers
from newsdesk.model import Article, Brief, BriefSentence, PersonNote
from newsdesk.sentences import split_sentences
from newsdesk.text import STOPWORDS

_SPEECH_HINT = re.compile(rf"\b(?:{SPEECH}|according)\b", re.IGNORECASE)
_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."])
_TITLED = TITLES | _HONORIFICS
_NAME = re.compile(r"^(?:[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?|(?:[A-Z]\.)+|(?:al|el|de|da|van|von|bin|la|le|del)-?[A-Z]?[a-z]*)$")
_CLAUSE = frozenset(["will", "would", "is", "was", "are", "were", "has", "had", "have", "said", "says", "who", "which"])
# Before a place ("in Selby"); not "to", which as often comes before a person ("according to Bergeson", "loyal to
# Gaddafi", "talking to Rezko"): a surname that is also a place is written after "in" or "at" too.
_PLACE_PREPOSITIONS = frozenset(["in", "at", "from", "near", "into", "across", "outside", "inside"])
_CALENDAR = frozenset(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                       "saturday", "sunday"])
# Words after a surname that make it a person doing something: speech verbs and common auxiliaries.
_PERSON_VERBS = frozenset(SPEECH.split("|")) | frozenset(
    ["will", "would", "has", "had", "is", "was", "also", "who", "later", "then", "could", "can", "did", "does",
     "wants", "wanted", "led", "took", "won", "lost", "went", "made", "called", "asked", "urged", "continued"])
_QUOTES = "\"“‘'(`"  # opening a word: '“Pope Francis'
_CLOSING = ",;:\"”'’)"  # closing a word: the end of a quotation or a clause before a name, not a given name
_SPEECH_BEFORE = frozenset(["said", "says", "told", "according", "by", "to", "with", "and", "against"])
_NOT_ROLE_START = frozenset(["though", "although", "but", "and", "or", "so", "yet", "while", "if", "when", "as"])
# Words that open a sentence before its subject, never a given name ("Yet Bushmaster continued ...").
_SENTENCE_OPENERS = frozenset(["yet", "but", "and", "so", "still", "then", "now", "also", "thus", "hence", "instead",
                               "meanwhile", "however", "later", "earlier", "today", "tonight", "finally", "indeed",
                               "yesterday", "when", "while", "after", "before", "if", "as", "since", "although",
                               "though", "because", "why", "how", "what", "where", "even", "only", "unlike", "like",
                               "both", "neither", "nor", "or", "besides", "nevertheless", "moreover",
                               # prepositions, and the imperatives of a web caption ("Watch Colbert ...")
                               "despite", "among", "amid", "against", "during", "without", "within", "unlike", "via",
                               "watch", "see", "read", "listen", "click"])
MAX_ROLE_WORDS = 16  # a longer appositive is more clause than role; the name alone is given then


# A word written in lower case: its first letter matched before the look-behind (the same as r"\b[a-z][a-z'’-]*\b"),
# so that re's search goes straight to the lower-case letters.
LOWER_WORD = re.compile(r"[a-z](?<!\w[a-z])[a-z'’-]*\b")
_LOWER_WORD_CHARS = re.compile(r"[a-z][a-z'’-]*")  # what a match of LOWER_WORD is made of


class LowerCaseWords:
    """The words a text writes in lower case (``set(LOWER_WORD.findall(text))``) for ``in`` tests, when only a few
    words are asked about: each is looked for where the text holds it, and the whole set is made only when one
    place cannot tell (the word right after an apostrophe or a hyphen, where it may end a longer one: "rock-n").

    Example:
        >>> "rose" in LowerCaseWords("Prices rose."), "pat" in LowerCaseWords("Pat Rose left.")
        (True, False)
    """

    __slots__ = ("_all", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._all: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._all is not None:
            return word in self._all
        if not isinstance(word, str) or _LOWER_WORD_CHARS.fullmatch(word) is None:
            return False  # no match of LOWER_WORD is such a word ("j.", "Rose", "")
        text = self._text
        at = text.find(word)
        while at != -1:
            if at and text[at - 1] in "'’-":  # findall may read this place as part of a word begun before it
                self._all = set(LOWER_WORD.findall(text))
                return word in self._all
            # Otherwise findall tries this place (a match before it would hold the character before it), and its
            # match here is the word when it ends where the word does.
            m = LOWER_WORD.match(text, at)
            if m is not None and m.end() == at + len(word):
                return True
            at = text.find(word, at + 1)
        return False


def looks_like_person(who: str, lower_words: Container[str]) -> bool:
    """Whether a "named" speaker looks like one person's full name (not "The Navy", "Some Democrats").

    Every token is name-shaped and the first is not a word the article also writes in lower case
    ("before", "modern"), a stop word ("Some"), a title or an -ing form ("Dismissing Eichmann's").
    """
    toks = who.split()
    if not 2 <= len(toks) <= 4 or not all(_NAME.match(t) for t in toks):
        return False
    if any(t.lower() in STOPWORDS for t in toks):
        return False  # "Q. If Monica Lewinsky": a clause, not a name
    first = toks[0].lower()
    if first.split("-")[0] in TITLES:
        return False  # "Sen.", "President-elect Obama"
    if first in _SENTENCE_OPENERS or _GROUP.search(toks[0]):  # "Americans Holm": a group before a name
        return False  # "Yet Bushmaster continued to market ...": a sentence's first word before a name
    return not first.endswith("ing") and toks[-1][:1].isupper() and first not in lower_words  # the look-up last


def _intro(full: str, role: str | None) -> str:
    """ "Sen. Lindsey Graham" for a title-only role, "Patrick Skinner, an analyst with ..." for an appositive."""
    if not role:
        return full
    words = role.split()
    if "," not in role and len(words) <= 4 and role[:1].isupper() and words[-1].lower() in TITLES:
        return f"{role} {full}"
    return f"{full}, {role}"


def introductions(article: Article) -> dict[str, tuple[str, str]]:
    """Surname -> (full name, introduction) for the people the article names in full as speakers.

    The first role the article gives a person is kept ("an analyst with the Soufan Group"); a surname
    two different full names share maps to nothing.

    Example:
        >>> a = Article(id="a", source="a.txt", text="Jane Roe, a lawyer for the family, said it was wrong. Roe said more.")
        >>> introductions(a)
        {'Roe': ('Jane Roe', 'Jane Roe, a lawyer for the family')}
    """
    lower_words = set(LOWER_WORD.findall(article.text))
    found: dict[str, tuple[str, str | None]] = {}
    clashing: set[str] = set()
    for sentence in split_sentences(article.text):
        if not _SPEECH_HINT.search(sentence):
            continue
        for sp in sentence_speakers(sentence):
            if sp.kind != "named" or not looks_like_person(sp.who, lower_words):
                continue
            surname = sp.who.split()[-1]
            if surname in found and found[surname][0] != sp.who:
                clashing.add(surname)
                continue
            role = sp.role
            if role and (len(role.split()) > MAX_ROLE_WORDS or _CLAUSE.intersection(role.lower().split())
                         or role.split()[0].lower() in _NOT_ROLE_START or "_" in role or _ROLE_JUNK.search(role)):
                role = None  # "though President", "WASHINGTON _ Housing Secretary": a clause or a dateline
            if surname not in found or (found[surname][1] is None and role):
                found[surname] = (sp.who, role)
    for surname, full, role in _introduced_by_mention(article.text, lower_words):
        if surname in found and found[surname][0] != full:
            if not (found[surname][0].endswith(" " + full) or full.endswith(" " + found[surname][0])):
                clashing.add(surname)  # "Dennis Shepard" besides a speaker "Matthew Shepard"
            continue
        if surname not in found or (found[surname][1] is None and role):
            found[surname] = (full, role)
    out: dict[str, tuple[str, str]] = {}
    for surname, (full, role) in found.items():
        if surname not in clashing and not surname_ambiguous(article.text, surname, full) \
                and not _names_no_person(article.text, surname, full):
            out[surname] = (full, _intro(full, role))
    return out


def _names_no_person(text: str, surname: str, full: str) -> bool:
    """Whether the article shows that ``full`` is no person's name: an article stands before it, and no noun after it
    ("Physicians for a Smoke-Free Canada.", not "the Monica Lewinsky scandal"), or its last word is a country the
    article writes as a place ("in Canada"), so that "Canada has stiffened its rules" is not "Canada [Smoke-Free
    Canada]"."""
    if re.search(rf"\b(?:[Aa]n?|[Tt]he) {re.escape(full)}(?![\w'’-])(?=[,.;:)]|\s+(?:who|which|that|has|had|have|is|"
                 rf"was|were|will|said|says|and|of)\b|\s+[a-z]+ed\b|\s*$)", text):
        return True  # not "the Monica Lewinsky scandal", "a Tom Hanks movie": a person's name before a noun
    from newsdesk.compare.conflicts.pairing import is_country  # the comparison's gazetteer

    return is_country(surname) and re.search(rf"\b(?:in|to|from|across|throughout) {re.escape(surname)}\b", text) \
        is not None


def _introduced_by_mention(text: str, lower_words: set[str]) -> list[tuple[str, str, str | None]]:
    """(surname, full name, role) of each person the article names in full and also by one name alone, as a
    person, from the first full-name mention (:func:`first_mentions`). The name written alone is the surname: the
    last one ("Dominic Raab" ... "Raab told"), or the first where only that one is and it never stands before
    another name ("Liu Xiaming" ... "Liu said"; not "Robert" of "Robert Rubin" in a story with a "Robert Bixby")."""
    out: list[tuple[str, str, str | None]] = []
    for full, role in first_mentions(text).items():
        if not looks_like_person(full, lower_words):
            continue
        names = full.split()
        if any(n.lower() in ORG_TOKENS for n in names) or names[0].endswith("ly") or _GROUP.search(names[-1]) \
                or _GROUP.search(names[0]):
            continue  # "Honda Motor Co", "Eventually Virginia", "Log Cabin Republicans", "Americans Francis"
        surname = names[-1] if _bare_count(text, names[-1]) else None
        if surname is None and role and len(names) == 2 and _bare_count(text, names[0]) \
                and _only_before(text, names[0], names[1]):
            surname = names[0]
        if surname is None or not _NAME_WORD.match(surname) or surname.lower() in lower_words \
                or not _acts_as_person(text, surname):
            continue  # "Collin Rose" (the story writes "rose"); "Olympic Games" ("Games" never says anything)
        if role and (len(role.split()) > MAX_ROLE_WORDS or _CLAUSE.intersection(role.lower().split())
                     or "_" in role or _ROLE_JUNK.search(role)):
            role = None
        out.append((surname, full, role))
    return out


def _acts_as_person(text: str, name: str) -> bool:
    """Whether the article writes ``name`` alone as a person: saying or thinking something ("Raab told", "Heyward
    said", "Beaudoin, 29, argues", "Woods immediately asked", "Kim, who", "Lund and Moss said"), or after "said" or
    an honorific ("says Beaudoin", "Mr. Shin")."""
    for m in re.finditer(rf"(?<![\w'’.-]){re.escape(name)}(?![\w'’-])", text):
        after = re.match(r"(?:,[^,.]{1,60},|\s+and\s+[A-Z][\w'’-]+)?\s+(?:(?:has|had|have|also|later|then|[a-z]+ly)\s+)?([a-z]+)",
                         text[m.end():])
        before = text[max(0, m.start() - 12): m.start()].split()
        if before and before[-1].lower() in _DETERMINERS:
            continue  # "a Catholic who ...": a kind of person, not a name
        if after and after.group(1) in _ACTS or before and before[-1].lower().strip(".") in _SAID_BEFORE:
            return True
    return False


_ACTS = frozenset(SPEECH.split("|")) | frozenset(
    ["continued", "who", "asked", "urged", "wants", "wanted", "thinks", "thought", "hopes", "hoped", "feels", "felt",
     "knows", "knew", "spoke", "speaks", "praised", "criticized", "defended", "called"])
_SAID_BEFORE = frozenset(["said", "says", "mr", "mrs", "ms", "dr", "told", "asked"])
_DETERMINERS = frozenset(["a", "an", "the", "this", "that", "every", "each", "another"])
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?$")
# A role that holds a dateline ("WASHINGTON _ ...") or an editor's bracket ("protesters [Reuters] Libyan leader").
_ROLE_JUNK = re.compile(r"\b[A-Z]{4,}\b|[\[\]]")
_GROUP = re.compile(r"(?:icans|ians|ists|ites)$")  # "Republicans", "Socialists": a group, not a surname


def _bare_count(text: str, word: str) -> int:
    """How often ``word`` stands alone in ``text``: no capitalised word just before or after it ("Liu said",
    not "Liu Xiaming" or "Britain Liu")."""
    if _TOKEN.fullmatch(word):
        return _bare_words(text).get(word, 0)
    pattern = rf"(?<![\w'’.-]){re.escape(word)}(?![\w'’-])(?!\s+[A-Z])"
    return sum(1 for m in re.finditer(pattern, text) if not _AFTER_CAPITAL.search(text[max(0, m.start() - 40): m.start()]))


_TOKEN = re.compile(r"[\w'’-]+")
_AFTER_CAPITAL = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")
_NEXT_CAPITAL = re.compile(r"\s+[A-Z]")
_WORD_START = re.compile(r"(?<![\w'’.-])[\w'’-]+")


@functools.lru_cache(maxsize=4)
def _bare_words(text: str) -> dict[str, int]:
    """``_bare_count`` of every word of ``text`` at once, in one pass (a story names many people: asking the
    text once per name grew with the square of its length, 8 s for a 132 KB article)."""
    counts: dict[str, int] = {}
    for m in _WORD_START.finditer(text):
        if _NEXT_CAPITAL.match(text, m.end()) or _AFTER_CAPITAL.search(text[max(0, m.start() - 40): m.start()]):
            continue
        counts[m.group()] = counts.get(m.group(), 0) + 1
    return counts


def _only_before(text: str, first: str, rest: str) -> bool:
    """Whether every capitalised word written after ``first`` is ``rest``: one person of that given name."""
    return all(m.group(1) == rest for m in re.finditer(rf"(?<![\w'’.-]){re.escape(first)}\s+([A-Z][\w'’-]*)", text))


def surname_ambiguous(text: str, surname: str, full: str, places: frozenset[str] = _PLACE_PREPOSITIONS) -> bool:
    """Whether the surname may mean someone else: another given name before it ("Adolf Eichmann" besides
    "Vera Eichmann"), or a place ("in Ghana": after one of ``places``)."""
    names = full.split()
    # The surname after white space, then the word before it (searching the surname first and looking back is
    # linear; a pattern starting with the word before it backtracks at every position of a long story).
    at = text.find(surname, 1)
    while at != -1:
        found, after = at, at + len(surname)
        at = text.find(surname, after)
        if not text[found - 1].isspace() or after < len(text) and (text[after].isalnum() or text[after] in "_-"):
            continue
        end = found
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if "\n" in text[end:found]:
            continue  # the surname opens a paragraph: the line before it ("... in Images") names no one with it
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if start == end:
            continue  # nothing but white space before it
        prev = text[start:end].strip("\"“‘'(")
        if prev.lower() in places and not text.startswith(("'s", "’s"), after):
            return True  # "in Ghana"; not "into Rose's decision", "In Pippig's case": a person's
        if prev not in names and prev[:1].isupper() and prev.isalpha() and prev.lower() not in _TITLED \
                and prev.lower() not in STOPWORDS and prev.lower() not in _SENTENCE_OPENERS \
                and prev.lower() not in _CALENDAR \
                and full not in text[start: after + 1] and not text.startswith(full, found):
            return True
    return False


def _bare_mention(text: str, surname: str, full: str) -> bool:
    """Whether ``text`` names the person by surname alone (or with an honorific), never in full or titled.

    "Skinner said" and "Mr. Doherty said" are bare; "Michael Dunn", "President Obama", "Amnesty
    International" and "Benedict XVI" are not. The word must read as a person: followed by a verb
    such as "said" or "will", by punctuation or a possessive, or after "said" / an honorific; so
    "Rice prices rose" and "on May 12" are no mentions of Susan Rice or Theresa May.
    """
    if full in text or surname.lower() in _CALENDAR:
        return False
    for m in re.finditer(rf"(?<![\w'’.-]){re.escape(surname)}(?![\w-])", text):
        before, after = text[: m.start()].split(), text[m.end():].split()
        prev = before[-1] if before else ""
        if text[m.end(): m.end() + 1].isspace() and after and after[0][:1].isupper():
            continue  # part of a longer name: "Amnesty International", "Benedict XVI"
        low = prev.lower()
        honorific = low in _HONORIFICS
        if not honorific and (low in TITLES or prev.lstrip(_QUOTES)[:1].isupper() and prev[-1:] not in _CLOSING):
            continue  # titled ("President Obama") or another given name ("Michael Dunn"); not the last word of a
            # quotation before it ('"... in America," Cruz said')
        nxt = text[m.end():].lstrip()
        follows = nxt[:1] in ",.;:)!?\"”'’" or (after and after[0].lower().strip(",.;:") in _PERSON_VERBS) \
            or (len(after) > 2 and after[0] == "and" and after[1][:1].isupper()
                and after[2].lower().strip(",.;:") in _PERSON_VERBS)  # "Natkin and Green said"
        quote_closed = prev.endswith((',"', ",”", ",''"))  # '"...," Menear continued'
        if follows or honorific or quote_closed or low.strip(",") in _SPEECH_BEFORE:
            return True
    return False


def introduce_people(brief: Brief) -> Brief:
    """The brief with a ``PersonNote`` on each sentence that first names someone by bare surname.

    The introduction is the sentence's own article's; when that article never names the person in full ("...,"
    Sanders said.), another article of the brief's that does is read (:func:`story_introductions`), provided the
    sentence's article gives that surname to no one else."""
    by_id = {a.id: a for a in brief.articles}
    intros: dict[str, dict[str, tuple[str, str]]] = {}
    shown: list[str] = []  # brief text so far: a person named in full there needs no note
    out: list[BriefSentence] = []
    for s in brief.sentences:
        article = by_id.get(s.from_id)
        notes: list[PersonNote] = []
        if article is not None:
            if article.id not in intros:
                intros[article.id] = introductions(article)
            own = intros[article.id]
            wanted = _bare_names(s.text, own)
            # only the articles that write such a word next to another name can introduce it, or give it to someone
            # else ("Jo Ames", "Liu Xiaming", "Burke Ramsey")
            story = story_introductions([a for a in brief.articles if _beside_a_name(a.text, wanted)], intros) \
                if wanted else {}
            others = {surname: v for surname, v in story.items()
                      if surname in wanted and not _given_name_too(article.text, surname)
                      and not surname_ambiguous(article.text, surname, v[0])}
            for surname, (full, intro) in [*own.items(), *others.items()]:
                if any(full in t for t in shown) or not _bare_mention(s.text, surname, full):
                    continue
                notes.append(PersonNote(surname, intro))
                shown.append(full)
        shown.append(s.text)
        out.append(dataclasses.replace(s, people=tuple(notes)) if notes else s)
    return dataclasses.replace(brief, sentences=tuple(out))


_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]{2,})?(?![\w-])")  # "Faulder" of "Faulder's"


def _bare_names(text: str, own: dict[str, tuple[str, str]]) -> set[str]:
    """The capitalised words the sentence uses alone as a person's name (:func:`_bare_mention`) that its article does
    not introduce: the surnames another article of the brief may."""
    return {w for w in set(_CAPITALISED.findall(text)) - own.keys() if _bare_mention(text, w, "\0")}


def _beside_a_name(text: str, words: set[str]) -> bool:
    """Whether the text writes one of the words right after or before another capitalised word."""
    return any(w in text and re.search(rf"[A-Z][\w.'’-]* {re.escape(w)}(?![\w-])|(?<![\w'’.-]){re.escape(w)} [A-Z]", text)
               for w in words)


def _given_name_too(text: str, surname: str) -> bool:
    """Whether the text writes the word before another name, as someone's given name ("her brother, Burke Ramsey"
    against a "Stan Burke" of another article)."""
    return re.search(rf"(?<![\w'’.-]){re.escape(surname)} [A-Z][a-z]", text) is not None


def story_introductions(articles: Sequence[Article],
                        known: dict[str, dict[str, tuple[str, str]]] | None = None) -> dict[str, tuple[str, str]]:
    """Surname -> (full name, introduction) over all the articles (:func:`introductions` of each; ``known`` holds
    those already made, by article id, and is filled): the surnames every article that introduces them gives the
    same full name; the introduction with a role is kept ("Sen. Ted Cruz" over "Ted Cruz").

    Example:
        >>> a = Article(id="a", source="a", text="Jo Ames, a nurse, said so. Ames said more.")
        >>> b = Article(id="b", source="b", text='"Yes," Ames said.')
        >>> story_introductions([a, b])
        {'Ames': ('Jo Ames', 'Jo Ames, a nurse')}
    """
    known = {} if known is None else known
    found: dict[str, tuple[str, str]] = {}
    clashing: set[str] = set()
    for article in articles:
        if article.id not in known:
            known[article.id] = introductions(article)
        for surname, (full, intro) in known[article.id].items():
            if surname in found and found[surname][0] != full:
                clashing.add(surname)
            elif surname not in found or found[surname][1] == full:
                found[surname] = (full, intro)
    given = {word for full, _ in found.values() for word in full.split()[:-1]}  # "Burke" of "Burke Ramsey"
    return {surname: v for surname, v in found.items() if surname not in clashing and surname not in given}
