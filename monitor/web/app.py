"""The read-only web dashboard: FastAPI app factory, token check and security headers.

`create_app(engine, matcher, ...)` serves the pages (`pages.py`), the JSON API (`api.py`,
schema at `/openapi.json`) and the static files (Leaflet is bundled: no CDN, works offline).
With a token, every request must carry it (`Authorization: Bearer`, the `monitor_token` cookie,
or `?token=` once, which sets the cookie). Pages send a strict Content-Security-Policy: scripts
and styles only from this server, so even text that escaped escaping could not run.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from monitor.places.matcher import PlaceMatcher
from monitor.web import api, pages

HERE = Path(__file__).resolve().parent
COOKIE = "monitor_token"


class LazyMatcher:
    """The place matcher, loaded on the first query that needs it (loading takes a moment)."""

    def __init__(self, load: Callable[[], PlaceMatcher]) -> None:
        self._load = load
        self._matcher: PlaceMatcher | None = None
        self._lock = threading.Lock()

    def __call__(self) -> PlaceMatcher:
        with self._lock:
            if self._matcher is None:
                self._matcher = self._load()
            return self._matcher


def content_security_policy(tile_url: str | None) -> str:
    images = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "a"))
        images += f" {parts.scheme}://{parts.netloc.replace('a.', '*.', 1)}"
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; "
        f"img-src {images}; connect-src 'self'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    )


def create_app(
    engine: Engine,
    matcher: Callable[[], PlaceMatcher],
    *,
    token: str | None = None,
    tile_url: str | None = None,
) -> FastAPI:
    app = FastAPI(
        title="monitor dashboard API",
        version="1",
        description="Read-only access to the monitor's posts, flags, places and claims.",
        docs_url=None,  # Swagger UI would load its scripts from a CDN
        redoc_url=None,
    )
    app.state.engine = engine
    app.state.matcher = LazyMatcher(matcher)
    app.state.tile_url = tile_url
    csp = content_security_policy(tile_url)

    @app.middleware("http")
    async def guard(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if token is not None:
            denied = _check_token(request, token)
            if denied is not None:
                return denied
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = csp
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app


def _check_token(request: Request, token: str) -> Response | None:
    """None when the request carries the token; else the response to send."""
    header = request.headers.get("authorization", "")
    offered = header[7:] if header.lower().startswith("bearer ") else None
    offered = offered or request.cookies.get(COOKIE)
    if offered is not None and hmac.compare_digest(offered.encode(), token.encode()):
        return None
    in_query = request.query_params.get("token")
    if in_query is not None and hmac.compare_digest(in_query.encode(), token.encode()):
        rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
        location = request.url.path + ("?" + urlencode(rest) if rest else "")
        response = RedirectResponse(location, 303)
        response.set_cookie(COOKIE, token, httponly=True, samesite="strict")
        return response
    return JSONResponse({"detail": "a token is required (see `monitor serve --help`)"}, 401)
