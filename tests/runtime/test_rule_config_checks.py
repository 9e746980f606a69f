"""alerts.toml mistakes that used to pass are refused with one line naming the file, the rule
and the key (first-hour review, defect 8): a typo'd target at load; an unknown place key,
district or oblast of a rule when `monitor run` starts, before any work; and a places.toml
error names the file's full path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import load_settings
from monitor.errors import ConfigError
from monitor.places.gazetteer import Gazetteer
from monitor.places.loading import check_rule_places, load_gazetteer
from monitor.store.db import make_engine
from monitor.store.models import Channel


def rules(config_dir: Path, text: str) -> None:
    (config_dir / "alerts.toml").write_text(text, encoding="utf-8")


def test_a_typo_of_stdout_is_refused_at_load(config_dir: Path) -> None:
    rules(config_dir, '[[rules]]\nname = "x"\ntargets = ["stdot"]\n')
    result = CliRunner().invoke(
        app, ["status"], env={"MONITOR_CONFIG_DIR": str(config_dir), "COLUMNS": "300"}
    )
    assert result.exit_code == 2
    line = result.output.strip()
    assert len(line.splitlines()) == 1 and "Traceback" not in line
    assert str(config_dir / "alerts.toml") in line
    assert "rules.0.targets.0" in line and "rule 'x'" in line and "'stdout'" in line


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer(load_settings(env={}))


@pytest.mark.parametrize(
    ("rule", "key", "problem"),
    [
        (
            'places = ["sudzha", "nosuchplace"]',
            "rules.1.places.1",
            "unknown place key 'nosuchplace'",
        ),
        ('districts = ["Nowhere District"]', "rules.1.districts.0", "unknown district"),
        ('oblasts = ["Atlantis Oblast"]', "rules.1.oblasts.0", "unknown oblast"),
    ],
)
def test_unknown_places_of_a_rule_are_refused(
    config_dir: Path, gazetteer: Gazetteer, rule: str, key: str, problem: str
) -> None:
    rules(
        config_dir,
        '[[rules]]\nname = "ok"\nplaces = ["sudzha"]\ndistricts = ["sudzhansky district"]\n'
        f'oblasts = ["Kursk Oblast"]\n[[rules]]\nname = "bad"\n{rule}\n',
    )
    with pytest.raises(ConfigError, match=problem) as caught:
        check_rule_places(load_settings(config_dir, env={}), gazetteer)
    assert caught.value.file == str(config_dir / "alerts.toml")
    assert caught.value.key == key and "rule 'bad'" in caught.value.problem


def test_run_refuses_an_unknown_place_key_before_any_work(
    config_dir: Path,
    db_url: str,
    tmp_path: Path,
    warm_cache: Callable[[Path], None],
) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("the CLI check is backend-independent: SQLite only")
    warm_cache(tmp_path / "data" / "cache")
    rules(config_dir, '[[rules]]\nname = "x"\ntargets = ["stdout"]\nplaces = ["sudza"]\n')
    env = {
        "MONITOR_CONFIG_DIR": str(config_dir),
        "MONITOR_DATA_DIR": str(tmp_path / "data"),
        "MONITOR_DATABASE_URL": db_url,
        "MONITOR_LOG_LEVEL": "WARNING",
        "COLUMNS": "300",
    }
    result = CliRunner().invoke(app, ["run", "--once"], env=env)
    assert result.exit_code == 2, result.output
    error = [ln for ln in result.output.splitlines() if ln.startswith("error")]
    assert len(error) == 1 and "Traceback" not in result.output
    assert str(config_dir / "alerts.toml") in error[0] and "rule 'x'" in error[0]
    assert "'sudza'" in error[0]
    engine = make_engine(db_url)
    with engine.connect() as connection:  # nothing was done: not even the channels synced
        assert connection.scalar(select(func.count()).select_from(Channel)) == 0
    engine.dispose()


def test_a_places_toml_error_names_the_full_path(config_dir: Path) -> None:
    path = config_dir / "places.toml"
    path.write_text('[track]\nplaces = ["atlantis"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown place 'atlantis'") as caught:
        load_gazetteer(load_settings(config_dir, env={}))
    assert caught.value.file == str(path)
