"""The seed posts (seeds/posts.toml) through the real analyzer: the claims seeds/expected.toml
lists for the Ministry of Defence's captures and for the Sudzha pipeline infiltration, and the
infiltration told by both sides forming one corroboration cluster."""

from __future__ import annotations

import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from monitor.analyzer import Analyzer
from monitor.claims.corroboration import ClaimRecord, build_clusters, text_fingerprint
from monitor.config import load_settings
from monitor.domain import ClaimFinding

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
Key = tuple[str, int]


@pytest.fixture(scope="module")
def seed() -> dict[str, Any]:
    with (SEEDS / "posts.toml").open("rb") as handle:
        return tomllib.load(handle)


@pytest.fixture(scope="module")
def found(seed: dict[str, Any]) -> dict[Key, list[ClaimFinding]]:
    """Every seed post's claims, found with the real place matcher and the channel's side."""
    analyzer = Analyzer(load_settings())
    sides = {c["username"]: c["side"] for c in seed["channels"]}
    result = {}
    for post in seed["posts"]:
        _, claims = analyzer.analyze(post["text"], sides[post["channel"]])
        result[(post["channel"], post["message_id"])] = claims
    return result


def _has(
    claims: list[ClaimFinding], claim_type: str, place: str, actor: str, stance: str | None = None
) -> bool:
    return any(
        c.claim_type == claim_type
        and c.place_key == place
        and c.actor == actor
        and (stance is None or c.stance == stance)
        for c in claims
    )


def _post_key(seed: dict[str, Any], channel: str, evidence: str) -> Key:
    """The seed post of `channel` whose text holds `evidence` (ids are the seed file's)."""
    (post,) = [p for p in seed["posts"] if p["channel"] == channel and evidence in p["text"]]
    return channel, post["message_id"]


@pytest.mark.parametrize("place", ["malaya-loknya", "cherkasskoye-porechnoye", "kositsa"])
def test_the_ministry_of_defence_claims_each_capture(
    seed: dict[str, Any], found: dict[Key, list[ClaimFinding]], place: str
) -> None:
    key = _post_key(seed, "mod_russia", "освободили населённые пункты Малая Локня")
    assert _has(found[key], "capture", place, "ru", "asserted"), found[key]


def test_butusov_reports_the_russian_infiltration_into_sudzha(
    seed: dict[str, Any], found: dict[Key, list[ClaimFinding]]
) -> None:
    key = _post_key(seed, "butusov_plus", "зайшли в Суджу через газопровід")
    assert _has(found[key], "infiltration", "sudzha", "ru"), found[key]


def test_the_unofficial_blogger_reports_the_infiltration_too(
    seed: dict[str, Any], found: dict[Key, list[ClaimFinding]]
) -> None:
    (post,) = [
        p
        for p in seed["posts"]
        if p["channel"] == "unofficial_ru_blogger" and "газопровод" in p["text"].casefold()
    ]
    assert _has(
        found[("unofficial_ru_blogger", post["message_id"])], "infiltration", "sudzha", "ru"
    ), found[("unofficial_ru_blogger", post["message_id"])]


def test_the_infiltration_is_one_cluster_asserted_from_both_sides(
    seed: dict[str, Any], found: dict[Key, list[ClaimFinding]]
) -> None:
    sides = {c["username"]: c["side"] for c in seed["channels"]}
    posts = {(p["channel"], p["message_id"]): p for p in seed["posts"]}
    records = []
    for key in (
        _post_key(seed, "butusov_plus", "зайшли в Суджу через газопровід"),
        next(
            k
            for k in posts
            if k[0] == "unofficial_ru_blogger" and "газопровод" in posts[k]["text"].casefold()
        ),
    ):
        post = posts[key]
        for number, claim in enumerate(found[key]):
            records.append(
                ClaimRecord(
                    claim_id=f"{key[0]}/{key[1]}/{number}",
                    post_id=f"{key[0]}/{key[1]}",
                    channel=key[0],
                    side=sides[key[0]],
                    posted_at=_utc(post["posted_at"]),
                    claim_type=claim.claim_type,
                    place_key=claim.place_key,
                    actor=claim.actor,
                    stance=claim.stance,
                    text_fingerprint=text_fingerprint(post["text"]),
                )
            )
    clusters = [
        c
        for c in build_clusters(records)
        if (c.claim_type, c.place_key, c.actor) == ("infiltration", "sudzha", "ru")
    ]
    assert len(clusters) == 1, clusters
    (cluster,) = clusters
    assert cluster.both_sides
    assert set(cluster.asserting_channels) == {"butusov_plus", "unofficial_ru_blogger"}
    assert cluster.independent_sources == 2


def test_how_many_expected_seed_claims_are_found(found: dict[Key, list[ClaimFinding]]) -> None:
    """Not a gate on every expected claim (some need rules the engine does not have): counts
    them, and holds the count at the level reached so a regression shows."""
    with (SEEDS / "expected.toml").open("rb") as handle:
        expected = tomllib.load(handle)["expect"]
    wanted = [(e["channel"], e["message_id"], c) for e in expected for c in e.get("claims", ())]
    hits = [
        w
        for w in wanted
        if _has(found.get((w[0], w[1]), []), w[2]["type"], w[2]["place"], w[2]["actor"])
    ]
    assert len(hits) >= SEED_CLAIMS_FOUND, (len(hits), len(wanted))


# Expected seed claims (type, place, actor) the engine finds: 15 of 25 with the place matcher of
# this writing (several misses are axis places: «суджанском направлении» should be sudzha).
# Raise it when the engine improves.
SEED_CLAIMS_FOUND = 15


def _utc(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
