"""«По X работают ВКС»: the forces after the verb do the work (the place is its object with
«по»), and the air force, thermobaric launchers and bombs count as the weapons that make
«работать по» a strike; «затрёхсотило», «задвухсотили» are wounds and deaths. Through the real
analyzer and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Покровское направление. По Покровску работают ВКС.", ("strike", "Pokrovsk", "ru")),
        ("По Великой Новосёлке работают ТОСы, в посёлке горит.",
         ("strike", "Velyka Novosilka", "ru")),
        ("ВКС сегодня отработали КАБами по позициям ВСУ в Днепровском районе Херсона.",
         ("strike", "Dniprovskyi District (Kherson)", "ru")),
        ("По Белгороду с утра отработали хохлы из РСЗО.", ("strike", "Belgorod", "ua")),
        ("Наши артиллеристы отработали по позициям ВСУ в Работино.", ("strike", "Robotyne", "ru")),
    ],
)  # fmt: skip
def test_forces_at_work_on_a_place_strike_it(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Под Синьковкой по позициям прилетала «Баба-Яга», двоих наших затрёхсотило.",
         ("casualties", "Synkivka", "ua")),
        ("У Работино вчера двоих укров задвухсотило прилётом.", ("casualties", "Robotyne", "ru")),
        ("Под Кременной троих наших затрёхсотило.", ("casualties", "Kreminna", "ua")),
    ],
)  # fmt: skip
def test_slang_verbs_of_wounds_and_deaths_are_casualties(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Следователи работают по факту гибели пилота ВКС под Воронежем.",
        "По Белгороду работают коммунальщики, вертолёт МЧС тушит пожар.",
        "В Курске жители тоскуют по мирной жизни, работают по выходным.",
    ],
)
def test_people_at_work_strike_nothing(bundled_analyzer: Analyzer, text: str) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "strike"]
