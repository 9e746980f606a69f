"""A town of Russia known only from GeoNames counts where it labels a line of war news in a post
that names its region, even in parentheses before the colon («Торопец (Тверская область):
ночью атака БПЛА»), and not as a caption of anything else nor where the region is not named (a
namesake at the front may be meant: «Первомайск (ЛНР):»); Saur-Mohyla is a place; refineries
are named «X refinery».
Through the real analyzer and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer


def _places(analyzer: Analyzer, text: str) -> set[str]:
    mentions, _ = analyzer.analyze(text, "ru")
    return {analyzer.gazetteer.places[m.place_key].name_en for m in mentions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кстово (Нижегородская обл.) — ночью атака дронов на НПЗ.", "Kstovo"),
        ("💥 **Торопец (Тверская область)**: ночью атака БПЛА по арсеналу.", "Toropets"),
        ("Урюпинск (Волгоградская область): ночью беспилотник атаковал нефтебазу.", "Uryupinsk"),
        ("Мемориал на Саур-Могиле восстановили к маю.", "Saur-Mohyla"),
        ("Опять прилёт по Рязанскому НПЗ.", "Ryazan refinery"),
    ],
)
def test_labelled_towns_landmarks_and_refineries(
    bundled_analyzer: Analyzer, text: str, expected: str
) -> None:
    assert expected in _places(bundled_analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a label of no war news; a caption of a zoo's animals
        "Торопец: в городе открыли новый сквер.",
        "Кунгур (Пермский край): в зоопарке родились котята.",
        # a label whose region is not named, or is another's: a namesake at the front may be meant
        "Александровск: ВСУ ударили по городу, ранены двое.",
        "Первомайск (ЛНР): ВСУ обстреляли город, повреждены дома.",
    ],
)
def test_towns_labelling_no_war_news_are_no_places(bundled_analyzer: Analyzer, text: str) -> None:
    found = _places(bundled_analyzer, text)
    assert not found & {"Toropets", "Kungur", "Aleksandrovsk", "Pervomaysk"}
