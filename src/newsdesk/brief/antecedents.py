"""Who is "He"? Name the person a brief sentence opens with a pronoun for, when its article makes it plain.

A brief lifts sentences out of their articles, so "He was left to die tied to a fence post." loses the
sentence before it that said who "he" is. This stage adds a note on such a sentence (``BriefSentence.people``,
rendered as an editor's bracket: "He [Matthew Shepard] was left ..."); the sentence text, the selection and
the word budget are unchanged.

A wrong name is worse than none, so the rule is narrow. Only "He", "She", "His" and "Her" opening a sentence
outside quotation marks are resolved, and only to someone the story shows to be one person: named in full
and mentioned again by surname alone, or quoted under their full name, with no other given name for that
surname anywhere in the story. The nearest of the three sentences before (in the article) that mentions
anyone decides, and the person must be alone there: another person (resolved or not: "Rival Branson, who
...", a surname two people share), or a noun of the pronoun's gender that is not the person's own role ("the
boy's mother", against "spokeswoman Kerry Nettle"), leaves the pronoun alone; so does an article whose own
pronouns for the person are of the other gender only. No note is added when the brief's previous sentence is
the article's previous sentence (the reader has the context), already names that person alone, or when the
sentence names the person itself ("Her husband, Al Gore, ...").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsdesk.brief.people import LowerCaseWords, introductions, looks_like_person, surname_ambiguous
from newsdesk.compare.attribution import ORG_TOKENS, TITLES, is_body_or_place, outlet_name
from newsdesk.model import Article, Brief, BriefSentence, PersonNote
from newsdesk.sentences import split_sentences

_POSSESSIVE = frozenset(["His", "Her"])
# Prepositions after which a capitalised word is a place ("in Ghana"); "to Kuisis" is not one of them here.
_PLACE_BEFORE = frozenset(["in", "at", "near", "into", "across", "outside", "inside"])
_MALE = frozenset(["he", "him", "his", "himself", "mr", "man", "men", "boy", "father", "husband", "son", "brother",
                   "spokesman", "chairman", "congressman", "businessman", "uncle", "nephew", "grandfather",
                   "boyfriend", "king", "prince", "actor", "sir"])
_FEMALE = frozenset(["she", "her", "hers", "herself", "mrs", "ms", "miss", "woman", "women", "girl", "mother",
                     "wife", "daughter", "sister", "spokeswoman", "chairwoman", "congresswoman", "businesswoman",
                     "aunt", "niece", "grandmother", "girlfriend", "queen", "princess", "actress", "lady"])
_PRONOUN_WORDS = frozenset(["he", "him", "his", "himself", "she", "her", "hers", "herself"])
LOOK_BACK = 3  # sentences of the article searched for the person, nearest first
ROLE_SPAN = 3  # words before a name (or after its comma) that are the person's own role: "blockade spokeswoman X"
# A run of capitalised words in running text ("House Speaker Newt Gingrich", "Frederica S. Wilson"); its last
# two words (with a middle initial between them) are the candidate full name.
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_WORD = rf"[{_UP}][{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)?"
# _WORD where no word goes on before it (``(?<![\w'’.-]){_WORD}``), its capital matched before the look-behind so
# that re's search goes straight to the capitals.
_WORD_ALONE = rf"[{_UP}](?<![\w'’.-][{_UP}])[{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)?"
_RUN = re.compile(rf"{_WORD_ALONE}(?: (?:[{_UP}]\. )?{_WORD})+(?![\w-])")
_NAME_WORD = re.compile(rf"{_WORD_ALONE}(?![\w-])")  # a capitalised word standing alone: "Shepard" (not "McCain's")
_TAIL = re.compile(rf"{_WORD}(?: [{_UP}]\.)? {_WORD}$")
# Not in a quotation (its "he" is the speaker's); after a joining word too ("But he has refused ...").
_OPENER = re.compile(r"^(?:(He|She|His|Her)|(?:But|And|Yet|Still|So|Now|Then|Later|Instead|Meanwhile),? (he|she|his|her))"
                     r"\b(?![\w'’-])")
# Someone the story does not name in full, doing what people do: "Rival Branson, who owns ...", "Mr. Lee said".
_SOMEONE = re.compile(rf"\b(?:Mr|Mrs|Ms|Dr)\.? ([{_UP}][{_LOW}]+)|(?<=[a-z,] )([{_UP}][{_LOW}]+)(?:, whom?\b|, whose\b| (?:"
                      r"said|says|told|who|added|asked|wrote|explained|insisted|denied|admitted|claimed)\b)")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
# A sentence whose subject is a name of two or three capitalised words, then an apposition or a verb ("Khin Nyo,
# winner of ...", "Suu Kyi has been ..."): the person a following "her" most likely means, named or not.
_NAMED_SUBJECT = re.compile(rf"^((?!(?:The|A|An|In|On|At|Last|This|That|But|And|After|Before|When|While|For|As|If)\b)"
                            rf"[{_UP}][{_LOW}]+(?: [{_UP}][{_LOW}]+){{1,2}})(?:, (?:a|an|the|who|[{_LOW}]+ of)\b| "
                            r"(?:has|had|is|was|will|would|said|says|told|won|became|remains|remained|led|leads|"
                            r"spent|returned|arrived|left|met|called|urged|refused|declined)\b)")


@dataclass(frozen=True)
class StoryPeople:
    """The people of a story: ``named`` maps a surname to the name a note gives (the full name, or the surname
    alone when the story never writes the full name cleanly); ``unresolved`` holds surnames of people the
    story does not pin down (two given names, or a surname that may be a place)."""

    named: dict[str, str]
    unresolved: frozenset[str]


_GREETINGS = frozenset(["Welcome", "Thanks", "Thank", "Congratulations", "Congrats", "Dear", "Hello", "Hi", "Hey",
                        "Goodbye", "Bye", "Meet", "Happy", "Cheers", "Go"])


def people_named(articles: Sequence[Article], quoting: Sequence[Article] = ()) -> StoryPeople:
    """The people of a story: named in full and mentioned again by surname alone (in any of its articles), or
    quoted under their full name in one of ``quoting`` (the articles whose speakers are read: reading them
    all would cost a brief of a large story more than the brief).

    Example:
        >>> a = Article(id="a", source="a", text="Matthew Shepard was found on Oct. 7. Shepard died later.")
        >>> people_named([a]).named
        {'Shepard': 'Matthew Shepard'}
    """
    text = "\n\n".join(a.text for a in articles)
    words = Counter(_NAME_WORD.findall(text))
    lower_words = LowerCaseWords(text)  # asked about a few names only
    fulls: dict[str, set[str]] = {}
    clean: set[str] = set()  # full names written alone or after a title: "Brock Turner", "Sen. Ted Poe"
    unresolved: set[str] = set()
    for article in quoting:
        for surname, (full, _) in introductions(article).items():
            fulls.setdefault(surname, set()).add(full)
            clean.add(full)
    tails: Counter[str] = Counter()
    for m in _RUN.finditer(text):
        run = m.group(0)
        tail = _TAIL.search(run)
        if tail is None:
            continue
        tails[tail.group(0)] += 1
        before = run[: tail.start()].split()
        if not before or before[-1].lower().rstrip(".") in TITLES:
            clean.add(tail.group(0))
    # Each test below only passes a name over (they read, never write, what the loop makes), so the cheapest
    # comes first.
    for full, count in tails.items():
        surname = full.split()[-1]
        if words[surname] <= count:
            continue  # named in full and never alone: no surname mention to resolve
        if full.split()[0] in _GREETINGS:
            continue  # "Welcome Amy!", "Congratulations Sam": a greeting and a given name, no full name
        if full in fulls.get(surname, ()) or surname.lower() in ORG_TOKENS or outlet_name(full):
            continue  # "Al Jazeera", "Fox News", "Mayo Clinic": no person
        if not looks_like_person(full, lower_words) or surname.lower() in lower_words:
            continue  # "Baltimore Police", "Collin Rose" (the story also writes "rose")
        if surname_ambiguous(text, surname, full, _PLACE_BEFORE):
            unresolved.add(surname)
        else:
            fulls.setdefault(surname, set()).add(full)
    named: dict[str, str] = {}
    for surname, names in fulls.items():
        longest = max(names, key=len)
        if any(n != longest and not longest.endswith(" " + n) for n in names):
            unresolved.add(surname)  # "Newt" and "Marianne Gingrich"
        elif surname not in unresolved:
            # the shortest name written cleanly: "Ruben Porras" rather than a speaker's "Teacher Ruben Porras"
            written = sorted((n for n in names if n in clean and len(n.split()) >= 2), key=len)
            named[surname] = written[0] if written else surname
    return StoryPeople(named, frozenset(unresolved))


def _mentions(sentence: str, surnames: frozenset[str] | set[str] | dict[str, str]) -> set[str]:
    """The surnames a sentence mentions (in full or alone)."""
    return {s for s in surnames if s in sentence and re.search(rf"(?<![\w'’.-]){re.escape(s)}(?![\w-])", sentence)}


def _gendered_words(sentence: str, gender: frozenset[str], surname: str) -> bool:
    """Whether the sentence holds a noun of that gender that is not the role of ``surname``'s person
    ("the boy's mother" is someone else; "blockade spokeswoman Kerry Nettle" is her role)."""
    words = re.findall(r"[\w'’.-]+", _QUOTED.sub(" ", sentence))
    spots = {i for i, w in enumerate(words) if w.rstrip(".,;:") in (surname, surname + "'s", surname + "’s")}
    for i, w in enumerate(words):
        low = re.sub(r"['’]s$", "", w.lower().strip(".,;:"))
        if low not in gender or low in _PRONOUN_WORDS:
            continue
        own = any(0 < s - i <= ROLE_SPAN + 1 or 0 < i - s <= ROLE_SPAN + 1 and "," in " ".join(words[s:i])
                  for s in spots)
        if not own:
            return True
    return False


def _gender_of(pronoun: str) -> frozenset[str]:
    """The words of the pronoun's gender ("She" -> she, her, woman, mother, ...)."""
    return _FEMALE if pronoun.lower() in _FEMALE else _MALE


def antecedent(sentences: Sequence[str], index: int, pronoun: str, people: StoryPeople) -> str | None:
    """The surname of the one person the pronoun opening ``sentences[index]`` stands for, or None.

    The nearest of the ``LOOK_BACK`` sentences before that mentions anyone decides (see the module's rules).
    """
    gender = _gender_of(pronoun)
    for j in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
        sentence = sentences[j]
        named = _mentions(sentence, people.named)
        if _mentions(sentence, people.unresolved) - named:
            return None
        for m in _SOMEONE.finditer(sentence):
            who = m.group(1) or m.group(2)
            if who not in people.named and not any(who in full.split() for full in people.named.values()):
                return None  # someone the story does not name in full
        subject = _NAMED_SUBJECT.match(sentence)
        if subject and not named and not is_body_or_place(subject.group(1)) and not any(
                w in people.named or any(w in full.split() for full in people.named.values())
                for w in subject.group(1).split()):
            return None  # "Khin Nyo, winner of the 1991 Nobel Peace Prize, has ...": a subject the story names short
        if len(named) > 1:
            return None
        if named:
            surname = next(iter(named))
            return None if _gendered_words(sentence, gender, surname) else surname
        if _gendered_words(sentence, gender, ""):
            return None  # "A Shalimar woman has a warning": she is that woman
    return None


def _may_be(pronoun: str, surname: str, sentences: Sequence[str], index: int, people: StoryPeople) -> bool:
    """Whether the article's own pronouns allow ``pronoun`` for the person: the sentences naming them alone
    (and the sentence after each; not the pronoun's own sentence ``index``) use pronouns of that gender, or
    none of the other."""
    naming = [i for i, sentence in enumerate(sentences) if _mentions(sentence, people.named) == {surname}]
    return _pronouns_allow(pronoun, naming, sentences, index)


def _pronouns_allow(pronoun: str, naming: Sequence[int], sentences: Sequence[str], index: int) -> bool:
    """Whether the pronouns (outside quotations) of the sentences ``naming`` a person, and of the sentence after
    each (not sentence ``index``, the pronoun's own), are of ``pronoun``'s gender, or none of the other."""
    want = _gender_of(pronoun)
    other = _MALE if want is _FEMALE else _FEMALE
    same = against = 0
    for i in naming:
        for k in (i, i + 1):
            if k == index or k >= len(sentences):
                continue
            words = re.findall(r"[a-z]+", _QUOTED.sub(" ", sentences[k].lower()))
            same += sum(w in want and w in _PRONOUN_WORDS for w in words)
            against += sum(w in other and w in _PRONOUN_WORDS for w in words)
    return same > 0 or against == 0


def _opening_pronoun(text: str) -> str | None:
    """The pronoun a sentence opens with, capitalised ("He" of "He said" and of "But he said"), or None."""
    m = _OPENER.match(text)
    return (m.group(1) or m.group(2).capitalize()) if m else None


def _opening_words(text: str) -> str:
    """The words a note is set after: the pronoun, with the joining word before it ("But he")."""
    m = _OPENER.match(text)
    return m.group(0) if m else ""


def name_pronouns(brief: Brief) -> Brief:
    """The brief with a ``PersonNote`` on each sentence opened by a personal pronoun whose person is plain."""
    if not any(_opening_pronoun(s.text) for s in brief.sentences):
        return brief
    by_id = {a.id: a for a in brief.articles}
    sources = {s.from_id for s in brief.sentences if _opening_pronoun(s.text)}
    people = people_named(brief.articles, [a for a in brief.articles if a.id in sources])
    split: dict[str, list[str]] = {}
    shown = ""  # what the reader has read so far, notes included
    out: list[BriefSentence] = []
    previous: BriefSentence | None = None
    for s in brief.sentences:
        note = _note(s, previous, by_id, split, people, shown)
        if note is not None:
            s = dataclasses.replace(s, people=(*s.people, note))
        shown += " " + s.display
        previous = s
        out.append(s)
    return dataclasses.replace(brief, sentences=tuple(out))


def just_read(previous: BriefSentence | None, s: BriefSentence, sentences: Sequence[str], index: int) -> bool:
    """Whether the brief's previous sentence is the one before ``s`` in its article (sentence ``index`` of
    ``sentences``): the reader has the context a note would give."""
    return previous is not None and previous.from_id == s.from_id and index > 0 and sentences[index - 1] == previous.text


def place_in_article(s: BriefSentence, article: Article, split: dict[str, list[str]]) -> tuple[list[str], int] | None:
    """The article's sentences (split once per article into ``split``) and the index of ``s`` among them; None when
    the brief's sentence was rewritten (a dateline cut) and has no place in its article to look back from."""
    if article.id not in split:
        split[article.id] = split_sentences(article.text)
    sentences = split[article.id]
    try:
        return sentences, sentences.index(s.text)
    except ValueError:
        return None


def _note(s: BriefSentence, previous: BriefSentence | None, by_id: dict[str, Article],
          split: dict[str, list[str]], people: StoryPeople, shown: str) -> PersonNote | None:
    pronoun = _opening_pronoun(s.text)
    return None if pronoun is None else _pronoun_note(s, pronoun, _opening_words(s.text), previous, by_id, split,
                                                      people, shown)


def _pronoun_note(s: BriefSentence, pronoun: str, words: str, previous: BriefSentence | None,
                  by_id: dict[str, Article], split: dict[str, list[str]], people: StoryPeople,
                  shown: str) -> PersonNote | None:
    """The note naming the person ``pronoun`` (capitalised or not) stands for in ``s``, set after ``words`` (the
    pronoun as written, with a joining word before it), by the rules of the module's docstring."""
    article = by_id.get(s.from_id)
    if article is None or any(p.name in (pronoun, words) for p in s.people):
        return None  # already named (the stage ran before)
    pronoun = pronoun.capitalize()
    place = place_in_article(s, article, split)
    if place is None:
        return None  # the brief's sentence was rewritten (a dateline cut): no article position to look back from
    sentences, index = place
    if just_read(previous, s, sentences, index):
        return None  # the reader has just read the sentence before it
    surname = antecedent(sentences, index, pronoun, people)
    if surname is None:
        return None
    if previous is not None and _mentions(previous.text, people.named) == {surname}:
        return None  # the brief's previous sentence names this person alone
    if surname in _mentions(s.text, people.named) or not _may_be(pronoun, surname, sentences, index, people):
        return None  # "Her husband, Al Gore": the sentence names the person itself; or "she" for a man
    name = people.named[surname]
    if name in shown and name != surname:
        name = surname
    if pronoun in _POSSESSIVE:
        name = f"{name}’" if name.endswith("s") else f"{name}’s"
    return PersonNote(words, name)  # "He [Tom Varga]", "But he [Tom Varga]", '..., he [Tom Varga] said.'



# A quotation closed, then "he said" / "she added": the speaker is a pronoun, the person named sentences before.
_QUOTE_THEN_PRONOUN = re.compile(r"""[,.!?]\s*(?:["”’]|'')\s+(?P<p>he|she)\s+(?:said|says|added|adds|told|explained|"""
                                 r"""continued|went on|noted|wrote|writes|recalled|insisted|argued|warned|stressed)\b""")


def name_quoted_speakers(brief: Brief) -> Brief:
    """The brief with a ``PersonNote`` on each quotation credited to "he" or "she" ('"...," he said.') whose speaker
    the article makes plain: the person the comparison's attribution resolves the pronoun to (the subject of the
    sentence before, or the person last quoted a few sentences back), named in full in the article. No note when
    the brief's previous sentence is the article's previous one (the reader has the context) or names that person,
    or when the sentence names someone itself."""
    from newsdesk.compare.claims import article_claims

    if not any(_QUOTE_THEN_PRONOUN.search(s.text) for s in brief.sentences):
        return brief
    by_id = {a.id: a for a in brief.articles}
    speakers: dict[str, dict[str, str]] = {}  # article id -> sentence -> the named person it is credited to
    split: dict[str, list[str]] = {}
    out: list[BriefSentence] = []
    previous: BriefSentence | None = None
    shown = ""
    for s in brief.sentences:
        m = _QUOTE_THEN_PRONOUN.search(s.text)
        article = by_id.get(s.from_id)
        if m and article is not None and not any(p.name == m.group("p") for p in s.people):
            if article.id not in speakers:
                speakers[article.id] = {c.text: sp.who for c in article_claims(article).claims
                                        for sp in c.speakers[:1] if sp.kind == "named" and len(c.speakers) == 1}
                split[article.id] = split_sentences(article.text)
            who = speakers[article.id].get(s.text)
            sentences = split[article.id]
            index = sentences.index(s.text) if s.text in sentences else -1
            follows = just_read(previous, s, sentences, index)
            surname = who.split()[-1] if who else ""
            # the sentence before names the speaker (a wrong name is worse than none: "a teacher" between them
            # and the pronoun is hers), and the article never calls them by the pronoun of the other gender
            named_before = index > 0 and surname and re.search(rf"\b{re.escape(surname)}\b", sentences[index - 1])
            if who and named_before and looks_like_person(who, set()) \
                    and not {t.lower() for t in who.split()} & ORG_TOKENS and not follows \
                    and surname not in s.text \
                    and (previous is None or surname not in previous.display) \
                    and _pronoun_fits(m.group("p"), surname, sentences, index):
                s = dataclasses.replace(s, people=(*s.people, PersonNote(m.group("p"), who if who not in shown
                                                                         else surname)))
        shown += " " + s.display
        previous = s
        out.append(s)
    return dataclasses.replace(brief, sentences=tuple(out))


def _pronoun_fits(pronoun: str, surname: str, sentences: Sequence[str], index: int) -> bool:
    """Whether the article's pronouns allow ``pronoun`` for the person named ``surname`` (``_pronouns_allow`` over
    every sentence that names the surname)."""
    naming = [i for i, sentence in enumerate(sentences) if re.search(rf"\b{re.escape(surname)}\b", sentence)]
    return _pronouns_allow(pronoun, naming, sentences, index)


# --- Sentences that lean on what the brief has not said ------------------------------------------------------------
# A sentence lifted from an article may lean on the sentence before it there: "It was 4:43 p.m.", "They were
# released on bail.", "The two have been accused of ...", "Bush has never granted such a reprieve.", "The
# researchers found these cancer cases ...", "The company said ...". In the brief it stands only when the brief's
# previous sentence is the article's previous one (the reader has its context), when what it leans on is a noun an
# earlier sentence of the brief uses ("The study ..." after "A study of 300 children ..."), or, for "He" / "She",
# when the person is plain (the note above names them, or the brief's previous sentence names them alone).

# A personal pronoun as the subject at the start (after a joining word too), outside quotation marks.
_LEAN_PRONOUN = re.compile(r"^(?:(?:But|And|Yet|So|Still|Now|Then|Later|Instead|Meanwhile|Also|However|Thus|Hence|"
                           r"Indeed|Actually),? (?=[a-z]))?([Hh]e|[Ss]he|[Hh]is|[Hh]er|[Ii]t|[Ii]ts|[Tt]hey|[Tt]heir|[Tt]hem)\b(?![\w'’-])")
# "It" pointing forward, not back: "It is unclear whether ...", "It was not immediately known how many ...".
_EXPLETIVE_IT = re.compile(r"^It(?:['’]s| is| was| has been| had been| will be| would be| remains| seems| seemed|"
                           r" appears| appeared)(?: [\w-]+){0,3}? (?:that|whether|if|how|why|when|where|who|what|to)\b")
# A determiner pointing back at a noun: "these cases", "those talks", "such a reprieve" (not "these days",
# "those who ...", "such as").
_BACK_DETERMINER = re.compile(r"\b(?:[Tt]hese|[Tt]hose|[Ss]uch(?: an?)?) (?!days\b|who\b|whose\b|whom\b|that\b|which\b|"
                              r"as\b|with\b|of\b|in\b|at\b|on\b|from\b|for\b|under\b|over\b|by\b|are\b|were\b|is\b|"
                              r"was\b|include\b|included\b|[a-z]+ed\b)([a-z][a-z-]+)")
# A time told from the sentence before, or a consequence of it: "Just days later, ...", "Hours later, ...",
# "Hence the base's slogan ...".
_BACK_SEQUENCE = re.compile(r"^(?:(?:Just|Only|Barely) )?(?:(?:A|An|One|Two|Three|Four|Five|Several|Few|\d+) )?"
                            r"(?:days?|hours?|weeks?|months?|years?|minutes?|moments?) later\b|^Hence\b")
# "These" / "those" standing alone for what was named before: "Among those was ...", "These are ...".
_BACK_DEMONSTRATIVE = re.compile(r"\b(?:[Tt]hese|[Tt]hose)(?= (?:is|are|was|were|have|has|had|will|would|can|could|may|"
                                 r"might|include|included)\b|[.,;:!])")
# A count of people or things named before, as the subject: "The two have been accused ...", "The pair ...".
_BACK_COUNT = re.compile(r"^(?:The (?:two|three|four|five|pair|trio|duo)|Both)\b(?! of\b)(?: (?!(?:have|has|had|are|were|"
                         r"will|would|could|can|may|might|must|should|also|said|say|told|later|then|now|remain|"
                         r"remained)\b|[a-z]+ed\b)(?:[A-Z][\w.'’-]* )*([a-z][a-z-]+))?")
# A bare definite subject that stands for one particular person, body or thing introduced before ("The company
# said ...", "The award is given ...", "The official said ..."), unless a name follows it ("The company, Acme, ...").
_BACK_DEFINITE = re.compile(r"^The (official|company|firm|award|prize|man|woman|boy|girl|victim|suspect|couple|study|"
                            r"report|survey|singer|actor|actress|band|film|movie|book|album|song|show|group|project|"
                            r"organization|organisation|researchers|scientists|officials|men|women|couple|teen|"
                            r"teenager|student|driver|pilot|player)\b(?!,? [A-Z])(?! (?:of|in|at|for|from|on|by|with)\b)")


@dataclass(frozen=True)
class Lean:
    """What a brief sentence leans on: ``kind`` ("pronoun", "determiner", "count", "definite")
    and ``noun``, a word an earlier sentence of the brief may give ("" when only the article's sentence before will
    do; the pronoun for "pronoun")."""

    kind: str
    noun: str


@functools.lru_cache(maxsize=4096)
def leans_on(text: str) -> Lean | None:
    """What the sentence leans on that its article said before it, or None when it stands alone.

    Example:
        >>> leans_on("It was 4:43 p.m.")
        Lean(kind='pronoun', noun='It')
        >>> leans_on("It is unclear whether the bridge will reopen.") is None
        True
        >>> leans_on("Bush has never granted such a reprieve.")
        Lean(kind='determiner', noun='reprieve')
    """
    m = _LEAN_PRONOUN.match(text)
    if m is not None and (m.start(1) == 0 or m.group(1).islower()):
        pronoun = m.group(1).capitalize()
        if not (pronoun == "It" and _EXPLETIVE_IT.match(pronoun + text[m.start(1) + 2:])):
            return Lean("pronoun", pronoun)
    if _BACK_SEQUENCE.match(text):
        return Lean("determiner", "")  # only after the article's sentence before
    m = _BACK_COUNT.match(text)
    if m is not None:
        return Lean("count", m.group(1) or "")
    m = _BACK_DEFINITE.match(text)
    if m is not None:
        return Lean("definite", m.group(1))
    # Both patterns below need "these", "those" or "such" (either case): most sentences hold none, and are told so
    # without a search of every place in them.
    if "hese" not in text and "hose" not in text and "uch" not in text:
        return None
    bare = _QUOTED.sub(" ", text)
    m = _BACK_DETERMINER.search(bare)
    if m is not None:
        return Lean("determiner", m.group(1))
    if _BACK_DEMONSTRATIVE.search(bare):
        return Lean("determiner", "")
    return None


_WORDS = re.compile(r"[A-Za-z][a-z-]+")


def _stem(word: str) -> str:
    """A crude stem for matching a noun against earlier text: lower case, without a plural "s"."""
    low = word.lower()
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


def _said_before(stem: str, texts: Sequence[str]) -> bool:
    """Whether a word of one of ``texts`` has the stem ``stem`` (see _stem). A text whose lower-cased form does not
    hold the stem has no such word (a word's stem starts its lower-cased form), and is not read word by word."""
    return any(stem in text.lower() and stem in set(map(_stem, _WORDS.findall(text))) for text in texts)


def leaning_sentences(brief: Brief, places: Sequence[tuple[int, int]] | None = None,
                      story_people: Callable[[], StoryPeople] | None = None,
                      split: dict[str, list[str]] | None = None) -> list[int]:
    """Indices of the brief's sentences that lean on something the brief has not said before them (see
    :func:`leans_on`): their article's sentence before is not the brief's previous one, the noun they lean on is
    in no earlier sentence of the brief, and an opening "He" / "She" is not plain (:func:`_person_plain`).

    ``places``: per sentence, its article and its index among that article's sentences, when the caller knows
    (otherwise the articles' sentences are looked up). A sentence found leaning is taken as not shown: the sentences
    after it are judged without it. ``story_people``: gives the story's people (:func:`people_named` of its
    articles, by default), asked only for an opening "He" / "She"; ``split``: the articles' sentences by article id,
    filled as they are split (a caller asking again passes the same dict).
    """
    leans = [leans_on(s.text) for s in brief.sentences]
    if not any(leans):
        return []
    by_id = {a.id: a for a in brief.articles}
    split = {} if split is None else split
    people: StoryPeople | None = None
    out: list[int] = []
    shown_texts: list[str] = []
    previous: BriefSentence | None = None
    shown_place: tuple[int, int] | None = None  # the place of ``previous`` (see ``places``)
    for k, s in enumerate(brief.sentences):
        lean = leans[k]
        if places is None:
            just_after = _follows_in_article(s, previous, by_id, split)
        else:
            just_after = shown_place is not None and places[k] == (shown_place[0], shown_place[1] + 1)
        if lean is not None and not just_after:
            stands = False
            if lean.kind in ("determiner", "count", "definite"):
                stands = _said_before(_stem(lean.noun), shown_texts)
            elif lean.kind == "pronoun" and lean.noun in ("He", "She", "His", "Her"):
                if people is None:
                    people = story_people() if story_people is not None else people_named(brief.articles)
                stands = _person_plain(s, previous, by_id, split, people)
            if not stands:
                out.append(k)
                continue  # the reader never sees it: what it says is not said
        shown_texts.append(s.text)
        previous = s
        shown_place = places[k] if places is not None else None
    return out


def _follows_in_article(s: BriefSentence, previous: BriefSentence | None, by_id: dict[str, Article],
                        split: dict[str, list[str]]) -> bool:
    """Whether the brief's previous sentence is ``s``'s article's sentence before it."""
    if previous is None or previous.from_id != s.from_id or s.from_id not in by_id:
        return False
    place = place_in_article(s, by_id[s.from_id], split)
    return place is not None and just_read(previous, s, *place)


def _person_plain(s: BriefSentence, previous: BriefSentence | None, by_id: dict[str, Article],
                  split: dict[str, list[str]], people: StoryPeople) -> bool:
    """Whether the person an opening "He" / "She" stands for is plain to the reader: the brief's previous sentence
    names that person alone, or the pronoun stage names them (:func:`_note`'s rules, the reader not having just
    read the article's sentence before)."""
    article = by_id.get(s.from_id)
    pronoun = _opening_pronoun(s.text)
    if article is None or pronoun is None:
        return False
    place = place_in_article(s, article, split)
    if place is None:
        return False
    sentences, index = place
    surname = antecedent(sentences, index, pronoun, people)
    if surname is None:
        return False
    if previous is not None and _mentions(previous.text, people.named) == {surname}:
        return True  # the brief's previous sentence names this person alone
    return surname not in _mentions(s.text, people.named) and _may_be(pronoun, surname, sentences, index, people)
