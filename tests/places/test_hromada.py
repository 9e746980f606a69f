"""An axis town's hromada, or a hromada the post names, settles the namesakes of its raion on the
one in that hromada (KATOTTG gives each settlement's hromada: the `hromada` column).
Paraphrases written for these tests, not gold posts."""

from __future__ import annotations

import pytest

from monitor.places.confidence import ONE_RAION_CONFIDENCE
from monitor.places.gazetteer import Gazetteer
from monitor.places.hromadas import hromadas_apart
from monitor.places.matcher import PlaceMatcher
from tools.gazetteer_hromadas import hromada_code, with_hromada_codes

# Lyman's hromada; the other Novoselivka of Kramatorsk Raion lies in Cherkaske's
LYMAN_HROMADA = "UA1412011"


def _read(matcher: PlaceMatcher, gaz: Gazetteer, text: str, surface: str) -> tuple[str, float]:
    """(the hromada of the place read for `surface`, its confidence)."""
    found = {m.surface: m for m in matcher.find(text)}[surface]
    return gaz.places[found.place_key].hromada or "", found.confidence


def test_the_gazetteer_gives_settlements_their_hromada(seed_gazetteer: Gazetteer) -> None:
    assert seed_gazetteer.places["lyman"].hromada == LYMAN_HROMADA  # a curated town
    assert seed_gazetteer.places["kursk"].hromada is None  # Russia has none


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Лиманское направление: противник штурмует у Новоселовки.", "Новоселовки"),
        ("На Лиманському напрямку ворог атакував поблизу Новоселівки.", "Новоселівки"),
        ("Обстановка в Лиманской общине: снова обстреляли Новоселовку.", "Новоселовку"),
        ("У Лиманській громаді ворог обстріляв Новоселівку.", "Новоселівку"),
    ],
)
def test_an_axis_or_a_hromada_settles_its_namesake(
    seed_matcher: PlaceMatcher, seed_gazetteer: Gazetteer, text: str, surface: str
) -> None:
    hromada, confidence = _read(seed_matcher, seed_gazetteer, text, surface)
    assert hromada == LYMAN_HROMADA
    assert confidence > ONE_RAION_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        # the raion alone does not tell its two Novoselivkas apart
        "Краматорский район: обстрел Новоселовки.",
        # an axis of the same raion whose town's hromada holds neither
        "На Краматорском направлении бои у Новоселовки.",
    ],
)
def test_a_raion_or_another_hromada_leaves_the_namesakes_tied(
    seed_matcher: PlaceMatcher, seed_gazetteer: Gazetteer, text: str
) -> None:
    _, confidence = _read(seed_matcher, seed_gazetteer, text, "Новоселовки")
    assert confidence <= ONE_RAION_CONFIDENCE


def test_the_build_gives_a_curated_town_its_katottg_namesakes_hromada() -> None:
    best = {
        ("лиман", "Donetsk Oblast"): {"katottg": "UA14120110010088407", "category": "M"},
        ("київ", "Kyiv"): {"katottg": "UA80000000000093317", "category": "K"},
    }
    rows = [
        {"name_uk": "Лиман", "oblast": "Donetsk Oblast", "country": "UA", "kind": "town"},
        {"name_uk": "Київ", "oblast": "Kyiv", "country": "UA", "kind": "city"},
        {"name_uk": "Лиман", "oblast": "Donetsk Oblast", "country": "RU", "kind": "village"},
        {"name_uk": "Лиман", "oblast": "Donetsk Oblast", "country": "UA", "kind": "water"},
        {"name_uk": "Лиман", "oblast": "Donetsk Oblast", "country": "UA", "kind": "village"}
        | {"hromada": "UA1412023"},
    ]
    with_hromada_codes(rows, best)
    assert [row.get("hromada", "") for row in rows] == [
        LYMAN_HROMADA,
        "",  # a city of special status belongs to no hromada
        "",
        "",
        "UA1412023",  # its own, from its KATOTTG row
    ]
    assert hromada_code({"katottg": "UA14120230060093704"}) == "UA1412023"


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Увечері дрон скинув вибухівку на околиці Свеської громади.", "Свеської громади", "svesa"),
        ("Бахмацька громада: після атаки пошкоджено залізницю.", "Бахмацька громада", "bakhmach"),
        ("Противник атаковал Бахмачскую общину беспилотниками.", "Бахмачскую общину", "bakhmach"),
        ("У Нововодолазькій громаді горіла трава.", "Нововодолазькій громаді", "nova-vadalaha"),
        ("Ворог двічі атакував Менську громаду ударними дронами.", "Менську громаду", "mena"),
        ("З Дворічанської громади вивезли ще дев'ятьох.", "Дворічанської громади", "dvorichna"),
        ("Мереф'янську громаду вночі атакували шахеди.", "Мереф'янську громаду", "merefa"),
    ],
)
def test_a_hromada_named_by_its_adjective_is_its_geonames_seat(
    seed_matcher: PlaceMatcher, seed_gazetteer: Gazetteer, text: str, surface: str, key: str
) -> None:
    """A seat a GeoNames row stands for (its KATOTTG row left out) has its hromada's adjective
    too: KATOTTG lists each hromada's seat first, however its adjective is made of its name."""
    found = {m.surface: m for m in seed_matcher.find(text)}[surface]
    assert found.place_key == key
    assert seed_gazetteer.places[key].source.startswith("geonames")


def _hromadas(matcher: PlaceMatcher, gaz: Gazetteer, text: str) -> list[str]:
    return [m.place_key for m in hromadas_apart(text, matcher.find(text), gaz)]


def test_every_seat_has_its_hromada_as_a_place(seed_gazetteer: Gazetteer) -> None:
    hromada = seed_gazetteer.places["bilopillia-hromada"]
    seat = seed_gazetteer.places["bilopillia"]
    assert hromada.name_en == "Bilopillia Hromada" and hromada.kind == "district"
    assert (hromada.oblast, hromada.lat, hromada.lon) == (seat.oblast, seat.lat, seat.lon)
    assert "kursk-hromada" not in seed_gazetteer.places  # Russia has none


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "▪️ Білопільська громада: мінометний обстріл (14 вибухів).\n"
            "▪️ Краснопільська громада: артилерійський обстріл.",
            ["bilopillia-hromada", "krasnopillia-hromada"],
        ),
        # a list of adjectives before the plural noun
        (
            "Оголошено евакуацію з Юнаківської, Хотінської та Миропільської громад.",
            ["yunakivka-hromada", "khotin-hromada", "myropillia-hromada"],
        ),
        ("В Миропольской общине после обстрела загорелся дом.", ["myropillia-hromada"]),
        # an axis stays its town's
        ("На Покровському напрямку ворог атакував 12 разів.", ["pokrovsk"]),
        # the seat named too: the city (named twice), as the alert channels write it
        (
            "Відбій тривоги в м. Харків та Харківська територіальна громада.",
            ["kharkiv", "kharkiv"],
        ),
        # the seat in a line of its own is another item: the town, then its hromada
        (
            "🔹 Вовчанськ: загинула жінка.\nЕвакуація: з Вовчанської громади вивезено 214 осіб.",
            ["vovchansk", "vovchansk-hromada"],
        ),
        (
            "Снова обстрел Волчанска.\nИз Волчанской общины вывезли ещё 50 человек.",
            ["vovchansk", "vovchansk-hromada"],
        ),
    ],
)
def test_a_hromada_is_a_place_of_its_own(
    seed_matcher: PlaceMatcher, seed_gazetteer: Gazetteer, text: str, expected: list[str]
) -> None:
    assert _hromadas(seed_matcher, seed_gazetteer, text) == expected
