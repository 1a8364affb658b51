"""R28 #3: a server of several processes (no background jobs) still adds from the page: the form posts to /add."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from live_server import LiveServer

from newsdesk.web.app import create_app

TEXT = ("The town board of Elmsworth voted on Tuesday to reopen the old rail bridge to cyclists after engineers "
        "found its steel sound, the board's chair said. Work on new railings starts next month.")


def test_add_page_without_background_jobs_posts_the_form_and_shows_the_result(page: Any, tmp_path: Path) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(f"{r.method} {r.url}"))
    with LiveServer(create_app(tmp_path / "b.db", background_jobs=False)) as server:
        page.goto(server.url + "/add")
        page.fill("#text", TEXT)
        page.click("#add-form button[type=submit]")
        page.wait_for_selector("#result a.story-link", timeout=30_000)
        assert "Added 1 article" in page.locator("#result h2").inner_text()
    assert not any("/api/uploads" in r for r in requests), requests
    assert any(r.startswith("POST ") and r.endswith("/add") for r in requests), requests
    assert not page.errors, page.errors
