"""The daemon: APScheduler on one asyncio loop, cooperative shutdown, one writer per SQLite file.

Exit codes: 0 after a clean stop, 1 when a cycle could not even start (configuration), 4 when
another daemon holds the SQLite database, 130 when a second signal forced the exit.
"""

from __future__ import annotations

import asyncio
import fcntl
import logging
import os
import signal
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from monitor.analysis.pipeline import Analyzer
from monitor.config import Settings
from monitor.errors import MonitorError
from monitor.jobs import Sources, run_cycle

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


class Daemon:
    def __init__(
        self, settings: Settings, engine: Engine, analyzer: Analyzer, shutdown_grace: float = 30.0
    ) -> None:
        self.settings, self.engine, self.analyzer = settings, engine, analyzer
        self.shutdown_grace = shutdown_grace
        self.sources = Sources(settings)
        self._stop = asyncio.Event()
        self._signals = 0
        self._cycle_task: asyncio.Task[None] | None = None

    async def cycle(self) -> None:
        """One poll-analyze-digest cycle; a failure is logged and the next cycle retries."""
        self._cycle_task = asyncio.current_task()  # type: ignore[assignment]
        try:
            report = await run_cycle(self.engine, self.settings, self.analyzer, self.sources)
            log.info(
                "cycle done: %d polls, %d analyzed, %d digests",
                len(report.polls),
                report.analyzed,
                len(report.digests),
                extra={"job": "cycle"},
            )
        except (SQLAlchemyError, MonitorError) as exc:
            log.error("cycle failed, will retry: %s", exc, extra={"job": "cycle"})
        finally:
            self._cycle_task = None

    def _on_signal(self, signum: int) -> None:
        self._signals += 1
        if self._signals > 1:
            log.warning("second signal: exiting now")
            os._exit(EXIT_FORCED)
        log.info(
            "signal %s: finishing the running job (up to %.0fs)",
            signal.Signals(signum).name,
            self.shutdown_grace,
        )
        self._stop.set()

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, self._on_signal, signum)
        scheduler = AsyncIOScheduler(timezone=UTC)
        scheduler.add_job(
            self.cycle,
            IntervalTrigger(
                seconds=self.settings.poll.interval_seconds,
                jitter=self.settings.poll.jitter_seconds or None,
            ),
            id="cycle",
            next_run_time=datetime.now(UTC),
            max_instances=1,
            coalesce=True,
            misfire_grace_time=self.settings.poll.interval_seconds,
        )
        scheduler.start()
        log.info("daemon started: polling every %ds", self.settings.poll.interval_seconds)
        try:
            await self._stop.wait()
        finally:
            scheduler.shutdown(wait=False)
            await self._finish_running()
            await self.sources.aclose()
            self.engine.dispose()
            for signum in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(signum)
        log.info("daemon stopped")
        return 0

    async def _finish_running(self) -> None:
        task = self._cycle_task
        if task is None or task.done():
            return
        done, _ = await asyncio.wait({task}, timeout=self.shutdown_grace)
        if not done:
            log.warning("running job did not finish in %.0fs: cancelled", self.shutdown_grace)
            task.cancel()
            with suppress(asyncio.CancelledError):
                await task
