"""Config values that used to fail later are refused at load, with one line naming the file,
the key and the problem (security review, finding 22)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import load_settings
from monitor.errors import ConfigError


def write(config_dir: Path, name: str, text: str) -> None:
    (config_dir / name).write_text(text, encoding="utf-8")


def monitor_toml(config_dir: Path, section: str, line: str) -> None:
    text = (config_dir / "monitor.toml").read_text(encoding="utf-8")
    write(config_dir, "monitor.toml", text.replace(f"[{section}]\n", f"[{section}]\n{line}\n", 1))


@pytest.mark.parametrize(
    ("section", "line", "key"),
    [
        ("monitor", 'timezone = "Mars/Olympus"', "monitor.timezone"),
        ("web", "timeout_seconds = inf", "web.timeout_seconds"),
        ("web", "timeout_seconds = nan", "web.timeout_seconds"),
        ("web", 'base_url = "not a url"', "web.base_url"),
        ("web", 'base_url = "ftp://t.me"', "web.base_url"),
        ("web", "max_page_bytes = 0", "web.max_page_bytes"),
        ("sql", "statement_timeout_seconds = 0", "sql.statement_timeout_seconds"),
        ("sql", 'reader_role = "x; DROP"', "sql.reader_role"),
    ],
)
def test_monitor_toml_values_are_refused_at_load(
    config_dir: Path, section: str, line: str, key: str
) -> None:
    if f"[{section}]" not in (config_dir / "monitor.toml").read_text(encoding="utf-8"):
        write(config_dir, "monitor.toml", f"[{section}]\n")
    name, _, _ = line.partition(" =")
    text = (config_dir / "monitor.toml").read_text(encoding="utf-8")
    # drop the shipped line of that key so that the test's line is the only one
    kept = [ln for ln in text.splitlines() if not ln.startswith(f"{name} =")]
    write(config_dir, "monitor.toml", "\n".join(kept) + "\n")
    monitor_toml(config_dir, section, line)
    with pytest.raises(ConfigError) as caught:
        load_settings(config_dir, env={})
    assert caught.value.key == key and caught.value.file.endswith("monitor.toml")


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        ('targets = ["notascheme://x"]', "not a target Apprise understands"),
        ('targets = ["file:c"]\nschedule = "every 99999999999d"', "from 1s to 366d"),
        ('targets = ["file:c"]\nschedule = "every 0s"', "from 1s to 366d"),
        ('targets = ["file:c"]\ntimezone = "Mars/Olympus"', "unknown time zone"),
    ],
)
def test_alert_rules_are_refused_at_load(config_dir: Path, rule: str, problem: str) -> None:
    write(config_dir, "alerts.toml", f'[[rules]]\nname = "c"\n{rule}\n')
    with pytest.raises(ConfigError, match=problem) as caught:
        load_settings(config_dir, env={})
    assert caught.value.file.endswith("alerts.toml") and caught.value.key
    assert "notascheme://x" not in str(caught.value) or "…" in str(caught.value)


def test_a_secret_in_a_bad_target_is_not_shown(config_dir: Path) -> None:
    write(config_dir, "alerts.toml", '[[rules]]\nname = "c"\ntargets = ["nope://u:SECRET@h"]\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(config_dir, env={})
    assert "SECRET" not in str(caught.value)


@pytest.mark.parametrize(
    ("variable", "value"),
    [("MONITOR_LOG_LEVEL", "trace"), ("MONITOR_WEB_BASE_URL", "not a url")],
)
def test_environment_values_are_blamed_on_the_variable(
    config_dir: Path, variable: str, value: str
) -> None:
    result = CliRunner().invoke(
        app, ["status"], env={"MONITOR_CONFIG_DIR": str(config_dir), variable: value}
    )
    assert result.exit_code == 2
    assert f"environment: {variable}" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_malformed_database_url_is_one_line_exit_3(config_dir: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["status"],
        env={
            "MONITOR_CONFIG_DIR": str(config_dir),
            "MONITOR_DATABASE_URL": "postgresql://postgres:PASSWORD123@[::1:5432/x",
        },
    )
    assert result.exit_code == 3
    assert "PASSWORD123" not in result.output
    assert len(result.output.strip().splitlines()) == 1
