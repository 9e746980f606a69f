"""Helpers shared by the analysis tests: one compiled matcher per test session."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from monitor.config import PlacesFile, TrackSettings
from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SEED_TRACK = PlacesFile(
    track=TrackSettings(
        places=[
            "kursk-oblast",
            "kursk",
            "sudzha",
            "malaya-loknya",
            "cherkasskoye-porechnoye",
            "kositsa",
            "kyiv",
        ]
    )
)
CACHE = Path(tempfile.gettempdir()) / "monitor-tests-matcher-cache"


@functools.lru_cache(maxsize=1)
def seed_matcher() -> tuple[Gazetteer, PlaceMatcher]:
    gaz = Gazetteer.load(SEED_TRACK)
    return gaz, PlaceMatcher.load(gaz, CACHE)
