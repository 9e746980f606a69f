"""Writing analysis results: place rows, mentions and claims of a post, replaced as a whole."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from monitor.domain import ClaimFinding, PlaceMention
from monitor.store.models import Channel, Claim, Mention, Place, Post


class PlaceLike(Protocol):
    """What a gazetteer place offers (read-only)."""

    @property
    def key(self) -> str: ...
    @property
    def name_en(self) -> str: ...
    @property
    def name_ru(self) -> str | None: ...
    @property
    def name_uk(self) -> str | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def district(self) -> str | None: ...
    @property
    def oblast(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...
    @property
    def lat(self) -> float | None: ...
    @property
    def lon(self) -> float | None: ...


@dataclass(frozen=True, slots=True)
class PendingPost:
    id: int
    text: str
    side: str
    channel_id: int
    posted_at: datetime


class PlaceIds:
    """Place keys to row ids, creating rows from the gazetteer the first time a place is seen."""

    def __init__(self, places: Mapping[str, PlaceLike], tracked: frozenset[str]) -> None:
        self._places, self._tracked = places, tracked
        self._ids: dict[str, int] = {}

    def sync_tracked(self, session: Session) -> None:
        """Make `places.tracked` match the config, and give every tracked place a row."""
        session.execute(update(Place).where(Place.key.not_in(self._tracked)).values(tracked=False))
        self.ids(session, self._tracked)
        if self._tracked:
            session.execute(update(Place).where(Place.key.in_(self._tracked)).values(tracked=True))

    def ids(self, session: Session, keys: Iterable[str]) -> dict[str, int]:
        wanted = {k for k in keys if k not in self._ids}
        if wanted:
            rows = session.execute(select(Place.key, Place.id).where(Place.key.in_(wanted)))
            self._ids.update({key: pid for key, pid in rows})
            for key in wanted - self._ids.keys():
                place = self._places[key]
                row = Place(
                    key=key,
                    name_en=place.name_en,
                    name_ru=place.name_ru,
                    name_uk=place.name_uk,
                    kind=place.kind,
                    district=place.district,
                    oblast=place.oblast,
                    country=place.country,
                    lat=place.lat,
                    lon=place.lon,
                    tracked=key in self._tracked,
                )
                session.add(row)
                session.flush()
                self._ids[key] = row.id
        return {k: self._ids[k] for k in keys}


def pending_posts(
    session: Session, version: str, limit: int, after_id: int = 0
) -> list[PendingPost]:
    """Posts not yet analyzed by this analyzer version, oldest first, from the first id past
    `after_id`: a caller that goes on from the last id of its previous batch reads each post
    once (starting from the beginning each time rescans every post done so far)."""
    rows = session.execute(
        select(Post.id, Post.text, Channel.side, Post.channel_id, Post.posted_at)
        .join(Channel, Channel.id == Post.channel_id)
        .where(Post.id > after_id)
        .where(or_(Post.analyzed_version.is_(None), Post.analyzed_version != version))
        .order_by(Post.id)
        .limit(limit)
    )
    return [PendingPost(*row) for row in rows]


def forget_analysis(session: Session) -> int:
    """Mark every post unanalyzed, so the next analysis pass redoes them all (after the place
    or claim rules changed); their mentions and claims stay until each is redone. Returns how
    many posts there are."""
    session.execute(update(Post).values(analyzed_version=None))
    return session.scalar(select(func.count()).select_from(Post)) or 0


def save_analysis(
    session: Session,
    results: Sequence[tuple[int, list[PlaceMention], list[ClaimFinding]]],
    place_ids: PlaceIds,
    version: str,
    now: datetime,
) -> None:
    """Replace the mentions and claims of these posts and stamp them with `version`."""
    post_ids = [post_id for post_id, _, _ in results]
    session.execute(delete(Mention).where(Mention.post_id.in_(post_ids)))
    session.execute(delete(Claim).where(Claim.post_id.in_(post_ids)))
    keys = {m.place_key for _, ms, _ in results for m in ms}
    keys |= {c.place_key for _, _, cs in results for c in cs if c.place_key}
    ids = place_ids.ids(session, keys)
    mentions = [
        {
            "post_id": pid,
            "place_id": ids[m.place_key],
            "span_start": m.start,
            "span_end": m.end,
            "surface": m.surface[:256],
            "confidence": m.confidence,
            "reason": m.reason[:256],
        }
        for pid, ms, _ in results
        for m in ms
    ]
    claims = [
        {
            "post_id": pid,
            "claim_type": c.claim_type,
            "actor": c.actor,
            "stance": c.stance,
            "place_id": ids[c.place_key] if c.place_key else None,
            "evidence": c.evidence,
            "evidence_start": c.evidence_start,
            "evidence_end": c.evidence_end,
            "confidence": c.confidence,
        }
        for pid, _, cs in results
        for c in cs
    ]
    if mentions:
        session.execute(insert(Mention), mentions)
    if claims:
        session.execute(insert(Claim), claims)
    session.execute(
        update(Post).where(Post.id.in_(post_ids)).values(analyzed_version=version, analyzed_at=now)
    )
