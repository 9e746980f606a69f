"""Driving a side out of a place, and pushing it back from one: whose claim it is when the
sentence names the side driven (its object, a passive's subject, a fronted object) rather than
the side driving. Every text is a paraphrase written for the test (conventions:
../shared/data/gold/README.md: the actor is the side doing the action; a withdrawal is the
side that falls back)."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

PLACES = {
    "malaya-loknya": ("village", "RU"),
    "sudzha": ("town", "RU"),
    "kruglenkoye": ("village", "RU"),
    "lyptsi": ("village", "UA"),
    "vovchansk": ("town", "UA"),
    "robotyne": ("village", "UA"),
    "kursk-oblast": ("region", "RU"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        # the side driven out stands after the verb: the subject took the place
        ("Наши бойцы выбили ВСУ из Малой Локни.", {"malaya-loknya": "Малой Локни"}, "ru", "ru"),
        ("Российские войска выбили ВСУ из Суджи.", {"sudzha": "Суджи"}, "other", "ru"),
        ("ВСУ выбили российские войска из Суджи.", {"sudzha": "Суджи"}, "other", "ua"),
        ("ЗСУ вибили росіян з Роботиного.", {"robotyne": "Роботиного"}, "ua", "ua"),
        ("За ночь штурмовики выбили противника из Суджи.", {"sudzha": "Суджи"}, "ru", "ru"),
        # a passive: its subject is driven out
        ("ВСУ выбиты из Малой Локни.", {"malaya-loknya": "Малой Локни"}, "ru", "ru"),
        ("Противник выбит из Суджи.", {"sudzha": "Суджи"}, "ru", "ru"),
        (
            "Подразделения ВСУ вытеснены из Кругленького.",
            {"kruglenkoye": "Кругленького"},
            "ru",
            "ru",
        ),
        ("Ворога вибито з Роботиного.", {"robotyne": "Роботиного"}, "ua", "ua"),
        # a fronted object (no word of the side's name can be a subject)
        ("Окупантів вибили з Роботиного.", {"robotyne": "Роботиного"}, "ua", "ua"),
        ("Противника выбили из Суджи к вечеру.", {"sudzha": "Суджи"}, "ru", "ru"),
        (
            "Російських військових витіснили з Роботиного.",
            {"robotyne": "Роботиного"},
            "other",
            "ua",
        ),
    ],
)
def test_driving_a_side_out_is_a_capture_by_the_other(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: str
) -> None:
    (key,) = places
    assert ("capture", key, expected, "asserted") in claims(extractor, text, places, side)


@pytest.mark.parametrize(
    ("text", "places", "side"),
    [
        # a goal, an attempt or a blast's windows take nothing
        ("Задача — выбить ВСУ из Суджи до весны.", {"sudzha": "Суджи"}, "ru"),
        ("Противник пытается вытеснить наших из Суджи.", {"sudzha": "Суджи"}, "ru"),
        ("Ворог намагається вибити ЗСУ з Роботиного.", {"robotyne": "Роботиного"}, "ua"),
        ("Взрывной волной выбило окна в Судже.", {"sudzha": "Судже"}, "ru"),
    ],
)
def test_a_goal_or_a_blast_takes_nothing(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str
) -> None:
    assert not {c for c in claims(extractor, text, places, side) if c[0] == "capture"}


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        # the side pushed back withdraws, whether it is the object or a passive's subject
        ("Наши отбросили ВСУ от Малой Локни.", {"malaya-loknya": "Малой Локни"}, "ru", "ua"),
        ("Отбросили противника от Суджи.", {"sudzha": "Суджи"}, "ru", "ua"),
        ("ВСУ отброшены от Суджи.", {"sudzha": "Суджи"}, "ru", "ua"),
        ("Сили оборони відкинули ворога від Липців.", {"lyptsi": "Липців"}, "ua", "ru"),
        ("Ворога відкинуто від Вовчанська.", {"vovchansk": "Вовчанська"}, "ua", "ru"),
        ("Окупантів відтіснили від Вовчанська.", {"vovchansk": "Вовчанська"}, "ua", "ru"),
        ("ВСУ оттеснили российские подразделения от Суджи.", {"sudzha": "Суджи"}, "other", "ru"),
        # no side named: the channel's enemy falls back
        ("Отбросили от Кругленького, закрепляемся.", {"kruglenkoye": "Кругленького"}, "ru", "ua"),
        # bloggers' «отжать от»
        ("На этом участке ВФУ отжаты от Суджи.", {"sudzha": "Суджи"}, "ru", "ua"),
        ("Штурмовики отжали укров от Малой Локни.", {"malaya-loknya": "Малой Локни"}, "ru", "ua"),
        # troops pulled out
        (
            "ВСУ спешно выводят подразделения из Вовчанска.",
            {"vovchansk": "Вовчанска"},
            "ru",
            "ua",
        ),
        ("ЗСУ виводять підрозділи з Вовчанська.", {"vovchansk": "Вовчанська"}, "ua", "ua"),
    ],
)
def test_the_side_pushed_back_withdraws(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: str
) -> None:
    (key,) = places
    found: set[Claim] = claims(extractor, text, places, side)
    assert ("withdrawal", key, expected, "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        # where the side fell back to («на X», «вдоль реки») is not the place it left: the one
        # the sentence before took is
        (
            "Вовчанськ звільнено. Окупанти відійшли на Липці.",
            {"vovchansk": "Вовчанськ", "lyptsi": "Липці"},
            "ua",
            {
                ("capture", "vovchansk", "ua", "asserted"),
                ("withdrawal", "vovchansk", "ru", "asserted"),
            },
        ),
        (
            "Работино наше. ВСУ отошли на новые рубежи вдоль реки.",
            {"robotyne": "Работино"},
            "ru",
            {
                ("capture", "robotyne", "ru", "asserted"),
                ("withdrawal", "robotyne", "ua", "asserted"),
            },
        ),
        # the place itself, named with «на окраины»
        (
            "ВСУ отошли на окраины Вовчанска.",
            {"vovchansk": "Вовчанска"},
            "ru",
            {("withdrawal", "vovchansk", "ua", "asserted")},
        ),
    ],
)
def test_where_a_side_fell_back_to_is_not_the_place_it_left(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Бандиты отжали бизнес в Судже.", {"sudzha": "Судже"}),
        ("Чиновник отжал от бюджета Суджи 10 млн.", {"sudzha": "Суджи"}),
        ("Компания выводит подразделения из Вовчанска во Львов.", {"vovchansk": "Вовчанска"}),
    ],
)
def test_business_is_no_push_nor_pullout(text: str, places: dict[str, str]) -> None:
    assert not claims(extractor_over(PLACES), text, places, "ru")
