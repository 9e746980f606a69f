"""Benchmark: start-up of `monitor --help` and `monitor status`, and loading the compiled place
matcher from its cache, each in a fresh process.

usage: python bench/bench_startup.py [--runs N]

Runs every command N times (default 5) in turn, in a fresh interpreter each time, against a
migrated, empty SQLite database in a temporary folder, after one untimed run of each that writes
the bytecode caches as installing a wheel does (without them, and with PYTHONDONTWRITEBYTECODE
set, every start compiles the monitor's modules from source again; they go to a folder of their
own, PYTHONPYCACHEPREFIX, so the checkout is left alone). Prints the best and the median wall
time and the best CPU time (user + system of the child: other processes sharing the cores slow
the wall clock, not the CPU time). The named alternatives, in the same run: a bare interpreter
(`python -c pass`) and one that only imports what any command reading the database needs
(`import sqlalchemy, pydantic`): the floor the commands stand on. Prints the ratios to them and
whether the 0.5 s target is met.

The matcher is compiled once into the temporary data folder's cache (not timed, its time is
printed); then "matcher from cache" is a fresh process that loads the settings, the gazetteer
and the matcher and matches one post, as the analyzer starts; its named alternative,
"pickle.load of the cache", only unpickles the cache file (the floor of any cache). Target: under
1 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = 0.5
MATCHER_TARGET = 1.0
MONITOR = [sys.executable, "-m", "monitor"]
LOAD_MATCHER = """
from monitor.config import load_settings
from monitor.places.loading import load_matcher
load_matcher(load_settings()).find("Бои у Суджи")
"""
# (the file starts with a header, magic and length and checksum, before the pickle)
UNPICKLE = """
import os, pickle, pathlib
from monitor.places import cache_file
[path] = pathlib.Path(os.environ["MONITOR_DATA_DIR"], "cache").glob("places-*.pickle")
data = path.read_bytes()
pickle.loads(memoryview(data)[len(cache_file.MAGIC) + cache_file._HEADER.size :])
"""
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "import sqlalchemy, pydantic": [sys.executable, "-c", "import sqlalchemy, pydantic"],
    "monitor --help": [*MONITOR, "--help"],
    "monitor status": [*MONITOR, "status"],
    "pickle.load of the cache": [sys.executable, "-c", UNPICKLE],
    "matcher from cache": [sys.executable, "-c", LOAD_MATCHER],
}


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of `command`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=REPO, stdout=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        env = {
            **os.environ,
            "MONITOR_CONFIG_DIR": str(REPO / "config"),
            "MONITOR_DATA_DIR": folder,
            "MONITOR_DATABASE_URL": f"sqlite:///{folder}/monitor.db",
            "MONITOR_LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(REPO),
            "PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([*MONITOR, "db", "upgrade"], env=env, cwd=REPO, check=True,
                       capture_output=True)  # fmt: skip
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", LOAD_MATCHER], env=env, cwd=REPO, check=True)
        print(f"matcher compiled into the cache in {time.perf_counter() - started:.1f} s")
        for command in COMMANDS.values():  # writes the bytecode caches
            run_once(command, env)
        times: dict[str, list[tuple[float, float]]] = {label: [] for label in COMMANDS}
        for _ in range(args.runs):  # in turn, so a busy machine slows them alike
            for label, command in COMMANDS.items():
                times[label].append(run_once(command, env))
    print(f"{args.runs} runs each, fresh processes; load average {os.getloadavg()[0]:.2f}")
    floor = {label: min(c for _, c in runs) for label, runs in times.items()}
    for label, runs in times.items():
        walls = [w for w, _ in runs]
        cpu = floor[label]
        print(
            f"{label:<28} best {min(walls):.3f} s, median {statistics.median(walls):.3f} s wall; "
            f"{cpu:.3f} CPU-s; ratio (CPU) to a bare interpreter "
            f"{cpu / floor['python -c pass']:.1f}, to sqlalchemy+pydantic "
            f"{cpu / floor['import sqlalchemy, pydantic']:.2f}"
        )
    cached, unpickle = floor["matcher from cache"], floor["pickle.load of the cache"]
    print(f"matcher from cache / pickle.load of the cache: {cached / unpickle:.2f} (CPU)")
    for label, target in (
        ("monitor --help", TARGET),
        ("monitor status", TARGET),
        ("matcher from cache", MATCHER_TARGET),
    ):
        best_wall = min(w for w, _ in times[label])
        print(
            f"target {target} s for {label}: {'met' if best_wall < target else 'NOT met'} by "
            f"the wall clock; {'met' if floor[label] < target else 'NOT met'} in CPU time"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
