"""Extractive multi-document briefs with citations."""

from newsdesk.brief.compose import summarize

__all__ = ["summarize"]
