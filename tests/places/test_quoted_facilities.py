"""A facility whose proper name stands in quotes, as news writes it, is the facility; the quote
is no reason to read the town instead or nothing at all. Paraphrases written for these tests,
not gold posts."""

from __future__ import annotations

import pytest

from monitor.places.quoted_names import quoted_forms
from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ВСУ атаковали аэродром «Морозовск» в Ростовской области.", "morozovsk-air-base"),
        ('Беспилотники пытались достать аэродром "Морозовск".', "morozovsk-air-base"),
        ("Сообщают о пожаре на аэродроме «Морозовск».", "morozovsk-air-base"),
        ("Уражено аеродром «Борисоглібськ» у Воронезькій області.", "borisoglebsk-air-base"),
        ("Вибухи лунали біля аеродрому “Борисоглібськ”.", "borisoglebsk-air-base"),
        ("Газоизмерительная станция «Суджа» повреждена.", "sudzha-gms"),
    ],
)
def test_a_quoted_proper_name_is_the_facility(keys: Keys, text: str, key: str) -> None:
    assert key in keys(text)


def test_the_town_alone_stays_the_town(keys: Keys) -> None:
    assert keys("В Морозовске прошел митинг.") == ["morozovsk"]


def test_only_the_proper_part_is_quoted() -> None:
    assert "аэродроме «морозовск»" in quoted_forms("аэродром Морозовск", ["аэродроме морозовск"])
    assert quoted_forms("Курская АЭС", ["курской аэс"]) == set()
    assert quoted_forms("аэродром Морозовск", ["аэродроме"]) == set()
