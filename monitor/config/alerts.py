"""alerts.toml: the alert-target language. When a rule runs (`EVERY_RE`, cron or immediate),
what it selects, where it sends, and the `${NAME}` secrets in its target URLs, expanded from
the environment so that secrets stay out of committed files."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Literal

from pydantic import Field, PrivateAttr, field_validator

from monitor.config.base import _Strict
from monitor.errors import ConfigError

EVERY_RE = re.compile(r"^every (\d{1,12})([smhd])$")
MAX_EVERY_SECONDS = 366 * 86400


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
        if value == "immediate":
            return value
        if every := EVERY_RE.match(value):
            seconds = int(every.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[every.group(2)]
            if not 1 <= seconds <= MAX_EVERY_SECONDS:
                raise ValueError(f"{value!r}: give an interval from 1s to 366d")
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


def _check_target(target: str, path: Path, key: str, rule: str) -> None:
    """A target must be `stdout`, `file:<name>` or a URL Apprise understands: refused at load,
    not at the first delivery (where one typo once held every digest). The URL is not shown,
    it may hold a secret; its scheme is."""
    if target == "stdout" or target.startswith("file:"):
        return
    import apprise  # only configs with Apprise targets pay for loading it

    # Apprise logs "Unsupported URL: <the URL>" itself: that line could carry a secret, and the
    # error below says it once.
    apprise_log = logging.getLogger("apprise")
    was_disabled, apprise_log.disabled = apprise_log.disabled, True
    try:
        understood = apprise.Apprise.instantiate(target, suppress_exceptions=True)
    finally:
        apprise_log.disabled = was_disabled
    if understood is None:
        if "://" not in target:  # a typo of stdout or file:, or a URL without its scheme
            problem = (
                f"{target[:12]!r} is not a target Apprise understands: give 'stdout', "
                "'file:<name>' or a URL such as 'mailto://…'"
            )
        else:
            scheme = target.partition("://")[0]
            problem = f"{scheme}://…: not a target Apprise understands (check the scheme)"
        raise ConfigError(str(path), key, f"rule {rule!r}: {problem}")


def expand_targets(alerts: AlertsFile, env: dict[str, str], path: Path) -> AlertsFile:
    """Replace `${NAME}` in target URLs with the environment's value, or a secret file's
    (secrets stay out of committed files); a missing one is a config error naming the rule.
    The rule keeps the targets as written too: those are what the outbox stores."""
    rules = []
    for index, rule in enumerate(alerts.rules):
        key = f"rules.{index}.targets"

        def expand(match: re.Match[str], key: str = key) -> str:
            return _secret_value(match.group(1), env, path, key)

        targets = [_ENV_REF.sub(expand, target) for target in rule.targets]
        for number, target in enumerate(targets):
            _check_target(target, path, f"{key}.{number}", rule.name)
        expanded = rule.model_copy(update={"targets": targets})
        expanded._raw_targets = list(rule.targets)
        rules.append(expanded)
    return alerts.model_copy(update={"rules": rules})
