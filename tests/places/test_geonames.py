"""GeoNames import: the real 19-column format, filtering, alternate names, and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import PlacesFile
from monitor.errors import ImportFileError, UsageError
from monitor.places.gazetteer import Gazetteer
from monitor.places.geonames import import_geonames
from monitor.places.matcher import PlaceMatcher


def geo_row(
    gid: str,
    name: str,
    alternates: str,
    lat: str,
    lon: str,
    code: str,
    cc: str,
    admin1: str,
    population: str = "300",
) -> str:
    cols = [
        gid,
        name,
        name,
        alternates,
        lat,
        lon,
        "P" if code.startswith("PPL") else "A",
        code,
        cc,
        "",
        admin1,
        "",
        "",
        "",
        population,
        "",
        "150",
        "Europe/Moscow",
        "2024-01-01",
    ]
    assert len(cols) == 19
    return "\t".join(cols)


DUMP = (
    "\n".join(
        [
            geo_row(
                "9990001", "Zarechnoye", "Zarechnoe,Заречное", "51.2", "35.3", "PPL", "RU", "41"
            ),
            geo_row(
                "9990002",
                "Ivashkovsky",
                "Ivashkovskiy,Ивашковский",
                "51.3",
                "35.1",
                "PPL",
                "RU",
                "41",
            ),
            geo_row("9990003", "Belgorodka", "Белгородка", "50.6", "36.5", "PPL", "RU", "09"),
            geo_row("9990004", "Dnistrovka", "Dnistrovka", "50.9", "34.7", "PPL", "UA", "21"),
        ]
    )
    + "\n"
)
ALTERNATES = "1\t9990004\tuk\tДністрівка\t1\t\t\t\t\t\n2\t9990004\tru\tДнестровка\t\t\t\t\t\t\n"


def test_import_filters_by_country_and_admin1(tmp_path: Path) -> None:
    dump = tmp_path / "RU.txt"
    dump.write_text(DUMP, encoding="utf-8")
    target = import_geonames(dump, tmp_path / "gazetteer", "RU", "41")
    gaz = Gazetteer.load(PlacesFile(), tmp_path / "gazetteer")
    imported = {p.name_en: p for p in gaz.places.values() if p.source.startswith("import")}
    assert set(imported) == {"Zarechnoye", "Ivashkovsky"}
    assert imported["Zarechnoye"].name_ru == "Заречное"
    assert imported["Zarechnoye"].oblast == "Kursk Oblast"
    assert target.name == "geonames-ru-41.tsv"
    matcher = PlaceMatcher.load(gaz, tmp_path / "cache")
    found = matcher.find("Бои у Заречного Курской области")
    assert [m.surface for m in found] == ["Заречного", "Курской области"]


def test_import_with_alternate_names(tmp_path: Path) -> None:
    dump = tmp_path / "UA.txt"
    dump.write_text(DUMP, encoding="utf-8")
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text(ALTERNATES, encoding="utf-8")
    import_geonames(dump, tmp_path / "gaz", "UA", "21", alternates)
    gaz = Gazetteer.load(PlacesFile(), tmp_path / "gaz")
    place = next(p for p in gaz.places.values() if p.source.startswith("import"))
    assert (place.name_uk, place.name_ru, place.name_en) == (
        "Дністрівка",
        "Днестровка",
        "Dnistrivka",
    )


def test_broken_row_names_the_line_and_writes_nothing(tmp_path: Path) -> None:
    lines = DUMP.splitlines()
    lines.insert(2, "9990009\tBroken\tBroken\t\t51.0")
    dump = tmp_path / "RU.txt"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"line 3: expected 19 tab-separated columns"):
        import_geonames(dump, tmp_path / "gazetteer", "RU", "41")
    assert not (tmp_path / "gazetteer").exists()


def test_bad_coordinate_is_reported(tmp_path: Path) -> None:
    dump = tmp_path / "RU.txt"
    dump.write_text(DUMP.replace("51.2\t35.3", "north\t35.3"), encoding="utf-8")
    with pytest.raises(ImportFileError, match="line 1: bad number"):
        import_geonames(dump, tmp_path / "gazetteer", "RU", None)


def test_nothing_matching_is_a_usage_error(tmp_path: Path) -> None:
    dump = tmp_path / "RU.txt"
    dump.write_text(DUMP, encoding="utf-8")
    with pytest.raises(UsageError, match="no places"):
        import_geonames(dump, tmp_path / "gazetteer", "RU", "77")
