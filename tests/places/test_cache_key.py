"""The matcher cache's key covers the code that shapes a compiled matcher and only that code
(`compiler.COMPILE_MODULES`): an edit there invalidates every cache, an edit to the resolver
none, and the list is closed under imports, so no compile-time code escapes it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from monitor.places import compiler
from monitor.places.compiler import COMPILE_MODULES, compiler_digest, source_digest
from tests.test_layout import MODULES, imported_modules

PACKAGE = Path(compiler.__file__).resolve().parent.parent
# Imported by compile modules, but they only read and check the settings (places.toml), whose
# effect on the gazetteer its fingerprint covers (it digests the places, aliases, stop words and
# tracked keys as applied).
READ_ONLY = {"config/__init__.py", "errors.py"}


@pytest.fixture
def package(tmp_path: Path) -> Path:
    for folder in ("places", "text"):
        shutil.copytree(PACKAGE / folder, tmp_path / folder)
    assert source_digest(tmp_path) == compiler_digest()
    return tmp_path


def _edit(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")


COMPILE_TIME = [
    "places/surfaces.py",
    "places/place_info.py",
    "places/compiler.py",
    "places/entry_table.py",
    "places/declension.py",
    "text/normalize.py",
    "text/unicode_tables.py",
]
RESOLVER = [
    "places/disambiguate.py",
    "places/matcher.py",
    "places/context.py",
    "places/cues.py",
    "places/plausible.py",
    "places/post_context.py",
    "places/ranking.py",
    "places/form_facts.py",
]


@pytest.mark.parametrize(
    ("module", "changes"),
    [*((m, True) for m in COMPILE_TIME), *((m, False) for m in RESOLVER)],
)
def test_only_compile_time_edits_change_the_key(package: Path, module: str, changes: bool) -> None:
    before = source_digest(package)
    _edit(package / module)
    assert (source_digest(package) != before) is changes


def _compile_files() -> set[Path]:
    return {path for pattern in COMPILE_MODULES for path in PACKAGE.glob(pattern)}


def _imported_files(path: Path) -> set[Path]:
    """The monitor modules `path` imports, as files (TYPE_CHECKING imports too)."""
    return {MODULES[name] for name in imported_modules(path)}


def test_the_compile_modules_are_closed_under_imports() -> None:
    files = _compile_files()
    assert PACKAGE / "places" / "compiler.py" in files
    for path in sorted(files):
        for imported in _imported_files(path):
            if imported.relative_to(PACKAGE).as_posix() in READ_ONLY:
                continue
            assert imported in files, f"{path.name} imports {imported}, which is not in the key"
