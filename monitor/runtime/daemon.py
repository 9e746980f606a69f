"""The daemon: APScheduler 3 on one asyncio loop, leases, cooperative shutdown.

Jobs (see `monitor.runtime.scheduling` for their triggers):
- `poll:<channel id>` per enabled channel (`monitor.runtime.channel_polls`): lease the channel
  (`monitor.runtime.leases`), poll it, move the job to the channel's `next_poll_at` (which
  carries backoff and flood waits). At most `[daemon].concurrency` polls of one source run at once.
- `analyze`: after polls that stored something, and every `analyze_seconds`: analysis, the
  `immediate` rules' digests, then delivery of every pending digest.
- `digest:<rule>` per scheduled rule; `heartbeat`; `reload` (and SIGHUP); `maintenance`.

`Daemon` owns the lifecycle (start, signals, shutdown), the reload, and the jobs other than the
polls; every job runs through `monitor.runtime.runner`, which sorts its errors: none stops the
daemon. All scheduling state that matters lives in the database, so a daemon killed at any moment
resumes where it was. A database error fails the job, which retries with backoff.

Exit codes: 0 after a clean stop; 2 the configuration is invalid; 3 the database cannot be
reached or is not migrated at start; 4 another daemon holds the SQLite database
(`monitor.errors.DatabaseLocked`); 130 a second signal forced the exit.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from collections.abc import Callable
from datetime import timedelta

from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from monitor.alerts.outbox import deliver_pending
from monitor.analyzer import Analyzer
from monitor.config import AlertRule, Settings
from monitor.domain import utcnow
from monitor.errors import MonitorError, StoreError
from monitor.places.loading import check_rule_places
from monitor.runtime.channel_polls import ChannelPolls
from monitor.runtime.jobs import Sources, analyze_pending, make_digests, prepare_channels
from monitor.runtime.leases import leader_lock, renew
from monitor.runtime.metrics import Metrics
from monitor.runtime.runner import JobContext, JobRunner
from monitor.runtime.scheduling import immediate_rules, restart_needed, scheduled_rules
from monitor.store.db import session_scope
from monitor.store.workers import beat, new_worker_id, prune, reap_dead, register, stop

log = logging.getLogger(__name__)
EXIT_FORCED = 130
DIGEST_TICK = 30  # seconds between checks whether a scheduled rule's digest is due
# How soon the analysis runs after polls that stored something, and how long it waits at a time
# while polls are still under way: one analysis for a burst of polls.
ANALYSIS_DEBOUNCE = timedelta(seconds=2)
STOPPED_WORKERS_KEPT = timedelta(days=30)  # `monitor status` lists stopped workers this long
STOPPED_MARK_TIMEOUT = 5  # seconds to mark the worker stopped at exit before leaving it be


class Daemon:
    """One worker. `reload` re-reads the configuration (SIGHUP and every `reload_seconds`)."""

    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        analyzer: Analyzer,
        *,
        reload: Callable[[], Settings] | None = None,
        shutdown_grace: float | None = None,
        metrics_port: int | None = None,
    ) -> None:
        self.context = JobContext(new_worker_id(), engine, settings, analyzer, Sources(settings))
        self.metrics = Metrics()
        self.runner = JobRunner(self.context, self.metrics)
        self.polls = ChannelPolls(self.runner, stored=self._kick_analysis)
        self.reload_settings = reload
        self.shutdown_grace = (
            settings.daemon.shutdown_grace_seconds if shutdown_grace is None else shutdown_grace
        )
        self.metrics_port = metrics_port
        self.last_analysis = time.monotonic()
        self._stop: asyncio.Event | None = None
        self._signals = 0

    # --- lifecycle -----------------------------------------------------------------------

    def request_stop(self) -> None:
        """Stop as after SIGTERM (for embedding the daemon, e.g. in the benchmark)."""
        if self._stop is not None:
            self._stop.set()

    def _on_signal(self, signum: int) -> None:
        self._signals += 1
        if self._signals > 1:
            log.warning("second signal: exiting now")
            os._exit(EXIT_FORCED)
        log.info(
            "signal %s: taking no new work, waiting up to %.0fs for running jobs",
            signal.Signals(signum).name,
            self.shutdown_grace,
        )
        assert self._stop is not None
        self._stop.set()

    async def _register(self) -> None:
        engine, worker_id = self.context.engine, self.context.worker_id
        sole = engine.dialect.name == "sqlite"

        def work() -> None:
            with session_scope(engine) as session:
                if sole:  # the lock file proves earlier workers dead: free what they held
                    reap_dead(session)
                register(session, worker_id)

        try:
            await self.runner.in_thread(work)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot register this worker in the database: {exc}") from exc

    async def run(self) -> int:
        """Run until SIGTERM/SIGINT; returns the exit code."""
        loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        await self._register()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, self._on_signal, signum)
        loop.add_signal_handler(signal.SIGHUP, self.request_reload)
        server = None
        if self.metrics_port is not None:
            server = await self.metrics.serve("0.0.0.0", self.metrics_port)
        self.runner.scheduler.start()
        try:
            await self.start_jobs()
            log.info(
                "worker %s started: %d channels, %d polls at once per source",
                self.context.worker_id,
                len(self.polls.channels),
                self.context.settings.daemon.concurrency,
            )
            await self._stop.wait()
        finally:
            await self._shutdown()
            if server is not None:
                server.close()
            for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                loop.remove_signal_handler(signum)
        return 0

    async def _shutdown(self) -> None:
        finished, cancelled = await self.runner.drain(self.shutdown_grace)
        await self._close()
        log.info("worker stopped: %d job(s) finished, %d cancelled", finished, cancelled)

    async def _close(self) -> None:
        engine, worker_id = self.context.engine, self.context.worker_id
        executor = self.runner.executor

        def mark_stopped() -> None:
            with session_scope(engine) as session:
                stop(session, worker_id)

        try:
            await asyncio.wait_for(self.runner.in_thread(mark_stopped), STOPPED_MARK_TIMEOUT)
        except (SQLAlchemyError, TimeoutError) as exc:
            log.warning("could not mark the worker stopped (its leases expire): %s", exc)
        await self.context.sources.aclose()
        busy = executor.busy()
        if busy:
            # A statement already sent cannot be interrupted; its transaction commits or rolls
            # back on its own, exactly as after a crash. Do not hold the exit for it.
            log.warning("%d database operation(s) still running: exiting without them", busy)
            engine.dispose()
            logging.shutdown()
            os._exit(0)
        executor.shutdown(wait=False)
        engine.dispose()

    # --- start and reload ----------------------------------------------------------------

    async def start_jobs(self) -> None:
        daemon, add, now = self.context.settings.daemon, self.runner.add, utcnow()
        add("heartbeat", self.heartbeat_job, IntervalTrigger(seconds=daemon.heartbeat_seconds))
        add("analyze", self.analyze_job, IntervalTrigger(seconds=daemon.analyze_seconds), now)
        every = IntervalTrigger(hours=daemon.maintenance_hours)
        add("maintenance", self.maintenance_job, every, now + timedelta(minutes=1))
        if daemon.reload_seconds:
            add("reload", self.reload_job, IntervalTrigger(seconds=daemon.reload_seconds))
        self._sync_digest_jobs()
        with self.runner.guarded("reload"):
            await self.polls.reconcile()

    def request_reload(self) -> None:
        """SIGHUP: reload the configuration now."""
        log.info("SIGHUP: reloading the configuration", extra={"job": "reload"})
        if self.runner.scheduler.get_job("reload") is not None:
            self.runner.move("reload", utcnow())
        else:
            self.runner.add("reload-now", self.reload_job, "date")

    async def reload_job(self) -> None:
        if self.runner.stopping:
            return
        with self.runner.running("reload"), self.runner.guarded("reload"):
            if self.reload_settings is not None and not await self._apply_new_settings():
                return
            await self.polls.reconcile()

    async def _apply_new_settings(self) -> bool:
        """Read the configuration again; a bad one is refused and the running one stays."""
        assert self.reload_settings is not None
        context, in_thread = self.context, self.runner.in_thread
        old = context.settings
        try:
            new = await in_thread(self.reload_settings)
            analyzer = context.analyzer
            if new.places != old.places or new.claims != old.claims:
                analyzer = await in_thread(Analyzer, new)
            check_rule_places(new, analyzer.gazetteer)
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
        context.settings, context.analyzer = new, analyzer
        await in_thread(prepare_channels, context.engine, new)
        self._sync_digest_jobs()
        log.info("configuration reloaded", extra={"job": "reload"})
        return True

    def _sync_digest_jobs(self) -> None:
        """One job per scheduled rule. It wakes every DIGEST_TICK seconds and at start, and
        `make_digests` decides from the rule's last digest in the database whether its
        schedule fired since: a digest due while the daemon was down is made at start, and
        none is made twice across restarts or workers."""
        scheduler = self.runner.scheduler
        wanted = {f"digest:{r.name}": r for r in scheduled_rules(self.context.settings)}
        for job in scheduler.get_jobs():
            if job.id.startswith("digest:") and job.id not in wanted:
                job.remove()
        for job_id, rule in wanted.items():
            if scheduler.get_job(job_id) is None:
                tick = IntervalTrigger(seconds=DIGEST_TICK)
                self.runner.add(job_id, self.digest_job, tick, utcnow(), args=[rule.name])

    # --- analysis and digests ------------------------------------------------------------

    def _kick_analysis(self) -> None:
        """Run the analysis soon after polls that stored something (debounced: one run for a
        burst of polls)."""
        job = self.runner.scheduler.get_job("analyze")
        soon = utcnow() + ANALYSIS_DEBOUNCE
        if job is not None and (job.next_run_time is None or job.next_run_time > soon):
            self.runner.move("analyze", soon)

    def _analyze_and_digest(self) -> tuple[int, int]:
        engine, settings = self.context.engine, self.context.settings
        with leader_lock(engine, "outbox") as mine:
            if not mine:
                return 0, 0
            analyzed = analyze_pending(engine, self.context.analyzer)
            digests = make_digests(engine, settings, immediate_rules(settings))
            deliver_pending(engine, settings)
            return analyzed, len(digests)

    async def analyze_job(self) -> None:
        if self.runner.stopping:
            return
        daemon, now = self.context.settings.daemon, time.monotonic()
        if self.polls.polling and now - self.last_analysis < daemon.analyze_seconds:
            # "After polls": let a burst of polls finish instead of competing with it for
            # the CPU and the database, but never wait longer than analyze_seconds.
            self.runner.move("analyze", utcnow() + ANALYSIS_DEBOUNCE)
            return
        self.last_analysis = now
        with self.runner.running("analyze"), self.runner.guarded("analyze", job="analyze"):
            analyzed, digests = await self.runner.in_thread(self._analyze_and_digest)
            self.metrics.inc("monitor_posts_analyzed_total", analyzed)
            self.metrics.inc("monitor_digests_total", digests)

    def _digest(self, rule: AlertRule) -> int:
        engine, settings = self.context.engine, self.context.settings
        with leader_lock(engine, "outbox") as mine:
            if not mine:
                return 0
            created = make_digests(engine, settings, [rule])
            deliver_pending(engine, settings)
            return len(created)

    async def digest_job(self, rule_name: str) -> None:
        rules = self.context.settings.alerts.rules
        rule = next((r for r in rules if r.name == rule_name), None)
        if rule is None or self.runner.stopping:
            return
        job_id, runner = f"digest:{rule_name}", self.runner
        with runner.running(job_id), runner.guarded(job_id, job="digest", rule=rule_name):
            self.metrics.inc("monitor_digests_total", await runner.in_thread(self._digest, rule))

    # --- upkeep --------------------------------------------------------------------------

    def _beat(self, polling: list[int]) -> None:
        now, context = utcnow(), self.context
        lease_seconds = context.settings.daemon.lease_seconds
        with session_scope(context.engine) as session:
            beat(session, context.worker_id, now)
            renew(session, context.worker_id, polling, now, lease_seconds)

    async def heartbeat_job(self) -> None:
        with self.runner.running("heartbeat"), self.runner.guarded("heartbeat", job="heartbeat"):
            await self.runner.in_thread(self._beat, sorted(self.polls.polling))

    def _maintain(self) -> int:
        engine, daemon, now = self.context.engine, self.context.settings.daemon, utcnow()
        with leader_lock(engine, "maintenance") as mine:
            if not mine:
                return 0
            runs_before = (
                now - timedelta(days=daemon.retention_days) if daemon.retention_days else None
            )
            with session_scope(engine) as session:
                removed = prune(session, now - STOPPED_WORKERS_KEPT, runs_before)
            if engine.dialect.name == "sqlite":
                with engine.connect() as connection:
                    connection.execute(text("PRAGMA optimize"))
                    connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            return removed

    async def maintenance_job(self) -> None:
        if self.runner.stopping:
            return
        runner = self.runner
        with runner.running("maintenance"), runner.guarded("maintenance", job="maintenance"):
            removed = await runner.in_thread(self._maintain)
            log.info("maintenance done, %d old rows removed", removed, extra={"job": "maintenance"})
