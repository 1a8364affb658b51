"""Brief records to Markdown, plain text and JSON."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from newsdesk.clean.date_order import date_caveat
from newsdesk.clean.headlines import is_digest_title, is_opinion_title, readable_headline
from newsdesk.clean.outlets import url_outlet
from newsdesk.model import (
    Article,
    Brief,
    BriefSentence,
    Comparison,
    PersonNote,
    Rejection,
    Story,
    with_people,
)
from newsdesk.sentences import first_sentence_title, split_sentences
from newsdesk.text import latin_share


def typeset_quotes(text: str) -> str:
    """Newswire corpora write quotation marks as ``two backticks'' and two apostrophes (Penn Treebank
    style). Output for people (Markdown, plain text) shows them as typographic quotes; the articles and
    the JSON keep the text as published.

    A sentence that ends a quotation opened in an earlier one has only the closing pair; it closes the quote too,
    unless it follows a digit (5'10'', feet and inches).

    Example:
        >>> print(typeset_quotes("``Guys, it's a movie!'' responded Tom Sherak."))
        “Guys, it's a movie!” responded Tom Sherak.
        >>> print(typeset_quotes("Protected from the interference of government.''"))
        Protected from the interference of government.”
        >>> print(typeset_quotes("NEW RUSSIAN LEADER: HIS `VICES' AND `VIRTUES'"))
        NEW RUSSIAN LEADER: HIS ‘VICES’ AND ‘VIRTUES’
        >>> print(typeset_quotes("He called it ''a disgrace,'' and left."))
        He called it “a disgrace,” and left.
    """
    if "`" in text:  # one backtick opens a quotation within a quotation (`Gay Panic'), or stands for an apostrophe;
        # a Markdown code span (`a.txt`, a source's path) is left as it is
        text = "".join(part if _CODE_SPAN.fullmatch(part) else
                       _BACKTICK_APOSTROPHE.sub("\u2019", _SINGLE_QUOTED.sub("\u2018\\1\u2019", part))
                       for part in _CODE_SPAN_SPLIT.split(text))
    if "``" not in text:
        return _LONE_CLOSE.sub("\u201d", _LONE_OPEN.sub("\u201c", text)) if "''" in text else text
    return text.replace("``", "\u201c").replace("''", "\u201d")


_SINGLE_QUOTED = re.compile(r"(?<!`)`(?!`)((?:[^`'\n]|'(?=\w)){1,80}?[^\s`'])'(?![\w'])")  # `Gay Panic', `I don't'
_CODE_SPAN = re.compile(r"(?<!`)`(?!`)[^`'\n]+`(?!`)")  # closed by a backtick before any apostrophe: `my notes.txt`
_CODE_SPAN_SPLIT = re.compile(f"({_CODE_SPAN.pattern})")
_BACKTICK_APOSTROPHE = re.compile(r"(?<=[A-Za-z])`(?=[A-Za-z])")  # "QUAKE`S"
# Two apostrophes closing a quotation: after a letter or punctuation, not after a digit (5'10'') or a third one.
_LONE_CLOSE = re.compile(r"(?<=[^\d\s'])''(?!')")
# Two apostrophes opening a quotation (a text whose opening pairs were typed as apostrophes): at the start, after a
# space, a bracket or an opening mark, and before a word ("... the plant, ''except for the claim ...").
_LONE_OPEN = re.compile(r"(?:^|(?<=[\s(\[\u201c\u2018]))''(?=[\w\u2018])")


def known_outlet(article: Article) -> str | None:
    """The outlet's name or its URL's host; None when neither is known (a file name is no outlet)."""
    return article.outlet or url_outlet(article.url)  # cleaning sets it; an Article built by hand may not


def citation_key(article_id: str, date: str | None) -> tuple[bool, str, str]:
    """How a story's sources are numbered in every view: by date (undated last), then id, so numbers are stable."""
    return (date is None, date or "", article_id)


def plural(n: int, word: str, many: str | None = None) -> str:
    """ "1 article", "5 articles"; ``many`` for other plurals ("1 story", "2 stories")."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def byline_counts(articles: tuple[Article, ...] | list[Article]) -> str:
    """ "5 articles by 3 outlets", "5 articles by 3 outlets (2 of unknown outlet)", "4 articles (outlet not known)"."""
    outlets = [known_outlet(a) for a in articles]
    known = {o.casefold() for o in outlets if o}  # "Xinhua" and "xinhua" are one outlet
    unknown = outlets.count(None)
    if not known:
        return f"{plural(len(articles), 'article')} (outlet not known)" if articles else "0 articles"
    text = f"{plural(len(articles), 'article')} by {plural(len(known), 'outlet')}"
    if unknown:
        text += f" ({unknown} of unknown outlet)"
    return text


def story_title(brief: Brief) -> str:
    """A title for the story: the title of the article the brief's first sentence comes from (so the
    headline and the lead agree), else of the article the brief leans on most; in title case when it is all
    in capitals. An article the brief never cites
    gives no title (an editors' advisory or a digest whose first item is another story would head it)."""
    if not brief.articles:
        return "Story"
    counts: dict[str, int] = {}
    for s in brief.sentences:
        for c in s.citations:
            counts[c] = counts.get(c, 0) + 1
    by_id = {a.id: a for a in brief.articles}
    lead = brief.sentences[0].from_id if brief.sentences else None
    # A column's headline ("EDITORIAL: ...") names one outlet's view: a news headline of the brief is taken first.
    # A digest's headline ("AP Top News at 4 a.m. EST") names a page of several stories: taken last of all.
    ranked = sorted(brief.articles, key=lambda a: (is_digest_title(a.title), is_opinion_title(a.title), a.id != lead,
                                                   -counts.get(a.id, 0), brief.articles.index(a)))
    for a in ranked:
        if a.title and a.id in by_id and (a.id == lead or counts.get(a.id) or not brief.sentences):
            return readable_headline(a.title, a.text)  # a wire archive's headline in capitals is not shouted
    if brief.sentences:  # no article has a title: the start of the brief's first sentence that stands alone
        # "She [Kerry Nettle] said ...": a pronoun opening the lead is named in the title as in the brief
        def named(s: BriefSentence) -> list[PersonNote]:
            return [p for p in s.people if p.name.split()[-1].lower() in ("he", "she", "his", "her")]

        # The brief's first sentence that can head a story, else the lede of the article of its first sentence,
        # else the lede of the article it cites most.
        first = brief.sentences[0]
        cited = sorted((a for a in brief.articles if counts.get(a.id)),
                       key=lambda a: (a.id != first.from_id, -counts[a.id]))
        # Lazily: an article is split for its lede only when no sentence of the brief can head the story.
        choices = itertools.chain(((s.text, named(s)) for s in brief.sentences),
                                  ((t, []) for a in cited for t in split_sentences(a.text)[:1]))
        for text, people in choices:
            if people:
                return first_sentence_title(with_people(text, people))
            if (headline := as_title(text)) is not None:
                return first_sentence_title(headline)
        return first_sentence_title(with_people(first.text, named(first)) if named(first) else first.text)
    return "Story"


# A connective that only links the sentence to the one before ("By contrast, ...", "All in all, ..."): a title
# drops it. A byline run into the text ("By Jo Roe and Al Poe Sure, ...") and a quoted utterance ('"We lost," she
# said.') head no story.
_CONNECTIVE = re.compile(r"^(?:(?:By|In) contrast|All in all|Overall|In short|In fact|Indeed|Of course|For (?:example|"
                         r"instance)|Even so|As a result|In addition|On the other hand|Again|Similarly|Likewise|"
                         r"Conversely|Finally|(?:First|Second|Third|Last)(?:ly)?),\s+(?=\S)")
_BYLINE_START = re.compile(r"^By [A-Z][\w.'’-]+ (?:[A-Z]\. )?[A-Z]")
_QUOTED_UTTERANCE = re.compile(r"^(?:(?:[\"“]|``)[^\"”]*?[,.!?][’']?(?:[\"”]|'')|[‘'`][^’'`]*?[,.!?][’'])")


def as_title(sentence: str) -> str | None:
    """The sentence as a story's title, or None when it cannot head one: a quoted utterance, a byline, a pronoun or
    a joining word that needs the sentence before (``newsdesk.brief.select.is_dangling``); an opening connective
    is dropped.

    Example:
        >>> as_title("All in all, contract talks were quick and peaceful.")
        'Contract talks were quick and peaceful.'
        >>> as_title('"We were outspent," the manager said.') is None, as_title('"Star Wars" opens to record crowds.')
        (True, '"Star Wars" opens to record crowds.')
    """
    from newsdesk.brief.select import is_dangling  # "She then took him to the hospital.": no title

    m = _CONNECTIVE.match(sentence)
    if m is not None:
        sentence = sentence[m.end()].upper() + sentence[m.end() + 1:]
    if _QUOTED_UTTERANCE.match(sentence) or _BYLINE_START.match(sentence) or is_dangling(sentence):
        return None
    return sentence


def title_worthy(sentence: str) -> bool:
    """Whether a sentence can head a story as it is written (:func:`as_title` without dropping anything).

    Example:
        >>> title_worthy("By contrast, the rival campaign spent little online."), title_worthy("Floods hit Dunmore.")
        (False, True)
    """
    return as_title(sentence) == sentence


_BLOCK_START = re.compile(r"^(?:#|>|[-+*] |=+\s*$|-+\s*$)")
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_HTML_TAG = re.compile(r"<(?=[A-Za-z/!?])")


def markdown_line(text: str) -> str:
    """A sentence from an article as one Markdown paragraph that renders as the words it has: a start that
    Markdown reads as a heading, quote or list ("#MeToo campaigners said ...", "2015. ") and an HTML tag left in
    the text ("<b>") are escaped with a backslash, so pasting the brief into a Markdown editor changes nothing."""
    text = _HTML_TAG.sub(r"\\<", text)
    if _BLOCK_START.match(text):
        return "\\" + text
    return _ORDERED_START.sub(r"\1\\\2", text, count=1)


def markdown_inline(text: str) -> str:
    """An article's title, outlet or byline inside a Markdown line, rendering as the words it has: its newswire
    quotes typeset (as the whole output's are), then an HTML tag ("<script>", "<b>"), a backtick (which would
    open a code span reaching into the next field) and a square bracket (a link: "[click](javascript:...)")
    escaped with a backslash.

    Example:
        >>> print(markdown_inline("Ferry <b>terminal</b> `to close [video]"))
        Ferry \\<b>terminal\\</b> \\`to close \\[video\\]
    """
    return _INLINE_ACTIVE.sub(r"\\\1", _HTML_TAG.sub(r"\\<", typeset_quotes(text)))


_INLINE_ACTIVE = re.compile(r"([`\[\]])")


_MARKDOWN_ACTIVE = re.compile(r"([\\`*_\[\]<])")


def markdown_code(text: str) -> str:
    """A file path or id as Markdown code; one holding a backtick (which would end the code span) as text with
    Markdown's active characters escaped instead."""
    return _MARKDOWN_ACTIVE.sub(r"\\\1", text) if "`" in text else f"`{text}`"


def citation_marks(citations: tuple[str, ...], numbers: Mapping[str, int]) -> str:
    """The citation marks of a sentence in the order of the source list ("[1][3][4]", not "[4][1][3]": review U30
    #15); the JSON keeps the article the words are quoted from first (``from``)."""
    return "".join(f"[{n}]" for n in sorted(numbers[c] for c in citations if c in numbers))


def _linkable(url: str | None) -> bool:
    """An http(s) URL that a Markdown autolink (``<https://...>``) can hold: no spaces or angle brackets."""
    return bool(url) and url.lower().startswith(("http://", "https://")) and not any(c in url for c in " \t\n<>")


def source_line(n: int, a: Article, plain: bool = False, with_id: bool = False) -> str:
    """A numbered source: outlet, title, date (flagged when it may be a capture date), byline, path or URL, and
    with ``with_id`` the id a store knows it by (to open or remove it).

    In Markdown a web address is a link (``<https://...>``, which renderers make clickable) and a file path
    is code; ``plain`` gives both as bare text."""
    meta = (lambda text: text) if plain else markdown_inline  # what an article says of itself, made inert in Markdown
    parts = [meta(known_outlet(a) or "Unknown outlet")]
    if a.title:
        parts.append(f"“{meta(a.title)}”")
    if a.date:
        caveat = date_caveat(a.date_confidence)
        parts.append(a.date + ("" if caveat is None else " (capture date?)" if "captured" in caveat else f" ({caveat}?)"))
    if a.byline:
        parts.append(f"by {meta(a.byline)}")
    where = a.url or a.source
    parts.append(where if plain else f"<{where}>" if _linkable(a.url) else markdown_code(where))
    if with_id:
        parts.append(f"id {a.id}" if plain else f"id {markdown_code(a.id)}")
    return f"{n}. " + " · ".join(parts)


def rejection_markdown(r: Rejection) -> str:
    """An input not used, as a Markdown list item: its name as code, then why."""
    return f"- {markdown_code(r.source)}: {markdown_inline(r.explain)}"


def no_brief_reason(brief: Brief) -> str:
    """Why a brief has no sentence, as a reader is told: text in a script newsdesk does not read, or nothing usable."""
    text = " ".join(a.text for a in brief.articles)
    if text and latin_share(text) < 0.5:
        return ("No sentence could be selected for a brief: these articles are not written in Latin letters, and "
                "newsdesk reads English (and, less well, other languages written in Latin letters).")
    return "No sentence could be selected for a brief."


def brief_markdown(brief: Brief, title: str | None = None, heading: str = "#", note: str | None = None,
                   ids: bool = False) -> str:
    """The brief as Markdown: sentences with citation markers, differences, numbered sources, rejections;
    ``note`` (a caveat about the whole brief, such as "these articles look like 2 different stories") under the
    title; ``ids``: each source with its article id (a stored story)."""
    numbers = brief.source_number()
    lines = [f"{heading} {markdown_inline(title or story_title(brief))}", ""]
    lines.append(f"*{plural(brief.words, 'word')} from {byline_counts(brief.articles)}*")
    lines.append("")
    if note:
        lines += [f"> {markdown_line(note)}", ""]
    for s, day in zip(brief.sentences, written_days(brief), strict=True):
        lines.append(f"{markdown_line(s.display)}{f' *({day})*' if day else ''} {citation_marks(s.citations, numbers)}")
        lines.append("")
    if not brief.sentences:
        lines += [f"_{no_brief_reason(brief)}_", ""]
    if brief.comparison is not None:
        from newsdesk.compare import render_comparison_markdown

        section = render_comparison_markdown(brief.comparison, numbers).strip()
        if section:
            lines += [section.replace("\n## ", f"\n{heading}# ").replace("## ", f"{heading}# ", 1), ""]
    lines.append(f"{heading}# Sources")
    lines.append("")
    for n, a in enumerate(brief.articles, start=1):
        lines.append(source_line(n, a, with_id=ids))
    if brief.rejected:
        lines += ["", f"{heading}# Not used ({plural(len(brief.rejected), 'input')})", ""]
        lines += [rejection_markdown(r) for r in brief.rejected]
    return "\n".join(lines).rstrip() + "\n"


def written_days(brief: Brief) -> list[str | None]:
    """For each brief sentence, the day of its article when the sentence tells time from that day and the story runs
    on well past it (``brief.when.written_on``), else None."""
    from newsdesk.brief.when import newest_day, written_on

    newest = newest_day(brief.articles)
    by_id = {a.id: a for a in brief.articles}
    return [written_on(s.text, by_id.get(s.from_id), newest) for s in brief.sentences]


def brief_text(brief: Brief, note: str | None = None) -> str:
    """The brief as plain text: one paragraph with markers, where sources differ, then the source list; ``note``
    under the title."""
    numbers = brief.source_number()
    body = " ".join(f"{s.display}{f' ({day})' if day else ''} {citation_marks(s.citations, numbers)}"
                    for s, day in zip(brief.sentences, written_days(brief), strict=True))
    differ: list[str] = []
    if brief.comparison is not None:
        from newsdesk.compare import render_comparison_markdown

        section = render_comparison_markdown(brief.comparison, numbers).strip()
        differ = [_plain(line) for line in section.splitlines()] + [""] if section else []
    sources = [source_line(n, a, plain=True) for n, a in enumerate(brief.articles, start=1)]
    rejected = [f"not used: {r.source}: {r.explain}" for r in brief.rejected]
    return "\n".join([story_title(brief), "", *([note, ""] if note else []), body, "", *differ, "Sources:", *sources,
                      *([""] + rejected if rejected else [])]) + "\n"


def _plain(markdown_line: str) -> str:
    """A line of the comparison's Markdown without its markup (headings, bold, italics, and the backslashes that keep
    an outlet's "<", "`", "[" or "]" from being read as markup: ``markdown_inline``)."""
    line = markdown_line.lstrip("#").strip() if markdown_line.startswith("#") else markdown_line
    line = line.replace("**", "").replace("_No contradiction", "No contradiction").replace("articles._", "articles.") \
        .replace("*", "")
    return _INLINE_ESCAPE.sub(r"\1", line)


_INLINE_ESCAPE = re.compile(r"\\([`\[\]<])")


def to_json(obj: object) -> str:
    """JSON text of a record with to_dict(), or of plain data."""
    data = obj.to_dict() if hasattr(obj, "to_dict") else obj
    return json.dumps(data, ensure_ascii=False, indent=2)


def stories_mixed(articles: Sequence[Article], mixed: Sequence[Story] | None = None) -> list[list[str]] | None:
    """The JSON's ``stories_mixed``: the article ids of each story when the articles look like several stories (the
    note "these articles look like 2 different stories" of the Markdown), else None. ``mixed``: the stories
    ``newsdesk.stories.mixed_stories`` found already ([] when one), so the check is not made twice."""
    if mixed is None:
        from newsdesk.stories import mixed_stories

        mixed = mixed_stories(articles)
    return [list(s.article_ids) for s in mixed] or None


def render_brief(brief: Brief, fmt: str, note: str | None = None, mixed: Sequence[Story] | None = None) -> str:
    """The brief in ``fmt`` (json, text or markdown); ``note``, a caveat about the whole brief, goes under the title
    of the text and Markdown (the JSON is the record, its brief with the Markdown's ``title``, each sentence with
    the day shown beside it in the others as ``written`` when it has one, and ``stories_mixed`` when the articles look like several stories: see
    ``stories_mixed``, with ``mixed`` as found)."""
    if fmt == "json":
        data = brief.to_dict()
        if brief.sentences:  # the headline the Markdown opens with, for scripts that show the brief
            data["brief"] = {"title": story_title(brief), **data["brief"]}
        for sentence, day in zip(data["brief"]["sentences"], written_days(brief), strict=True):
            if day:
                sentence["written"] = day
        groups = stories_mixed(brief.articles, mixed)
        if groups:  # present when there is something to say, as "duplicates" and "comparison" are
            data["stories_mixed"] = groups
        return json.dumps(data, ensure_ascii=False, indent=2)
    if fmt == "text":
        return typeset_quotes(brief_text(brief, note))
    return typeset_quotes(brief_markdown(brief, note=note))


# `newsdesk compare` is the full view: its quotes are whole sentences (the section after a brief cuts them short).
FULL_QUOTE_WORDS = 400


def comparison_counts(comp: Comparison) -> str:
    """ "2 contradictions · 1 fact confirmed by independent sources · 3 relayed from one report · 4 single-source"."""
    confirmed = sum(1 for f in comp.facts if f.independent_sources >= 2)
    relayed = sum(1 for f in comp.facts if f.independent_sources < 2 and len(f.articles) > 1)
    single = sum(1 for f in comp.single_source if len(f.articles) == 1)
    parts = [plural(len(comp.conflicts), "contradiction")]
    if comp.revisions:
        parts.append(plural(len(comp.revisions), "revised figure"))
    parts += [f"{plural(confirmed, 'fact')} confirmed by independent sources",
              f"{relayed} relayed from one report", f"{single} single-source"]
    return " · ".join(parts)


def comparison_dict(comp: Comparison, articles: Sequence[Article], rejected: Sequence[Rejection],
                    mixed: Sequence[Story] | None = None) -> dict[str, Any]:
    """The JSON of ``newsdesk compare``: the comparison, the articles with their numbers, the inputs not used, and
    ``stories_mixed`` when they look like several stories (``mixed``: the stories ``mixed_stories`` found, when
    known)."""
    from newsdesk.compare.consensus import source_outlet

    data = comp.to_dict()
    # "counted_as": the name the facts' "sources" give the article's outlet ("Associated Press" is "AP"), to join them
    data["articles"] = [dict(a.to_dict(), number=n, counted_as=source_outlet(a)) for n, a in enumerate(articles, start=1)]
    data["rejected"] = [r.to_dict() for r in rejected]
    groups = stories_mixed(articles, mixed)
    if groups:
        data["stories_mixed"] = groups
    return data


def comparison_markdown(comp: Comparison, articles: Sequence[Article], rejected: Sequence[Rejection],
                        note: str | None = None) -> str:
    """The Markdown of ``newsdesk compare``: counts, ``note`` (a caveat about the whole comparison), the full
    comparison, the numbered sources, the inputs not used."""
    from newsdesk.compare import render_comparison_markdown

    numbers = {a.id: n for n, a in enumerate(articles, start=1)}
    what = (f"How {byline_counts(list(articles))} compare" if len(articles) > 1
            else f"One article ({markdown_inline(known_outlet(articles[0]) or 'outlet not known')}): nothing to set it "
                 "against")
    head = [f"# {what}", "", f"*{comparison_counts(comp)}*", "", *([f"> {markdown_line(note)}", ""] if note else [])]
    body = render_comparison_markdown(comp, numbers, limit=None, max_words=FULL_QUOTE_WORDS)
    sources = ["## Sources", ""] + [source_line(n, a) for n, a in enumerate(articles, start=1)]
    if rejected:
        sources += ["", f"## Not used ({plural(len(rejected), 'input')})", ""]
        sources += [rejection_markdown(r) for r in rejected]
    return "\n".join(head) + "\n" + body + "\n" + "\n".join(sources)
