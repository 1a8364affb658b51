"""Persistent storage (SQLite): the only package that speaks SQL."""

from newsdesk.store.sqlite import Store, StorySummary, open_store

__all__ = ["Store", "StorySummary", "open_store"]
