"""What goes into a rule's next digest, read from the database: the new flagged posts that pass
its filters, the corroboration of their claims, and update items for posts it already sent
that were since edited (so that what they were flagged for changed) or deleted."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.alerts.digest import Change, Corroboration, Item, flag_signature
from monitor.claims.corroboration import ClaimRecord, build_clusters, text_fingerprint
from monitor.config import AlertRule
from monitor.store.entries import (
    Filters,
    PostEntry,
    flagged_post_ids,
    load_entries,
    new_post_ids,
)
from monitor.store.models import Channel, Claim, DigestItem, Place, Post

CLUSTER_WINDOW = timedelta(days=3)


@dataclass(slots=True)
class Selection:
    entries: list[PostEntry]
    updates: list[Item] = field(default_factory=list)
    clusters: dict[int, Corroboration] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.entries and not self.updates


def corroboration(
    session: Session, entries: list[PostEntry], window: timedelta = CLUSTER_WINDOW
) -> dict[int, Corroboration]:
    """Claim id → the standing of its cluster, built (by `build_clusters`) over every stored
    claim of the same types within `window` of these entries, sent before or not."""
    claims = [c for e in entries for c in e.claims]
    if not claims:
        return {}
    times = [e.posted_at for e in entries if e.claims]
    keys = {(c.claim_type, c.place_key, c.actor) for c in claims}
    rows = session.execute(
        select(Claim, Post, Channel.username, Channel.side, Place.key)
        .join(Post, Post.id == Claim.post_id)
        .join(Channel, Channel.id == Post.channel_id)
        .outerjoin(Place, Place.id == Claim.place_id)
        .where(
            Claim.claim_type.in_({k[0] for k in keys}),
            Post.posted_at >= min(times) - window,
            Post.posted_at <= max(times) + window,
        )
    ).all()
    records: list[ClaimRecord] = []
    sides: dict[str, str] = {}
    for claim, post, username, side, place_key in rows:
        if (claim.claim_type, place_key, claim.actor) not in keys:
            continue
        sides[username] = side
        records.append(
            ClaimRecord(
                claim.id,
                post.id,
                username,
                side,
                post.posted_at,
                claim.claim_type,
                place_key,
                claim.actor,
                claim.stance,
                text_fingerprint(post.text),
                post.fwd_from_channel_id,
                post.fwd_from_name,
                post.fwd_from_message_id,
            )
        )
    post_of = {r.claim_id: r.post_id for r in records}
    result: dict[int, Corroboration] = {}
    for cluster in build_clusters(records, window):
        denied: dict[str, int] = defaultdict(int)
        for channel in cluster.denying_channels:
            denied[sides.get(channel, "unknown")] += 1
        standing = Corroboration(
            (cluster.claim_type, cluster.place_key, cluster.actor, cluster.first_at.isoformat()),
            dict(cluster.by_side),
            dict(denied),
            len(cluster.reporting_channels),
            frozenset(int(post_of[c]) for c in cluster.claim_ids),
        )
        for claim_id in cluster.claim_ids:
            result[int(claim_id)] = standing
    return result


def _sent_post_ids(session: Session, rule: str, post_ids: set[int]) -> set[int]:
    if not post_ids:
        return set()
    return set(
        session.scalars(
            select(DigestItem.post_id).where(
                DigestItem.rule == rule, DigestItem.post_id.in_(post_ids)
            )
        )
    )


def apply_cluster_filters(
    session: Session, rule: AlertRule, entries: list[PostEntry], clusters: dict[int, Corroboration]
) -> list[PostEntry]:
    """Keep entries with a claim whose cluster has `min_corroboration` asserting channels and,
    with `only_new_clusters`, a cluster none of whose posts this rule has sent."""
    if not rule.min_corroboration and not rule.only_new_clusters:
        return entries
    standings = {c.claim_id: clusters.get(c.claim_id) for e in entries for c in e.claims}
    sent: set[int] = set()
    if rule.only_new_clusters:
        members = {pid for s in standings.values() if s for pid in s.post_ids}
        sent = _sent_post_ids(session, rule.name, members)

    def passes(standing: Corroboration | None) -> bool:
        if standing is None or standing.asserted < rule.min_corroboration:
            return False
        return not (rule.only_new_clusters and standing.post_ids & sent)

    return [e for e in entries if any(passes(standings[c.claim_id]) for c in e.claims)]


def _last_items(session: Session, rule: str) -> dict[int, DigestItem]:
    """Per post this rule sent, the last item about it (what readers last saw)."""
    latest = (
        select(func.max(DigestItem.id))
        .where(DigestItem.rule == rule)
        .group_by(DigestItem.post_id)
        .scalar_subquery()
    )
    rows = session.scalars(
        select(DigestItem)
        .join(Post, Post.id == DigestItem.post_id)
        .where(
            DigestItem.id.in_(latest),
            (Post.deleted_at.is_not(None) & (DigestItem.post_state != "deleted"))
            | (
                Post.deleted_at.is_(None)
                & (DigestItem.post_state != "")
                & (DigestItem.post_state != Post.text_hash)
                & Post.analyzed_version.is_not(None)
            ),
        )
    )
    return {item.post_id: item for item in rows}


def post_state(entry: PostEntry) -> str:
    return "deleted" if entry.deleted_at is not None else entry.text_hash


def update_items(session: Session, rule: AlertRule) -> list[Item]:
    """Posts this rule sent that were deleted since, or edited so that their claims or tracked
    places changed (an edit that keeps them, a typo fix, is not news)."""
    last = _last_items(session, rule.name)
    if not last:
        return []
    items = []
    for entry in load_entries(session, sorted(last)):
        sent = last[entry.post_id]
        old_flags = tuple(f for f in (sent.flag_signature or "").split("|") if f)
        old_text = sent.sent_text if sent.sent_text is not None else entry.text
        if entry.deleted_at is not None:
            change = Change("deleted", old_text, None, old_flags)
        elif flag_signature(entry) != (sent.flag_signature or ""):
            change = Change("edited", old_text, entry.text, old_flags)
        else:
            continue
        state = post_state(entry)
        duplicate = session.scalar(
            select(func.count())
            .select_from(DigestItem)
            .where(
                DigestItem.rule == rule.name,
                DigestItem.post_id == entry.post_id,
                DigestItem.kind == "update",
                DigestItem.post_state == state,
            )
        )
        if not duplicate:  # (A → B → A → B: readers were told about B already)
            items.append(Item(entry, "update", change))
    return items


def select_digest(
    session: Session,
    rule: AlertRule,
    now: datetime,
    since: datetime | None = None,
    include_sent: bool = False,
) -> Selection:
    """Everything `rule`'s next digest holds. `include_sent` (previews with --since): posts
    already sent count again, and no update items are made."""
    if include_sent:
        ids = flagged_post_ids(session, filters=Filters.of(rule), since=since, limit=None)
    else:
        ids = new_post_ids(session, rule, now, since)
    entries = load_entries(session, ids)
    updates = [] if include_sent else update_items(session, rule)
    clusters = corroboration(session, entries + [i.entry for i in updates])
    entries = apply_cluster_filters(session, rule, entries, clusters)
    return Selection(entries, updates, clusters)
