"""What one daemon process holds besides its jobs: the SQLite lock file and its database threads.

`SingleWriterLock` makes a second daemon on one SQLite database exit at once (`DatabaseLocked`,
exit 4): SQLite has one writer, so one process holds every channel lease. PostgreSQL needs no
lock file; its workers share the channels through leases (`monitor.runtime.leases`).

`TrackingExecutor` is the thread pool the daemon's database work runs on. It knows whether any
work is still under way, so the shutdown can tell a clean exit from one that must leave a
statement behind.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any

from monitor.errors import DatabaseLocked


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
