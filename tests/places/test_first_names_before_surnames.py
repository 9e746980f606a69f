"""A first name that is also a town before a surname is a person even where the surname is a
place's name too («Владимир Рогов», «Владимир Чернов»); a town before its region stays the town
(«возле города Талдом Московской области»), and so does a two-word name («Белая Дача»).
Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    "text",
    [
        "заявил ТАСС член совета Владимир Рогов.",
        "Перелёт выполнял КВС Владимир Чернов.",
        "Его заместитель Владимир Якушев получил 7 лет.",
    ],
)
def test_a_first_name_before_a_surname_is_a_person(keys: Keys, text: str) -> None:
    assert "vladimir" not in keys(text)


def test_a_town_before_its_region_stays(keys: Keys) -> None:
    found = keys("Охотников расстреляли возле города Талдом Московской области.")
    assert "taldom" in found and "moscow-oblast" in found
