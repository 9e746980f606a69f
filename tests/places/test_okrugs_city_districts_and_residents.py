"""Moscow Oblast's urban okrugs named by an adjective are districts («над Раменским городским
округом»), while the bare locative stays the town («в Раменском»). An oblast's adjective before
a district noun names a district, not the oblast («в Московском районе» of Saint Petersburg). A
resident of a town places it («житель Лобни»). Through the real analyzer and the bundled
gazetteer; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.places.resolved import keys_of


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Сбит беспилотник над Раменским городским округом.", "Раменским", "ramensky-district"),
        ("В Одинцовском городском округе обломки БПЛА упали на склад.", "Одинцовском",
         "odintsovsky-district"),
        ("Обломки дрона нашли в Раменском районе Подмосковья.", "Раменском районе",
         "ramensky-district"),
        ("Пожар после атаки дронов в Наро-Фоминском округе.", "Наро-Фоминском",
         "naro-fominsky-district"),
    ],
)  # fmt: skip
def test_an_okrug_named_by_an_adjective_is_a_district(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    found = keys_of(bundled_analyzer, text)
    assert [k for s, k in found.items() if s.startswith(surface)] == [key]


def test_the_bare_locative_stays_the_town(bundled_analyzer: Analyzer) -> None:
    assert keys_of(bundled_analyzer, "В Раменском сбит беспилотник.") == {"Раменском": "ramenskoye"}


@pytest.mark.parametrize(
    "text",
    [
        "Всё случилось в Московском районе на проспекте Космонавтов.",
        "Пожар в Приморском районе города потушили к утру.",
        "В Московском районе Казани открыли новую школу.",
    ],
)
def test_an_oblasts_adjective_before_a_district_noun_is_no_oblast(
    bundled_analyzer: Analyzer, text: str
) -> None:
    found = set(keys_of(bundled_analyzer, text).values())
    assert not found & {"moscow-oblast", "primorsky-krai"}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Полиция задержала жителя Лобни с гранатами.", "Лобни"),
        ("Уроженец Шатуры погиб в зоне СВО.", "Шатуры"),
        ("Жительница Электростали отдала мошенникам миллион.", "Электростали"),
    ],
)
def test_a_resident_places_a_town(bundled_analyzer: Analyzer, text: str, surface: str) -> None:
    assert surface in keys_of(bundled_analyzer, text)


def test_the_oblasts_own_district_keeps_its_name(bundled_analyzer: Analyzer) -> None:
    assert keys_of(bundled_analyzer, "Обстрел в Белгородском районе.") == {
        "Белгородском районе": "belgorodsky-district"
    }


@pytest.mark.parametrize(
    ("text", "district", "city"),
    [
        ("Утром ВСУ обстреляли Кировский район Донецка.", "Кировский район", "Донецка"),
        ("Снаряд попал в дом в Петровском районе Донецка.", "Петровском районе", "Донецка"),
        ("У Калінінському районі Горлівки пошкоджено школу.", "Калінінському районі", "Горлівки"),
    ],
)
def test_a_city_district_named_with_its_city_gives_both(
    bundled_analyzer: Analyzer, text: str, district: str, city: str
) -> None:
    found = keys_of(bundled_analyzer, text)
    assert found[district].endswith(("-donetsk", "-horlivka"))
    assert found[city] in ("donetsk", "horlivka")


def test_a_shared_district_name_without_its_city_is_no_place(bundled_analyzer: Analyzer) -> None:
    assert keys_of(bundled_analyzer, "В Кировском районе открыли новую школу.") == {}


def test_a_district_noun_does_not_take_a_namesake_district_from_elsewhere(
    bundled_analyzer: Analyzer,
) -> None:
    # Bryansk Oblast's Zhukovsky District is no reading in a post about Moscow Oblast
    text = "Над Подмосковьем сбиты дроны, опасность отменена в Раменском и Жуковском округах."
    assert "zhukovsky-district" not in keys_of(bundled_analyzer, text).values()
