"""A bullet's claim stays in its bullet when the place it names is unknown; a share of a town or
its buildings cleared is part of it (an advance); an objectless «отбили» after an attack is the
attack repelled; «всё» after a verb is its object, not «it's over». Through the real analyzer
and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "absent"),
    [
        # the liberated village is one the gazetteer does not know (a made-up name): the next
        # bullets are not it
        (
            "Итоги дня 25.08\n\n🔻 Новогродовка — бои в восточной части.\n"
            "🔻 Краснозорьково — освобождено, идёт зачистка.\n"
            "🔻 Галицыновка — продвижение до 1 км.\n🔻 Селидово — бои на окраинах.",
            "ru",
            {("capture", "Halytsynivka", "ru"), ("capture", "Selydove", "ru")},
        ),
        (
            "Протягом доби окупанти обстрілювали Харківщину.\n\n🔹 Харків: загинули 2 людини.\n"
            "🔹 Куп'янськ: унаслідок обстрілу поранено чоловіка.\n🔹 Вовчанськ: загинула жінка.",
            "ua",
            {("casualties", "Kupiansk", "ua"), ("casualties", "Vovchansk", "ua")},
        ),
        # numbered items are bullets too: «Потери есть.» ends its own item
        (
            "Разбор за неделю.\n\n1. Новогродовка — бои в центре. Потери есть.\n"
            "2. Мирноград — прилёты по скоплениям техники.\n3. Торецк — без изменений.",
            "ru",
            {("casualties", "Myrnohrad", "ru"), ("casualties", "Toretsk", "ru")},
        ),
        (
            "Підсумки доби.\n1) Куп'янськ — бої на околицях. Є загиблі.\n"
            "2) Ізюм — обстріл околиць.\n3) Балаклія — тиша.",
            "ua",
            {("casualties", "Izium", "ru"), ("casualties", "Balakliia", "ru")},
        ),
    ],
)
def test_a_bullets_claim_stays_in_its_bullet(
    bundled_analyzer: Analyzer, text: str, side: str, absent: set[tuple[str, str, str]]
) -> None:
    assert not claims_of(bundled_analyzer, text, side) & absent


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Российские войска контролируют уже около 80% города Курахово.", "ru",
         ("advance", "Kurakhove", "ru")),
        ("ЗСУ контролюють близько 70 % Часового Яру.", "ua", ("advance", "Chasiv Yar", "ua")),
        ("Часов Яр. Штурмовики зачистили последние пятиэтажки, над домом флаг.", "ru",
         ("advance", "Chasiv Yar", "ru")),
        ("Штурмовики зачистили цех завода в Торецке.", "ru", ("advance", "Toretsk", "ru")),
    ],
)  # fmt: skip
def test_a_share_or_buildings_of_a_town_are_part_of_it(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert ("capture", *expected[1:]) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Наши контролируют 100% Авдеевки.", ("capture", "Avdiivka", "ru")),
        ("Наши отбили Работино!", ("capture", "Robotyne", "ru")),
        ("Угледар — всё.", ("capture", "Vuhledar", "ru")),
    ],
)
def test_all_of_a_town_and_a_town_won_back_are_still_taken(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Утром ВСУ пытались контратаковать у Ступочек — отбили, два «хаммера» сожжены.",
         ("capture", "Stupochky", "ua")),
        ("Хохлы снова полезли на Крынки. Отбили.", ("capture", "Krynky", "ua")),
        ("Курахово. Противник выходит мелкими группами, ночью, бросая всё.",
         ("capture", "Kurakhove", "ua")),
        ("Покровск. Укры уходят пешком, побросав всё.", ("capture", "Pokrovsk", "ua")),
    ],
)  # fmt: skip
def test_an_attack_repelled_or_all_left_behind_is_no_taking(
    bundled_analyzer: Analyzer, text: str, absent: tuple[str, str, str]
) -> None:
    assert absent not in claims_of(bundled_analyzer, text, "ru")
