"""Benchmark: full analysis (places + claims) over 100,000+ real posts on one core.

usage: python bench/bench_claims.py [--posts N] [--repeat R]

Posts: ../shared/data/corpus/posts_ru.jsonl repeated with new ids until N (default 110,000).
Places come from the project's PlaceMatcher when it loads; otherwise from a stand-in
Aho-Corasick matcher over the seed places' forms (printed, so the figure is not mistaken for the
real pipeline). Compared with a named alternative, "naive regex": every rule's trigger words as
raw-text regexes (no lemmas, no prefilter), a claim for every place within 60 characters.
Prints posts/s of each (best of R rounds, default 3, taken in turn; by the wall clock and per
CPU-second, since other processes sharing the cores slow the wall clock, not the CPU time; the
naive one timed on a tenth of the posts), the claim step alone (places found beforehand), the
ratio and the load average. Skips with a message when the shared data is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.claims.extractor import ClaimExtractor  # noqa: E402
from monitor.config import ClaimsFile, load_settings  # noqa: E402
from monitor.domain import PlaceMention  # noqa: E402

CORPUS = REPO.parent / "shared" / "data" / "corpus" / "posts_ru.jsonl"
SEED_FORMS = {
    "kursk": ["курск", "курске", "курска", "курском"],
    "kursk-oblast": ["курская область", "курской области", "курскую область", "курщина"],
    "sudzha": ["суджа", "суджи", "судже", "суджу", "суджей"],
    "malaya-loknya": ["малая локня", "малой локни", "малую локню", "малой локне"],
    "cherkasskoye-porechnoye": ["черкасское поречное", "черкасского поречного"],
    "kositsa": ["косица", "косицы", "косицу", "косице"],
    "kyiv": ["киев", "киеве", "киева", "київ", "києві"],
}
Finder = Callable[[str], list[PlaceMention]]


def load_posts(target: int) -> list[str]:
    texts = [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8")]
    posts: list[str] = []
    while len(posts) < target:
        posts.extend(texts)  # each copy is a new post id; the text is what the engine sees
    return posts[:target]


def real_matcher() -> Finder | None:
    try:
        from monitor.places.gazetteer import Gazetteer
        from monitor.places.matcher import PlaceMatcher

        settings = load_settings()
        matcher = PlaceMatcher.load(Gazetteer.load(settings.places, None), None)
        matcher.find("Суджа")
    except Exception as exc:  # the matcher is another module; report why it is not used
        print(f"PlaceMatcher unusable ({type(exc).__name__}: {exc}); using the seed stand-in")
        return None
    return lambda text: list(matcher.find(text))


def places_info() -> Callable[[str], object] | None:
    """The gazetteer's place records (kind, country) for the extractor, as the pipeline passes
    them; None when the gazetteer does not load."""
    try:
        from monitor.places.gazetteer import Gazetteer

        return Gazetteer.load(load_settings().places, None).places.get
    except Exception as exc:  # the gazetteer is another module; report why it is not used
        print(f"Gazetteer unusable ({type(exc).__name__}: {exc}); claims without place kinds")
        return None


def seed_matcher() -> Finder:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for key, forms in SEED_FORMS.items():
        for form in forms:
            automaton.add_word(form, (key, len(form)))
    automaton.make_automaton()

    def find(text: str) -> list[PlaceMention]:
        folded = text.casefold()
        found = []
        for end, (key, length) in automaton.iter(folded):
            start = end - length + 1
            if (start == 0 or not folded[start - 1].isalnum()) and (
                end + 1 >= len(folded) or not folded[end + 1].isalnum()
            ):
                found.append(PlaceMention(key, start, end + 1, text[start : end + 1], 0.9, "seed"))
        return found

    return find


def naive_extractor(rules: ClaimsFile) -> Callable[[str, list[PlaceMention]], list[tuple]]:
    patterns = []
    for rule in rules.rules:
        words = [w.rstrip("*") for lang in rule.triggers.values() for w in lang]
        patterns.append((rule.type, re.compile("|".join(re.escape(w) for w in words), re.I)))

    def extract(text: str, mentions: list[PlaceMention]) -> list[tuple]:
        claims = []
        for claim_type, pattern in patterns:
            for match in pattern.finditer(text):
                for mention in mentions:
                    if abs(mention.start - match.start()) <= 60:
                        claims.append((claim_type, mention.place_key, match.start()))
        return claims

    return extract


def run(posts: list[str], analyse: Callable[[str], int]) -> tuple[float, float, int]:
    """(posts/s by the wall clock, posts per CPU-second, what `analyse` counted)."""
    started, cpu = time.perf_counter(), time.process_time()
    claims = sum(analyse(text) for text in posts)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return len(posts) / wall, len(posts) / cpu, claims


def load_average() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--posts", type=int, default=110_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"SKIP: {CORPUS} not found (the shared data sits next to the repository)")
        return 0
    posts = load_posts(args.posts)
    settings = load_settings()
    find = real_matcher() or seed_matcher()
    extractor = ClaimExtractor(settings.claims, places_info())
    naive = naive_extractor(settings.claims)
    run(posts[:2000], lambda text: len(extractor.extract(text, find(text), "ru")))  # warm caches
    print(load_average())
    found_places = {text: find(text) for text in set(posts)}
    sample = posts[: max(len(posts) // 10, 2000)]  # the naive engine is slow: time a tenth
    places: list[tuple[float, float, int]] = []
    claims: list[tuple[float, float, int]] = []
    full: list[tuple[float, float, int]] = []
    theirs: list[tuple[float, float, int]] = []
    for _ in range(args.repeat):  # in turn, so a busy machine slows them alike
        places.append(run(posts, lambda text: len(find(text))))
        claims.append(
            run(posts, lambda text: len(extractor.extract(text, found_places[text], "ru")))
        )
        full.append(run(posts, lambda text: len(extractor.extract(text, find(text), "ru"))))
        theirs.append(run(sample, lambda text: len(naive(text, find(text)))))
    print(load_average())
    print(f"posts: {len(posts):,}, best of {args.repeat} rounds")
    for label, runs, extra in (
        ("places only:                     ", places, ""),
        ("claims only (places precomputed):", claims, ""),
        ("places + claims (ClaimExtractor):", full, f", {full[-1][2]:,} claims"),
        (
            "places + naive regex claims:     ",
            theirs,
            f", {theirs[-1][2]:,} claims (on the first {len(sample):,} posts)",
        ),
    ):
        wall, cpu = max(r[0] for r in runs), max(r[1] for r in runs)
        print(f"{label} {wall:>10,.0f} posts/s ({cpu:>9,.0f} per CPU-s){extra}")
    ours, per_cpu = max(r[0] for r in full), max(r[1] for r in full)
    print(f"ratio ClaimExtractor / naive regex: {ours / max(r[0] for r in theirs):.2f}")
    print(
        f"target 15,000 posts/s: {'met' if ours >= 15_000 else 'NOT met'} by the wall clock; "
        f"{'met' if per_cpu >= 15_000 else 'NOT met'} per CPU-second"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
