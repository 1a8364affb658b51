"""Persistent storage (SQLite): the only package that speaks SQL."""

from newsdesk.store.sqlite import Store, StorySummary, Withdrawal, open_store

__all__ = ["Store", "StorySummary", "Withdrawal", "open_store"]
