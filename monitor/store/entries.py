"""Which flagged posts a rule has not sent yet, read back as plain `PostEntry` objects.

A post is flagged when it mentions a tracked place or carries a claim. An entry is new for a
rule until a digest of that rule has included it (`digest_items`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from monitor.config import AlertRule
from monitor.store.models import Channel, Claim, DigestItem, Mention, Place, Post


@dataclass(frozen=True, slots=True)
class EntryPlace:
    key: str
    name: str
    surface: str
    start: int
    end: int
    tracked: bool


@dataclass(frozen=True, slots=True)
class EntryClaim:
    claim_type: str
    actor: str
    stance: str
    place_key: str | None
    place_name: str | None
    evidence: str
    claim_id: int = 0
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class PostEntry:
    post_id: int
    channel: str
    channel_title: str
    side: str
    message_id: int
    posted_at: datetime
    edited_at: datetime | None
    deleted_at: datetime | None
    text: str
    link: str | None
    views: int | None
    places: list[EntryPlace] = field(default_factory=list)
    claims: list[EntryClaim] = field(default_factory=list)
    text_hash: str = ""

    @property
    def tracked_places(self) -> list[EntryPlace]:
        return [p for p in self.places if p.tracked]


def _flagged():
    tracked_mention = exists().where(
        Mention.post_id == Post.id, Mention.place_id == Place.id, Place.tracked
    )
    any_claim = exists().where(Claim.post_id == Post.id)
    return or_(tracked_mention, any_claim)


@dataclass(frozen=True, slots=True)
class Filters:
    """What a rule (or a CLI query) selects; each filter keeps a post when any value matches."""

    places: Sequence[str] = ()
    districts: Sequence[str] = ()
    oblasts: Sequence[str] = ()
    claim_types: Sequence[str] = ()
    stances: Sequence[str] = ()
    sides: Sequence[str] = ()
    channels: Sequence[str] = ()

    @classmethod
    def of(cls, rule: AlertRule) -> Filters:
        return cls(
            rule.places,
            rule.districts,
            rule.oblasts,
            rule.claim_types,
            rule.stances,
            rule.sides,
            rule.channels,
        )


def _where_place(filters: Filters):
    """Mentions a place, or claims something about one, in the given places/districts/oblasts."""
    place = aliased(Place)
    folded = [d.casefold() for d in filters.districts], [o.casefold() for o in filters.oblasts]
    in_area = or_(
        place.key.in_(filters.places),
        func.lower(place.district).in_(folded[0]),
        func.lower(place.oblast).in_(folded[1]),
    )
    return exists().where(Mention.post_id == Post.id, Mention.place_id == place.id, in_area) | (
        exists().where(Claim.post_id == Post.id, Claim.place_id == place.id, in_area)
    )


def _where_claim(filters: Filters):
    conditions = [Claim.post_id == Post.id]
    if filters.claim_types:
        conditions.append(Claim.claim_type.in_(filters.claim_types))
    if filters.stances:
        conditions.append(Claim.stance.in_(filters.stances))
    return exists().where(*conditions)


def flagged_post_ids(
    session: Session,
    *,
    places: Sequence[str] = (),
    claim_types: Sequence[str] = (),
    sides: Sequence[str] = (),
    channels: Sequence[str] = (),
    since: datetime | None = None,
    unsent_for: str | None = None,
    limit: int | None = 10_000,
    newest_first: bool = False,
    filters: Filters | None = None,
    first_seen_since: datetime | None = None,
) -> list[int]:
    """Flagged, analyzed posts matching the filters (each filter: any of its values);
    with `unsent_for`, only those no digest of that rule has included yet."""
    f = filters or Filters(places=places, claim_types=claim_types, sides=sides, channels=channels)
    query = (
        select(Post.id)
        .join(Channel, Channel.id == Post.channel_id)
        .where(Post.analyzed_version.is_not(None), _flagged())
        .limit(limit)
    )
    order = (Post.posted_at.desc(), Post.id.desc()) if newest_first else (Post.posted_at, Post.id)
    query = query.order_by(*order)
    if unsent_for is not None:
        query = query.where(
            ~exists().where(
                DigestItem.post_id == Post.id,
                DigestItem.rule == unsent_for,
                DigestItem.kind == "new",
            )
        )
    if since is not None:
        query = query.where(Post.posted_at >= since)
    if first_seen_since is not None:
        query = query.where(Post.first_seen_at >= first_seen_since)
    if f.sides:
        query = query.where(Channel.side.in_(f.sides))
    if f.channels:
        query = query.where(
            func.lower(Channel.username).in_([c.lower().lstrip("@") for c in f.channels])
        )
    if f.places or f.districts or f.oblasts:
        query = query.where(_where_place(f))
    if f.claim_types or f.stances:
        query = query.where(_where_claim(f))
    return list(session.scalars(query))


def new_post_ids(
    session: Session,
    rule: AlertRule,
    now: datetime | None = None,
    since: datetime | None = None,
    limit: int | None = None,
) -> list[int]:
    """What `rule` has not sent yet. Posts a cluster filter may hold back (minimum
    corroboration, only new clusters) are considered for `hold_days` after they were first
    seen, so held-back posts do not pile up for ever."""
    first_seen = None
    if (rule.min_corroboration or rule.only_new_clusters) and now is not None:
        first_seen = now - timedelta(days=rule.hold_days)
    return flagged_post_ids(
        session,
        filters=Filters.of(rule),
        unsent_for=rule.name,
        since=since,
        first_seen_since=first_seen,
        limit=limit,
    )


def load_entries(session: Session, post_ids: list[int]) -> list[PostEntry]:
    """The posts with their places and claims, in the order given."""
    if not post_ids:
        return []
    entries = _posts(session, post_ids)
    for post_id, found in _places(session, post_ids).items():
        entries[post_id].places = found
    for post_id, claim in _claims(session, post_ids):
        entries[post_id].claims.append(claim)
    return [entries[pid] for pid in post_ids if pid in entries]


def _posts(session: Session, post_ids: list[int]) -> dict[int, PostEntry]:
    """The posts, with their channels, by id (no places or claims yet). Columns, not mapped
    objects: building ORM instances cost a search page more than its query did."""
    rows = session.execute(
        select(
            Post.id,
            Channel.username,
            Channel.title,
            Channel.side,
            Post.message_id,
            Post.posted_at,
            Post.edited_at,
            Post.deleted_at,
            Post.text,
            Post.link,
            Post.views,
            Post.text_hash,
        )
        .join(Channel, Channel.id == Post.channel_id)
        .where(Post.id.in_(post_ids))
    )
    return {
        row.id: PostEntry(
            row.id,
            row.username,
            row.title,
            row.side,
            row.message_id,
            row.posted_at,
            row.edited_at,
            row.deleted_at,
            row.text,
            row.link,
            row.views,
            text_hash=row.text_hash,
        )
        for row in rows
    }


def _places(session: Session, post_ids: list[int]) -> dict[int, list[EntryPlace]]:
    """Each post's place mentions, in text order."""
    places: dict[int, list[EntryPlace]] = defaultdict(list)
    rows = session.execute(
        select(
            Mention.post_id,
            Place.key,
            Place.name_en,
            Mention.surface,
            Mention.span_start,
            Mention.span_end,
            Place.tracked,
        )
        .join(Place, Place.id == Mention.place_id)
        .where(Mention.post_id.in_(post_ids))
        .order_by(Mention.span_start)
    )
    for row in rows:
        places[row.post_id].append(
            EntryPlace(row.key, row.name_en, row.surface, row.span_start, row.span_end, row.tracked)
        )
    return places


def _claims(session: Session, post_ids: list[int]) -> list[tuple[int, EntryClaim]]:
    """(post id, claim) in the order the claims were stored."""
    rows = session.execute(
        select(
            Claim.post_id,
            Claim.claim_type,
            Claim.actor,
            Claim.stance,
            Place.key,
            Place.name_en,
            Claim.evidence,
            Claim.id,
            Claim.evidence_start,
            Claim.evidence_end,
        )
        .outerjoin(Place, Place.id == Claim.place_id)
        .where(Claim.post_id.in_(post_ids))
        .order_by(Claim.id)
    )
    return [
        (
            row.post_id,
            EntryClaim(
                row.claim_type,
                row.actor,
                row.stance,
                row.key,
                row.name_en,
                row.evidence,
                row.id,
                row.evidence_start,
                row.evidence_end,
            ),
        )
        for row in rows
    ]
