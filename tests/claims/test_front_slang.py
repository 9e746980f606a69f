"""Words the blind genre sample showed missing: bloggers' «отработать по» (a strike), FPV drones
as weapons (an attack with one is a strike, not a ground advance), «расширить зону контроля»
(an advance), who evacuates (the side holding the place, when the authorities do it), and a
second verb joined by «и»/«та» with its own place. Every text is a paraphrase written for the
test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import claims, extractor_over

PLACES = {
    "belgorod": ("city", "RU"),
    "sudzha": ("town", "RU"),
    "rylsky-district": ("district", "RU"),
    "vovchansk": ("town", "UA"),
    "odesa": ("city", "UA"),
    "oleshky": ("town", "UA"),
    "kupiansk": ("town", "UA"),
    "horlivka": ("city", "UA"),
    "toretsk": ("town", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [
        # «отработать по» with a weapon, gunners or a target named near
        (
            "Ночью «Герани» отработали по Одессе.",
            "ru",
            {"odesa": "Одессе"},
            ("strike", "odesa", "ru", "asserted"),
        ),
        (
            "Наши миномётчики весь день отрабатывали по Купянску.",
            "ru",
            {"kupiansk": "Купянску"},
            ("strike", "kupiansk", "ru", "asserted"),
        ),
        (
            "Наші артилеристи відпрацювали по Олешках.",
            "ua",
            {"oleshky": "Олешках"},
            ("strike", "oleshky", "ua", "asserted"),
        ),
        # an FPV drone's attack is a strike
        (
            "FPV-дрон атаковал легковушку на окраине Белгорода.",
            "ru",
            {"belgorod": "Белгорода"},
            ("strike", "belgorod", "ua", "asserted"),
        ),
        (
            "Ворог атакував квадрокоптером приватне авто у Вовчанську.",
            "ua",
            {"vovchansk": "Вовчанську"},
            ("strike", "vovchansk", "ru", "asserted"),
        ),
        # widening the zone of control is ground gained
        (
            "Штурмовики расширили зону контроля в районе Волчанска.",
            "ru",
            {"vovchansk": "Волчанска"},
            ("advance", "vovchansk", "ru", "asserted"),
        ),
        (
            "Сили оборони розширили зону контролю біля Вовчанська.",
            "ua",
            {"vovchansk": "Вовчанська"},
            ("advance", "vovchansk", "ua", "asserted"),
        ),
        # the authorities that evacuate a place are its side's, whoever's channel tells it
        (
            "Из Суджи за неделю эвакуировали почти тысячу жителей.",
            "ua",
            {"sudzha": "Суджи"},
            ("evacuation", "sudzha", "ru", "asserted"),
        ),
        (
            "Із Вовчанська вивезли ще 40 мешканців, серед них шестеро дітей.",
            "ua",
            {"vovchansk": "Вовчанська"},
            ("evacuation", "vovchansk", "ua", "asserted"),
        ),
        (
            "Жителей Рыльского района отселят из приграничных сёл.",
            "ru",
            {"rylsky-district": "Рыльского района"},
            ("evacuation", "rylsky-district", "ru", "asserted"),
        ),
        # people who fled on their own: nobody organised it
        (
            "Беженцы из Волчанска живут в общежитии.",
            "ru",
            {"vovchansk": "Волчанска"},
            ("evacuation", "vovchansk", "unknown", "asserted"),
        ),
        # «в посёлке X» is as near as «у X»
        (
            "Мэр сообщил, что ВСУ атаковали с помощью FPV-дрона легковую машину в посёлке Суджа.",
            "ru",
            {"sudzha": "Суджа"},
            ("strike", "sudzha", "ua", "reported"),
        ),
        # bloggers' «вынести» of a target
        (
            "Хохлы опять выносят мосты у Суджи.",
            "ru",
            {"sudzha": "Суджи"},
            ("strike", "sudzha", "ua", "asserted"),
        ),
        (
            "Наши вынесли склад БК в Купянске.",
            "ru",
            {"kupiansk": "Купянске"},
            ("strike", "kupiansk", "ru", "asserted"),
        ),
        # rounds fired at a place named first
        (
            "По Белгороду выпущено 30 снарядов.",
            "ru",
            {"belgorod": "Белгороду"},
            ("strike", "belgorod", "ua", "asserted"),
        ),
        (
            "По Купʼянську окупанти випустили 15 снарядів.",
            "ua",
            {"kupiansk": "Купʼянську"},
            ("strike", "kupiansk", "ru", "asserted"),
        ),
        # reaching the border or the outskirts, said with a noun
        (
            "Минобороны опровергло сообщения о выходе ВСУ к границе у Волчанска.",
            "ru",
            {"vovchansk": "Волчанска"},
            ("advance", "vovchansk", "ua", "denied"),
        ),
        (
            "Окупанти звітують про вихід до околиць Купʼянська.",
            "ua",
            {"kupiansk": "Купʼянська"},
            ("advance", "kupiansk", "ru", "asserted"),
        ),
    ],
)
def test_front_words(
    extractor: ClaimExtractor,
    text: str,
    side: str,
    places: dict[str, str],
    expected: tuple[str, str, str, str],
) -> None:
    assert expected in claims(extractor, text, places, side)


@pytest.mark.parametrize(
    ("text", "places", "not_expected"),
    [
        # «отработать по плану» is no strike, however near a town stands
        (
            "Бригада отработала по плану, Белгород встретил её цветами.",
            {"belgorod": "Белгород"},
            "strike",
        ),
        # a rouble's or a team's «положение» is no ground
        (
            "Курс рубля улучшил положение на бирже в Белгороде.",
            {"belgorod": "Белгороде"},
            "advance",
        ),
        (
            "«Салют» улучшил положение в турнирной таблице после победы в Белгороде.",
            {"belgorod": "Белгороде"},
            "advance",
        ),
        # something else issued «по» a town: no rounds named
        (
            "По Белгороду выпущен новый путеводитель.",
            {"belgorod": "Белгороду"},
            "strike",
        ),
        # people carried out of a house, a verdict: no «вынести» of a target
        (
            "Из горящего здания в Белгороде вынесли трёх человек.",
            {"belgorod": "Белгороде"},
            "strike",
        ),
        (
            "Суд вынес приговор жителю Белгорода.",
            {"belgorod": "Белгорода"},
            "strike",
        ),
        # where slang fire comes from is not where it falls
        (
            "Укры кроют нас «кассетами» из Торецка.",
            {"toretsk": "Торецка"},
            "strike",
        ),
        # an FPV drone's attack is not a ground advance
        (
            "FPV-дрон атаковал автомобиль в Рыльском районе.",
            {"rylsky-district": "Рыльском районе"},
            "advance",
        ),
    ],
)
def test_front_words_claim_nothing_else(
    extractor: ClaimExtractor, text: str, places: dict[str, str], not_expected: str
) -> None:
    assert not_expected not in {c[0] for c in claims(extractor, text, places, "ru")}


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [
        (
            "Наші воїни звільнили Вовчанськ та закріпилися на околицях Купʼянська.",
            "ua",
            {"vovchansk": "Вовчанськ", "kupiansk": "Купʼянська"},
            {
                ("capture", "vovchansk", "ua", "asserted"),
                ("advance", "kupiansk", "ua", "asserted"),
            },
        ),
        (
            "Штурмовики зачистили Суджу и закрепились на окраине Белгорода.",
            "ru",
            {"sudzha": "Суджу", "belgorod": "Белгорода"},
            {("capture", "sudzha", "ru", "asserted"), ("advance", "belgorod", "ru", "asserted")},
        ),
        # a part named before «и» is the first verb's; the second takes its place whole
        (
            "Наши продвинулись в северной части Суджи и полностью заняли Белгород.",
            "ru",
            {"sudzha": "Суджи", "belgorod": "Белгород"},
            {("advance", "sudzha", "ru", "asserted"), ("capture", "belgorod", "ru", "asserted")},
        ),
        # the part is the subject of the trigger that follows: still partial
        (
            "Промзона на окраине Суджи полностью зачищена и находится под контролем наших войск.",
            "ru",
            {"sudzha": "Суджи"},
            {("advance", "sudzha", "ru", "asserted")},
        ),
        # «в районах населённых пунктов» is the reports' way of saying «у»: no further off
        (
            "Авиация нанесла удар по пунктам временной дислокации ВСУ в районах населенных "
            "пунктов Суджа и Белгород.",
            "ru",
            {"sudzha": "Суджа", "belgorod": "Белгород"},
            {("strike", "sudzha", "ru", "asserted"), ("strike", "belgorod", "ru", "asserted")},
        ),
        # a build-up struck is both: the strike reaches past it to the place
        (
            "Нанесён удар по скоплению живой силы ВСУ в районе Суджи.",
            "ru",
            {"sudzha": "Суджи"},
            {("strike", "sudzha", "ru", "asserted"), ("deployment", "sudzha", "ua", "asserted")},
        ),
    ],
)
def test_each_claim_reaches_its_own_place(
    extractor: ClaimExtractor,
    text: str,
    side: str,
    places: dict[str, str],
    expected: set[tuple[str, str, str, str]],
) -> None:
    """«взяли X та закріпилися на околицях Y»: X is taken whole, the outskirts are Y's; the
    reports' place phrases reach as far as «у X»; a build-up struck is both."""
    assert claims(extractor, text, places, side) == expected


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [
        # a control statement holds though a «situation» is named further on
        (
            "Вовчанськ під контролем ЗСУ, ситуацію біля Купʼянська уточнюємо.",
            "ua",
            {"vovchansk": "Вовчанськ", "kupiansk": "Купʼянська"},
            {("capture", "vovchansk", "ua", "asserted")},
        ),
        # «ситуация под контролем» is the stock phrase: no place taken
        (
            "Ситуація у Вовчанську під контролем, кажуть в ОВА.",
            "ua",
            {"vovchansk": "Вовчанську"},
            set(),
        ),
        ("Обстановка в Белгороде под контролем.", "ru", {"belgorod": "Белгороде"}, set()),
        ("Мэр взял ситуацию в Белгороде под контроль.", "ru", {"belgorod": "Белгороде"}, set()),
    ],
)
def test_the_stock_phrase_of_control_and_the_real_one(
    extractor: ClaimExtractor,
    text: str,
    side: str,
    places: dict[str, str],
    expected: set[tuple[str, str, str, str]],
) -> None:
    assert {c for c in claims(extractor, text, places, side) if c[0] == "capture"} == expected


def test_the_way_out_of_a_town_is_no_advance(extractor: ClaimExtractor) -> None:
    assert claims(extractor, "Выход из Купянска закрыт.", {"kupiansk": "Купянска"}, "ru") == set()
