"""docker-compose.yml and the Dockerfile match the real CLI, settings and wheel (no Docker here)."""

from __future__ import annotations

import tomllib
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


def dockerfile_stages() -> list[list[str]]:
    """The Dockerfile's instructions (continuation lines joined), one list per `FROM` stage."""
    text = (REPO / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    stages: list[list[str]] = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("FROM "):
            stages.append([])
        if line and not line.startswith("#"):
            stages[-1].append(line)
    return stages


def test_dockerfile_paths_and_entrypoint() -> None:
    for stage in dockerfile_stages():
        for line in stage:
            if line.startswith("COPY ") and "--from=" not in line:
                for source in line.split()[1:-1]:
                    assert (REPO / source).exists(), source
    assert 'ENTRYPOINT ["monitor"]' in dockerfile_stages()[-1]


def test_dockerfile_installs_the_built_wheel() -> None:
    """A builder stage makes the wheel from everything it bundles; the image installs only that
    wheel, never an editable tree, and takes no config, seeds or migrations from the context."""
    stages = dockerfile_stages()
    assert len(stages) >= 2
    build, final = stages[0], stages[-1]
    assert any("pip wheel" in line or "-m build" in line for line in build)
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    bundled = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    copied = {part for line in build if line.startswith("COPY ") for part in line.split()[1:-1]}
    assert {"pyproject.toml", "README.md", "monitor", *bundled} <= copied
    assert any(line.startswith("COPY --from=") for line in final)
    assert not [line for line in final if line.startswith("COPY ") and "--from=" not in line]
    installs = [line for line in final if "pip install" in line]
    assert installs and all(".whl" in line for line in installs)
    everything = [line for stage in stages for line in stage]
    assert not [line for line in everything if " -e " in line or "--editable" in line]
    env = " ".join(line for line in final if line.startswith("ENV "))
    names = {word.split("=")[0] for word in env.split() if word.startswith("MONITOR_")}
    assert names <= {f"MONITOR_{name.upper()}" for name in EnvOverrides.model_fields}


def test_secrets_reach_the_monitor_and_migration_but_not_the_database(compose: dict) -> None:
    services = compose["services"]
    assert services["migrate"]["env_file"] == services["monitor"]["env_file"]
    assert any(str(e.get("path")) == ".env" for e in services["monitor"]["env_file"])
    assert "env_file" not in services["postgres"]


def test_images_are_pinned_and_the_minimum_compose_is_stated(compose: dict) -> None:
    for name, spec in compose["services"].items():
        if "image" in spec:
            tag = spec["image"].rsplit(":", 1)[-1]
            assert tag != spec["image"] and tag not in ("latest", "edge"), name
            assert any(c.isdigit() for c in tag) and "." in tag, name
    text = (REPO / "docker-compose.yml").read_text(encoding="utf-8")
    assert "Compose v2.24.0 or later" in text


def test_the_mailpit_rule_is_valid_when_uncommented(tmp_path: Path) -> None:
    import shutil

    from monitor.config import load_settings

    shutil.copytree(REPO / "config", tmp_path / "config")
    alerts = tmp_path / "config" / "alerts.toml"
    text = alerts.read_text(encoding="utf-8")
    start = text.index('# [[rules]]\n# name = "mailpit"')
    block = "\n".join(line.removeprefix("# ") for line in text[start:].splitlines())
    alerts.write_text(text[:start] + block + "\n", encoding="utf-8")
    settings = load_settings(tmp_path / "config", env={"MONITOR_DATA_DIR": str(tmp_path)})
    rule = next(r for r in settings.alerts.rules if r.name == "mailpit")
    assert rule.targets[0].startswith("mailto://mailpit:1025")
    assert tomllib.loads(block)["rules"][0]["format"] == "html"


def test_the_monitor_connects_as_its_own_role_not_the_image_superuser(compose: dict) -> None:
    """The image's POSTGRES_USER is a superuser; the monitor's URL names the role that
    deploy/postgres/10-monitor-role.sh creates (tests/security/test_owner_role.py runs it)."""
    postgres = compose["services"]["postgres"]
    assert "./deploy/postgres:/docker-entrypoint-initdb.d:ro" in postgres["volumes"]
    assert (REPO / "deploy" / "postgres" / "10-monitor-role.sh").is_file()
    url = compose["services"]["migrate"]["environment"]["MONITOR_DATABASE_URL"]
    user = url.split("://", 1)[1].split(":", 1)[0]
    assert user == "monitor" != postgres["environment"]["POSTGRES_USER"]
    assert "MONITOR_DB_PASSWORD" in url and "POSTGRES_PASSWORD" not in url
