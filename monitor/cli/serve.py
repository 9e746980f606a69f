"""`monitor serve`: the read-only web dashboard and its JSON API."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from monitor.cli.app import app, err_console, handles_errors, open_store
from monitor.errors import UsageError


def read_token(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        token = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise UsageError(f"--token-file {path}: cannot read it ({exc.strerror})") from None
    if len(token) < 16:
        raise UsageError(f"--token-file {path}: the token must be at least 16 characters")
    return token


def allowed_hosts(host: str, extra: list[str] | None = None) -> list[str] | None:
    """Host header names accepted on loopback (against DNS rebinding); None elsewhere, where
    the token guards every request."""
    from monitor.web.server import is_loopback

    if not is_loopback(host):
        return None
    return [host, "127.0.0.1", "localhost", "::1", *(extra or [])]


@app.command("serve")
@handles_errors
def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=0, max=65535)] = 8080,
    token_file: Annotated[
        Path | None,
        typer.Option(help="File holding the access token; required unless on loopback."),
    ] = None,
    tile_url: Annotated[
        str | None,
        typer.Option(
            help="Map tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png "
            "(default: none; markers on a plain background, works offline)."
        ),
    ] = None,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(help="Another Host name to accept on loopback (e.g. behind a proxy)."),
    ] = None,
) -> None:
    """Serve the read-only dashboard: flagged-post feed, places, map, channel health, API."""
    from monitor.web.server import bind, is_loopback, serve  # uvicorn: only for this command

    token = read_token(token_file)
    if token is None and not is_loopback(host):
        raise UsageError(
            f"--host {host} is reachable from other machines: give --token-file "
            "(a file holding a secret of 16+ characters)"
        )
    if tile_url is not None and not tile_url.startswith(("https://", "http://")):
        raise UsageError("--tile-url must be an http(s) URL template with {z}/{x}/{y}")
    from monitor.places.loading import load_matcher
    from monitor.store.readonly_sql import readonly_engine
    from monitor.web.app import create_app  # FastAPI loads only for this command

    settings, engine = open_store()
    web = create_app(
        readonly_engine(
            engine,
            role=settings.sql.reader_role,
            timeout_seconds=settings.sql.statement_timeout_seconds,
        ),
        lambda: load_matcher(settings),
        token=token,
        tile_url=tile_url,
        allowed_hosts=allowed_hosts(host, allow_host),
    )
    sock = bind(host, port)
    shown = f"[{host}]" if ":" in host else host
    err_console.print(
        f"dashboard on http://{shown}:{sock.getsockname()[1]}/"
        + (" (token required)" if token else ""),
        highlight=False,
    )
    serve(web, sock, log_level=settings.monitor.log_level.lower())
