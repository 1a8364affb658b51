"""A slow site holds up no other add (X25: a paste waited 10 s behind a URL being fetched, as the fetch ran with
the store locked for writing)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web routes need the web extra: pip install 'newsdesk[web]'")
from fastapi.testclient import TestClient

from newsdesk.web.app import create_app

PAGE = (b"<html><head><title>Pier closes</title></head><body><article><h1>Pier closes</h1><p>The Dunmore council "
        b"voted on Wednesday to close the old pier for repairs, the mayor said on Thursday.</p><p>Work will start "
        b"in the spring and take two years, the council engineer told reporters.</p></article></body></html>")
TEXT = ("A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents on Tuesday, officials said. "
        "Firefighters worked through the night to contain the blaze.")


def test_a_paste_is_not_held_up_by_a_slow_url(tmp_path: Path) -> None:
    release = threading.Event()

    def slow_fetch(url: str) -> tuple[bytes, str]:
        release.wait(20)
        return PAGE, "text/html; charset=utf-8"

    c = TestClient(create_app(tmp_path / "desk.db", fetch=slow_fetch))
    job = c.post("/api/uploads", data={"url": "https://news.example/pier"}).json()
    time.sleep(0.5)  # the job is fetching
    started = time.monotonic()
    pasted = c.post("/api/articles", json={"texts": [TEXT]})
    waited = time.monotonic() - started
    release.set()
    assert pasted.status_code == 200 and pasted.json()["added"]
    assert waited < 15, f"the paste waited {waited:.1f} s for the slow URL"
    for _ in range(200):
        state = c.get(job["status_url"]).json()
        if state["state"] != "running":
            break
        time.sleep(0.1)
    assert state["state"] == "done", state
    assert state["result"]["added"][0]["title"] == "Pier closes"
