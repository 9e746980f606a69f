"""The dashboard's JSON API (`/api/...`), read-only; FastAPI publishes its OpenAPI schema at
`/openapi.json`. Every string a client sends reaches SQL only as a bound parameter."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import BaseModel
from sqlalchemy.orm import Session

from monitor.domain import Side
from monitor.errors import UsageError
from monitor.search.engine import SearchPage, search
from monitor.search.filters import Order, SearchFilters
from monitor.search.service import check_filters, hit_row, plan_query
from monitor.store.db import session_scope
from monitor.store.models import Post
from monitor.store.queries import channel_status
from monitor.web import data

router = APIRouter(prefix="/api", tags=["api"])


LIST_TEXT_CHARS = 20_000


class PostHit(BaseModel):
    post_id: int
    channel: str
    side: str
    message_id: int
    posted_at: str
    edited_at: str | None
    deleted_at: str | None
    views: int | None
    link: str | None
    score: float
    places: list[str]
    claims: list[str]
    snippet: str
    text: str
    text_truncated: bool = False  # the full text: /api/posts/{post_id}/text


class PostsPage(BaseModel):
    hits: list[PostHit]
    limit: int
    offset: int
    has_more: bool


class MapPlace(BaseModel):
    key: str
    name: str
    name_ru: str | None
    name_uk: str | None
    kind: str
    lat: float | None
    lon: float | None
    recent_claims: int
    recent_posts: int
    claims_by_actor: dict[str, int] = {}
    claiming_side: str = "none"


class MapData(BaseModel):
    days: int
    since: str | None
    until: str | None
    places: list[MapPlace]


class PlaceDetail(BaseModel):
    place: MapPlace
    timeline: list[dict[str, Any]]
    clusters: list[dict[str, Any]]


def db_session(request: Request) -> Iterator[Session]:
    with session_scope(request.app.state.engine) as session:
        yield session


DB = Annotated[Session, Depends(db_session)]


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class FeedQuery(BaseModel):
    """The feed's and the search's filters (query parameters)."""

    q: str = ""
    channel: list[str] = []
    side: list[Side] = []
    place: list[str] = []
    claim: list[str] = []
    since: datetime | None = None
    until: datetime | None = None
    edited: bool | None = None
    deleted: bool | None = None
    flagged: bool = True
    order: Order = Order.rank
    limit: int = 50
    offset: int = 0

    def filters(self) -> SearchFilters:
        return SearchFilters(
            channels=self.channel,
            sides=self.side,
            places=self.place,
            claim_types=self.claim,
            since=_utc(self.since),
            until=_utc(self.until),
            edited=self.edited,
            deleted=self.deleted,
            flagged_only=self.flagged,
        )


def feed_query(
    q: Annotated[str, Query(max_length=500)] = "",
    channel: Annotated[list[str], Query(max_length=64)] = [],  # noqa: B006 (FastAPI copies)
    side: Annotated[list[Side], Query()] = [],  # noqa: B006
    place: Annotated[list[str], Query(max_length=128)] = [],  # noqa: B006
    claim: Annotated[list[str], Query(max_length=32)] = [],  # noqa: B006
    since: datetime | None = None,
    until: datetime | None = None,
    edited: bool | None = None,
    deleted: bool | None = None,
    flagged: bool = True,
    order: Order = Order.rank,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> FeedQuery:
    query = FeedQuery(**{k: v for k, v in locals().items()})
    date_in_range("since", since)
    date_in_range("until", until)
    return query


def date_in_range(name: str, moment: datetime | None) -> None:
    """422 naming the parameter when the date cannot be converted to UTC (0001-01-01+14:00)."""
    try:
        if moment is not None and moment.tzinfo is not None:
            moment.astimezone(UTC)
    except (OverflowError, ValueError):
        detail = [{"loc": ["query", name], "msg": "date out of range", "type": "value_error"}]
        raise HTTPException(422, detail) from None


Feed = Annotated[FeedQuery, Depends(feed_query)]


def run_feed(request: Request, session: Session, feed: FeedQuery) -> SearchPage:
    """Search (or, with no words, list) posts; a bad filter is a 400 naming it."""
    for value in (feed.q, *feed.channel, *feed.place, *feed.claim):
        if "\x00" in value:
            raise HTTPException(400, "parameters may not contain NUL characters")
    filters = feed.filters()
    try:
        check_filters(session, filters)
        plan = plan_query(feed.q, request.app.state.matcher() if feed.q.strip() else None)
    except UsageError as exc:
        raise HTTPException(400, str(exc)) from None
    return search(session, plan, filters, order=feed.order, limit=feed.limit, offset=feed.offset)


@router.get("/posts", response_model=PostsPage, summary="Search or list posts")
def api_posts(request: Request, session: DB, feed: Feed) -> dict[str, Any]:
    """Posts matching `q` (any word form; place names in any spelling) and the filters; with
    no `q`, the newest. `flagged=true` (default) keeps posts with tracked places or claims."""
    page = run_feed(request, session, feed)
    return {
        "hits": [_capped(hit_row(h)) for h in page.hits],
        "limit": page.limit,
        "offset": page.offset,
        "has_more": page.has_more,
    }


def _capped(row: dict[str, Any]) -> dict[str, Any]:
    """A list hit's text cut at LIST_TEXT_CHARS: a 100 MB post once made a 100 MB page."""
    if len(row.get("text") or "") > LIST_TEXT_CHARS:
        row = {**row, "text": row["text"][:LIST_TEXT_CHARS], "text_truncated": True}
    return row


class PostText(BaseModel):
    post_id: int
    text: str


@router.get("/posts/{post_id}/text", response_model=PostText, summary="A post's full text")
def api_post_text(session: DB, post_id: Annotated[int, Path(ge=1, le=2**62)]) -> dict[str, Any]:
    post = session.get(Post, post_id)
    if post is None:
        raise HTTPException(404, f"no post with id {post_id}")
    return {"post_id": post.id, "text": post.text}


@router.get("/places", response_model=MapData, summary="Tracked places for the map")
def api_places(session: DB, days: Annotated[int, Query(ge=1, le=3650)] = 7) -> dict[str, Any]:
    return data.map_places(session, days)


@router.get("/places/{key}", response_model=PlaceDetail, summary="A place's claims")
def api_place(session: DB, key: Annotated[str, Path(max_length=128)]) -> dict[str, Any]:
    return place_detail(session, key)


def place_detail(session: Session, key: str) -> dict[str, Any]:
    place = data.place_by_key(session, key)
    if place is None:
        raise HTTPException(404, f"no place with key {key!r}")
    summary: dict[str, Any] = next(
        (p for p in data.map_places(session, 7)["places"] if p["key"] == key),
        {
            "key": place.key, "name": place.name_en, "name_ru": place.name_ru,
            "name_uk": place.name_uk, "kind": place.kind, "lat": place.lat, "lon": place.lon,
            "recent_claims": 0, "recent_posts": 0, "claims_by_actor": {},
            "claiming_side": "none",
        },
    )  # fmt: skip
    return {
        "place": summary,
        "timeline": data.place_timeline(session, place),
        "clusters": data.place_clusters(session, place),
    }


@router.get("/channels", summary="Channel health")
def api_channels(session: DB) -> list[dict[str, Any]]:
    """Per channel: last poll, lag, failures, last error (as `monitor status`)."""
    return channel_status(session)
