"""'Add URL' behind an HTTP proxy on a machine that cannot resolve names (X24/X25: every URL was refused as "does
not resolve", though the proxy would have fetched it); a name that resolves to a private address is still refused."""

from __future__ import annotations

import socket

import pytest

from newsdesk.errors import InputError
from newsdesk.service import adding
from newsdesk.service.adding import ALLOW_PRIVATE_ENV, check_public_host


def _no_dns(*_args: object, **_kw: object) -> list:
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


def test_behind_a_proxy_a_name_this_machine_cannot_resolve_is_left_to_the_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    for key in adding._PROXY_ENV:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setattr(socket, "getaddrinfo", _no_dns)
    with pytest.raises(InputError, match="does not resolve"):
        check_public_host("https://news.example/story")
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.newsroom.example:3128")
    check_public_host("https://news.example/story")  # no error: the proxy resolves and fetches


def test_behind_a_proxy_a_private_address_is_still_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.newsroom.example:3128")
    with pytest.raises(InputError, match="private network"):
        check_public_host("http://127.0.0.1:8724/")
