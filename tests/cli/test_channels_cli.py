"""`monitor channels ...` run in-process against a migrated SQLite database."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from monitor.cli import app
from monitor.domain import FetchedPost, FetchResult
from monitor.errors import UsageError
from monitor.store.channels import normalize_username
from monitor.store.db import make_engine, session_scope
from monitor.store.ingest import ingest
from monitor.store.models import Channel

CHANNELS_TOML = """
[[channels]]
username = "wargonzo"
source = "web"
side = "ru"
enabled = false
"""


@pytest.fixture
def env(tmp_path: Path, sqlite_template: Path) -> dict[str, str]:
    config = tmp_path / "config"
    config.mkdir()
    (config / "monitor.toml").write_text("[poll]\ninterval_seconds = 600\n", encoding="utf-8")
    (config / "channels.toml").write_text(CHANNELS_TOML, encoding="utf-8")
    database = tmp_path / "monitor.db"
    shutil.copy(sqlite_template, database)
    return {
        "MONITOR_CONFIG_DIR": str(config),
        "MONITOR_DATABASE_URL": f"sqlite:///{database}",
        "MONITOR_DATA_DIR": str(tmp_path / "data"),
    }


def run(env: dict[str, str], *args: str) -> Any:
    return CliRunner(env=env).invoke(app, ["channels", *args], catch_exceptions=False)


def listed(env: dict[str, str], *flags: str) -> dict[str, dict[str, Any]]:
    result = run(env, "list", "--format", "json", *flags)
    assert result.exit_code == 0, result.output
    return {row["username"]: row for row in json.loads(result.stdout)}


def add_post(env: dict[str, str], username: str, message_id: int = 1) -> None:
    engine = make_engine(env["MONITOR_DATABASE_URL"])
    post = FetchedPost(username, message_id, datetime(2025, 3, 9, tzinfo=UTC), "Суджа")
    with session_scope(engine) as session:
        row = session.scalars(select(Channel).where(Channel.username == username)).one()
        ingest(session, row, FetchResult(posts=[post], high_water=message_id))
    engine.dispose()


@pytest.mark.parametrize(
    "raw",
    [
        "@rybar",
        "rybar",
        "t.me/rybar",
        "https://t.me/s/rybar",
        "https://t.me/rybar/",
        "http://telegram.me/s/rybar?before=5",
        "  rybar  ",
    ],
)
def test_names_are_normalised(raw: str) -> None:
    assert normalize_username(raw) == "rybar"


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("https://t.me/+AbCdEf123", "private invite link"),
        ("t.me/joinchat/AbCdEf", "private invite link"),
        ("https://t.me/rybar/64312", "not a channel name or link"),
        ("ryb", "not a valid channel username"),
        ("1rybar", "not a valid channel username"),
        ("ры6арь", "not a valid channel username"),
    ],
)
def test_invalid_names_are_clear_errors(raw: str, problem: str) -> None:
    with pytest.raises(UsageError, match=problem):
        normalize_username(raw)


def test_add_and_list(env: dict[str, str]) -> None:
    result = run(env, "add", "https://t.me/s/rybar", "--side", "ru", "--title", "Рыбарь")
    assert result.exit_code == 0, result.output
    assert "watching rybar" in result.stderr
    assert run(env, "add", "@DeepStateUA", "--side", "ua", "--language", "uk").exit_code == 0
    assert run(env, "add", "@new_ua_chan", "--side", "ua").exit_code == 0  # language from side
    added = run(env, "add", "t.me/milinfolive", "--side", "ru", "--source", "telegram")
    assert added.exit_code == 0
    rows = listed(env)
    assert set(rows) == {"rybar", "DeepStateUA", "milinfolive", "new_ua_chan"}
    assert rows["new_ua_chan"]["language"] == "uk" and rows["rybar"]["language"] == "ru"
    assert rows["rybar"]["title"] == "Рыбарь" and rows["rybar"]["enabled"] is True
    assert (rows["DeepStateUA"]["side"], rows["DeepStateUA"]["language"]) == ("ua", "uk")
    assert rows["milinfolive"]["source"] == "telegram"
    assert rows["rybar"]["posts"] == 0
    table = run(env, "list")
    assert table.exit_code == 0 and "rybar" in table.stdout and "DeepStateUA" in table.stdout


def test_add_twice_and_bad_input_are_one_line_errors(env: dict[str, str]) -> None:
    assert run(env, "add", "rybar", "--side", "ru").exit_code == 0
    again = run(env, "add", "@Rybar", "--side", "ru")
    assert again.exit_code == 2
    assert "already watched" in again.stderr and "Traceback" not in again.output
    bad = run(env, "add", "https://t.me/+secret", "--side", "ru")
    assert bad.exit_code == 2 and "private invite link" in bad.stderr
    assert bad.stderr.count("\n") == 1
    assert run(env, "add", "rybar2", "--side", "nato").exit_code == 2
    assert run(env, "add", "rybar2", "--side", "ru", "--source", "seed").exit_code == 2
    assert run(env, "add", "rybar2").exit_code == 2  # --side is required


def test_disable_and_enable(env: dict[str, str]) -> None:
    run(env, "add", "rybar", "--side", "ru")
    assert run(env, "disable", "@rybar").exit_code == 0
    assert listed(env)["rybar"]["enabled"] is False
    assert run(env, "enable", "t.me/rybar").exit_code == 0
    assert listed(env)["rybar"]["enabled"] is True
    missing = run(env, "enable", "nosuchchannel")
    assert missing.exit_code == 2 and "no channel named" in missing.stderr


def test_enable_a_channels_toml_channel_before_the_first_run(env: dict[str, str]) -> None:
    assert "wargonzo" not in listed(env)
    result = run(env, "enable", "wargonzo")
    assert result.exit_code == 0, result.output
    row = listed(env)["wargonzo"]
    assert (row["enabled"], row["source"], row["side"]) == (True, "web", "ru")


def test_channels_toml_channels_are_changed_in_the_file(env: dict[str, str]) -> None:
    added = run(env, "add", "wargonzo", "--side", "ru")
    assert added.exit_code == 2 and "channels.toml" in added.stderr
    removed = run(env, "remove", "wargonzo")
    assert removed.exit_code == 2 and "channels.toml" in removed.stderr


def test_remove_without_posts_deletes(env: dict[str, str]) -> None:
    run(env, "add", "rybar", "--side", "ru")
    result = run(env, "remove", "rybar")
    assert result.exit_code == 0 and "rybar removed" in result.stderr
    assert "rybar" not in listed(env, "--all")


def test_remove_with_posts_needs_keep_posts(env: dict[str, str]) -> None:
    run(env, "add", "rybar", "--side", "ru")
    add_post(env, "rybar")
    refused = run(env, "remove", "rybar")
    assert refused.exit_code == 2 and "1 stored posts" in refused.stderr
    assert listed(env)["rybar"]["enabled"] is True

    hidden = run(env, "remove", "rybar", "--keep-posts")
    assert hidden.exit_code == 0 and "posts are kept" in hidden.stderr
    assert "rybar" not in listed(env)
    row = listed(env, "--all")["rybar"]
    assert (row["removed"], row["enabled"], row["posts"]) == (True, False, 1)

    assert run(env, "add", "rybar", "--side", "ru", "--source", "telegram").exit_code == 0
    row = listed(env)["rybar"]
    assert (row["enabled"], row["source"], row["posts"]) == (True, "telegram", 1)


def test_enable_restores_a_removed_channel(env: dict[str, str]) -> None:
    run(env, "add", "rybar", "--side", "ru")
    add_post(env, "rybar")
    run(env, "remove", "rybar", "--keep-posts")
    assert run(env, "enable", "rybar").exit_code == 0
    row = listed(env)["rybar"]
    assert row["enabled"] is True and row["last_error"] is None


def test_unmigrated_database_is_a_clear_error(env: dict[str, str], tmp_path: Path) -> None:
    env = {**env, "MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'empty.db'}"}
    result = run(env, "list")
    assert result.exit_code == 3 and "monitor db upgrade" in result.stderr


@pytest.mark.parametrize("command", ["add", "list", "enable", "disable", "remove"])
def test_every_command_has_help(env: dict[str, str], command: str) -> None:
    result = run(env, command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout
