"""The limits: HTML depth (streaming scan), time per article (setitimer or a helper thread), articles per
brief, input size; each gives a clear reason naming the input instead of a crash or a hung run."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest

from newsdesk.config import BriefConfig, IngestConfig, Settings
from newsdesk.errors import ConfigError, Reason
from newsdesk.limits import (
    LXML_MAX_DEPTH,
    ArticleTimeout,
    cap_articles,
    check_html_depth,
    guarded,
    html_depth,
    html_depth_ok,
    run_with_time_limit,
    time_limit,
)
from newsdesk.model import Article, RawDoc, Rejection


@pytest.mark.parametrize(
    ("markup", "depth"),
    [
        ("", 0),
        ("plain text, no tags", 0),
        ("<html><body><div><p>a<br>b</p></div></body></html>", 3),
        ("<ul><li>a<li>b<li>c</ul>", 1),  # implied </li>
        ("<p>a<p>b<p>c", 0),  # implied </p>
        ("<div><!-- <div><div><div> --></div>", 1),
        ("<div><script>if (a<b) { x = '<div><div>'; }</script></div>", 1),
        ("<div><img src=x/><input/><br/></div>", 1),
        ("<div><span></div></span>", 2),  # mis-nested: closes back to the div
        ("<div" + " a='>'" * 3, 1),
        ("<<<>>><", 0),
    ],
)
def test_html_depth_examples(markup: str, depth: int) -> None:
    assert html_depth(markup) == depth


def test_html_depth_is_linear_and_stops_early() -> None:
    markup = "<div>" * 1_000_000
    t0 = time.perf_counter()
    assert html_depth(markup, stop_at=300) == 301
    assert time.perf_counter() - t0 < 0.5
    assert not html_depth_ok(markup, 300)
    assert html_depth_ok("<div>" * 10 + "</div>" * 10, 10)


def test_depth_limit_never_exceeds_what_lxml_parses() -> None:
    page = RawDoc("p.html", "<html><body>" + "<div>" * 300 + "text" + "</div>" * 300, kind="html")
    rejection = check_html_depth(page, max_depth=2_000)
    assert isinstance(rejection, Rejection) and rejection.reason == Reason.TOO_DEEP
    assert rejection.source == "p.html" and str(LXML_MAX_DEPTH) in rejection.detail
    assert check_html_depth(dataclasses.replace(page, kind="text"), 10) is None


def test_time_limit_interrupts_a_loop_and_restores_the_timer() -> None:
    import signal

    before = signal.getsignal(signal.SIGALRM)
    outer, _ = signal.getitimer(signal.ITIMER_REAL)  # pytest-timeout may hold one: it must survive
    t0 = time.monotonic()
    with pytest.raises(ArticleTimeout, match="gave up after 0.2 s"), time_limit(0.2, "loop.txt"):
        while True:
            pass
    assert 0.15 < time.monotonic() - t0 < 2
    assert signal.getsignal(signal.SIGALRM) is before
    left, _ = signal.getitimer(signal.ITIMER_REAL)
    assert (left == 0.0) if outer == 0.0 else (0 < left <= outer)


def test_a_timeout_dropped_inside_the_work_still_ends_it() -> None:
    """The alarm's exception can be raised inside a finalizer or weakref callback, where Python prints and drops it
    (a full test run lost one that way, and a 3-second page was cleaned to the end): the alarm fires again until
    the exception gets through, and a limit that was hit is reported even when every exception was dropped."""

    def busy(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            pass

    def work() -> str:
        try:
            busy(1.0)
        except ArticleTimeout:
            pass  # as a garbage-collector callback would drop it
        busy(1.0)
        return "done"

    t0 = time.monotonic()
    with pytest.raises(ArticleTimeout):
        run_with_time_limit(work, 0.2, "dropped.txt")
    assert time.monotonic() - t0 < 0.8  # the second busy loop was interrupted too

    def swallow_all() -> str:
        for _ in range(40):
            try:
                busy(0.05)
            except ArticleTimeout:
                pass
        return "done"

    with pytest.raises(ArticleTimeout):
        run_with_time_limit(swallow_all, 0.2, "swallowed.txt")


def test_nested_time_limits_keep_the_outer_one() -> None:
    t0 = time.monotonic()
    with pytest.raises(ArticleTimeout) as info, time_limit(0.4, "outer"):
        with time_limit(5, "inner"):
            time.sleep(0.1)
        while True:
            pass
    assert info.value.name == "outer" and time.monotonic() - t0 < 2


def test_time_limit_outside_the_main_thread_uses_a_helper_thread() -> None:
    out: list[object] = []

    def worker() -> None:
        try:
            run_with_time_limit(lambda: time.sleep(5), 0.2, "slow.html")
        except ArticleTimeout as exc:
            out.append(exc)
        out.append(run_with_time_limit(lambda: 42, 1.0))

    t = threading.Thread(target=worker)
    t0 = time.monotonic()
    t.start()
    t.join(10)
    assert isinstance(out[0], ArticleTimeout) and out[1] == 42
    assert time.monotonic() - t0 < 3


def test_guarded_turns_limits_into_rejections() -> None:
    slow = RawDoc("slow.txt", "text")

    def sleepy(raw: RawDoc) -> Article:
        time.sleep(5)
        raise AssertionError("not reached")

    got = guarded(sleepy, slow, max_depth=100, seconds=0.1)
    assert isinstance(got, Rejection) and got.reason == Reason.TIMEOUT and got.source == "slow.txt"
    deep = RawDoc("deep.html", "<b>" * 500, kind="html")
    got = guarded(lambda r: pytest.fail("cleaned a page that is too deep"), deep, max_depth=100, seconds=1)
    assert isinstance(got, Rejection) and got.reason == Reason.TOO_DEEP


def test_articles_per_brief_are_capped_by_name() -> None:
    from newsdesk.pipeline import brief_articles

    arts = [
        Article(
            f"a{i}",
            f"s{i}.txt",
            f"The harbor council number {i} voted on Tuesday to build a flood wall after storms.",
        )
        for i in range(6)
    ]
    kept, over = cap_articles(arts, 4)
    assert [a.id for a in kept] == ["a0", "a1", "a2", "a3"]
    assert [(r.source, r.reason) for r in over] == [
        ("s4.txt", Reason.TOO_LARGE),
        ("s5.txt", Reason.TOO_LARGE),
    ]
    settings = dataclasses.replace(Settings(), brief=BriefConfig(max_articles=4))
    brief = brief_articles(arts, settings)
    assert len(brief.articles) <= 4
    assert {r.source for r in brief.rejected} == {"s4.txt", "s5.txt"}
    assert all("max_articles" in r.detail for r in brief.rejected)


@pytest.mark.parametrize(
    "bad",
    [
        lambda: IngestConfig(max_bytes=0),
        lambda: IngestConfig(max_html_depth=-1),
        lambda: IngestConfig(seconds_per_article=0),
        lambda: BriefConfig(max_articles=0),
    ],
)
def test_bad_limits_are_config_errors(bad) -> None:
    with pytest.raises(ConfigError, match="must be positive"):
        bad()


def test_max_bytes_from_the_cli_rejects_by_name(tmp_path) -> None:
    from click.testing import CliRunner

    from newsdesk.cli import main

    big = tmp_path / "big.txt"
    big.write_text(
        "The council voted on Tuesday to build a flood wall along the quay. " * 200, encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["brief", str(big), "--max-bytes", "1000"])
    assert result.exit_code == 1
    assert "big.txt" in result.stderr and "--max-bytes" in result.stderr
