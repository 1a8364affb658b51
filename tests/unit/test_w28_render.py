"""R28 #10: Markdown output makes an article's title, outlet and byline inert (HTML, backticks, links);
U28 #4: the JSON of `brief` and `compare` says when the articles look like several stories."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from builders import make_article, write_topic_corpus
from newsdesk.cli import main
from newsdesk.errors import Reason
from newsdesk.model import Brief, Rejection
from newsdesk.render import brief_markdown, markdown_code, render_brief, source_line

TEXT = ("The town board of Elmsworth voted on Tuesday to reopen the old rail bridge to cyclists after engineers "
        "found its steel sound, the board's chair said.")


def _evil():
    article = make_article(TEXT, id="e1", outlet="<b>Valley</b> Courier", title="Bridge <script>x</script> reopens",
                           date="2024-05-02", source="notes`old.txt")
    from dataclasses import replace

    return replace(article, byline="[click](javascript:alert(1))")


def test_source_line_escapes_markup_from_the_article() -> None:
    line = source_line(1, _evil(), with_id=True)
    assert not re.search(r"(?<!\\)<", line), "no tag left unescaped"
    assert "\\<b>Valley\\</b> Courier" in line
    assert "“Bridge \\<script>x\\</script> reopens”" in line
    assert "by \\[click\\](javascript:alert(1))" in line
    assert "notes\\`old.txt" in line and "`notes`" not in line, "a path with a backtick is no broken code span"
    assert line.endswith("id `e1`")
    plain = source_line(1, _evil(), plain=True)
    assert "<b>Valley</b> Courier" in plain and "notes`old.txt" in plain, "plain text keeps the words as they are"


def test_brief_heading_and_not_used_list_are_escaped() -> None:
    article = _evil()
    brief = Brief(articles=(article,), sentences=(),
                  rejected=(Rejection("bad`<i>.txt", Reason.EMPTY, "no text"),))
    md = brief_markdown(brief)
    heading = md.splitlines()[0]
    assert heading == "# Bridge \\<script>x\\</script> reopens"
    assert "- bad\\`\\<i>.txt: " in md


def test_newswire_quotes_in_a_title_still_become_typographic_quotes() -> None:
    article = make_article(TEXT, id="q1", title="``Safe to ride,'' engineers say")
    md = render_brief(Brief(articles=(article,), sentences=()), "markdown")
    assert "“Safe to ride,” engineers say" in md and "\\`" not in md


def test_markdown_code() -> None:
    assert markdown_code("a b.txt") == "`a b.txt`"
    assert markdown_code("a`*b_.txt") == "a\\`\\*b\\_.txt"


def test_brief_and_compare_json_name_the_stories_they_mix(tmp_path: Path) -> None:
    write_topic_corpus(tmp_path)
    runner = CliRunner()
    for command in ("brief", "compare"):
        res = runner.invoke(main, [command, str(tmp_path), "--format", "json"])
        assert res.exit_code == 0, res.output
        data = json.loads(res.stdout)
        groups = data["stories_mixed"]
        assert groups and len(groups) == 2, (command, groups)
        by_id = {a["id"]: Path(a["source"]).name for a in data["articles"]}
        names = sorted(sorted(by_id[i][:-4] for i in g) for g in groups)
        assert names == [["flood0", "flood1", "flood2"], ["vote0", "vote1", "vote2"]], (command, names)
        assert "look like 2 different stories" in res.stderr


def test_one_story_has_no_mixed_stories(tmp_path: Path) -> None:
    for n, day in enumerate(("Tuesday", "Wednesday")):
        (tmp_path / f"b{n}.txt").write_text(TEXT.replace("Tuesday", day) + " Work starts next month.\n",
                                             encoding="utf-8")
    res = CliRunner().invoke(main, ["brief", str(tmp_path), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert "stories_mixed" not in json.loads(res.stdout), "present only when the articles look like several stories"
