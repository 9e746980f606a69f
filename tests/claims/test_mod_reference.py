"""The villages of the Russian Ministry of Defence's Kursk capture claims (../shared/data/reference,
facts with sources), each told in the Ministry's style and a blogger's, through the real analyzer:
the village is found in Kursk Oblast and carries a capture by Russia. The sentences are written
for the test; only the names come from the reference."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from monitor.analyzer import Analyzer
from monitor.config import load_settings

TEMPLATES = [
    "Подразделения группировки войск «Север» в ходе активных действий освободили населённый "
    "пункт {name} Курской области.",
    "Минобороны сообщило об освобождении населённого пункта {name} в Курской области.",
    "Наши штурмовики полностью зачистили населённый пункт {name} (Курская область), ВСУ отошли.",
]


# the Russian names of the rows the reference gives in English only (September 2024)
RUSSIAN_NAMES = {
    "Uspenovka": "Успеновка",
    "Borki": "Борки",
    "Apanasovka": "Апанасовка",
    "Byakhovo": "Бяхово",
    "Vishnevka": "Вишнёвка",
    "Viktorovka": "Викторовка",
    "Vnezapnoye": "Внезапное",
    "Gordeyevka": "Гордеевка",
    "Krasnooktyabrskoye": "Краснооктябрьское",
    "Obukhovka": "Обуховка",
    "Snagost": "Снагость",
    "10th October": "Десятый Октябрь",
}


def _villages(shared: Path) -> list[str]:
    with (shared / "reference" / "kursk_claims_reference.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    # rows with a Russian name; a parenthesis names another oblast («Новенькое (Сумская обл.)»)
    return sorted(
        {
            name
            for r in rows
            if (name := r["settlement_ru"] or RUSSIAN_NAMES[r["settlement_en"]]) and "(" not in name
        }
    )


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(load_settings())


def test_every_reference_village_is_a_russian_capture(
    shared_data: Path, analyzer: Analyzer
) -> None:
    gazetteer = analyzer.gazetteer
    villages = _villages(shared_data)
    assert len(villages) >= 38
    missed = []
    for name in villages:
        for template in TEMPLATES:
            text = template.format(name=name)
            mentions, found = analyzer.analyze(text, "ru")[:2]
            keys = {
                m.place_key
                for m in mentions
                if gazetteer.places[m.place_key].oblast == "Kursk Oblast"
                and re.sub("ё", "е", gazetteer.places[m.place_key].name_ru or "")
                == re.sub("ё", "е", name)
            }
            if not any(
                c.claim_type == "capture" and c.actor == "ru" and c.place_key in keys for c in found
            ):
                missed.append((text, [m.place_key for m in mentions], found))
    assert not missed, missed
