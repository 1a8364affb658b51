"""The SQLite store: articles, rejections, duplicate links, stories, brief cache and full-text search.

One file, WAL mode (readers never block the writer), ``busy_timeout`` so a second process waits instead
of failing, every write inside ``BEGIN IMMEDIATE`` (the write lock is taken up front, so two ingesting
processes serialise instead of dead-locking), and upserts keyed by content id so re-ingesting a file adds
nothing twice. This is the only module that speaks SQL; the web page and the CLI use these methods.
"""

from __future__ import annotations

import datetime
import json
import logging
import math
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Self

from newsdesk.errors import InputError, Reason, StoreError

try:
    import fcntl
except ImportError:  # not on Windows: runs there go unlocked (``Store.one_run_at_a_time``)
    fcntl = None  # type: ignore[assignment]
from newsdesk.model import Article, DupLink, Rejection, Story, text_hash
from newsdesk.store.migrations import apply

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 60_000


@dataclass(frozen=True, slots=True)
class StorySummary:
    """A story with counts and dates, as the stories list, the search results and the story page head show it.

    The one record for this (the store fills it from ``list_stories``; ``service`` builds it for a story
    page from the story's articles, where ``updated_at`` is not needed).
    """

    id: str
    title: str
    articles: int
    outlets: int
    first_date: str | None = None
    last_date: str | None = None
    updated_at: float | None = None  # store time the story last changed (gained an article), seconds
    unknown_outlets: int = 0  # articles whose outlet is not known (not counted in ``outlets``)

    @property
    def updated(self) -> str | None:
        """``updated_at`` as local "YYYY-MM-DD HH:MM", for pages."""
        if self.updated_at is None:
            return None
        return datetime.datetime.fromtimestamp(self.updated_at).strftime("%Y-%m-%d %H:%M")

    @property
    def span(self) -> str | None:
        """"first – last" date, or the one date known."""
        if self.first_date and self.last_date and self.first_date != self.last_date:
            return f"{self.first_date} – {self.last_date}"
        return self.first_date or self.last_date

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "articles": self.articles,
            "outlets": self.outlets,
            "first_date": self.first_date,
            "last_date": self.last_date,
            "updated": self.updated,
        }


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """An article a user took out of the store (``Store.withdraw_articles``), and the story it left."""

    article_id: str
    title: str | None
    source: str | None  # the input it was read from
    reason: str
    withdrawn_at: float  # store time, seconds
    story_id: str | None = None  # the story it was in when withdrawn (None once read back from the store)
    story_removed: bool = False  # that story held nothing else and went too

    @property
    def day(self) -> str:
        return datetime.datetime.fromtimestamp(self.withdrawn_at, tz=datetime.UTC).date().isoformat()

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article_id, "title": self.title, "source": self.source, "reason": self.reason,
                "withdrawn": self.day,
                "story": self.story_id, "story_removed": self.story_removed}


def _withdrawal(row: sqlite3.Row) -> Withdrawal:
    return Withdrawal(row["article_id"], row["title"], row["source"], row["reason"], row["withdrawn_at"])


def _article_json(a: Article) -> str:
    """An article whole, as the withdrawal keeps it."""
    return json.dumps({"id": a.id, "source": a.source, "text": a.text, "title": a.title, "outlet": a.outlet,
                       "byline": a.byline, "date": a.date, "date_confidence": a.date_confidence, "url": a.url,
                       "removed": list(a.removed), "group": a.group}, ensure_ascii=False)


def _article_from_json(data: str) -> Article:
    fields = json.loads(data)
    return Article(**{**fields, "removed": tuple(fields.get("removed") or ())})


def _withdrawal_in(conn: sqlite3.Connection, article: Article) -> Withdrawal | None:
    """``Store.withdrawal_of`` on a connection (also inside a write's transaction)."""
    from newsdesk.ingest.records import file_of
    from newsdesk.pipeline import same_article

    digest = text_hash(article.text)
    rows = conn.execute(
        "SELECT * FROM withdrawn_articles WHERE article_id=? OR (url IS NOT NULL AND url=?) OR text_hash=?",
        (article.id, article.url, digest)).fetchall()
    for row in rows:
        if row["url"] == article.url is not None or row["text_hash"] == digest:
            return _withdrawal(row)
        # its id read again from the same file: a corrected version of the removed item stays out, but another
        # article under the same id (tomorrow's "feed.jsonl" numbering its records "1", "2", ... again, another
        # paste) is no withdrawn one (R28 #2)
        same_file = row["source"] is not None and _file_name(file_of(row["source"])) == _file_name(
            file_of(article.source))
        if same_file and same_article(replace(_article_from_json(row["article"]), source=article.source), article):
            return _withdrawal(row)
    return None


def _file_name(path: str) -> str:
    """The last part of a file's path (an input read again from another folder is the same file)."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _remember_replaced(c: sqlite3.Connection, article_id: str, hashes: Iterable[str], when: float) -> None:
    c.executemany("INSERT OR IGNORE INTO article_versions (article_id, text_hash, replaced_at) VALUES (?, ?, ?)",
                  [(article_id, h, when) for h in hashes])


def _article(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        source=row["source"],
        text=row["text"],
        title=row["title"],
        outlet=row["outlet"],
        byline=row["byline"],
        date=row["date"],
        date_confidence=row["date_confidence"],
        url=row["url"],
        removed=tuple(json.loads(row["removed"])),
        group=row["grp"],
    )


class Store:
    """A newsdesk SQLite file. Open with ``open_store(path)``; use as a context manager to close it.

    Example:
        >>> import tempfile, os
        >>> with open_store(os.path.join(tempfile.mkdtemp(), "n.db")) as st:
        ...     st.add_articles([Article(id="a1", source="x", text="Hello world.")])
        ['a1']
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            _enable_wal(self.conn)
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            apply(self.conn)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc

    # -- plumbing -------------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def one_run_at_a_time(self) -> Iterator[None]:
        """Hold the store's run lock (an advisory lock on the file ``<store>.lock`` beside it) while the block runs:
        two ingests into one store (a cron run and a web add) each read the live stories, cluster and write, so run
        side by side they would split one event into several stories and miss the copy links between their articles
        (R28 #7). Page views take no such lock. A store in memory, or a system without ``fcntl``, runs unlocked."""
        if str(self.path) in ("", ":memory:") or fcntl is None:
            yield
            return
        lock = f"{self.path}.lock"
        try:
            # made writable by all who may write the store (umask aside); a lock file another user made is opened
            # to read (a lock needs no write access: R28b)
            handle = os.fdopen(os.open(lock, os.O_CREAT | os.O_RDWR, 0o666), "r+b")
        except PermissionError:
            try:
                handle = open(lock, "rb")  # noqa: SIM115 (held for the block, closed below)
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot open its run lock {lock} ({exc})") from exc
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open its run lock {lock} ({exc})") from exc
        try:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                log.warning("%s: another ingest into this store is running; waiting for it to finish", self.path)
                fcntl.flock(handle, fcntl.LOCK_EX)
            yield
        finally:
            handle.close()  # closing the file releases the lock

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on error); errors become StoreError."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot start a write ({exc})") from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self.conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: write failed ({exc})") from exc
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    # -- writes ---------------------------------------------------------------------------------
    def add_articles(self, articles: Iterable[Article], restoring: Mapping[str, str] | None = None) -> list[str]:
        """Insert articles not stored yet (keyed by content id); returns the ids that were new.

        An article a withdrawal keeps out (``withdrawal_of``: its address, its text, or its id from the same file)
        is not put back, even by a run that checked ``withdrawal_of`` before another process removed it: the test
        is made again inside the write's transaction (``BEGIN IMMEDIATE``: no removal can come between).
        Articles whose ids are keys of ``restoring`` are ones a person puts back (``withdrawn_articles``; the value
        is the id it was removed under, which another article may have taken since): no withdrawal keeps them out
        (not even another removed copy of their text), and their own withdrawal goes in the same transaction as they
        come in, so a crash between the two loses neither."""
        new: list[str] = []
        now = time.time()
        restoring = restoring or {}
        with self.transaction() as c:
            for a in articles:
                if a.id in restoring:
                    c.execute("DELETE FROM withdrawn_articles WHERE article_id=?", (restoring[a.id],))
                elif _withdrawal_in(c, a) is not None:
                    continue
                cur = c.execute(
                    "INSERT INTO articles (id, source, text, title, outlet, byline, date, date_confidence, url,"
                    " removed, grp, words, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO NOTHING",
                    (a.id, a.source, a.text, a.title, a.outlet, a.byline, a.date, a.date_confidence, a.url,
                     json.dumps(list(a.removed)), a.group, a.words, now),
                )
                if cur.rowcount:
                    new.append(a.id)
                    _remember_replaced(c, a.id, a.replaces, now)
        return new

    def revise_articles(self, articles: Iterable[Article]) -> list[str]:
        """Replace stored articles' text and metadata with a corrected reading (same id); their stories keep them,
        their versions grow (pages are made again), and their cached analyses and copy links go (``ingest_into_store``
        finds the links of the new text). Returns the ids changed."""
        changed: list[str] = []
        with self.transaction() as c:
            for a in articles:
                old = c.execute("SELECT text FROM articles WHERE id=?", (a.id,)).fetchone()
                if old is not None and old[0] != a.text:  # the text it replaces: never put back by an older reading
                    _remember_replaced(c, a.id, (text_hash(old[0]), *a.replaces), time.time())
                cur = c.execute(
                    "UPDATE articles SET source=?, text=?, title=?, outlet=?, byline=?, date=?, date_confidence=?,"
                    " url=?, removed=?, grp=?, words=? WHERE id=? AND text IS NOT ?",
                    (a.source, a.text, a.title, a.outlet, a.byline, a.date, a.date_confidence, a.url,
                     json.dumps(list(a.removed)), a.group, a.words, a.id, a.text),
                )
                if cur.rowcount:
                    changed.append(a.id)
                    c.execute("DELETE FROM brief_cache WHERE story_id IN"
                              " (SELECT story_id FROM story_articles WHERE article_id=?)", (a.id,))
                    # its copy links were found on the text it no longer has (the caller finds them again)
                    c.execute("DELETE FROM dup_links WHERE a=? OR b=?", (a.id, a.id))
        return changed

    def add_rejections(self, rejections: Iterable[Rejection]) -> int:
        """Store rejections (one row per source/reason/detail/stage); returns how many were new."""
        n = 0
        now = time.time()
        with self.transaction() as c:
            for r in rejections:
                n += c.execute(
                    "INSERT INTO rejections (source, reason, detail, stage, added_at) VALUES (?,?,?,?,?)"
                    " ON CONFLICT DO NOTHING",
                    (r.source, str(r.reason), r.detail, r.stage, now),
                ).rowcount
        return n

    def add_links(self, links: Iterable[DupLink]) -> int:
        """Upsert duplicate/wire links keyed by (a, b, kind); returns how many rows were written."""
        n = 0
        with self.transaction() as c:
            for d in links:
                n += c.execute(
                    "INSERT INTO dup_links (a, b, kind, similarity, original, passages) VALUES (?,?,?,?,?,?)"
                    " ON CONFLICT(a, b, kind) DO UPDATE SET"
                    " similarity=excluded.similarity, original=excluded.original, passages=excluded.passages",
                    (d.a, d.b, d.kind, d.similarity, d.original, json.dumps(list(d.passages))),
                ).rowcount
        return n

    def save_stories(self, stories: Sequence[Story], similarity: dict[str, float] | None = None,
                     merged: dict[str, str] | None = None) -> None:
        """Upsert stories and their membership (an article belongs to one story; last write wins).

        ``merged`` maps stories folded into others to the story that absorbed them (which ``stories``
        must include): in the same transaction the old story's row and cached analyses go, and its id
        becomes an alias (as do the aliases that pointed at it), so old links still find the story.
        An article listed by a saved story moves to it (the incremental clusterer moves parts of stories);
        the story it left is saved in the same call with the articles it keeps. A saved story's id is no
        alias any more (a story split off under an id that was merged away before).
        """
        now = time.time()
        sims = similarity or {}
        merged = merged or {}
        saved = {s.id for s in stories}
        for gone, into in merged.items():
            if gone == into or gone in saved or into not in saved:
                raise StoreError(f"cannot merge story {gone!r} into {into!r}: the absorbing story must be saved with it")
        with self.transaction() as c:
            for s in stories:
                c.execute(
                    "INSERT INTO stories (id, title, first_date, last_date, created_at, updated_at) VALUES (?,?,?,?,?,?)"
                    " ON CONFLICT(id) DO UPDATE SET title=excluded.title,"
                    " first_date=excluded.first_date, last_date=excluded.last_date, updated_at=excluded.updated_at",
                    (s.id, s.title, s.first_date, s.last_date, now, now),
                )
                c.execute("DELETE FROM story_aliases WHERE old_id=?", (s.id,))  # a live id is no alias
                for aid in s.article_ids:
                    # only an article still stored: `newsdesk remove` in another process may have taken it out
                    # since this run read the story
                    c.execute(
                        "INSERT INTO story_articles (story_id, article_id, similarity) SELECT ?,?,?"
                        " WHERE EXISTS (SELECT 1 FROM articles WHERE id=?)"
                        " ON CONFLICT(article_id) DO UPDATE SET story_id=excluded.story_id, similarity=excluded.similarity",
                        (s.id, aid, sims.get(aid, 0.0), aid),
                    )
            for gone, into in merged.items():
                c.execute("UPDATE story_articles SET story_id=? WHERE story_id=?", (into, gone))
                c.execute("DELETE FROM brief_cache WHERE story_id=?", (gone,))
                c.execute("DELETE FROM stories WHERE id=?", (gone,))
                c.execute("UPDATE story_aliases SET story_id=? WHERE story_id=?", (into, gone))
                c.execute("DELETE FROM story_aliases WHERE old_id=?", (into,))  # a live id is no alias
                c.execute(
                    "INSERT INTO story_aliases (old_id, story_id, merged_at) VALUES (?,?,?)"
                    " ON CONFLICT(old_id) DO UPDATE SET story_id=excluded.story_id, merged_at=excluded.merged_at",
                    (gone, into, now),
                )
            for st in stories:  # every article of it removed meanwhile (another process): no story is left empty
                if c.execute("SELECT 1 FROM story_articles WHERE story_id=? LIMIT 1", (st.id,)).fetchone() is None:
                    c.execute("DELETE FROM stories WHERE id=?", (st.id,))

    def refresh_stories(self, stories: Sequence[Story]) -> None:
        """Update stored stories' title, dates and update time (their membership stays as it is)."""
        now = time.time()
        with self.transaction() as c:
            for s in stories:
                c.execute("UPDATE stories SET title=?, first_date=?, last_date=?, updated_at=? WHERE id=?",
                          (s.title, s.first_date, s.last_date, now, s.id))

    def withdraw_articles(self, article_ids: Sequence[str], reason: str) -> list[Withdrawal]:
        """Take stored articles out: their rows, copy links and story places go, in one transaction (the texts a
        correction replaced stay known, so that a restored article is not undone by an older reading); a
        story left empty goes too (with its cached analyses and the aliases that pointed at it), and the others
        lose their cached analyses. The store keeps each article whole with the withdrawal, so reading the same
        input again does not put it back (``withdrawal_of``) and a restore can (``withdrawn_articles``). Ids not stored are
        ignored (the caller checks)."""
        now = time.time()
        taken: list[tuple[Article, str | None]] = []
        with self.transaction() as c:
            for aid in dict.fromkeys(article_ids):
                row = c.execute("SELECT * FROM articles WHERE id=?", (aid,)).fetchone()
                if row is None:
                    continue
                a = _article(row)
                c.execute("INSERT OR REPLACE INTO withdrawn_articles (article_id, url, text_hash, title, source, reason,"
                          " withdrawn_at, article) VALUES (?,?,?,?,?,?,?,?)",
                          (aid, a.url, text_hash(a.text), a.title, a.source, reason, now, _article_json(a)))
                place = c.execute("SELECT story_id FROM story_articles WHERE article_id=?", (aid,)).fetchone()
                c.execute("DELETE FROM story_articles WHERE article_id=?", (aid,))
                c.execute("DELETE FROM dup_links WHERE a=? OR b=?", (aid, aid))
                c.execute("DELETE FROM articles WHERE id=?", (aid,))
                sid = place[0] if place else None
                if sid is not None:
                    c.execute("DELETE FROM brief_cache WHERE story_id=?", (sid,))
                    if c.execute("SELECT 1 FROM story_articles WHERE story_id=? LIMIT 1", (sid,)).fetchone() is None:
                        c.execute("DELETE FROM story_aliases WHERE story_id=?", (sid,))
                        c.execute("DELETE FROM stories WHERE id=?", (sid,))
                taken.append((a, sid))
            gone = {sid for _, sid in taken if sid is not None
                    and c.execute("SELECT 1 FROM stories WHERE id=?", (sid,)).fetchone() is None}
        return [Withdrawal(a.id, a.title, a.source, reason, now, sid, sid in gone) for a, sid in taken]

    def withdrawn_articles(self, article_ids: Sequence[str]) -> list[Article]:
        """The taken-out articles with these ids, as they were stored (to be put back with ``add_articles(...,
        restoring=ids)``, which forgets their withdrawals); ids of no withdrawal are passed over."""
        out: list[Article] = []
        for aid in dict.fromkeys(article_ids):
            row = self.conn.execute("SELECT article FROM withdrawn_articles WHERE article_id=?", (aid,)).fetchone()
            if row is not None:
                out.append(_article_from_json(row[0]))
        return out

    def assign(self, story: Story, article_id: str, similarity: float = 0.0) -> None:
        """Add one article to a story (creating or refreshing the story row)."""
        self.save_stories([story], {article_id: similarity})

    def put_cached_brief(self, story_id: str, fingerprint: str, payload: dict[str, Any], kind: str = "brief") -> None:
        """Cache a brief/comparison JSON for a story and article-set fingerprint, in place of the story's cached
        ones of this kind for other fingerprints (its earlier article sets: R28 #11, a story updated hourly kept
        one payload per update)."""
        with self.transaction() as c:
            c.execute("DELETE FROM brief_cache WHERE story_id=? AND kind=? AND fingerprint<>?",
                      (story_id, kind, fingerprint))
            c.execute(
                "INSERT INTO brief_cache (story_id, fingerprint, kind, payload, created_at) VALUES (?,?,?,?,?)"
                " ON CONFLICT DO UPDATE SET payload=excluded.payload,"
                " created_at=excluded.created_at",
                (story_id, fingerprint, kind, json.dumps(payload), time.time()),
            )

    # -- reads ----------------------------------------------------------------------------------
    def get_cached_brief(self, story_id: str, fingerprint: str, kind: str = "brief") -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT payload FROM brief_cache WHERE story_id=? AND fingerprint=? AND kind=?",
            (story_id, fingerprint, kind),
        ).fetchone()
        return json.loads(row[0]) if row else None

    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def articles_under(self, base_id: str) -> list[Article]:
        """The stored articles whose id is ``base_id`` or ``base_id~...`` (an id given twice to different texts,
        kept apart by ``pipeline.apart``); a range of the primary key, not a scan."""
        rows = self.conn.execute("SELECT * FROM articles WHERE id=? OR (id>? AND id<?) ORDER BY id",
                                 (base_id, base_id + "~", base_id + "\x7f"))
        return [_article(row) for row in rows]

    def articles_at(self, url: str) -> list[Article]:
        """The stored articles given with this address, as written."""
        return [_article(row) for row in self.conn.execute("SELECT * FROM articles WHERE url=? ORDER BY id", (url,))]

    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
        return _article(row) if row else None

    def iter_articles(self, since: str | None = None) -> Iterator[Article]:
        """All articles (dated ones on or after ``since`` when given, plus undated), oldest first."""
        sql = "SELECT * FROM articles"
        args: tuple[Any, ...] = ()
        if since:
            sql += " WHERE date IS NULL OR date >= ?"
            args = (since,)
        for row in self.conn.execute(sql + " ORDER BY date IS NULL, date, id", args):
            yield _article(row)

    def count(self, table: str) -> int:
        if table not in ("articles", "rejections", "dup_links", "stories", "story_articles", "brief_cache",
                         "story_aliases"):
            raise StoreError(f"unknown table {table!r}")
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def rejections(self) -> list[Rejection]:
        return [
            Rejection(r["source"], Reason(r["reason"]), r["detail"], r["stage"])
            for r in self.conn.execute("SELECT * FROM rejections ORDER BY added_at, source")
        ]

    def links(self, article_ids: Iterable[str] | None = None) -> list[DupLink]:
        """Duplicate links, all or those touching the given articles."""
        if article_ids is None:
            rows = self.conn.execute("SELECT * FROM dup_links ORDER BY a, b, kind").fetchall()
        else:
            ids = sorted(set(article_ids))
            found: dict[tuple[str, str, str], sqlite3.Row] = {}
            for i in range(0, len(ids), 400):  # stay under SQLite's bound-parameter limit
                chunk = ids[i : i + 400]
                marks = ",".join("?" * len(chunk))
                for r in self.conn.execute(
                    f"SELECT * FROM dup_links WHERE a IN ({marks}) OR b IN ({marks})", (*chunk, *chunk)
                ):
                    found[(r["a"], r["b"], r["kind"])] = r
            rows = [found[k] for k in sorted(found)]
        return [
            DupLink(r["a"], r["b"], r["kind"], r["similarity"], r["original"], tuple(json.loads(r["passages"])))
            for r in rows
        ]

    def story_articles(self, story_id: str) -> list[Article]:
        rows = self.conn.execute(
            "SELECT a.* FROM articles a JOIN story_articles s ON s.article_id = a.id WHERE s.story_id=?"
            " ORDER BY a.date IS NULL, a.date, a.id",
            (story_id,),
        )
        return [_article(r) for r in rows]

    def get_story(self, story_id: str) -> Story | None:
        row = self.conn.execute("SELECT * FROM stories WHERE id=?", (story_id,)).fetchone()
        if row is None:
            return None
        ids = tuple(
            r[0]
            for r in self.conn.execute(
                "SELECT s.article_id FROM story_articles s JOIN articles a ON a.id = s.article_id"
                " WHERE s.story_id=? ORDER BY a.date IS NULL, a.date, a.id",
                (story_id,),
            )
        )
        return Story(row["id"], row["title"], ids, row["first_date"], row["last_date"])

    def list_stories(self, limit: int = 50, offset: int = 0, query: str | None = None) -> list[StorySummary]:
        """Stories newest first (by last date), with article and outlet counts; ``query`` uses FTS5.

        The page of stories is chosen first (from the ``stories_recent`` index), and only its stories are
        counted: counting every story before the LIMIT took ~60 ms on a 10,000-article store, now ~2 ms.
        """
        where, args = "", []
        if query:
            # A story matches when its articles hold each word or phrase asked for (not necessarily one article all
            # of them) and none holds a word left out.
            required, excluded = _fts_parts(query)
            with_match = ("SELECT sa.story_id FROM story_articles sa JOIN articles a2 ON a2.id = sa.article_id"
                          " WHERE a2.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            tests = [f"s.id IN ({with_match})"] * len(required) + [f"s.id NOT IN ({with_match})"] * bool(excluded)
            where = "WHERE " + " AND ".join(tests)
            args += [*required, *([" OR ".join(excluded)] if excluded else [])]
        order = "last_date IS NULL, last_date DESC, updated_at DESC, id"
        rows = self.conn.execute(
            f"WITH page AS (SELECT s.id, s.title, s.first_date, s.last_date, s.updated_at FROM stories s {where}"
            f" ORDER BY {order} LIMIT ? OFFSET ?)"
            " SELECT p.*, COUNT(sa.article_id) AS n, COUNT(DISTINCT a.outlet) AS outlets,"
            " COUNT(sa.article_id) - COUNT(a.outlet) AS unknown FROM page p"
            " LEFT JOIN story_articles sa ON sa.story_id = p.id LEFT JOIN articles a ON a.id = sa.article_id"
            f" GROUP BY p.id ORDER BY {order}",
            (*args, limit, offset),
        )
        return [
            StorySummary(r["id"], r["title"], r["n"], r["outlets"], r["first_date"], r["last_date"], r["updated_at"],
                         r["unknown"])
            for r in rows
        ]

    def story_version(self, story_id: str) -> int | None:
        """A number that grows whenever the story's row or article set changes (any process); None: no story."""
        row = self.conn.execute("SELECT version FROM stories WHERE id=?", (story_id,)).fetchone()
        return None if row is None else int(row[0])

    def version(self) -> int:
        """A number that grows on every change that can alter a story listing or search result (any process)."""
        return int(self.conn.execute("SELECT n FROM store_changes WHERE id = 1").fetchone()[0])

    def search(self, query: str, limit: int = 50) -> list[Article]:
        """Full-text search over title and text (FTS5, best match first)."""
        rows = self.conn.execute(
            "SELECT a.* FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ?"
            " ORDER BY rank LIMIT ?",
            (_fts_query(query), limit),
        )
        return [_article(r) for r in rows]

    def story_links(self, story_id: str) -> list[DupLink]:
        """Duplicate and wire links between two articles of one story."""
        ids = {a.id for a in self.story_articles(story_id)}
        return [d for d in self.links(ids) if d.a in ids and d.b in ids]

    def story_alias(self, story_id: str) -> str | None:
        """The live story that absorbed the merged-away story ``story_id``, or None (not an alias)."""
        row = self.conn.execute("SELECT story_id FROM story_aliases WHERE old_id=?", (story_id,)).fetchone()
        return row[0] if row else None

    def replaced_text(self, article_id: str, text: str) -> bool:
        """Whether ``text`` is a version of the article a correction replaced (an older reading)."""
        return self.conn.execute("SELECT 1 FROM article_versions WHERE article_id=? AND text_hash=?",
                                 (article_id, text_hash(text))).fetchone() is not None

    def withdrawal_of(self, article: Article) -> Withdrawal | None:
        """The withdrawal that keeps this reading out of the store: one of its address, of its exact text, or of
        its id read from the same file (a corrected version of the item; another feed's record "1" is another
        article); None when it may be stored."""
        return _withdrawal_in(self.conn, article)

    def withdrawals(self) -> list[Withdrawal]:
        """Every article taken out of the store, newest first."""
        rows = self.conn.execute("SELECT * FROM withdrawn_articles ORDER BY withdrawn_at DESC, article_id")
        return [_withdrawal(r) for r in rows]

    def unassigned_articles(self, stored_before: float | None = None) -> list[Article]:
        """Stored articles in no story (a run stopped between storing and assigning them), oldest first; only those
        stored before the time ``stored_before`` when given (not those a run still going has just stored)."""
        rows = self.conn.execute("SELECT a.* FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id "
                                 "WHERE sa.article_id IS NULL AND a.added_at < ? ORDER BY a.date IS NULL, a.date, a.id",
                                 (math.inf if stored_before is None else stored_before,))
        return [_article(row) for row in rows]

    def story_of(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT story_id FROM story_articles WHERE article_id=?", (article_id,)).fetchone()
        return row[0] if row else None

    def active_members(self, since: str | None) -> list[tuple[str, Article]]:
        """(story id, article) for stories whose last date is on/after ``since`` (all when None)."""
        sql = (
            "SELECT sa.story_id AS sid, a.* FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
            " JOIN stories s ON s.id = sa.story_id"
        )
        args: tuple[Any, ...] = ()
        if since:
            sql += " WHERE s.last_date IS NULL OR s.last_date >= ?"
            args = (since,)
        rows = self.conn.execute(sql + " ORDER BY a.date IS NULL, a.date, a.id", args)
        return [(r["sid"], _article(r)) for r in rows]


def _fts_query(text: str) -> str:
    """A search as people type it (``_fts_parts``), as one FTS5 query on one article's text."""
    required, excluded = _fts_parts(text)
    return " AND ".join(required) + "".join(f" NOT {t}" for t in excluded)


def _fts_parts(text: str) -> tuple[list[str], list[str]]:
    """A search as people type it, in FTS5 syntax with every word quoted (user text never hits an FTS5 syntax
    error: "AND", stray quotes, hyphens): the parts that must each be found, and the words that must not be.
    Words must all appear; "a phrase" in quotes as written; ``word*`` matches words starting so; ``a OR b`` either
    (OR binds its neighbours first, as in web searches: ``iran syria OR iraq`` is iran and one of the other two);
    ``-word`` or ``NOT word`` must not appear. Control characters (a NUL ends SQLite's reading of the quoted word:
    "unterminated string") are dropped. Operators alone search for nothing (``['""']``).

    Raises:
        InputError: the search only leaves words out (FTS5 cannot search for an absence alone).
    """
    text = "".join(ch if ch.isprintable() or ch.isspace() else " " for ch in text)
    groups: list[list[str]] = []  # OR-groups of terms, all of them required
    excluded: list[str] = []
    join_next = negate_next = False
    for tok in re.findall(r'-?"[^"]*"?\*?|\S+', text):
        if tok == "OR":
            join_next = bool(groups)
            continue
        if tok in ("AND", "NOT"):
            negate_next = tok == "NOT"
            continue
        negate = negate_next or (tok.startswith("-") and len(tok) > 1)
        term = _fts_term(tok[1:] if tok.startswith("-") and len(tok) > 1 else tok)
        negate_next = False
        if term is None:
            continue
        if negate:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    if excluded and not groups:
        raise InputError(f"the search {text.strip()!r} only excludes words: give a word to find as well")
    if not groups:
        return ['""'], []
    return [g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups], excluded


def _fts_term(tok: str) -> str | None:
    """One word or phrase, quoted for FTS5 (a trailing ``*`` kept as a prefix search); None when nothing is left."""
    prefix = tok.endswith("*") and len(tok.strip('"*')) > 0
    # a word of punctuation alone ("-", "—", "&") is no word to FTS5: quoted, it would match nothing at all
    words = [w for w in tok.replace('"', " ").replace("*", " ").split() if any(ch.isalnum() for ch in w)]
    if not words:
        return None
    return '"' + " ".join(words) + '"' + (" *" if prefix else "")


def _enable_wal(conn: sqlite3.Connection, seconds: float = BUSY_TIMEOUT_MS / 1000) -> None:
    """Switch to WAL, retrying while another process holds the lock.

    Why: SQLite may answer "database is locked" to the journal-mode change at once, without calling the
    busy handler, when two processes open a new file at the same moment.
    """
    deadline = time.monotonic() + seconds
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def open_store(path: str | Path) -> Store:
    """Open (creating and migrating if needed) the store at ``path``.

    Raises:
        StoreError: the file cannot be opened or is not a newsdesk store.
    """
    return Store(path)
