"""Headlines as a reader should see them: without a wire service's notes to its editors, and telling opinion apart.

Newswire archives and feeds carry notes in the headline itself: "(FOR RELEASE THE WEEK OF JULY 5, 1999)", an
editor's initials "(DW)", a part number "(2)", "EDS-Updates with more details" after the headline or "EDS-more
details added" before it. A story titled with them reads as a wire log, so they are cut. A column label
("EDITORIAL:", "COMMENTARY:") stays in the article's title, which is what it is, but a story is titled by a news
headline when it has one (``is_opinion_title``).
"""

from __future__ import annotations

import re

# "(FOR RELEASE ...)", "(EDS: ...)", "(ADV ...)", "(UPDATE 2)", "(CORRECTED)", "(Updated)": at the end, in the
# capitals (or the one title case) wire services write them in, so "(Ed Sheeran Live)" or "(Advance Estimate)" stay.
_NOTE_TAIL = re.compile(
    r"\s*\((?:FOR RELEASE|FOR USE|EDS?\b|ADV\b|ADVANCE\b|EMBARGOED|CORRECTED|CORRECTION|UPDATED?\b|Updated\)|"
    r"REPEAT\b|RESEND|RECASTS|REFILE|WRITETHRU)[^()]*\)?\s*$"
)
_PART_NUMBER = re.compile(r"\s+\(\d{1,2}\)\s*$")  # "... Orphanage Abuse (2)", not "Article 50(2)"
# "(DW)": an editor's initials; case matters ("(Ap)"), and a wire's or a body's initials are no editor's
_EDITOR_INITIALS = re.compile(r"\s*\((?!(?:AP|AFP|UPI|CNN|BBC|NBC|ABC|CBS|UN|EU|US|UK|NYT)\))[A-Z]{2,3}\)\s*$")
_EDS_TAIL = re.compile(r"\s+EDS-\S.*$")  # "... Split in Two EDS-Updates with more details"
_EDS_HEAD = re.compile(r"^EDS-(?:[a-z]+[,;]?\s+)+(?=\S)")  # "EDS-more details added Premier Li Peng Holds Talks"
_OPINION_LABEL = re.compile(
    r"^(?:editorial|commentary|analysis|opinion|op-ed|column|[\w' ]{0,20}\bcolumn|letters?(?: to the editor)?|"
    r"review|news analysis|viewpoint|perspective|essay)\s*:",
    re.IGNORECASE,
)


_A_WORD = re.compile(r"[^\W\d_]")  # a letter: "310-798-7338.)" and "2024" have none ("G8", "9/11 Memorial" do)


def tidy_headline(title: str | None) -> str | None:
    """``title`` without wire notes to editors; None when it is nothing but a note ("(The tag appears in all
    sluglines.)").

    Example:
        >>> tidy_headline("BEWARE THE BIRDS (FOR RELEASE THE WEEK OF JULY 10, 2000)")
        'BEWARE THE BIRDS'
        >>> tidy_headline("U.S. Judge Orders Split in Two EDS-Updates with more details")
        'U.S. Judge Orders Split in Two'
        >>> tidy_headline("310-798-7338.)") is None
        True
    """
    if not title:
        return None
    text = " ".join(title.split())
    if text.startswith("(") and text.endswith(")") or not _A_WORD.search(text):
        return None  # a note, or no word at all: a phone number or a code left in an archive's headline field
    while True:
        cut = _EDS_HEAD.sub("", _EDS_TAIL.sub("", text))
        cut = _PART_NUMBER.sub("", _EDITOR_INITIALS.sub("", _NOTE_TAIL.sub("", cut)))
        if cut == text or not cut:
            return text or None
        text = cut


# A digest's or a news round-up's headline ("Major News Items in Leading Kenyan Newspapers", "AP Top News at 4 a.m.
# EST") names the page, not a story.
_DIGEST = re.compile(r"\b(?:news (?:items|summary|briefs|digest)|news in brief|(?:leading|major) \w+ newspapers|"
                     r"top stories|top news(?: at| for|$)|news at a glance|press review)\b|^(?:(?:top|today'?s|morning|evening|the) )?headlines\b|"
                     r"^(?:[\w-]+ )?in brief\b|\bheadlines:", re.IGNORECASE)  # not "Ferry disaster makes headlines"


def is_digest_title(title: str | None) -> bool:
    """Whether a headline names a digest of several stories ("Top stories", "News in brief", "AP Top News at 4 a.m.").

    Example:
        >>> is_digest_title("AP Top News at 4 a.m. EST"), is_digest_title("Ferry disaster makes headlines")
        (True, False)
    """
    return bool(title and _DIGEST.search(title))


def is_opinion_title(title: str | None) -> bool:
    """Whether a headline carries a column label ("EDITORIAL: ...", "COMMENTARY: ...", "COMPUTER COLUMN: ...")."""
    return bool(title and _OPINION_LABEL.match(title.strip()))


# Short words a title in title case writes in lower case (after its first word).
_MINOR_WORDS = frozenset(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or",
                          "per", "the", "to", "via", "vs", "with"])
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def readable_headline(title: str, text: str = "") -> str:
    """An all-capital headline ("GAY RIGHTS BILL FAILS IN HOUSE", as wire archives send them) in title case;
    a word the article itself writes in capitals stays so ("NATO", "FBI"), as do words with dots or digits
    ("U.S.", "G7"). Any other headline is returned as it is.

    Example:
        >>> readable_headline("SENATE PASSES NATO BUDGET IN LATE VOTE", "The NATO budget passed.")
        'Senate Passes NATO Budget in Late Vote'
        >>> readable_headline("US TROOPS LEAVE AS UN COUNCIL MEETS ON WORLD WAR II ANNIVERSARY")
        'US Troops Leave as UN Council Meets on World War II Anniversary'
    """
    letters = [c for c in title if c.isalpha()]
    if len(_WORD.findall(title)) < 3 or not letters or any(c.islower() for c in letters):
        return title
    text_words = _WORD.findall(text)
    # a word the article writes in capitals, and never otherwise ("KANSAS _" of a dateline beside "Kansas Board")
    written = {w.lower() for w in text_words if w[:1].isupper() and not w.isupper()}
    acronyms = {w for w in text_words if len(w) >= 2 and w.isupper() and w.lower() not in written}
    acronyms |= {d.replace(".", "") for d in _INITIALS.findall(text)}  # "U.S." in the text: "US" in the headline
    out = []
    for i, token in enumerate(title.split(" ")):
        core = token.strip("\"'`‘’“”()[]:;,!?")
        if i and core.lower() in _MINOR_WORDS:
            out.append(token.lower())
        else:
            out.append("-".join(_title_word(part, acronyms) for part in token.split("-")))
    return " ".join(out)


def _title_word(word: str, acronyms: set[str]) -> str:
    """One word of a shouted headline in title case: initials ("U.S."), figures ("G7") and the article's own
    capitalised words stay; otherwise the first letter in capitals after any quote or bracket ("'GAY" -> "'Gay")."""
    core = word.strip("\"'`‘’“”()[]:;,!?")
    if not core or _INITIALS.fullmatch(core) or any(c.isdigit() for c in core) or core.rstrip(".") in acronyms \
            or _ROMAN.fullmatch(core) or (len(core) == 2 and core.isalpha() and core.lower() not in _SHORT_WORDS) \
            or (len(core) == 3 and core.isalpha() and not set(core.lower()) & set("aeiouy")):
        return word  # "UN", "EU", "II", "NBC": initials (a longer one is kept when the article writes it so)
    lead = len(word) - len(word.lstrip("\"'`‘’“”(["))
    cased = word[:lead] + word[lead:lead + 1].upper() + word[lead + 1:].lower()
    return re.sub(r"^(\W*[OD]['’])(\w)", lambda m: m.group(1) + m.group(2).upper(), cased)  # "O'Neill", "D'Arcy"


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
# Two-letter words a headline uses as words (other two-letter capitals are initials: "US", "UN", "EU", "UK").
_SHORT_WORDS = frozenset(["a", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no",
                          "of", "oh", "ok", "on", "or", "so", "to", "up", "we", "ex"])



DOUBLED_MIN_WORDS = 4  # a headline printed twice is at least this long ("Ebola Case Ebola Case" is no headline)
DOUBLED_MAX_WORDS = 30
DOUBLED_SCAN = 5  # lines read at the top of a text
_CAPITALISED = re.compile(r"^[\W\d]*[A-Z]")
_SENTENCE_START = re.compile(r"^[\W_]*(?:\d|[A-Z])")  # a lede opens a sentence: "A passenger ...", "212 people ..."


def _doubled_heading(line: str) -> tuple[str, str] | None:
    """A line that opens with one headline printed twice (a scraped page's title and its heading, glued to the lede:
    "Passenger Being Evaluated For Ebola Passenger Being Evaluated For Ebola A passenger who ..."): the headline
    and the rest of the line; None when the line does not open so. The headline is in title case (most of its
    words capitalised), so repeated words of a sentence ("Go go go") are not read as one; the rest, when there is
    one, opens a sentence (names said twice inside one, "Ames Bell Cole Dunn Ames Bell Cole Dunn drew ...", stay)."""
    words = line.split()
    for k in range(DOUBLED_MIN_WORDS, min(DOUBLED_MAX_WORDS, len(words) // 2) + 1):
        if words[:k] != words[k : 2 * k]:
            continue
        capitalised = sum(1 for w in words[:k] if _CAPITALISED.match(w))
        rest = " ".join(words[2 * k :])
        if capitalised * 4 >= k * 3 and (not rest or _SENTENCE_START.match(rest)):
            return " ".join(words[:k]), rest
    return None


def split_doubled_headline(text: str) -> str:
    """The text with a headline printed twice at the start of one of its first lines given once, on a line of its
    own above the rest of that line (where it is read as the title). Text without one is returned unchanged."""
    lines = text.split("\n")
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > DOUBLED_SCAN:
            break
        found = _doubled_heading(line)
        if found is not None:
            head, rest = found
            lines[i] = f"{head}\n\n{rest}" if rest else head
            return "\n".join(lines)
    return text
