"""The dashboard's HTML pages: the feed, a page per place, the map, channel health.

Templates autoescape everything; snippets are rendered segment by segment (text escaped, the
highlight as <mark>), links only when they are http(s)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import ValidationError

from monitor.alerts.markup import clean, safe_url
from monitor.domain import CLAIM_TYPES
from monitor.search.filters import Order
from monitor.search.service import claim_phrases
from monitor.store.queries import channel_status
from monitor.web import data
from monitor.web.api import DB, FeedQuery, date_in_range, place_detail, run_feed

router = APIRouter(include_in_schema=False)


def _printable(value: object) -> object:
    if isinstance(value, Markup):  # already escaped: keep it markup
        return Markup(clean(str(value)))
    return clean(value) if isinstance(value, str) else value


templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
templates.env.filters["safe_url"] = safe_url
templates.env.globals["claim_phrases"] = claim_phrases
# Every value printed in a page loses control and bidi characters, as in digests (then
# autoescape makes it inert): a post's U+202E cannot reorder what follows it.
templates.env.finalize = _printable


def _page_links(request: Request, offset: int, limit: int, has_more: bool) -> dict[str, Any]:
    def at(new_offset: int) -> str:
        return str(request.url.include_query_params(offset=new_offset))

    return {
        "previous": at(max(0, offset - limit)) if offset > 0 else None,
        "next": at(offset + limit) if has_more else None,
    }


_LISTS = ("channel", "side", "place", "claim")


def _feed_from(request: Request) -> tuple[FeedQuery, str | None]:
    """The feed's filters from the query string, or the defaults and what was wrong: a bad
    parameter on a page is said on the page, not answered with JSON."""
    params = request.query_params
    data = {
        name: params.getlist(name) if name in _LISTS else params[name]
        for name in FeedQuery.model_fields
        if name in params
    }
    try:
        feed = FeedQuery.model_validate(data)
    except ValidationError as exc:
        problem = exc.errors()[0]
        name = ".".join(str(part) for part in problem["loc"][:1])
        return FeedQuery(), f"{name} {problem.get('input')!r}: {problem['msg']}"
    if not 1 <= feed.limit <= 500 or not 0 <= feed.offset <= 1_000_000:
        return FeedQuery(), "limit must be 1 to 500 and offset 0 to 1,000,000"
    for name in ("since", "until"):
        try:
            date_in_range(name, getattr(feed, name))
        except HTTPException:
            return FeedQuery(), f"{name} {params[name]!r}: date out of range"
    return feed, None


@router.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse)
def feed_page(request: Request, session: DB) -> HTMLResponse:
    feed, error = _feed_from(request)
    hits: list[Any] = []
    links: dict[str, Any] = {"previous": None, "next": None}
    try:
        if error is None:
            page = run_feed(request, session, feed)
            hits = page.hits
            links = _page_links(request, feed.offset, feed.limit, page.has_more)
    except HTTPException as exc:
        error = exc.detail
    context = {
        "feed": feed,
        "hits": hits,
        "links": links,
        "error": error,
        "orders": [o.value for o in Order],
        "claim_types": CLAIM_TYPES,
        "places": data.map_places(session, 7)["places"],
    }
    return templates.TemplateResponse(
        request, "feed.html", context, status_code=400 if error else 200
    )


@router.api_route("/places/{key}", methods=["GET", "HEAD"], response_class=HTMLResponse)
def place_page(request: Request, session: DB, key: str) -> HTMLResponse:
    try:
        detail = place_detail(session, key)
    except HTTPException as exc:
        return templates.TemplateResponse(
            request, "error.html", {"message": exc.detail}, status_code=exc.status_code
        )
    return templates.TemplateResponse(request, "place.html", detail)


@router.api_route("/map", methods=["GET", "HEAD"], response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "map.html", {"tile_url": request.app.state.tile_url})


@router.api_route("/channels", methods=["GET", "HEAD"], response_class=HTMLResponse)
def channels_page(request: Request, session: DB) -> HTMLResponse:
    return templates.TemplateResponse(
        request, "channels.html", {"channels": channel_status(session)}
    )
