"""What the CLI and the web API share: query plans, filter checks, hit rows (the matcher they
plan with comes from `monitor.places.loading.load_matcher`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, get_args

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.domain import CLAIM_TYPES, Side
from monitor.errors import UsageError
from monitor.places.matcher import PlaceMatcher
from monitor.search.engine import SearchHit
from monitor.search.filters import SearchFilters
from monitor.search.query import QueryPlan, parse_query
from monitor.search.snippet import render_marked
from monitor.store.models import Channel, Place

MAX_QUERY = 500


def plan_query(text: str, matcher: PlaceMatcher | None) -> QueryPlan:
    """The plan for what a user typed; places found by `matcher` also match their mentions."""
    text = text.strip()
    if len(text) > MAX_QUERY:
        raise UsageError(f"the query is {len(text)} characters long; at most {MAX_QUERY}")
    mentions = matcher.find(text) if matcher is not None and text else []
    return parse_query(text, mentions)


def check_filters(session: Session, filters: SearchFilters) -> None:
    """A clear error for a place key or a channel the database does not know, an unknown claim
    type or side: the same for every command and API parameter that filters on them."""
    unknown_sides = sorted(set(filters.sides) - set(get_args(Side)))
    if unknown_sides:
        raise UsageError(f"unknown side {unknown_sides[0]!r}; known: ru, ua, other")
    unknown_types = sorted(set(filters.claim_types) - set(CLAIM_TYPES))
    if unknown_types:
        raise UsageError(
            f"unknown claim type {unknown_types[0]!r}; known: {', '.join(CLAIM_TYPES)}"
        )
    if filters.places:
        known = set(session.scalars(select(Place.key).where(Place.key.in_(filters.places))))
        missing = sorted(set(filters.places) - known)
        if missing:
            raise UsageError(
                f"no place with key {missing[0]!r} in the database "
                "(keys look like 'sudzha'; `monitor places list` lists them)"
            )
    if filters.channels:
        wanted = {c.lower().lstrip("@"): c for c in filters.channels}
        known = {
            u.lower()
            for u in session.scalars(
                select(Channel.username).where(func.lower(Channel.username).in_(list(wanted)))
            )
        }
        unknown = sorted(set(wanted) - known)
        if unknown:
            raise UsageError(
                f"no channel {wanted[unknown[0]]!r} in the database "
                "(`monitor channels list` lists them)"
            )


def hit_row(hit: SearchHit, full_text: bool = True) -> dict[str, Any]:
    """A hit as a flat record with stable names (the CLI's json/csv and the API's `hits`)."""
    e = hit.entry
    row: dict[str, Any] = {
        "post_id": e.post_id,
        "channel": e.channel,
        "side": e.side,
        "message_id": e.message_id,
        "posted_at": e.posted_at.isoformat(),
        "edited_at": e.edited_at.isoformat() if e.edited_at else None,
        "deleted_at": e.deleted_at.isoformat() if e.deleted_at else None,
        "views": e.views,
        "link": e.link,
        "score": round(hit.score, 4),
        "places": sorted({p.key for p in e.places if p.tracked}),
        "claims": claim_labels(e.claims),
        "snippet": render_marked(hit.snippet),
    }
    if full_text:
        row["text"] = e.text
    return row


def claim_labels(claims: Sequence[Any]) -> list[str]:
    """Machine labels (`capture:sudzha:ru:asserted`), stable for JSON and CSV."""
    return [f"{c.claim_type}:{c.place_key or '-'}:{c.actor}:{c.stance}" for c in claims]


# The preposition that reads naturally after each claim type ("capture of X", "strike on X").
_PREPOSITIONS = {"strike": "on", "casualties": "at", "advance": "at", "infiltration": "into"}


def claim_phrase(claim: Any) -> str:
    """A claim in words: «capture of Malaya Loknya by ru, asserted»."""
    place = claim.place_name or claim.place_key
    where = f" {_PREPOSITIONS.get(claim.claim_type, 'of')} {place}" if place else ""
    return f"{claim.claim_type}{where} by {claim.actor}, {claim.stance}"


def claim_phrases(claims: Sequence[Any]) -> list[str]:
    return [claim_phrase(c) for c in claims]
