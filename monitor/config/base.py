"""What every config file shares: strict frozen models, and reading one TOML file into one
model with a single `ConfigError` that names the file, the key and the problem."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from monitor.errors import ConfigError

_Model = TypeVar("_Model", bound=BaseModel)


class _Strict(BaseModel):
    """A config section: an unknown key is a typo to report, and settings never change once
    loaded (a reload builds new ones)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def read_toml(path: Path, *, required: bool) -> dict[str, Any]:
    """The file's table; `{}` for a missing optional file, so every default applies."""
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


def validate(model: type[_Model], data: dict[str, Any], path: Path) -> _Model:
    """`data` as `model`, or a `ConfigError` on its first problem (with a count of the rest):
    one line a user can act on beats pydantic's full report."""
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
