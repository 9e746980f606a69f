"""The gazetteer and the place matcher as the settings ask for them.

The one place that knows where they live under the data folder: imported GeoNames places in
`<data_dir>/gazetteer`, the compiled matcher cached in `<data_dir>/cache` (so loading a matcher
may write there, see `PlaceMatcher.load`). The analyzer, search and the CLI all load them here.
"""

from __future__ import annotations

from monitor.config import Settings
from monitor.errors import ConfigError
from monitor.gc_pause import gc_paused
from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher


def load_gazetteer(settings: Settings) -> Gazetteer:
    """The bundled places, the user's imported ones and those of places.toml; the place
    filters of the alert rules are checked against them (an unknown key is a ConfigError)."""
    source = str(settings.config_dir / "places.toml")
    with gc_paused():
        gazetteer = Gazetteer.load(settings.places, settings.data_dir / "gazetteer", source)
    check_rule_places(settings, gazetteer)
    return gazetteer


def check_rule_places(settings: Settings, gazetteer: Gazetteer) -> None:
    """Every place key, district and oblast an alert rule filters on exists in the gazetteer
    (a typo would make the rule silently match nothing): else a ConfigError naming the file,
    the rule and the key."""
    path = str(settings.config_dir / "alerts.toml")
    places = gazetteer.places
    rules = settings.alerts.rules
    districts: set[str] = set()
    oblasts: set[str] = set()
    if any(rule.districts or rule.oblasts for rule in rules):  # two passes over every place
        districts = {p.district.casefold() for p in places.values() if p.district}
        oblasts = {p.oblast.casefold() for p in places.values() if p.oblast}
    for index, rule in enumerate(rules):
        for number, key in enumerate(rule.places):
            if key not in places:
                raise ConfigError(
                    path,
                    f"rules.{index}.places.{number}",
                    f"rule {rule.name!r}: unknown place key {key!r} "
                    "(keys as in places.toml, e.g. 'sudzha'; `monitor places test NAME` shows one)",
                )
        for section, names, known, example in (
            ("districts", rule.districts, districts, "Sudzhansky District"),
            ("oblasts", rule.oblasts, oblasts, "Kursk Oblast"),
        ):
            for number, name in enumerate(names):
                if name.casefold() not in known:
                    raise ConfigError(
                        path,
                        f"rules.{index}.{section}.{number}",
                        f"rule {rule.name!r}: unknown {section[:-1]} {name!r} (English name as in "
                        f"the gazetteer, e.g. {example!r})",
                    )


def load_matcher(settings: Settings, gazetteer: Gazetteer | None = None) -> PlaceMatcher:
    """The matcher over `gazetteer` (by default `load_gazetteer(settings)`), compiled once and
    cached under the data folder."""
    if gazetteer is None:
        gazetteer = load_gazetteer(settings)
    check_front(settings, gazetteer)
    matcher = PlaceMatcher.load(gazetteer, settings.data_dir / "cache")
    matcher.follow_front(settings.places.front.raions)
    return matcher


def check_front(settings: Settings, gazetteer: Gazetteer) -> None:
    """Every raion of places.toml's `[front] raions` is a district of the gazetteer (a typo
    would silently drop it from the front): else a ConfigError naming it."""
    known = {p.district for p in gazetteer.places.values() if p.district}
    for number, name in enumerate(settings.places.front.raions):
        if name not in known:
            raise ConfigError(
                str(settings.config_dir / "places.toml"),
                f"front.raions.{number}",
                f"unknown raion {name!r} (English name as in the gazetteer, e.g. "
                "'Pokrovsk Raion' or 'Sudzhansky District')",
            )
