"""Web page, stop 24: 'Add URL' refuses this machine and private networks; a search with a NUL is no server error."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web routes need the web extra: pip install 'newsdesk[web]'")
from fastapi.testclient import TestClient

from newsdesk.errors import InputError
from newsdesk.service.adding import ALLOW_PRIVATE_ENV, check_public_host
from newsdesk.web.app import create_app


@pytest.mark.parametrize("url", ["http://127.0.0.1:8724/", "http://localhost/", "http://10.0.0.5/admin",
                                 "http://169.254.169.254/latest/meta-data/", "http://[::1]:8000/"])
def test_private_and_loopback_urls_are_refused(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    with pytest.raises(InputError, match="private network"):
        check_public_host(url)


def test_public_addresses_pass_and_the_switch_allows_private_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    check_public_host("http://93.184.216.34/news/story.html")
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")
    check_public_host("http://127.0.0.1:8724/")


def test_the_api_refuses_to_fetch_its_own_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    c = TestClient(create_app(tmp_path / "desk.db"))
    r = c.post("/api/articles", json={"url": "http://127.0.0.1:8724/"})
    assert r.status_code == 400, r.text
    assert "private network" in r.text
    assert c.get("/api/stories").json()["stories"] == []


@pytest.mark.parametrize("q", ["\x00", "a\x00b", "fire\x07"])
def test_search_with_control_characters_is_no_server_error(tmp_path: Path, q: str) -> None:
    c = TestClient(create_app(tmp_path / "desk.db"))
    assert c.get("/", params={"q": q}).status_code == 200
    assert c.get("/api/stories", params={"q": q}).status_code == 200


def test_an_out_of_range_port_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    with pytest.raises(InputError, match="no address to fetch"):
        check_public_host("http://news.example:99999/story")


def test_head_requests_on_the_pages(tmp_path: Path) -> None:
    c = TestClient(create_app(tmp_path / "desk.db"))
    assert c.head("/").status_code == 200
    assert c.head("/stories/nope").status_code == 404


def test_a_corrected_upload_is_reported_as_corrected(tmp_path: Path) -> None:
    import json as _json

    from newsdesk.service.adding import add_files
    from newsdesk.store import open_store

    text = ("A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents on Tuesday, officials said.\n\n"
            "Firefighters worked through the night to contain the blaze, the fire service said on Wednesday.")
    first = _json.dumps({"id": "r1", "title": "Warehouse fire", "date": "2024-03-05", "text": text}).encode()
    fixed = _json.dumps({"id": "r1", "title": "Warehouse fire", "date": "2024-03-05",
                         "text": text.replace("1,200", "1,300")}).encode()
    with open_store(tmp_path / "desk.db") as store:
        add_files(store, [("feed.jsonl", first)])
        (item,) = add_files(store, [("feed.jsonl", fixed)]).added
        assert item.revised and not item.new_article
        assert "1,300" in store.get_article(item.article).text


def test_the_address_connected_to_is_checked_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A name that resolves to a public address when checked and to this machine when connecting (DNS rebinding)
    is refused once connected: a real HTTP server on 127.0.0.1, the first check made to pass."""
    import http.server
    import threading

    from newsdesk.service import adding

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"<html><body><p>internal page</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return

    server = http.server.HTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for key in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy", ALLOW_PRIVATE_ENV):
            monkeypatch.delenv(key, raising=False)
        monkeypatch.setattr(adding, "check_public_host", lambda url: None)  # as if the name had resolved publicly
        with pytest.raises(InputError, match="was served from 127.0.0.1"):
            adding._fetch(f"http://127.0.0.1:{server.server_port}/page")
        monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")
        data, _ = adding._fetch(f"http://127.0.0.1:{server.server_port}/page")
        assert b"internal page" in data
    finally:
        server.shutdown()
