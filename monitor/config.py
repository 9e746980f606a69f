"""Typed settings: `config/*.toml` plus `MONITOR_*` environment overrides.

This is the only module that reads the environment. `load_settings()` validates every file at
start-up and raises one `ConfigError` naming the file, the key and the problem.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

from monitor.errors import ConfigError

DEFAULT_CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"
USERNAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")
EVERY_RE = re.compile(r"^every (\d+)([smhd])$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- monitor.toml -------------------------------------------------------------------------


class PollSettings(_Strict):
    interval_seconds: int = Field(900, ge=10)
    jitter_seconds: int = Field(30, ge=0)
    backfill_pages: int = Field(3, ge=0)
    refresh_window: int = Field(50, ge=0, description="recent posts re-read each poll")


class WebSettings(_Strict):
    base_url: str = "https://t.me"
    timeout_seconds: float = Field(20.0, gt=0)
    retries: int = Field(4, ge=0)
    min_interval_seconds: float = Field(1.0, ge=0, description="pause between requests per host")


class TelegramSettings(_Strict):
    api_id: int | None = None
    api_hash: str | None = Field(None, repr=False)
    session: str | None = Field(None, repr=False, description="a Telethon string session")
    session_file: str = "telegram.session"


class DaemonSettings(_Strict):
    """`[daemon]`: how `monitor run` schedules, shares and stops its work."""

    concurrency: int = Field(8, ge=1, le=256, description="channels polled at once per source")
    shutdown_grace_seconds: float = Field(30.0, ge=0)
    lease_seconds: int = Field(300, ge=5, description="a dead worker's channels free up after")
    heartbeat_seconds: int = Field(30, ge=1)
    reload_seconds: int = Field(60, ge=0, description="re-read the config (0: only on SIGHUP)")
    misfire_grace_seconds: int = Field(60, ge=1)
    analyze_seconds: int = Field(300, ge=5, description="analysis runs after polls, and this often")
    db_retry_max_seconds: int = Field(300, ge=1, description="cap of the retry after a DB error")
    maintenance_hours: float = Field(24.0, gt=0)
    retention_days: int | None = Field(None, ge=1, description="drop poll_runs older than this")


class MonitorSection(_Strict):
    data_dir: Path = Path("data")
    database_url: str = ""
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["text", "json"] = "text"
    timezone: str = "UTC"


class MonitorFile(_Strict):
    monitor: MonitorSection = MonitorSection()
    poll: PollSettings = PollSettings()
    web: WebSettings = WebSettings()
    telegram: TelegramSettings = TelegramSettings()
    daemon: DaemonSettings = DaemonSettings()


# --- channels.toml ------------------------------------------------------------------------


class ChannelConfig(_Strict):
    username: str
    source: Literal["seed", "web", "telegram"] = "web"
    side: Literal["ru", "ua", "other"]
    language: Literal["ru", "uk", "en"] = "ru"
    title: str = ""
    enabled: bool = True
    poll_interval_seconds: int | None = Field(None, ge=10)

    @field_validator("username")
    @classmethod
    def _username(cls, value: str) -> str:
        if not USERNAME_RE.match(value):
            raise ValueError(
                "a Telegram username is 4-32 letters, digits or underscores starting with a letter"
            )
        return value


class ChannelsFile(_Strict):
    channels: list[ChannelConfig] = []

    @field_validator("channels")
    @classmethod
    def _unique(cls, value: list[ChannelConfig]) -> list[ChannelConfig]:
        seen: set[str] = set()
        for channel in value:
            if channel.username.casefold() in seen:
                raise ValueError(f"channel {channel.username!r} is listed twice")
            seen.add(channel.username.casefold())
        return value


# --- places.toml --------------------------------------------------------------------------


class CustomPlace(_Strict):
    """A place the bundled gazetteer lacks, declared by the user."""

    key: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name_en: str
    name_ru: str | None = None
    name_uk: str | None = None
    kind: str = "settlement"
    district: str | None = None
    oblast: str | None = None
    country: Literal["RU", "UA", ""] = ""
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    aliases: list[str] = []


class TrackSettings(_Strict):
    places: list[str] = []
    districts: list[str] = []
    oblasts: list[str] = []


class PlacesFile(_Strict):
    track: TrackSettings = TrackSettings()
    places: list[CustomPlace] = []
    aliases: dict[str, list[str]] = {}
    stopwords: list[str] = []


# --- claims.toml --------------------------------------------------------------------------


Words = dict[Literal["ru", "uk", "en"], list[str]]
ActorDefault = Literal["cue", "own", "enemy", "ru", "ua", "other", "unknown", "by_target"]


class ClaimRule(_Strict):
    """One group of trigger words for one claim type (a type may have several groups).

    Trigger words are written in any form (dictionary form is clearest) and matched on lemmas;
    a phrase matches its words in order with at most two other words between them; a word ending
    in `*` matches any word starting with it. `actor` is used when no actor cue is found:
    `own`/`enemy` are relative to the channel's side, `by_target` is the side the place is not in.
    """

    type: str
    name: str = ""
    triggers: Words
    window: int = Field(6, ge=0, description="how many words a trigger may stand from the place")
    place: Literal["required", "optional"] = "required"
    actor: ActorDefault = "cue"
    cue_role: Literal["agent", "patient", "svo"] = Field(
        "agent",
        description="what the nearest actor cue names: the side acting (agent), the "
        "side suffering (patient), or the actor before the trigger and the victim after (svo)",
    )
    context: Words = {}
    unless: Words = {}
    context_window: int = Field(5, ge=1)
    lists: bool = Field(True, description="extend the claim to places listed with its place")
    place_not_after: Words = Field(
        {}, description="a place right after these words is not this rule's place (origins)"
    )
    place_prefer_after: Words = Field(
        {}, description="a place right after these words is preferred (destinations)"
    )
    region_capture_is_advance: bool = Field(
        True,
        description="a capture claim on a district or oblast becomes `advance` (nobody takes "
        "a whole oblast in one claim); false for control-state words («ТОТ АР Крим»)",
    )
    context_scope: Literal["window", "post"] = Field(
        "window",
        description="where `context` words count: within `context_window` words in the "
        "trigger's sentence, or anywhere in the post's analysed lines",
    )
    carry_over: int = Field(
        0,
        ge=0,
        description="if the sentence names no place, use the paragraph's last place "
        "up to this many words back (0: never)",
    )
    place_side: Literal["both", "after"] = Field(
        "both",
        description="where the place may stand: on either side of the trigger, or only after "
        "it («в сторону Суджи»: the places before are where the move starts)",
    )
    region_fallback: bool = Field(
        False,
        description="if the sentence names no place and no earlier place is near enough, "
        "use the one oblast or region the post names (none when it names several)",
    )
    confidence: float = Field(0.8, gt=0, le=1)

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        from monitor.domain import CLAIM_TYPES

        if value not in CLAIM_TYPES:
            raise ValueError(f"unknown claim type {value!r}; known: {', '.join(CLAIM_TYPES)}")
        return value


class ClaimCues(_Strict):
    """Words that decide a claim's actor and stance, per language (see config/claims.toml)."""

    russian_forces: Words = {}
    ukrainian_forces: Words = {}
    other_forces: Words = {}
    own_forces: Words = {}
    enemy_forces: Words = {}
    victim_markers: Words = {}
    object_markers: Words = {}
    reported: Words = {}
    own_source: Words = {}
    denied: Words = {}
    negation: Words = {}
    irrealis: Words = {}
    partial: Words = {}
    list_glue: Words = {}
    road: Words = {}
    response: Words = {}
    source_names: Words = {}
    cue_window: int = Field(12, ge=1)


class ClaimsFile(_Strict):
    version: int = 1
    cues: ClaimCues = ClaimCues()
    rules: list[ClaimRule] = []


# --- alerts.toml --------------------------------------------------------------------------


class AlertRule(_Strict):
    """One alert rule of alerts.toml: when it runs, what it selects, where and how it sends.

    Each filter keeps a post when any of its values matches; filters combine with AND."""

    name: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    schedule: str = "immediate"
    targets: list[str] = ["stdout"]
    format: Literal["text", "markdown", "html"] = "text"
    language: Literal["en", "ru", "uk"] = Field("en", description="the digest's own labels")
    timezone: str | None = Field(None, description="the reader's zone (default: monitor's)")
    places: list[str] = []
    districts: list[str] = []
    oblasts: list[str] = []
    claim_types: list[str] = []
    stances: list[Literal["asserted", "reported", "denied"]] = []
    sides: list[Literal["ru", "ua", "other"]] = []
    channels: list[str] = []
    min_corroboration: int = Field(
        0, ge=0, description="only claims asserted by at least this many independent channels"
    )
    only_new_clusters: bool = Field(
        False, description="only claims whose cluster this rule has not sent before"
    )
    hold_days: float = Field(
        7.0, gt=0, description="how long a post held back by the two filters above is retried"
    )
    heartbeat: bool = False
    _raw_targets: list[str] = PrivateAttr(default_factory=list)

    @property
    def raw_targets(self) -> list[str]:
        """The targets as written in alerts.toml (`${NAME}` unexpanded): safe to store."""
        return self._raw_targets or list(self.targets)

    def resolve_target(self, stored: str) -> str | None:
        """The real URL of a target stored as written (or, for old rows, as expanded)."""
        for raw, real in zip(self.raw_targets, self.targets, strict=True):
            if stored in (raw, real):
                return real
        return None

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        if value is not None:
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown time zone {value!r} (e.g. 'Europe/Kyiv')") from None
        return value

    @field_validator("schedule")
    @classmethod
    def _schedule(cls, value: str) -> str:
        if value == "immediate" or EVERY_RE.match(value):
            return value
        from apscheduler.triggers.cron import CronTrigger

        try:
            CronTrigger.from_crontab(value)
        except ValueError as exc:
            raise ValueError(
                f"{value!r} is not 'immediate', 'every 30m' / 'every 2h', nor a cron line "
                f"('0 7 * * *'): {exc}"
            ) from exc
        return value


class AlertsFile(_Strict):
    rules: list[AlertRule] = []
    delivery_lease_seconds: int = Field(
        300,
        ge=1,
        description="a delivery in flight is retried by another run only after this long; "
        "keep it above the slowest send",
    )

    @field_validator("rules")
    @classmethod
    def _unique(cls, value: list[AlertRule]) -> list[AlertRule]:
        names = [rule.name for rule in value]
        for name in names:
            if names.count(name) > 1:
                raise ValueError(f"rule {name!r} is defined twice")
        return value


_ENV_REF = re.compile(r"\$\{([A-Z][A-Z0-9_]*)\}")


def _secret_value(name: str, env: dict[str, str], path: Path, key: str) -> str:
    """`${NAME}`: the variable NAME, else the content of the file named by NAME_FILE."""
    if name in env:
        return env[name]
    if f"{name}_FILE" in env:
        try:
            return Path(env[f"{name}_FILE"]).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(
                str(path), key, f"cannot read {name}_FILE ({env[name + '_FILE']}): {exc.strerror}"
            ) from exc
    raise ConfigError(str(path), key, f"environment variable {name} is not set (nor {name}_FILE)")


def _expand_targets(alerts: AlertsFile, env: dict[str, str], path: Path) -> AlertsFile:
    """Replace `${NAME}` in target URLs with the environment's value, or a secret file's
    (secrets stay out of committed files); a missing one is a config error naming the rule.
    The rule keeps the targets as written too: those are what the outbox stores."""
    rules = []
    for index, rule in enumerate(alerts.rules):
        key = f"rules.{index}.targets"

        def expand(match: re.Match[str], key: str = key) -> str:
            return _secret_value(match.group(1), env, path, key)

        targets = [_ENV_REF.sub(expand, target) for target in rule.targets]
        expanded = rule.model_copy(update={"targets": targets})
        expanded._raw_targets = list(rule.targets)
        rules.append(expanded)
    return alerts.model_copy(update={"rules": rules})


# --- environment --------------------------------------------------------------------------


class EnvOverrides(BaseSettings):
    """`MONITOR_*` variables. A `*_FILE` variant names a file holding a secret."""

    model_config = SettingsConfigDict(env_prefix="MONITOR_", extra="ignore")

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


def _read_toml(path: Path, *, required: bool) -> dict[str, Any]:
    if not path.exists():
        if required:
            raise ConfigError(str(path), None, "file not found (set MONITOR_CONFIG_DIR?)")
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), None, f"not valid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(str(path), None, f"cannot be read: {exc.strerror}") from exc


def _validate(model: type[BaseModel], data: dict[str, Any], path: Path) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(part) for part in error["loc"]) or None
        problem = error["msg"]
        if error["type"] == "extra_forbidden":
            problem = "unknown key (check its spelling)"
        more = len(exc.errors()) - 1
        if more:
            problem += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise ConfigError(str(path), key, problem) from exc


def _secret(value: str | None, file: Path | None, name: str) -> str | None:
    if file is None:
        return value
    try:
        return file.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(
            f"MONITOR_{name}_FILE", None, f"cannot read {file}: {exc.strerror}"
        ) from exc


def load_settings(config_dir: Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Read and validate `config_dir` (default: MONITOR_CONFIG_DIR, else the repo's config/)."""
    try:
        if env is None:
            overrides = EnvOverrides()
        else:
            prefixed = {
                k[len("MONITOR_") :].lower(): v for k, v in env.items() if k.startswith("MONITOR_")
            }
            overrides = EnvOverrides.model_validate(prefixed)
    except ValidationError as exc:
        error = exc.errors()[0]
        name = "MONITOR_" + str(error["loc"][0]).upper()
        raise ConfigError("environment", name, error["msg"]) from exc
    directory = config_dir or overrides.config_dir or DEFAULT_CONFIG_DIR
    if not directory.is_dir():
        raise ConfigError(str(directory), None, "config directory not found")

    monitor_path = directory / "monitor.toml"
    monitor_file: MonitorFile = _validate(
        MonitorFile, _read_toml(monitor_path, required=True), monitor_path
    )
    section = monitor_file.monitor.model_copy(
        update={
            k: v
            for k, v in {
                "data_dir": overrides.data_dir,
                "database_url": overrides.database_url,
                "log_level": overrides.log_level.upper() if overrides.log_level else None,
                "log_format": overrides.log_format,
            }.items()
            if v is not None
        }
    )
    section = _validate(MonitorSection, section.model_dump(), monitor_path)
    web = monitor_file.web
    if overrides.web_base_url:
        web = web.model_copy(update={"base_url": overrides.web_base_url.rstrip("/")})
    telegram = monitor_file.telegram.model_copy(
        update={
            k: v
            for k, v in {
                "api_id": overrides.telegram_api_id,
                "api_hash": _secret(
                    overrides.telegram_api_hash,
                    overrides.telegram_api_hash_file,
                    "TELEGRAM_API_HASH",
                ),
                "session": _secret(
                    overrides.telegram_session, overrides.telegram_session_file, "TELEGRAM_SESSION"
                ),
            }.items()
            if v is not None
        }
    )

    def section_file(name: str, model: type[BaseModel]) -> Any:
        path = directory / name
        return _validate(model, _read_toml(path, required=False), path)

    channels: ChannelsFile = section_file("channels.toml", ChannelsFile)
    return Settings(
        config_dir=directory,
        monitor=section,
        poll=monitor_file.poll,
        web=web,
        telegram=telegram,
        daemon=monitor_file.daemon,
        channels=channels.channels,
        places=section_file("places.toml", PlacesFile),
        claims=section_file("claims.toml", ClaimsFile),
        alerts=_expand_targets(
            section_file("alerts.toml", AlertsFile),
            dict(os.environ) if env is None else env,
            directory / "alerts.toml",
        ),
    )
