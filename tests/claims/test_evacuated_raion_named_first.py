"""An evacuation announced in a raion named first is the raion's («В Купянском районе
Харьковской области объявлена обязательная эвакуация семей …»): a raion's adjective the
dictionary lacks does not make «в … районе» a destination, while people taken «в Купянский
район» went there. Through the real analyzer and the bundled config; every text is written for
the test."""

from __future__ import annotations

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


def test_an_evacuation_in_a_raion_named_first(bundled_analyzer: Analyzer) -> None:
    text = (
        "В Купянском районе Харьковской области объявлена обязательная эвакуация семей с "
        "детьми из 11 населённых пунктов."
    )
    assert ("evacuation", "Kupiansk Raion", "ua") in claims_of(bundled_analyzer, text, "ua")


def test_people_taken_to_a_raion_evacuate_nothing_there(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Жителей эвакуируют в Купянский район.", "ua")
    assert not any(kind == "evacuation" and p == "Kupiansk Raion" for kind, p, _ in found)
