"""Tell article lines from page boilerplate in plain text, from each line's features and its neighbours.

The method follows jusText (Pomikálek, 2011) adapted to text without markup: every line (block) gets an
initial class from its own features -- length, stop-word ratio, sentence shape, calls to action, link
labels ("Related: ..."), repetition within the page or across pages of the same outlet -- and short or
borderline lines then take the class of their neighbours. Finally the article is taken as the best
contiguous run of content, so prose far from it (comment threads, footers) is dropped. No phrase is
tuned to a particular site: the call-to-action vocabulary is the generic one of web page furniture.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from newsdesk.config import CleanConfig
from newsdesk.sentences import dateline_end, split_sentences
from newsdesk.text import STOPWORDS, words

DEFAULT_CONFIG = CleanConfig()  # frozen, so one shared default is safe
# jusText's defaults for English: a line under SHORT_CHARS is judged by its neighbours, a line over
# GOOD_CHARS with enough stop words is content on its own.
SHORT_CHARS = 70
TAGLINE_LINES = 4  # an update stamp among a text's first 4 lines is furniture (taglines: see classify_lines)
GOOD_CHARS = 200
# Cost, in content words, of each word of boilerplate inside the article region (see _best_region).
GAP_PENALTY = 0.5
STAMP_PENALTY = 25.0
# A text with at least this many stamps each heading a post of prose, between posts, is a live report (a live blog):
# those stamps cost no more than any other line between paragraphs.
LIVE_POSTS = 3
# Runs of up to this many hard boilerplate lines between prose are skipped when a line looks at its
# neighbours (see _furniture).
FURNITURE_RUN = 2
HEADLINE_CAPS = 0.6  # a line whose content words are this capitalised has a headline's or a menu's shape
# A run of at least RUN_LINES sentence-shaped lines holding RUN_WORDS words is prose (see _promote_runs).
RUN_LINES = 3
RUN_WORDS = 50

# Generic vocabulary of page furniture: account, paywall, sharing, comments, ads, cookies, navigation.
_CTA_TERMS = frozenset(
    [
        "subscribe",
        "subscribed",
        "subscriber",
        "subscribers",
        "subscription",
        "subscriptions",
        "unsubscribe",
        "newsletter",
        "newsletters",
        "register",
        "registering",
        "registration",
        "login",
        "logged",
        "signup",
        "sign-up",
        "password",
        "username",
        "account",
        "cookie",
        "cookies",
        "consent",
        "privacy",
        "akismet",
        "recaptcha",
        "captcha",
        "spam",
        "share",
        "shares",
        "sharing",
        "tweet",
        "retweet",
        "facebook",
        "twitter",
        "instagram",
        "linkedin",
        "pinterest",
        "whatsapp",
        "reddit",
        "youtube",
        "tiktok",
        "telegram",
        "snapchat",
        "flipboard",
        "email",
        "e-mail",
        "rss",
        "comment",
        "comments",
        "commenting",
        "reply",
        "replies",
        "advertisement",
        "advertisements",
        "advertising",
        "sponsored",
        "ad",
        "ads",
        "promoted",
        "click",
        "tap",
        "download",
        "app",
        "apps",
        "browser",
        "javascript",
        "premium",
        "trial",
        "paywall",
        "unlimited",
        "inbox",
        "notifications",
        "alerts",
        "menu",
        "navigation",
        "homepage",
        "skip",
        "photo",
        "photos",
        "photograph",
        "image",
        "images",
        "imagen",
        "foto",
        "credit",
        "credits",
        "getty",
        "shutterstock",
        "caption",
        "copyright",
        "©",
        # the same furniture in French, Spanish and German pages (only words that are no common verb or noun
        # of news prose: "abonnez" is the imperative, "s'abonner" the infinitive of a call to subscribe; "publicité",
        # "commentaires", "Datenschutz" are news words too, furniture only as a whole line: review R23b)
        "abonnez",
        "s'abonner",
        "abonnés",
        "désabonner",
        "newsletters",
        "suscríbete",
        "suscríbase",
        "suscribirse",
        "suscripción",
        "suscriptores",
        "abonnieren",
        "abonniert",
        "datenschutzerklärung",
        "impressum",
    ]
)
# Two-word calls to action (checked on the joined lower-case text of a line).
_CTA_PHRASES = (
    "become a member",
    "support independent journalism",
    "support our journalism",
    "make a donation",
    "sign in",
    "sign up",
    "log in",
    "log out",
    "follow us",
    "follow me",
    "read more",
    "read next",
    "see also",
    "more from",
    "related stories",
    "related articles",
    "recommended for you",
    "terms of use",
    "terms of service",
    "privacy policy",
    "cookie policy",
    "all rights reserved",
    "leave a reply",
    "leave a comment",
    "post a comment",
    "continue reading",
    "free trial",
    "already have an account",
    "already a subscriber",
    "sign in to",
    "your email",
    "email address",
    "is over",
    "years old",
    "editors' choice",
    "editors choice",
    "most popular",
    "most read",
    "don't miss",
    "trending now",
    "on twitter",
    "on facebook",
    "on instagram",
    "back to top",
    "skip to",
    "powered by",
    "our mailing list",
    "form below",
    "keep up to date on the latest",
    "your contact details",
    "download a copy here",
    "download your copy",
    "click here",
    # French, Spanish and German (words as ``words`` splits them: "abonnez-vous" is "abonnez vous")
    "tous droits réservés",
    "abonnez vous",
    "inscrivez vous",
    "lettre d'information",
    "lire aussi",
    "lire la suite",
    "les plus lus",
    "mentions légales",
    "politique de confidentialité",
    "se connecter",
    "todos los derechos reservados",
    "lee también",
    "leer más",
    "lo más leído",
    "aviso legal",
    "política de privacidad",
    "iniciar sesión",
    "alle rechte vorbehalten",
    "lesen sie auch",
    "mehr zum thema",
    "meistgelesen",
)
# A news service's notes to the editors of client papers, left in archived wire copy ("To publish this article, it
# must be purchased ...", "EDITORS: There is no charge for use of this story ...").
_SERVICE_NOTES = ("to publish this article", "rate is not prohibitive", "no charge for use", "send a tearsheet",
                  "syndicate web site")
# Words of such a note that ordinary sentences use too ("Tickets must be purchased in advance", "a sales executive
# at Ford"): counted only on a line that has one of the notes or names a news service.
_SERVICE_NOTE_WORDS = (
    "must be purchased",
    "to purchase this",
    "sales representative",
    "sales representatives",
    "sales executive",
    "not available to clients",
)
# A news service named as such ("New York Times Syndicate sales representative"); a bare "syndicate" may be a crime
# syndicate ("The syndicate used sales representatives as couriers, police said.").
_SERVICE_MARKERS = ("news service", "news syndicate", "times syndicate", "syndicate sales", "nonsubscribers")
_SPEECH = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "wrote",
        "writes",
        "asked",
        "asks",
        "explained",
        "noted",
        "warned",
    ]
)
_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’]*(?: [\w'’]+){0,3})\s?[:|»›>]\s*(?P<rest>\S.*)$")
_BRACKETED = re.compile(r"^[\[(].*[\])]$")
_SENTENCE_END = re.compile(r"""[.!?…:;。！？]['"”’)\]」』]*$""")
_QUOTE_START = re.compile(r"""^['"“‘]""")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DAY = r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# Tokens of a time stamp: numbers, month and day names, am/pm, time zones, "at", "on", "updated".
_STAMP_TOKEN = re.compile(
    rf"^(?:\d+(?:st|nd|rd|th)?|{_MONTH}|{_DAY}|a\.?m|p\.?m|gmt|utc|[ecmp][sd]t|bst|cet|at|on|"
    r"updated|published|posted|last|ago|hours?|minutes?|mins?|days?|weeks?|months?|years?)$",
    re.IGNORECASE,
)
_AM_PM = re.compile(r"(?<![^\s\d])([ap])\.m\.?(?!\w)", re.IGNORECASE)
_STAMP_CUE = re.compile(rf"\b(?:{_MONTH}|{_DAY})\b|\d:\d\d|\d{{4}}-\d\d?-\d|\bago\b", re.IGNORECASE)
# A news page's closing furniture: the contributor line, an update stamp, the syndication credit, the author's bio.
# An update stamp has a time, a colon or a comma after its word ("Updated 6.15pm", "Update, November 11"; not
# "Updated safety rules took effect in 2019."); a bio follows a name ("Jane Doe writes for", "(Jo Roe is a Globe
# columnist.)"; not "One of the passengers is a travel writer.", "The captain, Dana Reyes, is a former reporter").
_TAGLINE = re.compile(r"\bcontributed (?:reporting )?(?:to|for) (?:this|the) (?:report|story|article)\b|"
                      r"^(?:[—–-]\s*)?updated?(?=\s*[:,\d]|\s+(?:at|on)\s)[^.]{0,40}(?:\d|:)|"
                      r"^this (?:story|article|report) (?:has been|was) (?:updated|corrected|changed)\b|"
                      r"^original(?:ly)? (?:article|story|published) (?:on|at|from|in)\b|"
                      r"(?-i:\b[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) (?:writes for|is an? (?:\S+ ){0,3}"
                      r"(?:columnist|writer|correspondent|reporter|editor))\b|"
                      r"^(?:contact|e-?mail|reach) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} (?:at|on|via)\b", re.IGNORECASE)
# An update stamp, the one tagline that also opens a text: "Update, November 11, 12:03 PT: ...", "— Updated at 8 p.m."
_UPDATE_STAMP = re.compile(r"^(?:[—–-]\s*)?updated?\b", re.IGNORECASE)
# "jsmith says:", "Jane Doe wrote:", the author line of a comment.
_COMMENT_AUTHOR = re.compile(r"^\S+(?: \S+){0,3} (?:says|said|wrote|writes|replied)\s?:?$", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


class Cls(IntEnum):
    """Line classes, ordered from best to worst."""

    GOOD = 0
    NEAR = 1
    SHORT = 2
    BAD = 3


@dataclass(slots=True)
class Line:
    """One non-empty line of the page and its features."""

    text: str
    n_words: int
    stop_ratio: float
    sentence: bool  # ends like a sentence
    cta: int  # call-to-action terms on the line
    caps: float  # share of non-stop words that are capitalised (headline / menu shape)
    weight: float  # size in words (CJK characters count as half a word each)
    chars: int  # length, with CJK characters counted three times
    stamp: bool  # a bare date or time stamp
    hard: bool = False  # boilerplate whatever its neighbours say
    cls: Cls = Cls.SHORT
    tagline: bool = False  # a contributor line, update stamp or author bio at the text's end (a stamp: or start)
    caption: bool = False  # a photo caption closed by its credit (``ends_with_photo_credit``) or a video's


def normalize_line(line: str) -> str:
    """The comparison key of a line: lower-case words joined by single spaces."""
    return " ".join(words(line))


def _features(text: str) -> Line:
    return Line(*_feature_values(text))


@lru_cache(maxsize=50_000)
def _feature_values(text: str) -> tuple[str, int, float, bool, int, float, float, int, bool]:
    """A line's features; cached because the fixed-point passes see the same lines again (pure)."""
    toks = words(text)
    n = len(toks)
    stop = sum(1 for t in toks if t in STOPWORDS) / n if n else 0.0
    joined = " " + " ".join(toks) + " "
    cta = sum(1 for t in toks if t in _CTA_TERMS) + sum(1 for p in _CTA_PHRASES if f" {p} " in joined)
    notes = sum(1 for p in _SERVICE_NOTES if f" {p} " in joined)
    if notes or any(f" {m} " in joined for m in _SERVICE_MARKERS):
        cta += 2 * notes + sum(1 for p in _SERVICE_NOTE_WORDS if f" {p} " in joined)  # a note says what it is
    raw = text.split()
    content = [w for w in raw if w.lower().strip("'\"“‘(") not in STOPWORDS and w[:1].isalpha()]
    caps = sum(1 for w in content if w[:1].isupper()) / len(content) if content else 0.0
    cjk = len(_CJK.findall(text))
    weight = max(float(n), cjk / 2)
    stamp = (
        0 < n <= 10
        and sum(1 for w in re.split(r"[\s,/.:|•·-]+", text) if w and not _STAMP_TOKEN.match(w)) == 0
    )
    return (text, n, stop, bool(_SENTENCE_END.search(text)), cta, caps, weight, len(text) + 2 * cjk, stamp)


# A pointer for readers under its label: "More information: For tips on starting to exercise, see the American Heart
# Association.", "For more information: www.example.org".
_MORE_INFORMATION = re.compile(r"^(?:for )?(?:more|further|additional) info(?:rmation)?\s*:\s", re.IGNORECASE)


def _is_link_label(line: Line) -> bool:
    """'Related: Some Headline', 'Read More: ...', '[Headline of another story]', 'More information: see ...'."""
    if _BRACKETED.match(line.text) and line.n_words <= 25:
        return True
    if _MORE_INFORMATION.match(line.text) and line.n_words <= 40:
        return True
    m = _LABEL.match(line.text)
    if not m:
        return False
    rest = m.group("rest")
    label_words = m.group("label").split()
    if len(label_words) > 3 or any(w.lower().strip("'’") in _SPEECH for w in label_words):
        return False  # 'Lund said: "..."' introduces a quote
    rest_line = _features(rest)
    if _QUOTE_START.match(rest) and rest_line.sentence:
        return False
    headline = not rest_line.sentence or rest.rstrip().endswith("?") or rest_line.caps >= HEADLINE_CAPS
    return headline and rest_line.n_words <= 30 and line.n_words <= 35


# A warning the page puts above its video or photos ("WARNING: The video contains subject matter of a graphic nature
# that some may find offensive", "Viewer discretion is advised"): the page's, not the story's, and never its headline.
_CONTENT_WARNING = re.compile(
    r"^(?:(?:content|trigger|viewer|graphic content) )?(?:warning|caution|advisory)\s*[:.!\-\u2013\u2014]\s*"
    r"(?:this|the|these|some)\s+(?:[\w'\u2019-]+\s+){0,3}(?:video|videos|story|article|report|footage|images?|photos?|"
    r"pictures?|content|clips?|gallery|page|material)\b.*\b(?:graphic|disturbing|distressing|offensive|upsetting|"
    r"violen\w*|explicit|nudity|strong language|sensitive)\b|"
    r"^(?:viewer|reader) discretion (?:is )?(?:strongly )?advised\b",
    re.IGNORECASE)


def is_content_warning(text: str) -> bool:
    """Whether a line is a page's warning about what its video or photos show (not article text, not a headline).

    Example:
        >>> is_content_warning("WARNING: The video contains subject matter of a graphic nature")
        True
        >>> is_content_warning("Warning: the storm may bring floods to the coast")
        False
        >>> is_content_warning("Warning: The report shows lead levels above the limit in 12 schools")
        False
    """
    return len(text.split()) <= 40 and _CONTENT_WARNING.search(text.strip()) is not None


def is_boilerplate_line(text: str) -> bool:
    """Whether one line is page furniture on its own (a call to action, a copyright, a stamp or a content warning).

    Link labels are left out: a headline such as "Bridge disaster: four dead" has the same shape.
    """
    if is_content_warning(text):
        return True
    line = _features(text)
    if _COPYRIGHT.search(text) and line.n_words <= 40:
        return True
    if line.cta and (line.n_words <= 12 or line.cta / max(line.n_words, 1) >= 0.08) or _promo(line):
        return True
    return line.stamp or bool(_COMMENT_AUTHOR.match(text))


# A sponsor's credit for the page itself: "This booklet was made possible in part through the financial support
# of X" (not "The new wing was made possible by grants from the state", which is news).
_SPONSOR = re.compile(r"^(?:This|These)\s+(?:[\w'’-]+\s+){0,2}(?:booklet|guide|report|reporting|publication|series|coverage|"
                      r"content|podcast|story|article|page|site|project|newsletter|program|programme|event|webinar)s?\s+"
                      r"(?:was|were|is|are) made possible (?:in part )?(?:through|by|with|thanks to) (?:the |an? )?"
                      r"(?:(?:generous|financial|kind) )*(?:support|funding|grants?|contributions?|sponsorship)\b",
                      re.IGNORECASE)


def _promo(line: Line) -> bool:
    """A promotion that is no call to action by its share of such words: a whole line in brackets with one
    ("[What you need to know to start the day: Get New York Today in your inbox.]"), or a sponsor's credit."""
    text = line.text.strip()
    return line.n_words <= 40 and (bool(line.cta) and text.startswith("[") and text.endswith("]")
                                   or bool(_SPONSOR.search(text)) and not _SAID_AT_END.search(text))


_SAID_AT_END = re.compile(r",\s+(?:[\w.'’-]+\s+){1,5}(?:said|says|told)\b", re.IGNORECASE)  # ", the mayor said": news


def is_stamp(text: str, am_pm: bool = False) -> bool:
    """Whether a line is only a date or time stamp ("08.04.2015 12:46", "Updated: Tue., Nov. 19, 2019").

    With ``am_pm``, "a.m." and "p.m." count as one word of a stamp ("posted on April 21, 2015, at 11:29
    a.m."); the line classifier leaves them out, so that the time headings of a live report ("2:44 p.m.")
    do not cut it.

    Example:
        >>> is_stamp("posted on April 21, 2015, at 11:29 a.m."), is_stamp("posted on April 21, 2015, at 11:29 a.m.", am_pm=True)
        (False, True)
    """
    return _features(_AM_PM.sub(r"\1m", text) if am_pm else text).stamp


# A news service's marks for its client editors, left in archived wire copy: the story's slug ("BC-KANSAS-
# CREATIONISM-NYT"), trim marks ("OPTIONAL TRIM FOLLOWS", "END OPTIONAL TRIM"), the end mark "-0-" or "X X X".
_SLUG = r"BC-[A-Z0-9][A-Z0-9&-]*-[A-Z]{2,}"
_WIRE_MARK = re.compile(
    rf"^(?:{_SLUG}\b"
    r"|(?:END\s+)?OPTIONAL\s+TRIM(?:\s+(?:FOLLOWS|BELOW|ENDS))?\W*$|-0-\W*$|(?:X\s?){3}$)"
)
WIRE_MARK_WORDS = 10  # a slug line is short: a longer line that opens with one is text run into it


def is_wire_mark(line: str) -> bool:
    """A news service's slug, trim mark or end mark standing as a line of its own ("BC-FERRY-STRIKE-NYT",
    "OPTIONAL TRIM FOLLOWS", "-0-")."""
    return bool(_WIRE_MARK.match(line)) and len(line.split()) <= WIRE_MARK_WORDS


_RUN_IN_SLUG = re.compile(rf"^[ \t]*{_SLUG}[ \t]+(?=\S)", re.MULTILINE)


def cut_run_in_slugs(text: str) -> str:
    """``text`` without the wire slugs that open a longer line ("BC-FERRY-STRIKE-NYT SEATTLE -- Ferry workers ...":
    the dateline and the lead stay); a slug line of its own is left for the line classifier (``is_wire_mark``).

    Example:
        >>> cut_run_in_slugs("BC-FERRY-NYT OSTBY -- The ferry service between the islands will resume on Monday.")
        'OSTBY -- The ferry service between the islands will resume on Monday.'
    """
    if "BC-" not in text:
        return text
    return _RUN_IN_SLUG.sub(lambda m: "" if _long_line_after(text, m.end()) else m.group(0), text)


def _long_line_after(text: str, at: int) -> bool:
    end = text.find("\n", at)
    return len(text[at:end if end >= 0 else len(text)].split()) >= WIRE_MARK_WORDS


_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# Lines that are page furniture wherever they stand (compared by normalize_line).
_FURNITURE_LINES = frozenset(
    [
        "advertisement",
        "advertisements",
        "sponsored content",
        "story continues below advertisement",
        "article continues below advertisement",
        "skip advertisement",
        "comments",
        "loading comments",
        "show comments",
        "read more",
        "don't miss",
        # a site's tagline above every page of it (it titled a story: U28 #11)
        "from wikipedia the free encyclopedia",
        "publicité",
        "publicidad",
        "anzeige",
        "werbung",
    ]
)


def is_call_to_action(text: str) -> bool:
    """A short line made of calls to action: "Share this article: Facebook Twitter Email", "Subscribe to
    continue reading. Already a subscriber? Sign in.", "Follow us on Instagram and YouTube"; a bare URL;
    or a furniture label such as "Advertisement" or "Loading comments...".

    Stricter than ``is_boilerplate_line`` (two or more call-to-action terms making up a sixth of the words
    or more), so it can be applied to text an HTML extractor already judged to be the article's.
    """
    if _BARE_URL.match(text.strip()) or normalize_line(text) in _FURNITURE_LINES:
        return True
    line = _features(text)
    return line.cta >= 2 and line.n_words <= 20 and line.cta / max(line.n_words, 1) >= 0.15


# A photo caption shaped like a dateline: "LANMORE, UK - JUNE 18: Ola Brandt throws out the first pitch ..." (an
# agency's caption: the day in capitals and a colon). "FILE - In this ... file photo" is no dateline to begin with
# (``sentences.dateline_end``).
_CAPTION_DATELINE = re.compile(rf"^[^a-z]*\s[-–—]\s+(?:{_MONTH.upper()})\s+\d{{1,2}}:")


# A picture credit closing a caption: "(AP Photo/Evan Vucci)", "(Photo: Jo Roe/Harbour Courier)", "(REUTERS/Jo Roe)",
# "(Jo Roe/The Harbour Post)", "(Jo Roe/AP)", "(Jo Roe / Getty Images)". A name and an outlet around a slash, or the
# word "photo"; "(Pictures: Population 7 Billion.)" links a gallery from a sentence of the story and stays.
_CREDIT_OUTLETS = r"(?:AP|AFP|Reuters|REUTERS|Getty|EPA|Xinhua|UPI)"
_PHOTO_CREDIT_END = re.compile(
    r"\((?:(?:AP |AFP |Reuters )?(?i:photo(?:graph)?s?)(?:\s*:|\s+by\b|/|\.?\))[^()]{0,80}"
    rf"|{_CREDIT_OUTLETS}\s*/\s*[A-Z][^()/]{{1,50}}"
    rf"|[A-Z][\w.'’ -]{{1,40}}\s*/\s*(?:via )?(?:The )?(?:{_CREDIT_OUTLETS}\b|[A-Z][\w.&' -]{{0,40}}\b"
    r"(?i:photo|images|pictures|news|times|post|journal|press|herald|tribune|gazette|globe|courier|ledger|"
    r"telegraph|guardian|daily|magazine)\b)[^()]{0,40}|[A-Z][^()]{0,50}\b(?:Photo|Photograph|Images))\)\s*$"
)


# A video player's caption with the player's own words run into it: its close button ("CLOSE Four Reno dispensaries
# begin sales ... Jason Bean", the USA Today network's pages) or its controls ("Skip in Skip x Embed x Share").
# ("CLOSE TO 500 people gathered ..." and "CLOSE CALL: ..." are a lead and a headline: the caption opens with a word
# in title case, or with a name in capitals and its "'s": "CLOSE USA TODAY's Bryan Alexander ...")
# CNN's player names its videos between "JUST WATCHED" and "Replay More Videos ... MUST WATCH".
_VIDEO_PLAYER = re.compile(r"^CLOSE (?=[A-Z][a-z]|[A-Z]{2,}(?: [A-Z]{2,})*['’]s\b)|\bSkip in Skip x Embed x Share\b"
                           r"|^JUST WATCHED\b.{0,200}\bReplay More Videos\b")


def is_video_caption(text: str) -> bool:
    """Whether a paragraph is the caption of a video player, told by the player's words run into it.

    Example:
        >>> is_video_caption("JUST WATCHED Lanmore dam revealed Replay More Videos ... MUST WATCH Lanmore dam 04:56")
        True
        >>> is_video_caption("CLOSE TO 500 people gathered on the square.")
        False
    """
    return ("CLOSE " in text or "Skip in" in text or "JUST WATCHED" in text) and _VIDEO_PLAYER.search(text) is not None


# A wire photo caption, which describes a picture the reader does not see: "In this May 3, 2015 photo, ...", "In
# this image released by ...", "This photo provided by the State Patrol shows ...", "This image show the mummy ..."
# (matched against the lower-cased text; the brief's sentence filter uses it too).
_CAPTION_SUBJECT = r"(?:in )?this\b[^.;]{0,40}?\b(?:photo|photograph|image|picture|frame grab|screen ?shot)s?\b"
CAPTION_OPENING = re.compile(rf"{_CAPTION_SUBJECT}(?:,|\s+(?:provided|released|taken|made|obtained|shows?|showing|courtesy)\b)")
# A paragraph-long caption: the caption's own words for what the picture is ("This photo provided by ... shows"), no
# "made" or bare comma, which the story's own sentences about a picture use too ("This photo made him famous.",
# "In this picture, the economy looks stronger ..."), and no one speaking.
_CAPTION_PARAGRAPH = re.compile(rf"{_CAPTION_SUBJECT},?\s+(?:provided|released|taken|obtained|shows?|showing|courtesy)\b")
_SPEAKING = re.compile(r"\b(?:said|says|told|according to)\b")
CAPTION_WORDS = 40  # a longer paragraph opening so is the story's own text about a picture


def opens_as_caption(text: str) -> bool:
    """Whether a short paragraph is a photo caption by its opening ("This photo provided by ... shows ...").

    Example:
        >>> opens_as_caption("This image show the hull of the ferry on the seabed.")
        True
        >>> opens_as_caption("This photograph changed how the public saw the war, historians say.")
        False
        >>> opens_as_caption("This image shows how divided the country is, analysts said.")
        False
    """
    if not text[:12].lower().startswith(("this", "in this")) or len(text.split()) > CAPTION_WORDS:
        return False
    low = text.lower()
    return _CAPTION_PARAGRAPH.match(low) is not None and _SPEAKING.search(low) is None


# A caption's credit line run into it: "... researchers believe. Credit: Image courtesy Jo Roe", "Image credit: NASA".
_CREDIT_LINE_END = re.compile(r"(?:^|[.!?\"”’]\s+)(?:(?:Image|Photo|Picture|Photograph)\s+)?(?i:credit):\s+"
                              r"(?:(?i:courtesy|photo|image)\b[^.!?:]{0,60}|[A-Z][\w.&'’-]*(?:[ /][A-Z][\w.&'’-]*){0,5}"
                              r"(?:\s*/\s*[A-Z][\w.&'’ -]{1,40})?)$")


# A gallery's caption cut short and closed by its agency: "... listens, Monday May 4, 2015, in Neenah,... (Associated
# Press)". The cut ("...") before the credit is the gallery's: a story's own paragraph does not break off so.
_CUT_CAPTION_END = re.compile(rf"(?:\.\.\.|…)\s*\((?:The )?(?:{_CREDIT_OUTLETS}|Associated Press|Agence France-Presse"
                              r"|[A-Z][\w.&'’ -]{0,40}\b(?:Photo|Photos|Images|Pictures|Press))\)\s*$")


def ends_with_photo_credit(text: str) -> bool:
    """Whether a paragraph is a photo caption closed by its credit ("Crews leave the terminal on Monday. (Jo
    Roe/Harbour Times Photo)", "A woman in her 20s had cancer of the skull. Credit: Image courtesy Jo Roe"):
    furniture, however much it reads like a sentence of the story.

    Example:
        >>> ends_with_photo_credit("Police tape off the bridge in Menlo on Monday, May 4, 2015, in Menlo,... (Associated Press)")
        True
        >>> ends_with_photo_credit("The mayor said the bridge would reopen on Friday. (Associated Press)")
        False
    """
    if text.endswith(")"):
        tail = text[-140:]
        return _PHOTO_CREDIT_END.search(tail) is not None or _CUT_CAPTION_END.search(tail) is not None
    tail = text[-90:]
    cut = tail.find(" ") + 1 if len(text) > 90 else 0  # the tail from a word's start: "^" is the paragraph's or a word's
    return "redit" in tail and _CREDIT_LINE_END.search(tail[cut:]) is not None


def _opens_with_dateline(text: str) -> bool:
    """Whether a line opens with a wire dateline ("TOPPENISH, Wash. (AP) --", "LARGO, Fla. —", "HONG KONG,
    September 10 (Xinhua) --"), as the first paragraph of a news report does; its capitalised place names
    make it look like a menu to the stop-word test. Photo captions shaped like a dateline are left out."""
    return dateline_end(text) > 0 and not _CAPTION_DATELINE.match(text)


# An entry of a chronology: a day of a month, a dash or a colon, and what happened ("June 9 _ Microsoft reveals ...",
# "Oct. 20 - The Justice Department sues ...", "May 30: ..."); its year is a heading above it ("1995:"), which is
# kept with the entries it dates (the entries read as of the article's year without it).
_MONTH_NAMES = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATED_ENTRY = re.compile(rf"^{_MONTH_NAMES}\s+\d{{1,2}}(?:,\s*(?:1[89]|20)\d\d)?\s*(?:_|-|–|—|:)\s+\S")
_YEAR_HEADING = re.compile(r"^(?:1[89]|20)\d\d\s*:?$")
DATED_ENTRY_WORDS = 6


def _year_headings(lines: Sequence[Line]) -> None:
    """A year alone on its line ("1995:") right above a chronology's entry is its heading: kept with it."""
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        if _YEAR_HEADING.match(line.text) and nxt.sentence and _DATED_ENTRY.match(nxt.text):
            line.cls = Cls.GOOD


def _initial(line: Line, cfg: CleanConfig, stop_ok: bool) -> Cls:
    text = line.text
    line.caption = ends_with_photo_credit(text) or is_video_caption(text) or opens_as_caption(text)
    if (_COPYRIGHT.search(text) and line.n_words <= 40) or line.caption:
        line.hard = True
        return Cls.BAD
    if line.cta and (line.n_words <= 12 or line.cta / max(line.n_words, 1) >= 0.08) or _promo(line):
        line.hard = True
        return Cls.BAD
    if _is_link_label(line) or is_wire_mark(text):
        line.hard = True
        return Cls.BAD
    if line.n_words == 0 or line.stamp or _COMMENT_AUTHOR.match(text):
        line.hard = True
        return Cls.BAD
    if line.sentence and _opens_with_dateline(text):
        return Cls.GOOD  # "TOPPENISH, Wash. (AP) -- At Tiny's Tavern, ...": the story's first paragraph
    if line.sentence and line.n_words >= DATED_ENTRY_WORDS and _DATED_ENTRY.match(text):
        return Cls.GOOD  # "June 9 _ Microsoft reveals the inquiry.": an entry of a chronology (U28 #5)
    chars = line.chars
    if chars < SHORT_CHARS:
        return Cls.SHORT
    stop = line.stop_ratio if stop_ok else (0.4 if line.sentence else 0.0)
    if stop >= 0.30:
        if chars >= GOOD_CHARS and (line.sentence or line.n_words >= 40):
            return Cls.GOOD
        return Cls.NEAR
    if stop >= 0.20:
        return Cls.NEAR
    return Cls.BAD


def _promote_runs(lines: list[Line]) -> None:
    """A run of sentence-shaped paragraphs is prose even when each is short (one-sentence news paragraphs)."""
    run: list[Line] = []

    def close() -> None:
        if len(run) >= RUN_LINES and sum(x.n_words for x in run) >= RUN_WORDS:
            for x in run:
                x.cls = Cls.GOOD
        run.clear()

    for line in lines:
        if line.cls in (Cls.GOOD, Cls.NEAR) and line.sentence:
            run.append(line)
        elif line.cls is Cls.SHORT and not line.hard:
            continue
        else:
            close()
    close()


def _furniture(lines: list[Line], j: int) -> bool:
    """A hard-boilerplate line dropped between prose lines ("Advertisement", "Read More: ...", a caption).

    Up to FURNITURE_RUN such lines in a row count, when the lines on both sides of the run are prose.
    """
    line = lines[j]
    if line.caption:
        return True  # a captioned photo sits anywhere in a story and says nothing of the lines around it
    if not line.hard or (line.stamp and _STAMP_CUE.search(line.text)) or _COMMENT_AUTHOR.match(line.text):
        return False  # time stamps and "x says:" lines structure comment threads and teaser lists

    def prose_at(k: int, step: int) -> bool:
        for _ in range(FURNITURE_RUN + 1):
            if not 0 <= k < len(lines):
                return False
            if not lines[k].hard:
                return lines[k].cls in (Cls.GOOD, Cls.NEAR) or lines[k].sentence and lines[k].n_words > 3
            k += step
        return False

    return prose_at(j - 1, -1) and prose_at(j + 1, 1)


def _neighbour(lines: list[Line], i: int, step: int, skip_near: bool) -> Cls:
    j = i + step
    while 0 <= j < len(lines):
        c = lines[j].cls
        if _furniture(lines, j):
            pass  # "Advertisement", "More:", an id dropped between paragraphs says nothing of its context
        elif c is Cls.GOOD or c is Cls.BAD or (c is Cls.NEAR and not skip_near):
            return c
        j += step
    return Cls.BAD


def _aside(text: str) -> bool:
    """Whether the line is one remark in parentheses, markup aside: "&UR; (Jo Roe is a Globe columnist.) &LR;"."""
    bare = re.sub(r"&\w+;", " ", text).strip(" _-")
    return bare.startswith("(") and bare.endswith(")") and bare.count("(") == 1


# A closing sentence: opens with a capital (or a quotation mark), ends with a full stop, "!" or "?", no markup.
_CLOSING_SENTENCE = re.compile(r"""^["“‘'(]?[A-Z][^&<>{}|]*\w[^&<>{}|]*[.!?]["”’')]*$""")


def _closes_text(lines: list[Line], i: int, prev: Cls, nxt: Cls) -> bool:
    """Whether a short line is the text's last sentence: prose before it, nothing but short lines, taglines or
    asides after it ("(Jo Roe is a Globe columnist.)": the end of a text, not a page footer, which has boilerplate
    lines), and shaped like a sentence of 3+ words."""
    return (prev is Cls.GOOD and nxt is Cls.BAD and lines[i].n_words >= 3
            and _CLOSING_SENTENCE.match(lines[i].text) is not None
            and all(x.cls is Cls.SHORT and not x.hard or x.tagline or _aside(x.text) for x in lines[i + 1:]))


def _revise(lines: list[Line]) -> None:
    """Context rules of jusText: short and near-good lines take the class of their neighbours."""
    new: dict[int, Cls] = {}
    for i, line in enumerate(lines):
        if line.cls is not Cls.SHORT or line.hard:
            continue
        prev, nxt = _neighbour(lines, i, -1, True), _neighbour(lines, i, 1, True)
        if prev is nxt:
            new[i] = prev
        elif _closes_text(lines, i, prev, nxt):
            new[i] = Cls.GOOD  # "The operator said it would investigate.": a last one-sentence paragraph
        elif (prev is Cls.BAD and _neighbour(lines, i, -1, False) is Cls.NEAR) or (
            nxt is Cls.BAD and _neighbour(lines, i, 1, False) is Cls.NEAR
        ):
            new[i] = Cls.GOOD
        else:
            new[i] = Cls.BAD
    for i, c in new.items():
        lines[i].cls = c
    new.clear()
    for i, line in enumerate(lines):
        if line.cls is not Cls.NEAR:
            continue
        prev, nxt = _neighbour(lines, i, -1, True), _neighbour(lines, i, 1, True)
        new[i] = Cls.BAD if prev is Cls.BAD and nxt is Cls.BAD else Cls.GOOD
    for i, c in new.items():
        lines[i].cls = c


def _opens_post(lines: list[Line], i: int) -> bool:
    """Whether the stamp at ``i`` heads a post of a live report: a date or time ("09:10 GMT", "5 March 2031
    14:02") with a paragraph of prose right below it and the previous post's prose above it, past at most
    FURNITURE_RUN lines of sharing buttons ("Share", "Tweet this"). A comment's stamp has its author's line above
    it ("jsmith says:", a name), a teaser's its headline, a numbered list's number no date or time."""
    if not _STAMP_CUE.search(lines[i].text) or i + 1 >= len(lines) or lines[i + 1].cls is not Cls.GOOD:
        return False
    for j in range(i - 1, max(i - 2 - FURNITURE_RUN, -1), -1):
        if lines[j].cls is Cls.GOOD:
            return True
        if not (lines[j].hard and lines[j].cta) or lines[j].stamp or _COMMENT_AUTHOR.match(lines[j].text):
            return False
    return False


def _live_report_stamps(lines: list[Line]) -> frozenset[int]:
    """The stamps heading the posts of a live report, when the text has at least LIVE_POSTS of them (a run of
    posts each opened by its time: a live blog); none otherwise."""
    found = frozenset(i for i, line in enumerate(lines) if line.stamp and _opens_post(lines, i))
    return found if len(found) >= LIVE_POSTS else frozenset()


def _best_region(lines: list[Line], cfg: CleanConfig) -> tuple[int, int]:
    """The contiguous run of lines with the most content words net of boilerplate (max subarray)."""
    best, best_span = 0.0, (0, 0)
    run, start = 0.0, 0
    posts = _live_report_stamps(lines)
    for i, line in enumerate(lines):
        if line.cls is Cls.GOOD:
            gain = line.weight
        elif line.caption:  # a photo caption sits anywhere in a story: it does not end the article's region
            gain = 0.0
        elif line.stamp and i not in posts:  # time stamps recur in comment threads and teaser lists, rarely
            # inside an article; the posts of a live report are the exception
            gain = -STAMP_PENALTY
        else:
            gain = -GAP_PENALTY * max(line.weight, 3)
        if run <= 0:
            run, start = 0.0, i
        run += gain
        if run > best:
            best, best_span = run, (start, i + 1)
    return best_span


@dataclass(frozen=True, slots=True)
class Split:
    """The lines of a page split into article lines and boilerplate lines, both in page order."""

    kept: tuple[str, ...]
    removed: tuple[str, ...]


# A text of at most this many lines is a bare summary or lede (a feed item), not a page: a sentence in it is kept
# even when it holds few function words ("A storm brought down power lines across the valley overnight, ...").
BARE_TEXT_LINES = 2


def _bare_sentence(line: Line, cfg: CleanConfig) -> bool:
    """A plain sentence of a bare text: long enough, no call to action, not a headline's or a notice's capitals,
    and naming something, as news does: a figure or a name after its first word ("... in Lyon", "4,000 homes");
    a player's notice ("Rating is available when the video has been rented.") names nothing."""
    return not line.hard and line.sentence and line.n_words >= cfg.min_article_words and not line.cta \
        and line.caps < HEADLINE_CAPS and _NAMES_SOMETHING.search(line.text) is not None \
        and len(split_sentences(line.text)) == 1


# A count of something ("5 people", "4,000 homes") or a name inside the sentence ("... in Lyon"), not a next sentence's
# first word, a clock time or a year ("All times are GMT -5. The time now is 10:45 PM.")
_NAMES_SOMETHING = re.compile(r"\b\d[\d,.]*\s+[a-z]{3,}|(?<=[^\s.!?:;])\s+[A-Z][a-z]")


def split_lines(text: str) -> list[str]:
    """Non-empty lines with white space collapsed."""
    out = []
    for raw in text.splitlines():
        line = _SPACE.sub(" ", raw).strip()
        if line:
            out.append(line)
    return out


def _in_repeated_block(keys: list[str], counts: Counter[str], i: int) -> bool:
    """Whether a repeated line has a different repeated line next to it (part of a copied passage)."""
    return any(
        0 <= j < len(keys) and keys[j] and keys[j] != keys[i] and counts[keys[j]] > 1 for j in (i - 1, i + 1)
    )


def classify_lines(
    text: str, cfg: CleanConfig = DEFAULT_CONFIG, repeated: frozenset[str] = frozenset(), loose: bool = False
) -> list[Line]:
    """The lines of ``text`` with their features and final class (before the region is chosen)."""
    raw_lines = split_lines(text)
    lines = [_features(t) for t in raw_lines]
    if not lines:
        return lines
    keys = [normalize_line(t) for t in raw_lines]
    counts = Counter(k for k in keys if k)
    total = sum(line.n_words for line in lines)
    stop_ok = total == 0 or sum(line.stop_ratio * line.n_words for line in lines) / total >= 0.12
    seen: set[str] = set()
    for line in lines:
        line.cls = _initial(line, cfg, stop_ok)
    # The last line of prose (a sentence of 8+ words the first pass did not find boilerplate): lines from it on are
    # the end of the text, where a bio ("Jane Roe writes for the Courier.") or a contributor line is furniture;
    # before it, a sentence of the story.
    last_prose = max((i for i, x in enumerate(lines) if x.sentence and x.n_words >= 8 and x.cls is not Cls.BAD),
                     default=len(lines))
    for i, (line, key) in enumerate(zip(lines, keys, strict=True)):
        at_end = i >= last_prose or _aside(line.text)  # "(Carl Zimmer is a senior editor of Discover.)" anywhere
        if not line.hard and line.n_words <= 20 and (at_end or i < TAGLINE_LINES and _UPDATE_STAMP.match(line.text)) \
                and _TAGLINE.search(line.text):
            # "Kyle Cheney contributed to this report.", "Update, November 11, 12:03 PT: ...": at the text's start
            # or end only; "One of the passengers is a well-known travel writer." in the middle is the story
            line.hard, line.tagline, line.cls = True, True, Cls.BAD
        if not key or line.hard:
            continue
        if key in repeated:  # shared by several pages of the same outlet
            line.hard, line.cls = True, Cls.BAD
        elif counts[key] > 1:
            if _in_repeated_block(keys, counts, i):
                # The page carries a second copy of a whole passage (an AMP or print copy): keep the first.
                if key in seen:
                    line.hard, line.cls = True, Cls.BAD
            else:  # a single line printed twice: photo caption, teaser, menu entry
                line.hard, line.cls = True, Cls.BAD
        seen.add(key)
    if loose:  # nothing stood out as prose: let borderline lines stand on their own
        bare = len(lines) <= BARE_TEXT_LINES  # a feed's one-sentence summary: no page around it to be furniture
        for line in lines:
            if line.cls is Cls.NEAR or bare and line.cls in (Cls.BAD, Cls.SHORT) and _bare_sentence(line, cfg):
                line.cls = Cls.GOOD
    _promote_runs(lines)
    _revise(lines)
    _year_headings(lines)
    return lines


def classify(text: str, cfg: CleanConfig = DEFAULT_CONFIG, repeated: frozenset[str] = frozenset()) -> Split:
    """One pass of the line classifier over ``text``."""
    lines = classify_lines(text, cfg, repeated)
    lo, hi = _best_region(lines, cfg)
    if sum(x.weight for x in lines[lo:hi] if x.cls is Cls.GOOD) < cfg.min_article_words:
        lines = classify_lines(text, cfg, repeated, loose=True)
        lo, hi = _best_region(lines, cfg)
    kept, removed = [], []
    for i, line in enumerate(lines):
        (kept if lo <= i < hi and line.cls is Cls.GOOD else removed).append(line.text)
    return Split(tuple(kept), tuple(removed))


def remove_boilerplate(
    text: str, cfg: CleanConfig = DEFAULT_CONFIG, repeated: frozenset[str] = frozenset()
) -> Split:
    """Remove boilerplate lines from page text; repeated until nothing changes, so it is idempotent.

    Args:
        text: page text, one block per line.
        cfg: thresholds.
        repeated: normalized lines known to repeat across pages of the same outlet.

    Returns:
        The kept and removed lines, in page order.

    Example:
        >>> remove_boilerplate("Home\\nNews\\n" + "The minister said on Monday that the plan would go ahead. " * 3).kept[0][:20]
        'The minister said on'
    """
    split = classify(text, cfg, repeated)
    removed = list(split.removed)
    # Each pass only removes lines, so this reaches a fixed point in at most len(lines) passes;
    # returning the fixed point is what makes cleaning idempotent.
    while True:
        again = classify("\n".join(split.kept), cfg, repeated)
        if again.kept == split.kept:
            break
        removed.extend(again.removed)
        split = again
    order = {}
    for i, line in enumerate(split_lines(text)):
        order.setdefault(line, i)
    removed.sort(key=lambda s: order.get(s, 0))
    return Split(split.kept, tuple(removed))


# Lines a page wraps around its article that an HTML extractor keeps as text: a teaser linking another story ("Read
# more: Residents demand answers", "Related: ..."), pagination ("Page 1 of 2 Next page »") and a blog feed's footer
# ("The post Warehouse fire ... appeared first on Dunmore Local."). An embedded social-media post stays: it is
# often what the article quotes (the extraction sets' references keep it too).
_TEASER = re.compile(r"^(?:read (?:more|also|next)|also read|related(?: stories| articles?| coverage| content)?|see also|"
                     r"more on this(?: story)?|recommended(?: reading)?|don't miss)\s*[:|»›>]\s*\S", re.IGNORECASE)
_PAGINATION = re.compile(r"^(?:page \d+ of \d+|(?:«\s*)?(?:previous|next) page)(?:\s*[|·•]?\s*(?:(?:«\s*)?(?:previous|next)"
                         r"(?: page)?)\s*[»›>]?)*\s*[»›>]?$", re.IGNORECASE)
_FEED_FOOTER = re.compile(r"^The post .{1,300} appeared first on [A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,5}\.$")
_SAYS = re.compile(r"\b(?:said|says|told)\b")
TEASER_MAX_WORDS = 20
FOOTER_LINES = 2  # a blog feed's footer is among the last lines of an item


def embedded_furniture(lines: Sequence[str]) -> set[int]:
    """Positions of teaser links to other stories, pagination and a blog feed's footer among lines an HTML
    extractor kept as the article.

    Example:
        >>> sorted(embedded_furniture(["Ferry fire kills two.", "Read more: Council to review ferry rules",
        ...                            "Page 1 of 2 Next page »", "Crews fought the fire for hours."]))
        [1, 2]
    """
    last = len(lines) - FOOTER_LINES
    return {
        i for i, line in enumerate(lines)
        # a teaser is a headline: no full stop, no "said" ("Related: the council's report found the same faults.")
        if (_TEASER.match(text := line.strip()) and len(text.split()) <= TEASER_MAX_WORDS
            and not text.endswith(".") and not _SAYS.search(text))
        or _PAGINATION.match(text) or (i >= last and _FEED_FOOTER.match(text))
    }
