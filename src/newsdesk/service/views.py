"""The desk API's records: frozen views of stories, articles and additions (each with ``to_dict()``), and its errors."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from newsdesk.errors import NewsdeskError
from newsdesk.model import (
    Article,
    Comparison,
    PersonNote,
    Rejection,
    Story,
    displayed,
)
from newsdesk.store import StorySummary  # one record for a story's listing row; the store fills it


class NotFoundError(NewsdeskError, LookupError):
    """No story or article has this id."""


class StoryMovedError(NotFoundError):
    """The story was merged into another one; ``story_id`` is the story that holds its articles now."""

    def __init__(self, old_id: str, story_id: str) -> None:
        super().__init__(f"story {old_id!r} was merged into story {story_id!r}")
        self.old_id = old_id
        self.story_id = story_id




@dataclass(frozen=True, slots=True)
class Source:
    """An article of a story, numbered as the brief cites it."""

    number: int
    article: Article
    copy_of: int | None = None  # number of the article this one copies (exact/near)
    copy_kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, **self.article.to_dict(), "copy_of": self.copy_of, "copy_kind": self.copy_kind}


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence one cited article carries for a brief sentence."""

    article: str
    number: int
    sentence: str
    outlet: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class CitedSentence:
    """A brief sentence with, for each citation, the sentence in that article."""

    text: str
    from_id: str
    evidence: tuple[Evidence, ...]
    people: tuple[PersonNote, ...] = ()
    written: str | None = None  # its article's day, when it tells time from that day in a long story (brief.when)

    @property
    def display(self) -> str:
        """The text with the people it names by surname introduced in brackets (and a quotation cut out of a
        longer one marked at both ends), as ``BriefSentence.display``."""
        return displayed(self.text, self.people)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "from": self.from_id,
            "citations": [e.article for e in self.evidence],
            "evidence": [e.to_dict() for e in self.evidence],
            "people": [{"name": p.name, "intro": p.intro} for p in self.people],
            "written": self.written,
        }


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    articles: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "articles": list(self.articles)}


@dataclass(frozen=True, slots=True)
class CopyLink:
    """Article number ``copy`` is a copy of article number ``original``."""

    copy: int
    original: int
    kind: str
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str | None
    number: int
    article: Article

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "number": self.number, "article": self.article.id}


@dataclass(frozen=True, slots=True)
class StoryView:
    """Everything the story page shows."""

    story: StorySummary
    sources: tuple[Source, ...]
    brief: tuple[CitedSentence, ...]
    comparison: Comparison | None
    outlets: tuple[Outlet, ...]
    copies: tuple[CopyLink, ...]
    timeline: tuple[TimelineEntry, ...]
    cached: bool = False
    focus: str = ""  # the question or topic the brief was focused on ("" for the generic brief)

    @property
    def source_by_id(self) -> dict[str, Source]:
        return {s.article.id: s for s in self.sources}

    @property
    def no_brief_reason(self) -> str:
        """Why the brief is empty, as the CLI says it (text in another script, or nothing usable)."""
        from newsdesk.model import Brief
        from newsdesk.render import no_brief_reason

        return no_brief_reason(Brief(sentences=(), articles=tuple(s.article for s in self.sources)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "story": self.story.to_dict(),
            "articles": [s.to_dict() for s in self.sources],
            "brief": {"words": sum(len(s.text.split()) for s in self.brief), "sentences": [s.to_dict() for s in self.brief],
                      "focus": self.focus or None},
            "comparison": self.comparison.to_dict() if self.comparison is not None else None,
            "outlets": [o.to_dict() for o in self.outlets],
            "copies": [c.to_dict() for c in self.copies],
            "timeline": [t.to_dict() for t in self.timeline],
        }


@dataclass(frozen=True, slots=True)
class Duplicate:
    other: Article
    kind: str
    similarity: float
    original: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.other.id, "title": self.other.title, "outlet": self.other.outlet,
                "kind": self.kind, "similarity": self.similarity, "original": self.original}


@dataclass(frozen=True, slots=True)
class ArticleView:
    """Everything the article page shows: cleaned text, removed boilerplate, metadata, duplicates."""

    article: Article
    story: Story | None
    duplicates: tuple[Duplicate, ...]

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.article.text.split("\n\n") if p.strip()] or [self.article.text]

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": {**self.article.to_dict(), "text": self.article.text, "removed": list(self.article.removed)},
            "story": {"id": self.story.id, "title": self.story.title} if self.story else None,
            "duplicates": [d.to_dict() for d in self.duplicates],
        }


@dataclass(frozen=True, slots=True)
class Added:
    """One input that became an article: which input, which article, which story."""

    article: str
    title: str | None
    story: str
    story_title: str | None
    new_story: bool
    source: str = ""  # the input it came from ("upload:NAME", "upload:NAME:3" for a JSONL line, "pasted text 1", a URL)
    new_article: bool = True  # False: the store already held this article (uploading it again adds nothing)
    revised: bool = False  # True: the store held it, and this text corrects it (the stored text was replaced)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class AddResult:
    """What an add call did: articles stored (with their story) and inputs rejected, with reasons."""

    added: tuple[Added, ...] = ()
    rejected: tuple[Rejection, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"added": [a.to_dict() for a in self.added], "rejected": [r.to_dict() for r in self.rejected]}
