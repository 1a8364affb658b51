"""A headline printed twice at the top of a scraped text, glued to the lede, is read once, as the title."""

from __future__ import annotations

from newsdesk.clean import clean_text
from newsdesk.clean.headlines import split_doubled_headline
from newsdesk.clean.stage import clean_raw
from newsdesk.model import Article, RawDoc

HEAD = "Ferry Runs Aground Off Kestrel Point In Heavy Fog"
LEDE = ("A passenger ferry ran aground off Kestrel Point on Monday morning, the coastguard said. "
        "All 212 passengers were taken off by lifeboat and no one was hurt, officials said.")


def test_doubled_headline_becomes_the_title_and_leaves_the_lede() -> None:
    text = f"Local News More>>\n\n{HEAD} {HEAD} {LEDE}\n"
    art = clean_raw(RawDoc(source="feed.jsonl:1", content=text, kind="text"))
    assert isinstance(art, Article)
    assert art.title == HEAD
    assert art.text.startswith("A passenger ferry ran aground")
    assert HEAD not in art.text


def test_split_only_a_title_case_run_printed_twice() -> None:
    assert split_doubled_headline(f"{HEAD} {HEAD} {LEDE}") == f"{HEAD}\n\n{LEDE}"
    assert split_doubled_headline(f"{HEAD} {HEAD}") == HEAD
    # words of a sentence said twice are no headline; a short run is no headline either
    said = "he said it was over he said it was over and left the room."
    assert split_doubled_headline(said) == said
    short = "Big Storm Big Storm hits the coast."
    assert split_doubled_headline(short) == short
    # far down a text: not the page's header
    late = "\n".join(f"Line {i} of the story goes on here." for i in range(6)) + f"\n{HEAD} {HEAD} {LEDE}"
    assert split_doubled_headline(late) == late


def test_clean_text_is_still_idempotent() -> None:
    once = clean_text(f"{HEAD}\n\n{LEDE}")
    assert clean_text(once) == once
