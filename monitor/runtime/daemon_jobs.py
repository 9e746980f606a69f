"""The daemon's jobs: what each scheduled run does (the lifecycle is in `monitor.runtime.daemon`).

Every job catches its own errors: a database error retries the job with backoff, a
`MonitorError` is logged, and anything else is logged with its traceback; none stops the daemon.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import SQLAlchemyError

from monitor.config import AlertRule, Settings
from monitor.domain import utcnow
from monitor.errors import MonitorError
from monitor.runtime.leases import leader_lock, lease_channel, next_chance, renew
from monitor.runtime.metrics import Metrics
from monitor.runtime.scheduling import (
    immediate_rules,
    next_run,
    poll_interval,
    poll_trigger,
    restart_needed,
    scheduled_rules,
)
from monitor.store.db import session_scope
from monitor.store.models import Channel
from monitor.store.workers import beat, prune

if TYPE_CHECKING:
    from monitor.analyzer import Analyzer
    from monitor.runtime.daemon import ChannelJob
    from monitor.runtime.jobs import Sources

log = logging.getLogger("monitor.runtime.daemon")
DIGEST_TICK = 30  # seconds between checks whether a scheduled rule's digest is due


class JobsMixin:
    settings: Settings
    engine: Engine
    analyzer: Analyzer
    sources: Sources
    scheduler: AsyncIOScheduler
    metrics: Metrics
    worker_id: str
    channels: dict[int, ChannelJob]
    polling: set[int]
    stopping: bool
    last_analysis: float  # time.monotonic() of the last analysis run
    reload_settings: Callable[[], Settings] | None

    running: Callable[..., AbstractContextManager[Callable[[], None]]]
    limit: Callable[[str], asyncio.Semaphore]
    in_thread: Callable[..., Any]
    move_job: Callable[[str, datetime], None]
    db_failed: Callable[..., None]
    db_ok: Callable[[str], None]

    @contextmanager
    def guarded(self, job_id: str, **extra: str) -> Iterator[None]:
        try:
            yield
        except SQLAlchemyError as exc:
            self.db_failed(job_id, exc, **extra)
        except MonitorError as exc:
            self.metrics.inc("monitor_job_errors_total", job=job_id.split(":")[0], kind="monitor")
            log.error("%s", exc, extra={"job": job_id, **extra})
        except Exception:
            self.metrics.inc("monitor_job_errors_total", job=job_id.split(":")[0], kind="bug")
            log.exception("unexpected error", extra={"job": job_id, **extra})
        else:
            self.db_ok(job_id)

    # --- start and reload --------------------------------------------------------------

    async def start_jobs(self) -> None:
        daemon = self.settings.daemon
        now = utcnow()
        self._add(
            "heartbeat", self.heartbeat_job, IntervalTrigger(seconds=daemon.heartbeat_seconds)
        )
        self._add("analyze", self.analyze_job, IntervalTrigger(seconds=daemon.analyze_seconds), now)
        self._add(
            "maintenance",
            self.maintenance_job,
            IntervalTrigger(hours=daemon.maintenance_hours),
            now + timedelta(minutes=1),
        )
        if daemon.reload_seconds:
            self._add("reload", self.reload_job, IntervalTrigger(seconds=daemon.reload_seconds))
        self._sync_digest_jobs()
        with self.guarded("reload"):
            await self.reconcile()

    def _add(
        self, job_id: str, func: Any, trigger: Any, first: datetime | None = None, **kw: Any
    ) -> None:
        self.scheduler.add_job(
            func,
            trigger,
            id=job_id,
            name=job_id,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=self.settings.daemon.misfire_grace_seconds,
            replace_existing=True,
            **({"next_run_time": first} if first else {}),
            **kw,
        )

    def request_reload(self) -> None:
        """SIGHUP: reload the configuration now."""
        log.info("SIGHUP: reloading the configuration", extra={"job": "reload"})
        if self.scheduler.get_job("reload") is not None:
            self.move_job("reload", utcnow())
        else:
            self._add("reload-now", self.reload_job, "date")

    async def reload_job(self) -> None:
        if self.stopping:
            return
        with self.running("reload"), self.guarded("reload"):
            if self.reload_settings is not None and not await self._apply_new_settings():
                return
            await self.reconcile()

    async def _apply_new_settings(self) -> bool:
        """Read the configuration again; a bad one is refused and the running one stays."""
        from monitor.analyzer import Analyzer
        from monitor.runtime.jobs import prepare_channels

        assert self.reload_settings is not None
        old = self.settings
        try:
            new = await self.in_thread(self.reload_settings)
            analyzer = self.analyzer
            if new.places != old.places or new.claims != old.claims:
                analyzer = await self.in_thread(Analyzer, new)
        except MonitorError as exc:
            log.error(
                "new configuration refused, the running one stays: %s", exc, extra={"job": "reload"}
            )
            return False
        if new == old:
            return True
        for section in restart_needed(old, new):
            log.warning(
                "[%s] changed: it applies after a restart", section, extra={"job": "reload"}
            )
        self.settings, self.analyzer = new, analyzer
        await self.in_thread(prepare_channels, self.engine, new)
        self._sync_digest_jobs()
        log.info("configuration reloaded", extra={"job": "reload"})
        return True

    def _enabled_channels(self) -> list[ChannelJob]:
        from monitor.runtime.daemon import ChannelJob

        with session_scope(self.engine) as session:
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
            ChannelJob(r.id, r.username, r.source, poll_interval(self.settings, r[3]), r[4])
            for r in rows
        ]

    async def reconcile(self) -> None:
        """One poll job per enabled channel: add the new, drop the disabled, re-time the
        changed (channels enabled with `monitor channels` count too: the table decides)."""
        wanted = {c.channel_id: c for c in await self.in_thread(self._enabled_channels)}
        now, jitter = utcnow(), self.settings.poll.jitter_seconds
        for gone in set(self.channels) - set(wanted):
            with suppress(JobLookupError):
                self.scheduler.remove_job(f"poll:{gone}")
            log.info("channel no longer polled", extra={"channel": self.channels[gone].username})
        for cid, job in wanted.items():
            old = self.channels.get(cid)
            if old is not None and old.interval == job.interval:
                continue
            first = next_run(job.next_poll_at, now, jitter, job.interval)
            self._add(
                f"poll:{cid}", self.poll_job, poll_trigger(job.interval, jitter), first, args=[cid]
            )
            if old is None and self.channels:
                log.info("channel added", extra={"channel": job.username})
        self.channels = wanted

    def _sync_digest_jobs(self) -> None:
        """One job per scheduled rule. It wakes every DIGEST_TICK seconds and at start, and
        `make_digests` decides from the rule's last digest in the database whether its
        schedule fired since: a digest due while the daemon was down is made at start, and
        none is made twice across restarts or workers."""
        wanted = {f"digest:{r.name}": r for r in scheduled_rules(self.settings)}
        for job in self.scheduler.get_jobs():
            if job.id.startswith("digest:") and job.id not in wanted:
                job.remove()
        for job_id, rule in wanted.items():
            if self.scheduler.get_job(job_id) is None:
                tick = IntervalTrigger(seconds=DIGEST_TICK)
                self._add(job_id, self.digest_job, tick, utcnow(), args=[rule.name])

    # --- polls ---------------------------------------------------------------------------

    def _try_lease(self, channel_id: int) -> tuple[bool, datetime | None]:
        now = utcnow()
        with session_scope(self.engine) as session:
            if lease_channel(session, channel_id, self.worker_id, now, self._lease_seconds()):
                return True, None
            return False, next_chance(session, channel_id, self.worker_id)

    def _lease_seconds(self) -> int:
        return self.settings.daemon.lease_seconds

    def _next_poll_at(self, channel_id: int) -> datetime | None:
        with session_scope(self.engine) as session:
            return session.scalar(select(Channel.next_poll_at).where(Channel.id == channel_id))

    async def poll_job(self, channel_id: int) -> None:
        job = self.channels.get(channel_id)
        if job is None or self.stopping:
            return
        job_id, extra = f"poll:{channel_id}", {"channel": job.username, "job": "poll"}
        with self.running(job_id, waiting=True) as started, self.guarded(job_id, **extra):
            try:
                async with self.limit(job.source):
                    if self.stopping:
                        return
                    started()
                    await self._poll_leased(job, job_id)
            except asyncio.CancelledError:
                if not self.stopping:
                    raise
                # Cancelled by our own shutdown: the poll's transaction did not commit, the
                # lease is handed back when the worker stops. Nothing to report per job.
                log.info("poll cancelled by the shutdown", extra=extra)

    async def _poll_leased(self, job: ChannelJob, job_id: str) -> None:
        from monitor.runtime.jobs import poll_channel

        leased, chance = await self.in_thread(self._try_lease, job.channel_id)
        if not leased:
            if chance is None and not await self.in_thread(self._still_enabled, job.channel_id):
                return  # disabled meanwhile: the next reconcile drops the job
            self.move_job(job_id, next_run(chance, utcnow(), 0, job.interval))
            return
        self.polling.add(job.channel_id)
        try:
            outcome = await poll_channel(
                self.engine, self.settings, self.sources, job.channel_id, owner=self.worker_id
            )
        finally:
            self.polling.discard(job.channel_id)
        self._count_poll(outcome)
        when = await self.in_thread(self._next_poll_at, job.channel_id)
        self.move_job(
            job_id, next_run(when, utcnow(), self.settings.poll.jitter_seconds, job.interval)
        )

    def _still_enabled(self, channel_id: int) -> bool:
        with session_scope(self.engine) as session:
            return bool(session.scalar(select(Channel.enabled).where(Channel.id == channel_id)))

    def _count_poll(self, outcome: Any) -> None:
        m = self.metrics
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
            self._kick_analysis()

    def _kick_analysis(self) -> None:
        """Run the analysis soon after polls that stored something (debounced: one run for a
        burst of polls)."""
        job = self.scheduler.get_job("analyze")
        soon = utcnow() + timedelta(seconds=2)
        if job is not None and (job.next_run_time is None or job.next_run_time > soon):
            self.move_job("analyze", soon)

    # --- analysis, digests, upkeep -----------------------------------------------------

    def _analyze_and_digest(self) -> tuple[int, int]:
        from monitor.alerts.outbox import deliver_pending
        from monitor.runtime.jobs import analyze_pending, make_digests

        with leader_lock(self.engine, "outbox") as mine:
            if not mine:
                return 0, 0
            analyzed = analyze_pending(self.engine, self.analyzer)
            digests = make_digests(self.engine, self.settings, immediate_rules(self.settings))
            deliver_pending(self.engine, self.settings)
            return analyzed, len(digests)

    async def analyze_job(self) -> None:
        if self.stopping:
            return
        daemon, now = self.settings.daemon, time.monotonic()
        if self.polling and now - self.last_analysis < daemon.analyze_seconds:
            # "After polls": let a burst of polls finish instead of competing with it for
            # the CPU and the database, but never wait longer than analyze_seconds.
            self.move_job("analyze", utcnow() + timedelta(seconds=2))
            return
        self.last_analysis = now
        with self.running("analyze"), self.guarded("analyze", job="analyze"):
            analyzed, digests = await self.in_thread(self._analyze_and_digest)
            self.metrics.inc("monitor_posts_analyzed_total", analyzed)
            self.metrics.inc("monitor_digests_total", digests)

    def _digest(self, rule: AlertRule) -> int:
        from monitor.alerts.outbox import deliver_pending
        from monitor.runtime.jobs import make_digests

        with leader_lock(self.engine, "outbox") as mine:
            if not mine:
                return 0
            created = make_digests(self.engine, self.settings, [rule])
            deliver_pending(self.engine, self.settings)
            return len(created)

    async def digest_job(self, rule_name: str) -> None:
        rule = next((r for r in self.settings.alerts.rules if r.name == rule_name), None)
        if rule is None or self.stopping:
            return
        job_id = f"digest:{rule_name}"
        with self.running(job_id), self.guarded(job_id, job="digest", rule=rule_name):
            self.metrics.inc("monitor_digests_total", await self.in_thread(self._digest, rule))

    def _beat(self, polling: list[int]) -> None:
        now = utcnow()
        with session_scope(self.engine) as session:
            beat(session, self.worker_id, now)
            renew(session, self.worker_id, polling, now, self._lease_seconds())

    async def heartbeat_job(self) -> None:
        with self.running("heartbeat"), self.guarded("heartbeat", job="heartbeat"):
            await self.in_thread(self._beat, sorted(self.polling))

    def _maintain(self) -> int:
        daemon, now = self.settings.daemon, utcnow()
        with leader_lock(self.engine, "maintenance") as mine:
            if not mine:
                return 0
            runs_before = (
                now - timedelta(days=daemon.retention_days) if daemon.retention_days else None
            )
            with session_scope(self.engine) as session:
                removed = prune(session, now - timedelta(days=30), runs_before)
            if self.engine.dialect.name == "sqlite":
                with self.engine.connect() as connection:
                    connection.execute(text("PRAGMA optimize"))
                    connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            return removed

    async def maintenance_job(self) -> None:
        if self.stopping:
            return
        with self.running("maintenance"), self.guarded("maintenance", job="maintenance"):
            removed = await self.in_thread(self._maintain)
            log.info("maintenance done, %d old rows removed", removed, extra={"job": "maintenance"})
