"""`main` holds the garbage collector off while the command line is parsed; every command ends
the hold where it begins, except a short one (`status`), which ends it by freezing."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import typer

from monitor.cli import app
from monitor.cli.app import _guarded, handles_errors, short_command
from monitor.gc_pause import startup_done, startup_held
from tests.cli.status_probe import run_status_probe


@pytest.fixture
def held() -> Iterator[None]:
    """The collector as `main` leaves it when a command begins; everything back afterwards."""
    with startup_held():
        yield
    gc.unfreeze()


def commands(typer_app: typer.Typer) -> Iterator[Callable[..., Any]]:
    for info in typer_app.registered_commands:
        assert info.callback is not None
        yield info.callback
    for group in typer_app.registered_groups:
        assert group.typer_instance is not None
        yield from commands(group.typer_instance)


def test_every_command_ends_the_start_up_hold() -> None:
    """A command left out would run with the collector off (a daemon's memory would grow)."""
    guarded = _guarded(lambda: None, short=False).__code__
    found = list(commands(app))
    assert len(found) > 20
    assert [f.__name__ for f in found if f.__code__ is not guarded] == []


def test_a_command_runs_with_the_collector_on_and_start_up_frozen(held: None) -> None:
    seen: list[tuple[bool, int]] = []
    handles_errors(lambda: seen.append((gc.isenabled(), gc.get_freeze_count())))()
    assert seen[0][0] and seen[0][1] > 0


def test_a_short_command_runs_held_and_ends_frozen(held: None) -> None:
    seen: list[bool] = []
    short_command(lambda: seen.append(gc.isenabled()))()
    assert seen == [False]
    assert gc.isenabled() and gc.get_freeze_count() > 0


def test_a_short_command_that_fails_ends_the_hold_too(held: None) -> None:
    def broken() -> None:
        raise ValueError("boom")

    with pytest.raises(ValueError):
        short_command(broken)()
    assert gc.isenabled()


def test_in_process_the_collector_is_left_alone() -> None:
    """Commands run in-process (the tests' CliRunner) freeze nothing: the test process's own
    garbage would never be collected."""
    frozen = gc.get_freeze_count()
    handles_errors(lambda: None)()
    short_command(lambda: None)()
    startup_done()
    assert gc.isenabled() and gc.get_freeze_count() == frozen


# Runs `main` in a fresh interpreter and counts the collections it started.
PROBE = """
import gc, json, sys
runs = []
gc.callbacks.append(lambda phase, info: runs.append(info["generation"]) if phase == "start" else 0)
from monitor.cli import main
sys.argv = ["monitor", *sys.argv[1:]]
runs.clear()
try:
    main()
except SystemExit as stop:
    code = stop.code
print(json.dumps({"code": code, "collections": len(runs), "enabled": gc.isenabled()}))
"""


def test_status_runs_no_collection_from_start_to_end(tmp_path: Path, config_dir: Path) -> None:
    report, _, stderr = run_status_probe(PROBE, tmp_path, config_dir)
    assert report == {"code": 0, "collections": 0, "enabled": True}, stderr
