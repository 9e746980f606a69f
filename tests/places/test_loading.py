"""Loading the gazetteer from the settings: config errors name the full file and key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from monitor.config import load_settings
from monitor.errors import ConfigError
from monitor.places.loading import load_gazetteer

REPO = Path(__file__).resolve().parents[2]


def _config(tmp_path: Path, file: str, extra: str) -> Path:
    config = tmp_path / "config"
    shutil.copytree(REPO / "config", config)
    with (config / file).open("a", encoding="utf-8") as out:
        out.write(extra)
    return config


def _load(config: Path, tmp_path: Path) -> None:
    load_gazetteer(load_settings(config, env={"MONITOR_DATA_DIR": str(tmp_path / "data")}))


RULE = '\n[[rules]]\nname = "x"\ntargets = ["stdout"]\n'


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (
            RULE + 'places = ["sudzha", "nosuchplace"]\n',
            "rules.1.places.1: rule 'x': unknown place key",
        ),
        (
            RULE + 'districts = ["Nowhere District"]\n',
            "rules.1.districts.0: rule 'x': unknown district",
        ),
        (RULE + 'oblasts = ["Atlantis Oblast"]\n', "rules.1.oblasts.0: rule 'x': unknown oblast"),
    ],
)
def test_alert_rule_with_an_unknown_place_is_refused(tmp_path: Path, extra: str, says: str) -> None:
    config = _config(tmp_path, "alerts.toml", extra)
    with pytest.raises(ConfigError) as caught:
        _load(config, tmp_path)
    assert str(caught.value).startswith(f"{config / 'alerts.toml'}: {says}")
    assert caught.value.exit_code == 2


def test_known_rule_places_load(tmp_path: Path) -> None:
    extra = (
        RULE
        + 'places = ["sudzha"]\ndistricts = ["sudzhansky district"]\noblasts = ["Kursk Oblast"]\n'
    )
    _load(_config(tmp_path, "alerts.toml", extra), tmp_path)


def test_places_toml_error_names_the_full_path(tmp_path: Path) -> None:
    config = _config(tmp_path, "places.toml", "")
    text = (config / "places.toml").read_text(encoding="utf-8")
    (config / "places.toml").write_text(text.replace('"kositsa",', '"atlantis",'), "utf-8")
    with pytest.raises(ConfigError) as caught:
        _load(config, tmp_path)
    assert str(caught.value) == f"{config / 'places.toml'}: track.places: unknown place 'atlantis'"
