"""Import places from a GeoNames dump (allCountries.txt, RU.txt, UA.txt, or a .zip of one).

The dump is the 19-column tab-separated GeoNames `geoname` table. Rows are filtered by country
and admin1 code and by feature class (P populated places, A administrative areas, H water,
S spots such as airfields); an optional `alternateNamesV2.txt` supplies the Russian and
Ukrainian names (else they are taken from the row's own alternate names, by script). The result
is written as one gazetteer TSV under `<data_dir>/gazetteer/`, which `Gazetteer.load` reads.
Every row is checked first: a bad row raises `ImportFileError` with its line number and
nothing is written.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from monitor.errors import ImportFileError, UsageError
from monitor.places.crossforms import ru_to_uk, uk_to_ru
from monitor.places.gazetteer import write_tsv
from monitor.places.translit import english_name


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


COLUMNS = 19
ADMIN1_NAMES = {
    ("RU", "41"): "Kursk Oblast",
    ("RU", "09"): "Belgorod Oblast",
    ("RU", "10"): "Bryansk Oblast",
    ("RU", "56"): "Oryol Oblast",
    ("RU", "86"): "Voronezh Oblast",
    ("RU", "61"): "Rostov Oblast",
    ("UA", "21"): "Sumy Oblast",
    ("UA", "07"): "Kharkiv Oblast",
    ("UA", "02"): "Chernihiv Oblast",
    ("UA", "05"): "Donetsk Oblast",
    ("UA", "14"): "Luhansk Oblast",
    ("UA", "26"): "Zaporizhzhia Oblast",
    ("UA", "04"): "Dnipropetrovsk Oblast",
    ("UA", "13"): "Kyiv Oblast",
    ("UA", "12"): "Kyiv",
}
_KINDS = {
    "PPLC": "city",
    "PPLA": "city",
    "PPLA2": "town",
    "PPLA3": "village",
    "PPL": "village",
    "PPLX": "village",
    "ADM1": "region",
    "ADM2": "district",
    "STM": "water",
    "RSV": "water",
    "AIRB": "facility",
    "AIRF": "facility",
    "AIRP": "facility",
}
_CYRILLIC = re.compile("[а-яёіїєґ]", re.IGNORECASE)
_UK_ONLY = re.compile("[іїєґ]", re.IGNORECASE)


@dataclass(slots=True)
class GeoRow:
    geonameid: str
    name: str
    alternates: list[str]
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str
    admin1: str
    population: int


@contextmanager
def _open_text(path: Path) -> Iterator[io.TextIOBase]:
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n]
            if not names:
                raise ImportFileError(str(path), "archive", "holds no .txt dump")
            with archive.open(names[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8")
        return
    with path.open(encoding="utf-8") as handle:
        yield handle


def _parse(line: str, number: int, file: str) -> GeoRow:
    cols = line.rstrip("\n").split("\t")
    if len(cols) != COLUMNS:
        raise ImportFileError(
            file, f"line {number}", f"expected {COLUMNS} tab-separated columns, found {len(cols)}"
        )
    try:
        lat, lon = float(cols[4]), float(cols[5])
        population = int(cols[14] or 0)
    except ValueError as exc:
        raise ImportFileError(file, f"line {number}", f"bad number: {exc}") from None
    if not cols[0].isdigit() or not cols[1]:
        raise ImportFileError(file, f"line {number}", "missing geonameid or name")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ImportFileError(file, f"line {number}", "coordinates out of range")
    return GeoRow(
        cols[0],
        cols[1],
        [a for a in cols[3].split(",") if a],
        lat,
        lon,
        cols[6],
        cols[7],
        cols[8],
        cols[10],
        population,
    )


def read_dump(path: Path, country: str, admin1: str | None) -> list[GeoRow]:
    """Every row of `path` in `country` (and `admin1`); raises on the first bad row."""
    rows = []
    with _open_text(path) as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            row = _parse(line, number, str(path))
            if row.country != country or (admin1 and row.admin1 != admin1):
                continue
            if row.feature_class in ("P", "A", "H", "S"):
                rows.append(row)
    return rows


def read_alternates(path: Path, ids: set[str]) -> dict[str, dict[str, str]]:
    """Preferred (else first) ru/uk names of `ids` from alternateNamesV2.txt."""
    found: dict[str, dict[str, tuple[bool, str]]] = {}
    with _open_text(path) as handle:
        for number, line in enumerate(handle, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4:
                raise ImportFileError(
                    str(path), f"line {number}", f"expected at least 4 columns, found {len(cols)}"
                )
            if cols[1] not in ids or cols[2] not in ("ru", "uk"):
                continue
            preferred = len(cols) > 4 and cols[4] == "1"
            old = found.setdefault(cols[1], {}).get(cols[2])
            if old is None or (preferred and not old[0]):
                found[cols[1]][cols[2]] = (preferred, cols[3])
    return {gid: {lang: value[1] for lang, value in names.items()} for gid, names in found.items()}


def _names(row: GeoRow, alternates: dict[str, str]) -> tuple[str, str]:
    cyrillic = [a for a in row.alternates if _CYRILLIC.search(a)]
    ru = alternates.get("ru") or next((a for a in cyrillic if not _UK_ONLY.search(a)), "")
    uk = alternates.get("uk") or next((a for a in cyrillic if _UK_ONLY.search(a)), "")
    if not uk and ru:
        uk = ru_to_uk(ru) if row.country == "RU" else ru
    if not ru and uk:
        ru = uk_to_ru(uk)
    return ru, uk


def to_rows(rows: list[GeoRow], alternates: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    out = []
    for row in rows:
        kind = _KINDS.get(row.feature_code)
        if kind is None and row.feature_class == "P":
            kind = "village"
        if kind is None:
            continue
        ru, uk = _names(row, alternates.get(row.geonameid, {}))
        name_en = english_name(uk, "uk") if row.country == "UA" and uk else row.name
        if kind == "village" and row.population >= 100000:
            kind = "city"
        out.append(
            {
                "key": f"{_slug(name_en)}-gn{row.geonameid}",
                "name_en": name_en,
                "name_ru": ru,
                "name_uk": uk,
                "kind": kind,
                "oblast": ADMIN1_NAMES.get((row.country, row.admin1), ""),
                "country": row.country,
                "lat": f"{row.lat:.5f}",
                "lon": f"{row.lon:.5f}",
                "alt_en": row.name,
                "source": f"import geonames {row.geonameid}",
            }
        )
    return out


def import_geonames(
    dump: Path,
    target_dir: Path,
    country: str,
    admin1: str | None,
    alternates_path: Path | None = None,
) -> Path:
    """Import `dump` into `target_dir/geonames-<country>[-<admin1>].tsv`; returns that path."""
    country = country.upper()
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise UsageError(f"--country must be a two-letter code, not {country!r}")
    rows = read_dump(dump, country, admin1)
    if not rows:
        raise UsageError(
            f"{dump}: no places with country {country}"
            + (f" and admin1 {admin1}" if admin1 else "")
        )
    alternates = (
        read_alternates(alternates_path, {r.geonameid for r in rows})
        if alternates_path is not None
        else {}
    )
    target = target_dir / f"geonames-{country.lower()}{'-' + admin1 if admin1 else ''}.tsv"
    write_tsv(target, to_rows(rows, alternates))
    return target
