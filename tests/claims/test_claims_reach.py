"""How far a trigger reaches, and what stops it: a unit's long name between a trigger and its
place (no deployment, no lost place), the towns that name a road and a river's bridge, a crime or
an everyday misfortune that has victims but is no war news, a threat or a new clause that ends
a trigger's scene, and the hospital or the town the wounded and the dead are taken to. Every text
is a paraphrase written for these tests."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import claims, extractor_over

PLACES = {
    "toretsk": ("town", "UA"),
    "serebrianka": ("village", "UA"),
    "kreminna": ("town", "UA"),
    "pokrovsk": ("town", "UA"),
    "oleshky": ("town", "UA"),
    "kupiansk": ("town", "UA"),
    "sudzha": ("town", "RU"),
    "korenevo": ("town", "RU"),
    "belaya": ("village", "RU"),
    "glushkovo": ("town", "RU"),
    "glotovo": ("village", "RU"),
    "tyotkino": ("village", "RU"),
    "shebekino": ("town", "RU"),
    "belgorod": ("city", "RU"),
    "kursk": ("city", "RU"),
    "rostov": ("city", "RU"),
    "krasnoyarsk-krai": ("region", "RU"),
    "horlivka": ("city", "UA"),
    "sumy": ("city", "UA"),
    "okhtyrka": ("town", "UA"),
    "kherson": ("city", "UA"),
    "kyiv": ("city", "UA"),
    "dnipro": ("city", "UA"),
    "kurakhove": ("town", "UA"),
    "seym-river": ("water", "RU"),
    "desna-river": ("water", "UA"),
    "vovcha-river": ("water", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


def pairs(ex: ClaimExtractor, text: str, places: dict[str, str], side: str) -> set[tuple]:
    return {(kind, place) for kind, place, _, _ in claims(ex, text, places, side)}


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [
        # a unit's name between the trigger and its places does not count in the reach
        (
            "Поражены живая сила и техника 25-й и 93-й отдельных механизированных бригад ВСУ "
            "в районах населённых пунктов Торецк и Серебрянка.",
            "ru",
            {"toretsk": "Торецк", "serebrianka": "Серебрянка"},
            {("strike", "toretsk"), ("strike", "serebrianka")},
        ),
        (
            "Нанесено поражение живой силе и технике 3-й штурмовой бригады ВСУ в районе Кременной.",
            "ru",
            {"kreminna": "Кременной"},
            {("strike", "kreminna")},
        ),
        (
            "Уничтожен склад боеприпасов 47-й механизированной бригады ВСУ вблизи Покровска.",
            "ru",
            {"pokrovsk": "Покровска"},
            {("strike", "pokrovsk")},
        ),
        (
            "Сили оборони уразили склад боєприпасів 144-ї мотострілецької дивізії рф поблизу "
            "Олешок.",
            "ua",
            {"oleshky": "Олешок"},
            {("strike", "oleshky")},
        ),
        (
            "Наші дронарі уразили живу силу і техніку 27-ї окремої мотострілецької бригади рф "
            "біля Куп'янська.",
            "ua",
            {"kupiansk": "Куп'янська"},
            {("strike", "kupiansk")},
        ),
        # a river crossed is the river; a bridge over it is its town's
        (
            "Противник пытается форсировать Сейм.",
            "ru",
            {"seym-river": "Сейм"},
            {("advance", "seym-river")},
        ),
        (
            "Нанесён удар по мосту через Сейм у Глушково.",
            "ru",
            {"seym-river": "Сейм", "glushkovo": "Глушково"},
            {("strike", "glushkovo")},
        ),
        (
            "Наша артиллерия уничтожила переправу через Десну.",
            "ru",
            {"desna-river": "Десну"},
            {("strike", "desna-river")},
        ),
        # the war's victims stay, with a crime word on the line when a weapon is named too
        (
            "В результате удара дрона погиб мирный житель в Шебекино.",
            "ru",
            {"shebekino": "Шебекино"},
            {("casualties", "shebekino")},
        ),
        (
            "Двое погибших после обстрела Горловки.",
            "ru",
            {"horlivka": "Горловки"},
            {("casualties", "horlivka"), ("strike", "horlivka")},
        ),
        (
            "В Шебекино после атаки дрона погиб мужчина, возбуждено уголовное дело.",
            "ru",
            {"shebekino": "Шебекино"},
            {("casualties", "shebekino")},
        ),
        (
            "Внаслідок удару дрона в Херсоні загинув чоловік, поліція документує наслідки.",
            "ua",
            {"kherson": "Херсоні"},
            {("casualties", "kherson")},
        ),
        # a strike on places, and a weapon's clause about its object
        (
            "Удар по населённым пунктам Глотово и Тёткино.",
            "ru",
            {"glotovo": "Глотово", "tyotkino": "Тёткино"},
            {("strike", "glotovo"), ("strike", "tyotkino")},
        ),
        (
            "Дрон атаковал автомобиль, который ехал у Тёткино.",
            "ru",
            {"tyotkino": "Тёткино"},
            {("strike", "tyotkino")},
        ),
        (
            "Удар по больнице Курска.",
            "ru",
            {"kursk": "Курска"},
            {("strike", "kursk")},
        ),
        (
            "Після удару по Сумах поранених доставили до лікарні Охтирки.",
            "ua",
            {"sumy": "Сумах", "okhtyrka": "Охтирки"},
            {("strike", "sumy")},
        ),
        (
            "ВСУ обстреляли Суджу и Коренево.",
            "ru",
            {"sudzha": "Суджу", "korenevo": "Коренево"},
            {("strike", "sudzha"), ("strike", "korenevo")},
        ),
    ],
)
def test_claims_reach_their_places(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set
) -> None:
    assert expected <= pairs(extractor, text, places, side)


@pytest.mark.parametrize(
    ("text", "side", "places", "absent"),
    [
        # a unit named is no deployment
        (
            "Продолжается продвижение 155-й и 106-й бригад в сторону Суджи.",
            "ru",
            {"sudzha": "Суджи"},
            {("deployment", "sudzha")},
        ),
        (
            "Нанесено поражение живой силе и технике 14-й бригады ВСУ у Торецка.",
            "ru",
            {"toretsk": "Торецка"},
            {("deployment", "toretsk")},
        ),
        # the towns that name a road are its ends, not the claim's place
        (
            "ВСУ обстреляли дорогу между Суджей и Кореневом.",
            "ru",
            {"sudzha": "Суджей", "korenevo": "Кореневом"},
            {("strike", "sudzha"), ("strike", "korenevo")},
        ),
        (
            "Ворог обстріляв трасу між Сумами та Охтиркою.",
            "ua",
            {"sumy": "Сумами", "okhtyrka": "Охтиркою"},
            {("strike", "sumy"), ("strike", "okhtyrka")},
        ),
        (
            "Противник обстреливает трассу Суджа — Белая.",
            "ru",
            {"sudzha": "Суджа", "belaya": "Белая"},
            {("strike", "sudzha"), ("strike", "belaya")},
        ),
        # crime and everyday misfortune in a post that is about the war elsewhere
        (
            "ВСУ атаковали Шебекино дронами.\nЗадержан подозреваемый в убийстве школьницы в "
            "Красноярском крае.",
            "ru",
            {"shebekino": "Шебекино", "krasnoyarsk-krai": "Красноярском крае"},
            {("casualties", "krasnoyarsk-krai")},
        ),
        (
            "Дроны атаковали Белгород.\nВ Курске мужчина зарезал соседа, тот погиб на месте.",
            "ru",
            {"belgorod": "Белгород", "kursk": "Курске"},
            {("casualties", "kursk")},
        ),
        (
            "ВСУ обстреляли Белгород.\nВодитель грузовика погиб под Шебекино, полиция "
            "выясняет причины.",
            "ru",
            {"belgorod": "Белгород", "shebekino": "Шебекино"},
            {("casualties", "shebekino")},
        ),
        (
            "Ворог атакував Суми дронами.\nУ Києві підозрюваний зарізав сусіда, той загинув.",
            "ua",
            {"sumy": "Суми", "kyiv": "Києві"},
            {("casualties", "kyiv")},
        ),
        # a threat's scope, and a new clause after the weapon, are not the trigger's
        (
            "Такой удар несёт прямую угрозу населённым пунктам на реке Волчьей.",
            "ru",
            {"vovcha-river": "реке Волчьей"},
            {("strike", "vovcha-river")},
        ),
        (
            "Цей удар несе загрозу населеним пунктам на річці Вовча.",
            "ua",
            {"vovcha-river": "річці Вовча"},
            {("strike", "vovcha-river")},
        ),
        (
            "После атаки дрона, поиски пропавшего в районе сёл Глотово и Тёткино продолжаются.",
            "ru",
            {"glotovo": "Глотово", "tyotkino": "Тёткино"},
            {("strike", "glotovo"), ("strike", "tyotkino")},
        ),
        (
            "Атака дрона, спасатели ищут пропавшего у Тёткино.",
            "ru",
            {"tyotkino": "Тёткино"},
            {("strike", "tyotkino")},
        ),
        # the town the wounded and the dead are taken to
        (
            "Под Курахово у укров много 200-х, их вывозят в Днепр.",
            "ru",
            {"kurakhove": "Курахово", "dnipro": "Днепр"},
            {("casualties", "dnipro")},
        ),
        (
            "Наши вывозят 200-х в Ростов после боёв под Торецком.",
            "ru",
            {"rostov": "Ростов", "toretsk": "Торецком"},
            {("casualties", "rostov")},
        ),
        (
            "ВСУ атаковали дроном автомобиль, раненых доставили в больницу Курска.",
            "ru",
            {"kursk": "Курска"},
            {("strike", "kursk"), ("casualties", "kursk")},
        ),
        (
            "Після удару по Сумах поранених доставили до лікарні Охтирки.",
            "ua",
            {"sumy": "Сумах", "okhtyrka": "Охтирки"},
            {("strike", "okhtyrka"), ("casualties", "okhtyrka")},
        ),
    ],
)
def test_claims_stop_short_of_other_places(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], absent: set
) -> None:
    assert not absent & pairs(extractor, text, places, side)
