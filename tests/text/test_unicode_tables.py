"""The stored character tables of `normalize` are the computed ones, and a file for another
Unicode version (or a broken one) falls back to computing them."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from monitor.text import normalize, unicode_tables


@pytest.fixture(scope="module")
def computed() -> unicode_tables.Tables:
    return unicode_tables.compute()


def test_stored_tables_are_the_computed_ones(computed: unicode_tables.Tables) -> None:
    stored = json.loads(unicode_tables.STORED.read_text(encoding="utf-8"))
    if stored["unidata_version"] != unicodedata.unidata_version:
        pytest.skip(f"the stored tables are for Unicode {stored['unidata_version']}")
    loaded = unicode_tables.tables()
    # the same entries in the same order: `python -m monitor.text.unicode_tables` rewrites them
    assert list(loaded.mapped.items()) == list(computed.mapped.items())
    assert loaded.variable == computed.variable
    assert loaded.attention == computed.attention
    assert list(normalize._TABLE.items()) == list(computed.mapped.items())


def test_tables_of_another_unicode_version_are_computed(
    tmp_path: Path, computed: unicode_tables.Tables
) -> None:
    path = tmp_path / "tables.json"
    unicode_tables.store(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["unidata_version"] = "1.0.0"
    data["mapped"], data["images"] = "a", "b"  # what the other version would map
    path.write_text(json.dumps(data), encoding="utf-8")
    assert unicode_tables.tables(path) == computed


@pytest.mark.parametrize("content", ["", "{", '{"unidata_version": null}', "[1, 2]"])
def test_a_broken_or_missing_file_is_computed_again(
    tmp_path: Path, content: str, computed: unicode_tables.Tables
) -> None:
    path = tmp_path / "tables.json"
    assert unicode_tables.tables(path) == computed  # missing
    path.write_text(content, encoding="utf-8")
    assert unicode_tables.tables(path) == computed


def test_stored_tables_read_back_as_stored(tmp_path: Path) -> None:
    path = tmp_path / "tables.json"
    unicode_tables.store(path)
    assert unicode_tables.tables(path) == unicode_tables.tables()
