"""Write claim (and place) predictions for a labelled set, for `shared/tools/score_gold.py`.

usage: python bench/eval_claims.py GOLD.jsonl OUT.jsonl [--score]

Each post goes through the real analyzer (`monitor.analyzer.Analyzer`): places from the
place matcher, claims from the claim extractor, with the channel's side. The gold files name the
channel but carry no side, so `channel_side` derives it from the channel's name (see
`CHANNEL_SIDES`). `--score` runs the independent scorer on the result and prints its claims
figures. Prints the analysis time to stderr.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.domain import ClaimFinding, PlaceMention  # noqa: E402

SCORER = REPO.parent / "shared" / "tools" / "score_gold.py"
Analyze = Callable[[str, str | None], tuple[list[PlaceMention], list[ClaimFinding]]]
NameOf = Callable[[str], str]

# The sides of the gold sets' channels. dev.jsonl: Russian state and news channels are `ru`
# (RIA Novosti, Mash, SHOT, 112, Топор, Москва ..., and the tech channels, which hold no claims),
# BBC News Russian is `other`. dev_uk.jsonl: Ukrainian Air Force, monitoring and alert channels,
# all `ua` (their names are Latin usernames). The first matching fragment wins.
CHANNEL_SIDES: tuple[tuple[str, str], ...] = (
    ("bbc", "other"),
    ("kpszsu", "ua"),
    ("war_monitor", "ua"),
    ("monitor_ukr", "ua"),
    ("alert", "ua"),  # air_alert_ua, cherkasy_alerts, Zhytomyr_alert, lviv_alert, ...
    ("alarm", "ua"),  # UkraineAlarmSignal
    ("cherkasy_", "ua"),
    ("kyivoda", "ua"),
    ("kyivcity", "ua"),
    ("oda", "ua"),  # poltavskaODA and other oblast administrations
)


def channel_side(channel: str) -> str:
    """The side of a gold post's channel: see `CHANNEL_SIDES`; any other channel is `ru`."""
    folded = channel.casefold()
    for fragment, side in CHANNEL_SIDES:
        if fragment in folded:
            return side
    return "ru"


def predict(post: dict[str, Any], analyze: Analyze, name_of: NameOf) -> dict[str, Any]:
    """One prediction line in the scorer's format for one gold post."""
    mentions, claims = analyze(post["text"], channel_side(post.get("channel", "")))
    places = {name_of(m.place_key) for m in mentions}
    return {
        "id": post["id"],
        "places": [{"name_en": name} for name in sorted(places)],
        "claims": [
            {
                "type": c.claim_type,
                "place": name_of(c.place_key) if c.place_key else None,
                "actor": c.actor,
                "stance": c.stance,
                "evidence": c.evidence,
                "confidence": c.confidence,
            }
            for c in claims
        ],
    }


def write_predictions(gold: Path, out: Path, analyze: Analyze, name_of: NameOf) -> float:
    """Predict every post of `gold` into `out` (JSON lines); returns the seconds analysing took."""
    posts = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
    started = time.perf_counter()
    lines = [json.dumps(predict(post, analyze, name_of), ensure_ascii=False) for post in posts]
    elapsed = time.perf_counter() - started
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return elapsed


def real_analyzer() -> tuple[Analyze, NameOf]:
    from monitor.analyzer import Analyzer
    from monitor.config import load_settings

    analyzer = Analyzer(load_settings())
    places = analyzer.gazetteer.places

    def name_of(key: str) -> str:
        place = places.get(key)
        return place.name_en if place else key

    return analyzer.analyze, name_of


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--score", action="store_true", help="run score_gold.py on the result")
    args = parser.parse_args()
    analyze, name_of = real_analyzer()
    elapsed = write_predictions(args.gold, args.out, analyze, name_of)
    print(f"{args.gold.name}: analysed in {elapsed:.2f}s", file=sys.stderr)
    if args.score:
        result = subprocess.run(
            [sys.executable, str(SCORER), str(args.gold), str(args.out)],
            check=True,
            capture_output=True,
            text=True,
        )
        claims = json.loads(result.stdout)["claims"]
        print(json.dumps({"gold": args.gold.name, **claims}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
