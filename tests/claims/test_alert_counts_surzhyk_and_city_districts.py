"""Alert lines that count or group the weapons a post names by where they head («КАБи на
Харківщину! 3 на Золочів, 1 на Дергачі»); the surzhyk «прильот» is «приліт»; «лупашити по» is
shelling slang; a city district is not another oblast's city's when the post names a city of
its own oblast; the districts of Dnipro, Kryvyi Rih, Odesa and Mykolaiv. Paraphrases written
for these tests, through the real analyzer."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "‼️ КАБи на Харківщину!\n3 на Золочів, 1 на Дергачі. Всі в укриття",
            {("strike", "Zolochiv", "ru"), ("strike", "Derhachi", "ru")},
        ),
        (
            "Шахеди над Чернігівщиною 🛵\n2 на Ніжин\n1 на Бахмач",
            {("strike", "Nizhyn", "ru"), ("strike", "Bakhmach", "ru")},
        ),
        (
            "Ракети з Чорного моря, група пішла на Ізмаїл і Рені ⚠️",
            {("strike", "Izmail", "ru"), ("strike", "Reni", "ru")},
        ),
    ],
)
def test_weapons_counted_or_grouped_toward_a_place(
    bundled_analyzer: Analyzer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= claims_of(bundled_analyzer, text, "ua")


@pytest.mark.parametrize(
    "text",
    [
        # counts of clashes by axis are no strikes on the axis town
        "Дрони над фронтом. Боєзіткнення: 14 на Покровському напрямку, 9 на Лиманському",
        # a bet, a bus, a rate: no weapon in the post
        "Ставлю 2 на Шахтар, 1 на Динамо",
        "Евакуаційний автобус: 2 на Харків о 9:00, дрон-шоу скасовано",
        # where they came from is not where they head
        "Шахеди заходили групою з Криму",
    ],
)
def test_counts_that_are_no_weapons_heading_somewhere(
    bundled_analyzer: Analyzer, text: str
) -> None:
    found = claims_of(bundled_analyzer, text, "ua")
    assert not {c for c in found if c[0] == "strike" and c[1] not in ("-",)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Прильот по Новобаварському району, горить склад.",
            ("strike", "Novobavarskyi District (Kharkiv)", "ru"),
        ),
        (
            "Знову прильоти по Нікополю, пошкоджено лінію електропередач.",
            ("strike", "Nikopol", "ru"),
        ),
        ("Кацапи цілу ніч лупашили по Херсону з артилерії.", ("strike", "Kherson", "ru")),
    ],
)
def test_surzhyk_words_for_a_hit(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ua")


def test_a_district_is_the_city_of_the_post_s_oblast(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "Кривий Ріг, вибухи.\nУдар по Центрально-Міському району, поранені двоє людей.",
        "ua",
    )
    assert ("strike", "Tsentralno-Miskyi District (Horlivka)", "ua") not in found
    assert ("strike", "Tsentralno-Miskyi District (Kryvyi Rih)", "ru") in found


def test_a_district_alone_or_with_its_city_stays(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Горлівка. Обстріл Центрально-Міського району.", "ru")
    assert ("strike", "Tsentralno-Miskyi District (Horlivka)", "ua") in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Днепр: удар по Чечеловскому району, повреждены дома.", "Chechelivskyi District (Dnipro)"),
        ("Одеса. Вибухи в Малиновському районі.", "Malynovskyi District (Odesa)"),
        ("Миколаїв: обстріл Інгульського району.", "Inhulskyi District (Mykolaiv)"),
        ("Атака дронів на Саксаганський район Кривого Рогу.", "Saksahanskyi District (Kryvyi Rih)"),
        (
            "Херсон: обстріл Центрального району Херсона, поранено чоловіка.",
            "Tsentralnyi District (Kherson)",
        ),
    ],
)
def test_districts_of_the_struck_cities(bundled_analyzer: Analyzer, text: str, place: str) -> None:
    assert ("strike", place, "ru") in claims_of(bundled_analyzer, text, "ua")


def test_a_russian_city_s_district_of_the_same_name_is_none_of_them(
    bundled_analyzer: Analyzer,
) -> None:
    found = claims_of(
        bundled_analyzer, "Взрыв в Приморском районе Петербурга, пострадал мужчина.", "ru"
    )
    assert not {c for c in found if "District" in c[1]}


# --- lists: a region after the last item, an axis between items, «— наши» -------------------


def test_a_region_after_a_list_places_every_item(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "Освобождены населённые пункты Ивановка и Привольное Днепропетровской области. "
        "Над Брянской областью сбиты 12 беспилотников.",
        "ru",
    )
    assert ("capture", "Ivanivka", "ru") in found
    assert ("capture", "Ivanovka", "ru") not in found  # the Bryansk Oblast village


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ворог просунувся поблизу Михайлівки та Сухого Яру на Покровському напрямку, "
            "а також біля Щербинівки.",
            {("advance", "Mykhailivka", "ru"), ("advance", "Shcherbynivka", "ru")},
        ),
        (
            "Противник продвинулся у Гродовки на Покровском направлении, а также у Торецка.",
            {("advance", "Hrodivka", "ru"), ("advance", "Toretsk", "ru")},
        ),
    ],
)
def test_an_axis_between_the_items_of_a_list(
    bundled_analyzer: Analyzer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= claims_of(bundled_analyzer, text, "ua")


def test_the_axis_of_the_sentence_before_is_no_heading(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "Ворог просунувся біля Зарічного на Лиманському напрямку.\n\n"
        "На Покровському напрямку — просування окупантів у Котлиному.",
        "ua",
    )
    assert ("advance", "Kotlyne", "ru") in found
    assert ("advance", "Pokrovsk", "ru") not in found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Взяли! Торецк и Щербиновка — наши.", "ru", {"Toretsk", "Shcherbynivka"}),
        ("Роботине і Вербове — наші! Слава ЗСУ", "ua", {"Robotyne", "Verbove"}),
    ],
)
def test_places_listed_before_a_plural_ours(
    bundled_analyzer: Analyzer, text: str, side: str, expected: set[str]
) -> None:
    captured = {c[1] for c in claims_of(bundled_analyzer, text, side) if c[0] == "capture"}
    assert expected <= captured


@pytest.mark.parametrize(
    "text", ["Торецк и Щербиновка не наши.", "Курск и Белгород — наши, русские города."]
)
def test_no_plural_ours_negated_or_at_home(bundled_analyzer: Analyzer, text: str) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "capture"}


def test_soldiers_neutralised_are_casualties(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer, "На Костянтинівському напрямку за добу знешкоджено 87 окупантів.", "ua"
    )
    assert ("casualties", "Kostiantynivka", "ua") in found
    found = claims_of(bundled_analyzer, "У Харкові знешкодили 3 міни та вибухівку.", "ua")
    assert not {c for c in found if c[0] == "casualties"}
