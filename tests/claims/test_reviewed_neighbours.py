"""Neighbours of this round's rules that a reviewer found them taking: a jet plane is no jet
drone, a market regains no positions, drones handed over «для роботи» strike nothing, another
brigade arriving is no weapon, towns freed «российскими военными» stay taken while soldiers
freed from captivity take nothing, an attempt to occupy is an assault, «накатили по нашим …
кассетами» is a strike, and an item of a shelling report without a place of its own lets the
damage before it reach the next item. Through the real analyzer and the bundled config; every
text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "kind", "place"),
    [
        ("Реактивный самолет Су-34 над Белгородом выполнил задачу.", "ru", "strike", "Belgorod"),
        ("Реактивный гул над Курском — это наши истребители.", "ru", "strike", "Kursk"),
        ("Бизнес в Курске восстановил позиции на рынке.", "ru", "advance", "Kursk"),
        (
            "Волонтери з Дніпра передали бригаді 50 FPV-дронів для роботи під Покровськом.",
            "ua",
            "strike",
            "Pokrovsk",
        ),
        (
            "Шахеди атакували Суми. Ще одна бригада ЗСУ прибула на Харківщину.",
            "ua",
            "strike",
            "Kharkiv Oblast",
        ),
    ],
)
def test_no_claim_of_that_kind_there(
    bundled_analyzer: Analyzer, text: str, side: str, kind: str, place: str
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert not any(k == kind and p == place for k, p, _ in found)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "В освобожденных российскими военными Новоселовке и Красном начали разминирование.",
            "ru",
            ("capture", "Krasnoye", "ru"),
        ),
        (
            "Ворог намагається окупувати Покровськ, бої тривають на околицях.",
            "ua",
            ("advance", "Pokrovsk", "ru"),
        ),
        ("Хохлы накатили по нашим у Торецка кассетами.", "ru", ("strike", "Toretsk", "ua")),
        (
            "Обстріл Херсона: пошкоджено лікарню; у Корабельному районі поранено двох людей.",
            "ua",
            ("strike", "Korabelnyi District (Kherson)", "ru"),
        ),
    ],
)
def test_the_claim_stays(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)
