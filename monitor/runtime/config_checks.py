"""Checks of alerts.toml that need the gazetteer, run when `monitor run` starts (before any
work) and when the daemon reloads: a rule naming a place key, district or oblast the gazetteer
does not know could never match, so it is refused with the file, the rule and the key."""

from __future__ import annotations

from monitor.config import Settings
from monitor.errors import ConfigError
from monitor.places.gazetteer import Gazetteer


def check_rule_places(settings: Settings, gazetteer: Gazetteer) -> None:
    """Raise a ConfigError for the first unknown place key, district or oblast of a rule."""
    path = str(settings.config_dir / "alerts.toml")
    places = gazetteer.places
    districts = {p.district.casefold() for p in places.values() if p.district}
    oblasts = {p.oblast.casefold() for p in places.values() if p.oblast}
    for index, rule in enumerate(settings.alerts.rules):
        for number, key in enumerate(rule.places):
            if key not in places:
                raise ConfigError(
                    path,
                    f"rules.{index}.places.{number}",
                    f"rule {rule.name!r}: unknown place key {key!r} "
                    "(keys as in places.toml, e.g. 'sudzha'; `monitor places test NAME` shows one)",
                )
        for section, names, known in (
            ("districts", rule.districts, districts),
            ("oblasts", rule.oblasts, oblasts),
        ):
            for number, name in enumerate(names):
                if name.casefold() not in known:
                    raise ConfigError(
                        path,
                        f"rules.{index}.{section}.{number}",
                        f"rule {rule.name!r}: unknown {section[:-1]} {name!r} (English name as in "
                        "the gazetteer, e.g. 'Sudzhansky District')",
                    )
