"""Cleaning stage: page text or HTML in, article text and metadata out."""

from newsdesk.clean.boilerplate import remove_boilerplate
from newsdesk.clean.fields import extract_fields
from newsdesk.clean.html import visible_text
from newsdesk.clean.stage import clean, clean_raw, clean_text, looks_like_html, repeated_lines_by_outlet

__all__ = [
    "clean",
    "clean_raw",
    "clean_text",
    "extract_fields",
    "looks_like_html",
    "remove_boilerplate",
    "repeated_lines_by_outlet",
    "visible_text",
]
