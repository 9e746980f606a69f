"""Draw random claims from unlabelled real posts, to judge the engine's precision by hand.

usage: python tools/sample_claims.py [--seed N] [--posts P] [--count C] [CORPUS]

Analyses the first P posts (default 6,000) of CORPUS (default ../shared/data/corpus/
posts_ru.jsonl) in a shuffled order fixed by the seed, with the channel's side (`other` for the
BBC, `ru` for the rest of that corpus), and prints C claims (default 25), one per post drawn at
random among the posts that yield any: the channel, the text around the evidence, and the claim.
A new seed gives a fresh sample: judge one before any rule is written from it, so that its
figure is a held-out one.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.analyzer import Analyzer  # noqa: E402
from monitor.config import load_settings  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "posts_ru.jsonl"
OTHER_SIDE = {"BBC News | Русская служба"}
CONTEXT = 150


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--posts", type=int, default=6000)
    parser.add_argument("--count", type=int, default=25)
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"{args.corpus}: no such corpus (it lives in ../shared/data beside the repo)")
    with args.corpus.open(encoding="utf-8") as lines:
        posts = [json.loads(line) for line in lines]
    rng = random.Random(args.seed)
    rng.shuffle(posts)
    analyzer = Analyzer(load_settings())
    found = []
    for post in posts[: args.posts]:
        side = "other" if post["channel"] in OTHER_SIDE else "ru"
        claims = analyzer.analyze(post["text"], side)[1]
        if claims:
            found.append((post, claims))
    print(f"{len(found)} of {min(args.posts, len(posts))} posts yield claims; seed {args.seed}")
    rng.shuffle(found)
    for post, claims in found[: args.count]:
        claim = rng.choice(claims)
        text = post["text"]
        start = max(0, claim.evidence_start - CONTEXT)
        print("=" * 80)
        print(post["channel"], "|", text[start : claim.evidence_end + CONTEXT].replace("\n", " "))
        print(
            "  ->",
            claim.claim_type,
            claim.place_key,
            claim.actor,
            claim.stance,
            "| evidence:",
            claim.evidence,
        )


if __name__ == "__main__":
    main()
