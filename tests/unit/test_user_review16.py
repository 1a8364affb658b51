"""What a journalist meets on first use (helper U16's review): every input they name is accounted for, the
full comparison can be read without the articles, Markdown links resolve, and messages name what to do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsdesk
from builders import make_article
from newsdesk.cli import main
from newsdesk.errors import InputError

# Three short reports of one invented event, written for these tests.
FERRY = [
    ("Harbour Times\n\nFerry runs aground off Lanmore\n\n"
     "The passenger ferry Northern Gull ran aground on a sandbank off Lanmore on Sunday evening, the coastguard said. "
     "All 212 passengers were taken off by lifeboats and no one was hurt, coastguard spokesman Ewan Doyle said. "
     "The ferry had left Port Selby two hours earlier on its regular crossing to the islands. "
     "Investigators from the marine accident board will inspect the hull on Monday, the board said in a statement."),
    ("Island Courier\n\nLifeboats rescue 212 from stranded ferry\n\n"
     "Lifeboat crews took 212 passengers off the ferry Northern Gull after it ran aground on a sandbank off Lanmore on Sunday. "
     "No one was hurt, coastguard spokesman Ewan Doyle said. "
     "The operator, Selby Lines, said the crossing to the islands was cancelled until further notice. "
     "The marine accident board said investigators will inspect the hull on Monday."),
    ("Coast Post\n\nStranded ferry to be towed off sandbank\n\n"
     "Tugs will try to pull the ferry Northern Gull off the sandbank near Lanmore at high tide on Monday, Selby Lines said. "
     "All 212 passengers were rescued by lifeboats on Sunday evening and no one was hurt, the coastguard said. "
     "The ferry had left Port Selby on its regular crossing to the islands two hours before it ran aground."),
]


def _write(tmp_path: Path) -> list[Path]:
    paths = []
    for n, text in enumerate(FERRY, start=1):
        p = tmp_path / f"ferry{n}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


# ---- --since: what was already seen is never dropped silently -------------------------------------------------


def test_since_that_cannot_be_read_is_an_error_not_a_plain_brief(tmp_path: Path) -> None:
    paths = _write(tmp_path)
    with pytest.raises(InputError, match="already seen"):
        newsdesk.brief(paths, since=[tmp_path / "typo.txt"], compare=False)
    proc = CliRunner().invoke(main, ["brief", *map(str, paths), "--since", str(tmp_path / "typo.txt"), "--no-compare"])
    assert proc.exit_code == 1
    assert "typo.txt" in proc.output and "no such file" in proc.output


def test_since_input_that_cannot_be_read_is_listed_as_not_used(tmp_path: Path) -> None:
    paths = _write(tmp_path)
    b = newsdesk.brief(paths[1:], since=[paths[0], tmp_path / "typo.txt"], compare=False)
    assert [r.source for r in b.rejected] == [f"{tmp_path / 'typo.txt'} (since)"]
    proc = CliRunner().invoke(main, ["brief", *map(str, paths[1:]), "--since", str(paths[0]),
                                     "--since", "my notes.txt", "--no-compare"])
    assert proc.exit_code == 0, proc.output
    assert "my notes.txt (since)" in proc.output  # a name with a space is a path on the command line, too


def test_since_says_which_inputs_are_new_and_which_seen(tmp_path: Path) -> None:
    """"--since a b" reads b as a new article: stderr names both groups, so the slip shows (review U23)."""
    paths = _write(tmp_path)
    proc = CliRunner().invoke(main, ["brief", str(paths[2]), "--since", str(paths[0]), str(paths[1]), "--no-compare"])
    assert proc.exit_code == 0, proc.output
    assert f"new in 2 inputs ({paths[2]}, {paths[1]})" in proc.output
    assert f"1 input already seen ({paths[0]}); give --since before each seen path" in proc.output


# ---- newsdesk compare: the full view reads without the articles -----------------------------------------------

LONG = ("Investigators from the marine accident board said on Monday that they would examine the ferry's charts, "
        "its echo sounder records and the radio log of the crossing before saying why the ship had strayed so far "
        "from the marked channel into shallow water.")


def test_compare_quotes_whole_sentences_and_says_what_it_compared(tmp_path: Path) -> None:
    paths = _write(tmp_path)
    for n in (1, 2):  # two outlets carry one long sentence
        paths[n].write_text(FERRY[n] + " " + LONG, encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01\x02" * 50)
    proc = CliRunner().invoke(main, ["compare", str(tmp_path)])
    assert proc.exit_code == 0, proc.output
    out = proc.stdout
    assert re.match(r"# How 3 articles .*compare\n\n\*", out), out[:200]
    assert re.search(r"^\*\d+ contradictions? · \d+ facts? confirmed by independent sources · \d+ relayed from one "
                     r"report · \d+ single-source\*$", out, flags=re.MULTILINE), out[:400]
    assert "\n\n## Where sources differ" in out
    assert f"“{LONG}”" in out, "a quoted sentence is given whole, not cut at 25 words"
    assert "## Not used (1 input)" in out and "notes.bin" in out.split("## Not used")[1]


def test_compare_json_lists_what_was_not_used(tmp_path: Path) -> None:
    import json

    paths = _write(tmp_path)
    proc = CliRunner().invoke(main, ["compare", *map(str, paths), str(tmp_path / "gone.txt"), "--format", "json"])
    assert proc.exit_code == 0, proc.output
    data = json.loads(proc.stdout)
    assert [r["source"] for r in data["rejected"]] == [str(tmp_path / "gone.txt")]
    assert [a["number"] for a in data["articles"]] == [1, 2, 3]


# ---- sources that resolve: a web address is a link, a file is a path ---------------------------------------------


def test_markdown_sources_link_web_addresses_and_plain_text_has_no_markup() -> None:
    from dataclasses import replace

    from newsdesk.render import source_line

    web = replace(make_article("Crews cleared the road.", outlet="Coast Post", title="Road cleared"),
                  url="https://news.example.org/road-cleared?id=7", source="crawl.warc.gz#3 https://news.example.org/x")
    odd = replace(web, url="https://news.example.org/a b")  # not a valid autolink: stays code
    local = make_article("Crews cleared the road.", source="../inbox/road.txt")
    assert source_line(1, web).endswith(" · <https://news.example.org/road-cleared?id=7>")
    assert source_line(1, odd).endswith(" · `https://news.example.org/a b`")
    assert source_line(2, local).endswith(" · `../inbox/road.txt`")
    assert source_line(1, web, plain=True).endswith(" · https://news.example.org/road-cleared?id=7")
    assert "`" not in source_line(2, local, plain=True)


# ---- messages that name the input and the fix --------------------------------------------------------------------


def test_an_empty_folder_lists_every_format_that_is_read(tmp_path: Path) -> None:
    (tmp_path / "inbox").mkdir()
    proc = CliRunner().invoke(main, ["brief", str(tmp_path / "inbox")])
    assert proc.exit_code == 1
    assert "inbox" in proc.output
    for suffix in (".txt", ".html", ".jsonl", ".json", ".csv", ".rss", ".warc", ".zip"):
        assert f" {suffix} " in proc.output or f" {suffix}," in proc.output, suffix


def test_ingest_says_what_the_store_already_had_and_names_a_missing_folder(tmp_path: Path) -> None:
    paths = _write(tmp_path)
    db = tmp_path / "desk.db"
    first = CliRunner().invoke(main, ["ingest", *map(str, paths), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "already in the store" not in first.stderr
    again = CliRunner().invoke(main, ["ingest", *map(str, paths), "--db", str(db)])
    assert again.exit_code == 0
    assert "0 new articles stored" in again.stderr and "3 articles already in the store" in again.stderr
    missing = CliRunner().invoke(main, ["ingest", str(paths[0]), "--db", str(tmp_path / "nowhere" / "desk.db")])
    assert missing.exit_code == 2
    assert "nowhere" in missing.output and "does not exist" in missing.output


def test_serve_refuses_a_taken_port_and_says_when_the_store_is_new(tmp_path: Path, monkeypatch) -> None:
    import socket

    uvicorn = pytest.importorskip("uvicorn")
    pytest.importorskip("fastapi")
    started: list = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: started.append(k))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "desk.db"), "--port", str(port)])
    assert proc.exit_code == 2 and not started
    assert f"127.0.0.1:{port} is not free" in proc.output and "--port" in proc.output
    proc = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "typo.db"), "--port", "0"])
    assert proc.exit_code == 0, proc.output
    assert started and "did not exist: serving a new, empty store" in proc.stderr


def test_clean_says_a_low_confidence_date_is_probably_the_capture_date(tmp_path: Path) -> None:
    from newsdesk.pipeline import load_articles

    page = tmp_path / "page.txt"
    page.write_text("Friday 23 March 2018\n\n" + FERRY[0].split("\n\n", 1)[1], encoding="utf-8")
    (article,), _ = load_articles([page])
    if not (article.date and article.date_confidence < 0.5):
        pytest.skip("the cleaner no longer takes this scrape line for a capture date")
    proc = CliRunner().invoke(main, ["clean", str(page)])
    assert proc.exit_code == 0, proc.output
    date_line = next(line for line in proc.stdout.splitlines() if line.startswith("date:"))
    assert date_line.endswith("probably the date the page was captured, not published)"), date_line


# ---- --help: every option says what it does; the command list is not cut off -----------------------------------


def test_help_lists_commands_whole_and_every_option_is_explained() -> None:
    runner = CliRunner()
    top = runner.invoke(main, ["--help"]).output
    commands = top.split("Commands:")[1]
    assert "..." not in commands, commands
    for name in ("brief", "demo", "compare", "cluster", "ingest", "stories", "serve", "clean"):
        command = main.get_command(None, name)
        for param in command.params:
            if isinstance(param, __import__("click").Option) and param.name != "help":
                assert param.help, f"newsdesk {name} {param.opts[0]} has no help text"


# ---- a brief pasted into a Markdown editor reads as the words it has --------------------------------------------


def test_brief_markdown_escapes_what_markdown_would_turn_into_a_heading_list_or_tag() -> None:
    from newsdesk.model import Brief, BriefSentence
    from newsdesk.render import brief_markdown, brief_text

    texts = ["#MeToo campaigners said 3,000 people joined the march.", "2015. That was the year the bridge opened.",
             "- and then the council voted.", "The leader was <b>booed</b> by the crowd on Monday."]
    arts = [make_article(t, outlet=f"Outlet {n}") for n, t in enumerate(texts)]
    brief = Brief(sentences=tuple(BriefSentence(a.text, a.id, (a.id,)) for a in arts), articles=tuple(arts))
    md = brief_markdown(brief)
    assert "\n\\#MeToo campaigners said" in md and "\n#MeToo" not in md
    assert "\n2015\\. That was the year" in md
    assert "\n\\- and then the council voted." in md
    assert "was \\<b>booed\\</b> by the crowd" in md
    plain = brief_text(brief)
    assert "#MeToo campaigners" in plain and "\\" not in plain, "plain text stays as published"


def test_out_to_a_missing_folder_is_a_usage_error_before_any_work(tmp_path: Path) -> None:
    paths = _write(tmp_path)
    for args in (["brief", str(paths[0])], ["compare", *map(str, paths)], ["cluster", str(tmp_path)],
                 ["clean", str(paths[0])]):
        proc = CliRunner().invoke(main, [*args, "--out", str(tmp_path / "missing" / "out.md")])
        assert proc.exit_code == 2, (args, proc.output, proc.exception)
        assert "missing does not exist" in proc.output and "Traceback" not in proc.output
    proc = CliRunner().invoke(main, ["compare", *map(str, paths), "--out", str(tmp_path)])
    assert proc.exit_code == 2 and "is a folder" in proc.output


# ---- control characters from a broken scrape never reach the output ------------------------------------------


def test_control_characters_are_dropped_from_files_and_json_records(tmp_path: Path) -> None:
    import json

    from newsdesk.pipeline import load_articles

    body = FERRY[0].split("\n\n", 2)[2]
    (tmp_path / "nul.txt").write_bytes(body.replace("Sunday", "Sun\x00day").encode() + b"\x1b[31m\x07\n")
    record = {"text": body.replace("lifeboats", "life\u0000boats\u001b[2J"), "outlet": "Coast\u0000 Post", "id": "r1"}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    articles, rejected = load_articles([tmp_path / "nul.txt", tmp_path / "feed.jsonl"])
    assert not rejected and len(articles) == 2
    for a in articles:
        assert not re.search("[\x00-\x08\x0b\x0e-\x1f\x7f]", a.text + (a.outlet or "")), repr(a.text)
        assert "Sunday" in a.text and "lifeboats" in a.text
    assert articles[1].outlet == "Coast Post"
    proc = CliRunner().invoke(main, ["brief", str(tmp_path / "nul.txt"), "--no-compare"])
    assert proc.exit_code == 0 and "\x00" not in proc.stdout and "\x1b" not in proc.stdout


def test_compare_of_one_article_says_there_is_nothing_to_set_it_against(tmp_path: Path) -> None:
    paths = _write(tmp_path)
    proc = CliRunner().invoke(main, ["compare", str(paths[0])])
    assert proc.exit_code == 0, proc.output
    assert proc.stdout.startswith("# One article (") and "nothing to set it against" in proc.stdout.splitlines()[0]


def test_every_reading_command_takes_the_input_limits(tmp_path: Path) -> None:
    """--max-bytes and --input-format, documented for all inputs, worked only in `brief`."""
    line = " ||||| ".join(FERRY[n].replace("\n\n", " ") for n in range(3))
    pile = tmp_path / "pile.txt"
    pile.write_text(line + "\n", encoding="utf-8")
    proc = CliRunner().invoke(main, ["cluster", str(pile), "--input-format", "multinews", "--format", "json"])
    assert proc.exit_code == 0, proc.output
    import json

    assert len(json.loads(proc.stdout)["articles"]) == 3, "one story per line, three documents"
    small = CliRunner().invoke(main, ["compare", str(pile), "--max-bytes", "100"])
    assert small.exit_code == 1 and "over the limit of 100" in small.output
    db = tmp_path / "desk.db"
    ing = CliRunner().invoke(main, ["ingest", str(pile), "--db", str(db), "--input-format", "multinews"])
    assert ing.exit_code == 0, ing.output
    assert json.loads(ing.stdout.strip().splitlines()[-1])["new_articles"] == 3
