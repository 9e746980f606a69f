"""A town's name that names something else: a street named after a person in full («по улице
Пальмиро Тольятти»), a river after its noun («по реке Уфе»), where the gazetteer lacks the river,
and a river «на» + locative («на Днепре уничтожен катер»), where a town of its name takes «в».
Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Взрыв в доме по улице Пальмиро Тольятти в Пятигорске.", ["pyatigorsk"]),
        ("ДТП на проспекте Маршала Жукова в Курске, пострадал водитель.", ["kursk"]),
        ("Ремонт на ул. А. Невского, Белгород.", ["belgorod"]),
        ("Обстріл на вулиці Героїв Харкова в Сумах.", ["sumy"]),
        # a lower-case word between: the street is not the name's
        ("ВСУ обстреляли окраину. На улице возле Курска упал дрон.", ["kursk"]),
        # a surname between: the street's own name, the city after it
        ("На проспекте Ленина Запорожья вспыхнул пожар после удара.", ["zaporizhzhia"]),
    ],
)
def test_a_street_named_after_a_person(keys: Keys, text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Рыбак провалился под лёд на реке Уфе.", []),
        ("Мужчина утонул в речке Ишим под Омском.", ["omsk"]),
        ("Рибалки знайшли тіло в річці Уфі.", []),
        # a river the gazetteer holds is the river
        ("ВСУ пытались переправиться через реку Сейм.", ["seym-river"]),
        # the town itself, with no river's noun before it
        ("Беспилотник атаковал нефтезавод в Уфе.", ["ufa"]),
    ],
)
def test_a_river_after_its_noun(keys: Keys, text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кроме того, на Днепре уничтожен катер с десантом.", ["dnipro-river"]),
        ("Ворог атакував човни на Дніпрі.", ["dnipro-river"]),
        ("Бои на Осколе не стихают.", ["oskil-river"]),
        # the city takes «в» / «у»
        ("В Днепре прогремели взрывы.", ["dnipro"]),
        ("У Дніпрі лунають вибухи.", ["dnipro"]),
    ],
)
def test_on_the_river(keys: Keys, text: str, expected: list[str]) -> None:
    assert keys(text) == expected
