"""Hromada seats for tools/build_gazetteer.py: which settlement each hromada is named after.

KATOTTG names every settlement's hromada («Миропільська»: the hromada of Миропілля). A
settlement is its hromada's seat when the adjective the place matcher makes of its name is the
hromada's (`axes.hromada_adjectives`: Миропілля → миропільський), or else when its name alone
begins with nearly all of the adjective's stem (Ароматне: Ароматненська). The seat gets the
hromada's adjective (`adj_uk`) and the Russian ones (`adj_ru`: Миропольская), which the matcher
declines with «громада», «община», «ОТГ» («в Миропільській громаді», «Миропольской общины»).
"""

from __future__ import annotations

from collections import defaultdict

from monitor.places.axes import hromada_adjectives, ru_axis_adjective
from monitor.places.crossforms import uk_to_ru
from monitor.text.normalize import normalize_key

# The endings of a Ukrainian hromada adjective Russian writes otherwise: Миропільська is
# Миропольская (of Мирополье), Харківська Харьковская, Білопільська Белопольская
_RU_ENDINGS = (
    ("пільська", "польская"),
    ("івська", "овская"),
    ("ївська", "евская"),
    ("ська", "ская"),
    ("цька", "цкая"),
    ("зька", "зкая"),
)


def _prefix(a: str, b: str) -> int:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


def _stem(adjective: str) -> str:
    for ending in ("ська", "цька", "зька"):
        if adjective.endswith(ending):
            return adjective[: -len(ending)]
    return adjective[:-1]


def _is_seat(name_uk: str, hromada: str) -> bool:
    word = normalize_key(name_uk)
    return any(a and a[:-2] + "а" == hromada for a in hromada_adjectives(word))


def hromada_seats(source: list[dict[str, str]]) -> dict[str, str]:
    """KATOTTG code of a hromada's seat → the hromada's adjective, as KATOTTG writes it."""
    members: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
    for row in source:
        if row["hromada"]:
            members[row["oblast"], row["raion"], row["hromada"]].append(row)
    seats: dict[str, str] = {}
    for (_, _, name), rows in members.items():
        hromada = normalize_key(name)
        found = [r for r in rows if _is_seat(r["name_uk"], hromada)]
        if not found:
            stem = _stem(hromada)
            reach = {r["katottg"]: _prefix(normalize_key(r["name_uk"]), stem) for r in rows}
            best = max(reach.values())
            found = [r for r in rows if reach[r["katottg"]] == best]
            if best < max(4, len(stem) - 2):
                found = []
        if len(found) == 1:
            seats[found[0]["katottg"]] = name
    return seats


def with_hromada(row: dict[str, str], hromada: str | None) -> None:
    """Give a seat's row its hromada's adjectives (`adj_uk`, `adj_ru`)."""
    if hromada:
        names_ru = [row["name_ru"], *row.get("alt_ru", "").split("|")]
        row["adj_uk"] = hromada
        row["adj_ru"] = "|".join(
            russian_adjectives(normalize_key(hromada), [n for n in names_ru if n])
        )


def russian_adjectives(hromada: str, names_ru: list[str]) -> list[str]:
    """The Russian adjectives of a hromada: made of each Russian name of its seat as an axis's
    (Мирополье → миропольское: миропольская), and of the Ukrainian adjective by its letters."""
    found = []
    for name in names_ru:
        word = normalize_key(name)
        neuter = ru_axis_adjective(word) if " " not in word and "-" not in word else None
        if neuter:
            found.append(neuter[:-2] + "ая")
    for old, new in _RU_ENDINGS:
        if hromada.endswith(old):
            found.append(normalize_key(uk_to_ru(hromada[: -len(old)] + new)))
            break
    return list(dict.fromkeys(found))


def with_seat_adjectives(
    rows: list[dict[str, str]], best: dict[tuple[str, str], dict[str, str]], seats: dict[str, str]
) -> None:
    """Give the settlements of Ukraine not taken from KATOTTG (curated towns, the theatre list,
    GeoNames rows) their hromada's adjectives where the first in rank of the KATOTTG
    settlements of their name in their oblast (`best`) is a seat."""
    for row in rows:
        if row["country"] != "UA" or row["kind"] not in ("city", "town", "settlement", "village"):
            continue
        if row.get("source", "").startswith("katottg") or row.get("adj_uk"):
            continue
        found = best.get((normalize_key(row["name_uk"]), row["oblast"]))
        if found is not None:
            with_hromada(row, seats.get(found["katottg"]))


def hromada_code(row: dict[str, str]) -> str:
    """A KATOTTG settlement's hromada, as the first digits of its code all the hromada's
    settlements share (UA14120110040015024: oblast 14, raion 12, hromada 011)."""
    return row["katottg"][:9]


def with_hromada_codes(
    rows: list[dict[str, str]], best: dict[tuple[str, str], dict[str, str]]
) -> None:
    """Give the settlements of Ukraine not taken from KATOTTG (curated towns, GeoNames rows)
    the hromada of the first in rank of the KATOTTG settlements of their name in their oblast
    (`best`): an axis named after Lyman settles the namesakes of Lyman's hromada."""
    for row in rows:
        if row["country"] != "UA" or row["kind"] not in ("city", "town", "settlement", "village"):
            continue
        if row.get("hromada"):
            continue
        found = best.get((normalize_key(row["name_uk"]), row["oblast"]))
        if found is not None and found["category"] != "K":
            row["hromada"] = hromada_code(found)
