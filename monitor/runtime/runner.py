"""How every daemon job runs: what it reads, and how it is scheduled, tracked, timed and guarded.

`JobContext` is what every job reads: this worker's id, the database, the sources, and the
configuration and analyzer in force. A reload swaps the last two there, in one place, so no job
keeps a stale copy.

`JobRunner` puts jobs on APScheduler and runs their bodies:
- `running` tracks a job under way (the shutdown waits for it) and times it for the metrics;
- `guarded` sorts its failures: a database error retries the job with backoff (nothing it read
  is lost: the transaction rolled back), a `MonitorError` is logged, anything else is logged
  with its traceback; none stops the daemon;
- `in_thread` runs database work on the daemon's thread pool, off the event loop;
- `drain` is the shutdown's bounded wait for the jobs under way.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from monitor.analyzer import Analyzer
from monitor.config import Settings
from monitor.domain import utcnow
from monitor.errors import MonitorError
from monitor.runtime.jobs import Sources
from monitor.runtime.metrics import Metrics
from monitor.runtime.process import TrackingExecutor
from monitor.runtime.scheduling import retry_delay

log = logging.getLogger("monitor.runtime.daemon")  # every part of the daemon logs under one name

# Threads for database work: two per poll slot (a poll's lease and its reschedule), and four
# for the other jobs (analysis, digests, heartbeat, maintenance or reload).
DB_THREADS_PER_POLL = 2
DB_THREADS_FOR_OTHER_JOBS = 4
CANCELLED_WAIT_SECONDS = 2  # at shutdown, how long cancelled jobs get to unwind


@dataclass
class JobContext:
    """What every job reads. `settings` and `analyzer` are replaced by a reload."""

    worker_id: str
    engine: Engine
    settings: Settings
    analyzer: Analyzer
    sources: Sources


class JobRunner:
    """The scheduler, the database threads and the bookkeeping every job runs through."""

    def __init__(self, context: JobContext, metrics: Metrics) -> None:
        self.context, self.metrics = context, metrics
        self.scheduler = AsyncIOScheduler(timezone="UTC")
        self.stopping = False  # the shutdown began: jobs take no new work
        self._tasks: set[asyncio.Task[Any]] = set()
        self._waiting: set[asyncio.Task[Any]] = set()
        self._db_errors: dict[str, int] = {}  # consecutive database errors by job id
        threads = context.settings.daemon.concurrency * DB_THREADS_PER_POLL
        self.executor = TrackingExecutor(threads + DB_THREADS_FOR_OTHER_JOBS)

    def add(
        self, job_id: str, func: Any, trigger: Any, first: datetime | None = None, **kw: Any
    ) -> None:
        """Schedule `func` as `job_id`, replacing a job of that id; never two runs at once."""
        self.scheduler.add_job(
            func,
            trigger,
            id=job_id,
            name=job_id,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=self.context.settings.daemon.misfire_grace_seconds,
            replace_existing=True,
            **({"next_run_time": first} if first else {}),
            **kw,
        )

    def move(self, job_id: str, when: datetime) -> None:
        """Run `job_id` next at `when` (at least a second away: the job may still be running,
        and APScheduler skips a run that finds its previous one still going)."""
        when = max(when, utcnow() + timedelta(seconds=1))
        with suppress(JobLookupError):
            self.scheduler.modify_job(job_id, next_run_time=when)

    async def in_thread(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.executor, fn, *args)

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

    @contextmanager
    def guarded(self, job_id: str, **extra: str) -> Iterator[None]:
        """Sort a job's failure (see the module docstring); none leaves the job."""
        try:
            yield
        except SQLAlchemyError as exc:
            self._db_failed(job_id, exc, **extra)
        except MonitorError as exc:
            self.metrics.inc("monitor_job_errors_total", job=job_id.split(":")[0], kind="monitor")
            log.error("%s", exc, extra={"job": job_id, **extra})
        except Exception:
            self.metrics.inc("monitor_job_errors_total", job=job_id.split(":")[0], kind="bug")
            log.exception("unexpected error", extra={"job": job_id, **extra})
        else:
            if self._db_errors.pop(job_id, None):
                log.info("database reachable again", extra={"job": job_id})

    def _db_failed(self, job_id: str, exc: SQLAlchemyError, **extra: str) -> None:
        """A database error: the job retries with backoff; nothing it read is lost, because
        nothing moved in the database (the transaction rolled back)."""
        attempt = self._db_errors.get(job_id, 0) + 1
        self._db_errors[job_id] = attempt
        delay = retry_delay(attempt, self.context.settings.daemon.db_retry_max_seconds)
        problem = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:300]
        log.warning(
            "database error (attempt %d), retrying in %.0fs: %s",
            attempt,
            delay,
            problem,
            extra={"job": job_id, **extra},
        )
        self.metrics.inc("monitor_job_errors_total", job=job_id.split(":")[0], kind="database")
        self.move(job_id, utcnow() + timedelta(seconds=delay))

    async def drain(self, grace: float) -> tuple[int, int]:
        """Take no new work, wait up to `grace` seconds for the jobs under way, cancel the
        rest (and the jobs still waiting for a poll slot). Returns (finished, cancelled)."""
        self.stopping = True
        if self.scheduler.running:
            self.scheduler.pause()
        for task in list(self._waiting):
            task.cancel()
        pending = {t for t in self._tasks if not t.done()}
        finished = cancelled = 0
        if pending:
            log.info("waiting for %d running job(s)", len(pending))
            done, late = await asyncio.wait(pending, timeout=grace)
            finished, cancelled = len(done), len(late)
            for task in late:
                task.cancel()
            if late:
                await asyncio.wait(late, timeout=CANCELLED_WAIT_SECONDS)
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        return finished, cancelled
