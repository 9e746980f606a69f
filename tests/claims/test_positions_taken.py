"""Positions, trenches and dugouts near a place are ground near it, not the place: taking them
is an advance there, and a side named after them owns them (it suffers). Every text is a
paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from monitor.config import load_settings
from tests.claims.extracting import Claim, claims, extractor_over

Case = tuple[str, str, dict[str, str], set[Claim]]

PLACES = {
    "andriivka": ("village", "UA"),
    "belgorod": ("city", "RU"),
    "olgovka": ("village", "RU"),
    "strilecha": ("village", "UA"),
    "pylna": ("village", "UA"),
    "illinka": ("village", "UA"),
    "novoselydivka": ("village", "UA"),
    "leninsky": ("village", "RU"),
    "viktorovka": ("village", "RU"),
    "robotyne": ("village", "UA"),
    "vuhledar": ("town", "UA"),
    "verbove": ("village", "UA"),
    "kupiansk": ("town", "UA"),
}

CASES: list[Case] = [
    (
        "Захватили окопы противника севернее Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("advance", "robotyne", "ru", "asserted")},
    ),
    (
        "Наши взяли позиции ВСУ под Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("advance", "robotyne", "ru", "asserted")},
    ),
    (
        "Под Угледаром ВСУ пытаются отбить позиции.",
        "ru",
        {"vuhledar": "Угледаром"},
        {("advance", "vuhledar", "ua", "asserted")},
    ),
    (
        "Противник занял наши окопы у Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("advance", "robotyne", "ua", "asserted")},
    ),
    (
        "Сили оборони зайняли бліндажі ворога біля Роботиного.",
        "ua",
        {"robotyne": "Роботиного"},
        {("advance", "robotyne", "ua", "asserted")},
    ),
    (
        "Ворог захопив траншеї біля Вербового.",
        "ua",
        {"verbove": "Вербового"},
        {("advance", "verbove", "ru", "asserted")},
    ),
    # the side after a passive between is the passive's agent, not the ground's owner
    (
        "Ещё три опорника взяты подразделениями ВС РФ под Купянском.",
        "ru",
        {"kupiansk": "Купянском"},
        {("advance", "kupiansk", "ru", "asserted")},
    ),
    # the place before a passive of «взять» was taken, in a post that names a side
    (
        "Работино взято! Наши штурмовики молодцы.",
        "ru",
        {"robotyne": "Работино"},
        {("capture", "robotyne", "ru", "asserted")},
    ),
    (
        "Роботине взято нашими штурмовиками.",
        "ua",
        {"robotyne": "Роботине"},
        {("capture", "robotyne", "ua", "asserted")},
    ),
    (
        "Под Купянском взяты три опорника ВСУ.",
        "ru",
        {"kupiansk": "Купянском"},
        {("advance", "kupiansk", "ru", "asserted")},
    ),
    # a list after the passive, or before it across a dash
    (
        "Наши вошли в Работино. Взяты Стрелечья и Пильная.",
        "ru",
        {"robotyne": "Работино", "strilecha": "Стрелечья", "pylna": "Пильная"},
        {
            ("advance", "robotyne", "ru", "asserted"),
            ("capture", "strilecha", "ru", "asserted"),
            ("capture", "pylna", "ru", "asserted"),
        },
    ),
    (
        "Итоги недели: Ильинка, Новоселидовка — взяты. Наши парни молодцы.",
        "ru",
        {"illinka": "Ильинка", "novoselydivka": "Новоселидовка"},
        {("capture", "illinka", "ru", "asserted"), ("capture", "novoselydivka", "ru", "asserted")},
    ),
    # «всё наше» after a list, home ground included
    (
        "Хорошо пошли наши: Ленинский, Викторовка — всё наше за двое суток.",
        "ru",
        {"leninsky": "Ленинский", "viktorovka": "Викторовка"},
        {("capture", "leninsky", "ru", "asserted"), ("capture", "viktorovka", "ru", "asserted")},
    ),
    (
        "Ленинский, Викторовка — всё наше не будет никогда.",
        "ru",
        {"leninsky": "Ленинский", "viktorovka": "Викторовка"},
        set(),
    ),
    # no side named in the post; a case taken under supervision; a ring is an encirclement
    ("Купянск взят.", "ru", {"kupiansk": "Купянск"}, set()),
    (
        "В Купянске дело взято на контроль прокуратурой, сообщили ВСУ.",
        "ru",
        {"kupiansk": "Купянске"},
        set(),
    ),
    # «наш» at home: a village taken back is news, a home city is not
    (
        "Андріївка — наша! Слава Збройним силам.",
        "ua",
        {"andriivka": "Андріївка"},
        {("capture", "andriivka", "ua", "asserted")},
    ),
    ("Ольговка наша!", "ru", {"olgovka": "Ольговка"}, {("capture", "olgovka", "ru", "asserted")}),
    ("Белгород наш.", "ru", {"belgorod": "Белгород"}, set()),
    # the place itself, taken whole, stays a capture
    (
        "Наши освободили Работино, закрепились на позициях у Вербового.",
        "ru",
        {"robotyne": "Работино", "verbove": "Вербового"},
        {("capture", "robotyne", "ru", "asserted"), ("advance", "verbove", "ru", "asserted")},
    ),
]


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(("text", "side", "places", "expected"), CASES)
def test_positions_taken(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Работино взято нашими.", {("capture", "robotyne", "ru", "asserted")}),
        ("Наши войска Работино взяли.", set()),
        ("Взять Работино нашим войскам помешала погода.", set()),
        ("Взятие Работино наши войска отложили.", set()),
    ],
)
def test_passive_only_reads_participles(text: str, expected: set[Claim]) -> None:
    """The passive rule alone: its trigger stem («взят») counts only as a participle."""
    rules = load_settings().claims
    alone = rules.model_copy(
        update={"rules": [r for r in rules.rules if r.name.startswith("taken (the place")]}
    )
    assert len(alone.rules) == 1 and alone.rules[0].passive_only
    ex = ClaimExtractor(alone, extractor_over(PLACES)._targeting._lookup)
    assert claims(ex, text, {"robotyne": "Работино"}, "ru") == expected
