"""monitor.toml and the `MONITOR_*` environment, gathered with the other files into `Settings`.

This is the only module that reads the environment. `load_settings()` validates every file at
start-up and raises one `ConfigError` naming the file, the key and the problem.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from monitor.bundled import bundled_dir
from monitor.config.alerts import AlertsFile, expand_targets
from monitor.config.base import _Strict, read_toml, validate
from monitor.config.channels import ChannelConfig, ChannelsFile
from monitor.config.claims import ClaimsFile
from monitor.config.places import PlacesFile
from monitor.errors import ConfigError

DEFAULT_CONFIG_DIR = bundled_dir("config")

_Model = TypeVar("_Model", bound=BaseModel)


# --- monitor.toml -------------------------------------------------------------------------


class PollSettings(_Strict):
    interval_seconds: int = Field(900, ge=10)
    jitter_seconds: int = Field(30, ge=0)
    backfill_pages: int = Field(3, ge=0)
    refresh_window: int = Field(50, ge=0, description="recent posts re-read each poll")


class WebSettings(_Strict):
    base_url: str = Field("https://t.me", pattern=r"^https?://[^\s/?#]+(?:/[^\s?#]*)?$")
    timeout_seconds: float = Field(20.0, gt=0, le=3600)
    retries: int = Field(4, ge=0, le=20)
    min_interval_seconds: float = Field(1.0, ge=0, description="pause between requests per host")
    page_deadline_seconds: float = Field(60.0, gt=0, le=3600, description="one whole answer")
    max_page_bytes: int = Field(8_000_000, ge=10_000, le=500_000_000)


class TelegramSettings(_Strict):
    api_id: int | None = None
    api_hash: str | None = Field(None, repr=False)
    session: str | None = Field(None, repr=False, description="a Telethon string session")
    session_file: str = "telegram.session"


class DaemonSettings(_Strict):
    """`[daemon]`: how `monitor run` schedules, shares and stops its work."""

    concurrency: int = Field(8, ge=1, le=256, description="channels polled at once per source")
    shutdown_grace_seconds: float = Field(30.0, ge=0)
    # The heartbeat renews the leases of the channels being polled, so a lease can be short: a
    # killed worker's channels are polled again by another worker within a minute.
    lease_seconds: int = Field(45, ge=5, description="a dead worker's channels free up after")
    heartbeat_seconds: int = Field(10, ge=1, description="heartbeat and lease renewal")
    reload_seconds: int = Field(60, ge=0, description="re-read the config (0: only on SIGHUP)")
    misfire_grace_seconds: int = Field(60, ge=1)
    analyze_seconds: int = Field(300, ge=5, description="analysis runs after polls, and this often")
    db_retry_max_seconds: int = Field(300, ge=1, description="cap of the retry after a DB error")
    maintenance_hours: float = Field(24.0, gt=0)
    retention_days: int | None = Field(None, ge=1, description="drop poll_runs older than this")


class SqlSettings(_Strict):
    """`[sql]`: `monitor sql` and `monitor serve` (see README, "Security")."""

    statement_timeout_seconds: float = Field(30.0, gt=0, le=86_400)
    reader_role: str = Field(
        "monitor_reader",
        pattern=r"^[a-z_][a-z0-9_]{0,62}$",
        description="PostgreSQL role that the read-only commands run as",
    )


class MonitorSection(_Strict):
    data_dir: Path = Path("data")
    database_url: str = ""
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["text", "json"] = "text"
    timezone: str = "UTC"

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (e.g. 'Europe/Kyiv')") from None
        return value


class MonitorFile(_Strict):
    monitor: MonitorSection = MonitorSection()
    poll: PollSettings = PollSettings()
    web: WebSettings = WebSettings()
    telegram: TelegramSettings = TelegramSettings()
    daemon: DaemonSettings = DaemonSettings()
    sql: SqlSettings = SqlSettings()


# --- environment --------------------------------------------------------------------------


ENV_PREFIX = "MONITOR_"


class EnvOverrides(BaseModel):
    """`MONITOR_*` variables, the name in any case (the rest is not the monitor's). A `*_FILE`
    variant names a file holding a secret. Read by `_env_overrides`: pydantic-settings, for no
    more than this, made loading the settings a fifth slower (40 ms of every command)."""

    model_config = ConfigDict(extra="ignore")

    config_dir: Path | None = None
    data_dir: Path | None = None
    database_url: str | None = None
    log_level: str | None = None
    log_format: str | None = None
    web_base_url: str | None = None
    telegram_api_id: int | None = None
    telegram_api_hash: str | None = Field(None, repr=False)
    telegram_api_hash_file: Path | None = None
    telegram_session: str | None = Field(None, repr=False)
    telegram_session_file: Path | None = None


class Settings(_Strict):
    """Everything the monitor was configured with, validated."""

    config_dir: Path
    monitor: MonitorSection
    poll: PollSettings
    web: WebSettings
    telegram: TelegramSettings
    daemon: DaemonSettings = DaemonSettings()
    sql: SqlSettings = SqlSettings()
    channels: list[ChannelConfig]
    places: PlacesFile
    claims: ClaimsFile
    alerts: AlertsFile

    @property
    def data_dir(self) -> Path:
        path = self.monitor.data_dir
        return path if path.is_absolute() else (Path.cwd() / path)

    @property
    def database_url(self) -> str:
        if self.monitor.database_url:
            return self.monitor.database_url
        return f"sqlite:///{self.data_dir / 'monitor.db'}"


def load_settings(config_dir: Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Read and validate `config_dir` (default: MONITOR_CONFIG_DIR, else the bundled config/).

    `env` stands in for the process environment (tests pass their own). The files are checked
    in a fixed order, so that a config with several problems always reports the same first one.
    """
    overrides = _env_overrides(env)
    directory = config_dir or overrides.config_dir or DEFAULT_CONFIG_DIR
    if not directory.is_dir():
        raise ConfigError(str(directory), None, "config directory not found")
    monitor_path = directory / "monitor.toml"
    monitor_file = validate(MonitorFile, read_toml(monitor_path, required=True), monitor_path)
    return Settings(
        config_dir=directory,
        monitor=_monitor_section(monitor_file.monitor, overrides, monitor_path),
        poll=monitor_file.poll,
        web=_web(monitor_file.web, overrides),
        telegram=_telegram(monitor_file.telegram, overrides),
        daemon=monitor_file.daemon,
        sql=monitor_file.sql,
        channels=_section_file(directory / "channels.toml", ChannelsFile).channels,
        places=_section_file(directory / "places.toml", PlacesFile),
        claims=_section_file(directory / "claims.toml", ClaimsFile),
        alerts=expand_targets(
            _section_file(directory / "alerts.toml", AlertsFile),
            dict(os.environ) if env is None else env,
            directory / "alerts.toml",
        ),
    )


def _env_overrides(env: dict[str, str] | None) -> EnvOverrides:
    """The `MONITOR_*` values of `env`, or of the process environment when it is None."""
    size = len(ENV_PREFIX)
    source = os.environ if env is None else env
    prefixed = {k[size:].lower(): v for k, v in source.items() if k[:size].upper() == ENV_PREFIX}
    try:
        return EnvOverrides.model_validate(prefixed)
    except ValidationError as exc:
        error = exc.errors()[0]
        name = "MONITOR_" + str(error["loc"][0]).upper()
        raise ConfigError("environment", name, error["msg"]) from exc


def _with_overrides(model: _Model, values: dict[str, Any]) -> _Model:
    """`model` with each value that the environment sets (not None) in place of the file's."""
    return model.model_copy(update={k: v for k, v in values.items() if v is not None})


def _monitor_section(
    section: MonitorSection, overrides: EnvOverrides, path: Path
) -> MonitorSection:
    """`[monitor]` with the environment's values, validated again: a copy skips validation.
    A bad value from the environment is blamed on its variable, not on the file."""
    for name, value, allowed in (
        ("MONITOR_LOG_LEVEL", overrides.log_level, ("DEBUG", "INFO", "WARNING", "ERROR")),
        ("MONITOR_LOG_FORMAT", overrides.log_format, ("text", "json")),
    ):
        if value is not None and value.upper() not in {a.upper() for a in allowed}:
            raise ConfigError("environment", name, f"{value!r} is not one of {', '.join(allowed)}")
    merged = _with_overrides(
        section,
        {
            "data_dir": overrides.data_dir,
            "database_url": overrides.database_url,
            "log_level": overrides.log_level.upper() if overrides.log_level else None,
            "log_format": overrides.log_format,
        },
    )
    return validate(MonitorSection, merged.model_dump(), path)


def _web(web: WebSettings, overrides: EnvOverrides) -> WebSettings:
    if overrides.web_base_url:
        merged = web.model_dump() | {"base_url": overrides.web_base_url.rstrip("/")}
        try:
            return WebSettings.model_validate(merged)
        except ValidationError:
            raise ConfigError(
                "environment", "MONITOR_WEB_BASE_URL", "not an http(s) URL like https://t.me"
            ) from None
    return web


def _telegram(telegram: TelegramSettings, overrides: EnvOverrides) -> TelegramSettings:
    """`[telegram]` with the API id and the secrets from the environment or secret files."""
    api_hash = _secret(
        overrides.telegram_api_hash, overrides.telegram_api_hash_file, "TELEGRAM_API_HASH"
    )
    session = _secret(
        overrides.telegram_session, overrides.telegram_session_file, "TELEGRAM_SESSION"
    )
    return _with_overrides(
        telegram, {"api_id": overrides.telegram_api_id, "api_hash": api_hash, "session": session}
    )


def _secret(value: str | None, file: Path | None, name: str) -> str | None:
    """A secret given directly, or read from the file its `MONITOR_<name>_FILE` names."""
    if file is None:
        return value
    try:
        return file.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(
            f"MONITOR_{name}_FILE", None, f"cannot read {file}: {exc.strerror}"
        ) from exc


def _section_file(path: Path, model: type[_Model]) -> _Model:
    """An optional file of the config folder: all defaults when it is absent."""
    return validate(model, read_toml(path, required=False), path)
