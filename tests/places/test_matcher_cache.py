"""The compiled matcher's cache: what it reads back is what was compiled, and a broken or
stale file is rebuilt with a warning that names it, never an error that stops the start."""

from __future__ import annotations

import logging
import pickle
from pathlib import Path

import pytest

import monitor.places.matcher as matcher_module
from monitor.places import cache_file
from monitor.places.gazetteer import Gazetteer, GazetteerPlace, Names
from monitor.places.matcher import PlaceMatcher, cache_path

TEXTS = [
    "Бои у Малой Локни и в Судже",
    "Бої біля Малої Локні, у Суджі",
    "Малая-Локня, малая локня, МАЛАЯ  ЛОКНЯ",
    "Вибухи у Слов'янську, у Слов янську",
    "Fighting near Malaya Loknya and Sudzha",
    "Над Суджей сбит дрон",
]


@pytest.fixture(scope="module")
def small_gazetteer() -> Gazetteer:
    """Three places: one with a name of two words (its forms are keyed by their first word,
    see `tails`), one with an apostrophe (its forms are checked against the text)."""
    gaz = Gazetteer()
    for key, en, ru, uk, kind in (
        ("sudzha", "Sudzha", "Суджа", "Суджа", "town"),
        ("malaya-loknya", "Malaya Loknya", "Малая Локня", "Мала Локня", "village"),
        ("sloviansk", "Sloviansk", "Славянск", "Слов'янськ", "town"),
    ):
        place = GazetteerPlace(
            key, en, ru, uk, kind, "Sudzhansky District", "Kursk Oblast", "RU", 51.2, 35.3, "test"
        )
        gaz.add(place, Names())
    return gaz


def _tables(matcher: PlaceMatcher) -> tuple[object, ...]:
    entries = [matcher.entries.entry(i) for i in range(len(matcher.entries))]
    checked = [matcher.checked[slot] for slot in range(len(matcher.checked))]
    heads = [(matcher.heads.own(h), matcher.heads.forms(h)) for h in range(len(matcher.heads))]
    return matcher.keys, matcher.infos, entries, checked, heads, matcher.one_byte


def test_the_cache_gives_back_the_compiled_matcher(
    tmp_path: Path, small_gazetteer: Gazetteer
) -> None:
    compiled = PlaceMatcher.load(small_gazetteer, tmp_path)
    loaded = PlaceMatcher.load(small_gazetteer, tmp_path)
    assert len(loaded.checked) > 0 and len(loaded.heads) > 0  # both tables are covered
    assert _tables(loaded) == _tables(compiled)
    assert sorted(loaded.surface_forms()) == sorted(compiled.surface_forms())
    assert dict(loaded.automaton.items()) == dict(compiled.automaton.items())
    for text in TEXTS:
        for side in (None, "ru", "ua"):
            assert loaded.find(text, side) == compiled.find(text, side)


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _flipped(data: bytes) -> bytes:
    """Sixteen bytes in the middle of the file inverted: a pickle that may still load (or crash
    pyahocorasick's unpickler) if nothing checked it."""
    middle = len(data) // 2
    return data[:middle] + bytes(b ^ 0xFF for b in data[middle : middle + 16]) + data[middle + 16 :]


@pytest.mark.parametrize(
    "damage",
    [
        _truncated,
        lambda data: b"",
        lambda data: b"not a pickle at all",
        lambda data: pickle.dumps(("keys", "infos")),  # another shape
        lambda data: pickle.dumps((None,) * 6),
        _flipped,
    ],
    ids=["truncated", "empty", "garbage", "other-shape", "wrong-types", "flipped"],
)
def test_a_broken_cache_is_rebuilt_with_a_warning(
    tmp_path: Path, small_gazetteer: Gazetteer, caplog: pytest.LogCaptureFixture, damage: object
) -> None:
    compiled = PlaceMatcher.load(small_gazetteer, tmp_path)
    path = cache_path(small_gazetteer, tmp_path)
    assert callable(damage)
    path.write_bytes(damage(path.read_bytes()))
    with caplog.at_level(logging.INFO, logger="monitor.places.matcher"):
        rebuilt = PlaceMatcher.load(small_gazetteer, tmp_path)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"ignoring unreadable matcher cache {path}: ")
    assert any(r.getMessage().startswith("compiled the place matcher") for r in caplog.records)
    assert [rebuilt.find(t) for t in TEXTS] == [compiled.find(t) for t in TEXTS]
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="monitor.places.matcher"):
        PlaceMatcher.load(small_gazetteer, tmp_path)
    assert not caplog.records  # the rebuilt cache was written and is read


@pytest.mark.parametrize("offset", [0.25, 0.5, 0.9])
def test_flipped_bytes_in_a_cache_are_caught_before_unpickling(
    tmp_path: Path,
    small_gazetteer: Gazetteer,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    offset: float,
) -> None:
    """A cache damaged inside (not truncated) fails its checksum: it is never unpickled, the
    warning says why, and the matcher is compiled again and written back whole."""
    compiled = PlaceMatcher.load(small_gazetteer, tmp_path)
    path = cache_path(small_gazetteer, tmp_path)
    data = bytearray(path.read_bytes())
    at = int(len(data) * offset)
    data[at : at + 8] = bytes(b ^ 0x5A for b in data[at : at + 8])
    path.write_bytes(bytes(data))
    unpickled: list[object] = []
    monkeypatch.setattr(cache_file.pickle, "loads", lambda *a: unpickled.append(a) or ())
    with caplog.at_level(logging.WARNING, logger="monitor.places.matcher"):
        rebuilt = PlaceMatcher.load(small_gazetteer, tmp_path)
    assert not unpickled
    # only the warnings: a full run's earlier tests may leave the compile's INFO lines let through
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == [
        f"ignoring unreadable matcher cache {path}: checksum mismatch: the file was damaged "
        "after it was written"
    ]
    assert [rebuilt.find(t) for t in TEXTS] == [compiled.find(t) for t in TEXTS]
    monkeypatch.undo()
    assert path.read_bytes() != bytes(data)  # written again, and it reads back
    assert _tables(PlaceMatcher.load(small_gazetteer, tmp_path)) == _tables(compiled)


def test_a_stale_cache_is_replaced(tmp_path: Path, small_gazetteer: Gazetteer) -> None:
    """A cache of another version or gazetteer is never read, and goes when the new one is
    written."""
    stale = tmp_path / "places-matcher-1-000000000000000000000000.pickle"
    stale.write_bytes(b"an old matcher")
    PlaceMatcher.load(small_gazetteer, tmp_path)
    assert not stale.exists()
    assert [p.name for p in tmp_path.iterdir()] == [cache_path(small_gazetteer, tmp_path).name]


def test_another_unicode_version_has_a_cache_of_its_own(
    tmp_path: Path, small_gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Normalisation follows Python's Unicode database: a matcher compiled under one version
    is not read under another."""
    before = cache_path(small_gazetteer, tmp_path)
    monkeypatch.setattr(matcher_module.unicodedata, "unidata_version", "1.1.0")
    assert cache_path(small_gazetteer, tmp_path) != before
