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

from monitor.alerts.markup import clean, safe_url
from monitor.domain import CLAIM_TYPES
from monitor.search.filters import Order
from monitor.search.service import claim_labels
from monitor.store.queries import channel_status
from monitor.web import data
from monitor.web.api import DB, Feed, place_detail, run_feed

router = APIRouter(include_in_schema=False)


def _printable(value: object) -> object:
    if isinstance(value, Markup):  # already escaped: keep it markup
        return Markup(clean(str(value)))
    return clean(value) if isinstance(value, str) else value


templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
templates.env.filters["safe_url"] = safe_url
# Every value printed in a page loses control and bidi characters, as in digests (then
# autoescape makes it inert): a post's U+202E cannot reorder what follows it.
templates.env.finalize = _printable
templates.env.globals["claim_labels"] = claim_labels


def _page_links(request: Request, offset: int, limit: int, has_more: bool) -> dict[str, Any]:
    def at(new_offset: int) -> str:
        return str(request.url.include_query_params(offset=new_offset))

    return {
        "previous": at(max(0, offset - limit)) if offset > 0 else None,
        "next": at(offset + limit) if has_more else None,
    }


@router.get("/", response_class=HTMLResponse)
def feed_page(request: Request, session: DB, feed: Feed) -> HTMLResponse:
    error = None
    hits: list[Any] = []
    links: dict[str, Any] = {"previous": None, "next": None}
    try:
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


@router.get("/places/{key}", response_class=HTMLResponse)
def place_page(request: Request, session: DB, key: str) -> HTMLResponse:
    try:
        detail = place_detail(session, key)
    except HTTPException as exc:
        return templates.TemplateResponse(
            request, "error.html", {"message": exc.detail}, status_code=exc.status_code
        )
    return templates.TemplateResponse(request, "place.html", detail)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "map.html", {"tile_url": request.app.state.tile_url})


@router.get("/channels", response_class=HTMLResponse)
def channels_page(request: Request, session: DB) -> HTMLResponse:
    return templates.TemplateResponse(
        request, "channels.html", {"channels": channel_status(session)}
    )
