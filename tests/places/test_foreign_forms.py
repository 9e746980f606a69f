"""A Ukrainian form that names both a village of Russia and Ukrainian namesakes: on a Ukrainian
channel, the village of Russia counts only where the post supports it (its oblast,
its district or a place near it), since the gazetteer derives its Ukrainian forms by rule. Russian
posts and supported readings are unchanged. Sentences written for these tests."""

from __future__ import annotations

import pytest

from monitor.places.matcher import PlaceMatcher


def _countries(matcher: PlaceMatcher, text: str, side: str) -> dict[str, str]:
    found = matcher.find(text, side=side)
    infos = {info.key: info for info in matcher.places_of(m.place_key for m in found)}
    return {m.surface: infos[m.place_key].country for m in found}


@pytest.mark.parametrize(
    ("text", "surface", "side"),
    [
        ("Ворог окупував Орлівку, бої тривають.", "Орлівку", "ua"),
        ("Окупанти просунулися біля Михайлівки.", "Михайлівки", "ua"),
        ("Ворог атакував поблизу Миколаївки та Орлівки.", "Миколаївки", "ua"),
        ("Вибухи у Михайлівці, пошкоджено будинки.", "Михайлівці", "ua"),
    ],
)
def test_a_ukrainian_form_names_a_ukrainian_village(
    seed_matcher: PlaceMatcher, text: str, surface: str, side: str
) -> None:
    assert _countries(seed_matcher, text, side).get(surface) == "UA"


@pytest.mark.parametrize(
    ("text", "surface", "side"),
    [
        # the post names the oblast, or a place of Russia near it
        ("ЗСУ звільнили Мартинівку в Курській області.", "Мартинівку", "ua"),
        ("ЗСУ просунулися біля Суджі, звільнили Махнівку.", "Махнівку", "ua"),
        # a Russian post keeps its own readings, and a channel of no known side the priors
        ("Наши освободили Мартыновку.", "Мартыновку", "ru"),
        ("Бої біля Мартинівки.", "Мартинівки", "other"),
    ],
)
def test_a_supported_village_of_russia_stays(
    seed_matcher: PlaceMatcher, text: str, surface: str, side: str
) -> None:
    assert _countries(seed_matcher, text, side).get(surface) == "RU"


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Ворог завдав авіаудару по Глушківському району.", "Глушківському району",
         "glushkovsky-district"),
        ("Сили оборони тримають позиції в Коренівському районі.", "Коренівському районі",
         "korenevsky-district"),
        ("Обстріл Хомутівського району Курщини.", "Хомутівського району", "khomutovsky-district"),
    ],
)  # fmt: skip
def test_a_russian_district_in_its_ukrainian_form(
    seed_matcher: PlaceMatcher, text: str, surface: str, key: str
) -> None:
    assert {m.surface: m.place_key for m in seed_matcher.find(text, side="ua")}.get(surface) == key
