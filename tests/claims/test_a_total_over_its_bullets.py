"""A total told before bulleted lines that tell their own claims of its type is not theirs,
nor the other lines' (damage only): it stays with the region the post is about. Lines that
tell no claim of the type are the total's items, and a digest's header with no count keeps
its lines («Удар по энергетике.\n📍 Киев — прилёты …\n📍 Полтава — газодобыча»). Through
the real analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of

DETAILED = (
    "📌 Ситуація на Харківщині за добу\n\n"
    "Обстрілів зазнали 14 населених пунктів області. Загинула 1 людина, ще 5 поранені.\n"
    "▫️Чугуївський район: у смт Печеніги поранено 40-річного чоловіка.\n"
    "▫️Богодухівський район: у Золочеві пошкоджено магазин."
)


def test_a_detailed_total_stays_with_the_region(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, DETAILED, "ua")
    assert ("casualties", "Kharkiv Oblast", "ru") in found
    assert ("casualties", "Pechenihy", "ru") in found
    assert not {c for c in found if c[0] == "casualties" and c[1].endswith("Raion")}


def test_bullets_with_no_claim_of_their_own_are_the_totals_items(
    bundled_analyzer: Analyzer,
) -> None:
    text = (
        "Внаслідок обстрілів за добу поранено 6 людей.\n"
        "▫️Харківський район — 4\n"
        "▫️Чугуївський район — 2"
    )
    found = claims_of(bundled_analyzer, text, "ua")
    assert ("casualties", "Kharkiv Raion", "ru") in found
    assert ("casualties", "Chuhuiv Raion", "ru") in found


def test_a_digest_header_keeps_lines_beside_one_that_tells_its_own(
    bundled_analyzer: Analyzer,
) -> None:
    text = "Удар по энергетике этой ночью.\n📍 Харьков — прилёт по подстанции\n📍 Сумы — без света"
    assert ("strike", "Sumy", "ua") not in claims_of(bundled_analyzer, text, "ru")
    assert ("strike", "Sumy", "ru") in claims_of(bundled_analyzer, text, "ru")


def test_a_date_or_a_time_in_a_digests_header_is_no_total(bundled_analyzer: Analyzer) -> None:
    text = "Удар по энергетике 12 марта.\n📍 Харьков — прилёт по подстанции\n📍 Сумы — без света"
    assert ("strike", "Sumy", "ru") in claims_of(bundled_analyzer, text, "ru")
    text = "Станом на 07:00 ворог обстріляв громади.\n▫️Суми — влучання\n▫️Конотоп — без світла"
    assert ("strike", "Konotop", "ru") in claims_of(bundled_analyzer, text, "ua")


def test_a_line_that_counts_is_an_item_of_the_total(bundled_analyzer: Analyzer) -> None:
    text = (
        "ВСУ выпустили по региону 45 боеприпасов.\n▪️Шебекинский округ — 30 снарядов\n"
        "▪️Грайворонский округ — атака дрона, ранен мужчина"
    )
    assert ("strike", "Shebekinsky District", "ua") in claims_of(bundled_analyzer, text, "ru")
