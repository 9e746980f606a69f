"""Rocket artillery and missiles named bare before «по» strike the place after it («РСЗО по
Шебекино», «Іскандер-М по Одесі»); «давление на X» / «тиск на X» presses a place where a side
is named; breaking a corridor at a place is an attempt on it; a sabotage group that slips in
infiltrates; burns are injuries; a span of years ago dates a clause before this war; a match
report's sentences and a quoted stadium tell no ground war; an alert's «від вікон», a storm's
evacuation and payments to the wounded are no claims; leaving a place toward another is no
advance on the other. Paraphrases written for these tests, through the real analyzer."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Вечером РСЗО по Грайворону, повреждены дома.", "ru", ("strike", "Grayvoron", "ua")),
        (
            "Искандер-М по пункту временной дислокации ВСУ у Краматорска, детонация.",
            "ru",
            ("strike", "Kramatorsk", "ru"),
        ),
        ("Хаймарс по Лисичанску, есть жертвы.", "ru", ("strike", "Lysychansk", "ua")),
        ("Іскандер-М по Кривому Рогу, влучання в промзону.", "ua", ("strike", "Kryvyi Rih", "ru")),
        ("РСЗВ по Херсону знову, ховайтесь.", "ua", ("strike", "Kherson", "ru")),
    ],
)
def test_weapons_named_bare_strike_the_place_after_po(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Противник усиливает давление на Часов Яр.", "ru", ("advance", "Chasiv Yar", "ua")),
        ("Наши продолжают давление на Торецк с юга.", "ru", ("advance", "Toretsk", "ru")),
        ("Ворог посилює тиск на Курахове.", "ua", ("advance", "Kurakhove", "ru")),
        (
            "Противник пытается пробить коридор у Сухецкого, безуспешно.",
            "ru",
            ("advance", "Sukhetske", "ua"),
        ),
        (
            "Росіяни намагаються пробити коридор біля Шевченкового.",
            "ua",
            ("advance", "Shevchenkove", "ru"),
        ),
        (
            "Наши разведгруппы ДРГ уже просочились в Родинское.",
            "ru",
            ("infiltration", "Rodynske", "ru"),
        ),
        (
            "Атака дронов на Новошахтинск: двое рабочих получили ожоги.",
            "ru",
            ("casualties", "Novoshakhtinsk", "ua"),
        ),
        (
            "Після удару по Запоріжжю троє людей отримали опіки.",
            "ua",
            ("casualties", "Zaporizhzhia", "ru"),
        ),
    ],
)
def test_pressure_corridors_infiltration_and_burns(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_a_corridor_toward_the_encircled_is_no_attack_on_them(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "ВСУ пробивают коридор к Покровску через Белицкое.", "ru")
    assert ("advance", "Pokrovsk", "ua") not in found


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # pressure that is no army's: the blood's, the weather's, politics
        ("Запад усиливает давление на Москву санкциями.", "ru"),
        ("В Курске низкое атмосферное давление, на Курск идёт циклон.", "ru"),
        ("Росія посилює політичний тиск на Молдову.", "ua"),
        # a corridor for aid
        ("Власти Белгорода пробили коридор для гуманитарных грузов.", "ru"),
        # weapons allowed or sent, not fired; a strike that did not come
        ("США дали разрешение использовать ATACMS для ударов по Брянской области.", "ru"),
        # a span of years ago dates the clause before this war
        ("80 лет назад Красная армия освободила Белгород.", "ru"),
        ("83 роки тому радянські війська звільнили Харків.", "ua"),
        # a match report's sentences; a quoted stadium's name
        ("«Сокол» дома накатил «Торпедо» три безответных, Саратов гудит. Гол на 90-й!", "ru"),
        ("На «Трудовых резервах» в Курске «Авангард» штурмовал ворота весь матч, 3:0.", "ru"),
        ("«Кривбас» розгромив «Полтаву» 4:0, наступний матч у Львові.", "ua"),
        # an alert's advice, a storm's evacuation, payments to the wounded
        ("КАБи на Харків! Відходимо від вікон, в укриття!", "ua"),
        ("В Анапе из-за шторма эвакуировали отдыхающих с пляжей.", "ru"),
        ("У Вилковому через повінь евакуювали 40 людей.", "ua"),
        ("В Ростове задерживают выплаты раненым участникам СВО.", "ru"),
        # pressure by fire or eased; burns at home
        ("Давление на Белгород не прекращается: ВСУ обстреливают город.", "ru"),
        ("Давление на Волчанск снизилось, ВСУ перегруппировываются.", "ru"),
        ("В Белгороде двое детей получили ожоги от кипятка.", "ru"),
        ("Дитина отримала опіки від праски у Львові.", "ua"),
    ],
)
def test_no_claim_of_its_kind(bundled_analyzer: Analyzer, text: str, side: str) -> None:
    found = claims_of(bundled_analyzer, text, side)
    kinds = {"advance", "capture", "withdrawal", "evacuation", "casualties", "deployment"}
    assert not {claim for claim in found if claim[0] in kinds}
    if "ATACMS" in text:
        assert not found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        # war news beside a match stays news
        (
            "Наши штурмовики зашли в Торецк. Вечером смотрели матч, наши выиграли 3:1.",
            "ru",
            ("advance", "Toretsk", "ru"),
        ),
        # a war of today dated by its years ago stays this war's
        ("Два года назад ВСУ зашли в Суджу.", "ru", ("advance", "Sudzha", "ua")),
        # the people pressed are still the war's: «давление» is not the trigger here
        ("Наши продолжают давить на Купянск.", "ru", ("advance", "Kupiansk", "ru")),
        # words that only look like sport's: a newspaper, a ratio; a match beside a capture, a
        # strike on a stadium with its wounded
        (
            "Британская Таймс пишет: ВСУ оставили Угледар. Соотношение потерь 1:5.",
            "ru",
            ("withdrawal", "Vuhledar", "ua"),
        ),
        (
            "ВС РФ освободили Новогродовку, а в хоккее СКА обыграл ЦСКА 3:1.",
            "ru",
            ("capture", "Novohrodivka", "ru"),
        ),
        (
            "Во время матча в Горловке ВСУ обстреляли стадион, ранены двое болельщиков.",
            "ru",
            ("strike", "Horlivka", "ua"),
        ),
        # a likeness to the past is no date; the war beside the weather; a push from a tree line
        (
            "Как и 81 год назад, наши войска освобождают Курскую область — сегодня взято Плехово.",
            "ru",
            ("capture", "Plyokhovo", "ru"),
        ),
        (
            "Несмотря на шторм, из Алешек под обстрелами эвакуировали 30 человек.",
            "ru",
            ("evacuation", "Oleshky", "ru"),
        ),
        (
            "Наши вышли из лесополосы и пошли в сторону Часова Яра, заняв окраины.",
            "ru",
            ("advance", "Chasiv Yar", "ru"),
        ),
    ],
)
def test_war_news_beside_them_stays(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side", "leaving", "not_toward"),
    [
        (
            "Угледар взят. Остатки бригады ВСУ выходили из города по полям в сторону Богоявленки.",
            "ru",
            ("withdrawal", "Vuhledar", "ua"),
            ("advance", "Bohoiavlenka", "ua"),
        ),
        (
            "Окупанти вийшли з Кринок і пішли в бік Гола Пристань.",
            "ua",
            ("withdrawal", "Krynky", "ru"),
            ("advance", "Hola Prystan", "ru"),
        ),
    ],
)
def test_leaving_toward_a_place_is_no_advance_on_it(
    bundled_analyzer: Analyzer,
    text: str,
    side: str,
    leaving: tuple[str, str, str],
    not_toward: tuple[str, str, str],
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert leaving in found
    assert not_toward not in found


def test_a_strike_that_did_not_come_is_denied(bundled_analyzer: Analyzer) -> None:
    _, claims = bundled_analyzer.analyze("РСЗО по Шебекино так и не ударили, отбой.", "ru")
    assert {c.stance for c in claims if c.claim_type == "strike"} <= {"denied"}


def test_burns_from_a_gas_cylinder_are_no_war_casualty(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer, "Жінка отримала опіки через вибух газового балона в Полтаві.", "ua"
    )
    assert not {c for c in found if c[0] == "casualties"}
