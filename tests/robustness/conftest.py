"""The bad-input corpus: every kind of broken, hostile or odd input a real crawl holds, built in tmp dirs.

Nothing large is committed: the 50 MB text file, the 10 MB JSONL line and the 100,000-deep HTML are
written here at test time. ``Corpus.expect`` says, for each file, what the readers must make of it:
a Reason it must be rejected with, "used" (it must give at least one RawDoc), or None (either is
fine, as long as it is accounted for).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from newsdesk.errors import Reason
from newsdesk.model import Article, Rejection

# Hand-written fictional articles (never copied from real outlets).
GOOD = [
    (
        "Harbor Council Approves Flood Wall\n\n"
        "The Valeport harbor council voted 7-2 on Tuesday to build a flood wall along the east quay, "
        "after three winter storms pushed sea water into the fish market.\n\n"
        "The wall will cost 14 million euros and take two years to build, the council said. Work is "
        "due to start in the spring, once the fishing fleet has moved to the west basin.\n\n"
        "Traders at the market welcomed the vote but said they needed help to pay for repairs now."
    ),
    (
        "Flood wall for Valeport quay gets green light\n\n"
        "Councillors in Valeport approved a flood wall on the east quay on Tuesday by seven votes to two, "
        "following storms that flooded the fish market three times this winter.\n\n"
        "Officials put the cost at 14 million euros. Construction should take two years and begin in spring, "
        "a council spokeswoman said, adding that the fleet would berth in the west basin meanwhile."
    ),
    (
        "Valeport votes for sea defences\n\n"
        "Valeport's council backed a new flood wall on Tuesday. The vote was 7-2. Storm surges this winter "
        "flooded the fish market on the east quay three times, and traders have lost stock worth thousands.\n\n"
        "The project is expected to cost about 15 million euros, according to a council engineer, who said "
        "the wall would be finished in two years."
    ),
]
CHINESE = (
    "港口议会批准修建防洪墙\n\n"
    "瓦利港港口议会周二以七票对两票通过决议，将在东码头修建一道防洪墙。今年冬天，三场风暴把海水灌进了鱼市场。"
    "议会表示，这道墙将耗资一千四百万欧元，工期两年，预计明年春天开工。鱼市场的商贩对投票结果表示欢迎，"
    "但他们说现在就需要资金来修复损失。"
)
ARABIC = (
    "مجلس الميناء يوافق على بناء جدار للحماية من الفيضانات\n\n"
    "صوّت مجلس ميناء فاليبورت يوم الثلاثاء بأغلبية سبعة أصوات مقابل صوتين على بناء جدار للحماية من الفيضانات "
    "على طول الرصيف الشرقي، بعد أن دفعت ثلاث عواصف شتوية مياه البحر إلى سوق السمك. وقال المجلس إن تكلفة الجدار "
    "ستبلغ أربعة عشر مليون يورو وإن بناءه سيستغرق عامين. ورحّب التجار في السوق بالقرار لكنهم قالوا إنهم بحاجة "
    "إلى مساعدة لدفع تكاليف الإصلاحات الآن."
)
LATIN = (
    "Café owners in Zürich said on Monday that prices rose again this winter, and the façade of the old "
    "Münster café will be restored before the summer season begins, according to the city’s planning office."
)
ONE_SENTENCE = (
    "The Valeport harbor council voted on Tuesday to build a flood wall along the east quay of the old port."
)


@dataclass
class Corpus:
    """The generated corpus: its root directory and what each file must turn into."""

    root: Path
    expect: dict[str, Reason | str | None] = field(default_factory=dict)
    good: list[Path] = field(default_factory=list)

    def add(self, rel: str, data: bytes | str, expect: Reason | str | None) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.expect[str(path)] = expect
        return path

    @property
    def files(self) -> list[str]:
        return sorted(self.expect)


def owner_of(source: str, files: list[str]) -> str | None:
    """The corpus file a RawDoc/Article/Rejection source names ("f.jsonl:3", "f.warc#2 URI" -> "f...")."""
    best = None
    for f in files:
        named = source == f or source.startswith((f + ":", f + "#", f + " "))
        if named and (best is None or len(f) > len(best)):
            best = f
    return best


def unaccounted(files: list[str], articles: list[Article], rejected: list[Rejection]) -> list[str]:
    """Files that are neither the source of an article nor named by a rejection."""
    named = {owner_of(x.source, files) for x in [*articles, *rejected]}
    return [f for f in files if f not in named]


def _html(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def _warc(n: int, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(n):
        body = _html(
            f"<article><h1>Page {i}</h1>"
            + "".join(f"<p>{p}</p>" for p in GOOD[i % 3].split("\n\n"))
            + "</article>"
        )
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"https://example.test/{i}", "response", payload=io.BytesIO(body.encode()), http_headers=headers
        )
        writer.write_record(record)
    return buf.getvalue()


def build_corpus(root: Path, big: bool = True) -> Corpus:
    """Write the whole bad-input corpus under ``root`` (about 62 MB with ``big``, under 1 MB without)."""
    rnd = random.Random(7)
    c = Corpus(root)
    # Good articles, so that commands have something to work with.
    for i, text in enumerate(GOOD):
        c.good.append(c.add(f"good/article_{i}.txt", text, "used"))
    # Empty and white space.
    c.add("empty.txt", b"", Reason.EMPTY)
    c.add("whitespace.txt", b" \n\t\r\n   \n", Reason.EMPTY)
    c.add("empty.html", b"", Reason.EMPTY)
    # Binary content, whatever the name says.
    png = b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(4000))
    c.add("image.html", png, Reason.BINARY)
    c.add("random.txt", bytes(rnd.randrange(256) for _ in range(20_000)), None)
    c.add("noext_random", bytes(rnd.randrange(256) for _ in range(5_000)), None)
    c.add("nul_bytes.txt", GOOD[0].replace(" the ", " the\x00 ", 3), None)
    c.add("mostly_nul.txt", b"\x00" * 5000 + b"hello", Reason.BINARY)
    # Encodings.
    c.add(
        "invalid_utf8.txt",
        GOOD[0].encode()[:300] + b"\xff\xfe\xc3\x28\xa0\xa1" + GOOD[0].encode()[300:],
        "used",
    )
    c.add("utf16_bom.txt", GOOD[1].encode("utf-16"), "used")
    c.add("utf16_nobom.txt", GOOD[1].encode("utf-16-le"), "used")
    c.add("utf16be_nobom.txt", GOOD[1].encode("utf-16-be"), "used")
    c.add("cp1252.txt", (LATIN + " “Quoted” – dash.").encode("cp1252"), "used")
    c.add("latin1.txt", LATIN.replace("’", "'").encode("latin-1"), "used")
    # HTML oddities.
    c.add(
        "deep.html",
        "<html><body>" + "<div>" * 100_000 + "<p>" + ONE_SENTENCE + "</p>" + "</div>" * 100_000,
        Reason.TOO_DEEP,
    )
    c.add("unclosed_deep.html", "<html><body>" + "<span>" * 100_000 + ONE_SENTENCE, Reason.TOO_DEEP)
    c.add(
        "scripts_only.html",
        _html("<script>var a = 1;</script>" * 50, "<style>p{color:red}</style>" * 50),
        None,
    )
    lying = _html(
        "".join(f"<p>{p}</p>" for p in (LATIN + "\n\n" + GOOD[0]).split("\n\n")),
        '<meta charset="iso-8859-5">',
    )
    c.add("lying_meta.html", lying.encode("utf-8"), "used")
    bogus = _html(f"<p>{LATIN}</p>", '<meta charset="no-such-charset-x">').encode("cp1252")
    c.add("bogus_meta.html", bogus, "used")
    c.add("comment_only.html", "<!-- " + "x" * 1000 + " -->", None)
    c.add("unterminated_comment.html", "<html><body><!-- " + "<p>" * 1000, None)
    # Many languages and tiny inputs.
    c.add("chinese.txt", CHINESE, "used")
    c.add("arabic.txt", ARABIC, "used")
    c.add("one_sentence.txt", ONE_SENTENCE, "used")
    c.add("mixed_rtl_bidi.txt", "\u202e" + GOOD[2] + "\u200f\ufeff\ud7ff", "used")
    # JSONL: one line per case; the file as a whole is accounted line by line.
    lines = [
        json.dumps({"id": "j1", "text": GOOD[0], "title": "Flood wall", "outlet": "Valeport Daily"}),
        "{broken json",
        json.dumps({"title": "no text field"}),
        json.dumps({"text": 12345}),
        json.dumps({"text": GOOD[1], "title": ["not", "a", "string"]}),
        json.dumps(["a", "list"]),
        json.dumps({"html": _html(f"<p>{GOOD[2]}</p>"), "id": 7}),
        json.dumps({"text": ""}),
        "\x00\x01\x02garbage",
        json.dumps({"text": CHINESE}, ensure_ascii=False),
    ]
    c.add("broken.jsonl", "\n".join(lines) + "\n", "used")
    c.add("empty.jsonl", b"", None)
    c.add("notjson.jsonl", png, None)
    # Compressed inputs.
    c.add("good.txt.gz", gzip.compress(GOOD[2].encode()), "used")
    c.add("corrupt.txt.gz", gzip.compress(GOOD[0].encode())[:40] + b"garbage", None)
    c.add("corrupt.jsonl.gz", b"\x1f\x8b\x08\x00garbage-not-deflate", Reason.UNDECODABLE)
    c.add("notgzip.html.gz", GOOD[0], None)
    # WARCs.
    c.add("crawl.warc.gz", _warc(3, gz=True), "used")
    whole = _warc(3, gz=False)
    c.add("cut.warc", whole[: len(whole) * 2 // 3], "used")
    whole_gz = _warc(3, gz=True)
    c.add("cut.warc.gz", whole_gz[: len(whole_gz) * 2 // 3], "used")
    c.add("garbage.warc", png, None)
    # One-article story and 500 copies of one article.
    c.add("one_story/only.txt", GOOD[0], "used")
    for i in range(500):
        c.add(f"copies/copy_{i:03}.txt", GOOD[1], None)
    # File-system hazards.
    loop = root / "loop"
    loop.mkdir()
    (loop / "self").symlink_to(loop, target_is_directory=True)
    (loop / "up").symlink_to(root, target_is_directory=True)
    c.add("loop/inside.txt", GOOD[2], None)  # may duplicate good/ content: used or a duplicate
    dangling = root / "dangling.txt"
    dangling.symlink_to(root / "nowhere.txt")
    c.expect[str(dangling)] = Reason.UNREADABLE
    locked = c.add("locked.txt", GOOD[0], None)  # root can read it anyway
    locked.chmod(0)
    if hasattr(os, "mkfifo"):
        fifo = root / "pipe.txt"
        os.mkfifo(fifo)  # opening it would block forever: must be rejected, never opened
        c.expect[str(fifo)] = Reason.UNSUPPORTED
    # Size limits: a 50 MB "log" and a JSONL with a 10 MB line (limit: 5 MB by default).
    if big:
        with (root / "big_log.txt").open("wb") as fh:
            line = b"2024-01-01T00:00:00 INFO request served in 12 ms from cache node seven\n"
            fh.write(line * (50_000_000 // len(line) + 1))
        c.expect[str(root / "big_log.txt")] = Reason.TOO_LARGE
        with (root / "huge_line.jsonl").open("wb") as fh:
            fh.write(json.dumps({"text": GOOD[0]}).encode() + b"\n")
            fh.write(b'{"text": "' + b"word " * 2_000_000 + b'"}\n')
            fh.write(json.dumps({"text": GOOD[2]}).encode() + b"\n")
        c.expect[str(root / "huge_line.jsonl")] = "used"
        with (root / "big_log.txt.gz").open("wb") as fh:
            fh.write(gzip.compress(line * (20_000_000 // len(line))))
        c.expect[str(root / "big_log.txt.gz")] = Reason.TOO_LARGE
    return c


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """The full corpus, including the 50 MB file (built once per session)."""
    return build_corpus(tmp_path_factory.mktemp("bad_inputs"))


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """The corpus without the large files (for commands run many times)."""
    return build_corpus(tmp_path_factory.mktemp("bad_inputs_small"), big=False)
