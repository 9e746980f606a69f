"""Run the real daemon (`python -m monitor run`) as a subprocess against a local t.me/s server.

`Site` serves channels through tests/sources/webserver.py with two extra faults, both per
channel: a delay on every answer, and a 429 with a long Retry-After (a flood wait).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import Engine, func, select, text, update

from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade
from monitor.store.models import Channel, Post
from tests.conftest import PG_URL, pg_schema
from tests.sources.webserver import Msg, WebServer, _Handler

REPO = Path(__file__).resolve().parents[2]


class _SlowHandler(_Handler):
    def do_GET(self) -> None:
        site: Site = self.server.site  # type: ignore[attr-defined]
        segments = [s for s in urlsplit(self.path).path.split("/") if s]
        channel = segments[-1] if segments else ""
        with site.fake.lock:
            site.arrivals.append(channel)
        if channel in site.flooded:
            return self._send(429, "Too Many Requests", {"Retry-After": "600"})
        delay = site.delays.get(channel, site.delay)
        if delay:
            time.sleep(delay)
        super().do_GET()


class Site(WebServer):
    def __init__(self, page_size: int = 20) -> None:
        super().__init__(page_size)
        self._server.RequestHandlerClass = _SlowHandler
        self._server.site = self  # type: ignore[attr-defined]
        self.delay = 0.0
        self.delays: dict[str, float] = {}
        self.flooded: set[str] = set()
        self.arrivals: list[str] = []  # channel of every request, logged as it arrives
        self.served: dict[str, int] = {}

    def add_posts(self, channel: str, count: int) -> list[int]:
        """New posts after the channel's last; every other one names Sudzha (a flag)."""
        first = self.served.get(channel, 0) + 1
        ids = list(range(first, first + count))
        self.fake.add(
            channel,
            [
                Msg(i, f"Пост {i}: бои у Суджи" if i % 2 == 0 else f"Пост {i}: без новостей")
                for i in ids
            ],
        )
        self.served[channel] = ids[-1]
        return ids

    def request_count(self, channel: str) -> int:
        with self.fake.lock:
            return self.arrivals.count(channel)


def channel_names(count: int, prefix: str = "chan") -> list[str]:
    return [f"{prefix}{i:03d}" for i in range(count)]


def write_config(
    directory: Path, channels: list[str], daemon: dict[str, object] | None = None
) -> Path:
    """A config dir: the shipped places and claims, these web channels, a file digest rule."""
    directory.mkdir(parents=True, exist_ok=True)
    for name in ("places.toml", "claims.toml"):
        shutil.copy(REPO / "config" / name, directory / name)
    settings = {
        "concurrency": 4,
        "shutdown_grace_seconds": 3,
        "lease_seconds": 30,
        "heartbeat_seconds": 1,
        "reload_seconds": 0,
        "analyze_seconds": 5,
        "db_retry_max_seconds": 2,
        **(daemon or {}),
    }
    lines = [f"{k} = {v!r}".replace("'", '"') for k, v in settings.items()]
    (directory / "monitor.toml").write_text(
        "[poll]\ninterval_seconds = 10\njitter_seconds = 0\nbackfill_pages = 10\n"
        "refresh_window = 5\n\n[web]\ntimeout_seconds = 10\nretries = 1\n"
        "min_interval_seconds = 0\n\n[daemon]\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    write_channels(directory, channels)
    (directory / "alerts.toml").write_text(
        "delivery_lease_seconds = 3\n\n"
        '[[rules]]\nname = "default"\nschedule = "immediate"\ntargets = ["file:digests"]\n',
        encoding="utf-8",
    )
    return directory


def write_channels(directory: Path, channels: list[str]) -> None:
    body = "".join(
        f'[[channels]]\nusername = "{name}"\nsource = "web"\nside = "ru"\n\n' for name in channels
    )
    (directory / "channels.toml").write_text(body, encoding="utf-8")


def pg_database(app: str) -> AbstractContextManager[str]:
    """A private, migrated schema; connections carry `application_name=app` so a test can
    terminate exactly its own backends."""
    return pg_schema("d", app=app)


def sqlite_database(tmp: Path) -> str:
    url = f"sqlite:///{tmp / 'data' / 'monitor.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    return url


def terminate_backends(app: str) -> int:
    probe = make_engine(PG_URL)
    try:
        with probe.begin() as connection:
            return len(
                connection.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE application_name = :app"
                    ),
                    {"app": app},
                ).all()
            )
    finally:
        probe.dispose()


class DaemonProcess:
    """`python -m monitor run` with MONITOR_* pointing at the test's config and database."""

    def __init__(self, config_dir: Path, data_dir: Path, db_url: str, base_url: str) -> None:
        self.env = {
            **os.environ,
            "MONITOR_CONFIG_DIR": str(config_dir),
            "MONITOR_DATA_DIR": str(data_dir),
            "MONITOR_DATABASE_URL": db_url,
            "MONITOR_WEB_BASE_URL": base_url,
            "MONITOR_LOG_FORMAT": "json",
            "MONITOR_LOG_LEVEL": "INFO",
            "PYTHONPATH": os.pathsep.join(
                p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p
            ),
        }
        self.log = data_dir.parent / f"daemon-{uuid.uuid4().hex[:6]}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, *args: str) -> DaemonProcess:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "monitor", "run", *args],
                env=self.env,
                cwd=str(self.log.parent),
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        return self

    def signal(self, signum: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(signum)

    def kill9(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def wait(self, timeout: float) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout=timeout)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.alive():
            self.kill9()


def wait_for(check: Callable[[], bool], timeout: float, what: str, step: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def stored_posts(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as session:
        rows = session.execute(
            select(Channel.username, func.count(Post.id))
            .join(Post, Post.channel_id == Channel.id)
            .group_by(Channel.username)
        ).all()
    return {name: count for name, count in rows}


def make_due(engine: Engine) -> None:
    """Every channel due now (the test's stand-in for waiting out the poll interval)."""
    with session_scope(engine) as session:
        session.execute(update(Channel).values(next_poll_at=None))


def all_stored(engine: Engine, site: Site) -> bool:
    try:
        return stored_posts(engine) == site.served
    except Exception:  # the database may be briefly unreachable in outage tests
        return False
