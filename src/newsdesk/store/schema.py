"""The store's tables, as registered migrations (see migrations.py)."""

from __future__ import annotations

import sqlite3

from newsdesk.store.migrations import migration


@migration("0001_initial")
def _initial(conn: sqlite3.Connection) -> None:
    for stmt in """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, source TEXT NOT NULL, text TEXT NOT NULL, title TEXT, outlet TEXT,
        byline TEXT, date TEXT, date_confidence REAL NOT NULL DEFAULT 0, url TEXT,
        removed TEXT NOT NULL DEFAULT '[]', grp TEXT, words INTEGER NOT NULL,
        added_at REAL NOT NULL
    );
    CREATE INDEX articles_date ON articles(date);
    CREATE TABLE rejections (
        source TEXT NOT NULL, reason TEXT NOT NULL, detail TEXT NOT NULL, stage TEXT NOT NULL,
        added_at REAL NOT NULL, PRIMARY KEY (source, reason, detail, stage)
    );
    CREATE TABLE dup_links (
        a TEXT NOT NULL, b TEXT NOT NULL, kind TEXT NOT NULL, similarity REAL NOT NULL,
        original TEXT, passages TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (a, b, kind)
    );
    CREATE INDEX dup_links_b ON dup_links(b);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, first_date TEXT, last_date TEXT,
        created_at REAL NOT NULL, updated_at REAL NOT NULL
    );
    CREATE TABLE story_articles (
        story_id TEXT NOT NULL REFERENCES stories(id), article_id TEXT NOT NULL REFERENCES articles(id),
        similarity REAL NOT NULL DEFAULT 0, PRIMARY KEY (article_id)
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);
    CREATE TABLE brief_cache (
        story_id TEXT NOT NULL, fingerprint TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL,
        created_at REAL NOT NULL, PRIMARY KEY (story_id, fingerprint, kind)
    );
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END
    """.split(";\n    CREATE"):
        stmt = stmt.strip()
        conn.execute(stmt if stmt.startswith("CREATE") else "CREATE " + stmt)
