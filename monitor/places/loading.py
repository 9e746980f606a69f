"""The gazetteer and the place matcher as the settings ask for them.

The one place that knows where they live under the data folder: imported GeoNames places in
`<data_dir>/gazetteer`, the compiled matcher cached in `<data_dir>/cache` (so loading a matcher
may write there, see `PlaceMatcher.load`). The analyzer, search and the CLI all load them here.
"""

from __future__ import annotations

from monitor.config import Settings
from monitor.errors import ConfigError
from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher


def load_gazetteer(settings: Settings) -> Gazetteer:
    """The bundled places, the user's imported ones and those of places.toml; the place
    filters of the alert rules are checked against them (an unknown key is a ConfigError)."""
    try:
        gazetteer = Gazetteer.load(settings.places, settings.data_dir / "gazetteer")
    except ConfigError as exc:
        if exc.file != "places.toml":
            raise
        raise ConfigError(str(settings.config_dir / exc.file), exc.key, exc.problem) from None
    check_rule_places(settings, gazetteer)
    return gazetteer


def check_rule_places(settings: Settings, gazetteer: Gazetteer) -> None:
    """Every place key, district and oblast an alert rule filters on exists in the gazetteer
    (a typo would make the rule silently match nothing)."""
    file = str(settings.config_dir / "alerts.toml")
    for index, rule in enumerate(settings.alerts.rules):
        for ref in rule.places:
            if ref not in gazetteer.places:
                problem = f"no place with key {ref!r} (`monitor places list` lists the keys)"
                raise ConfigError(file, f"rules.{index}.places", problem)
        for section, refs, kind in (
            ("districts", rule.districts, "district"),
            ("oblasts", rule.oblasts, "region"),
        ):
            for ref in refs:
                if not gazetteer.find(ref, frozenset({kind})):
                    problem = f"unknown {kind} {ref!r} (give its English name)"
                    raise ConfigError(file, f"rules.{index}.{section}", problem)


def load_matcher(settings: Settings, gazetteer: Gazetteer | None = None) -> PlaceMatcher:
    """The matcher over `gazetteer` (by default `load_gazetteer(settings)`), compiled once and
    cached under the data folder."""
    if gazetteer is None:
        gazetteer = load_gazetteer(settings)
    return PlaceMatcher.load(gazetteer, settings.data_dir / "cache")
