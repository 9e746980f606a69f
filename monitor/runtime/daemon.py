"""The daemon: APScheduler 3 on one asyncio loop, leases, cooperative shutdown.

Jobs (see `monitor.runtime.scheduling` for their triggers):
- `poll:<channel id>` per enabled channel: lease the channel (`monitor.runtime.leases`), poll
  it, move the job to the channel's `next_poll_at` (which carries backoff and flood waits). At most
  `[daemon].concurrency` polls of one source run at once.
- `analyze`: after polls that stored something, and every `analyze_seconds`: analysis, the
  `immediate` rules' digests, then delivery of every pending digest.
- `digest:<rule>` per scheduled rule; `heartbeat`; `reload` (and SIGHUP); `maintenance`.

All scheduling state that matters lives in the database, so a daemon killed at any moment
resumes where it was. A database error fails the job, which retries with backoff.

Exit codes: 0 after a clean stop; 2 the configuration is invalid; 3 the database cannot be
reached or is not migrated at start; 4 another daemon holds the SQLite database; 130 a second
signal forced the exit.
"""

from __future__ import annotations

import asyncio
import fcntl
import logging
import os
import signal
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from monitor.analyzer import Analyzer
from monitor.config import Settings
from monitor.domain import utcnow
from monitor.errors import MonitorError, StoreError
from monitor.runtime.daemon_jobs import JobsMixin
from monitor.runtime.metrics import Metrics
from monitor.store.db import session_scope
from monitor.store.workers import new_worker_id, reap_dead, register, stop

log = logging.getLogger(__name__)
EXIT_LOCKED = 4
EXIT_FORCED = 130


class DatabaseLocked(MonitorError):
    exit_code = EXIT_LOCKED


class SingleWriterLock:
    """An exclusive lock file beside an SQLite database: a second daemon exits at once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise DatabaseLocked(
                f"another monitor daemon ({holder}) is running on this SQLite database; "
                "stop it first, or use PostgreSQL to run several workers"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None


class TrackingExecutor(ThreadPoolExecutor):
    """The loop's thread pool for database work, knowing whether any is still under way."""

    def __init__(self, max_workers: int) -> None:
        super().__init__(max_workers=max_workers, thread_name_prefix="monitor-db")
        self._futures: set[Future[Any]] = set()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future = super().submit(fn, *args, **kwargs)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)
        return future

    def busy(self) -> int:
        return sum(1 for f in list(self._futures) if not f.done())


@dataclass(frozen=True, slots=True)
class ChannelJob:
    channel_id: int
    username: str
    source: str
    interval: int
    next_poll_at: datetime | None


class Daemon(JobsMixin):
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
        from monitor.runtime.jobs import Sources

        self.settings, self.engine, self.analyzer = settings, engine, analyzer
        self.reload_settings = reload
        self.shutdown_grace = (
            settings.daemon.shutdown_grace_seconds if shutdown_grace is None else shutdown_grace
        )
        self.metrics_port = metrics_port
        self.worker_id = new_worker_id()
        self.sources = Sources(settings)
        self.scheduler = AsyncIOScheduler(timezone="UTC")
        self.metrics = Metrics()
        self.channels: dict[int, ChannelJob] = {}
        self.polling: set[int] = set()
        self.stopping = False
        self.last_analysis = time.monotonic()
        self._stop: asyncio.Event | None = None
        self._signals = 0
        self._tasks: set[asyncio.Task[Any]] = set()
        self._waiting: set[asyncio.Task[Any]] = set()
        self._limits: dict[str, asyncio.Semaphore] = {}
        self._db_errors: dict[str, int] = {}
        self._executor = TrackingExecutor(settings.daemon.concurrency * 2 + 4)

    # --- job bookkeeping ---------------------------------------------------------------

    @contextmanager
    def running(self, job: str, *, waiting: bool = False) -> Iterator[Callable[[], None]]:
        """Track the current task as a job under way (or waiting for a poll slot), time it,
        and hand back a callable that marks the wait over."""
        task = asyncio.current_task()
        assert task is not None
        (self._waiting if waiting else self._tasks).add(task)
        started = time.monotonic()

        def started_work() -> None:
            self._waiting.discard(task)
            self._tasks.add(task)

        try:
            yield started_work
        finally:
            self._waiting.discard(task)
            self._tasks.discard(task)
            self.metrics.observe(job.split(":")[0], time.monotonic() - started)

    def limit(self, source: str) -> asyncio.Semaphore:
        if source not in self._limits:
            self._limits[source] = asyncio.Semaphore(self.settings.daemon.concurrency)
        return self._limits[source]

    async def in_thread(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    def move_job(self, job_id: str, when: datetime) -> None:
        """Run `job_id` next at `when` (at least a second away: the job may still be running,
        and APScheduler skips a run that finds its previous one still going)."""
        when = max(when, utcnow() + timedelta(seconds=1))
        with suppress(JobLookupError):
            self.scheduler.modify_job(job_id, next_run_time=when)

    def db_failed(self, job_id: str, exc: SQLAlchemyError, **extra: str) -> None:
        """A database error: the job retries with backoff; nothing it read is lost, because
        nothing moved in the database (the transaction rolled back)."""
        from monitor.runtime.scheduling import retry_delay

        attempt = self._db_errors.get(job_id, 0) + 1
        self._db_errors[job_id] = attempt
        delay = retry_delay(attempt, self.settings.daemon.db_retry_max_seconds)
        problem = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:300]
        log.warning(
            "database error (attempt %d), retrying in %.0fs: %s",
            attempt,
            delay,
            problem,
            extra={"job": job_id, **extra},
        )
        self.metrics.inc("monitor_job_errors_total", job=job_id.split(":")[0], kind="database")
        self.move_job(job_id, utcnow() + timedelta(seconds=delay))

    def db_ok(self, job_id: str) -> None:
        if self._db_errors.pop(job_id, None):
            log.info("database reachable again", extra={"job": job_id})

    # --- lifecycle ---------------------------------------------------------------------

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
        sole = self.engine.dialect.name == "sqlite"

        def work() -> None:
            with session_scope(self.engine) as session:
                if sole:  # the lock file proves earlier workers dead: free what they held
                    reap_dead(session)
                register(session, self.worker_id)

        try:
            await self.in_thread(work)
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
        self.scheduler.start()
        try:
            await self.start_jobs()
            log.info(
                "worker %s started: %d channels, %d polls at once per source",
                self.worker_id,
                len(self.channels),
                self.settings.daemon.concurrency,
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
        self.stopping = True
        if self.scheduler.running:
            self.scheduler.pause()
        for task in list(self._waiting):
            task.cancel()
        pending = {t for t in self._tasks if not t.done()}
        finished = cancelled = 0
        if pending:
            log.info("waiting for %d running job(s)", len(pending))
            done, late = await asyncio.wait(pending, timeout=self.shutdown_grace)
            finished, cancelled = len(done), len(late)
            for task in late:
                task.cancel()
            if late:
                await asyncio.wait(late, timeout=2)
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        await self._close()
        log.info("worker stopped: %d job(s) finished, %d cancelled", finished, cancelled)

    async def _close(self) -> None:
        def mark_stopped() -> None:
            with session_scope(self.engine) as session:
                stop(session, self.worker_id)

        try:
            await asyncio.wait_for(self.in_thread(mark_stopped), timeout=5)
        except (SQLAlchemyError, TimeoutError) as exc:
            log.warning("could not mark the worker stopped (its leases expire): %s", exc)
        await self.sources.aclose()
        busy = self._executor.busy()
        if busy:
            # A statement already sent cannot be interrupted; its transaction commits or rolls
            # back on its own, exactly as after a crash. Do not hold the exit for it.
            log.warning("%d database operation(s) still running: exiting without them", busy)
            self.engine.dispose()
            logging.shutdown()
            os._exit(0)
        self._executor.shutdown(wait=False)
        self.engine.dispose()
