"""The store's tables, as registered migrations (see migrations.py).

A released migration is never edited in meaning: a store that already ran it is not migrated again.
"""

from __future__ import annotations

import sqlite3

from newsdesk.store.migrations import migration

_INITIAL = [
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY, source TEXT NOT NULL, text TEXT NOT NULL, title TEXT, outlet TEXT,
        byline TEXT, date TEXT, date_confidence REAL NOT NULL DEFAULT 0, url TEXT,
        removed TEXT NOT NULL DEFAULT '[]', grp TEXT, words INTEGER NOT NULL,
        added_at REAL NOT NULL
    )""",
    "CREATE INDEX articles_date ON articles(date)",
    """CREATE TABLE rejections (
        source TEXT NOT NULL, reason TEXT NOT NULL, detail TEXT NOT NULL, stage TEXT NOT NULL,
        added_at REAL NOT NULL, PRIMARY KEY (source, reason, detail, stage)
    )""",
    """CREATE TABLE dup_links (
        a TEXT NOT NULL, b TEXT NOT NULL, kind TEXT NOT NULL, similarity REAL NOT NULL,
        original TEXT, passages TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (a, b, kind)
    )""",
    "CREATE INDEX dup_links_b ON dup_links(b)",
    """CREATE TABLE stories (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, first_date TEXT, last_date TEXT,
        created_at REAL NOT NULL, updated_at REAL NOT NULL
    )""",
    """CREATE TABLE story_articles (
        story_id TEXT NOT NULL REFERENCES stories(id), article_id TEXT NOT NULL REFERENCES articles(id),
        similarity REAL NOT NULL DEFAULT 0, PRIMARY KEY (article_id)
    )""",
    "CREATE INDEX story_articles_story ON story_articles(story_id)",
    """CREATE TABLE brief_cache (
        story_id TEXT NOT NULL, fingerprint TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL,
        created_at REAL NOT NULL, PRIMARY KEY (story_id, fingerprint, kind)
    )""",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid')",
    """CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END""",
]


@migration("0001_initial")
def _initial(conn: sqlite3.Connection) -> None:
    for stmt in _INITIAL:
        conn.execute(stmt)


# Versions for caches of rendered pages. Triggers keep them, so every writer (this process, another
# `newsdesk ingest`, a future code path) moves them without having to remember to:
#   stories.version   grows when the story's row (title, dates, update time) or its article set changes;
#   store_changes.n   grows on any change that can alter a listing or a search result.
# A version only ever grows; a reader that saw version v and later sees v again knows nothing it shows moved.
_BUMP = "UPDATE store_changes SET n = n + 1 WHERE id = 1;"
_VERSIONS = [
    "ALTER TABLE stories ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE store_changes (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL)",
    "INSERT INTO store_changes (id, n) VALUES (1, 0)",
    f"CREATE TRIGGER stories_ai_version AFTER INSERT ON stories BEGIN {_BUMP} END",
    f"CREATE TRIGGER stories_ad_version AFTER DELETE ON stories BEGIN {_BUMP} END",
    # UPDATE OF ... lists the shown columns only: the trigger's own "SET version" does not fire it again.
    f"""CREATE TRIGGER stories_au_version AFTER UPDATE OF title, first_date, last_date, updated_at ON stories
        WHEN old.title IS NOT new.title OR old.first_date IS NOT new.first_date
          OR old.last_date IS NOT new.last_date OR old.updated_at IS NOT new.updated_at
        BEGIN UPDATE stories SET version = version + 1 WHERE id = new.id; {_BUMP} END""",
    f"""CREATE TRIGGER story_articles_ai_version AFTER INSERT ON story_articles
        BEGIN UPDATE stories SET version = version + 1 WHERE id = new.story_id; {_BUMP} END""",
    f"""CREATE TRIGGER story_articles_au_version AFTER UPDATE OF story_id ON story_articles
        WHEN old.story_id IS NOT new.story_id
        BEGIN UPDATE stories SET version = version + 1 WHERE id IN (old.story_id, new.story_id); {_BUMP} END""",
    f"""CREATE TRIGGER story_articles_ad_version AFTER DELETE ON story_articles
        BEGIN UPDATE stories SET version = version + 1 WHERE id = old.story_id; {_BUMP} END""",
    f"""CREATE TRIGGER articles_au_version AFTER UPDATE ON articles
        BEGIN UPDATE stories SET version = version + 1
              WHERE id = (SELECT story_id FROM story_articles WHERE article_id = new.id); {_BUMP} END""",
    f"CREATE TRIGGER articles_ad_version AFTER DELETE ON articles BEGIN {_BUMP} END",
    # The listing's order (newest first), so a page of stories is read from an index, not a sort of all.
    "CREATE INDEX stories_recent ON stories(last_date IS NULL, last_date DESC, updated_at DESC, id)",
]


@migration("0002_page_versions")
def _page_versions(conn: sqlite3.Connection) -> None:
    for stmt in _VERSIONS:
        conn.execute(stmt)


# Stories merged by the incremental clusterer: the old id keeps working (links, bookmarks, a story id in a
# report) by pointing at the story that absorbed it. ``story_id`` is always a live story: a merge re-points
# the aliases of the story it removes.
_ALIASES = [
    """CREATE TABLE story_aliases (
        old_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, merged_at REAL NOT NULL
    )""",
    "CREATE INDEX story_aliases_target ON story_aliases(story_id)",
]


@migration("0003_story_aliases")
def _story_aliases(conn: sqlite3.Connection) -> None:
    for stmt in _ALIASES:
        conn.execute(stmt)


# Texts a correction replaced, by a hash of the text: reading an older version again (an earlier hourly file
# replayed, a day backfilled) is known as such and does not put the old text back.
_VERSIONS_OF_TEXT = (
    """CREATE TABLE article_versions (
        article_id TEXT NOT NULL, text_hash TEXT NOT NULL, replaced_at REAL NOT NULL,
        PRIMARY KEY (article_id, text_hash)
    )""",
)


@migration("0004_article_versions")
def _article_versions(conn: sqlite3.Connection) -> None:
    for stmt in _VERSIONS_OF_TEXT:
        conn.execute(stmt)


# Articles by address: a store made before ids followed the address (stop 25) knows a feed's items under ids made
# from the file name; reading the feed again finds them by their address instead of storing them once more.
@migration("0005_articles_url")
def _articles_url(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE INDEX IF NOT EXISTS articles_url ON articles(url)")


# Articles a user took out of the store (`newsdesk remove`: a retracted report, a page that is no article): reading
# the same input again (by its address, its text, or its id in the same file) does not put it back; the article is
# kept whole, so `newsdesk remove --restore ID` puts it back at once.
@migration("0006_withdrawn_articles")
def _withdrawn_articles(conn: sqlite3.Connection) -> None:
    conn.execute("""CREATE TABLE withdrawn_articles (
        article_id TEXT PRIMARY KEY, url TEXT, text_hash TEXT NOT NULL, title TEXT, source TEXT, reason TEXT NOT NULL,
        withdrawn_at REAL NOT NULL, article TEXT NOT NULL
    )""")
    conn.execute("CREATE INDEX withdrawn_articles_url ON withdrawn_articles(url)")
    conn.execute("CREATE INDEX withdrawn_articles_hash ON withdrawn_articles(text_hash)")
