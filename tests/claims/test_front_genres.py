"""The check matrix of tests/claims/front_matrix.py through the real place matcher and claim
extractor: each post must yield exactly its places and its claims.

Rows the engine still gets wrong are expected failures (strict: a row that starts to pass must
leave the list), each with the class of error it shows."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from monitor.config import load_settings
from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher
from tests.claims.front_matrix import MATRIX, Case

STILL_FAILING = {
    "ds-occupied-territory": "where reserves are moved to (… до X) is not the deployment place",
}


@pytest.fixture(scope="module")
def extractor(seed_gazetteer: Gazetteer) -> ClaimExtractor:
    return ClaimExtractor(load_settings().claims, seed_gazetteer.places.get)


def _params() -> list[object]:
    return [
        pytest.param(
            row,
            id=row.id,
            marks=[pytest.mark.xfail(strict=True, reason=STILL_FAILING[row.id])]
            if row.id in STILL_FAILING
            else [],
        )
        for row in MATRIX
    ]


@pytest.mark.parametrize("row", _params())
def test_front_genre_post(seed_matcher: PlaceMatcher, extractor: ClaimExtractor, row: Case) -> None:
    mentions = seed_matcher.find(row.text, row.side)
    found = {
        (c.claim_type, c.place_key, c.actor, c.stance)
        for c in extractor.extract(row.text, mentions, row.side)
    }
    assert {m.place_key for m in mentions} == row.places
    assert found == row.claims


def test_the_matrix_covers_every_genre() -> None:
    assert len(MATRIX) >= 80
    assert len({row.id for row in MATRIX}) == len(MATRIX)
    assert {row.id.split("-")[0] for row in MATRIX} == {"ds", "gs", "ova", "mod", "bl"}
