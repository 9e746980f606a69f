"""A digest rule whose job fails is shown by `monitor status` (table and JSON), which exits
unhealthy, until the rule's next digest succeeds (security review, finding 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

import monitor.runtime.jobs as jobs
from monitor.alerts.select import select_digest
from monitor.cli import app
from monitor.runtime.health import EXIT_UNHEALTHY
from monitor.store.db import session_scope
from tests.alerts.data import seed_cluster
from tests.alerts.test_delivery import configure

pytestmark = [
    pytest.mark.filterwarnings("ignore:'imghdr' is deprecated:DeprecationWarning"),
    # `monitor status` runs in-process and keeps its engine: SQLite only (no open PG sockets)
    pytest.mark.parametrize("db_url", ["sqlite"], indirect=True),
]

RULES = (
    '[[rules]]\nname = "kyiv"\ntargets = ["file:kyiv"]\ntimezone = "Europe/Kyiv"\n'
    '[[rules]]\nname = "default"\ntargets = ["file:default"]\n'
)


def status(config_dir: Path, engine: Engine, tmp_path: Path, *args: str):  # type: ignore[no-untyped-def]
    env = {
        "MONITOR_CONFIG_DIR": str(config_dir),
        "MONITOR_DATA_DIR": str(tmp_path / "data"),
        "MONITOR_DATABASE_URL": engine.url.render_as_string(hide_password=False),
        "MONITOR_LOG_LEVEL": "WARNING",
        "COLUMNS": "200",
    }
    return CliRunner().invoke(app, ["status", *args], env=env)


def test_status_shows_a_failing_rule_until_it_recovers(
    engine: Engine, config_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = configure(config_dir, engine, tmp_path, RULES)
    with session_scope(engine) as session:
        seed_cluster(session)

    def broken(session, rule, now):  # type: ignore[no-untyped-def]
        if rule.name == "kyiv":  # a bug this rule's posts or settings hit
            raise OverflowError("date value out of range")
        return select_digest(session, rule, now)

    monkeypatch.setattr(jobs, "select_digest", broken)
    assert len(jobs.make_digests(engine, settings)) == 1  # the other rule goes on
    jobs.make_digests(engine, settings)  # still failing: counted again

    table = status(config_dir, engine, tmp_path)
    assert table.exit_code == EXIT_UNHEALTHY, table.output
    assert "failing digest rules" in table.output
    assert "unhealthy: digest rule 'kyiv' is failing (2x)" in table.output
    assert "date value out of range" in table.output
    data = json.loads(status(config_dir, engine, tmp_path, "--format", "json").stdout)
    assert data["healthy"] is False
    assert [(r["rule"], r["failures"]) for r in data["failing_rules"]] == [("kyiv", 2)]
    assert "OverflowError" in data["failing_rules"][0]["last_error"]

    monkeypatch.setattr(jobs, "select_digest", select_digest)
    assert len(jobs.make_digests(engine, settings)) == 1  # kyiv recovers
    recovered = status(config_dir, engine, tmp_path, "--format", "json")
    assert recovered.exit_code == 0, recovered.output
    assert json.loads(recovered.stdout)["failing_rules"] == []


def test_a_failure_of_a_rule_removed_from_alerts_toml_is_not_shown(
    engine: Engine, config_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = configure(config_dir, engine, tmp_path, RULES)

    def broken(session, rule, now):  # type: ignore[no-untyped-def]
        raise ValueError("bad")

    monkeypatch.setattr(jobs, "select_digest", broken)
    jobs.make_digests(engine, settings)
    configure(config_dir, engine, tmp_path, '[[rules]]\nname = "x"\ntargets = ["file:x"]\n')
    result = status(config_dir, engine, tmp_path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["failing_rules"] == []
