"""Sentence splitter that needs no downloaded data.

Candidate boundaries are sentence punctuation (optionally followed by closing quotes or
brackets) then white space; a candidate is vetoed after a known abbreviation ("Maj.",
"Gen.", "Jan."), an initial ("J."), a dotted acronym ("U.S.") followed by a proper name, or the short
first part of a name in capitals written with a full stop ("the ID. SPACE VIZZION").
Paragraph breaks always end a sentence. Splitting keeps every non-space character.
"""

from __future__ import annotations

import re

from newsdesk.text import STOPWORDS

# Abbreviations after which a period does not end a sentence (lower-case, without the dot).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft gen maj col lt sgt cpl capt cmdr adm gov sen rep rev hon pres
    supt insp det fr brig messrs mme mlle
    jan feb mar apr jun jul aug sep sept oct nov dec
    inc corp co ltd llc plc bros dept univ assn est approx
    no nos vol vols p pp fig figs vs v etc al cf ca op
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb
    nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)
# Abbreviations that usually precede a name or number, so the period never ends the sentence.
_ALWAYS_JOIN = frozenset(
    """mr mrs ms dr prof st mt gen maj col lt sgt cpl capt cmdr adm gov sen rep rev hon pres supt insp
    det fr brig no nos vol vols pp fig figs vs v cf messrs""".split()
)

# Sentence punctuation, optional closers, then white space or the end. Written to start with one
# character class (not ``[.!?…]+``, and the glued alternative after it, not beside it) so that the regex engine
# skips to the next punctuation mark in C: a pattern whose alternatives each start with a class of its own is
# tried at every position (4x slower on news text).
_BOUNDARY = re.compile(r"""[.!?…](?:[.!?…]*['"”’)\]]*(?:(?=\s)|$)"""
                       # two sentences run together where a page dropped the space ("... on Wednesday.The stabbing"),
                       # not a web name ("Amazon.Com", "LeanIn.Org"); the mark is one of [.!?] (the lookbehind)
                       # (after a closing quote, a two-letter word may end it: '... never said no."For her part')
                       r"""|(?P<glued>(?:(?<=[a-z]{3}[.!?])['"”’)]?|(?<=[a-z]{2}[.!?])['"”’)])(?=[A-Z][a-z]+\b(?![.@/]))"""
                       r"""(?!(?:Com|Net|Org|Gov|Edu|Info|Biz|Co|Tv|Io)\b)))""")
_PARA = re.compile(r"\n\s*\n|\n(?=\s*[-•*]\s)")
_NEXT_WORD = re.compile(r"\s+(['\"“‘(\[]*)(\S+)")


def _token_ending_at(text: str, stop: int) -> str:
    """The run of non-space characters that ends at ``stop`` (a backward scan: a regex anchored at the end
    of text[:stop] would rescan the paragraph from its start at every candidate boundary)."""
    token = text[text.rfind(" ", 0, stop) + 1 : stop]  # usually: from the last plain space
    if token.split() == [token]:
        return token
    start = stop  # other white space (a tab, a no-break space) inside, or no token at all
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:stop]


# A short "who says so" after an ellipsis, the end of a gossip site's sentence: "... TMZ has learned.", "... sources
# tell us.", "... the magazine reports."
_ATTRIBUTION_TAIL = re.compile(r"(?!(?:Then|He|She|They|It|We|I|You|But|And|So|Now|This|That)\b)"
                               r"(?:(?!he |she |they |it |we |I |was |were |is |are |been |being )[\w&'’.-]+ ){1,4}"
                               r"(?:has |have )?(?:learned|learnt|confirmed|reports|reported|"
                               r"says|said|writes|wrote|tells? (?:us|[A-Z][\w&.-]*)|told (?:us|[A-Z][\w&.-]*))[.!]")


def _is_boundary(text: str, end: int, match_text: str) -> bool:
    """Decide whether the punctuation ending at ``end`` closes a sentence."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return True
    opener, word = nxt.group(1), nxt.group(2)
    first = word[0]
    if first.islower() and not opener:
        return False  # "e.g. the", "p.m. on", ellipsis inside a quote
    if match_text[-1] in "\"”" and _SPEAKER_AFTER.match(text, end):
        return False  # '"... no advisers." Reuters reports, quoting ...': the quote's attribution follows
    if match_text == "!" and re.sub(r"(?:['’]s)?[.,;:]*$", "", word.lower()) in _EXCLAIMED_NAMES.get(
            _token_ending_at(text, end - 1).lower().lstrip("('\"“‘["), ()):
        return False  # "Yahoo! News": the mark is part of the name ("bought by Yahoo! The deal" ends one)
    if match_text.rstrip("'\"”’)]") in ("...", "…") and _ATTRIBUTION_TAIL.match(text, nxt.start(2)):
        return False  # "... died of an apparent overdose ... TMZ has learned.": who says so ends the sentence
    if match_text[0] != "." or len(match_text.rstrip("'\"”’)]")) > 1:
        return True  # ! ? … and "..." end sentences when followed by a capital
    token = _token_ending_at(text, end - len(match_text) + 1)
    core = token.rstrip(".").lstrip("('\"“‘[-–—*•")  # "--Aug. 17 --", a timeline's dash before the month
    low = core.lower()
    if not core:
        return True
    if low in _ALWAYS_JOIN:
        return False
    if len(core) == 1 and core.isalpha() and core.isupper():
        return False  # an initial: "J. R. Tolkien"
    if low in ABBREVIATIONS:
        if _DATELINE_GOES_ON.match(text, end) and _opens_dateline(text, end - len(match_text) + 1 - len(token)):
            return False  # "SPRINGFIELD, Ill. (AP) — Gov. ...", "NASHVILLE, Tenn. _ Vice President ...": a dateline
        # "Jan. 5" or "Calif., on": join when a number or a name follows.
        return not (first.isdigit() or word.lower() not in STOPWORDS and first.isupper() and low[:3] in _MONTHS)
    # [A-Z]{2,4} only: a plain word (not in capitals) is told without the regex.
    if len(core) <= 4 and core.isupper() and _MODEL_NAME.fullmatch(core) and _name_goes_on(
            text, end - len(match_text) + 1 - len(token), word):
        return False  # "the ID. SPACE VIZZION": a name that ends in a full stop, in capitals like its sequel
    if "." in core and _DOTTED.fullmatch(core):  # U.S / U.N / a.m (the regex needs a dot)
        w = word.strip("'\"“‘(").rstrip(",;:").lower()  # "the U.S. Also, Kroll ...": the comma is no part of the word
        return w in STOPWORDS or first.isdigit() is False and w in _STARTERS
    if first.isdigit() and core.isdigit():
        return True
    return True


# What follows a state's abbreviation in a wire dateline: the agency's credit (words in title case or capitals, no
# sentence in parentheses: "in Calif. (He left later.)" ends one) or the dash before the lead.
_DATELINE_GOES_ON = re.compile(r"\s+(?:\([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}\)|(?:[-–—_]|--)(?=\s))")
# The place of a dateline before the state: a town in capitals opening the paragraph or a sentence ("SPRINGFIELD, ").
_DATELINE_TOWN = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]['\"”’)]\s))[A-Z][A-Z.'’ -]{1,30},\s*$")


def _opens_dateline(text: str, token_start: int) -> bool:
    """Whether the abbreviation at ``token_start`` follows a dateline's town in capitals ("ST. LOUIS, Mo.")."""
    return _DATELINE_TOWN.search(text, max(0, token_start - 40), token_start) is not None
# Names written with an exclamation mark, and the words that go on with them ("Yahoo! News").
_EXCLAIMED_NAMES = {"yahoo": frozenset(["news", "finance", "sports", "mail", "answers", "japan", "inc", "movies",
                                        "music", "groups", "search", "messenger", "health", "tv", "entertainment"])}
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# A short word in capitals that may be the first part of a name written with a full stop ("ID. BUZZ").
_MODEL_NAME = re.compile(r"[A-Z]{2,4}")
_CAPS_WORD = re.compile(r"[A-Z][A-Z0-9-]*[A-Z0-9]")
# Words before such a name in running text: an article or a possessive ("the ID. SPACE", "its ID. BUZZ").
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "its", "their", "his", "her", "our", "your", "new", "all", "every"]
)


_WINDOW = 200  # characters before a candidate name read for the two words before it


def _name_goes_on(text: str, token_start: int, word: str) -> bool:
    """Whether a short word in capitals and its full stop, at ``token_start``, are the first part of a name in
    capitals that goes on after the stop ("VW says the ID. SPACE VIZZION is", "VW's ID. SPACE VIZZION"), not
    the end of a sentence ("He joined the FBI. FBI agents said", "IN PRISON. THE LOTTERY").

    The name is told by the words around it: an article or a possessive in running text before it (a
    capitalised brand may stand between: "the VW ID."), and after the stop two words in capitals that
    are not plain words of a sentence in capitals. One word ("the UN. UNICEF said") is not enough.
    """
    word = word.rstrip(",;:")
    if not _CAPS_WORD.fullmatch(word) or word.lower() in STOPWORDS:
        return False
    nxt = _NEXT_WORD.match(text, text.find(word, token_start) + len(word))
    second = nxt.group(2).rstrip(",;:.") if nxt else ""
    if not _CAPS_WORD.fullmatch(second) or second.lower() in STOPWORDS:
        return False
    # The two words before, read from a window: slicing the whole text before every candidate is quadratic in a long
    # text in capitals; the whole text is read only when the window holds fewer than two whole words.
    parts = text[max(0, token_start - _WINDOW) : token_start].rsplit(None, 2)
    if len(parts) < 3 and token_start > _WINDOW:
        parts = text[:token_start].rsplit(None, 2)
    before = parts[-2:]
    if not before:
        return False
    last = before[-1]
    if last.endswith(("'s", "’s")) and last != last.upper():
        return True  # "VW's ID. SPACE VIZZION"
    if last[:1].isupper() and len(before) == 2:
        last = before[0]  # "the VW ID.", "the Ardent XR.": a brand between the article and the name
    return last != last.upper() and last.lower() in _DETERMINERS


_SPEAKER_AFTER = re.compile(
    r"\s+(?:[A-Z][\w.’'-]*\s+){1,5}(?:said|says|reports|reported|told|added|asked|wrote|writes|explained|"
    r"according|insisted|stated|declared|warned)\b"
)
_MONTHS = frozenset("jan feb mar apr jun jul aug sep oct nov dec".split())
# Words that open a sentence and are no part of a name (after "U.S." a sentence ends before them).
_STARTERS = frozenset("""but and yet so meanwhile however still then there this that these those instead thus indeed
    moreover furthermore nevertheless earlier later""".split())


_QUOTE_SPAN = 400  # a quotation closing within this many characters is kept whole


def _inside_quote(text: str, start: int, end: int, archive_marks: bool = False) -> bool:
    """True when ``end`` falls inside a quotation opened in this sentence and closed soon after.

    A multi-sentence quote followed by its attribution ('"... They are not advisers," a source said.')
    stays one sentence, so no fragment without its speaker is left behind. ``archive_marks``: the text also
    writes quotations as the newswire archives do, two backticks and two apostrophes (``...'').
    """
    straight_open = text.count('"', start, end) % 2 == 1
    curly_open = text.count("“", start, end) > text.count("”", start, end)
    archive_open = archive_marks and text.count("``", start, end) > text.count("''", start, end)
    if not (straight_open or curly_open or archive_open):
        return False
    closer = '"' if straight_open else "”" if curly_open else "''"
    return text.find(closer, end, end + _QUOTE_SPAN) >= 0


def _glued_sentences(text: str, stop: int) -> bool:
    """Whether the word ending at ``stop`` ends a sentence glued to the next, not a web address ("www.BBC.com",
    "example.com/News") or an e-mail address. Before a closing quote an abbreviation's full stop ends the sentence
    too ('... never said no."For her part'): no abbreviation closes a quotation."""
    word = _token_ending_at(text, stop)
    quoted = text[stop + 1:stop + 2] in ('"', "”", "’", "'")
    return (quoted or word.lower() not in ABBREVIATIONS) and word.lower() != "www" and not any(c in word for c in "./@:")


def split_paragraph(text: str) -> list[str]:
    """Split one paragraph (no blank lines) into sentences."""
    out: list[str] = []
    start = 0
    n = len(text)
    archive_marks = "``" in text
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.start("glued") >= 0 and not _glued_sentences(text, m.start()):  # the group may be empty
            continue
        # At the end of the paragraph nothing follows: no quotation closes later, and no word follows.
        if end == n or not _inside_quote(text, start, end, archive_marks) and _is_boundary(text, end, m.group(0)):
            piece = text[start:end].strip()
            if piece:
                out.append(piece)
            start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def split_sentences(text: str) -> list[str]:
    """Split text into sentences; paragraph breaks always end a sentence.

    Example:
        >>> split_sentences("Maj. Gen. Qasem Soleimani spoke in the U.S. Army base. He left.")
        ['Maj. Gen. Qasem Soleimani spoke in the U.S. Army base.', 'He left.']
    """
    out: list[str] = []
    for para in _PARA.split(text):
        para = " ".join(para.split("\n")) if "\n" in para else para
        out.extend(split_paragraph(para))
    return out


# A wire dateline opening a sentence: "MOSCOW, October 15 (Xinhua) --", "PINE RIDGE, S.D. (AP) --", "PARIS (AP) —",
# "LARGO —", "ATLANTA _".
_DATELINE = re.compile(
    r"^\W*(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3})(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"\s*(?:\([^()]{1,40}\))?\s*(?:(?:--|—|–|_|-)\s+(?=\S)|(?:(?<=[A-Z]{4})|(?<=\)))(?:--|—|–)(?=[A-Z“\"][a-z])"  # glued: "WASHINGTON—An", not "US–China"
    r"|(?:(?<=\))|(?<=\)\s))_(?=[A-Z“\"][a-z]))")  # the archives' underscore glued to the lead: "(AP) _Venezuelan"
_FILE_PHOTO = re.compile(r"^\W*FILE\b")  # "FILE - In this May 24, 2016, file photo, ...": a caption, not a dateline
# "(CNN) — ", "(WTNH) -- ", and an agency's initials with no dash before the lead ("(CNN) A Detroit man ...")
_CREDIT_ONLY = re.compile(r"^\([A-Z][\w.&'’ -]{0,30}\)\s*(?:--|—|–|_|-)\s+(?=\S)"
                          r"|^\([A-Z][A-Za-z]{1,9}\)\s*(?=[A-Z“])")


_ASIDE_CLOSE = re.compile(r"\s(?:--|—|–)\s")  # the dash that closes an aside opened after a name
# A dateline whose dash the copy lost: "FORT WAYNE, Ind. (WANE) The Fort Wayne mother ...", a station's or agency's
# initials closing it; "PARIS An Algerian man ...", a place in capitals before an article opening the lead (a name
# in capitals before an article is no sentence: "NASA The" is not English), unless the sentence goes on in capitals
# ("HALF A MILLION MICE", a headline in capitals).
_DATELINE_NO_DASH = re.compile(
    r"^\W*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s*\([A-Z][A-Za-z]{1,9}\)\s+(?=[A-Z“\"][a-z])"
    r"|^\W*[A-Z][A-Z.'-]{3,}(?:\s+[A-Z][A-Z.'-]+){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s+(?=(?:A|An|The)\s+(?![A-Z'’.-]+\b)\w)")


def dateline_end(sentence: str) -> int:
    """Length of a leading wire dateline ("MOSCOW, October 15 (Xinhua) -- ", "(CNN) — "), 0 when there is none.

    Its place and date say where and when the report was filed, not what happened."""
    if sentence[:1] == "(" and (credit := _CREDIT_ONLY.match(sentence)):
        return credit.end()
    m = _DATELINE.match(sentence) or _DATELINE_NO_DASH.match(sentence)
    if not m or not any(c.isalpha() and c.isupper() for c in m.group(0)[:3]) or _FILE_PHOTO.match(sentence):
        return 0
    head = m.group(0)
    letters = [c for c in head.split("(")[0].split(",")[0] if c.isalpha()]
    if sentence[m.end():m.end() + 1].islower() and "," not in head and "(" not in head \
            and _ASIDE_CLOSE.search(sentence, m.end()):
        return 0  # "NASA — the agency that runs it — said ...": an aside after a name, not a place before the lead
    return m.end() if len(letters) >= 2 and all(c.isupper() for c in letters) else 0


def without_dateline(sentence: str) -> str:
    """The sentence without a leading wire dateline ("PARIS (AP) -- ...", "(CNN) — ..."); a sentence that cannot open
    with one (it does not open with "(" or two capitals: "The") is returned without looking further."""
    if sentence[:1] == "(" or sentence[:1].isupper() and not sentence[1:2].islower():
        return sentence[dateline_end(sentence):]
    return sentence


TITLE_WORDS = 12  # a name made from a first sentence keeps this many words ...
TITLE_CLAUSE_WORDS = 18  # ... or its first clause, when that closes within this many words ...
TITLE_SENTENCE_WORDS = 22  # ... or the whole sentence, when it is no longer than this; else it is cut with " …"
_TITLE_MIN_CLAUSE = 6  # a clause shorter than this names too little ("Jo Roe, 33, of Lanmore, ...")
_TITLE_DANGLING_END = frozenset("a an the of to in on at by for with from and or but that as into".split())
# An opening phrase or clause that leans on what follows it ("After days of protests, ...", "By the time the gunman
# shot himself, ..."): no title on its own.
_LEANING_OPENING = re.compile(
    r"^(?:after|along|amid|as|at|because|before|by|despite|during|even|following|for|from|if|in|like|on|once|over|"
    r"since|though|although|to|under|unlike|until|upon|when|whenever|where|while|with|without|yet|but|and|so|or|"
    r"however|meanwhile|still|also|then|now|earlier|later|today|yesterday)\b", re.IGNORECASE)


def _first_clause(words: list[str]) -> str | None:
    """The sentence's words up to its first comma, semicolon, colon or dash, when that clause can name the story:
    it closes within ``TITLE_CLAUSE_WORDS`` words and has ``_TITLE_MIN_CLAUSE`` or more, no quotation is left open and
    it does not lean on what follows it ("After days of protests, ...")."""
    for i, word in enumerate(words[:TITLE_CLAUSE_WORDS]):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word[-1:] in ",;:" or nxt in ("—", "–", "--", "-"):
            if i + 1 < _TITLE_MIN_CLAUSE or _LEANING_OPENING.match(words[0]):
                return None
            if _insertion_after(words, i):
                return None
            clause = " ".join(words[: i + 1]).rstrip(",;:")
            quotes = sum(clause.count(q) for q in '"“”')
            return None if quotes % 2 else clause
    return None


_INSERTION_OPENERS = frozenset("who whom whose which where when".split())
_INSERTION_WORDS = 10  # an insertion closed within this many words ("..., Jo Roe, was charged ...")


def _insertion_after(words: list[str], i: int) -> bool:
    """Whether the comma after ``words[i]`` opens an insertion inside the clause, so the words before it are a
    subject without its verb ("The former chief of Lanmore Bank, Jo Roe, was charged", "a man, 45, was",
    "Lanmore, where three people died, declared"; review R30): an age, a relative word, or a comma or dash closing
    within ``_INSERTION_WORDS`` words before a word in lower case."""
    after = words[i + 1:i + 1 + _INSERTION_WORDS + 1]
    if not after or after[0][:1].isdigit() or after[0].lower().strip(",") in _INSERTION_OPENERS:
        return bool(after)
    for k, word in enumerate(after[:-1]):
        nxt = after[k + 1]
        if word[-1:] == "," or nxt in ("—", "–", "--"):
            following = after[k + 2] if nxt in ("—", "–", "--") and k + 2 < len(after) else nxt
            return following[:1].islower()
    return False


# "WANE reports that ...", "According to the Daily Herald, ...": who reported it, before what happened; a title
# names what happened (the source is one line below it, in the sources).
_REPORT_OPENING = re.compile(
    r"^(?:(?:[A-Z][\w.&'’-]*\s+){1,5}(?:reports|reported|has reported)\s+that\s+|According to [^,]{2,60},\s+)")
_MIN_REST_WORDS = 5  # what is left must still say something


def without_report_opening(sentence: str) -> str:
    """The sentence without an opening that only says who reported it ("WANE reports that", "According to police,"),
    its next word capitalised; unchanged when no such opening or too little is left."""
    m = _REPORT_OPENING.match(sentence)
    if m is None or not sentence[:1].isupper():
        return sentence
    rest = sentence[m.end():]
    if len(rest.split()) < _MIN_REST_WORDS:
        return sentence
    return rest[:1].upper() + rest[1:]


def first_sentence_title(text: str, words: int = TITLE_WORDS) -> str:
    """A name for a text that has no headline (an untitled story, article or brief): its first sentence
    without a wire dateline ("BRUSSELS, January 22 (Xinhua) -- "); a longer one gives its first clause when that
    can name the story, else the whole sentence up to ``TITLE_SENTENCE_WORDS`` words, else its first ``words``
    words with " …" (a desk would rather read a clause or a whole lead than one cut in mid-phrase).

    Example:
        >>> first_sentence_title("The Lanmore family set out on a bike ride on a fine spring evening, the young "
        ...                      "couple and their three children pedaling across a bridge they knew well.")
        'The Lanmore family set out on a bike ride on a fine spring evening'
        >>> first_sentence_title("After days of protests, students at Elmwood College occupied the dean's "
        ...                      "office on Monday.")
        "After days of protests, students at Elmwood College occupied the dean's office on Monday."
    """
    first = next((s for s in split_sentences(text) if s.strip()), text)
    first = first[dateline_end(first):].strip() or first.strip()
    first = without_report_opening(first)
    kept = first.split()
    if len(kept) <= words:
        return " ".join(kept)
    clause = _first_clause(kept)
    if clause is not None:
        return clause
    if len(kept) <= TITLE_SENTENCE_WORDS:
        return " ".join(kept)
    cut = kept[:words]
    while len(cut) > _TITLE_MIN_CLAUSE and cut[-1].lower() in _TITLE_DANGLING_END:
        cut.pop()  # "... on Tuesday night, the …" reads as "... on Tuesday night …"
    return " ".join(cut).rstrip(",;:") + " …"
