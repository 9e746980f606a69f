"""The read-only web dashboard: FastAPI app factory, token check and security headers.

`create_app(engine, matcher, ...)` serves the pages (`pages.py`), the JSON API (`api.py`,
schema at `/openapi.json`) and the static files (Leaflet is bundled: no CDN, works offline).
With a token, every request must carry it (`Authorization: Bearer`, or `?token=` once, which
sets the `monitor_session` cookie: a random session value, never the token itself; HttpOnly,
SameSite=Strict, Secure over HTTPS, 12 hours). With `allowed_hosts` (loopback without a token),
a request naming another Host is refused with 400: a page whose name was rebound to 127.0.0.1
(DNS rebinding) cannot read the data. Without the token, the API answers a JSON 401 and a page
a small HTML 401 that says how to open it. Every response, refusals too, carries a strict
Content-Security-Policy (scripts and styles only from this server), nosniff, DENY framing and
no referrer.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Awaitable, Callable, Collection
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from monitor.places.matcher import PlaceMatcher
from monitor.web import api, pages

HERE = Path(__file__).resolve().parent
COOKIE = "monitor_session"
SESSION_SECONDS = 12 * 3600


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
    allowed_hosts: Collection[str] | None = None,
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
    headers = {
        "Content-Security-Policy": content_security_policy(tile_url),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
    }
    sessions = Sessions()
    hosts = {h.lower() for h in allowed_hosts} if allowed_hosts is not None else None

    @app.middleware("http")
    async def guard(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response: Response | None = None
        if hosts is not None and host_name(request.headers.get("host", "")) not in hosts:
            response = JSONResponse({"detail": "unexpected Host header"}, 400)
        elif token is not None:
            response = _check_token(request, token, sessions)
        if response is None:
            response = await call_next(request)
        response.headers.update(headers)
        return response

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app


def host_name(header: str) -> str:
    """The name in a Host header, without the port (`[::1]:8080` gives `::1`)."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class Sessions:
    """Random session values handed out for the token, each valid for SESSION_SECONDS."""

    def __init__(self) -> None:
        self._expiry: dict[str, float] = {}
        self._lock = threading.Lock()

    def new(self) -> str:
        value = secrets.token_urlsafe(32)
        with self._lock:
            now = time.monotonic()
            self._expiry = {k: t for k, t in self._expiry.items() if t > now}
            self._expiry[value] = now + SESSION_SECONDS
        return value

    def valid(self, value: str | None) -> bool:
        if not value:
            return False
        with self._lock:
            expiry = self._expiry.get(value)
        return expiry is not None and expiry > time.monotonic()


def _check_token(request: Request, token: str, sessions: Sessions) -> Response | None:
    """None when the request carries the token or a session; else the response to send."""
    header = request.headers.get("authorization", "")
    offered = header[7:] if header.lower().startswith("bearer ") else None
    if offered is not None and hmac.compare_digest(offered.encode(), token.encode()):
        return None
    if sessions.valid(request.cookies.get(COOKIE)):
        return None
    in_query = request.query_params.get("token")
    if in_query is not None and hmac.compare_digest(in_query.encode(), token.encode()):
        rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
        # A path on this site only: `//evil.example/` would be another host.
        location = "/" + request.url.path.lstrip("/\\") + ("?" + urlencode(rest) if rest else "")
        response = RedirectResponse(location, 303)
        response.set_cookie(
            COOKIE,
            sessions.new(),
            max_age=SESSION_SECONDS,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
        )
        return response
    if _wants_html(request):
        return HTMLResponse(TOKEN_PAGE, 401)
    return JSONResponse({"detail": TOKEN_REQUIRED}, 401)


TOKEN_REQUIRED = "a token is required (see `monitor serve --help`)"
# Self-contained (no stylesheet: /static needs the token too); no request data in it.
TOKEN_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Token required - monitor</title></head>
<body><main><h1>Token required</h1>
<p>This dashboard needs its access token. Open it once as <code>/?token=YOUR_TOKEN</code>
(the token is in the file given to <code>monitor serve --token-file</code>); a session cookie
then keeps you signed in for 12 hours.</p></main></body></html>
"""


def _wants_html(request: Request) -> bool:
    """A browser page: anything but the API and its schema, unless it asks for JSON only."""
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path == "/openapi.json":
        return False
    accept = request.headers.get("accept", "").lower()
    return "text/html" in accept or "application/json" not in accept
