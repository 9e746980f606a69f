"""The bridge to Crimea goes by the name the labelling conventions give it («Kerch bridge»:
the gold README's named facilities), the other English name kept as an alternative.
Paraphrases written for these tests, not gold posts."""

from __future__ import annotations

import pytest

from monitor.places.gazetteer import Gazetteer
from tests.seed_matcher import Keys


def test_the_bridge_is_named_as_the_conventions_name_it(seed_gazetteer: Gazetteer) -> None:
    assert seed_gazetteer.places["kerch-bridge"].name_en == "Kerch Bridge"
    assert "Crimean Bridge" in seed_gazetteer.names["kerch-bridge"].en


@pytest.mark.parametrize(
    "text",
    [
        "Ночью снова атаковали Крымский мост.",
        "Движение по Керченскому мосту перекрыто.",
        "Рух Кримським мостом тимчасово зупинено.",
        "Drones were shot down near the Crimean Bridge.",
        "Traffic on the Kerch Bridge was halted.",
    ],
)
def test_every_name_of_the_bridge_is_the_bridge(keys: Keys, text: str) -> None:
    assert keys(text) == ["kerch-bridge"]


def test_the_city_alone_is_the_city(keys: Keys) -> None:
    assert keys("В Керчи слышны взрывы.") == ["kerch"]
