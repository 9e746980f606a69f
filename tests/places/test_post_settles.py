"""What a post says that settles a namesake or unsettles a short name: the raion an axis names,
a longer name the gazetteer lacks («Новая Ильинка»), the city a district of a shared name lies
in (paraphrases written for these tests, not gold posts)."""

from __future__ import annotations

import pytest

from monitor.places.confidence import CONFIDENCE_FLOOR, ONE_RAION_CONFIDENCE
from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher
from tests.seed_matcher import Keys


def _found(matcher: PlaceMatcher, gaz: Gazetteer, text: str) -> dict[str, tuple[str, float]]:
    """Surface → (the raion of the place read, confidence)."""
    return {
        m.surface: (gaz.places[m.place_key].district or "", m.confidence)
        for m in matcher.find(text)
    }


@pytest.mark.parametrize(
    ("text", "surface", "raion"),
    [
        ("На Покровском направлении наши продвинулись у Юрьевки.", "Юрьевки", "Pokrovsk Raion"),
        ("На Покровському напрямку ворог атакував біля Юріївки.", "Юріївки", "Pokrovsk Raion"),
        ("Бої на Лиманському напрямку біля Торського.", "Торського", "Kramatorsk Raion"),
        ("На Времевском направлении зачистили Раздольное.", "Раздольное", "Volnovakha Raion"),
    ],
)
def test_an_axis_names_its_towns_raion(
    text: str, surface: str, raion: str, seed_matcher: PlaceMatcher, seed_gazetteer: Gazetteer
) -> None:
    found, confidence = _found(seed_matcher, seed_gazetteer, text)[surface]
    assert found == raion
    assert confidence >= ONE_RAION_CONFIDENCE


@pytest.mark.parametrize("text", ["Бои у Юрьевки.", "Ворог атакував біля Юріївки."])
def test_without_an_axis_the_namesakes_stay_undecided(
    text: str, seed_matcher: PlaceMatcher
) -> None:
    [mention] = seed_matcher.find(text)
    assert mention.confidence == CONFIDENCE_FLOOR


def test_namesakes_of_the_one_raion_an_axis_names_are_reported_below_sure(
    seed_matcher: PlaceMatcher, seed_gazetteer: Gazetteer
) -> None:
    # two Yelyzavetivkas lie in Pokrovsk Raion, Kurakhove's: the raion is settled, not the village
    in_raion = [
        p
        for p in seed_gazetteer.places.values()
        if p.name_uk == "Єлизаветівка" and p.district == "Pokrovsk Raion"
    ]
    assert len(in_raion) >= 2
    text = "На Кураховском направлении: бои в Елизаветовке."
    raion, confidence = _found(seed_matcher, seed_gazetteer, text)["Елизаветовке"]
    assert (raion, confidence) == ("Pokrovsk Raion", ONE_RAION_CONFIDENCE)
    [alone] = seed_matcher.find("Бои в Елизаветовке.")
    assert alone.confidence == CONFIDENCE_FLOOR


@pytest.mark.parametrize(
    "text",
    [
        "Наши освободили Новую Ильинку в ДНР.",
        "Бої за Нову Іллінку тривають.",
        "Противник закрепился у Верхней Ильинки.",
        "Штурмовики зашли в Малую Ильинку.",
    ],
)
def test_a_longer_name_the_gazetteer_lacks_is_not_its_short_namesake(
    text: str, seed_matcher: PlaceMatcher, seed_gazetteer: Gazetteer
) -> None:
    found = [seed_gazetteer.places[m.place_key].name_en for m in seed_matcher.find(text)]
    assert "Illinka" not in found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Взрывы в Новой Каховке.", "nova-kakhovka"),
        ("Обстрел Старого Оскола.", "stary-oskol"),
        ("В Новой Москве в районе Филимонки отключили свет.", "moscow"),
    ],
)
def test_longer_names_the_gazetteer_has_and_cities_are_still_found(
    text: str, key: str, keys: Keys
) -> None:
    assert key in keys(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Київ: у Подільському районі уламки впали на дах.", "podilskyi-district-kyiv"),
        ("Одещина: у Подільському районі пошкоджено лінію.", "podilsk-raion"),
        ("Харків: у Шевченківському районі пожежа.", "shevchenkivskyi-district-kharkiv"),
        ("Херсон: дрон атакував маршрутку в Днепровском районе.", "dniprovskyi-district-kherson"),
    ],
)
def test_the_city_or_oblast_named_picks_the_district(text: str, key: str, keys: Keys) -> None:
    assert key in keys(text)


def test_districts_of_one_name_nothing_tells_apart_are_an_abstention(
    seed_matcher: PlaceMatcher,
) -> None:
    [mention] = seed_matcher.find("У Подільському районі уламки.")
    assert mention.confidence == CONFIDENCE_FLOOR


def test_raions_are_those_of_their_own_oblast(seed_gazetteer: Gazetteer) -> None:
    # Dnipro Raion's villages are not in Kyiv's Dniprovskyi District, nor Podilsk Raion's in
    # Kyiv's Podilskyi; the curated towns carry the raion KATOTTG gives them
    for place in seed_gazetteer.places.values():
        if place.district and place.district.endswith("(Kyiv)"):
            assert place.oblast == "Kyiv"
    assert seed_gazetteer.places["kurakhove"].district == "Pokrovsk Raion"
    assert seed_gazetteer.places["kupiansk"].district == "Kupiansk Raion"
