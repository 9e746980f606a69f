"""Benchmark: the place matcher against flashtext and a compiled regex, one process, one core.

usage: python bench/bench_places.py [--posts N] [--repeat R] [--regex-posts M] [--plain-posts K]
                                   [--versus REV] [--versus-posts V]

Posts: ../shared/data/corpus/posts_ru.jsonl repeated until N (default 110,000; ~900 bytes a
post). Gazetteer: the full bundled one (config/places.toml tracking). Contenders, over the same
surface forms, timed in turn R times (default 3) in this one process, so a busy machine slows
them alike:
* PlaceMatcher.find: normalise + one Aho-Corasick pass + boundaries + longest match +
  disambiguation (end to end, what `places test` and eval without memory run), and the same
  with a channel's memory read and fed as the daemon's analysis does (one busy channel);
* flashtext KeywordProcessor (case-insensitive, its own word boundaries, no disambiguation);
* one compiled `re` alternation of every form with word boundaries, on casefolded text, written
  two ways: as a plain list of the ~95,000 forms (it scans ~100 posts/s: timed on the first K
  posts, default 300), and factored into a trie (the usual way to make such an alternation
  usable; timed on the first M posts, default all of them). Neither normalises, maps offsets back or
  disambiguates, so "PlaceMatcher.candidates" (normalise + automaton + boundaries + longest
  match, before disambiguation) is timed too: the like-for-like figure.
Then this checkout against the code and bundled gazetteer of git revision REV (default 80f7fd4,
the last commit before the gazetteer of the whole war): each side in its own fresh interpreter
(`git archive REV` unpacked in a temporary folder for the old one), matcher compiled into a
cache first, then timed in turn R times on the first V posts (default 30,000): the cold start
from the cache and PlaceMatcher.find per post, with the ratio new/old.
Prints posts/s and MB/s (best and median of the rounds, wall clock and per CPU-second), the
ratios, the cold start from the on-disk cache (a fresh interpreter: imports, gazetteer, matcher)
and in that fresh interpreter a first (cold) and a second (warm) pass over the distinct posts,
the matcher's memory and the load average. Skips with a message when ../shared/data is absent.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
if TYPE_CHECKING:
    from monitor.places.matcher import PlaceMatcher
CORPUS = REPO.parent / "shared" / "data" / "corpus" / "posts_ru.jsonl"
TARGET = 30_000

COLD_START = """
import resource, sys, time
started, cpu = time.perf_counter(), time.process_time()
sys.path.insert(0, {repo!r})
from pathlib import Path
from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher
from monitor.config import load_settings
imported = time.perf_counter()
gaz = Gazetteer.load(load_settings().places)
loaded = time.perf_counter()
matcher = PlaceMatcher.load(gaz, Path({cache!r}))
matcher.find("Бои у Суджи")
done, cpu = time.perf_counter(), time.process_time() - cpu
import json
texts = list(dict.fromkeys(json.loads(line)["text"] for line in open({corpus!r}, encoding="utf-8")
                            if line.strip()))
passes = []
for _ in range(2):  # the first pass over distinct posts in a fresh process, then a warm one
    first, first_cpu = time.perf_counter(), time.process_time()
    for text in texts:
        matcher.find(text)
    passes += [time.perf_counter() - first, time.process_time() - first_cpu]
try:  # the current RSS: ru_maxrss of a forked child starts at its parent's
    with open("/proc/self/statm") as statm:
        rss = int(statm.read().split()[1]) * resource.getpagesize() / 2**20
except OSError:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(done - started, cpu, imported - started, loaded - imported, done - loaded, rss, len(texts),
      *passes)
"""


def load_posts(count: int) -> list[str]:
    base = [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8") if line.strip()]
    posts: list[str] = []
    while len(posts) < count:
        posts.extend(base[: count - len(posts)])  # each copy stands for a new post
    return posts


def load_average() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def trie_regex(forms: Iterable[str]) -> str:
    """One alternation of `forms`, factored on common prefixes: `су(?:дж(?:а|е)|...)`."""
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(trie)


class Rate:
    """One contender's rounds: wall-clock and CPU seconds over its posts."""

    def __init__(self, label: str, func: Callable[[str], object], posts: list[str]) -> None:
        self.label, self.func, self.posts = label, func, posts
        self.size_mb = sum(len(p.encode("utf-8")) for p in posts) / 2**20
        self.walls: list[float] = []
        self.cpus: list[float] = []
        self.found = 0

    def round(self) -> None:
        gc.collect()
        func = self.func
        found = 0
        started, cpu = time.perf_counter(), time.process_time()
        for text in self.posts:
            found += len(func(text))  # type: ignore[arg-type]
        self.walls.append(time.perf_counter() - started)
        self.cpus.append(time.process_time() - cpu)
        self.found = found

    def best(self) -> float:
        return len(self.posts) / min(self.walls)

    def line(self) -> str:
        n = len(self.posts)
        median = n / statistics.median(self.walls)
        per_cpu = n / min(self.cpus)
        return (
            f"{self.label:<27} {self.best():>9,.0f} posts/s (median {median:>9,.0f}; "
            f"{per_cpu:>9,.0f} per CPU-s) {self.size_mb / min(self.walls):>6.1f} MB/s "
            f"{self.found:>8,} matches in {n:,} posts"
        )


def cold_start(cache: Path) -> None:
    """The matcher from its disk cache in a fresh interpreter, three times: best and worst."""
    runs = []
    for _ in range(3):
        code = COLD_START.format(repo=str(REPO), cache=str(cache), corpus=str(CORPUS))
        out = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        ).stdout.split()
        runs.append([float(x) for x in out])
    best = min(runs)
    print(
        f"cold start from the disk cache (fresh interpreter, best of 3): {best[0]:.2f} s wall "
        f"({best[1]:.2f} CPU-s): imports {best[2]:.2f} s, gazetteer {best[3]:.2f} s, matcher "
        f"{best[4]:.2f} s; worst {max(r[0] for r in runs):.2f} s; RSS {best[5]:.0f} MB"
    )
    count = best[6]
    cold_wall, cold_cpu = min(r[7] for r in runs), min(r[8] for r in runs)
    warm_wall, warm_cpu = min(r[9] for r in runs), min(r[10] for r in runs)
    print(
        f"PlaceMatcher.find over {count:,.0f} distinct posts in that fresh process: cold (first "
        f"pass) {count / cold_wall:,.0f} posts/s ({count / cold_cpu:,.0f} per CPU-s), warm "
        f"(second pass) {count / warm_wall:,.0f} posts/s ({count / warm_cpu:,.0f} per CPU-s); "
        f"cold/warm {warm_wall / cold_wall:.2f} (best of 3 processes)"
    )


def matcher_memory(load: Callable[[], object]) -> tuple[float, float]:
    """(MB the loaded matcher keeps, MB allocated at the peak of loading it)."""
    import tracemalloc

    tracemalloc.start()
    kept = load()
    size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept
    return size / 2**20, peak / 2**20


VERSUS = """
import json, sys, time
sys.path.insert(0, {repo!r})
from pathlib import Path
started = time.perf_counter()
from monitor.config import load_settings
from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher
gaz = Gazetteer.load(load_settings(Path({config!r})).places)
matcher = PlaceMatcher.load(gaz, Path({cache!r}))
matcher.find("Бои у Суджи")
cold = time.perf_counter() - started
posts = json.load(open({posts!r}, encoding="utf-8"))
print(json.dumps([cold, len(gaz.places)]), flush=True)
for _ in sys.stdin:  # one round a line: the posts once, wall and CPU seconds
    found, wall, cpu = 0, time.perf_counter(), time.process_time()
    for text in posts:
        found += len(matcher.find(text))
    print(json.dumps([time.perf_counter() - wall, time.process_time() - cpu, found]), flush=True)
"""


def _worker(repo: Path, tmp: Path, name: str, corpus: Path) -> subprocess.Popen[str]:
    code = VERSUS.format(
        repo=str(repo),
        config=str(repo / "config"),
        cache=str(tmp / f"cache-{name}"),
        posts=str(corpus),
    )
    return subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )


def _ask(worker: subprocess.Popen[str]) -> list[float]:
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write("go\n")
    worker.stdin.flush()
    line = worker.stdout.readline()
    if not line:
        raise SystemExit("a benchmark worker failed (its error is above)")
    return [float(x) for x in json.loads(line)]


def versus(rev: str, posts: list[str], repeat: int) -> None:
    """This checkout against revision `rev`: one worker interpreter each (the old code unpacked
    from `git archive`), matchers compiled into caches first, then the cold start from the cache
    timed in fresh workers and find timed in rounds that alternate between the two workers, so
    that a busy machine slows both alike."""
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        old = tmp / "old"
        old.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", rev], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        corpus = tmp / "posts.json"
        corpus.write_text(json.dumps(posts, ensure_ascii=False), encoding="utf-8")
        sides = {"old": old, "new": REPO}
        colds: dict[str, list[float]] = {name: [] for name in sides}
        sizes: dict[str, int] = {}
        for attempt in range(4):  # the first start compiles the cache
            for name, repo in sides.items():
                worker = _worker(repo, tmp, name, corpus)
                assert worker.stdout is not None
                cold, sizes[name] = json.loads(worker.stdout.readline())
                worker.communicate("")
                if attempt:
                    colds[name].append(cold)
        workers = {name: _worker(repo, tmp, name, corpus) for name, repo in sides.items()}
        for worker in workers.values():
            assert worker.stdout is not None
            worker.stdout.readline()
        rounds: dict[str, list[list[float]]] = {name: [] for name in sides}
        for _ in range(repeat):
            for name, worker in workers.items():
                rounds[name].append(_ask(worker))
        for worker in workers.values():
            worker.communicate("")
    rates = {}
    for name in sides:
        wall = len(posts) / min(r[0] for r in rounds[name])
        cpu = len(posts) / min(r[1] for r in rounds[name])
        rates[name] = (wall, cpu)
        print(
            f"{name:>3} ({rev if name == 'old' else 'this checkout'}, {sizes[name]:,} places): "
            f"cold start from the cache "
            f"{min(colds[name]):.2f} s (best of 3, worst {max(colds[name]):.2f} s); find "
            f"{wall:,.0f} posts/s wall, {cpu:,.0f} per CPU-s (best of {repeat}); "
            f"{int(rounds[name][0][2]):,} places found"
        )
    print(
        f"ratio new/old, PlaceMatcher.find: {rates['new'][0] / rates['old'][0]:.2f}x wall, "
        f"{rates['new'][1] / rates['old'][1]:.2f}x per CPU-second"
    )


def with_memory(matcher: PlaceMatcher) -> Callable[[str], object]:
    """PlaceMatcher.find as the analysis runs it on one busy channel: the channel's memory is
    read for undecided namesakes and fed with each post's confident places (no dates: it stays
    full, the costliest case)."""
    from monitor.places.recent import REMEMBER_CONFIDENCE, ChannelMemory

    memory = ChannelMemory()

    def find(text: str) -> object:
        mentions = matcher.find(text, recent=memory)
        sure = [m.place_key for m in mentions if m.confidence >= REMEMBER_CONFIDENCE]
        memory.remember(matcher.places_of(sure), None)
        return mentions

    return find


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=110_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--regex-posts", type=int, default=None)
    parser.add_argument("--plain-posts", type=int, default=300)
    parser.add_argument("--versus", default="80f7fd4")
    parser.add_argument("--versus-posts", type=int, default=30_000)
    parser.add_argument("--versus-only", action="store_true")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (the shared data sits next to the repo)")
        return

    from flashtext import KeywordProcessor

    from monitor.config import load_settings
    from monitor.places.gazetteer import Gazetteer
    from monitor.places.matcher import PlaceMatcher

    if args.versus_only:
        print(load_average())
        versus(args.versus, load_posts(args.versus_posts), args.repeat)
        return
    print(load_average())
    settings = load_settings()
    gaz = Gazetteer.load(settings.places)
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp)
        started = time.perf_counter()
        PlaceMatcher.load(gaz, cache)
        build = time.perf_counter() - started
        size = sum(p.stat().st_size for p in cache.iterdir()) / 2**20
        cold_start(cache)
        memory = matcher_memory(lambda: PlaceMatcher.load(gaz, cache))
        matcher = PlaceMatcher.load(gaz, cache)
    forms = matcher.surface_forms()
    print(
        f"gazetteer: {len(gaz.places):,} places, {len(forms):,} surface forms; compile "
        f"{build:.1f} s; cache file {size:.1f} MB; matcher in memory {memory[0]:.0f} MB "
        f"({memory[1]:.0f} MB at the peak of loading)"
    )

    posts = load_posts(args.posts)
    keywords = KeywordProcessor(case_sensitive=False)
    for char in "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ'":
        keywords.add_non_word_boundary(char)
    for form in forms:
        keywords.add_keyword(form)
    started = time.perf_counter()
    plain = re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?!\w)"
    )
    compiled = time.perf_counter()
    pattern = re.compile(r"(?<!\w)" + trie_regex(forms) + r"(?!\w)")
    print(
        f"regex: plain {len(plain.pattern):,} characters compiled in "
        f"{compiled - started:.1f} s; trie {len(pattern.pattern):,} characters in "
        f"{time.perf_counter() - compiled:.1f} s"
    )
    print(
        f"posts: {len(posts):,} ({sum(len(p.encode()) for p in posts) / 2**20:.0f} MB) from "
        f"{CORPUS.name}; {args.repeat} rounds each, in turn"
    )

    contenders = [
        Rate("PlaceMatcher.find (e2e)", matcher.find, posts),
        Rate("PlaceMatcher.find, channel memory", with_memory(matcher), posts),
        Rate("flashtext KeywordProcessor", keywords.extract_keywords, posts),
        Rate(
            "re alternation (plain)",
            lambda t: plain.findall(t.casefold()),
            posts[: args.plain_posts],
        ),
        Rate(
            "re alternation (trie)",
            lambda t: pattern.findall(t.casefold()),
            posts[: args.regex_posts],
        ),
        Rate("PlaceMatcher.candidates", matcher.candidates, posts),
    ]
    matcher.find(posts[0])
    for _ in range(args.repeat):
        for contender in contenders:
            contender.round()
    print(load_average())
    for contender in contenders:
        print(contender.line())
    ours, remembering, flash, plain_rate, trie_rate, scan = (c.best() for c in contenders)
    print(f"ratio e2e with a channel memory / without: {remembering / ours:.2f}")
    print(
        f"ratio e2e: {ours / flash:.2f}x flashtext, {ours / plain_rate:.0f}x plain regex, "
        f"{ours / trie_rate:.2f}x trie regex; candidates (like for like): "
        f"{scan / flash:.2f}x flashtext, {scan / trie_rate:.2f}x trie regex (best rounds)"
    )
    print(
        f"target {TARGET:,} posts/s: {'met' if ours >= TARGET else 'NOT met'} "
        f"by the wall clock; {len(posts) / min(contenders[0].cpus):,.0f} per CPU-second"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max RSS of the whole run: {rss:.0f} MB (flashtext and the regex included)")
    if args.versus:
        versus(args.versus, posts[: args.versus_posts], args.repeat)


if __name__ == "__main__":
    main()
