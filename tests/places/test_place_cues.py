"""A village known only from a settlement list needs something that places it: a preposition,
a settlement noun («в селе», «н.п.»), a verb of war that takes it as object («освободили»,
«окупував»), or the head of the list it continues. Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from monitor.places.matcher import PlaceMatcher
from tests.seed_matcher import Keys


def surfaces(matcher: PlaceMatcher, text: str) -> set[str]:
    # the low-confidence mentions count: the test is whether the name is read as a place at all
    return {m.surface for m in matcher.find(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Наши заняли Юрьевку.", {"Юрьевку"}),
        ("ВС РФ освободили Новоегоровку.", {"Новоегоровку"}),
        ("Ворог окупував Юріївку.", {"Юріївку"}),
        ("Наши додавили Юрьевку, дальше легче.", {"Юрьевку"}),
        ("Противник штурмует Юрьевку третий день.", {"Юрьевку"}),
        ("Аналогичная обстановка в селе Юрьевка.", {"Юрьевка"}),
        ("Освобождён населённый пункт Новоегоровка.", {"Новоегоровка"}),
        ("Тривають бої за н.п. Юріївка.", {"Юріївка"}),
        ("Бои на окраине Юрьевки.", {"Юрьевки"}),
        # the list's head carries its preposition to the items after it
        ("Бои идут у Андреевки, Юрьевки и Новоегоровки.", {"Андреевки", "Юрьевки", "Новоегоровки"}),
        (
            "Ворог просунувся біля Андріївки, Юріївки та Новоєгорівки.",
            {"Андріївки", "Юріївки", "Новоєгорівки"},
        ),
        ("Освобождены Новоегоровка и Юрьевка.", {"Новоегоровка", "Юрьевка"}),
    ],
)
def test_what_places_a_village(seed_matcher: PlaceMatcher, text: str, expected: set[str]) -> None:
    assert surfaces(seed_matcher, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no cue: a name that is only a village of the list stays unread
        "Телеканал показал Юрьевку в новом сериале.",
        # a match right before is no list head; «городе» is no place noun for a village
        "Сообщается о жертвах в городе Пальмира, где находятся руины.",
    ],
)
def test_no_cue_no_village(seed_matcher: PlaceMatcher, text: str) -> None:
    assert not {s for s in surfaces(seed_matcher, text) if s in ("Юрьевку", "Пальмира")}


def test_a_quoted_name_after_an_airfield_word_is_the_airfield(seed_matcher: PlaceMatcher) -> None:
    # the airfield named after a town is not the town (the gazetteer lacks this one)
    assert surfaces(seed_matcher, "Наши уже на территории аэродрома «Суджа».") == set()
    assert surfaces(seed_matcher, "Взрывы у аэропорта Харькова.") == {"Харькова"}


@pytest.mark.parametrize(
    "text",
    [
        "«Шахтар» розібрався із «Зорею» — 3:1. Матч відбувся без глядачів.",
        "«Шахтер» обыграл «Зарю» в матче 12-го тура.",
    ],
)
def test_quoted_names_in_a_post_on_a_match_are_clubs(keys: Keys, text: str) -> None:
    assert not [k for k in keys(text) if k.startswith(("shakhtar", "zoria", "zaria"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Оріхів: за добу 3 авіаудари КАБ, зруйновано будівлю ліцею.", ["orikhiv"]),
        ("Оріхів: ціни на горіхи зросли вдвічі.", []),
    ],
)
def test_a_town_that_labels_a_line_of_a_war_report(
    keys: Keys, text: str, expected: list[str]
) -> None:
    assert keys(text) == expected


def test_a_quoted_village_in_a_war_post_is_still_a_village(keys: Keys) -> None:
    assert "shakhtar" in keys("Наши зашли в «Шахтар» с севера, бои в центре села.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb strikes the city…
        ("Ворог атакував Суми ударними БпЛА.", ["sumy"]),
        ("ВСУ атаковали Курск дронами.", ["kursk"]),
        # …the noun of an incursion names the oblast
        ("Атака на Курск провалилась.", ["kursk-oblast"]),
    ],
)
def test_an_attack_verb_names_the_city(keys: Keys, text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an oblast's colloquial name is the oblast, even beside a village so named elsewhere
        ("Основні напрямки удару – Харківщина, Сумщина та Одещина.", ["kharkiv-oblast"]),
        ("Обстріляли Харківщину та Сумщину.", ["kharkiv-oblast"]),
        # a settlement noun asks for the village
        ("Село Харківщина Сумського району обстріляли.", ["kharkivshchyna"]),
    ],
)
def test_an_oblasts_colloquial_name_is_the_oblast(
    seed_matcher: PlaceMatcher, text: str, expected: list[str]
) -> None:
    found = [m.place_key for m in seed_matcher.find(text) if "харків" in m.surface.casefold()]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «атака на Курск» is the incursion's oblast; with air weapons near, the city struck
        ("Атака на Курск 6 августа стала неожиданностью.", ["kursk-oblast"]),
        ("Ночью ПВО отразила атаку на Курск, обломки упали на жилой дом.", ["kursk"]),
    ],
)
def test_an_air_attack_on_a_city_is_the_city(
    seed_matcher: PlaceMatcher, text: str, expected: list[str]
) -> None:
    assert [m.place_key for m in seed_matcher.find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # streets in the plural head a list of street names
        ("Не буде світла у Сумах на вулицях Курська, Харківська та Прокоф'єва.", ["sumy"]),
        ("Перекрыто движение на улицах Белгородской и Курской.", []),
        ("Ремонт на проспектах Харківському та Сумському триває.", []),
        # one street is one street; the places after it are places
        ("Вибухи на вулиці Харківській, у Сумах та Краснопіллі.", ["sumy", "krasnopillia"]),
    ],
)
def test_a_list_of_streets_names_no_place(keys: Keys, text: str, expected: list[str]) -> None:
    assert keys(text) == expected
