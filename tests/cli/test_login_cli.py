"""`monitor login` in-process, with a fake Telethon client handed in through Click's context."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from click.testing import Result
from telethon.sessions import StringSession
from telethon.tl import types
from typer.testing import CliRunner

from monitor.cli import app
from monitor.cli.telegram import CLIENT_FACTORY_KEY
from tests.sources.telegram_fakes import Account, FakeLoginClient

PHONE, CODE, PASSWORD = "+380501234567", "86420", "s3cret two-step words"
API_HASH = "fedcba9876543210fedcba9876543210"
ME = types.User(id=7, first_name="Desk", last_name="Kursk", username=None, phone="380501234567")


@pytest.fixture
def env(config_dir: Path, tmp_path: Path) -> dict[str, str]:
    return {
        "MONITOR_CONFIG_DIR": str(config_dir),
        "MONITOR_DATA_DIR": str(tmp_path / "data"),
        "MONITOR_LOG_LEVEL": "DEBUG",
        "MONITOR_TELEGRAM_API_ID": "12345",
        "MONITOR_TELEGRAM_API_HASH": API_HASH,
    }


def invoke(
    env: dict[str, str],
    *args: str,
    answers: str = f"{PHONE}\n{CODE}\n{PASSWORD}\n",
    fake: bool = True,
) -> Result:
    account = Account(phone=PHONE, code=CODE, password=PASSWORD, user=ME)
    obj = {CLIENT_FACTORY_KEY: lambda session: FakeLoginClient(session, account)} if fake else None
    return CliRunner().invoke(app, ["login", *args], input=answers, env=env, obj=obj)


def assert_no_secrets(result: Result, *extra: str) -> None:
    for secret in (CODE, PASSWORD, API_HASH, *extra):
        assert secret not in result.output


def test_login_creates_a_private_session_file(env: dict[str, str], tmp_path: Path) -> None:
    result = invoke(env)
    assert result.exit_code == 0, result.output
    assert "Logged in as Desk Kursk." in result.stdout
    session = tmp_path / "data" / "telegram.session"
    assert f"Session file: {session} (mode 0600)" in result.stdout
    assert stat.S_IMODE(session.stat().st_mode) == 0o600
    assert "logged in to Telegram" in result.stderr  # logs at DEBUG, and still nothing secret
    assert_no_secrets(result)
    assert PHONE.lstrip("+") not in result.stderr  # stdout echoes what the user typed


def test_login_with_a_string_session_writes_it_to_the_file_only(
    env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "session.txt"
    result = invoke(env, "--string", "--string-out", str(out))
    assert result.exit_code == 0, result.output
    written = out.read_text()
    assert StringSession(written).auth_key is not None
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert f"MONITOR_TELEGRAM_SESSION_FILE={out}" in result.stdout
    assert not (tmp_path / "data" / "telegram.session").exists()
    assert_no_secrets(result, written)


def test_string_without_an_output_file_is_refused(env: dict[str, str]) -> None:
    result = invoke(env, "--string")
    assert result.exit_code == 2
    assert "--string-out" in result.output and "never printed" in result.output


def test_a_wrong_code_is_asked_again(env: dict[str, str]) -> None:
    result = invoke(env, answers=f"{PHONE}\n00000\n{CODE}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert "That code is not right; try again." in result.stderr
    assert_no_secrets(result, "00000")


def test_an_unknown_phone_number_is_one_line_exit_2(env: dict[str, str]) -> None:
    result = invoke(env, answers="+10000000000\n")
    assert result.exit_code == 2
    last = result.stderr.strip().splitlines()[-1]  # earlier lines: DEBUG logs
    assert last.startswith("error: Telegram did not accept that phone number")
    assert "Traceback" not in result.output and "+10000000000" not in result.stderr


def test_missing_api_credentials_are_named(env: dict[str, str], tmp_path: Path) -> None:
    del env["MONITOR_TELEGRAM_API_HASH"]
    result = invoke(env, fake=False)
    assert result.exit_code == 2
    assert "MONITOR_TELEGRAM_API_HASH" in result.stderr and "monitor login" in result.stderr
    assert not (tmp_path / "data").exists()


def test_login_has_help() -> None:
    result = CliRunner().invoke(app, ["login", "--help"])
    assert result.exit_code == 0 and "--string-out" in result.output
