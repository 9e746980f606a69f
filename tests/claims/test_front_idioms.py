"""Front idioms a second blind genre sample showed missing: an axis is as wide as a raion, a
flag raised over a place, the MoD's «улучшили тактическое положение», troops «evacuated» from a
bridgehead (a withdrawal), where an attack came from and where it went, civilian victims of a
named attacker, and a place carried into the next sentence with the district that qualifies it.
Every text is a paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

Case = tuple[str, str, dict[str, str], set[Claim]]

PLACES = {
    "toretsk": ("town", "UA"),
    "krynky": ("village", "UA"),
    "oleshky": ("town", "UA"),
    "kherson": ("city", "UA"),
    "kupiansk": ("town", "UA"),
    "petropavlivka": ("village", "UA"),
    "sudzha": ("town", "RU"),
    "bolshoye-soldatskoye": ("village", "RU"),
    "tykhe": ("village", "UA"),
    "vovchansk": ("town", "UA"),
    "sushany": ("village", "RU"),
    "klimovsky-district": ("district", "RU"),
    "kursk": ("city", "RU"),
    "belgorod": ("city", "RU"),
    "korenevo": ("town", "RU"),
    "dvorichna": ("village", "UA"),
    "oskil-river": ("water", "UA"),
    "bakhmut": ("city", "UA"),
    "kostiantynivka": ("city", "UA"),
    "borova": ("settlement", "UA"),
    "malaya-loknya": ("village", "RU"),
    "shebekino": ("town", "RU"),
    "vovcha-river": ("water", "UA"),
    "robotyne": ("village", "UA"),
    "orikhiv": ("town", "UA"),
    "rylsk": ("town", "RU"),
    "katerynivka": ("village", "UA"),
    "nadiia": ("village", "UA"),
    "luhansk-oblast": ("region", "UA"),
    "zvirove": ("village", "UA"),
    "donetsk-oblast": ("region", "UA"),
    "olgovka": ("village", "RU"),
    "kursk-oblast": ("region", "RU"),
    "lyubimovka": ("village", "RU"),
    "vremivka": ("village", "UA"),
    "novopavlivka": ("village", "UA"),
    "chasiv-yar": ("town", "UA"),
    "novoselivka": ("village", "UA"),
    "zelene-pole": ("village", "UA"),
    "dnipro-river": ("water", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


IDIOMS: list[Case] = [
    # a flag raised where a fighting side is named is the place taken
    (
        "Бойцы штурмового полка водрузили флаг над администрацией Торецка.",
        "ru",
        {"toretsk": "Торецка"},
        {("capture", "toretsk", "ru", "asserted")},
    ),
    (
        "Над Крынками наши подняли триколор.",
        "ru",
        {"krynky": "Крынками"},
        {("capture", "krynky", "ru", "asserted")},
    ),
    # …also in the sentence after the one that names the place
    (
        "Торецк наш. Штурмовики подняли флаг в центре города.",
        "ru",
        {"toretsk": "Торецк"},
        {("capture", "toretsk", "ru", "asserted")},
    ),
    ("На празднике в Курске подняли флаг города.", "ru", {"kursk": "Курске"}, set()),
    # the MoD's ground gained reaches the list at the end of its long sentence
    (
        "Подразделения группировки «Запад» улучшили тактическое положение и нанесли "
        "поражение формированиям ВСУ в районах Купянска и Петропавловки.",
        "ru",
        {"kupiansk": "Купянска", "petropavlivka": "Петропавловки"},
        {
            ("advance", "kupiansk", "ru", "asserted"),
            ("advance", "petropavlivka", "ru", "asserted"),
            ("strike", "kupiansk", "ru", "asserted"),
            ("strike", "petropavlivka", "ru", "asserted"),
        },
    ),
    # troops «evacuated» from a bridgehead withdraw; the remnants are the ones who act
    (
        "Остатки ВСУшников эвакуировались из Крынок на правый берег.",
        "ru",
        {"krynky": "Крынок"},
        {("withdrawal", "krynky", "ua", "asserted")},
    ),
    (
        "Остатки гарнизона ВСУ отошли из Крынок.",
        "ru",
        {"krynky": "Крынок"},
        {("withdrawal", "krynky", "ua", "asserted")},
    ),
    # a tank towed off is nobody's evacuation; a wounded man taken to a city claims nothing
    # there
    (
        "Расчёт занимался эвакуацией застрявшего украинского танка у Крынок.",
        "ru",
        {"krynky": "Крынок"},
        set(),
    ),
    ("Раненого всушника удалось эвакуировать в Курск.", "ru", {"kursk": "Курск"}, set()),
    (
        "Жителей Белгорода эвакуировали в Курск.",
        "ru",
        {"belgorod": "Белгорода", "kursk": "Курск"},
        {("evacuation", "belgorod", "ru", "asserted")},
    ),
    # the side that shells is the attack's, not a veto on the evacuation nor its actor
    (
        "Из-за обстрелов ВСУ эвакуируют детей из Шебекино и Белгорода.",
        "ru",
        {"shebekino": "Шебекино", "belgorod": "Белгорода"},
        {
            ("evacuation", "shebekino", "ru", "asserted"),
            ("evacuation", "belgorod", "ru", "asserted"),
        },
    ),
    (
        "Через обстріли ворога евакуюють дітей з Куп'янська.",
        "ua",
        {"kupiansk": "Куп'янська"},
        {("evacuation", "kupiansk", "ua", "asserted")},
    ),
    # a veto word after an attack noun that names no side still vetoes
    ("Двое пострадали от удара молнии в Курске.", "ru", {"kursk": "Курске"}, set()),
    # a drone named «Молния» is no lightning
    (
        "Дроны «Молния» атаковали Херсон, ранены двое.",
        "ru",
        {"kherson": "Херсон"},
        {("strike", "kherson", "ru", "asserted"), ("casualties", "kherson", "ru", "asserted")},
    ),
    # soldiers are still no evacuees
    ("В Волчанске эвакуировали боевиков ВСУ.", "ru", {"vovchansk": "Волчанске"}, set()),
]


VICTIMS: list[Case] = [
    # civilians killed are the named attacker's victims in the same sentence, whatever the
    # town's country
    (
        "ВСУ обстреляли Алешки, погибли двое мирных жителей.",
        "ru",
        {"oleshky": "Алешки"},
        {("strike", "oleshky", "ua", "asserted"), ("casualties", "oleshky", "ua", "asserted")},
    ),
    (
        "Укры накрыли Херсон из артиллерии, есть погибшие среди мирных.",
        "ru",
        {"kherson": "Херсон"},
        {("strike", "kherson", "ua", "asserted"), ("casualties", "kherson", "ua", "asserted")},
    ),
    (
        "Росіяни обстріляли Херсон, загинули двоє цивільних.",
        "ua",
        {"kherson": "Херсон"},
        {("strike", "kherson", "ru", "asserted"), ("casualties", "kherson", "ru", "asserted")},
    ),
    # the next sentence's victims are the village's, not the district that qualifies it
    (
        "ВСУ атаковали дроном село Сушаны Климовского района. В результате удара "
        "пострадала мирная жительница.",
        "ru",
        {"sushany": "Сушаны", "klimovsky-district": "Климовского района"},
        {
            ("strike", "sushany", "ua", "asserted"),
            ("casualties", "sushany", "ua", "asserted"),
        },
    ),
]


REPORT_PHRASES: list[Case] = [
    # the channel's own sources: its own voice
    (
        "За нашою інформацією, ворог просунувся біля Тихого.",
        "ua",
        {"tykhe": "Тихого"},
        {("advance", "tykhe", "ru", "asserted")},
    ),
    (
        "По информации наших источников, хохлы отошли из Тихого.",
        "ru",
        {"tykhe": "Тихого"},
        {("withdrawal", "tykhe", "ua", "asserted")},
    ),
    # troops massing are a build-up of their side
    (
        "На Курщині зафіксовано накопичення північнокорейських військових у районі Кореневого.",
        "ua",
        {"korenevo": "Кореневого"},
        {("deployment", "korenevo", "other", "asserted")},
    ),
    # a build-up for later assaults: the assaults are a purpose, not a claim
    (
        "Окупанти накопичують сили в районі Бахмута для подальших штурмів Костянтинівки.",
        "ua",
        {"bakhmut": "Бахмута", "kostiantynivka": "Костянтинівки"},
        {("deployment", "bakhmut", "ru", "asserted")},
    ),
    # forcing a river is an advance at the village, not at the river
    (
        "Окупанти намагалися форсувати Оскіл біля Дворічної.",
        "ua",
        {"oskil-river": "Оскіл", "dvorichna": "Дворічної"},
        {("advance", "dvorichna", "ru", "asserted")},
    ),
    (
        "Ворог безуспішно намагався форсувати Оскіл біля Дворічної.",
        "ua",
        {"oskil-river": "Оскіл", "dvorichna": "Дворічної"},
        {("advance", "dvorichna", "ru", "denied")},
    ),
    # soldiers being destroyed (imperfective) are casualties; equipment is a strike
    (
        "Біля Дворічної знищуються окупанти.",
        "ua",
        {"dvorichna": "Дворічної"},
        {("casualties", "dvorichna", "ua", "asserted")},
    ),
    (
        "Біля Малої Локні наші екіпажі знищили танк і три ББМ ворога.",
        "ua",
        {"malaya-loknya": "Малої Локні"},
        {("strike", "malaya-loknya", "ua", "asserted")},
    ),
    # an announced or compulsory evacuation is organised: the side holding the place
    (
        "Оголошено примусову евакуацію родин з дітьми з Борової.",
        "ua",
        {"borova": "Борової"},
        {("evacuation", "borova", "ua", "asserted")},
    ),
    (
        "Власти объявили обязательную эвакуацию жителей Шебекино.",
        "ru",
        {"shebekino": "Шебекино"},
        {("evacuation", "shebekino", "ru", "asserted")},
    ),
]


WITHDRAWALS: list[Case] = [
    # where a side withdrew to is not the place it left
    (
        "ВСУ отступили из Работино к Орехову.",
        "ru",
        {"robotyne": "Работино", "orikhiv": "Орехову"},
        {("withdrawal", "robotyne", "ua", "asserted")},
    ),
    (
        "Противник отошёл за реку Волчья в южную часть Волчанска.",
        "ru",
        {"vovcha-river": "реку Волчья", "vovchansk": "Волчанска"},
        {("withdrawal", "vovchansk", "ua", "asserted")},
    ),
    # a bridgehead eliminated is its holder's withdrawal, not its soldiers' deaths
    (
        "Наши ликвидировали плацдарм хохлов у Крынок.",
        "ru",
        {"krynky": "Крынок"},
        {("withdrawal", "krynky", "ua", "asserted")},
    ),
    (
        "Сили оборони ліквідували плацдарм окупантів біля Кринок.",
        "ua",
        {"krynky": "Кринок"},
        {("withdrawal", "krynky", "ru", "asserted")},
    ),
    # the nouns of pulling troops out
    (
        "ВСУ начали вывод войск из Торецка.",
        "ru",
        {"toretsk": "Торецка"},
        {("withdrawal", "toretsk", "ua", "asserted")},
    ),
    (
        "Генштаб ЗСУ оголосив про виведення військ з Кринок.",
        "ua",
        {"krynky": "Кринок"},
        {("withdrawal", "krynky", "ua", "reported")},
    ),
    # the fall or the taking of a place, the noun right before it: to the side it is not in
    (
        "После занятия Петропавловки штурмовики пошли дальше.",
        "ru",
        {"petropavlivka": "Петропавловки"},
        {("capture", "petropavlivka", "ru", "asserted")},
    ),
    (
        "Після падіння Часового Яру ворог посилив тиск на Бахмут.",
        "ua",
        {"chasiv-yar": "Часового Яру", "bakhmut": "Бахмут"},
        {("capture", "chasiv-yar", "ru", "asserted"), ("advance", "bakhmut", "ru", "asserted")},
    ),
    # the side named takes what it occupies («наши» after «занятия»)
    (
        "После занятия Петропавловки наши подразделения продвигаются к Тихому.",
        "ru",
        {"petropavlivka": "Петропавловки", "tykhe": "Тихому"},
        {("capture", "petropavlivka", "ru", "asserted"), ("advance", "tykhe", "ru", "asserted")},
    ),
    (
        "Виведення військ з Кринок завершено.",
        "ua",
        {"krynky": "Кринок"},
        {("withdrawal", "krynky", "ua", "asserted")},
    ),
    (
        "После падения Суджи оборона посыпалась.",
        "ru",
        {"sudzha": "Суджи"},
        {("capture", "sudzha", "ua", "asserted")},
    ),
    # not debris falling, nor classes
    (
        "Занятия в школах Курска перенесли.",
        "ru",
        {"kursk": "Курска"},
        set(),
    ),
    # lines «more favourable» than those left: a retreat, not an advance onto them
    (
        "Сили оборони вийшли з Торецька на більш вигідні рубежі.",
        "ua",
        {"toretsk": "Торецька"},
        {("withdrawal", "toretsk", "ua", "asserted")},
    ),
    (
        "Наши подразделения вышли из Работино на более выгодные рубежи.",
        "ru",
        {"robotyne": "Работино"},
        {("withdrawal", "robotyne", "ru", "asserted")},
    ),
    # holding one is still a foothold
    (
        "ВСУ удерживают плацдарм у Крынок.",
        "ru",
        {"krynky": "Крынок"},
        {("advance", "krynky", "ua", "asserted")},
    ),
]


VICTIM_MARKERS: list[Case] = [
    # «позиции ВСУ» marks its own sentence's side as the victim, not the next sentence's
    (
        "Наши морпехи зачистили позиции ВСУ. Укры накрыли Алешки из артиллерии.",
        "ru",
        {"oleshky": "Алешки"},
        {("strike", "oleshky", "ua", "asserted")},
    ),
    (
        "Наші штурмовики зачистили позиції ворога. Окупанти обстріляли Херсон.",
        "ua",
        {"kherson": "Херсон"},
        {("strike", "kherson", "ru", "asserted")},
    ),
]


AXES: list[Case] = [
    # an axis is as wide as a raion whatever its namesake's kind: a village the clause names is
    # the claim's place, and the axis is its place only alone
    (
        "Наши штурмовики закрепились в Новоселовке на времевском направлении.",
        "ru",
        {"novoselivka": "Новоселовке", "vremivka": "времевском направлении"},
        {("advance", "novoselivka", "ru", "asserted")},
    ),
    (
        "На Новопавлівському напрямку ворог просунувся поблизу Зеленого Поля.",
        "ua",
        {"novopavlivka": "Новопавлівському напрямку", "zelene-pole": "Зеленого Поля"},
        {("advance", "zelene-pole", "ru", "asserted")},
    ),
    (
        "Ворог просунувся на Часовоярському напрямку.",
        "ua",
        {"chasiv-yar": "Часовоярському напрямку"},
        {("advance", "chasiv-yar", "ru", "asserted")},
    ),
]


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [*IDIOMS, *AXES, *VICTIMS, *REPORT_PHRASES, *WITHDRAWALS, *VICTIM_MARKERS],
)
def test_front_idioms(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected


@pytest.mark.parametrize(
    ("text", "side", "places", "key"),
    [
        (
            "Хохлы с утра накатили из района Суджи в направлении Большого Солдатского.",
            "ru",
            {"sudzha": "Суджи", "bolshoye-soldatskoye": "Большого Солдатского"},
            "bolshoye-soldatskoye",
        ),
        (
            "ВСУ атаковали со стороны Суджи в сторону Большого Солдатского.",
            "ru",
            {"sudzha": "Суджи", "bolshoye-soldatskoye": "Большого Солдатского"},
            "bolshoye-soldatskoye",
        ),
        (
            "Ворог атакував з боку Вовчанська у бік Тихого.",
            "ua",
            {"vovchansk": "Вовчанська", "tykhe": "Тихого"},
            "tykhe",
        ),
    ],
)
def test_an_attack_goes_where_it_is_aimed_not_where_it_came_from(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], key: str
) -> None:
    assert {c[1] for c in claims(extractor, text, places, side) if c[0] == "advance"} == {key}


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        # a governor's label names the town the next sentence's «город»/«посёлок» points to
        (
            "Рыльск. Сегодня днём враг атаковал город дронами, повреждены здание колледжа.",
            {"rylsk": "Рыльск"},
            {("strike", "rylsk", "ua", "asserted")},
        ),
        (
            "Шебекино. Днём ВСУ обстреляли посёлок из РСЗВ.",
            {"shebekino": "Шебекино"},
            {("strike", "shebekino", "ua", "asserted")},
        ),
        # weather and electric shocks strike nothing
        ("Мы гуляли по Курску. Вечером город накрыл снегопад.", {"kursk": "Курску"}, set()),
        ("В Курске мальчика ударило током, когда он сушил собаку.", {"kursk": "Курске"}, set()),
    ],
)
def test_a_strike_on_the_town_a_label_names(
    extractor: ClaimExtractor, text: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Western vehicle by name is equipment: a strike, not soldiers killed
        ("Минус два «Брэдли» у Катериновки.", {("strike", "katerynivka", "ru", "asserted")}),
        (
            "Наши дроноводы сожгли «Леопард» под Работино.",
            {("strike", "robotyne", "ru", "asserted")},
        ),
        ("Минус 40 ВСУшников у Работино.", {("casualties", "robotyne", "ru", "asserted")}),
    ],
)
def test_bloggers_minus_and_burnt_vehicles(
    extractor: ClaimExtractor, text: str, expected: set[Claim]
) -> None:
    places = {"katerynivka": "Катериновки", "robotyne": "Работино"}
    assert claims(extractor, text, places, "ru") == expected


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        # a list goes on past the oblast that qualifies one of its items
        (
            "Освобождены Надия (ЛНР) и Зверево (ДНР).",
            {
                "nadiia": "Надия",
                "luhansk-oblast": "ЛНР",
                "zvirove": "Зверево",
                "donetsk-oblast": "ДНР",
            },
            {("capture", "nadiia", "ru", "asserted"), ("capture", "zvirove", "ru", "asserted")},
        ),
        (
            "ВС РФ освободили Ольговку Курской области и Любимовку.",
            {"olgovka": "Ольговку", "kursk-oblast": "Курской области", "lyubimovka": "Любимовку"},
            {("capture", "olgovka", "ru", "asserted"), ("capture", "lyubimovka", "ru", "asserted")},
        ),
    ],
)
def test_a_list_past_a_qualifier(
    extractor: ClaimExtractor, text: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, "ru") == expected
