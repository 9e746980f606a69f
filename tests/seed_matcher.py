"""Pytest plugin (registered in tests/conftest.py): the seed gazetteer and its compiled matcher,
built once per test session.

Compiling the matcher over the whole gazetteer (30,000 places) takes half a minute, so its
cache is kept between runs in pytest's cache folder of this checkout (`.pytest_cache`), in a
folder named after a digest of the code that compiles it (monitor/places, monitor/text): a
changed rule never meets a matcher compiled by the old one, and the gazetteer's own fingerprint
keys the file inside.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

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


def code_digest() -> str:
    """A digest of the source files that decide what a compiled matcher holds."""
    package = Path(__file__).resolve().parent.parent / "monitor"
    digest = hashlib.sha256()
    for path in sorted([*package.glob("places/*.py"), *package.glob("text/*.py")]):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


@pytest.fixture(scope="session")
def seed_matcher(seed_gazetteer: Gazetteer, request: pytest.FixtureRequest) -> PlaceMatcher:
    """The matcher over `seed_gazetteer`, compiled once and kept (see the module docstring)."""
    cache = request.config.cache
    assert cache is not None
    folder = cache.mkdir(f"matcher-{code_digest()}")
    for stale in folder.parent.glob("matcher-*"):  # compiled by code that has changed since
        if stale != folder:
            shutil.rmtree(stale, ignore_errors=True)
    return PlaceMatcher.load(seed_gazetteer, folder)


@pytest.fixture(scope="session")
def keys(seed_matcher: PlaceMatcher) -> Keys:
    """`keys(text, side=None)`: the keys of the places `seed_matcher` finds in `text`."""

    def found(text: str, side: str | None = None) -> list[str]:
        return [m.place_key for m in seed_matcher.find(text, side)]

    return found
