"""A side's adjective in the credit that ends a headline («Взрывы в Харькове, — украинские
СМИ») names whose media tell it, not who struck: the strike on a Ukrainian city is Russia's.
Not a side's forces after the dash («Удар по Белгороду — украинские дроны»). Through the real
analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Взрывы в Харькове, — украинские СМИ.", ("strike", "Kharkiv", "ru")),
        ("⚡️**Взрывы в Днепре, **— украинские паблики.\n\nПодписаться", ("strike", "Dnipro", "ru")),
        ("Взрывы в Курске — российские СМИ.", ("strike", "Kursk", "ua")),
    ],
)
def test_a_sides_media_credited_in_a_headline_is_no_actor(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)


def test_a_sides_forces_after_the_dash_still_act(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Удар по Белгороду — украинские дроны.", "ru")
    assert ("strike", "Belgorod", "ua") in found
