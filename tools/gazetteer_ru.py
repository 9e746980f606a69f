"""The settlements of Kursk, Belgorod and Bryansk oblasts for tools/build_gazetteer.py.

Source: the settlements with a post office in GeoNames' postal-code dump (`gazetteer_postal`),
each with its raion and, where GeoNames' point is precise and consistent with the raion, its
coordinates. A settlement already in the gazetteer (theatre list, cities500) is not added again;
a known row without a raion (or a point) gets the raion (and the precise point) of the one
post-office settlement of its name.
A name already known in another raion of the oblast is a namesake and is added.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from monitor.places.crossforms import ru_to_uk
from monitor.places.translit import english_name
from monitor.text.normalize import normalize_key
from tools.gazetteer_postal import oblast_boxes, raion_key, ru_settlements

RU_BORDER = ("Kursk Oblast", "Belgorod Oblast", "Bryansk Oblast")
# Words the letter rule would turn into a Russian word («Большое» → «Больше», "more": hundreds of
# hits a day in any Russian text); Ukrainian says Велике (Великосолдатський район).
UK_WORDS = {"Большое": "Велике", "Большой": "Великий", "Большая": "Велика", "Большие": "Великі"}


def border_settlements(
    make_key: Callable[..., str],
    existing: list[dict[str, str]],
    districts: list[list[str]],
) -> list[dict[str, str]]:
    """New gazetteer rows for the post-office settlements of the three oblasts; fills the raion of
    `existing` rows that have none. `districts`: rows of gazetteer_src/districts.txt."""
    table = {raion_key(row[2]): row[1] for row in districts if row[0] in RU_BORDER}
    found = ru_settlements(oblast_boxes(), table)
    known: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in existing:
        if row["oblast"] in RU_BORDER and row["kind"] not in ("region", "district"):
            for name in {normalize_key(row["name_ru"]), normalize_key(row["name_uk"])}:
                known[name, row["oblast"]].append(row)
    postal: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for entry in found:
        postal[normalize_key(entry["name_ru"]), entry["oblast"]].append(entry)
    _fill_districts(known, postal)
    rows = []
    for entry in found:
        ident = (normalize_key(entry["name_ru"]), entry["oblast"])
        same = [r for r in known.get(ident, []) if r.get("district", "") in ("", entry["district"])]
        if same or (not entry["district"] and ident in known):
            continue
        rows.append(_row(make_key, entry))
    return rows


def _fill_districts(
    known: dict[tuple[str, str], list[dict[str, str]]],
    postal: dict[tuple[str, str], list[dict[str, str]]],
) -> None:
    """A known row that is the one place of its name gets the raion of the one post-office
    settlement of that name, and its precise point when it has none and the raions agree."""
    for ident, rows in known.items():
        entries = postal.get(ident, [])
        if len(entries) != 1 or not entries[0]["district"] or len(rows) != 1:
            continue
        row, entry = rows[0], entries[0]
        if row.get("district", "") not in ("", entry["district"]):
            continue  # a namesake in another raion
        row["district"] = entry["district"]
        if not row.get("lat") and entry["lat"]:
            row.update(lat=entry["lat"], lon=entry["lon"])
            row["source"] += f"; point geonames postal {entry['codes'].split()[0]}"


def ukrainian_form(name_ru: str) -> str:
    return " ".join(UK_WORDS.get(word) or ru_to_uk(word) for word in name_ru.split(" "))


def _row(make_key: Callable[..., str], entry: dict[str, str]) -> dict[str, str]:
    name_ru = entry["name_ru"]
    en = english_name(name_ru, "ru")
    codes = entry["codes"].split()
    return dict(
        key=make_key(en, entry["oblast"], entry["district"], codes[0]),
        name_en=en,
        name_ru=name_ru,
        name_uk=ukrainian_form(name_ru),
        kind="village",
        district=entry["district"],
        oblast=entry["oblast"],
        country="RU",
        lat=entry["lat"],
        lon=entry["lon"],
        source=f"geonames postal {' '.join(codes)}",
    )
