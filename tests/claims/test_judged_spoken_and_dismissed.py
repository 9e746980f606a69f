"""What names no actor and no claim, next to the rules that read sides around a target: a side
that judges a strike («Удар по Белгороду Россия расценила как теракт»), a country a reaction
comes from («В России прокомментировали удар по Днепру»), a weapon that is an object
(«уничтожила украинские РСЗО»), a source's own counter-offensive or success, the author's own
«констатирую» or «варто зазначити», a place cleared «от» a side, an official dismissed from an
oblast's office, and an oblast attacked where the ground fighting is told. Through the real
analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Удар по Белгороду Россия расценила как теракт.", "ru", ("strike", "Belgorod", "ua")),
        ("Удар по Днепру Украина назвала военным преступлением.", "ru", ("strike", "Dnipro", "ru")),
        ("Удар по Києву Україна розцінює як терор.", "ua", ("strike", "Kyiv", "ru")),
        ("В России прокомментировали удар по Днепру.", "other", ("strike", "Dnipro", "ru")),
        ("На Украине признали удар по Курску.", "ru", ("strike", "Kursk", "ua")),
        ("В Україні прокоментували удар по Бєлгороду.", "ua", ("strike", "Belgorod", "ua")),
        (
            "Российская артиллерия уничтожила украинские РСЗО у Торецка.",
            "ru",
            ("strike", "Toretsk", "ru"),
        ),
        ("Генштаб ВСУ сообщил о контрнаступлении у Работино.", "ru", ("advance", "Robotyne", "ua")),
        (
            "Генштаб ВСУ сообщил об успешном продвижении у Работино.",
            "ru",
            ("advance", "Robotyne", "ua"),
        ),
        (
            "Авдеевку очистили от украинских боевиков наши штурмовики.",
            "ru",
            ("capture", "Avdiivka", "ru"),
        ),
        ("Угледар очистили от ВСУ наши бойцы.", "ru", ("capture", "Vuhledar", "ru")),
    ],
)
def test_judges_speakers_objects_and_own_pushes(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Мы констатируем, что Курахово освобождено нашими бойцами.", "ru"),
        ("Констатирую: Угледар наш.", "ru"),
        ("Нужно констатировать: ВСУ выбиты из Работино.", "ru"),
        ("Зазначу, що окупанти просунулися біля Покровська.", "ua"),
        ("Варто зазначити, що ворог захопив Новомихайлівку.", "ua"),
        ("Отмечаем День ВДВ, а тем временем наши освободили Работино.", "ru"),
    ],
)
def test_the_authors_own_words_of_noting_relay_nothing(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    stances = {f.stance for f in bundled_analyzer.analyze(text, side)[1]}
    assert stances == {"asserted"}, (text, stances)


@pytest.mark.parametrize(
    "text",
    [
        "Голова Запорізької ОДА звільнений з посади.",
        "Кабмін звільнив голову Харківської ОДА.",
        "Голова Херсонської ОВА звільнив заступника.",
    ],
)
def test_an_official_dismissed_takes_no_oblast(bundled_analyzer: Analyzer, text: str) -> None:
    assert not bundled_analyzer.analyze(text, "ua")[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ворог атакував Донеччину 25 разів на Покровському напрямку.",
            ("advance", "Donetsk Oblast", "ru"),
        ),
        ("Ворог 40 разів атакував позиції ЗСУ на Донеччині.", ("advance", "Donetsk Oblast", "ru")),
        (
            "Ворог атакував Курську область, намагаючись вибити ЗСУ.",
            ("advance", "Kursk Oblast", "ru"),
        ),
    ],
)
def test_an_oblast_attacked_in_ground_fighting_is_no_strike(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    found = claims_of(bundled_analyzer, text, "ua")
    assert expected in found
    assert ("strike", expected[1], "ru") not in found


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        ("Очільник Харківської ОВА: росіяни вдарили по Харкову, загинули двоє.", "ua", "Kharkiv"),
        (
            "Голова Миколаївської ОВА Кім: окупанти обстріляли Очаків, загинула людина.",
            "ua",
            "Ochakiv",
        ),
        (
            "Глава Херсонской облгосадминистрации Сальдо: ВСУ обстреляли Алешки, погиб мужчина.",
            "ru",
            "Oleshky",
        ),
        (
            "Взрыв произошёл в заводском цеху в Ижевске, упал беспилотник, один человек "
            "пострадал, сообщил глава Удмуртии.",
            "ru",
            "Izhevsk",
        ),
    ],
)
def test_casualties_go_to_the_place_struck_not_the_officials_oblast(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    casualties = {c[1] for c in claims_of(bundled_analyzer, text, side) if c[0] == "casualties"}
    assert casualties == {place}, casualties


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Зеленський звільнив очільника Сумської ОВА.", "ua"),
        ("Кабмін погодив звільнення голови Миколаївської ОВА.", "ua"),
        ("По Курску прилетел приказ из Москвы.", "ru"),
        ("По Белгороду прилетела хорошая новость.", "ru"),
        ("По Києву прилетіла хвиля чуток про мобілізацію.", "ua"),
    ],
)
def test_dismissals_and_news_flying_in_tell_nothing(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not bundled_analyzer.analyze(text, side)[1]


@pytest.mark.parametrize(
    "text",
    [
        "Ворог атакував Запорізьку область 12 разів у районі Малої Токмачки.",
        "Ворог атакував Донеччину танками.",
        "Ворог атакує Донеччину по всій лінії фронту.",
    ],
)
def test_an_oblast_attacked_by_counts_units_or_the_front_is_no_strike(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ua") if c[0] == "strike"}


def test_a_label_with_a_town_after_it_leaves_its_claims_to_the_town(
    bundled_analyzer: Analyzer,
) -> None:
    text = "📍 Харківщина — у Купʼянську загинула жінка, пошкоджено магазин."
    assert not {c for c in claims_of(bundled_analyzer, text, "ua") if c[1] == "Kharkiv Oblast"}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "По Белгороду прилетела новость о новых обстрелах, а по Шебекино прилетело снова.",
            "ru",
            ("strike", "Shebekino", "ua"),
        ),
        (
            "Ночью по Белгороду прилетело, а утром прилетел приказ о закрытии школ.",
            "ru",
            ("strike", "Belgorod", "ua"),
        ),
        (
            "Сразу после удара по Брянску прилетела новость о ещё одной атаке на Клинцы.",
            "ru",
            ("strike", "Bryansk", "ua"),
        ),
        (
            "Губернатор Белгородской области: ВСУ со стороны Харькова обстреляли приграничье, "
            "ранены двое.",
            "ru",
            ("strike", "Belgorod Oblast", "ua"),
        ),
        (
            "Голова Харківської ОВА: росіяни з Бєлгорода обстріляли область, загинули двоє.",
            "ua",
            ("strike", "Kharkiv Oblast", "ru"),
        ),
        ("Ворог атакував Одещину, уражено танкер у порту.", "ua", ("strike", "Odesa Oblast", "ru")),
    ],
)
def test_real_hits_beside_news_origins_and_tankers(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Выезд детей из Белгорода на море — по путёвкам профсоюза.", "ru"),
        ("Виїзд дітей з Харкова на відпочинок до Карпат організувала громада.", "ua"),
        ("Кабмін погодив звільнення голови Миколаївської ОВА.", "ua"),
    ],
)
def test_holidays_and_dismissals_tell_nothing(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not bundled_analyzer.analyze(text, side)[1]


def test_not_only_denies_nothing(bundled_analyzer: Analyzer) -> None:
    found = bundled_analyzer.analyze(
        "Не только Донецк под обстрелом — Горловку тоже атакуют.", "ru"
    )
    assert {f.stance for f in found[1]} == {"asserted"}
