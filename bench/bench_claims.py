"""Benchmark: cold analysis (places + claims) of distinct real posts on one core.

usage: python bench/bench_claims.py [--posts N] [--rounds R] [--versus REV_OR_DIR]

Posts: the distinct texts of ../shared/data/corpus/posts_ru.jsonl in file order (the first N,
default all ~22,000): no text is repeated, so every word meets cold caches the first time.
Each contender runs in a fresh interpreter (`--child`), R times (default 2) in turn, so a busy
machine slows them alike, and reports its best round:

* analyzer, cold: `Analyzer.analyze` (what the daemon, `monitor eval` and `monitor reanalyze`
  run) over the posts once, right after the process built the analyzer (start-up reported
  apart); then the same posts again in the same process: the warm figure;
* claims only, cold: `ClaimExtractor.extract` with the places found beforehand (in that process,
  so the claim step's caches are cold);
* the named alternative, "bare scan": json + casefold + one Aho-Corasick pass of the claim
  prefilter's stems + the WORD_RE tokeniser over every post (no lemmas, no places, no rules):
  what reading the posts at all costs.

Prints posts/s by the wall clock and per CPU-second (other processes sharing the cores slow the
wall clock, not the CPU time), the ratios to the bare scan, the load average and whether the
30,000 posts/s target is met. Skips with a message when the shared data is absent.

With `--versus REV` (a git revision, unpacked by `git archive`, or the folder of another
checkout): the cold analyzer of this checkout against that code instead, interleaved so that a
busy machine slows both alike: one worker interpreter each (the other's matcher compiled into
its own cache first), fed the posts in chunks of `CHUNK` in turn (ABBA), each post once; prints
each side's posts per CPU-second over the same posts, the claims found and the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "corpus" / "posts_ru.jsonl"
TARGET = 30_000
CHUNK = 250  # posts a worker analyses in one turn (--versus)


def distinct_posts(limit: int | None) -> list[str]:
    seen: dict[str, None] = {}
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            seen.setdefault(json.loads(line)["text"], None)
            if limit is not None and len(seen) >= limit:
                break
    return list(seen)


def timed(posts: list[str], func: Callable[[str], int]) -> dict[str, float]:
    started, cpu = time.perf_counter(), time.process_time()
    found = sum(func(text) for text in posts)
    return {
        "wall": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
        "found": found,
    }


def child_analyzer(posts: list[str]) -> dict[str, object]:
    started = time.perf_counter()
    from monitor.analyzer import Analyzer
    from monitor.config import load_settings

    analyzer = Analyzer(load_settings())
    startup = time.perf_counter() - started

    def analyse(text: str) -> int:
        return len(analyzer.analyze(text, "ru")[1])

    cold = timed(posts, analyse)
    warm = timed(posts, analyse)
    return {"startup": startup, "cold": cold, "warm": warm}


def child_claims(posts: list[str]) -> dict[str, object]:
    from monitor.claims.extractor import ClaimExtractor
    from monitor.config import load_settings
    from monitor.places.loading import load_gazetteer, load_matcher

    settings = load_settings()
    gazetteer = load_gazetteer(settings)
    matcher = load_matcher(settings, gazetteer)
    extractor = ClaimExtractor(settings.claims, gazetteer.places.get)
    places = [matcher.find(text, side="ru") for text in posts]
    found = iter(places)
    return {"cold": timed(posts, lambda text: len(extractor.extract(text, next(found), "ru")))}


def child_scan(posts: list[str]) -> dict[str, object]:
    from monitor.claims.rules import CompiledRules
    from monitor.config import load_settings
    from monitor.text.lemmas import WORD_RE

    automaton = CompiledRules.compile(load_settings().claims).prefilter.automaton
    lines = [json.dumps({"text": text}, ensure_ascii=False) for text in posts]

    def scan(line: str) -> int:
        folded = json.loads(line)["text"].casefold()
        return len(list(automaton.iter(folded))) + len(WORD_RE.findall(folded))

    return {"cold": timed(lines, scan)}


CHILDREN = {"analyzer": child_analyzer, "claims": child_claims, "scan": child_scan}


def child_worker(posts: list[str]) -> None:
    """The analyzer of the checkout first on sys.path, cold: analyses the posts of each
    `start end` line it reads, answering with the CPU seconds it took and the claims found."""
    from monitor.analyzer import Analyzer
    from monitor.config import load_settings

    analyzer = Analyzer(load_settings())
    print("ready", flush=True)
    for line in sys.stdin:
        start, end = map(int, line.split())
        cpu = time.process_time()
        found = sum(len(analyzer.analyze(text, "ru")[1]) for text in posts[start:end])
        print(json.dumps([time.process_time() - cpu, found]), flush=True)


def versus(other: str, limit: int | None, count: int) -> None:
    """This checkout's cold analyzer against `other`'s (see the module docstring)."""
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(other)
        if not old.is_dir():
            old = Path(tmp)
            archive = subprocess.run(
                ["git", "-C", str(REPO), "archive", other], check=True, capture_output=True
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        sides = {"old": old, "new": REPO}
        workers = {}
        for name, repo in sides.items():  # the matcher is loaded (or compiled) untimed
            command = [sys.executable, __file__, "--child", "worker", "--repo", str(repo)]
            command += ["--posts", str(limit)] if limit is not None else []
            worker = subprocess.Popen(
                command, cwd=repo, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
            )
            assert worker.stdout is not None
            if worker.stdout.readline().strip() != "ready":
                raise RuntimeError(f"the worker of {repo} did not start")
            workers[name] = worker
        cpu = dict.fromkeys(sides, 0.0)
        found = dict.fromkeys(sides, 0)
        for turn, start in enumerate(range(0, count, CHUNK)):
            for name in ("old", "new") if turn % 2 == 0 else ("new", "old"):
                worker = workers[name]
                assert worker.stdin is not None and worker.stdout is not None
                worker.stdin.write(f"{start} {min(start + CHUNK, count)}\n")
                worker.stdin.flush()
                seconds, claims = json.loads(worker.stdout.readline())
                cpu[name] += seconds
                found[name] += claims
        for worker in workers.values():
            worker.communicate("")
    for name in sides:
        label = other if name == "old" else "this checkout"
        print(
            f"{name} ({label}): analyzer, cold {count / cpu[name]:,.0f} posts per CPU-s "
            f"({cpu[name]:.2f} CPU-s), found {found[name]:,}"
        )
    print(f"ratio new/old per CPU-second: {cpu['old'] / cpu['new']:.2f}x")


def run_child(kind: str, limit: int | None) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", kind]
    if limit is not None:
        command += ["--posts", str(limit)]
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO).stdout
    return json.loads(out.strip().splitlines()[-1])


def rate(count: int, runs: list[dict[str, float]]) -> tuple[float, float]:
    """(best posts/s by the wall clock, best posts per CPU-second)."""
    return count / min(r["wall"] for r in runs), count / min(r["cpu"] for r in runs)


def load_average() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def report(count: int, results: dict[str, list[dict[str, Any]]]) -> None:
    scan_wall, scan_cpu = rate(count, [r["cold"] for r in results["scan"]])
    rows = (
        ("analyzer, cold (places + claims)", [r["cold"] for r in results["analyzer"]]),
        ("analyzer, warm (second pass)", [r["warm"] for r in results["analyzer"]]),
        ("claims only, cold", [r["cold"] for r in results["claims"]]),
        ("bare scan (alternative)", [r["cold"] for r in results["scan"]]),
    )
    for label, runs in rows:
        wall, cpu = rate(count, runs)
        print(
            f"{label:<34} {wall:>9,.0f} posts/s ({cpu:>9,.0f} per CPU-s)  "
            f"ratio to bare scan {wall / scan_wall:.2f} ({cpu / scan_cpu:.2f} per CPU-s)  "
            f"found {runs[-1]['found']:,}"
        )
    startup = min(r["startup"] for r in results["analyzer"])
    print(f"analyzer start-up (imports, gazetteer, matcher from cache, rules): {startup:.2f} s")
    wall, cpu = rate(count, [r["cold"] for r in results["analyzer"]])
    print(
        f"target {TARGET:,} posts/s cold: {'met' if wall >= TARGET else 'NOT met'} by the wall "
        f"clock; {'met' if cpu >= TARGET else 'NOT met'} per CPU-second"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--posts", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--versus", help="a git revision or another checkout's folder")
    parser.add_argument("--child", choices=[*sorted(CHILDREN), "worker"], help=argparse.SUPPRESS)
    parser.add_argument("--repo", default=str(REPO), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"SKIP: {CORPUS} not found (the shared data sits next to the repository)")
        return 0
    posts = distinct_posts(args.posts)
    if args.child:
        sys.path.insert(0, args.repo)
        if args.child == "worker":
            child_worker(posts)
        else:
            print(json.dumps(CHILDREN[args.child](posts)))
        return 0
    if args.versus:
        print(f"{len(posts):,} distinct posts of {CORPUS.name}; {load_average()}")
        versus(args.versus, args.posts, len(posts))
        print(load_average())
        return 0
    print(f"{len(posts):,} distinct posts of {CORPUS.name}; {args.rounds} rounds, fresh processes")
    print(load_average())
    results: dict[str, list[dict[str, Any]]] = {kind: [] for kind in CHILDREN}
    for _ in range(args.rounds):
        for kind in CHILDREN:
            results[kind].append(run_child(kind, args.posts))
    print(load_average())
    report(len(posts), results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
