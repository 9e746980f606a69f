"""Pytest plugin (registered in tests/conftest.py): the seed gazetteer and its compiled matcher,
built once per test session.

The matcher's cache goes to a folder of the session's own temporary directory, so runs and
checkouts never share (or trip over) one another's compiled matcher.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from monitor.config import PlacesFile, TrackSettings
from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher

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
Keys = Callable[..., list[str]]


@pytest.fixture(scope="session")
def seed_gazetteer() -> Gazetteer:
    """The bundled gazetteer, tracking the seed posts' places."""
    return Gazetteer.load(SEED_TRACK)


@pytest.fixture(scope="session")
def seed_matcher(
    seed_gazetteer: Gazetteer, tmp_path_factory: pytest.TempPathFactory
) -> PlaceMatcher:
    """The matcher over `seed_gazetteer`, compiled once (a few seconds) for the session."""
    return PlaceMatcher.load(seed_gazetteer, tmp_path_factory.mktemp("matcher-cache"))


@pytest.fixture(scope="session")
def keys(seed_matcher: PlaceMatcher) -> Keys:
    """`keys(text, side=None)`: the keys of the places `seed_matcher` finds in `text`."""

    def found(text: str, side: str | None = None) -> list[str]:
        return [m.place_key for m in seed_matcher.find(text, side)]

    return found
