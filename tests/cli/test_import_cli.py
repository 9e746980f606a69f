"""`monitor import` in-process: progress and summary, idempotence, one-line errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import Result
from sqlalchemy import func, select
from typer.testing import CliRunner

from monitor.cli import app
from monitor.store.db import make_engine, session_scope
from monitor.store.models import Channel, Post, PostVersion


@pytest.fixture
def cli_env(config_dir: Path, tmp_path: Path) -> dict[str, str]:
    env = {
        "MONITOR_CONFIG_DIR": str(config_dir),
        "MONITOR_DATA_DIR": str(tmp_path / "data"),
        "MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'data' / 'monitor.db'}",
        "MONITOR_LOG_LEVEL": "WARNING",
    }
    assert invoke(env, "db", "upgrade").exit_code == 0
    return env


def invoke(env: dict[str, str], *args: str) -> Result:
    return CliRunner().invoke(app, list(args), env=env)


def export(path: Path, texts: dict[int, str], edited: dict[int, int] | None = None) -> Path:
    messages: list[dict[str, object]] = [
        {
            "id": 1,
            "type": "service",
            "date": "2025-03-08T09:00:00",
            "date_unixtime": "1741413600",
            "actor": "Военкор Котенок",
            "action": "create_channel",
            "title": "Военкор Котенок",
            "text": "",
            "text_entities": [],
        }
    ]
    for mid, text in texts.items():
        message: dict[str, object] = {
            "id": mid,
            "type": "message",
            "date": "2025-03-08T09:05:00",
            "date_unixtime": str(1741413900 + mid),
            "from": "Военкор Котенок",
            "from_id": "channel1123456789",
            "text": text,
            "text_entities": [{"type": "plain", "text": text}],
        }
        if edited and mid in edited:
            message["edited"] = "2025-03-08T10:00:00"
            message["edited_unixtime"] = str(edited[mid])
        messages.append(message)
    data = {
        "name": "Военкор Котенок",
        "type": "public_channel",
        "id": 1123456789,
        "messages": messages,
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def totals(env: dict[str, str]) -> tuple[int, int, int]:
    engine = make_engine(env["MONITOR_DATABASE_URL"])
    with session_scope(engine) as session:
        found = tuple(
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (Channel, Post, PostVersion)
        )
    engine.dispose()
    return found  # type: ignore[return-value]


def test_help() -> None:
    result = CliRunner().invoke(app, ["import", "--help"])
    assert result.exit_code == 0
    assert "--channel" in result.output and "--all-channels" in result.output


def test_import_then_reimport_then_newer(cli_env: dict[str, str], tmp_path: Path) -> None:
    seeded = totals(cli_env)[0]  # the seed channels of channels.toml
    path = export(tmp_path / "result.json", {2: "Бои у Суджи.", 3: "Обстановка в Гуево."})
    result = invoke(cli_env, "import", str(path), "--channel", "voenkorKotenok_export")
    assert result.exit_code == 0, result.output
    assert (
        "result.json → voenkorKotenok_export: 2 new, 0 edited, 0 unchanged, "
        "1 service messages skipped"
    ) in result.output
    assert totals(cli_env) == (seeded + 1, 2, 0)

    again = invoke(cli_env, "import", str(path), "--channel", "voenkorKotenok_export")
    assert again.exit_code == 0
    assert "0 new, 0 edited, 2 unchanged" in again.output

    newer = export(
        tmp_path / "newer.json",
        {2: "Бои у Суджи продолжаются.", 3: "Обстановка в Гуево.", 4: "Новое."},
        edited={2: 1741420000},
    )
    third = invoke(cli_env, "import", str(newer), "--channel", "voenkorKotenok_export")
    assert "1 new, 1 edited, 1 unchanged" in third.output
    assert totals(cli_env) == (seeded + 1, 3, 1)


def test_title_match_needs_no_channel_option(cli_env: dict[str, str], tmp_path: Path) -> None:
    engine = make_engine(cli_env["MONITOR_DATABASE_URL"])
    with session_scope(engine) as session:
        session.add(Channel(username="voenkor_k", title="военкор котенок", source="web", side="ru"))
    engine.dispose()
    result = invoke(cli_env, "import", str(export(tmp_path / "r.json", {2: "Текст."})))
    assert result.exit_code == 0, result.output
    assert "→ voenkor_k: 1 new" in result.output


def test_truncated_file_is_one_line_exit_2_and_nothing_kept(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    path = export(tmp_path / "result.json", {i: f"Сообщение {i}" for i in range(2, 3000)})
    data = path.read_bytes()
    path.write_bytes(data[:-50])
    before = totals(cli_env)
    result = invoke(cli_env, "import", str(path), "--channel", "kotenok_copy")
    assert result.exit_code == 2
    assert f"result.json: byte {len(data) - 50}: the file ends before the JSON does" in (
        result.output
    )
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert totals(cli_env) == before


def test_not_json_and_unknown_channel(cli_env: dict[str, str], tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("Кураховo, 8 марта\n", encoding="utf-8")
    result = invoke(cli_env, "import", str(junk), "--channel", "kotenok_copy")
    assert result.exit_code == 2
    assert "notes.txt: byte 0: not JSON: lexical error" in result.output

    unknown = invoke(cli_env, "import", str(export(tmp_path / "r.json", {2: "Текст."})))
    assert unknown.exit_code == 2
    assert "--channel NAME" in unknown.output

    missing = invoke(cli_env, "import", str(tmp_path / "absent.json"), "--channel", "kotenok_copy")
    assert missing.exit_code == 2 and "cannot be read" in missing.output


def test_status_shows_the_gaps_an_import_left(cli_env: dict[str, str], tmp_path: Path) -> None:
    """(The same queries on PostgreSQL: tests/store/test_gaps.py.)"""
    env = cli_env
    texts = {2: "Суджа", 3: "Косица", 5: "Гуево", 8: "Малая Локня"}  # 1 is a service message
    path = export(tmp_path / "result.json", texts)
    assert invoke(env, "import", str(path), "--channel", "kotenok_chan").exit_code == 0

    table = invoke(env, "status")
    assert "gaps: 3 message id(s) missing in 1 channel(s)" in table.output
    data = json.loads(invoke(env, "status", "--format", "json").stdout)
    assert data["gaps"] == [
        {"channel": "kotenok_chan", "from_id": 4, "to_id": 4, "missing": 1},
        {"channel": "kotenok_chan", "from_id": 6, "to_id": 7, "missing": 2},
    ]
    assert {c["channel"]: c["missing_ids"] for c in data["channels"]}["kotenok_chan"] == 3
