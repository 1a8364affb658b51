"""The store's tables, as registered migrations (see migrations.py)."""

from __future__ import annotations

import sqlite3

from newsdesk.store.migrations import migration


@migration("0001_initial")
def _initial(conn: sqlite3.Connection) -> None:
    for stmt in ["\n    CREATE TABLE articles (\n        id TEXT PRIMARY KEY, source TEXT NOT NULL, text TEXT NOT NULL, title TEXT, outlet TEXT,\n        byline TEXT, date TEXT, date_confidence REAL NOT NULL DEFAULT 0, url TEXT,\n        removed TEXT NOT NULL DEFAULT '[]', grp TEXT, words INTEGER NOT NULL,\n        added_at REAL NOT NULL\n    )", " INDEX articles_date ON articles(date)", " TABLE rejections (\n        source TEXT NOT NULL, reason TEXT NOT NULL, detail TEXT NOT NULL, stage TEXT NOT NULL,\n        added_at REAL NOT NULL, PRIMARY KEY (source, reason, detail, stage)\n    )", " TABLE dup_links (\n        a TEXT NOT NULL, b TEXT NOT NULL, kind TEXT NOT NULL, similarity REAL NOT NULL,\n        original TEXT, passages TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (a, b, kind)\n    )", " INDEX dup_links_b ON dup_links(b)", " TABLE stories (\n        id TEXT PRIMARY KEY, title TEXT NOT NULL, first_date TEXT, last_date TEXT,\n        created_at REAL NOT NULL, updated_at REAL NOT NULL\n    )", " TABLE story_articles (\n        story_id TEXT NOT NULL REFERENCES stories(id), article_id TEXT NOT NULL REFERENCES articles(id),\n        similarity REAL NOT NULL DEFAULT 0, PRIMARY KEY (article_id)\n    )", " INDEX story_articles_story ON story_articles(story_id)", " TABLE brief_cache (\n        story_id TEXT NOT NULL, fingerprint TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL,\n        created_at REAL NOT NULL, PRIMARY KEY (story_id, fingerprint, kind)\n    )", " VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid')", " TRIGGER articles_ai AFTER INSERT ON articles BEGIN\n        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);\n    END", " TRIGGER articles_ad AFTER DELETE ON articles BEGIN\n        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);\n    END", " TRIGGER articles_au AFTER UPDATE ON articles BEGIN\n        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);\n        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);\n    END\n    "]:
        stmt = stmt.strip()
        conn.execute(stmt if stmt.startswith("CREATE") else "CREATE " + stmt)
