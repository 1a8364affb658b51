"""Schema migrations: registered functions, each run once in its own transaction, recorded in _migrations."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(name: str) -> Callable[[Migration], Migration]:
    """Register a migration under a stable name (never rename or reorder a released one)."""

    def deco(fn: Migration) -> Migration:
        MIGRATIONS.append((name, fn))
        return fn

    return deco


def pending(conn: sqlite3.Connection) -> list[str]:
    """Names of migrations not yet applied (read-only)."""
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL)")
    done = {r[0] for r in conn.execute("SELECT name FROM _migrations")}
    return [name for name, _ in MIGRATIONS if name not in done]


def apply(conn: sqlite3.Connection) -> list[str]:
    """Apply pending migrations, each inside BEGIN IMMEDIATE so concurrent openers do not race."""
    from newsdesk.store import schema  # noqa: F401 - registers the migrations

    applied: list[str] = []
    if not pending(conn):  # the usual open: no write lock, so opening never waits for a running ingest
        return applied
    for name, fn in MIGRATIONS:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("SELECT 1 FROM _migrations WHERE name = ?", (name,)).fetchone():
                conn.execute("COMMIT")
                continue
            fn(conn)
            conn.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (name, time.time()))
            conn.execute("COMMIT")
            applied.append(name)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return applied
