"""One function per job (poll, analyze, digest), each its own transaction scope.

Every job reads its input from the database and records its progress there, so any job can be
re-run, resumed after a crash, or run by another process. The scheduler only decides when.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from monitor.alerts.outbox import DeliveryReport, create_digest, deliver_pending
from monitor.alerts.select import select_digest
from monitor.analyzer import Analyzer
from monitor.backoff import backoff
from monitor.config import AlertRule, Settings
from monitor.domain import ChannelState, ClaimFinding, FetchResult, PlaceMention, utcnow
from monitor.errors import ConfigError, RateLimited, SourceError
from monitor.places.recent import CAPACITY, REMEMBER_CONFIDENCE, WINDOW, ChannelMemory
from monitor.runtime.scheduling import is_due
from monitor.sources import open_source
from monitor.sources.base import Source
from monitor.store.analysis import PendingPost, PlaceIds, pending_posts, save_analysis
from monitor.store.db import session_scope
from monitor.store.gaps import REFETCHING_SOURCES, gap_ids
from monitor.store.ingest import IngestStats, ingest, sync_channels
from monitor.store.models import Channel, Digest, PollRun
from monitor.store.recent import recent_place_keys
from monitor.store.rule_failures import clear_rule_failure, record_rule_failure

log = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(hours=6)
MAX_WAIT = 7 * 86400.0  # a source's "retry after" beyond a week (or NaN) waits a week


class Sources:
    """Opens each kind of source once per process and closes them together."""

    def __init__(self, settings: Settings, opened: dict[str, Source] | None = None) -> None:
        self._settings = settings
        self._open: dict[str, Source] = dict(opened or {})

    def get(self, kind: str) -> Source:
        if kind not in self._open:
            self._open[kind] = open_source(kind, self._settings)
        return self._open[kind]

    async def aclose(self) -> None:
        for source in self._open.values():
            await source.aclose()
        self._open.clear()


@dataclass
class PollOutcome:
    channel: str
    stats: IngestStats = field(default_factory=IngestStats)
    error: str | None = None
    rate_limited: bool = False  # the source asked to wait (a flood wait, HTTP 429)


def poll_backoff(failures: int, interval: int) -> timedelta:
    """How long a failing channel waits: its interval doubled per failure (ten times at most),
    capped at MAX_BACKOFF."""
    cap = MAX_BACKOFF.total_seconds()
    return timedelta(seconds=backoff(failures, base=interval, cap=cap, max_doublings=10))


def prepare_channels(engine: Engine, settings: Settings) -> None:
    """Bring the channels table in line with channels.toml."""
    with session_scope(engine) as session:
        sync_channels(session, settings.channels)


def _start_run(engine: Engine, channel_id: int) -> tuple[ChannelState, str, int]:
    with session_scope(engine) as session:
        channel = session.get_one(Channel, channel_id)
        state = ChannelState(
            username=channel.username,
            side=channel.side,  # type: ignore[arg-type]
            language=channel.language,
            high_water=channel.high_water or 0,
            telegram_id=channel.telegram_id,
            access_hash=channel.access_hash,
            gap_ids=gap_ids(session, channel_id) if channel.source in REFETCHING_SOURCES else [],
        )
        run = PollRun(channel_id=channel_id, status="running")
        session.add(run)
        session.flush()
        return state, channel.source, run.id


def _release(channel: Channel, owner: str | None) -> None:
    """Hand the lease back in the transaction that records the poll (see monitor.runtime.leases)."""
    if owner is not None and channel.lease_owner == owner:
        channel.lease_owner, channel.lease_expires_at = None, None


def _record_failure(
    engine: Engine,
    channel_id: int,
    run_id: int,
    error: SourceError,
    default_interval: int,
    owner: str | None = None,
) -> None:
    now = utcnow()
    with session_scope(engine) as session:
        channel = session.get_one(Channel, channel_id)
        _release(channel, owner)
        channel.failures = (channel.failures or 0) + 1
        channel.last_error, channel.last_error_at = str(error), now
        interval = channel.poll_interval_seconds or default_interval
        if isinstance(error, RateLimited):
            wait = error.retry_after if 0 <= error.retry_after < MAX_WAIT else MAX_WAIT
            channel.next_poll_at = now + timedelta(seconds=wait)
        else:
            channel.next_poll_at = now + poll_backoff(channel.failures, interval)
        run = session.get_one(PollRun, run_id)
        run.status, run.error, run.finished_at = "failed", str(error), now


def _record_success(
    engine: Engine,
    channel_id: int,
    run_id: int,
    result: FetchResult,
    default_interval: int,
    owner: str | None = None,
) -> IngestStats:
    now = utcnow()
    with session_scope(engine) as session:
        channel = session.get_one(Channel, channel_id)
        _release(channel, owner)
        stats = ingest(session, channel, result, now)
        if result.telegram_id is not None:
            channel.telegram_id, channel.access_hash = result.telegram_id, result.access_hash
        channel.failures, channel.last_error = 0, None
        channel.last_polled_at = now
        interval = channel.poll_interval_seconds or default_interval
        channel.next_poll_at = now + timedelta(seconds=interval)
        run = session.get_one(PollRun, run_id)
        run.status, run.finished_at = "ok", now
        run.new_posts, run.updated_posts, run.deleted_posts = (
            stats.new,
            stats.edited,
            stats.deleted,
        )
    return stats


async def poll_channel(
    engine: Engine,
    settings: Settings,
    sources: Sources,
    channel_id: int,
    owner: str | None = None,
) -> PollOutcome:
    """Fetch one channel and store what it gave, with its high-water mark, in one transaction.
    A source error is recorded on the channel (with backoff) and returned, never raised; a
    database error is raised (the high-water mark did not move: the next poll re-reads).
    `owner`, the worker holding the channel's lease, releases it when the poll is recorded.
    Database work runs in a thread so a slow transaction never stalls other polls."""
    state, kind, run_id = await asyncio.to_thread(_start_run, engine, channel_id)
    interval = settings.poll.interval_seconds
    try:
        try:
            source = sources.get(kind)
        except ConfigError as exc:  # e.g. the telegram source without credentials
            raise SourceError(state.username, str(exc)) from exc
        result = await source.fetch(state)
    except SourceError as exc:
        return await _failed(engine, state, run_id, exc, interval, owner, channel_id)
    except Exception as exc:  # a bug or a value the source did not expect: this channel only
        log.exception("poll crashed", extra={"channel": state.username, "job": "poll"})
        error = SourceError(state.username, f"unexpected {type(exc).__name__}: {exc}")
        return await _failed(engine, state, run_id, error, interval, owner, channel_id)
    try:
        stats = await asyncio.to_thread(
            _record_success, engine, channel_id, run_id, result, interval, owner
        )
    except (OperationalError, InterfaceError):
        raise  # the database is away or locked: the caller retries with backoff
    except Exception as exc:  # a value the store refused (too large, NUL): this channel only
        log.exception("storing the poll failed", extra={"channel": state.username, "job": "poll"})
        error = SourceError(state.username, f"could not store: {type(exc).__name__}: {exc}")
        return await _failed(engine, state, run_id, error, interval, owner, channel_id)
    log.info(
        "polled: %d new, %d edited, %d deleted",
        stats.new,
        stats.edited,
        stats.deleted,
        extra={"channel": state.username, "job": "poll"},
    )
    return PollOutcome(state.username, stats)


async def _failed(
    engine: Engine,
    state: ChannelState,
    run_id: int,
    error: SourceError,
    interval: int,
    owner: str | None,
    channel_id: int,
) -> PollOutcome:
    """Record a failed poll on its channel (backoff, lease handed back) and report it."""
    log.warning("poll failed: %s", error, extra={"channel": state.username, "job": "poll"})
    await asyncio.to_thread(_record_failure, engine, channel_id, run_id, error, interval, owner)
    return PollOutcome(
        state.username, error=str(error), rate_limited=isinstance(error, RateLimited)
    )


async def poll_all(
    engine: Engine, settings: Settings, sources: Sources, channel_ids: list[int] | None = None
) -> list[PollOutcome]:
    """Poll the given channels (default: every enabled channel), one after another."""
    if channel_ids is None:
        with session_scope(engine) as session:
            channel_ids = list(
                session.scalars(select(Channel.id).where(Channel.enabled).order_by(Channel.id))
            )
    return [await poll_channel(engine, settings, sources, cid) for cid in channel_ids]


def analyze_pending(
    engine: Engine,
    analyzer: Analyzer,
    batch: int = 500,
    progress: Callable[[int], None] | None = None,
    recent: bool = True,
) -> int:
    """Analyze every post whose analysis is missing or stale; one transaction per batch, so a
    crash loses at most the batch under way; the batches go on by id. `progress` gets the
    count of each batch done. With `recent`, namesakes a post leaves undecided are settled by
    the places its channel named recently (`_analyze_batch`). Returns how many posts were
    analyzed."""
    place_ids = PlaceIds(analyzer.gazetteer.places, analyzer.gazetteer.tracked)
    with session_scope(engine) as session:
        place_ids.sync_tracked(session)
    total = last_id = 0
    while True:
        with session_scope(engine) as session:
            posts = pending_posts(session, analyzer.version, batch, after_id=last_id)
            if not posts:
                break
            results = _analyze_batch(session, analyzer, posts, recent)
            save_analysis(session, results, place_ids, analyzer.version, utcnow())
        total += len(posts)
        last_id = posts[-1].id
        if progress is not None:
            progress(len(posts))
    if total:
        log.info("analyzed %d posts", total, extra={"job": "analyze"})
    return total


def _analyze_batch(
    session: Session, analyzer: Analyzer, posts: list[PendingPost], recent: bool
) -> list[tuple[int, list[PlaceMention], list[ClaimFinding]]]:
    """Analyze a batch; with `recent`, channel by channel in posting order, each channel's
    memory seeded by one query (its confident mentions of the WINDOW before its first post
    here) and fed by the batch's own analysis."""
    if not recent:
        return [(p.id, *analyzer.analyze(p.text, p.side)) for p in posts]
    memories: dict[int, ChannelMemory] = {}
    results = []
    for post in sorted(posts, key=lambda p: (p.channel_id, p.posted_at, p.id)):
        memory = memories.get(post.channel_id)
        if memory is None:
            memory = memories[post.channel_id] = ChannelMemory()
            seed = recent_place_keys(
                session, post.channel_id, post.posted_at, WINDOW, REMEMBER_CONFIDENCE, CAPACITY
            )
            for key, seen_at in seed:
                memory.remember(analyzer.matcher.places_of([key]), seen_at)
        results.append((post.id, *analyzer.analyze(post.text, post.side, memory, post.posted_at)))
    return results


def make_digests(
    engine: Engine,
    settings: Settings,
    rules: list[AlertRule] | None = None,
    now: datetime | None = None,
    force: bool = False,
) -> list[int]:
    """Record a digest for each rule that is due (by its schedule, or `force`) and has new
    flagged posts or changes to posts it sent (or asks for heartbeats). One transaction per
    rule: the digest, its items and its rendered deliveries are committed together."""
    now = now or utcnow()
    created = []
    for rule in settings.alerts.rules if rules is None else rules:
        try:
            digest_id = _rule_digest(engine, settings, rule, now, force)
        except (OperationalError, InterfaceError):
            raise  # the database is away: the job retries
        except Exception as exc:  # one rule's bad post or setting must not hold the other rules
            log.exception("digest failed", extra={"rule": rule.name, "job": "digest"})
            with session_scope(engine) as session:  # for `monitor status`
                record_rule_failure(session, rule.name, f"{type(exc).__name__}: {exc}", now)
            continue
        if digest_id is not None:
            created.append(digest_id)
    return created


def _rule_digest(
    engine: Engine, settings: Settings, rule: AlertRule, now: datetime, force: bool
) -> int | None:
    with session_scope(engine) as session:
        last = session.scalar(
            select(Digest.created_at)
            .where(Digest.rule == rule.name)
            .order_by(Digest.created_at.desc())
            .limit(1)
        )
        if not force and not is_due(rule, last, now):
            return None
        clear_rule_failure(session, rule.name)  # kept if this raises: the transaction rolls back
        selection = select_digest(session, rule, now)
        if selection.empty and not rule.heartbeat:
            return None
        return create_digest(session, rule, selection, settings, now)


@dataclass
class CycleReport:
    polls: list[PollOutcome]
    analyzed: int
    digests: list[int]
    delivery: DeliveryReport


async def run_cycle(
    engine: Engine, settings: Settings, analyzer: Analyzer, sources: Sources
) -> CycleReport:
    """One full cycle: poll every enabled channel, analyze, make and deliver digests."""
    polls = await poll_all(engine, settings, sources)
    analyzed = analyze_pending(engine, analyzer)
    digests = make_digests(engine, settings)
    delivery = deliver_pending(engine, settings)
    return CycleReport(polls, analyzed, digests, delivery)
