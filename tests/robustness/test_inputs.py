"""Readers and load_articles over the bad-input corpus: no exception, every input accounted for, bounded memory."""

from __future__ import annotations

import gzip
import json
import threading
import tracemalloc
from collections import defaultdict
from pathlib import Path

import pytest

from newsdesk.config import IngestConfig, Settings
from newsdesk.errors import Reason
from newsdesk.ingest import read_inputs
from newsdesk.model import Article, RawDoc, Rejection
from newsdesk.pipeline import load_articles

from .conftest import Corpus, owner_of, unaccounted


def _read_with_deadline(inputs: list[str], cfg: IngestConfig | None = None, seconds: float = 60) -> list:
    """read_inputs in a helper thread, so a reader that blocks (a FIFO, a device) fails the test instead of hanging it."""
    out: list = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            out.extend(read_inputs(inputs, cfg or IngestConfig()))
        except BaseException as exc:  # noqa: BLE001 - re-raised below in the test thread
            errors.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"read_inputs still running after {seconds} s (blocked on an input?)"
    if errors:
        raise errors[0]
    return out


def _by_file(corpus: Corpus, items: list) -> dict[str, list]:
    by: dict[str, list] = defaultdict(list)
    for item in items:
        owner = owner_of(item.source, corpus.files)
        assert owner is not None, f"{item.source!r} names no input file"
        by[owner].append(item)
    return by


def test_readers_account_for_every_file(corpus: Corpus) -> None:
    items = _read_with_deadline([str(corpus.root)])
    by = _by_file(corpus, items)
    missing = [f for f in corpus.files if not by.get(f)]
    assert not missing, f"inputs neither read nor rejected: {missing}"
    wrong = {}
    for f, want in corpus.expect.items():
        got = by[f]
        used = any(isinstance(x, RawDoc) for x in got)
        reasons = {x.reason for x in got if isinstance(x, Rejection)}
        # HTML depth is judged when cleaning (see the test below), so the readers pass deep pages on.
        if (want == "used" and not used) or (
            isinstance(want, Reason) and want != Reason.TOO_DEEP and want not in reasons
        ):
            wrong[f] = got
    assert not wrong, wrong
    for r in items:
        if isinstance(r, Rejection):
            assert r.detail, f"rejection without a reason text: {r}"


def test_load_articles_accounts_for_every_file(corpus: Corpus) -> None:
    articles, rejected = load_articles([str(corpus.root)])
    assert not unaccounted(corpus.files, articles, rejected)
    by = _by_file(corpus, [*articles, *rejected])
    for f, want in corpus.expect.items():
        if isinstance(want, Reason):
            reasons = {r.reason for r in by[f] if isinstance(r, Rejection)}
            assert want in reasons, (f, by[f])
    # Nothing used is also rejected, and a source is used at most once.
    used = [a.source for a in articles]
    assert len(used) == len(set(used))
    assert not set(used) & {r.source for r in rejected}


def test_deep_and_unclosed_html_rejected_as_too_deep(corpus: Corpus) -> None:
    paths = [str(corpus.root / "deep.html"), str(corpus.root / "unclosed_deep.html")]
    articles, rejected = load_articles(paths)
    assert not articles
    assert [r.reason for r in rejected] == [Reason.TOO_DEEP, Reason.TOO_DEEP]
    assert all("deep" in r.detail for r in rejected)


@pytest.mark.parametrize(
    "name", ["chinese.txt", "arabic.txt", "one_sentence.txt", "cp1252.txt", "latin1.txt"]
)
def test_hostile_text_articles_are_used(corpus: Corpus, name: str) -> None:
    articles, rejected = load_articles([str(corpus.root / name)])
    assert len(articles) == 1, rejected
    assert articles[0].text.strip()


def test_encodings_decode_to_the_same_text(corpus: Corpus) -> None:
    docs = _read_with_deadline(
        [str(corpus.root / n) for n in ("utf16_bom.txt", "utf16_nobom.txt", "utf16be_nobom.txt")]
    )
    assert len({d.content.lstrip("\ufeff") for d in docs}) == 1, docs
    (latin,) = _read_with_deadline([str(corpus.root / "latin1.txt")])
    assert "Zürich" in latin.content and "façade" in latin.content


def test_lying_meta_charset_is_not_trusted(corpus: Corpus) -> None:
    (doc,) = _read_with_deadline([str(corpus.root / "lying_meta.html")])
    assert "Zürich" in doc.content  # decoded as UTF-8, not as the declared iso-8859-5


def test_jsonl_every_line_accounted(corpus: Corpus) -> None:
    path = str(corpus.root / "broken.jsonl")
    items = _read_with_deadline([path])
    lines = {int(x.source.split(":")[-1].split()[0]) for x in items}
    assert lines == set(range(1, 11)), sorted(lines)
    bad = {int(x.source.split(":")[-1].split()[0]): x.reason for x in items if isinstance(x, Rejection)}
    assert bad[2] == bad[3] == bad[4] == bad[6] == Reason.BAD_RECORD
    # a title that is no string is left out (with a note), not the article's text (review X22)
    assert {1, 5, 7, 10} <= {int(x.source.split(":")[-1].split()[0]) for x in items if isinstance(x, RawDoc)}


def test_truncated_warc_keeps_whole_records_and_says_where_it_broke(corpus: Corpus) -> None:
    for name in ("cut.warc", "cut.warc.gz"):
        items = _read_with_deadline([str(corpus.root / name)])
        docs = [x for x in items if isinstance(x, RawDoc)]
        cuts = [x for x in items if isinstance(x, Rejection)]
        assert docs and all(d.content.rstrip().endswith("</html>") for d in docs), name
        assert len(cuts) == 1 and cuts[0].reason == Reason.UNDECODABLE and "cut off" in cuts[0].detail


def test_every_cut_point_of_a_warc_is_handled(tmp_path: Path) -> None:
    from .conftest import _warc

    whole = _warc(2, gz=True)
    for cut in range(0, len(whole), 7):
        path = tmp_path / f"c{cut}.warc.gz"
        path.write_bytes(whole[:cut])
        items = _read_with_deadline([str(path)])
        assert items, cut
        for x in items:
            if isinstance(x, RawDoc):
                assert x.content.rstrip().endswith("</html>"), (
                    cut,
                    "a partial record was passed on as whole",
                )


def test_empty_and_binary_jsonl_are_one_rejection_each(tmp_path: Path) -> None:
    (tmp_path / "e.jsonl").write_bytes(b"\n\n")
    (tmp_path / "b.jsonl").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50)
    items = _read_with_deadline([str(tmp_path)])
    assert sorted((Path(r.source).name, r.reason) for r in items) == [
        ("b.jsonl", Reason.BINARY),
        ("e.jsonl", Reason.EMPTY),
    ]


def test_big_inputs_are_streamed_not_read_whole(corpus: Corpus) -> None:
    """The 50 MB log, a 10 MB JSONL line and a 20 MB gzip are rejected with peak Python memory far below their size."""
    big = [str(corpus.root / n) for n in ("big_log.txt", "huge_line.jsonl", "big_log.txt.gz")]
    cfg = IngestConfig(max_bytes=1_000_000)
    tracemalloc.start()
    try:
        items = _read_with_deadline(big, cfg)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000, f"peak {peak:,} bytes while reading inputs of 80 MB"
    too_large = [r for r in items if isinstance(r, Rejection) and r.reason == Reason.TOO_LARGE]
    assert len(too_large) == 3 and all("--max-bytes" in r.detail for r in too_large)


def test_gzip_bomb_is_bounded(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"\0" * 200_000_000, compresslevel=9))
    tracemalloc.start()
    try:
        (item,) = _read_with_deadline([str(bomb)], IngestConfig(max_bytes=2_000_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(item, Rejection) and item.reason == Reason.TOO_LARGE
    assert peak < 10_000_000


def test_symlink_loops_terminate_and_dangling_links_are_named(corpus: Corpus) -> None:
    items = _read_with_deadline([str(corpus.root / "loop"), str(corpus.root / "dangling.txt")])
    assert [x.source for x in items if isinstance(x, RawDoc)] == [str(corpus.root / "loop" / "inside.txt")]
    (dangling,) = [x for x in items if isinstance(x, Rejection)]
    assert dangling.reason == Reason.UNREADABLE and dangling.source.endswith("dangling.txt")


def test_named_pipe_is_rejected_without_blocking(corpus: Corpus) -> None:
    pipe = corpus.root / "pipe.txt"
    if not pipe.exists():
        pytest.skip("no mkfifo on this platform")
    (item,) = _read_with_deadline([str(pipe)], seconds=10)
    assert item.reason == Reason.UNSUPPORTED and "pipe" in item.detail


def test_missing_paths_and_empty_globs_are_named(tmp_path: Path) -> None:
    items = _read_with_deadline([str(tmp_path / "nope.txt"), str(tmp_path / "*.none")])
    assert [(Path(r.source).name, r.reason) for r in items] == [
        ("nope.txt", Reason.UNREADABLE),
        ("*.none", Reason.UNREADABLE),
    ]


def test_500_copies_of_one_article_are_all_accounted(corpus: Corpus) -> None:
    articles, rejected = load_articles([str(corpus.root / "copies")])
    assert len(articles) + len(rejected) == 500
    assert len({a.text for a in articles}) <= 1


def test_time_limit_rejects_a_slow_article(tmp_path: Path) -> None:
    """A page that takes longer than seconds_per_article to clean is rejected with TIMEOUT; the run goes on."""
    sentence = "The harbor council of Valeport met again on Tuesday evening to discuss the flood wall. "
    slow = tmp_path / "slow.txt"
    slow.write_text("\n".join(sentence * 3 for _ in range(12000)), encoding="utf-8")  # ~2 s to clean
    fine = tmp_path / "fine.txt"
    fine.write_text(sentence * 4, encoding="utf-8")
    # A limit well above the fine page's time (~10 ms) so a loaded machine does not reject it too.
    settings = Settings(ingest=IngestConfig(seconds_per_article=0.5))
    articles, rejected = load_articles([str(slow), str(fine)], settings)
    assert [Path(a.source).name for a in articles] == ["fine.txt"]
    assert [(Path(r.source).name, r.reason) for r in rejected] == [("slow.txt", Reason.TIMEOUT)]
    assert "seconds_per_article" in rejected[0].detail


def test_texts_given_directly_are_accounted() -> None:
    hostile = ["", "\x00\x00", "<div>" * 5000, "\ud800 lone surrogate", "ok " * 40, json.dumps({"text": 1})]
    articles, rejected = load_articles(hostile)
    assert len(articles) + len(rejected) == len(hostile)
    assert all(isinstance(a, Article) for a in articles)


def test_public_api_functions_survive_their_own_calls() -> None:
    """newsdesk.brief/clean/compare share names with subpackages; calling them must not rebind the names."""
    import newsdesk

    text = "The Valeport harbor council voted on Tuesday to build a flood wall along the east quay of the port."
    for _ in range(2):
        newsdesk.brief([text], compare=False)
        newsdesk.compare([text, text.replace("Tuesday", "Monday")])
        newsdesk.clean(text)
        newsdesk.load_articles([text])
    assert all(callable(getattr(newsdesk, name)) for name in ("brief", "clean", "compare", "load_articles"))
