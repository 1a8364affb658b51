"""Typed records that flow between the pipeline stages."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from newsdesk.errors import Reason


def text_hash(text: str) -> str:
    """The key an article's text is remembered by once a newer version replaced it."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def content_id(*parts: str, prefix: str = "a", length: int = 12) -> str:
    """A stable id from content, so a rerun upserts instead of duplicating."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return f"{prefix}{digest[:length]}"


InputKind = Literal["text", "html", "record"]


@dataclass(frozen=True, slots=True)
class RawDoc:
    """One input before cleaning: text or HTML plus whatever metadata the container gave."""

    source: str
    content: str
    kind: InputKind = "text"
    id: str | None = None
    title: str | None = None
    url: str | None = None
    date: str | None = None
    outlet: str | None = None
    group: str | None = None  # cluster id given by the input (multinews line, jsonl "cluster")
    byline: str | None = None  # author(s) given by the input (jsonl "author"/"authors")
    # When the container only knows when the page was fetched (WARC-Date): used, with a low confidence,
    # only when the page itself states no date.
    capture_date: str | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input, or part of one, that did not become an article, and why."""

    source: str
    reason: Reason
    detail: str = ""
    stage: str = "ingest"

    @property
    def explain(self) -> str:
        """Why, for people: "binary content (not text)", "no article text: 0 words of article text left ..."."""
        reason = str(self.reason).replace("_", " ")
        if not self.detail:
            return reason
        return self.detail if self.detail.lower().startswith(reason.lower()) else f"{reason}: {self.detail}"

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "reason": str(self.reason), "detail": self.detail, "stage": self.stage,
                "explain": self.explain}


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: its text, metadata and the lines cleaning removed."""

    id: str
    source: str
    text: str
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    date: str | None = None  # ISO date (YYYY-MM-DD) of publication, when known
    date_confidence: float = 0.0  # 1.0 stated publication date .. 0.2 capture/scrape date
    url: str | None = None
    removed: tuple[str, ...] = ()  # boilerplate lines, in page order
    group: str | None = None
    # ``text_hash`` of earlier versions of this article read in the same run (an earlier hourly file): the store
    # remembers them as replaced, so reading them again later does not put the old text back.
    replaces: tuple[str, ...] = ()

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def published(self) -> str | None:
        """The publication date when it is trusted; None for a probable capture date (low confidence).

        Time windows, story spans and "earliest report" use this, so a page scraped years later does not
        fall out of its story.
        """
        return self.date if self.date and self.date_confidence >= 0.5 else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "byline": self.byline,
            "date": self.date,
            "date_confidence": self.date_confidence,
            "source": self.source,
            "url": self.url,
            "words": self.words,
        }


DupKind = Literal["exact", "near", "wire"]


@dataclass(frozen=True, slots=True)
class DupLink:
    """Two articles that are copies of each other (exact, near) or share wire passages."""

    a: str
    b: str
    kind: DupKind
    similarity: float
    original: str | None = None  # the article most likely carrying the original
    passages: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Story:
    """A group of articles about one event."""

    id: str
    title: str
    article_ids: tuple[str, ...]
    first_date: str | None = None
    last_date: str | None = None


@dataclass(frozen=True, slots=True)
class PersonNote:
    """Who a surname in a brief sentence is, as the person's own article introduced them; or who an opening pronoun
    ("He") or bare noun ("The magazine") stands for (``newsdesk.brief.antecedents``, ``newsdesk.brief.referents``)."""

    name: str  # as the sentence writes it: "Skinner", "He", "The magazine"
    intro: str  # "Patrick Skinner, an analyst with the security consulting firm Soufan Group"


def with_people(text: str, people: Sequence[PersonNote]) -> str:
    """The sentence with each note as an editor's bracket after the first mention of the name.

    Example:
        >>> with_people('"No," Roe said.', [PersonNote("Roe", "Jane Roe, a lawyer")])
        '"No," Roe [Jane Roe, a lawyer] said.'
    """
    for p in people:
        if p.name in ("he", "she"):  # credited with a quotation: the pronoun after its closing mark, the last one
            m = None
            for m in re.finditer(rf"[,.!?](?:[\"”]|'')\s+{p.name}(?![\w-])", text):
                pass
        else:
            m = re.search(rf"(?<![\w'’.-]){re.escape(p.name)}(?:['’]s)?(?![\w-])", text)
        if m:
            text = f"{text[: m.end()]} [{p.intro}]{text[m.end():]}"
    return text


# Quotation marks by direction: an opening one starts a word, a closing one ends it. Straight double quotes are
# told apart by what stands beside them.
_OPENING_QUOTE = re.compile(r"“|``|(?:(?<=^)|(?<=[\s(\[—–-]))\"(?=\S)")
# ″ is a typo for ”; 5" is inches, and so are 5'10'' and 5′10″ (feet and inches), but ``No on 5'' closes a quotation.
_CLOSING_QUOTE = re.compile(r"”|(?<!\d['′]\d)(?<!\d['′]\d\d)(?:″|'')|(?<=[^\s\d])\"(?=$|[\s.,;:!?)\]—–-])")
_OPENING_FOR = {"”": "“", "″": "“", "''": "``", '"': '"'}  # the mark that opens what a closing mark closes
_CLOSING_FOR = {"“": "”", "``": "''", '"': '"'}


def balance_quotes(text: str) -> str:
    """The sentence with a quotation that a brief cut out of a longer one marked at both ends.

    A brief lifts single sentences, so a quotation of several sentences leaves one with only its closing mark
    ('People have suffered for years," said Angelay.') or only its opening one (the quotation goes on in
    the next sentence). The missing mark is added in the sentence's own style; anything else is left alone.

    Example:
        >>> balance_quotes('People have suffered for years," said Angelay.')
        '"People have suffered for years," said Angelay.'
        >>> balance_quotes("Her husband ``will fight for your dreams.")
        "Her husband ``will fight for your dreams.''"
    """
    opens, closes = list(_OPENING_QUOTE.finditer(text)), list(_CLOSING_QUOTE.finditer(text))
    if text.count('"') != sum(m.group(0) == '"' for m in opens + closes):
        return text  # a straight mark of no clear direction ('5" long', '"in 1991" there'): leave it as written
    if len(closes) == len(opens) + 1 and (not opens or closes[0].start() < opens[0].start()):
        return _OPENING_FOR[closes[0].group(0)] + text  # its opening was in the sentence before
    if len(opens) == len(closes) + 1 and (not closes or opens[-1].start() > closes[-1].start()):
        return text + _CLOSING_FOR[opens[-1].group(0)]  # it goes on in the next sentence
    return text


def displayed(text: str, people: Sequence[PersonNote]) -> str:
    """A brief sentence as a reader sees it: a cut quotation marked at both ends, people introduced in brackets."""
    return with_people(balance_quotes(text), people)


@dataclass(frozen=True, slots=True)
class BriefSentence:
    """One sentence of a brief: its text, the article it came from and every article carrying it.

    ``people`` introduces those the sentence names by bare surname (see ``newsdesk.brief.people``);
    ``display`` is the text a reader sees, with those introductions in brackets.
    """

    text: str
    from_id: str
    citations: tuple[str, ...]
    people: tuple[PersonNote, ...] = ()

    @property
    def display(self) -> str:
        return displayed(self.text, self.people)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "from": self.from_id, "citations": list(self.citations),
                "people": [{"name": p.name, "intro": p.intro} for p in self.people]}


@dataclass(frozen=True, slots=True)
class Brief:
    """A cited multi-document summary of one story."""

    sentences: tuple[BriefSentence, ...]
    articles: tuple[Article, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    duplicates: tuple[DupLink, ...] = ()
    comparison: Comparison | None = None

    @property
    def words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    def source_number(self) -> dict[str, int]:
        """Citation numbers (1-based) in source-list order."""
        return {a.id: i for i, a in enumerate(self.articles, start=1)}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "articles": [a.to_dict() for a in self.articles],
            "rejected": [r.to_dict() for r in self.rejected],
            "brief": {"words": self.words, "sentences": [s.to_dict() for s in self.sentences]},
        }
        if self.duplicates:
            out["duplicates"] = [d.to_dict() for d in self.duplicates]
        if self.comparison is not None:
            out["comparison"] = self.comparison.to_dict()
        return out

    def to_json(self) -> str:
        """What ``newsdesk brief --format json`` prints."""
        from newsdesk.render import render_brief  # the record stays free of presentation code until asked

        return render_brief(self, "json")

    def to_markdown(self) -> str:
        """What ``newsdesk brief`` prints: the brief, where sources differ, the numbered sources."""
        from newsdesk.render import render_brief

        return render_brief(self, "markdown")


AttributionKind = Literal["named", "organization", "anonymous", "outlet"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a fact rests on, as stated in one article."""

    who: str
    kind: AttributionKind
    article: str
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"who": self.who, "kind": self.kind, "article": self.article}
        if self.role:
            out["role"] = self.role
        return out


@dataclass(frozen=True, slots=True)
class Fact:
    """A statement with the articles that carry it and how many independent sources that is."""

    text: str
    articles: tuple[str, ...]
    independent_sources: int
    attribution: tuple[Attribution, ...] = ()
    sources: tuple[str, ...] = ()  # names of the independent sources (e.g. "Reuters")
    anonymous_only: bool = False
    outlets: int = 0  # outlets among the articles (an article of unknown outlet counts as one); 0: not counted
    unknown_outlets: int = 0  # articles among them whose outlet is not known

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "articles": list(self.articles),
            "independent_sources": self.independent_sources,
            "outlets": self.outlets or len(self.articles),
            "unknown_outlets": self.unknown_outlets,
            "sources": list(self.sources),
            "anonymous_only": self.anonymous_only,
            "attribution": [a.to_dict() for a in self.attribution],
        }


ConflictKind = Literal["number", "date", "place", "actor", "denial", "other"]


@dataclass(frozen=True, slots=True)
class ConflictSide:
    text: str
    value: str
    articles: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.value, "articles": list(self.articles)}


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: ConflictKind
    sides: tuple[ConflictSide, ...]
    slot: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "slot": self.slot, "sides": [s.to_dict() for s in self.sides]}


@dataclass(frozen=True, slots=True)
class Comparison:
    """What outlets agree on, what only one says, and where they contradict."""

    facts: tuple[Fact, ...] = ()
    single_source: tuple[Fact, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    # Figures a later report revises ("raising the toll from four"): no contradiction, but a change to show.
    # Each has two sides, the earlier value first; kind "number", slot "revised".
    revisions: tuple[Conflict, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "facts": [f.to_dict() for f in self.facts],
            "single_source": [f.to_dict() for f in self.single_source],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "revisions": [c.to_dict() for c in self.revisions],
        }
