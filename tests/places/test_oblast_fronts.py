"""An oblast's front, capitalised as a name, is the oblast-wide fighting («на Запорожском
фронте», «На Курском фронте», «на Запорізькому фронті»), as the lowercase adjective and the
axis already were; a front of no oblast names nothing. Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    ("text", "oblast"),
    [
        ("На Запорожском фронте без изменений.", "zaporizhzhia-oblast"),
        ("На Курском фронте противник снова пытается атаковать.", "kursk-oblast"),
        ("На Запорізькому фронті ворог активізувався.", "zaporizhzhia-oblast"),
        ("Ситуация на Донецком фронте тяжёлая.", "donetsk-oblast"),
        ("на херсонском фронте тишина", "kherson-oblast"),
    ],
)
def test_an_oblast_front_is_the_oblast(keys: Keys, text: str, oblast: str) -> None:
    found = keys(text)
    assert oblast in found
    assert oblast.removesuffix("-oblast") not in found  # not the city of the name


def test_a_front_of_no_oblast_names_nothing(keys: Keys) -> None:
    assert keys("Новости с Южного фронта и Западного фронта.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Газета «Брянский фронт» вышла спецвыпуском.",
        "Маршал командовал Воронежским фронтом в 1943 году.",
        "Ветеран Ленинградского фронта отметил 100-летие.",
    ],
)
def test_fronts_of_other_wars_and_names_are_no_oblast(keys: Keys, text: str) -> None:
    assert not [k for k in keys(text) if k.endswith("-oblast")]
