"""Read-side queries of the dashboard: places for the map, a place's timeline and clusters."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from monitor.claims.corroboration import Cluster
from monitor.store.export import iter_clusters
from monitor.store.models import Channel, Claim, Mention, Place, Post


def newest_post_at(session: Session) -> datetime | None:
    return session.scalar(select(func.max(Post.posted_at)))


def map_places(session: Session, days: int) -> dict[str, Any]:
    """Tracked places with coordinates, each with its claim and mention counts over the last
    `days` days of data (counted back from the newest post, so an archive still shows)."""
    newest = newest_post_at(session)
    since = (newest - timedelta(days=days)) if newest else None
    by_actor: dict[int, dict[str, int]] = {}
    mention_counts: dict[int, int] = {}
    if since is not None:
        for place_id, actor, count in session.execute(
            select(Claim.place_id, Claim.actor, func.count())
            .join(Post, Post.id == Claim.post_id)
            .where(Post.posted_at >= since, Claim.place_id.is_not(None))
            .group_by(Claim.place_id, Claim.actor)
        ).all():
            if place_id is not None:
                by_actor.setdefault(place_id, {})[actor] = count
        mention_counts = dict(
            session.execute(
                select(Mention.place_id, func.count(func.distinct(Mention.post_id)))
                .join(Post, Post.id == Mention.post_id)
                .where(Post.posted_at >= since)
                .group_by(Mention.place_id)
            ).all()
        )
    places = [
        {
            "key": p.key,
            "name": p.name_en,
            "name_ru": p.name_ru,
            "name_uk": p.name_uk,
            "kind": p.kind,
            "lat": p.lat,
            "lon": p.lon,
            "recent_claims": sum(by_actor.get(p.id, {}).values()),
            "recent_posts": mention_counts.get(p.id, 0),
            "claims_by_actor": by_actor.get(p.id, {}),
            "claiming_side": claiming_side(by_actor.get(p.id, {})),
        }
        for p in session.scalars(select(Place).where(Place.tracked).order_by(Place.name_en))
    ]
    return {
        "days": days,
        "since": since.isoformat() if since else None,
        "until": newest.isoformat() if newest else None,
        "places": places,
    }


def claiming_side(by_actor: dict[str, int]) -> str:
    """Who claims the place (any claim type, as actor): ru, ua, both (contested), other, none."""
    sides = {a for a, n in by_actor.items() if n and a in ("ru", "ua")}
    if len(sides) == 2:
        return "both"
    if sides:
        return sides.pop()
    return "other" if any(by_actor.values()) else "none"


def place_by_key(session: Session, key: str) -> Place | None:
    return session.scalar(select(Place).where(Place.key == key))


def place_timeline(session: Session, place: Place, limit: int = 500) -> list[dict[str, Any]]:
    """The claims about `place`, newest first, with their post and channel."""
    target = aliased(Place)
    rows = session.execute(
        select(Claim, Post, Channel)
        .join(Post, Post.id == Claim.post_id)
        .join(Channel, Channel.id == Post.channel_id)
        .join(target, target.id == Claim.place_id)
        .where(target.id == place.id)
        .order_by(Post.posted_at.desc(), Claim.id.desc())
        .limit(limit)
    ).all()
    return [
        {
            "claim_id": claim.id,
            "post_id": post.id,
            "posted_at": post.posted_at.isoformat(),
            "channel": channel.username,
            "channel_title": channel.title,
            "side": channel.side,
            "claim_type": claim.claim_type,
            "actor": claim.actor,
            "stance": claim.stance,
            "evidence": claim.evidence,
            "link": post.link,
            "deleted": post.deleted_at is not None,
        }
        for claim, post, channel in rows
    ]


def place_clusters(session: Session, place: Place) -> list[dict[str, Any]]:
    """Corroboration clusters of claims about `place`, latest first."""
    clusters = list(iter_clusters(session.connection(), place_key=place.key))
    clusters.sort(key=lambda c: c.latest_at, reverse=True)
    return [_cluster_dict(c) for c in clusters]


def _cluster_dict(cluster: Cluster) -> dict[str, Any]:
    data = asdict(cluster)
    data["first_at"] = cluster.first_at.isoformat()
    data["latest_at"] = cluster.latest_at.isoformat()
    data["independent_sources"] = cluster.independent_sources
    data["claim_ids"] = [int(i) if str(i).isdigit() else str(i) for i in cluster.claim_ids]
    return data
