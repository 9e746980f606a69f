"""A first name before an initial is a person («Владимира Ч.», «Ивана К.»), a town after a
preposition is still a town («во Владимире В. Иванов открыл выставку»). Through the real
analyzer and the bundled gazetteer; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.places.resolved import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Состояние Владимира Ч., который показывал опыт детям, оценивается как тяжёлое.",
        "Суд арестовал Ивана К. на два месяца.",
        "Владимир С. рассказал, что слышал два хлопка.",
    ],
)
def test_a_first_name_before_an_initial_is_a_person(bundled_analyzer: Analyzer, text: str) -> None:
    assert not keys_of(bundled_analyzer, text)


def test_a_town_after_a_preposition_stays_a_town(bundled_analyzer: Analyzer) -> None:
    found = keys_of(bundled_analyzer, "Вчера во Владимире В. Иванов открыл выставку.")
    assert found == {"Владимире": "vladimir"}


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Столкновение произошло в Шиловском районе Рязанской области.", "Шиловском районе",
         "shilovsky-district"),
        ("В Людиновском районе после падения обломков дрона загорелся склад.",
         "Людиновском районе", "lyudinovsky-district"),
        ("Губернатор сообщил об атаке на Кстовский район.", "Кстовский район",
         "kstovsky-district"),
    ],
)  # fmt: skip
def test_an_inner_russian_district_is_found(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    assert keys_of(bundled_analyzer, text).get(surface) == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("🔹 **Купянское направление:** отбиты три атаки.\n🔹 **Лиманское:** бои за высоты.\n"
         "🔹 **Торецкое:** без изменений.",
         {"Лиманское": "lyman", "Торецкое": "toretsk"}),
        ("Покровський напрямок: ворог атакував 40 разів.\nЛиманський: 12 атак.",
         {"Лиманський": "lyman"}),
        ("▪️ Купянское направление — бои.\n▪️ Херсонское: обстрелы левобережья.",
         {"Херсонское": "kherson-oblast"}),
    ],
)  # fmt: skip
def test_a_summary_heading_without_its_noun_is_an_axis(
    bundled_analyzer: Analyzer, text: str, expected: dict[str, str]
) -> None:
    found = keys_of(bundled_analyzer, text)
    assert {s: found.get(s) for s in expected} == expected


def test_a_bare_heading_with_no_axis_noun_anywhere_is_no_axis(bundled_analyzer: Analyzer) -> None:
    assert "lyman" not in keys_of(bundled_analyzer, "Лиманское: отдых на море.").values()


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("ВСУ ударили «Хаймарсом» по Рубежному.", "Рубежному", "rubizhne-luhansk-oblast"),
        ("Бои. По Межевой снова прилёты ФАБ.", "Межевой", "mezhova"),
    ],
)
def test_russian_forms_of_ukrainian_villages(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    assert keys_of(bundled_analyzer, text).get(surface) == key


@pytest.mark.parametrize(
    "text",
    [
        "Наслідки ворожої атаки на Запоріжжя\n\nВорог завдав 6 ударів по місту.",
        "Последствия атаки на Запорожье: удар пришёлся по жилому кварталу.",
    ],
)
def test_an_attack_with_hits_on_a_city_is_the_citys(bundled_analyzer: Analyzer, text: str) -> None:
    assert "zaporizhzhia" in keys_of(bundled_analyzer, text).values()


def test_an_incursion_into_a_city_s_name_is_the_oblast(bundled_analyzer: Analyzer) -> None:
    found = keys_of(bundled_analyzer, "Вторжение в Курск продолжается третью неделю.")
    assert list(found.values()) == ["kursk-oblast"]
