"""docker-compose.yml and the Dockerfile match the real CLI and settings (no Docker here)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import EnvOverrides

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))


def test_services(compose: dict) -> None:
    assert {"postgres", "migrate", "monitor", "mailpit"} <= set(compose["services"])
    assert {"pgdata", "monitor-data"} <= set(compose["volumes"])


@pytest.mark.parametrize("service", ["migrate", "monitor"])
def test_commands_exist_in_the_cli(compose: dict, service: str) -> None:
    spec = compose["services"][service]
    result = CliRunner().invoke(app, [*spec["command"], "--help"])
    assert result.exit_code == 0, result.output
    health = spec.get("healthcheck", {}).get("test")
    if health:
        assert health[:2] == ["CMD", "monitor"]
        assert CliRunner().invoke(app, [*health[2:], "--help"]).exit_code == 0


@pytest.mark.parametrize("service", ["migrate", "monitor"])
def test_environment_names_real_settings(compose: dict, service: str) -> None:
    known = {f"MONITOR_{name.upper()}" for name in EnvOverrides.model_fields}
    env = compose["services"][service]["environment"]
    assert set(env) <= known
    assert env["MONITOR_DATABASE_URL"].startswith("postgresql+psycopg://")
    host = env["MONITOR_DATABASE_URL"].split("@")[1].split(":")[0]
    assert host in compose["services"]


def test_dockerfile_paths_and_entrypoint() -> None:
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    for line in dockerfile.splitlines():
        if line.startswith("COPY "):
            for source in line.split()[1:-1]:
                assert (REPO / source).exists(), source
    assert 'ENTRYPOINT ["monitor"]' in dockerfile
