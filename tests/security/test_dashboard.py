"""The dashboard against DNS rebinding, token theft and spoofing text (security review,
findings 6, 11, 14, 17): Host checked on loopback, a random session in the cookie (Secure over
HTTPS), security headers on refusals, same-site redirects, dates out of range a 422, and
control and bidi characters dropped from pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine

from monitor.analyzer import Analyzer
from monitor.cli.serve import allowed_hosts
from monitor.store.db import make_engine
from monitor.web.app import COOKIE, create_app, host_name
from monitor.web.server import running
from tests.search.conftest import analyzer, seed_settings, seeded_sqlite_file  # noqa: F401
from tests.web.conftest import add_post, web_db, web_engine  # noqa: F401

TOKEN = "s3cret-token-0123456789"
SPOOF = "Суджа \u202egnp.exe \u2066x\u2069 \u200f test \x1b]52;c;cHduZWQ=\x07 end"
SECURITY_HEADERS = ("content-security-policy", "x-content-type-options", "x-frame-options")


@pytest.fixture(scope="module")
def spoof_engine(web_db: Path) -> Iterator[Engine]:  # noqa: F811
    """The web database with one post full of bidi and control characters."""
    writer = make_engine(f"sqlite:///{web_db}")
    add_post(writer, SPOOF, 999_998, 12, mention="Суджа")
    writer.dispose()
    from monitor.store.readonly_sql import readonly_engine

    engine = readonly_engine(make_engine(f"sqlite:///{web_db}"))
    yield engine
    engine.dispose()


def test_host_header_is_checked_on_loopback(web_engine: Engine, analyzer: Analyzer) -> None:  # noqa: F811
    app = create_app(web_engine, lambda: analyzer.matcher, allowed_hosts=allowed_hosts("127.0.0.1"))
    with running(app) as base:
        for path in ("/", "/api/channels", "/api/posts", "/static/style.css"):
            evil = httpx.get(base + path, headers={"Host": "evil.example"})
            assert evil.status_code == 400, path
            assert all(h in evil.headers for h in SECURITY_HEADERS)
            assert "Суджа" not in evil.text
        port = base.rsplit(":", 1)[1]
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", "LOCALHOST"):
            assert httpx.get(base + "/api/channels", headers={"Host": host}).status_code == 200
    assert allowed_hosts("0.0.0.0") is None  # token mode off loopback: the token guards


@pytest.mark.parametrize(
    ("header", "name"),
    [("127.0.0.1:8080", "127.0.0.1"), ("[::1]:8080", "::1"), ("LocalHost", "localhost"),
     ("evil.example:80", "evil.example"), ("::1", "::1")],
)  # fmt: skip
def test_host_name(header: str, name: str) -> None:
    assert host_name(header) == name


def test_the_cookie_is_a_session_not_the_token(web_engine: Engine, analyzer: Analyzer) -> None:  # noqa: F811
    app = create_app(web_engine, lambda: analyzer.matcher, token=TOKEN)
    with running(app) as base, httpx.Client(base_url=base) as client:
        hop = client.get("/", params={"token": TOKEN, "q": "x"})
        assert hop.status_code == 303
        cookie = hop.headers["set-cookie"]
        assert TOKEN not in cookie
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Max-Age=" in cookie
        assert "Secure" not in cookie  # plain HTTP on loopback; behind a TLS proxy it is set
        assert client.get("/api/places").status_code == 200  # the session works
        forged = httpx.get(base + "/api/places", cookies={COOKIE: TOKEN})
        assert forged.status_code == 401  # the token itself is no session
        # Open redirect: `//evil.example/` after ?token= stays on this site.
        evil = httpx.get(base + "//evil.example/", params={"token": TOKEN})
        assert evil.status_code == 303 and evil.headers["location"].startswith("/evil.example")
        refused = httpx.get(base + "/api/posts")
        assert refused.status_code == 401
        assert all(h in refused.headers for h in SECURITY_HEADERS)


def test_secure_cookie_over_https(web_engine: Engine, analyzer: Analyzer) -> None:  # noqa: F811
    """Behind a TLS-terminating proxy on loopback (X-Forwarded-Proto, trusted from 127.0.0.1
    by uvicorn), the cookie is Secure."""
    app = create_app(web_engine, lambda: analyzer.matcher, token=TOKEN)
    with running(app) as base:
        hop = httpx.get(base + "/", params={"token": TOKEN}, headers={"X-Forwarded-Proto": "https"})
    assert hop.status_code == 303 and "secure" in hop.headers["set-cookie"].lower()


@pytest.mark.parametrize(
    "query",
    [{"until": "0001-01-01T00:00:00+14:00"}, {"since": "0001-01-01T00:00:00+14:00"},
     {"until": "9999-12-31T23:59:59-14:00"}],
)  # fmt: skip
def test_dates_out_of_range_are_422(
    web_engine: Engine,  # noqa: F811
    analyzer: Analyzer,  # noqa: F811
    query: dict[str, str],
) -> None:
    app = create_app(web_engine, lambda: analyzer.matcher)
    with running(app) as base:
        answer = httpx.get(base + "/api/posts", params=query)
        assert answer.status_code == 422
        assert next(iter(query)) in answer.text
        assert httpx.get(base + "/", params=query).status_code in (400, 422)


def test_bidi_and_controls_are_dropped_from_pages(
    spoof_engine: Engine,
    analyzer: Analyzer,  # noqa: F811
) -> None:
    app = create_app(spoof_engine, lambda: analyzer.matcher)
    with running(app) as base:
        page = httpx.get(base + "/", params={"q": "Суджа", "limit": 100, "order": "newest"}).text
    assert "gnp.exe" in page
    for char in ("\u202e", "\u2066", "\u2069", "\u200f", "\x1b", "\x07", "\x00"):
        assert char not in page


def test_list_text_is_capped_and_the_full_text_is_one_call_away(
    web_db: Path,  # noqa: F811
    analyzer: Analyzer,  # noqa: F811
) -> None:
    from monitor.web.api import LIST_TEXT_CHARS

    writer = make_engine(f"sqlite:///{web_db}")
    big = "Суджа " + "A" * (LIST_TEXT_CHARS * 3)
    post_id = add_post(writer, big, 999_997, 13)
    writer.dispose()
    from monitor.store.readonly_sql import readonly_engine

    engine = readonly_engine(make_engine(f"sqlite:///{web_db}"))
    app = create_app(engine, lambda: analyzer.matcher)
    with running(app) as base:
        page = httpx.get(base + "/api/posts", params={"flagged": "false", "order": "newest",
                                                     "limit": 500}).json()  # fmt: skip
        [hit] = [h for h in page["hits"] if h["post_id"] == post_id]
        assert hit["text_truncated"] and len(hit["text"]) == LIST_TEXT_CHARS
        full = httpx.get(f"{base}/api/posts/{post_id}/text").json()
        assert full["text"] == big
        assert httpx.get(f"{base}/api/posts/999999999/text").status_code == 404
    engine.dispose()
