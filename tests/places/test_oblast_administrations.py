"""An oblast's adjective before its administration's abbreviation («ОВА», «ОДА») names the
oblast wherever it stands, in an official's signature too («— Володимир Артюх, очільник
Сумської ОВА»). Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("— Олег Синєгубов, очільник Харківської ОВА", ["kharkiv-oblast"]),
        ("Голова Запорізької ОДА Іван Федоров повідомив про обстріл.", ["zaporizhzhia-oblast"]),
        ("За даними Сумської ОВА, вночі було тихо.", ["sumy-oblast"]),
        ("Начальник Херсонской ОВА заявил об эвакуации.", ["kherson-oblast"]),
        (
            "Пресс-служба Днепропетровской облгосадминистрации сообщила о пожаре.",
            ["dnipropetrovsk-oblast"],
        ),
    ],
)
def test_an_oblasts_administration_names_the_oblast(
    keys: Keys, text: str, expected: list[str]
) -> None:
    assert keys(text, "ua") == expected


@pytest.mark.parametrize(
    "text",
    [
        # no administration after it: a capitalised adjective alone is no oblast
        "Голова Харківської футбольної федерації подав у відставку.",
        "Директор Сумської гімназії привітав випускників.",
    ],
)
def test_other_capitalised_adjectives_stay_unread(keys: Keys, text: str) -> None:
    assert keys(text, "ua") == []
