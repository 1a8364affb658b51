"""`newsdesk serve`: the web page and HTTP API over one store file."""

from __future__ import annotations

import os

import click

from newsdesk.cli.base import handle_errors, main

WARM_STORIES = 20  # the newest stories whose pages `serve` makes in the background (a front page's worth)


@main.command("serve", short_help="The newsroom web page and JSON API over a store.")
@click.option("--db", "db", type=click.Path(dir_okay=False), required=True, help="The SQLite store file.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. The default is loopback only; another value exposes the desk to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", default=None, envvar="NEWSDESK_TOKEN",
              help="Require this token to add articles (or set NEWSDESK_TOKEN).")
@click.option("--max-upload-mb", type=click.IntRange(min=1), default=20, show_default=True,
              help="Largest upload accepted, in MB.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Server processes (each opens its own store connections; above 1, the add page answers when the "
                   "add is done, without a progress bar, and POST /api/uploads is refused).")
@click.option("--window-days", type=click.IntRange(min=1), default=None, metavar="DAYS",
              help="For articles added on the page: join only a story with an article within DAYS of their date, as "
                   "`newsdesk ingest --window-days` (default 7; give the value the store was ingested with).")
@click.option("--allow-private-urls", is_flag=True, default=False,
              help="Let 'Add URL' fetch pages on this machine and private networks (refused by default).")
@click.option("--warm", "warm", type=click.IntRange(min=0), default=WARM_STORIES, show_default=True, metavar="N",
              help="Once serving, make the briefs and comparisons of the newest N stories that `newsdesk ingest` "
                   "stored, in the background, so their pages open at once (0: each on its first view; with "
                   "--workers above 1, off).")
@handle_errors
def serve_cmd(db: str, host: str, port: int, token: str | None, max_upload_mb: int, workers: int,
              window_days: int | None, allow_private_urls: bool, warm: int) -> None:
    """Serve the stories of DB: a web page for journalists and a JSON API under /api/ (docs at /docs).

    `newsdesk ingest` can write to the same DB while it is served (SQLite WAL mode).
    """
    from newsdesk.errors import require

    uvicorn = require("uvicorn", "web")
    from newsdesk.api import make_settings
    from newsdesk.service.adding import ALLOW_PRIVATE_ENV
    from newsdesk.web.app import create_app

    if allow_private_urls:
        os.environ[ALLOW_PRIVATE_ENV] = "1"  # read by the fetcher, in this process and in every worker
    new_store = not os.path.exists(db)
    _check_port(host, port)
    app = create_app(db, token=token, max_upload_bytes=max_upload_mb * 1_000_000,
                     settings=make_settings(window_days=window_days), warm_stories=warm if workers == 1 else 0)
    if new_store:  # a mistyped --db would otherwise look like a desk whose stories are gone
        click.echo(f"note: {db} did not exist: serving a new, empty store (add articles on the page or with "
                   f"`newsdesk ingest FILES --db {db}`)", err=True)
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        click.echo(f"warning: serving on {host} without --token: anyone who can reach it can add articles", err=True)
    click.echo(f"newsdesk: serving {db} on http://{host}:{port}/ (API docs at /docs)", err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    # Several processes: each worker builds the same app from the environment (uvicorn needs an import string).
    os.environ.update({"NEWSDESK_DB": str(db), "NEWSDESK_MAX_UPLOAD": str(max_upload_mb * 1_000_000)})
    if window_days is not None:
        os.environ["NEWSDESK_WINDOW_DAYS"] = str(window_days)
    if token:
        os.environ["NEWSDESK_TOKEN"] = token
    uvicorn.run("newsdesk.web.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="warning")


def _check_port(host: str, port: int) -> None:
    """Fail before starting, with the fix, when the address is taken (uvicorn would print errno 98 and exit 3)."""
    import socket

    if port == 0:
        return
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise click.BadParameter(f"cannot use {host!r}: {exc.strerror or exc}", param_hint="--host") from exc
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise click.BadParameter(f"{host}:{port} is not free ({exc.strerror or exc}): is newsdesk already "
                                     f"serving there? Choose another port with --port", param_hint="--port") from exc
