"""The victims and the damage an attack leaves may open the paragraph after it: «Ворог вдарив
по X.\\n\\nПоранено двох людей» puts the wounded at X, as within one paragraph; a paragraph that
names no attack before it does not. Through the real analyzer and the bundled config; every
sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Вечером противник нанёс ракетный удар по Рыльску.\n\nПо предварительной информации, "
         "пострадали четыре человека. Повреждены несколько домов в Рыльском районе.", "ru",
         ("casualties", "Rylsk", "ua")),
        ("Вранці ворог вдарив ракетою по Краматорську.\n\nПоранено шестеро людей.", "ua",
         ("casualties", "Kramatorsk", "ru")),
        ("Сегодня ВСУ нанесли удар по рынку в Кировском районе Донецка.\n\nПо предварительным "
         "данным, погибли 25 мирных жителей.\n\nОбъявлен траур в ДНР.", "ru",
         # (the city's district the strike hit, which the city after it qualifies)
         ("casualties", "Kirovskyi District (Donetsk)", "ua")),
    ],
)  # fmt: skip
def test_the_toll_opens_the_next_paragraph(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_a_toll_after_a_peaceful_paragraph_is_not_the_attack_s(bundled_analyzer: Analyzer) -> None:
    text = "В Курске открыли новый парк.\n\nПострадали два человека в ДТП на трассе."
    assert not claims_of(bundled_analyzer, text, "ru")


def test_a_digest_s_next_item_is_its_own(bundled_analyzer: Analyzer) -> None:
    text = "⚡️ВСУ атаковали Курчатов.\n\n⚡️В результате пожара на рынке погибли три человека."
    assert not [c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "casualties"]
