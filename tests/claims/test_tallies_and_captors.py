"""A tally told in the paragraph after its count («…уничтожили 41 беспилотник.\\n\\nНад
Брянской областью — 14, Курской — 11»), the items of a list its line opens with a colon, MoD
strikes «по живой силе и технике в районах X, Y и Z», weather that «накрыла» a group, and the
captor named after «в плен к» / «в полон до». Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(
        {
            "bryansk-oblast": ("region", "RU"),
            "kursk-oblast": ("region", "RU"),
            "belgorod-oblast": ("region", "RU"),
            "sumy-oblast": ("region", "UA"),
            "kharkiv-oblast": ("region", "UA"),
            "kryvyi-rih": ("city", "UA"),
            "odesa": ("city", "UA"),
            "antonivka": ("village", "UA"),
            "kherson": ("city", "UA"),
            "sudzha": ("town", "RU"),
            "vovchansk": ("town", "UA"),
            "lyubimovka": ("village", "RU"),
            "elbrus-region": ("region", "RU"),
        }
    )


TALLY = {
    "bryansk-oblast": "Брянской областью",
    "kursk-oblast": "Курской",
    "belgorod-oblast": "Белгородской",
}


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Силы ПВО за ночь уничтожили 31 украинский беспилотник, сообщили в Минобороны.\n\n"
            "Над Брянской областью — 14, Курской — 11, Белгородской — 6.",
            TALLY,
            "ru",
            {
                ("strike", "bryansk-oblast", "ua", "reported"),
                ("strike", "kursk-oblast", "ua", "reported"),
                ("strike", "belgorod-oblast", "ua", "reported"),
            },
        ),
        (
            "Ночью дежурные средства ПВО сбили 12 дронов.\nБрянская — 5\nКурская — 4\n"
            "Белгородская — 3",
            {
                "bryansk-oblast": "Брянская",
                "kursk-oblast": "Курская",
                "belgorod-oblast": "Белгородская",
            },
            "ru",
            {
                ("strike", "bryansk-oblast", "ua", "asserted"),
                ("strike", "kursk-oblast", "ua", "asserted"),
                ("strike", "belgorod-oblast", "ua", "asserted"),
            },
        ),
        (
            "Протягом ночі сили ППО збили 20 ворожих дронів.\n\nСумщина — 8, Харківщина — 7.",
            {"sumy-oblast": "Сумщина", "kharkiv-oblast": "Харківщина"},
            "ua",
            {
                ("strike", "sumy-oblast", "ru", "asserted"),
                ("strike", "kharkiv-oblast", "ru", "asserted"),
            },
        ),
        # the items of a list opened by a colon, each after its preposition
        (
            "Один из самых массированных ударов по Украине за месяц:\n\n"
            "— В Кривом Роге разрушен объект инфраструктуры.\n— В Одессе нет света.",
            {"kryvyi-rih": "Кривом Роге", "odesa": "Одессе"},
            "ru",
            {("strike", "kryvyi-rih", "ru", "asserted"), ("strike", "odesa", "ru", "asserted")},
        ),
    ],
)
def test_a_tally_after_its_count(
    extractor: ClaimExtractor,
    text: str,
    places: dict[str, str],
    side: str,
    expected: set[Claim],
) -> None:
    assert claims(extractor, text, places, side) == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a line that only happens to hold a dash and a number is no tally
        (
            "Ночью ПВО сбили 12 беспилотников.\n\nКурская область в эти дни ждёт гостей — "
            "4 тысячи туристов.",
            {"kursk-oblast": "Курская область"},
        ),
        # a digest's next bullet after a full stop names its own news
        (
            "С начала этапа наши воины освободили 40 кв. км территории.\n\n"
            "— В Любимовке после ремонта открылась школа.",
            {"lyubimovka": "Любимовке"},
        ),
    ],
)
def test_no_tally(extractor: ClaimExtractor, text: str, places: dict[str, str]) -> None:
    assert not any(
        c[0] == "strike" or c[1] == "lyubimovka" for c in claims(extractor, text, places, "ru")
    )


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Удары нанесены по живой силе и технике в районах Антоновки и Херсона.",
            {"antonivka": "Антоновки", "kherson": "Херсона"},
            "ru",
            {("strike", "antonivka", "ru", "asserted"), ("strike", "kherson", "ru", "asserted")},
        ),
        (
            "В плен к ВСУ в Курской области попали не менее сотни срочников.",
            {"kursk-oblast": "Курской области"},
            "ru",
            {("casualties", "kursk-oblast", "ua", "asserted")},
        ),
        (
            "Под Суджей в плен к российским военным сдались 12 бойцов ВСУ.",
            {"sudzha": "Суджей"},
            "ru",
            {("casualties", "sudzha", "ru", "asserted")},
        ),
        # the side that gave itself up named first
        (
            "Украинский военный сдался в плен к российским военным под Суджей.",
            {"sudzha": "Суджей"},
            "ru",
            {("casualties", "sudzha", "ru", "asserted")},
        ),
        (
            "Російський солдат здався в полон до українських захисників біля Вовчанська.",
            {"vovchansk": "Вовчанська"},
            "ua",
            {("casualties", "vovchansk", "ua", "asserted")},
        ),
        (
            "Біля Вовчанська в полон до росіян потрапили двоє бійців.",
            {"vovchansk": "Вовчанська"},
            "ua",
            {("casualties", "vovchansk", "ru", "asserted")},
        ),
        # weather «накрыла» a group: no strike
        (
            "Спасатели в Приэльбрусье вели операцию сутки: группу накрыла непогода.",
            {"elbrus-region": "Приэльбрусье"},
            "ru",
            set(),
        ),
    ],
)
def test_strikes_in_areas_weather_and_captors(
    extractor: ClaimExtractor,
    text: str,
    places: dict[str, str],
    side: str,
    expected: set[Claim],
) -> None:
    assert claims(extractor, text, places, side) == expected


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        # each line under a bare header is a weapon group: its finest place that is no origin
        (
            "🛵 Шахеди:\n— 3х з Сумщини курсом на Харківщину\n— 2х над Одесою, рух на південь\n"
            "— 1х в районі Кривого Рогу",
            {
                "sumy-oblast": "Сумщини",
                "kharkiv-oblast": "Харківщину",
                "odesa": "Одесою",
                "kryvyi-rih": "Кривого Рогу",
            },
            "ua",
            {
                ("strike", "kharkiv-oblast", "ru", "asserted"),
                ("strike", "odesa", "ru", "asserted"),
                ("strike", "kryvyi-rih", "ru", "asserted"),
            },
        ),
        (
            "Обстрелам подверглись:\n— Брянская область;\n— Курская область, Белгородская область.",
            {
                "bryansk-oblast": "Брянская область",
                "kursk-oblast": "Курская область",
                "belgorod-oblast": "Белгородская область",
            },
            "ru",
            {
                ("strike", "bryansk-oblast", "ua", "asserted"),
                ("strike", "kursk-oblast", "ua", "asserted"),
                ("strike", "belgorod-oblast", "ua", "asserted"),
            },
        ),
    ],
)
def test_the_lines_under_a_header(
    extractor: ClaimExtractor,
    text: str,
    places: dict[str, str],
    side: str,
    expected: set[Claim],
) -> None:
    assert claims(extractor, text, places, side) == expected


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        # a shoot-down told by its noun: the side named before it shot down, the other launched
        (
            "Російська влада заявляє про збиття 40 дронів над Брянською областю.",
            "ua",
            {("strike", "bryansk-oblast", "ua", "reported")},
        ),
        (
            "Минобороны сообщило о сбитии 40 беспилотников над Брянской областью.",
            "ru",
            {("strike", "bryansk-oblast", "ua", "reported")},
        ),
    ],
)
def test_a_shoot_down_by_its_noun(
    extractor: ClaimExtractor, text: str, side: str, expected: set[Claim]
) -> None:
    surface = "Брянською областю" if side == "ua" else "Брянской областью"
    assert claims(extractor, text, {"bryansk-oblast": surface}, side) == expected
