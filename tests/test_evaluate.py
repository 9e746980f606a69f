"""Scoring: agrees with the independent scorer, and the gold-set targets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.claims.extractor import ClaimExtractor
from monitor.cli import app
from monitor.cli.places import HalfChoice
from monitor.config import load_settings
from monitor.domain import ClaimFinding, PlaceMention
from monitor.evaluate import HALVES, evaluate, half_of, norm_name
from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher


def test_norm_name_ignores_case_spaces_hyphens_apostrophes() -> None:
    assert norm_name("Nikolayevo-Daryino") == norm_name("nikolayevo daryino")
    assert norm_name("Kam'ianske") == norm_name("Kamianske")


def test_scores_a_small_set(
    tmp_path: Path, seed_gazetteer: Gazetteer, seed_matcher: PlaceMatcher
) -> None:
    gold = tmp_path / "gold.jsonl"
    posts = [
        {
            "id": "a",
            "text": "Бои в Судже",
            "places": [{"name_en": "Sudzha"}],
            "claims": [{"type": "advance", "place": "Sudzha", "actor": "ua", "stance": "asserted"}],
        },
        {"id": "b", "text": "блокнот", "places": [], "claims": []},
        {"id": "c", "text": "Atlantis", "places": [{"name_en": "Atlantis"}], "claims": []},
    ]
    gold.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in posts) + "\n")

    def analyze(text: str, side: str | None) -> tuple[list[PlaceMention], list[ClaimFinding]]:
        mentions = seed_matcher.find(text, side)
        claims = [
            ClaimFinding("advance", m.place_key, "ru", "asserted", m.start, m.end, m.surface, 0.9)
            for m in mentions
        ]
        return mentions, claims

    out = tmp_path / "pred.jsonl"
    result = evaluate(gold, analyze, seed_gazetteer, out)
    assert result["places"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.6667,
        "tp": 1,
        "fp": 0,
        "fn": 1,
        "known_recall": 1.0,
    }
    assert result["claims"]["tp"] == 1 and result["claims"]["actor_accuracy"] == 0.0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows[0]["places"][0]["name_en"] == "Sudzha" and rows[0]["places"][0]["surface"]


def test_a_namesake_takes_the_labels_name_only_where_it_is_the_labelled_place(
    tmp_path: Path, seed_gazetteer: Gazetteer, shared_data: Path
) -> None:
    """Labels name a namesake with its oblast or raion («Kamianske (Zaporizhzhia Oblast)»); the
    gazetteer's name is bare. The place found in that oblast is scored as the label, another
    namesake is not, and the independent scorer agrees."""
    gold = tmp_path / "gold.jsonl"
    label = "Kamianske (Zaporizhzhia Oblast)"
    posts = [
        {
            "id": str(i),
            "text": "Бої біля Кам'янського",
            "places": [{"name_en": label}],
            "claims": [{"type": "advance", "place": label, "actor": "ru", "stance": "asserted"}],
        }
        for i in range(2)
    ]
    gold.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in posts) + "\n")
    found = {"0": "kamianske-zaporizhzhia-oblast", "1": "kamianske"}  # the second: Dnipropetrovsk
    texts = iter(sorted(found))

    def analyze(text: str, side: str | None) -> tuple[list[PlaceMention], list[ClaimFinding]]:
        key = found[next(texts)]
        mention = PlaceMention(key, 9, 21, "Кам'янського", 0.9, "test")
        return [mention], [ClaimFinding("advance", key, "ru", "asserted", 0, 21, text, 0.9)]

    out = tmp_path / "pred.jsonl"
    result = evaluate(gold, analyze, seed_gazetteer, out)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["places"][0]["name_en"] for r in rows] == [label, "Kamianske"]
    assert [r["claims"][0]["place"] for r in rows] == [label, "Kamianske"]
    assert (result["places"]["tp"], result["places"]["fp"], result["claims"]["tp"]) == (1, 1, 1)
    reference = _score_with_reference(shared_data, gold, out)
    assert (reference["places"]["tp"], reference["claims"]["tp"]) == (1, 1)


def _score_with_reference(shared: Path, gold: Path, predictions: Path) -> dict:  # type: ignore[type-arg]
    """The project's independent scorer, run as its own process."""
    script = shared.parent / "tools" / "score_gold.py"
    done = subprocess.run(
        [sys.executable, str(script), str(gold), str(predictions)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def _scored(
    tmp_path: Path,
    shared_data: Path,
    name: str,
    gazetteer: Gazetteer,
    matcher: PlaceMatcher,
    extractor: ClaimExtractor | None = None,
    side: str | None = None,
) -> tuple[Path, Path, dict]:  # type: ignore[type-arg]
    """(gold file, predictions file, our scores) of the seed matcher (and `extractor`, if
    given) on the gold set `name`."""
    gold = shared_data / "gold" / name
    if not gold.exists():
        pytest.skip(f"{gold} not found: the shared data sits next to the repo")
    out = tmp_path / "pred.jsonl"

    def analyze(text: str, side: str | None) -> tuple[list[PlaceMention], list[ClaimFinding]]:
        mentions = matcher.find(text, side)
        return mentions, extractor.extract(text, mentions, side) if extractor else []

    result = evaluate(gold, analyze, gazetteer, out, side)
    return gold, out, result


@pytest.mark.parametrize(
    ("name", "precision", "known_recall"), [("dev.jsonl", 0.95, 0.92), ("dev_uk.jsonl", 0.90, 0.85)]
)
def test_gold_targets(
    tmp_path: Path,
    name: str,
    precision: float,
    known_recall: float,
    shared_data: Path,
    seed_gazetteer: Gazetteer,
    seed_matcher: PlaceMatcher,
) -> None:
    _, _, result = _scored(tmp_path, shared_data, name, seed_gazetteer, seed_matcher)
    assert result["places"]["precision"] >= precision
    assert result["places"]["known_recall"] >= known_recall


@pytest.mark.parametrize(("name", "side"), [("dev.jsonl", "ru"), ("dev_uk.jsonl", "ua")])
def test_agreement_with_the_independent_scorer(
    tmp_path: Path,
    name: str,
    side: str,
    shared_data: Path,
    seed_gazetteer: Gazetteer,
    seed_matcher: PlaceMatcher,
) -> None:
    """Places and claims, as `monitor eval` scores them and writes them, scored again by
    the independent scorer: the same to the third decimal."""
    extractor = ClaimExtractor(load_settings().claims, seed_gazetteer.places.get)
    gold, out, result = _scored(
        tmp_path, shared_data, name, seed_gazetteer, seed_matcher, extractor, side
    )
    reference = _score_with_reference(shared_data, gold, out)
    assert reference["missing_predictions"] == 0
    for part, keys in (
        ("places", ("precision", "recall", "f1", "tp", "fp", "fn")),
        (
            "claims",
            ("precision", "recall", "f1", "tp", "fp", "fn", "actor_accuracy", "stance_accuracy"),
        ),
    ):
        for key in keys:
            assert round(reference[part][key], 3) == round(result[part][key], 3), (part, key)
    assert result["claims"]["tp"] > 0
    if name == "dev.jsonl":
        assert reference["places"]["negatives_with_places"] == 0


def test_names_fold_as_the_independent_scorer_folds_them(tmp_path: Path, shared_data: Path) -> None:
    """Spelling variants, parentheticals that do or do not tell namesakes apart: our verdict
    on each pair is the scorer's."""
    pairs = [
        ("Lotaryovka", "Lotarevka"),
        ("Grayvoron", "Graivoron"),
        ("Krasnoye", "Krasne"),
        ("Kurskaya Oblast", "Kurskaia Oblast"),
        ("Dnipro (river)", "Dnipro"),
        ("Kamianske (Zaporizhzhia Oblast)", "Kamianske"),
        ("Ivanivka (Sumy Raion)", "Ivanivka (Sumy Raion)"),
        ("Chukotka Autonomous Okrug", "Chukotka"),
        ("Sudzha", "Suja"),
    ]
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    gold.write_text(
        "".join(
            json.dumps({"id": str(i), "text": "", "places": [{"name_en": a}], "claims": []}) + "\n"
            for i, (a, _) in enumerate(pairs)
        )
    )
    pred.write_text(
        "".join(
            json.dumps({"id": str(i), "places": [{"name_en": b}], "claims": []}) + "\n"
            for i, (_, b) in enumerate(pairs)
        )
    )
    reference = _score_with_reference(shared_data, gold, pred)
    ours = sum(norm_name(a) == norm_name(b) for a, b in pairs)
    assert ours == reference["places"]["tp"] == 7


def test_the_halves_split_a_set_once_and_for_all(
    tmp_path: Path, seed_gazetteer: Gazetteer, seed_matcher: PlaceMatcher
) -> None:
    ids = [f"file.json:{n}" for n in range(40)]
    assert half_of("file.json:0") == half_of("file.json:0")
    tune = [i for i in ids if half_of(i) == "tune"]
    assert 10 < len(tune) < 30  # both halves hold posts
    assert half_of(7) == half_of("7")  # numeric ids hash as their text
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "".join(
            json.dumps({"id": i, "text": "Бои в Судже", "places": [{"name_en": "Sudzha"}]}) + "\n"
            for i in ids
        )
    )

    def analyze(text: str, side: str | None) -> tuple[list[PlaceMention], list[ClaimFinding]]:
        return seed_matcher.find(text, side), []

    counts = {half: evaluate(gold, analyze, seed_gazetteer, half=half)["posts"] for half in HALVES}
    assert counts == {"tune": len(tune), "check": len(ids) - len(tune)}
    with pytest.raises(ValueError, match="tune, check"):
        evaluate(gold, analyze, seed_gazetteer, half="train")


def test_the_eval_command_scores_one_half_and_writes_its_predictions(
    tmp_path: Path, config_dir: Path
) -> None:
    ids = [f"f.json:{n}" for n in range(12)]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "".join(
            json.dumps(
                {
                    "id": i,
                    "text": "ВСУ обстреляли Суджу.",
                    "places": [{"name_en": "Sudzha"}],
                    "claims": [
                        {"type": "strike", "place": "Sudzha", "actor": "ua", "stance": "asserted"}
                    ],
                },
                ensure_ascii=False,
            )
            + "\n"
            for i in ids
        )
    )
    out = tmp_path / "pred.jsonl"
    env = {
        "MONITOR_CONFIG_DIR": str(config_dir),
        "MONITOR_DATA_DIR": str(tmp_path / "data"),
        "MONITOR_LOG_LEVEL": "INFO",
    }
    args = ["eval", str(gold), "--side", "ru", "--half", "check", "--format", "json"]
    result = CliRunner().invoke(app, [*args, "--predictions", str(out)], env=env)
    assert result.exit_code == 0, result.output
    # the matcher compiles here (a fresh data folder): its progress goes to stderr, and stdout
    # holds the JSON alone
    assert "compiling the place matcher" in result.stderr
    scores = json.loads(result.stdout)
    checked = [i for i in ids if half_of(i) == "check"]
    assert scores["posts"] == len(checked)
    assert scores["claims"]["tp"] == len(checked) and scores["claims"]["fp"] == 0
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == checked
    assert [choice.value for choice in HalfChoice] == list(HALVES)


def test_eval_feeds_each_channels_memory_in_date_order(
    tmp_path: Path, seed_gazetteer: Gazetteer, seed_matcher: PlaceMatcher
) -> None:
    from datetime import datetime

    from monitor.places.recent import RECENT_CONFIDENCE, REMEMBER_CONFIDENCE, ChannelMemory

    lone = "Ворог просунувся біля Новоселівки."
    records = [  # file order is not date order; channel b has no history
        ("a-late", "a", "2024-08-03T10:00:00+00:00", lone),
        ("b-late", "b", "2024-08-03T10:00:00+00:00", lone),
        ("a-1", "a", "2024-08-01T10:00:00+00:00", "Ворог атакував біля Родинського та Білицького."),
        ("a-2", "a", "2024-08-02T10:00:00+00:00", "Бої тривають поблизу Гродівки."),
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "".join(
            json.dumps({"id": i, "channel": c, "date": d, "text": t}, ensure_ascii=False) + "\n"
            for i, c, d, t in records
        )
    )

    def analyze(text: str, side: str | None) -> tuple[list[PlaceMention], list[ClaimFinding]]:
        return seed_matcher.find(text, side), []

    def analyze_recent(
        text: str, side: str | None, recent: ChannelMemory, posted_at: datetime | None
    ) -> tuple[list[PlaceMention], list[ClaimFinding]]:
        recent.advance(posted_at)
        mentions = seed_matcher.find(text, side, recent)
        sure = [m.place_key for m in mentions if m.confidence >= REMEMBER_CONFIDENCE]
        recent.remember(seed_matcher.places_of(sure), posted_at)
        return mentions, []

    out = tmp_path / "pred.jsonl"
    evaluate(gold, analyze, seed_gazetteer, out, recent=analyze_recent)
    predicted = [json.loads(line) for line in out.read_text().splitlines()]
    assert [p["id"] for p in predicted] == [r[0] for r in records]
    [a_late], [b_late] = predicted[0]["places"], predicted[1]["places"]
    assert seed_gazetteer.places[a_late["key"]].district == "Pokrovsk Raion"
    assert a_late["confidence"] == RECENT_CONFIDENCE
    assert b_late["confidence"] < RECENT_CONFIDENCE
