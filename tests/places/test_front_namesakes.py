"""Front villages of many namesakes (Новомихайловка, Новоалександровка) in posts naming a nearby
town or their oblast (sentences written for these tests, not gold posts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import load_settings
from monitor.places.confidence import CONFIDENCE_FLOOR
from monitor.places.front import FRONT_CONFIDENCE
from monitor.places.matcher import PlaceMatcher
from monitor.places.place_info import PlaceInfo
from monitor.places.post_context import first_near

CONFIG = Path(__file__).resolve().parents[2] / "config"


@pytest.fixture(scope="module")
def front_matcher(seed_matcher: PlaceMatcher) -> PlaceMatcher:
    m = seed_matcher
    matcher = PlaceMatcher(m.keys, m.infos, m.entries, m.automaton, m.checked, m.heads, m.one_byte)
    matcher.follow_front(load_settings(CONFIG).places.front.raions)
    return matcher


def _found(matcher: PlaceMatcher, text: str, side: str) -> dict[str, tuple[str, float]]:
    return {m.surface: (m.place_key, m.confidence) for m in matcher.find(text, side=side)}


@pytest.mark.parametrize(
    ("text", "surface", "side"),
    [
        ("Противник продвинулся у Новомихайловки под Курахово.", "Новомихайловки", "ru"),
        ("Ворог штурмує Новомихайлівку поблизу Курахового.", "Новомихайлівку", "ua"),
    ],
)
def test_a_village_without_a_point_is_near_the_town_named_beside_it(
    seed_matcher: PlaceMatcher, text: str, surface: str, side: str
) -> None:
    """The village has no point of its own: it stands at its hromada's centre, within 40 km of
    Kurakhove, which decides it without the front prior, and surely."""
    key, confidence = _found(seed_matcher, text, side)[surface]
    assert key == "novomykhailivka-donetsk-oblast-pokrovsk-raion"
    assert confidence > FRONT_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("ВС РФ освободили Новомихайловку в ДНР.", "Новомихайловку"),
        ("Бои за Новоалександровку в ДНР продолжаются.", "Новоалександровку"),
    ],
)
def test_an_undecided_village_of_the_front_abstains_on_a_front_namesake(
    front_matcher: PlaceMatcher, text: str, surface: str
) -> None:
    """Several namesakes of the oblast lie on the front: still an abstention, but on one of
    them, not on the one of the rear (Kalmiuske Raion) the ranking put first."""
    key, confidence = _found(front_matcher, text, "ru")[surface]
    assert confidence == CONFIDENCE_FLOOR
    info = front_matcher.places_of([key])[0]
    assert info.district in load_settings(CONFIG).places.front.raions


def _info(key: str, kind: str, lat: float) -> PlaceInfo:
    return PlaceInfo(key, kind, None, "Test Oblast", None, "UA", lat, 37.8, 0.0, False)


def test_an_oblast_centre_is_no_neighbour() -> None:
    """An oblast's point is a rough centre: a village 10 km from it is not near the oblast."""
    village = _info("village", "village", 48.1)
    assert first_near([_info("oblast", "region", 48.0)], village) is None
    town = _info("town", "town", 48.0)
    assert first_near([town], village) == town


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "На Гуляйпольском направлении бои у Зализничного; у Новоивановки Днепропетровской "
            "области противник провёл контратаку.",
            "Новоивановки",
        ),
        (
            "На Гуляйпільському напрямку ворог тисне біля Залізничного, а поблизу Новоіванівки "
            "Дніпропетровської області тривають бої.",
            "Новоіванівки",
        ),
    ],
)
def test_an_undecided_namesake_stays_in_the_region_named_right_after_it(
    front_matcher: PlaceMatcher, text: str, surface: str
) -> None:
    """The oblast right after the name holds several namesakes and nothing tells them apart:
    the abstention is among them, not on the front's namesake near the axis's town (Polohy
    Raion, Zaporizhzhia Oblast)."""
    key, _ = _found(front_matcher, text, "ru")[surface]
    assert front_matcher.places_of([key])[0].oblast == "Dnipropetrovsk Oblast"


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        # a town read almost surely (a better-known namesake) anchors its neighbours
        (
            "Минобороны: Очеретино освобождено. Это прорыв почти на 10 км от Авдеевки.",
            "Очеретино",
            "ocheretyne-donetsk-oblast",
        ),
        (
            "Остатки гарнизона Авдеевки отходят по полям на Орловку.",
            "Орловку",
            "orlivka-donetsk-oblast",  # (one of the two of Pokrovsk Raion, neither with a point)
        ),
    ],
)
def test_a_town_read_almost_surely_anchors_its_neighbours(
    seed_matcher: PlaceMatcher, text: str, surface: str, key: str
) -> None:
    assert _found(seed_matcher, text, "ru")[surface][0].startswith(key)
