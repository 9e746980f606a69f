"""The monitor's error tree. Raised inside the package, turned into messages only at the edges.

    MonitorError                  base; never raised itself (CLI exit 1 unless noted)
    ├── ConfigError               a config file or MONITOR_* variable is invalid (CLI exit 2)
    ├── StoreError                the database cannot be reached or is not migrated (exit 3)
    ├── DatabaseLocked            another daemon holds the SQLite database's lock file (exit 4)
    ├── SourceError               a channel could not be fetched; recorded on the channel row
    │   ├── ChannelUnavailable    the channel does not exist, is private or has no preview
    │   ├── RateLimited           the source asked us to wait `retry_after` seconds
    │   └── MarkupChanged         a page holds posts but none could be parsed
    ├── ImportFileError           an export or dump file is malformed, at a position (exit 2)
    ├── DeliveryError             an alert target refused or failed a digest
    └── UsageError                the user asked for something impossible: no such rule (exit 2)

The CLI prints `str(error)` as one line and exits with `exit_code`; the daemon stores it as the
channel's or delivery's `last_error` and carries on with other work.
"""

from __future__ import annotations


class MonitorError(Exception):
    exit_code = 1


class ConfigError(MonitorError):
    """`file`, `key` and `problem` say exactly what to fix."""

    exit_code = 2

    def __init__(self, file: str, key: str | None, problem: str) -> None:
        self.file, self.key, self.problem = file, key, problem
        where = f"{file}: {key}" if key else file
        super().__init__(f"{where}: {problem}")


class StoreError(MonitorError):
    exit_code = 3


class DatabaseLocked(MonitorError):
    """A second daemon on one SQLite database: it exits at once (SQLite has one writer)."""

    exit_code = 4


class SourceError(MonitorError):
    def __init__(self, channel: str, problem: str) -> None:
        self.channel, self.problem = channel, problem
        super().__init__(f"channel {channel}: {problem}")


class ChannelUnavailable(SourceError):
    pass


class RateLimited(SourceError):
    def __init__(self, channel: str, retry_after: float, problem: str = "") -> None:
        self.retry_after = retry_after
        super().__init__(channel, problem or f"rate limited, retry after {retry_after:.0f}s")


class MarkupChanged(SourceError):
    pass


class ImportFileError(MonitorError):
    exit_code = 2

    def __init__(self, file: str, position: str, problem: str) -> None:
        self.file, self.position, self.problem = file, position, problem
        super().__init__(f"{file}: {position}: {problem}")


class DeliveryError(MonitorError):
    pass


class UsageError(MonitorError):
    exit_code = 2
