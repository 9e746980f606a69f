"""Settings load from config/*.toml with MONITOR_* overrides; bad input names file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor import bundled
from monitor.bundled import bundled_dir
from monitor.config import DEFAULT_CONFIG_DIR, load_settings
from monitor.errors import ConfigError


def test_shipped_config_loads(config_dir: Path) -> None:
    settings = load_settings(config_dir, env={})
    assert {c.username for c in settings.channels} >= {"mod_russia", "butusov_plus"}
    assert settings.database_url.startswith("sqlite:///")
    assert settings.database_url.endswith("data/monitor.db")
    assert settings.alerts.rules[0].name == "default"


def test_environment_overrides(config_dir: Path, tmp_path: Path) -> None:
    secret = tmp_path / "hash"
    secret.write_text("0123456789abcdef\n")
    settings = load_settings(
        config_dir,
        env={
            "MONITOR_DATABASE_URL": "postgresql+psycopg://u@db/monitor",
            "MONITOR_DATA_DIR": str(tmp_path / "d"),
            "MONITOR_LOG_LEVEL": "debug",
            "MONITOR_WEB_BASE_URL": "http://127.0.0.1:9999/",
            "MONITOR_TELEGRAM_API_ID": "12345",
            "MONITOR_TELEGRAM_API_HASH_FILE": str(secret),
        },
    )
    assert settings.database_url == "postgresql+psycopg://u@db/monitor"
    assert settings.data_dir == tmp_path / "d"
    assert settings.monitor.log_level == "DEBUG"
    assert settings.web.base_url == "http://127.0.0.1:9999"
    assert (settings.telegram.api_id, settings.telegram.api_hash) == (12345, "0123456789abcdef")
    assert "0123456789abcdef" not in repr(settings)


def test_config_dir_from_environment(config_dir: Path) -> None:
    settings = load_settings(env={"MONITOR_CONFIG_DIR": str(config_dir)})
    assert settings.config_dir == config_dir


@pytest.mark.parametrize(
    ("file", "content", "key", "problem"),
    [
        (
            "monitor.toml",
            "[poll]\ninterval_seconds = 1\n",
            "poll.interval_seconds",
            "greater than or equal to 10",
        ),
        ("monitor.toml", "[monitor]\ndata_dri = 'x'\n", "monitor.data_dri", "unknown key"),
        ("monitor.toml", "[monitor\n", None, "not valid TOML"),
        (
            "channels.toml",
            "[[channels]]\nusername = 'a b'\nside = 'ru'\n",
            "channels.0.username",
            "4-32 letters",
        ),
        (
            "channels.toml",
            "[[channels]]\nusername = 'rybar'\nside = 'xx'\n",
            "channels.0.side",
            "'ru', 'ua' or 'other'",
        ),
        (
            "channels.toml",
            "[[channels]]\nusername='rybar'\nside='ru'\n"
            "[[channels]]\nusername='Rybar'\nside='ru'\n",
            "channels",
            "listed twice",
        ),
        (
            "alerts.toml",
            "[[rules]]\nname = 'x'\nschedule = 'sometimes'\n",
            "rules.0.schedule",
            "not 'immediate'",
        ),
        (
            "alerts.toml",
            "[[rules]]\nname = 'x'\ntargets = ['json://${NO_SUCH_VAR_X}']\n",
            "rules.0.targets",
            "NO_SUCH_VAR_X is not set",
        ),
    ],
)
def test_invalid_files_name_the_file_key_and_problem(
    config_dir: Path, file: str, content: str, key: str | None, problem: str
) -> None:
    (config_dir / file).write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config_dir, env={})
    error = caught.value
    assert error.file == str(config_dir / file)
    assert error.key == key
    assert problem in error.problem
    assert error.exit_code == 2


def test_bad_environment_value_is_named() -> None:
    with pytest.raises(ConfigError, match="MONITOR_TELEGRAM_API_ID"):
        load_settings(env={"MONITOR_TELEGRAM_API_ID": "not-a-number"})


def test_missing_config_dir() -> None:
    with pytest.raises(ConfigError, match="config directory not found"):
        load_settings(Path("/nonexistent/config"), env={})


def test_alert_targets_expand_secrets_from_environment(config_dir: Path) -> None:
    (config_dir / "alerts.toml").write_text(
        "[[rules]]\nname = 'ops'\nschedule = 'every 2h'\n"
        "targets = ['tgram://${BOT_TOKEN}/-100123']\n",
        encoding="utf-8",
    )
    settings = load_settings(config_dir, env={"BOT_TOKEN": "123:abc"})
    assert settings.alerts.rules[0].targets == ["tgram://123:abc/-100123"]


def test_environment_values_are_validated_like_the_file(config_dir: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(config_dir, env={"MONITOR_LOG_FORMAT": "xml"})
    # Blamed on the variable that holds it, not on monitor.toml (security review, finding 22).
    assert (caught.value.file, caught.value.key) == ("environment", "MONITOR_LOG_FORMAT")


def test_unreadable_secret_file_is_named(config_dir: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "no-such-session")
    with pytest.raises(ConfigError, match="MONITOR_TELEGRAM_SESSION_FILE"):
        load_settings(config_dir, env={"MONITOR_TELEGRAM_SESSION_FILE": missing})


def test_default_config_is_bundled_and_data_goes_under_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(env={})
    assert settings.config_dir == DEFAULT_CONFIG_DIR == bundled_dir("config")
    assert settings.data_dir == tmp_path / "data"
    assert settings.database_url == f"sqlite:///{tmp_path / 'data' / 'monitor.db'}"


def test_bundled_dir_prefers_the_wheel_copy_then_the_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """site-packages may hold an unrelated top-level `config/`: the wheel's own copy wins."""
    package = tmp_path / "monitor"
    (tmp_path / "config").mkdir(parents=True)
    monkeypatch.setattr(bundled, "_PACKAGE", package)
    assert bundled_dir("config") == tmp_path / "config"
    (package / "_bundled" / "config").mkdir(parents=True)
    assert bundled_dir("config") == package / "_bundled" / "config"
    assert bundled_dir("seeds") == package / "_bundled" / "seeds"  # missing: where it belongs


def test_the_process_environment_is_read_with_the_prefix_in_any_case(
    config_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MONITOR_DATABASE_URL", raising=False)
    monkeypatch.setenv("MONITOR_CONFIG_DIR", str(config_dir))
    monkeypatch.setenv("monitor_data_dir", str(tmp_path / "lower"))
    monkeypatch.setenv("MONITOR_NOT_A_SETTING", "ignored")
    monkeypatch.setenv("OTHER_DATABASE_URL", "postgresql://elsewhere/db")
    settings = load_settings()
    assert settings.config_dir == config_dir
    assert settings.data_dir == tmp_path / "lower"
    assert settings.database_url == f"sqlite:///{tmp_path / 'lower' / 'monitor.db'}"


def test_a_bad_value_in_the_process_environment_is_named(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MONITOR_TELEGRAM_API_ID", "not-a-number")
    with pytest.raises(ConfigError, match="MONITOR_TELEGRAM_API_ID"):
        load_settings(config_dir)
