"""Streaming exports of posts, flags, claims and claim clusters to CSV or JSON Lines.

Rows are read with `yield_per` (a server-side cursor on PostgreSQL, a stepping cursor on
SQLite) and written as they come, so millions of rows use little memory. The column names of
`COLUMNS` are a public interface (README, "Exports"): add columns at the end, never rename.
A file is written beside its target and renamed into place only when complete.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Engine, Executable, select
from sqlalchemy.orm import aliased

from monitor.claims.corroboration import ClaimRecord, Cluster, build_clusters, text_fingerprint
from monitor.errors import UsageError
from monitor.store.models import Channel, Claim, Mention, Place, Post

BATCH = 5000
COLUMNS: dict[str, tuple[str, ...]] = {
    "posts": (
        "post_id", "channel", "message_id", "posted_at", "edited_at", "deleted_at", "views",
        "forwards", "replies", "fwd_from_name", "reply_to", "album_id", "media_kind", "link",
        "text",
    ),
    "flags": (
        "post_id", "channel", "side", "message_id", "posted_at", "edited_at", "deleted_at",
        "place_key", "place_name", "surface", "span_start", "span_end", "confidence", "link",
    ),
    "claims": (
        "claim_id", "post_id", "channel", "side", "posted_at", "claim_type", "actor", "stance",
        "place_key", "place_name", "evidence", "confidence", "deleted_at", "link",
    ),
    "clusters": (
        "claim_type", "place_key", "actor", "first_at", "latest_at", "independent_sources",
        "asserting_channels", "asserting_ru", "asserting_ua", "reporting_channels",
        "denying_channels", "both_sides", "claim_ids",
    ),
}  # fmt: skip
FORMATS = ("csv", "jsonl")


def _posts(since: datetime | None) -> Executable:
    query = (
        select(
            Post.id, Channel.username, Post.message_id, Post.posted_at, Post.edited_at,
            Post.deleted_at, Post.views, Post.forwards, Post.replies, Post.fwd_from_name,
            Post.reply_to, Post.album_id, Post.media_kind, Post.link, Post.text,
        )
        .join(Channel, Channel.id == Post.channel_id)
        .order_by(Post.id)
    )  # fmt: skip
    return query.where(Post.posted_at >= since) if since else query


def _flags(since: datetime | None) -> Executable:
    query = (
        select(
            Post.id, Channel.username, Channel.side, Post.message_id, Post.posted_at,
            Post.edited_at, Post.deleted_at, Place.key, Place.name_en, Mention.surface,
            Mention.span_start, Mention.span_end, Mention.confidence, Post.link,
        )
        .join(Post, Post.id == Mention.post_id)
        .join(Channel, Channel.id == Post.channel_id)
        .join(Place, Place.id == Mention.place_id)
        .where(Place.tracked)
        .order_by(Post.id, Mention.span_start)
    )  # fmt: skip
    return query.where(Post.posted_at >= since) if since else query


def _claims(since: datetime | None) -> Executable:
    place = aliased(Place)
    query = (
        select(
            Claim.id, Post.id, Channel.username, Channel.side, Post.posted_at, Claim.claim_type,
            Claim.actor, Claim.stance, place.key, place.name_en, Claim.evidence,
            Claim.confidence, Post.deleted_at, Post.link,
        )
        .join(Post, Post.id == Claim.post_id)
        .join(Channel, Channel.id == Post.channel_id)
        .outerjoin(place, place.id == Claim.place_id)
        .order_by(Claim.id)
    )  # fmt: skip
    return query.where(Post.posted_at >= since) if since else query


def _claim_records(
    connection: Connection, since: datetime | None, place_key: str | None = None
) -> Iterator[ClaimRecord]:
    place = aliased(Place)
    query = (
        select(
            Claim.id, Post.id, Channel.username, Channel.side, Post.posted_at, Claim.claim_type,
            place.key, Claim.actor, Claim.stance, Post.text, Post.fwd_from_channel_id,
            Post.fwd_from_name, Post.fwd_from_message_id,
        )
        .join(Post, Post.id == Claim.post_id)
        .join(Channel, Channel.id == Post.channel_id)
        .outerjoin(place, place.id == Claim.place_id)
        .order_by(Claim.claim_type, place.key, Claim.actor, Post.posted_at, Claim.id)
    )  # fmt: skip
    if since:
        query = query.where(Post.posted_at >= since)
    if place_key is not None:
        query = query.where(place.key == place_key)
    for result_row in connection.execution_options(yield_per=BATCH).execute(query):
        row: tuple[Any, ...] = tuple(result_row)
        yield ClaimRecord(
            claim_id=row[0], post_id=row[1], channel=row[2], side=row[3], posted_at=row[4],
            claim_type=row[5], place_key=row[6], actor=row[7], stance=row[8],
            text_fingerprint=text_fingerprint(row[9]), forward_channel_id=row[10],
            forward_name=row[11], forward_message_id=row[12],
        )  # fmt: skip


def iter_clusters(
    connection: Connection, since: datetime | None = None, place_key: str | None = None
) -> Iterator[Cluster]:
    """Corroboration clusters (monitor.claims.corroboration), one (type, place, actor) group
    in memory at a time; with `place_key`, only the claims about that place."""
    group: list[ClaimRecord] = []
    for record in _claim_records(connection, since, place_key):
        if group and (record.claim_type, record.place_key, record.actor) != (
            group[0].claim_type, group[0].place_key, group[0].actor,
        ):  # fmt: skip
            yield from build_clusters(group)
            group = []
        group.append(record)
    if group:
        yield from build_clusters(group)


def cluster_row(cluster: Cluster) -> tuple[Any, ...]:
    return (
        cluster.claim_type, cluster.place_key, cluster.actor, cluster.first_at,
        cluster.latest_at, cluster.independent_sources, " ".join(cluster.asserting_channels),
        cluster.by_side.get("ru", 0), cluster.by_side.get("ua", 0),
        " ".join(cluster.reporting_channels), " ".join(cluster.denying_channels),
        cluster.both_sides, " ".join(str(i) for i in cluster.claim_ids),
    )  # fmt: skip


_QUERIES: dict[str, Callable[[datetime | None], Executable]] = {
    "posts": _posts,
    "flags": _flags,
    "claims": _claims,
}


def iter_rows(
    connection: Connection, kind: str, since: datetime | None = None
) -> Iterator[Sequence[Any]]:
    """The rows of one export kind, in the order of `COLUMNS[kind]`, streamed."""
    if kind not in COLUMNS:
        raise UsageError(f"unknown export {kind!r}; choose one of {', '.join(COLUMNS)}")
    if kind == "clusters":
        return (cluster_row(c) for c in iter_clusters(connection, since))
    result = connection.execution_options(yield_per=BATCH).execute(_QUERIES[kind](since))
    return iter(result)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """A text cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR at
    the start) gets a leading `'`, the usual neutralisation; anything else as it is."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_rows(
    rows: Iterable[Sequence[Any]],
    columns: Sequence[str],
    fmt: str,
    out: IO[str],
    raw: bool = False,
) -> int:
    """Write `rows` as CSV (header first; empty cell for null; text cells that start like a
    formula prefixed with `'` unless `raw`) or JSON Lines; the row count."""
    count = 0
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        safe = _same if raw else csv_safe
        for row in rows:
            writer.writerow(["" if v is None else safe(_plain(v)) for v in row])
            count += 1
        return count
    if fmt != "jsonl":
        raise UsageError(f"unknown format {fmt!r}; choose csv or jsonl")
    dumps = json.JSONEncoder(ensure_ascii=False, default=str).encode
    for row in rows:
        out.write(dumps(dict(zip(columns, map(_plain, row), strict=True))))
        out.write("\n")
        count += 1
    return count


def _same(value: Any) -> Any:
    return value


def export(
    engine: Engine,
    kind: str,
    fmt: str,
    out: IO[str] | Path,
    since: datetime | None = None,
    raw: bool = False,
) -> int:
    """Export `kind` to an open text stream or a file path; the number of rows written."""
    if kind not in COLUMNS:
        raise UsageError(f"unknown export {kind!r}; choose one of {', '.join(COLUMNS)}")
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose csv or jsonl")
    with engine.connect() as connection:
        if isinstance(out, Path):
            partial = out.with_name(out.name + ".partial")
            try:
                with partial.open("w", encoding="utf-8", newline="") as handle:
                    rows = iter_rows(connection, kind, since)
                    count = write_rows(rows, COLUMNS[kind], fmt, handle, raw)
                os.replace(partial, out)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
            return count
        return write_rows(iter_rows(connection, kind, since), COLUMNS[kind], fmt, out, raw)
