"""Russian «та» («та, что под X», «та самая»), which is no sign of Ukrainian; a side in the
nominative after a noun of fighting, the next verb's subject and not the noun's agent («После
боёв противник выбит из X»); a Ukrainian passive participle («вибитий»), a passive as a Russian
one is; bloggers' pushing on at a place, troops named («прут на X», «пруть на X»);
«перегруппировка», the euphemism for a Russian pull-back; Ukrainian slang for shelling, the
place right after «по» («насипають по X»); and Ukrainian channels' names for the Russians when
they write Russian («кацапы», «рашисты»); a place between two dashes, the subject after them
(«пункт — X — был освобождён»); a Ukrainian passive of losing («X втрачене»); the
defenders' own assault operations and counterattacks in Ukrainian updates. Every text is a
paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

Case = tuple[str, str, dict[str, str], set[Claim]]

PLACES = {
    "ivanivka": ("village", "UA"),
    "kupiansk": ("town", "UA"),
    "novoselivka": ("village", "UA"),
    "demidovka": ("village", "RU"),
    "tetkino": ("village", "RU"),
    "robotyne": ("village", "UA"),
    "stepnohirsk": ("village", "UA"),
    "mala-tokmachka": ("village", "UA"),
    "pokrovsk": ("town", "UA"),
    "zaporizhzhia": ("city", "UA"),
    "kherson": ("city", "UA"),
    "korabelnyi-district": ("district", "UA"),
    "nikopol": ("town", "UA"),
    "marhanets": ("town", "UA"),
    "kyiv": ("city", "UA"),
    "balakliia": ("town", "UA"),
    "kursk": ("city", "RU"),
    "odesa": ("city", "UA"),
    "moscow": ("city", "RU"),
    "borova": ("town", "UA"),
    "izium": ("town", "UA"),
    "lviv": ("city", "UA"),
    "rostov": ("city", "RU"),
    "kuban": ("region", "RU"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


CASES: list[Case] = [
    # «та» in a Russian post: the post is read in Russian
    (
        "Освобождён населённый пункт Ивановка. Уточню: Ивановка — та, что под Купянском.",
        "ru",
        {"ivanivka": "Ивановка", "kupiansk": "Купянском"},
        {("capture", "ivanivka", "ru", "asserted")},
    ),
    (
        "Была та самая история, что и весной: наши освободили Новоселовку.",
        "ru",
        {"novoselivka": "Новоселовку"},
        {("capture", "novoselivka", "ru", "asserted")},
    ),
    # a nominative after «боёв» is the passive's subject, driven out
    (
        "После трёх суток боёв противник выбит из Демидовки.",
        "ru",
        {"demidovka": "Демидовки"},
        {("capture", "demidovka", "ru", "asserted")},
    ),
    (
        "После упорных боёв враг выбит из Тёткино.",
        "ru",
        {"tetkino": "Тёткино"},
        {("capture", "tetkino", "ru", "asserted")},
    ),
    (
        "Після запеклих боїв ворог вибитий з Роботиного.",
        "ua",
        {"robotyne": "Роботиного"},
        {("capture", "robotyne", "ua", "asserted")},
    ),
    # a Ukrainian passive participle is a passive too (an adjective marked pssv in the uk
    # dictionary): its subject is driven out
    (
        "Ворог вибитий з Роботиного.",
        "ua",
        {"robotyne": "Роботиного"},
        {("capture", "robotyne", "ua", "asserted")},
    ),
    # pushing on at the place named right after, a side named
    (
        "Кацапи знову пруть на Степногірськ і Малу Токмачку.",
        "ua",
        {"stepnohirsk": "Степногірськ", "mala-tokmachka": "Малу Токмачку"},
        {
            ("advance", "stepnohirsk", "ru", "asserted"),
            ("advance", "mala-tokmachka", "ru", "asserted"),
        },
    ),
    (
        "Укры опять прут на Работино толпой, без техники.",
        "ru",
        {"robotyne": "Работино"},
        {("advance", "robotyne", "ua", "asserted")},
    ),
    (
        "Ворог пре на Покровськ з трьох боків.",
        "ua",
        {"pokrovsk": "Покровськ"},
        {("advance", "pokrovsk", "ru", "asserted")},
    ),
    (
        "Кацапы опять прут на Степногорск.",
        "ua",
        {"stepnohirsk": "Степногорск"},
        {("advance", "stepnohirsk", "ru", "asserted")},
    ),
    # no side: people, not troops
    (
        "Люди прут на базар у Запоріжжі з самого ранку.",
        "ua",
        {"zaporizhzhia": "Запоріжжі"},
        set(),
    ),
    # Ukrainian shelling slang, a side named
    (
        "Кацапи з лівого берега насипають по Корабельному району.",
        "ua",
        {"korabelnyi-district": "Корабельному району"},
        {("strike", "korabelnyi-district", "ru", "asserted")},
    ),
    (
        "Ворог насипає по Херсону з Олешок.",
        "ua",
        {"kherson": "Херсону"},
        {("strike", "kherson", "ru", "asserted")},
    ),
    # a score, a share, a trip: no troops, no place right after «по»
    ("Наше Динамо насипало по повній Шахтарю у Києві.", "ua", {"kyiv": "Києві"}, set()),
    (
        "Ми насипали по пакету гуманітарки кожній родині у Херсоні.",
        "ua",
        {"kherson": "Херсоні"},
        set(),
    ),
    ("Наші фанати пруть на Львів на матч збірної.", "ua", {"lviv": "Львів"}, set()),
    ("Мы прём на Ростов на фестиваль, кто с нами?", "ru", {"rostov": "Ростов"}, set()),
    ("Ивовый прут на Кубани россияне режут осенью.", "ru", {"kuban": "Кубани"}, set()),
    # «перегруппировка» is the euphemism for a Russian pull-back, unless a side is named
    (
        "Три года назад была та самая «перегруппировка» — Балаклея, Изюм, Купянск.",
        "ru",
        {"balakliia": "Балаклея", "izium": "Изюм", "kupiansk": "Купянск"},
        {
            ("withdrawal", "balakliia", "ru", "asserted"),
            ("withdrawal", "izium", "ru", "asserted"),
            ("withdrawal", "kupiansk", "ru", "asserted"),
        },
    ),
    (
        "ВСУ провели перегруппировку под Купянском.",
        "ru",
        {"kupiansk": "Купянском"},
        {("withdrawal", "kupiansk", "ua", "asserted")},
    ),
    # a place between two dashes names the noun before them, the subject after
    (
        "Последний населённый пункт района — Тёткино — был освобождён.",
        "ru",
        {"tetkino": "Тёткино"},
        {("capture", "tetkino", "ru", "asserted")},
    ),
    (
        "Ещё одно село — Роботино — взято нашими штурмовиками.",
        "ru",
        {"robotyne": "Роботино"},
        {("capture", "robotyne", "ru", "asserted")},
    ),
    # a Ukrainian passive of losing: the place lost is the enemy's («втрачене» has its
    # adjective as its lemma)
    (
        "Покровськ фактично втрачений, ворог у центрі.",
        "ua",
        {"pokrovsk": "Покровськ"},
        {("capture", "pokrovsk", "ru", "asserted")},
    ),
    (
        "Ще одне місто — Покровськ — фактично втрачене, ворог уже в центрі.",
        "ua",
        {"pokrovsk": "Покровськ"},
        {("capture", "pokrovsk", "ru", "asserted")},
    ),
    # a place left without water is no place lost (the strike stays)
    (
        "Після удару ворога Херсон залишений без води.",
        "ua",
        {"kherson": "Херсон"},
        {("strike", "kherson", "ru", "asserted")},
    ),
    ("Телефон втрачений у Херсоні, прохання повернути.", "ua", {"kherson": "Херсоні"}, set()),
    # an assault operation, counterattacks (the side named)
    (
        "Наші десантники провели успішну штурмову операцію поблизу Роботиного.",
        "ua",
        {"robotyne": "Роботиного"},
        {("advance", "robotyne", "ua", "asserted")},
    ),
    (
        "Сили оборони провели серію контратак на Борівському напрямку.",
        "ua",
        {"borova": "Борівському напрямку"},
        {("advance", "borova", "ua", "asserted")},
    ),
    # a counterattack with no side named is the defenders' own in a Ukrainian update
    (
        "Підрозділи бригади провели штурмову операцію біля Роботиного.",
        "ua",
        {"robotyne": "Роботиного"},
        {("advance", "robotyne", "ua", "asserted")},
    ),
    ("Поліція провела штурмову операцію в Одесі.", "ua", {"odesa": "Одесі"}, set()),
    (
        "За тиждень підрозділи бригади провели кілька контратак біля Роботиного.",
        "ua",
        {"robotyne": "Роботиного"},
        {("advance", "robotyne", "ua", "asserted")},
    ),
    (
        "Ворог провів контратаку біля Роботиного.",
        "ua",
        {"robotyne": "Роботиного"},
        {("advance", "robotyne", "ru", "asserted")},
    ),
    # a firm's or a team's regrouping
    ("Перегруппировка активов холдинга в Москве завершена.", "ru", {"moscow": "Москве"}, set()),
    ("Перегруппировка «Спартака» в Москве перед матчем.", "ru", {"moscow": "Москве"}, set()),
    # «рашисты» and «орки» in a Ukrainian channel's Russian
    (
        "Рашисты обстреляли Никополь из артиллерии.",
        "ua",
        {"nikopol": "Никополь"},
        {("strike", "nikopol", "ru", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "side", "places", "expected"), CASES)
def test_claims(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected
