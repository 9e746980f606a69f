"""Benchmark: the place matcher against flashtext and a compiled regex, one process, one core.

usage: python bench/bench_places.py [--posts N]

Posts: ../shared/data/corpus/posts_ru.jsonl repeated with new ids until N (default 110,000).
Gazetteer: the full bundled one (config/places.toml tracking). Contenders, over the same
surface forms:
* PlaceMatcher.find: normalise + one Aho-Corasick pass + boundaries + longest match +
  disambiguation (end to end, what the daemon runs);
* flashtext KeywordProcessor (case-insensitive, its own word boundaries, no disambiguation);
* one compiled `re` alternation of every form with word boundaries (casefolded text).
Prints posts/s, MB/s and ratios, the cold start from the on-disk cache, and memory.
Skips with a message when ../shared/data is absent.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "data" / "corpus" / "posts_ru.jsonl"


def load_posts(count: int) -> list[str]:
    base = [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8") if line.strip()]
    posts: list[str] = []
    round_ = 0
    while len(posts) < count:
        # a new id per repetition; the text is the post's own
        posts.extend(base[: count - len(posts)])
        round_ += 1
    return posts


def timed(label: str, func, posts: list[str], size_mb: float) -> float:  # type: ignore[no-untyped-def]
    gc.collect()
    start = time.perf_counter()
    found = 0
    for text in posts:
        found += len(func(text))
    elapsed = time.perf_counter() - start
    rate = len(posts) / elapsed
    print(f"{label:<28} {rate:>10,.0f} posts/s {size_mb / elapsed:>7.1f} MB/s "
          f"{found:>9,} matches  {elapsed:6.2f} s")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=110_000)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (the shared data sits next to the repo)")
        return

    from flashtext import KeywordProcessor

    from monitor.analysis.gazetteer import Gazetteer
    from monitor.analysis.matcher import PlaceMatcher
    from monitor.config import load_settings

    settings = load_settings()
    gaz = Gazetteer.load(settings.places)
    with tempfile.TemporaryDirectory() as cache:
        started = time.perf_counter()
        PlaceMatcher.load(gaz, Path(cache))
        build = time.perf_counter() - started
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        matcher = PlaceMatcher.load(Gazetteer.load(settings.places), Path(cache))
        cold = time.perf_counter() - started
        tracemalloc.start()
        PlaceMatcher.load(gaz, Path(cache))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del before
    forms = list(matcher.automaton.keys())
    print(f"gazetteer: {len(gaz.places):,} places, {len(forms):,} surface forms; "
          f"compile {build:.1f} s; cold start from cache {cold:.2f} s "
          f"(gazetteer + matcher, {peak / 2**20:.0f} MB allocated)")

    posts = load_posts(args.posts)
    size_mb = sum(len(p.encode("utf-8")) for p in posts) / 2**20
    print(f"posts: {len(posts):,} ({size_mb:.0f} MB) from {CORPUS.name}")

    keywords = KeywordProcessor(case_sensitive=False)
    for char in "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ'":
        keywords.add_non_word_boundary(char)
    for form in forms:
        keywords.add_keyword(form)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)")

    ours = timed("PlaceMatcher.find (e2e)", matcher.find, posts, size_mb)
    flash = timed("flashtext KeywordProcessor", keywords.extract_keywords, posts, size_mb)
    regex = timed("re alternation", lambda t: pattern.findall(t.casefold()), posts, size_mb)
    print(f"ratio: {ours / flash:.1f}x flashtext, {ours / regex:.1f}x regex")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max RSS of the whole run: {rss:.0f} MB")


if __name__ == "__main__":
    main()
