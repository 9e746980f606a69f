"""The verb «окупувати / оккупировать» is the occupier's act on either side's channel
(«Повністю окуповано Карпівку» is Russia's, «ВСУ оккупировали Суджу» Ukraine's), and positions
restored are the defender's («відновлено положення поблизу X» in a Ukrainian front update is
Ukraine's, not the attacker's). Through the real analyzer and the bundled config; every text is
written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Повністю окуповано Карпівку на Лиманському напрямку.",
            "ua",
            ("capture", "Karpivka", "ru"),
        ),
        ("За тиждень окуповано Новоолександрівку.", "ua", ("capture", "Novooleksandrivka", "ru")),
        ("ВСУ оккупировали Суджу в августе.", "ru", ("capture", "Sudzha", "ua")),
        ("Відновлено положення поблизу Нового Шахового.", "ua", ("advance", "Nove Shakhove", "ua")),
        (
            "Водночас Сили оборони відновили положення поблизу Полтавки Донецької області.",
            "ua",
            ("advance", "Poltavka", "ua"),
        ),
        ("Противник восстановил положение у Тёткино.", "ru", ("advance", "Tyotkino", "ua")),
    ],
)
def test_the_occupier_and_the_defender(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_occupied_territory_is_the_oblasts(bundled_analyzer: Analyzer) -> None:
    """The territory the participle qualifies is occupied, not the town before it: an advance
    (the occupied part of an oblast) for the oblast, no capture of the town."""
    text = (
        "Уражено пункт управління БпЛА в районі Олешок на тимчасово окупованій території "
        "Херсонської області."
    )
    found = claims_of(bundled_analyzer, text, "ua")
    assert ("advance", "Kherson Oblast", "ru") in found
    assert not any(kind == "capture" for kind, _, _ in found)
