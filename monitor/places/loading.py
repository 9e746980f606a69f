"""The gazetteer and the place matcher as the settings ask for them.

The one place that knows where they live under the data folder: imported GeoNames places in
`<data_dir>/gazetteer`, the compiled matcher cached in `<data_dir>/cache` (so loading a matcher
may write there, see `PlaceMatcher.load`). The analyzer, search and the CLI all load them here.
"""

from __future__ import annotations

from monitor.config import Settings
from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher


def load_gazetteer(settings: Settings) -> Gazetteer:
    """The bundled places, the user's imported ones and those of places.toml."""
    source = str(settings.config_dir / "places.toml")
    return Gazetteer.load(settings.places, settings.data_dir / "gazetteer", source)


def load_matcher(settings: Settings, gazetteer: Gazetteer | None = None) -> PlaceMatcher:
    """The matcher over `gazetteer` (by default `load_gazetteer(settings)`), compiled once and
    cached under the data folder."""
    if gazetteer is None:
        gazetteer = load_gazetteer(settings)
    return PlaceMatcher.load(gazetteer, settings.data_dir / "cache")
