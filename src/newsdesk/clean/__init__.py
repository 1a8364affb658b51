"""Cleaning stage: page text or HTML in, article text and metadata out."""

from newsdesk.clean.boilerplate import remove_boilerplate


def clean_text(text: str) -> str:
    return "\n\n".join(remove_boilerplate(text).kept)
