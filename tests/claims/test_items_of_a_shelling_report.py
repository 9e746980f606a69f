"""An oblast administration's report lists its towns as items («🔹Краматорський район: у
Костянтинівці загинула 1 людина, пошкоджено 5 будинків; у Дружківці …»): the damage told in an
item is its own town's, not the next item's across the semicolon, whatever the victims'
predicate between. Through the real analyzer and the bundled config; every text is written for
the test."""

from __future__ import annotations

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of

REPORT = (
    "За добу зафіксовано 1 800 обстрілів населених пунктів області.\n\n"
    "🔹Краматорський район: у Слов'янську загинула 1 людина, пошкоджено 3 будинки; "
    "у Дружківці поранено 2 людей, пошкоджено школу; у Краматорську пошкоджено адмінбудівлю.\n"
    "🔹Бахмутський район: у Сіверську загинула 1 людина, пошкоджено 2 будинки."
)


def test_each_item_keeps_its_damage(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, REPORT, "ua")
    struck = {place for kind, place, _ in found if kind == "strike"}
    assert {"Sloviansk", "Druzhkivka", "Kramatorsk", "Siversk"} <= struck
    hurt = {place for kind, place, _ in found if kind == "casualties"}
    assert {"Sloviansk", "Druzhkivka", "Siversk"} <= hurt


def test_damage_does_not_cross_a_semicolon(bundled_analyzer: Analyzer) -> None:
    text = (
        "Після обстрілу: у Костянтинівці загинула 1 людина, пошкоджено 5 будинків; "
        "у Дружківці загинула 1 людина."
    )
    found = claims_of(bundled_analyzer, text, "ua")
    assert ("strike", "Kostiantynivka", "ru") in found
    # Druzhkivka was struck where its dead were (`victims.struck_where_hurt`), not by the damage
    # told of Kostiantynivka before the semicolon
    _, claims = bundled_analyzer.analyze(text, "ua")
    names = bundled_analyzer.gazetteer.places
    evidence = [
        c.evidence
        for c in claims
        if c.claim_type == "strike" and c.place_key and names[c.place_key].name_en == "Druzhkivka"
    ]
    assert all("пошкоджено" not in e for e in evidence)


def test_a_russian_governor_line_too(bundled_analyzer: Analyzer) -> None:
    text = "После обстрела: в Шебекино ранен мужчина, повреждены три дома."
    found = claims_of(bundled_analyzer, text, "ru")
    assert ("strike", "Shebekino", "ua") in found
