"""The daemon's poll jobs: one per enabled channel, and the per-channel state they share.

`reconcile` keeps one `poll:<channel id>` job per enabled channel: it adds the new, drops the
disabled and re-times the changed (the channels table decides, so channels enabled with
`monitor channels` count too). Each run leases the channel (`monitor.runtime.leases`), polls it
(`monitor.runtime.jobs.poll_channel`) and moves its job to the channel's `next_poll_at`, which
carries backoff and flood waits. At most `[daemon].concurrency` polls of one source run at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime

from apscheduler.jobstores.base import JobLookupError
from sqlalchemy import select

from monitor.domain import utcnow
from monitor.runtime.jobs import PollOutcome, poll_channel
from monitor.runtime.leases import lease_channel, next_chance
from monitor.runtime.runner import JobRunner
from monitor.runtime.scheduling import next_run, poll_interval, poll_trigger
from monitor.store.db import session_scope
from monitor.store.models import Channel

log = logging.getLogger("monitor.runtime.daemon")  # every part of the daemon logs under one name


@dataclass(frozen=True, slots=True)
class ChannelJob:
    """An enabled channel as its poll job needs it (read from the channels table)."""

    channel_id: int
    username: str
    source: str
    interval: int
    next_poll_at: datetime | None


class ChannelPolls:
    """The poll jobs and the daemon's per-channel state: which channels have a job, which are
    being polled now, and the per-source limit on polls at once. It lives as long as the
    process; what must survive a crash is in the channels table."""

    def __init__(self, runner: JobRunner, stored: Callable[[], None]) -> None:
        self.runner, self.context = runner, runner.context
        self.stored = stored  # called after a poll stored new or edited posts
        self.channels: dict[int, ChannelJob] = {}  # channels with a poll job, by id
        self.polling: set[int] = set()  # polls under way: the heartbeat renews their leases
        self.limits: dict[str, asyncio.Semaphore] = {}  # by source

    # --- which channels have a job -----------------------------------------------------

    def _enabled_channels(self) -> list[ChannelJob]:
        settings = self.context.settings
        with session_scope(self.context.engine) as session:
            rows = session.execute(
                select(
                    Channel.id,
                    Channel.username,
                    Channel.source,
                    Channel.poll_interval_seconds,
                    Channel.next_poll_at,
                ).where(Channel.enabled)
            ).all()
        return [
            ChannelJob(r.id, r.username, r.source, poll_interval(settings, r[3]), r[4])
            for r in rows
        ]

    async def reconcile(self) -> None:
        """One poll job per enabled channel: add the new, drop the disabled, re-time the
        changed (channels enabled with `monitor channels` count too: the table decides)."""
        wanted = {c.channel_id: c for c in await self.runner.in_thread(self._enabled_channels)}
        now, jitter = utcnow(), self.context.settings.poll.jitter_seconds
        for gone in set(self.channels) - set(wanted):
            with suppress(JobLookupError):
                self.runner.scheduler.remove_job(f"poll:{gone}")
            log.info("channel no longer polled", extra={"channel": self.channels[gone].username})
        for cid, job in wanted.items():
            old = self.channels.get(cid)
            if old is not None and old.interval == job.interval:
                continue
            first = next_run(job.next_poll_at, now, jitter, job.interval)
            trigger = poll_trigger(job.interval, jitter)
            self.runner.add(f"poll:{cid}", self.poll_job, trigger, first, args=[cid])
            if old is None and self.channels:
                log.info("channel added", extra={"channel": job.username})
        self.channels = wanted

    # --- one poll ------------------------------------------------------------------------

    def limit(self, source: str) -> asyncio.Semaphore:
        if source not in self.limits:
            self.limits[source] = asyncio.Semaphore(self.context.settings.daemon.concurrency)
        return self.limits[source]

    async def poll_job(self, channel_id: int) -> None:
        job = self.channels.get(channel_id)
        if job is None or self.runner.stopping:
            return
        job_id, extra = f"poll:{channel_id}", {"channel": job.username, "job": "poll"}
        runner = self.runner
        with runner.running(job_id, waiting=True) as started, runner.guarded(job_id, **extra):
            try:
                async with self.limit(job.source):
                    if runner.stopping:
                        return
                    started()
                    await self._poll_leased(job, job_id)
            except asyncio.CancelledError:
                if not runner.stopping:
                    raise
                # Cancelled by our own shutdown: the poll's transaction did not commit, the
                # lease is handed back when the worker stops. Nothing to report per job.
                log.info("poll cancelled by the shutdown", extra=extra)

    async def _poll_leased(self, job: ChannelJob, job_id: str) -> None:
        context, in_thread = self.context, self.runner.in_thread
        leased, chance = await in_thread(self._try_lease, job.channel_id)
        if not leased:
            if chance is None and not await in_thread(self._still_enabled, job.channel_id):
                return  # disabled meanwhile: the next reconcile drops the job
            self.runner.move(job_id, next_run(chance, utcnow(), 0, job.interval))
            return
        self.polling.add(job.channel_id)
        try:
            outcome = await poll_channel(
                context.engine,
                context.settings,
                context.sources,
                job.channel_id,
                owner=context.worker_id,
            )
        finally:
            self.polling.discard(job.channel_id)
        self._count_poll(outcome)
        when = await in_thread(self._next_poll_at, job.channel_id)
        jitter = context.settings.poll.jitter_seconds
        self.runner.move(job_id, next_run(when, utcnow(), jitter, job.interval))

    def _try_lease(self, channel_id: int) -> tuple[bool, datetime | None]:
        now, context = utcnow(), self.context
        lease_seconds = context.settings.daemon.lease_seconds
        with session_scope(context.engine) as session:
            if lease_channel(session, channel_id, context.worker_id, now, lease_seconds):
                return True, None
            return False, next_chance(session, channel_id, context.worker_id)

    def _next_poll_at(self, channel_id: int) -> datetime | None:
        with session_scope(self.context.engine) as session:
            return session.scalar(select(Channel.next_poll_at).where(Channel.id == channel_id))

    def _still_enabled(self, channel_id: int) -> bool:
        with session_scope(self.context.engine) as session:
            return bool(session.scalar(select(Channel.enabled).where(Channel.id == channel_id)))

    def _count_poll(self, outcome: PollOutcome) -> None:
        m = self.runner.metrics
        m.inc("monitor_polls_total", outcome="failed" if outcome.error else "ok")
        if outcome.rate_limited:
            m.inc("monitor_flood_waits_total")
        stats = outcome.stats
        for kind, count in (
            ("new", stats.new),
            ("edited", stats.edited),
            ("deleted", stats.deleted),
        ):
            if count:
                m.inc("monitor_posts_total", count, kind=kind)
        if stats.new or stats.edited:
            self.stored()
