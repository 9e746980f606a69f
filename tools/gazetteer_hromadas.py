"""Hromada seats for tools/build_gazetteer.py: which settlement is each hromada's seat.

KATOTTG names every settlement's hromada («Миропільська»: the hromada of Миропілля) and lists
its seat first (settlement number 001 of the hromada's code). The seat is that first
settlement where its name shares a stem with the hromada's adjective (Свеса: Свеська, Бахмач:
Бахмацька, Нова Водолага: Нововодолазька, Дворічна: Дворічанська) or no other settlement's
name makes the adjective (Тарханкут, formerly Кіровське: Кіровська). Otherwise it is the one
settlement the adjective is made of: the adjective the place matcher makes of its name is the
hromada's (`axes.hromada_adjectives`: Миропілля → миропільський), or else its name alone
begins with nearly all of the adjective's stem (Ароматне: Ароматненська). The seat gets the
hromada's adjective (`adj_uk`) and the Russian ones (`adj_ru`: Миропольская), which the matcher
declines with «громада», «община», «ОТГ» («в Миропільській громаді», «Миропольской общины»).
"""

from __future__ import annotations

import re
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
    """KATOTTG code of a hromada's seat → the hromada's adjective, as KATOTTG writes it.
    Hromadas are told apart by code: two of one raion may share a name (Миколаївська)."""
    members: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in source:
        if row["hromada"] and not hromada_code(row).endswith("000"):  # the exclusion zone
            members[hromada_code(row)].append(row)
    seats: dict[str, str] = {}
    for rows in members.values():
        seat = _seat(sorted(rows, key=lambda r: r["katottg"]))
        seats[seat["katottg"]] = seat["hromada"]
    return seats


def _seat(rows: list[dict[str, str]]) -> dict[str, str]:
    """The seat of one hromada of KATOTTG (`rows`, in the codifier's order: its seat first)."""
    hromada = normalize_key(rows[0]["hromada"])
    if _is_seat(rows[0]["name_uk"], hromada) or _shares_stem(rows[0]["name_uk"], hromada):
        return rows[0]
    found = [r for r in rows if _is_seat(r["name_uk"], hromada)]
    if not found:
        stem = _stem(hromada)
        reach = {r["katottg"]: _prefix(normalize_key(r["name_uk"]), stem) for r in rows}
        best = max(reach.values())
        found = [r for r in rows if reach[r["katottg"]] == best]
        if best < max(4, len(stem) - 2):
            found = []
    return found[0] if len(found) == 1 else rows[0]


def _shares_stem(name_uk: str, hromada: str) -> bool:
    """Whether the first three letters of a word of a settlement's name are in its hromada's
    adjective (Свеса: свеська; Нова Водолага: нововодолазька; not Тарханкут: кіровська)."""
    words = re.split(r"[\s'-]+", normalize_key(name_uk))
    return any(len(w) >= 3 and w[:3] in hromada for w in words)


def with_hromada(row: dict[str, str], hromada: str | None) -> None:
    """Give a seat's row its hromada's adjectives (`adj_uk`, `adj_ru`). The Russian names of a
    seat the hromada is not named after make none («тарханкутская» is no name of Кіровська)."""
    if hromada:
        names_ru = [row["name_ru"], *row.get("alt_ru", "").split("|")]
        if not _shares_stem(row["name_uk"], normalize_key(hromada)):
            names_ru = []
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


def with_hromada_raions(
    rows: list[dict[str, str]], unique: set[tuple[str, str]] | None = None
) -> None:
    """Give a settlement of Ukraine that has a hromada but no raion (a curated village such as
    Загризове) the raion its hromada lies in, as the other settlements of that hromada name it
    (the code's oblast and raion digits): namesakes are settled by the raion they share with
    the post's other places («поблизу Загризового та Лозової» is Izium Raion's Lozova). Only
    where `unique` (normalised Ukrainian name, oblast) holds it: a name KATOTTG gives one
    settlement in the oblast, whose hromada is no guess among namesakes."""
    raions: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rows:
        if row["country"] == "UA" and row.get("hromada") and row.get("district"):
            votes = raions[row["hromada"][:6]]
            votes[row["district"]] = votes.get(row["district"], 0) + 1
    for row in rows:
        if unique is not None and (normalize_key(row["name_uk"]), row["oblast"]) not in unique:
            continue
        if row["country"] == "UA" and row.get("hromada") and not row.get("district"):
            votes = raions.get(row["hromada"][:6])
            if votes:
                row["district"] = max(votes, key=lambda name: votes[name])
