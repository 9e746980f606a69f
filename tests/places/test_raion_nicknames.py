"""The «-щина» names of raions (tools/gazetteer_src/raion_nicknames.txt): oblast administrations
and the press name the raions of the front by them as they name oblasts by «Сумщина»
(sentences written for these tests, not gold or corpus posts)."""

from __future__ import annotations

import pytest

from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    ("text", "side", "key"),
    [
        ("Ворог атакував Нікопольщину дронами.", "ua", "nikopol-raion"),
        ("На Синельниківщині пошкоджено приватні будинки.", "ua", "synelnykove-raion"),
        ("Обстрел Купянщины не прекращается вторые сутки.", "ru", "kupiansk-raion"),
        ("Армія РФ гатила по Куп'янщині з артилерії.", "ua", "kupiansk-raion"),
        ("Вечером прилёты по Никопольщине.", "ru", "nikopol-raion"),
        ("Ситуація на Покровщині залишається складною.", "ua", "pokrovsk-raion"),
        ("Шахеды над Бериславщиной.", "ru", "beryslav-raion"),
    ],
)
def test_a_raion_is_named_by_its_colloquial_name(
    keys: Keys, text: str, side: str, key: str
) -> None:
    assert key in keys(text, side)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Вибухи на Харківщині та Сумщині.", "kharkiv-oblast"),
        ("Вибухи на Харківщині та Сумщині.", "sumy-oblast"),
    ],
)
def test_an_oblast_keeps_its_own_colloquial_name(keys: Keys, text: str, key: str) -> None:
    assert key in keys(text, "ua")
    assert not {"kharkiv-raion", "sumy-raion"} & set(keys(text, "ua"))


def test_a_village_named_like_a_raion_keeps_its_name(keys: Keys) -> None:
    """Василівщина is a village on Sumy Oblast's border, not Vasylivka Raion's nickname."""
    assert keys("Ворог обстріляв Василівщину, пошкоджено будинки.", "ua") == ["vasylivshchyna"]
