"""The built wheel works on its own: installed (not editable) into a fresh virtualenv and run from
an empty folder, it migrates a new database and runs one seed cycle with the config, seeds and
migrations it carries inside (pyproject.toml, force-include; monitor.bundled finds them).

Only `monitor` comes from the wheel. Its dependencies are borrowed from the environment running
the tests through a `.pth` line, which adds that site-packages to the path without running its own
`.pth` files, so an editable install of this checkout cannot leak in; neither can the working
directory (an empty folder) or PYTHONPATH (removed).
"""

from __future__ import annotations

import importlib.util
import os
import site
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import IN_CI

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow

# Where the installed monitor and the three folders it bundles are found.
PROBE = """
import monitor, monitor.config as c, monitor.sources.seed as s, monitor.store.migrate as m
print(monitor.__file__, c.DEFAULT_CONFIG_DIR, s.SEEDS_DIR, m.migrations_dir(), sep="\\n")
"""


def run(*command: str | Path, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


def clean_env() -> dict[str, str]:
    """The process environment minus everything that could point Python or monitor elsewhere."""
    dropped = {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"}
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_") and k not in dropped}
    env["PYTHONNOUSERSITE"] = "1"
    return env


def build_wheel(out: Path) -> Path:
    """`pip wheel` of the checkout: offline with the hatchling of this environment when it has
    one (the dev extra), else in pip's isolated build environment. Fails in CI, skips elsewhere."""
    isolation = ["--no-build-isolation"] if importlib.util.find_spec("hatchling") else []
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "-w", out, REPO]
    result = run(*command, cwd=out, env=clean_env())
    wheels = list(out.glob("monitor-*.whl"))
    if result.returncode != 0 or len(wheels) != 1:
        reason = f"cannot build the wheel here: {result.stderr.strip()[-600:]}"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    return wheels[0]


def fresh_venv(root: Path, wheel: Path) -> Path:
    """A virtualenv holding only the wheel, with this environment's packages on its path."""
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    python = venv / "bin" / "python"
    install = [sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", wheel]
    result = run(*install, cwd=root, env=clean_env())
    assert result.returncode == 0, result.stderr
    where = "import sysconfig; print(sysconfig.get_path('purelib'))"
    purelib = run(python, "-c", where, cwd=root, env=clean_env())
    dependencies = "\n".join(site.getsitepackages()) + "\n"
    (Path(purelib.stdout.strip()) / "_monitor_test_dependencies.pth").write_text(dependencies)
    return venv


def test_installed_wheel_runs_the_seed_cycle_from_an_empty_folder(tmp_path: Path) -> None:
    build = tmp_path / "build"
    build.mkdir()
    venv = fresh_venv(tmp_path, build_wheel(build))
    empty = tmp_path / "empty"
    empty.mkdir()
    env = clean_env()

    probe = run(venv / "bin" / "python", "-c", PROBE, cwd=empty, env=env)
    assert probe.returncode == 0, probe.stderr
    paths = probe.stdout.splitlines()
    assert len(paths) == 4, probe.stdout
    for path in paths:
        assert Path(path).resolve().is_relative_to(venv.resolve()), path

    upgrade = run(venv / "bin" / "monitor", "db", "upgrade", cwd=empty, env=env)
    assert upgrade.returncode == 0, upgrade.stderr
    cycle = run(venv / "bin" / "monitor", "run", "--once", cwd=empty, env=env)
    assert cycle.returncode == 0, cycle.stderr
    assert "Malaya Loknya" in cycle.stdout
    assert "capture at Malaya Loknya by ru" in cycle.stdout
    assert (empty / "data" / "monitor.db").is_file()
