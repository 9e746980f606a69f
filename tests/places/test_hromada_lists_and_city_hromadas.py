"""An oblast administration's list of hromadas names each, however long it is and whichever
case its plural noun takes, in Ukrainian and in Russian («Хотінська, Юнаківська, …, Сумська
громади», «Марганецкая и Покровская громады», «Хотинская и Миропольская общины»); the hromada
of an oblast's centre is named with the oblast's adjective («Сумська громада» is Sumy's, not the
oblast). A hromada is reported as its seat, as an axis is its town. Through the real analyzer
and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer


def _places(analyzer: Analyzer, text: str, side: str) -> set[str]:
    mentions, _ = analyzer.analyze(text, side)
    return {analyzer.gazetteer.places[m.place_key].name_en for m in mentions}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Обстрілів зазнали Краснопільська, Хотінська, Юнаківська, Білопільська, "
            "Великописарівська та Сумська громади.",
            "ua",
            {
                "Krasnopillia",
                "Khotin",
                "Yunakivka",
                "Bilopillia",
                "Velyka Pysarivka",
                "Sumy",
            },
        ),
        (
            "Під обстрілом опинились Юнаківська та Миропільська громади.",
            "ua",
            {"Yunakivka", "Myropillia"},
        ),
        ("Вночі ворог атакував Харківську громаду.", "ua", {"Kharkiv"}),
        (
            "Враг обстрелял Краснопольскую, Белопольскую и Миропольскую общины.",
            "ru",
            {"Krasnopillia", "Bilopillia", "Myropillia"},
        ),
        (
            "Под обстрелом оказались Никополь, Марганецкая и Покровская громады.",
            "ua",
            {"Nikopol", "Marhanets"},
        ),
    ],
)
def test_every_hromada_of_a_list(
    bundled_analyzer: Analyzer, text: str, side: str, expected: set[str]
) -> None:
    found = _places(bundled_analyzer, text, side)
    assert expected <= found
    assert "Sumy Oblast" not in found and "Myropil" not in found


def test_a_city_named_with_its_hromada_stays_the_city(bundled_analyzer: Analyzer) -> None:
    found = _places(bundled_analyzer, "м. Запоріжжя та Запорізька територіальна громада", "ua")
    assert found == {"Zaporizhzhia"}


@pytest.mark.parametrize(
    ("text", "side", "expected", "absent"),
    [
        # an apostrophe in an item does not end the list
        (
            "Обстрілів зазнали Бериславська, Дар'ївська та Білозерська громади.",
            "ua",
            {"Beryslav", "Bilozerka"},
            {"Bilozerske"},
        ),
        # a hyphenated seat's hromada is no hromada of its tail
        (
            "Обстрелам подверглись Семеновская и Новгород-Северская громады Черниговской области.",
            "ru",
            {"Chernihiv Oblast"},
            {"Siversk", "Novhorod"},
        ),
        # the axis named like the oblast stays the oblast's beside the city's hromada
        (
            "Херсонська громада: обстріл. На Херсонському напрямку противник намагався висадитись.",
            "ua",
            {"Kherson", "Kherson Oblast"},
            {"Kherson Raion"},
        ),
        # communities of people are no municipalities
        (
            "Харківська громада волонтерів зібрала кошти на дрони.",
            "ua",
            set(),
            {"Kharkiv"},
        ),
        (
            "Сумська та Полтавська громади переселенців отримали допомогу.",
            "ua",
            set(),
            {"Sumy", "Poltava"},
        ),
    ],
)
def test_hromadas_read_no_further_than_they_go(
    bundled_analyzer: Analyzer, text: str, side: str, expected: set[str], absent: set[str]
) -> None:
    found = _places(bundled_analyzer, text, side)
    assert expected <= found
    assert not found & absent


def test_an_attack_on_a_hromada_is_a_strike(bundled_analyzer: Analyzer) -> None:
    _, claims = bundled_analyzer.analyze("Ворог атакував Сумську та Білопільську громади.", "ua")
    assert {c.claim_type for c in claims} == {"strike"}
    assert {c.place_key for c in claims} == {"sumy", "bilopillia"}


def test_a_seat_and_its_hromada_struck_together_are_one_claim(bundled_analyzer: Analyzer) -> None:
    mentions, claims = bundled_analyzer.analyze(
        "Ворог обстріляв Білопілля та Білопільську громаду.", "ua"
    )
    assert {m.place_key for m in mentions} == {"bilopillia"}
    assert [(c.claim_type, c.place_key) for c in claims] == [("strike", "bilopillia")]
    hromada = next(m for m in mentions if "громад" in m.surface)
    assert "hromada" in hromada.reason


def test_the_claims_know_a_hromadas_key_as_the_gazetteer_makes_it() -> None:
    from monitor.claims.kinds import HROMADA_KEY
    from monitor.places.gazetteer import HROMADA_SUFFIX

    assert HROMADA_KEY == HROMADA_SUFFIX
