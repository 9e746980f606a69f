"""Pytest plugin (registered in tests/conftest.py): the seed gazetteer and its compiled matcher,
built once per test session.

Compiling the matcher over the whole gazetteer (30,000 places) takes half a minute, so its
cache is kept between runs in the system's temporary folder (`monitor-test-matcher/`; `make
test` runs pytest without its cache plugin), in a folder named after a digest of the code that
compiles it (`compiler.COMPILE_MODULES`): a changed rule never meets a matcher compiled by the
old one, and the gazetteer's own fingerprint keys the file inside, so runs and checkouts of the
same code may share it (the file is written atomically). Folders of other code unused for a
day are removed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from monitor.config import PlacesFile, TrackSettings
from monitor.places.compiler import compiler_digest
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


STALE_SECONDS = 86_400


@pytest.fixture(scope="session")
def seed_matcher(seed_gazetteer: Gazetteer) -> PlaceMatcher:
    """The matcher over `seed_gazetteer`, compiled once and kept (see the module docstring)."""
    root = Path(tempfile.gettempdir()) / "monitor-test-matcher"
    folder = root / compiler_digest()
    folder.mkdir(parents=True, exist_ok=True)
    os.utime(folder)
    for stale in root.iterdir():
        try:
            unused = time.time() - stale.stat().st_mtime
        except OSError:  # removed meanwhile by another run
            continue
        if stale != folder and unused > STALE_SECONDS:
            shutil.rmtree(stale, ignore_errors=True)
    return PlaceMatcher.load(seed_gazetteer, folder)


@pytest.fixture(scope="session")
def warm_cache(seed_matcher: PlaceMatcher) -> Callable[[Path], None]:
    """`warm_cache(folder)`: put the compiled seed matcher into a data folder's cache (a hard
    link where the file system allows), so that a test running the CLI or the daemon over the
    shipped config loads it in a second instead of compiling it again."""
    root = Path(tempfile.gettempdir()) / "monitor-test-matcher" / compiler_digest()

    def warm(folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for compiled in root.glob("places-*.pickle"):
            try:
                os.link(compiled, folder / compiled.name)
            except OSError:
                shutil.copy2(compiled, folder / compiled.name)

    return warm


@pytest.fixture(scope="session")
def keys(seed_matcher: PlaceMatcher) -> Keys:
    """`keys(text, side=None)`: the keys of the places `seed_matcher` finds in `text`."""

    def found(text: str, side: str | None = None) -> list[str]:
        return [m.place_key for m in seed_matcher.find(text, side)]

    return found
