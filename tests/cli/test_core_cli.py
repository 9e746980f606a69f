"""The core commands in-process: help everywhere, one-line errors, the seed end to end."""

from __future__ import annotations

import gc
import json
import re
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli import app

REPO = Path(__file__).resolve().parents[2]
COMMANDS = [
    [],
    ["db"],
    ["db", "upgrade"],
    ["db", "current"],
    ["run"],
    ["search"],
    ["flags"],
    ["status"],
    ["reanalyze"],
]


@pytest.fixture
def cli_env(config_dir: Path, tmp_path: Path, warm_cache: Callable[[Path], None]) -> dict[str, str]:
    warm_cache(tmp_path / "data" / "cache")  # the shipped config's matcher, compiled once
    return {
        "MONITOR_CONFIG_DIR": str(config_dir),
        "MONITOR_DATA_DIR": str(tmp_path / "data"),
        "MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'data' / 'monitor.db'}",
        "MONITOR_LOG_LEVEL": "WARNING",
        "COLUMNS": "200",  # Rich folds table cells to the terminal's width
    }


def invoke(env: dict[str, str], *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env=env)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "monitor")
def test_every_command_has_help(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_config_error_is_one_line_with_exit_2(cli_env: dict[str, str], config_dir: Path) -> None:
    (config_dir / "monitor.toml").write_text("[poll]\ninterval_seconds = 'often'\n")
    result = invoke(cli_env, "status")
    assert result.exit_code == 2
    assert "monitor.toml: poll.interval_seconds" in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_unmigrated_database_says_what_to_do(cli_env: dict[str, str]) -> None:
    result = invoke(cli_env, "status")
    assert result.exit_code == 3
    assert "monitor db upgrade" in result.output
    assert gc.isenabled()  # status pauses the collector only while it runs, errors included


def test_bad_since_is_a_usage_error(cli_env: dict[str, str]) -> None:
    assert invoke(cli_env, "db", "upgrade").exit_code == 0
    result = invoke(cli_env, "flags", "--since", "last tuesday")
    assert result.exit_code == 2
    assert "2025-03-08" in result.output


@pytest.fixture
def seeded(cli_env: dict[str, str]) -> dict[str, str]:
    assert invoke(cli_env, "db", "upgrade").exit_code == 0
    result = invoke(cli_env, "run", "--once")
    assert result.exit_code == 0, result.output
    cli_env["_first_run_output"] = result.output
    return cli_env


def expected() -> dict:
    return tomllib.loads((REPO / "seeds" / "expected.toml").read_text(encoding="utf-8"))


def flags_json(env: dict[str, str], *args: str) -> list[dict]:
    result = invoke(env, "flags", "--format", "json", "--limit", "1000", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_seed_flags_every_required_place(seeded: dict[str, str]) -> None:
    rows = flags_json(seeded)
    flagged = {p for row in rows for p in row["places"]}
    assert set(expected()["summary"]["must_flag_places"]) <= flagged


def test_seed_posts_flag_their_expected_places(seeded: dict[str, str]) -> None:
    rows = {(r["channel"], int(r["link"].rsplit("/", 1)[1])): r for r in flags_json(seeded)}
    for item in expected()["expect"]:
        key = (item["channel"], item["message_id"])
        if not item["places"] and not item.get("claims"):
            assert key not in rows, f"negative seed post {key} was flagged: {rows.get(key)}"
            continue
        assert key in rows, f"seed post {key} was not flagged"
        must = set(item["places"]) & set(expected()["summary"]["must_flag_places"])
        assert must <= set(rows[key]["places"]), (key, rows[key]["places"])


def test_seed_mod_capture_claims(seeded: dict[str, str]) -> None:
    rows = flags_json(seeded, "--channel", "mod_russia", "--claim", "capture")
    claims = {c for row in rows for c in row["claims"]}
    for place in ("malaya-loknya", "cherkasskoye-porechnoye", "kositsa"):
        assert f"capture:{place}:ru:asserted" in claims


def test_seed_digest_printed_and_written(seeded: dict[str, str]) -> None:
    output = seeded["_first_run_output"]
    assert "Monitor digest “default”" in output
    assert "== Sudzha" in output
    assert "[Малая Локня]" in output or "[Малой Локни]" in output
    files = list((Path(seeded["MONITOR_DATA_DIR"]) / "digests").glob("default-*.txt"))
    assert len(files) == 1
    assert files[0].read_text(encoding="utf-8") in output


def test_running_twice_adds_nothing(seeded: dict[str, str]) -> None:
    before = flags_json(seeded)
    result = invoke(seeded, "run", "--once")
    assert result.exit_code == 0, result.output
    assert "0 new posts" in result.output
    assert "0 digest(s)" in result.output
    assert "Monitor digest" not in result.output
    assert flags_json(seeded) == before
    assert len(list((Path(seeded["MONITOR_DATA_DIR"]) / "digests").glob("*.txt"))) == 1


def test_search_finds_inflected_forms(seeded: dict[str, str]) -> None:
    result = invoke(seeded, "search", "Суджа", "--format", "json")
    assert result.exit_code == 0, result.output
    texts = [row["text"] for row in json.loads(result.stdout)]
    assert any("Суджу" in t for t in texts)
    assert any("Суджі" in t for t in texts)
    assert any("Суджи" in t or "Судже" in t for t in texts)


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "jsonl"])
def test_flags_formats(seeded: dict[str, str], fmt: str) -> None:
    result = invoke(seeded, "flags", "--place", "kositsa", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "mod_russia" in result.output


def test_status_table_and_json(seeded: dict[str, str]) -> None:
    table = invoke(seeded, "status")
    assert table.exit_code == 0 and "butusov_plus" in table.output
    assert gc.isenabled()
    assert re.search(r"\b20\d\d-\d\d-\d\d \d\d:\d\d\b", table.output)  # times to the minute
    assert "+00:00" not in table.output
    assert "gaps: none" in table.output  # the seed's sparse ids are not gaps
    result = invoke(seeded, "status", "--format", "json")
    data = json.loads(result.stdout)
    assert data["posts"] > 10
    by_name = {c["channel"]: c for c in data["channels"]}
    assert by_name["mod_russia"]["failures"] == 0
    assert by_name["mod_russia"]["last_poll"] is not None


def test_status_shows_each_worker_its_state_and_its_leases(seeded: dict[str, str]) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from monitor.domain import utcnow
    from monitor.store.db import make_engine, session_scope
    from monitor.store.models import Channel
    from monitor.store.workers import register, stop

    engine = make_engine(seeded["MONITOR_DATABASE_URL"])
    now = utcnow().replace(microsecond=0)
    with session_scope(engine) as session:
        register(session, "host-a:11:live", now)
        register(session, "host-b:12:gone", now - timedelta(hours=1))
        stop(session, "host-b:12:gone", now - timedelta(minutes=30))
        session.execute(
            update(Channel)
            .where(Channel.username == "mod_russia")
            .values(lease_owner="host-a:11:live")
        )
    engine.dispose()
    table = invoke(seeded, "status")
    assert table.exit_code == 0, table.output
    assert f"worker host-a:11:live: live, heartbeat {now:%Y-%m-%d %H:%M:%S} UTC, 1 lease(s)" in (
        table.output
    )
    stopped = now - timedelta(minutes=30)
    assert f"worker host-b:12:gone: stopped {stopped:%Y-%m-%d %H:%M:%S}, heartbeat" in table.output
    workers = json.loads(invoke(seeded, "status", "--format", "json").stdout)["workers"]
    assert [(w["id"], w["host"], w["channels_leased"]) for w in workers] == [
        ("host-a:11:live", "host-a", 1),
        ("host-b:12:gone", "host-b", 0),
    ]
    assert workers[0]["heartbeat_at"] == now.isoformat() and workers[0]["stopped_at"] is None
