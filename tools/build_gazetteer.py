"""Build the bundled gazetteer (monitor/data/gazetteer/*.tsv) from the shared extracts.

usage: python tools/build_gazetteer.py [SHARED_GAZETTEER_DIR]

Inputs: the extracts in ../shared/data/gazetteer (theatre list, GeoNames cities500 of six border
regions, KATOTTG settlements of Sumy, Kharkiv and Chernihiv oblasts), the packages of the
`[gazetteer]` extra (KATOTTG; GeoNames cities500; GeoNames' postal-code dump: points of Ukrainian
settlements and the post-office settlements of Kursk, Belgorod and Bryansk oblasts) and the
project's own lists in tools/gazetteer_src (regions, main cities, districts, campaign villages).
Outputs:
regions.tsv (hand-compiled) and theatre.tsv (extracts, deduplicated against regions.tsv, with
Russian forms of Ukrainian names and Ukrainian forms of Russian ones).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.places.crossforms import ru_to_uk  # noqa: E402
from monitor.places.gazetteer import write_tsv  # noqa: E402
from monitor.places.translit import english_name  # noqa: E402
from monitor.text.normalize import normalize_key  # noqa: E402
from tools.gazetteer_airfields import airfield_rows  # noqa: E402
from tools.gazetteer_hromadas import (  # noqa: E402
    hromada_code,
    hromada_seats,
    with_hromada,
    with_hromada_codes,
    with_hromada_raions,
    with_seat_adjectives,
)
from tools.gazetteer_postal import (  # noqa: E402
    drop_far_points,
    drop_shared_points,
    oblast_boxes,
    place_namesakes,
    postal_point,
    ua_points,
)
from tools.gazetteer_ru import border_settlements  # noqa: E402
from tools.gazetteer_rutowns import front_raions, russian_towns  # noqa: E402
from tools.gazetteer_ua import (  # noqa: E402
    OBLASTS,
    belarusian,
    exonyms,
    foreign_names,
    former_ukrainian,
    geonames_points,
    geonames_russian,
    hard_i_variant,
    katottg_rows,
    official_names,
    point_for,
    russian_forms,
    russian_place_names,
    ukrainian_row_names,
    with_russian_name,
    without_russian_towns,
)

SRC = ROOT / "tools" / "gazetteer_src"
OUT = ROOT / "monitor" / "data" / "gazetteer"
GEONAMES_REGION = {
    "Belgorod": "Belgorod Oblast",
    "Bryansk": "Bryansk Oblast",
    "Kursk": "Kursk Oblast",
    "Sumy": "Sumy Oblast",
    "Kharkiv": "Kharkiv Oblast",
    "Chernihiv": "Chernihiv Oblast",
}
KATOTTG_OBLAST = {
    "Сумська": "Sumy Oblast",
    "Харківська": "Kharkiv Oblast",
    "Чернігівська": "Chernihiv Oblast",
}
# Regions of Russia whose districts gazetteer_src/districts.txt lists (the rest are Ukraine's).
RU_DISTRICT_REGIONS = frozenset(
    (
        "Kursk Oblast",
        "Belgorod Oblast",
        "Bryansk Oblast",
        "Voronezh Oblast",
        "Rostov Oblast",
        "Krasnodar Krai",
        "Moscow Oblast",
        "Astrakhan Oblast",
        "Bashkortostan",
        "Kaluga Oblast",
        "Leningrad Oblast",
        "Lipetsk Oblast",
        "Nizhny Novgorod Oblast",
        "Oryol Oblast",
        "Penza Oblast",
        "Pskov Oblast",
        "Ryazan Oblast",
        "Samara Oblast",
        "Saratov Oblast",
        "Smolensk Oblast",
        "Tambov Oblast",
        "Tatarstan",
        "Tula Oblast",
        "Tver Oblast",
        "Volgograd Oblast",
        "Yaroslavl Oblast",
        "Saint Petersburg",
    )
)
KATOTTG_KIND = {"M": "town", "T": "town", "X": "settlement", "C": "village", "K": "city"}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def lines(name: str) -> list[list[str]]:
    text = (SRC / name).read_text(encoding="utf-8").splitlines()
    return [line.split(";") for line in text if line.strip() and not line.startswith("#")]


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def distinct_from(
    regions: list[dict[str, str]], extracted: list[dict[str, str]], keys: Keys
) -> list[dict[str, str]]:
    """The compiled rows the theatre list does not also hold. A compiled row whose key a theatre
    row of another oblast took is another place (Kostiantynivka, the Donetsk city, against the
    Sumy village): it stays, with a key of its own."""
    theirs = {x["key"]: x["oblast"] for x in extracted}
    kept = []
    for row in regions:
        if row["key"] in theirs and theirs[row["key"]] == row["oblast"]:
            continue
        if row["key"] in theirs:
            row = dict(row, key=keys.make(row["name_en"], row["oblast"], row["kind"]))
        kept.append(row)
    return kept


def compiled() -> list[dict[str, str]]:
    rows = []
    for name in ("regions.txt", "cities.txt"):
        for row in lines(name):
            kind, key, en, ru, uk, alt_ru, alt_uk, alt_en, oblast, country, lat, lon = row
            rows.append(
                dict(
                    key=key,
                    name_en=en,
                    name_ru=ru,
                    name_uk=uk,
                    kind=kind,
                    oblast=oblast or (en if kind == "region" else ""),
                    country=country,
                    lat=lat,
                    lon=lon,
                    alt_ru=alt_ru,
                    alt_uk=alt_uk,
                    alt_en=alt_en,
                    source="compiled",
                )
            )
    rows += airfield_rows(SRC / "airfields.txt")
    for oblast, en, ru, uk, *others in lines("districts.txt"):
        country = "RU" if oblast in RU_DISTRICT_REGIONS else "UA"
        alt_ru, alt_uk = [*others, "", ""][:2]
        rows.append(
            dict(
                key=slug(en),
                name_en=en,
                name_ru=ru,
                name_uk=uk,
                kind="district",
                district=en,
                oblast=oblast,
                country=country,
                alt_ru=alt_ru,
                alt_uk=alt_uk,
                source="compiled",
            )
        )
    _with_nicknames(rows)
    return rows


def _with_nicknames(rows: list[dict[str, str]]) -> None:
    """Add the raions' colloquial names (raion_nicknames.txt: Нікопольщина) to their other names."""
    raions = {row["name_en"]: row for row in rows if row["kind"] == "district"}
    for en, ru, uk in lines("raion_nicknames.txt"):
        row = raions[en]
        for column, names in (("alt_ru", ru), ("alt_uk", uk)):
            row[column] = "|".join(n for n in [row[column], names] if n)


class Keys:
    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, base: str, *qualifiers: str) -> str:
        key = slug(base)
        for qualifier in qualifiers:
            if key not in self.used:
                break
            key = f"{key}-{slug(qualifier)}" if qualifier else key
        while key in self.used:
            key += "-2"
        self.used.add(key)
        return key


def theatre(keys: Keys, seen: set[tuple[str, str]], gaz_dir: Path) -> list[dict[str, str]]:
    rows = []
    for row in read(gaz_dir / "kursk_theatre_places.tsv"):
        keys.used.add(row["key"])
        bgn = english_name(row["name_ru"], "ru")
        alts = row["alt_en"].split("|")
        if row["country"] == "RU" and bgn != row["name_en"] and bgn in alts:
            # the convention is BGN/PCGN or English-Wikipedia style: Daryino, not Darino
            alts = [a for a in alts if a != bgn] + [row["name_en"]]
            row = dict(row, name_en=bgn, alt_en="|".join(alts))
        rows.append(dict(row, alt_ru="", alt_uk="", source=f"theatre list; {row['source']}"))
        seen.add((normalize_key(row["name_ru"]), row["oblast"]))
        seen.add((normalize_key(row["name_uk"]), row["oblast"]))
    for oblast, listed in (
        ("Kursk Oblast", "kursk_extra.txt"),
        ("Belgorod Oblast", "belgorod_extra.txt"),
    ):
        for name_ru, district, *name_uk in lines(listed):
            if (normalize_key(name_ru), oblast) in seen:
                continue
            en = english_name(name_ru, "ru")
            seen.add((normalize_key(name_ru), oblast))
            rows.append(
                dict(
                    key=keys.make(en, slug(oblast)),
                    name_en=en,
                    name_ru=name_ru,
                    name_uk=name_uk[0] if name_uk else ru_to_uk(name_ru),
                    kind="village",
                    district=district,
                    oblast=oblast,
                    country="RU",
                    source="campaign reports (compiled by the project)",
                )
            )
    rows += sevastopol(keys)
    return rows


def sevastopol(keys: Keys) -> list[dict[str, str]]:
    """The settlements of the city of Sevastopol (gazetteer_src/sevastopol.txt): KATOTTG lists
    the city alone."""
    return [
        dict(
            key=keys.make(f"{english_name(name_uk, 'uk')} sevastopol"),
            name_en=english_name(name_uk, "uk"),
            name_ru=name_ru,
            name_uk=name_uk,
            kind=kind,
            district="Sevastopol",
            oblast="Crimea",
            country="UA",
            alt_ru="",
            alt_uk="",
            source="settlements of Sevastopol (compiled by the project)",
        )
        for name_uk, name_ru, kind in lines("sevastopol.txt")
    ]


def geonames(
    keys: Keys,
    seen: set[tuple[str, str]],
    gaz_dir: Path,
    official: dict[str, dict[str, str]],
    live: set[tuple[str, str]],
) -> list[dict[str, str]]:
    """The cities500 rows of the six border regions. A Ukrainian row takes its Ukrainian name
    from KATOTTG where one of its names is a settlement of that oblast (GeoNames' own guess
    swapped Козача Лопань and Казачья Лопань); where that settlement was published from KATOTTG
    (`live`: oblast and name), the KATOTTG row stands for it and keeps its key."""
    rows = []
    for row in read(gaz_dir / "geonames_cities500_border6.tsv"):
        oblast = GEONAMES_REGION[row["region"]]
        names = [n for n in row["cyrillic_names"].split("|") if n and not belarusian(n)]
        uk_names = [n for n in names if re.search("[іїєґ]", n.casefold())]
        ru_names = [
            n
            for n in names
            if (n not in uk_names and not re.search("[ўэ]", n))
            or (row["cc"] == "RU" and n in names[:1])
        ]
        if row["cc"] == "UA":
            known = official.get(oblast, {})
            match = next((known[normalize_key(n)] for n in names if normalize_key(n) in known), "")
            if (oblast, normalize_key(match)) in live:
                continue
            name_uk, name_ru = ukrainian_row_names(match, uk_names, ru_names)
            en = english_name(name_uk, "uk") if name_uk else row["name"]
        else:
            name_ru = next((n.replace("\u0301", "") for n in ru_names), "")
            name_uk = uk_names[0] if uk_names else ru_to_uk(name_ru)
            # GeoNames writes Russian names with «ë» and «’» (Suzëmka, Dyat’kovo): English
            # writes neither (the GeoNames form stays an alternative)
            en = row["name"].replace("’", "").replace("ë", "e").replace("Ë", "E")
        if not name_ru and not name_uk:
            continue
        # GeoNames lists a town twice, once as «Город Шебекино»: the town's own row
        name_ru, name_uk = (re.sub(r"^(Город|Місто)\s+", "", n) for n in (name_ru, name_uk))
        en = re.sub(r"^Gorod\s+", "", en)
        if (normalize_key(name_ru), oblast) in seen or (normalize_key(name_uk), oblast) in seen:
            continue
        seen.add((normalize_key(name_ru), oblast))
        seen.add((normalize_key(name_uk), oblast))
        kind = (
            "city"
            if int(row["population"] or 0) >= 100000
            else ("town" if int(row["population"] or 0) >= 5000 else "village")
        )
        rows.append(
            dict(
                key=PUBLISHED.get(f"geonames:{row['geonameid']}")
                or keys.make(en, oblast, row["geonameid"]),
                name_en=en,
                name_ru=name_ru,
                name_uk=name_uk,
                kind=kind,
                oblast=oblast,
                country=row["cc"],
                lat=row["lat"],
                lon=row["lon"],
                alt_en=row["name"],
                source=f"geonames {row['geonameid']}",
            )
        )
    return rows


# (oblast, Ukrainian name of a raion) → its English name: Kyiv's Дніпровський район is not
# Dnipropetrovsk Oblast's, nor its Подільський Odesa Oblast's.
RAIONS: dict[tuple[str, str], str] = {}
# The key each KATOTTG settlement (by code), GeoNames place ("geonames:ID") and Russian
# post-office settlement ("postal:CODE") had in the last build: a published key never changes
# (the user's places.toml and stored mentions name places by key).
PUBLISHED: dict[str, str] = {}
# The oblasts of the first extracts: their settlements are deduplicated against GeoNames
# border rows by name, as before; the rest of Ukraine comes from KATOTTG alone.
BORDER_OBLASTS = frozenset(KATOTTG_OBLAST.values())
KATOTTG_RANK = {"K": 0, "M": 1, "T": 2, "X": 3, "C": 4}


def katottg(
    keys: Keys,
    seen: set[tuple[str, str]],
    taken: dict[tuple[str, str], list[tuple[float, float]]],
    cities: frozenset[str],
) -> list[dict[str, str]]:
    """Every settlement of Ukraine (KATOTTG), with GeoNames points where the join is sure
    (`taken`: points of the other sources' places by oblast and name); `cities`, the
    normalised Russian names of the curated towns, which their namesakes do not learn from
    GeoNames (a village Кривий Ріг of Kherson Oblast would make Кривой Рог ambiguous)."""
    rows = []
    source = list(katottg_rows())
    points = geonames_points()
    postal = ua_points(oblast_boxes())
    counts = Counter((OBLASTS[r["oblast"]], normalize_key(r["name_uk"])) for r in source)
    russian_names = {
        name_uk: name_ru
        for name_uk, name_ru in geonames_russian(source, counts, points).items()
        if normalize_key(name_ru) not in cities
    }
    seats = hromada_seats(source)
    russia = russian_place_names()
    former = exonyms(SRC / "exonyms.txt")
    former_uk = former_ukrainian(SRC / "exonyms.txt")
    foreign = foreign_names(SRC / "foreign.txt") - {normalize_key(n) for _, n in former}
    skipped = 0
    raion_of: dict[str, str] = {}
    # the border oblasts first, so that their keys stay those of the first extracts
    source.sort(key=lambda r: OBLASTS[r["oblast"]] not in BORDER_OBLASTS)
    curated = _curated_codes(source, seen)
    for row in source:
        oblast = OBLASTS[row["oblast"]]
        name_uk = row["name_uk"]
        known = (normalize_key(name_uk), oblast)
        if row["category"] == "K":
            if known in seen:
                continue
        elif row["katottg"] in curated:
            continue  # a curated or GeoNames row stands for it; its namesakes stay
        if (
            oblast not in BORDER_OBLASTS
            and row["category"] not in ("K", "M")
            and {
                known[0],
                normalize_key(russian_forms(name_uk)[0]),
            }
            & foreign
        ):
            skipped += 1  # Берлин, Китай: far likelier meant abroad
            continue
        point = point_for(row, oblast, counts, points)
        rows.append(_katottg_row(keys, row, oblast, point, cities))
        without_russian_towns(rows[-1], name_uk, russia)
        hard = hard_i_variant(rows[-1]["name_ru"], name_uk, russia)
        if hard and hard not in rows[-1]["alt_ru"].split("|"):
            rows[-1]["alt_ru"] = "|".join(
                [rows[-1]["alt_ru"], hard] if rows[-1]["alt_ru"] else [hard]
            )
        raion_of[rows[-1]["key"]] = row["raion"]
        if point is None:
            unique = counts[oblast, normalize_key(name_uk)] == 1
            _postal_point(rows[-1], postal_point(name_uk, oblast, unique, postal))
        rows[-1]["alt_ru"] = "|".join(
            n for n in rows[-1]["alt_ru"].split("|") + former.get((oblast, name_uk), []) if n
        )
        _former_names(rows[-1], former_uk.get((oblast, name_uk), []), counts, postal)
        with_russian_name(rows[-1], russian_names.get(name_uk))
        with_hromada(rows[-1], seats.get(row["katottg"]))
    placed = [r for r in rows if "point geonames postal" in r["source"]]
    far = drop_far_points(placed, raion_of)
    shared = drop_shared_points([row for row in placed if row["lat"]])
    namesakes = place_namesakes(rows, raion_of, postal, taken)
    print(
        f"katottg: {len(rows)} settlements; {skipped} named like a country or a foreign city "
        f"left out; {len(placed) - far - shared} placed by postal codes ({far} far from their "
        f"raion and {shared} sharing one post office's point left without a point), "
        f"{namesakes} namesakes by the nearest raion"
    )
    return rows


def with_exonyms(rows: list[dict[str, str]]) -> None:
    """The Russian-only names of gazetteer_src/exonyms.txt for the Ukrainian settlements a
    GeoNames row stands for (KATOTTG's rows take theirs in `katottg`): Дворічна, Двуречная."""
    former = exonyms(SRC / "exonyms.txt")
    for row in rows:
        if row.get("country") != "UA" or row.get("source", "").startswith("katottg"):
            continue
        alternatives = [n for n in row.get("alt_ru", "").split("|") if n]
        known = {normalize_key(n) for n in [row["name_ru"], *alternatives]}
        extra = [
            n
            for n in former.get((row["oblast"], row["name_uk"]), [])
            if n and normalize_key(n) not in known
        ]
        if extra:
            row["alt_ru"] = "|".join([*alternatives, *dict.fromkeys(extra)])


def _postal_point(row: dict[str, str], point: tuple[float, float] | None) -> None:
    if point is not None:
        row.update(
            lat=str(point[0]), lon=str(point[1]), source=row["source"] + "; point geonames postal"
        )


def _former_names(
    row: dict[str, str],
    names: list[str],
    counts: Counter[tuple[str, str]],
    postal: dict[tuple[str, str], set[tuple[float, float]]],
) -> None:
    """A renamed settlement's former Ukrainian names (`names`), and the postal point of its
    former name where the dump, older than the renaming, has one and no other settlement of
    the oblast bears that name (as `postal_point` joins a current name)."""
    if not names:
        return
    row["alt_uk"] = "|".join(names)
    for name in names:
        if row["lat"]:
            return
        if counts[row["oblast"], normalize_key(name)] == 0:
            point = postal_point(name, row["oblast"], True, postal)
            _postal_point(row, point)
            if point is not None:
                row["source"] += f" (former name {name})"


def _curated_codes(source: list[dict[str, str]], seen: set[tuple[str, str]]) -> set[str]:
    """The settlements a curated row already stands for: of namesakes in one oblast, the
    highest in rank (city, town, settlement, village); the others stay."""
    return {row["katottg"] for known, row in best_namesakes(source).items() if known in seen}


def best_namesakes(source: list[dict[str, str]]) -> dict[tuple[str, str], dict[str, str]]:
    """(normalised name, oblast) → the highest in rank of the KATOTTG settlements of that name
    in that oblast (the first of equals)."""
    best: dict[tuple[str, str], dict[str, str]] = {}
    for row in source:
        known = (normalize_key(row["name_uk"]), OBLASTS[row["oblast"]])
        if (
            known not in best
            or KATOTTG_RANK[row["category"]] < KATOTTG_RANK[best[known]["category"]]
        ):
            best[known] = row
    return best


def _katottg_row(
    keys: Keys,
    row: dict[str, str],
    oblast: str,
    point: tuple[float, float, int] | None,
    cities: frozenset[str],
) -> dict[str, str]:
    """A KATOTTG settlement's row, with the rules' Russian forms; but the «-ець → -ец» rule
    gives no village a curated town's name (`cities`: the villages Тростянець stay «Тростянець»
    beside the Sumy Oblast town «Тростянец», as before the rule)."""
    name_uk = row["name_uk"]
    en = english_name(name_uk, "uk")
    district = RAIONS.get((oblast, row["raion"] + " район"), "")
    ru = russian_forms(name_uk)
    if name_uk.endswith("ець") and normalize_key(ru[0]) in cities:
        ru = [name_uk.replace("і", "и").replace("'", "ь")]
    key = PUBLISHED.get(row["katottg"]) or keys.make(en, oblast, district, row["katottg"][-6:])
    source = f"katottg {row['katottg']}"
    if point is not None:
        source += f"; point geonames {point[2]}"
    return dict(
        key=key,
        name_en=en,
        name_ru=ru[0],
        name_uk=name_uk,
        kind=KATOTTG_KIND.get(row["category"], "village"),
        district=district,
        oblast=oblast,
        country="UA",
        lat=str(point[0]) if point else "",
        lon=str(point[1]) if point else "",
        alt_ru="|".join(ru[1:]),
        source=source,
        hromada=hromada_code(row),
    )


def taken_points(rows: list[dict[str, str]]) -> dict[tuple[str, str], list[tuple[float, float]]]:
    """(oblast, normalised name) → the points of `rows` of that name."""
    taken: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in rows:
        if row.get("lat") and row.get("lon"):
            for name in {normalize_key(row["name_uk"]), normalize_key(row["name_ru"])}:
                taken[row["oblast"], name].append((float(row["lat"]), float(row["lon"])))
    return taken


# The long names of power plants and the short ones the labelling conventions write
# («Zaporizhzhia NPP», «Kurakhove TPP»)
_PLANT_SHORT = (
    (" Nuclear Power Plant", " NPP"),
    (" Hydroelectric Power Plant (dam)", " HPP"),
    (" Hydroelectric Power Plant", " HPP"),
    (" Hydroelectric Station", " HPP"),
    (" thermal power plant", " TPP"),
    (" Thermal Power Plant", " TPP"),
)


def short_facility_name(row: dict[str, str]) -> None:
    """Power plants go by «NPP», «HPP», «TPP» as the labelling conventions write them; the long
    name stays an English alternative."""
    long = row["name_en"]
    if row["kind"] != "facility":
        return
    for old, new in _PLANT_SHORT:
        if old in long:
            row["name_en"] = long.replace(old, new)
            alternatives = [
                a for a in row.get("alt_en", "").split("|") if a and a != row["name_en"]
            ]
            row["alt_en"] = "|".join([long, *alternatives])
            return


def with_raions(regions: list[dict[str, str]], ukraine: list[dict[str, str]]) -> None:
    """Give the curated towns of Ukraine the raion KATOTTG gives their settlement (the first in
    rank of its namesakes in the oblast): an axis named after Kurakhove names Pokrovsk Raion."""
    best = best_namesakes(ukraine)
    for row in regions:
        if row["kind"] not in ("city", "town") or row["country"] != "UA" or row.get("district"):
            continue
        found = best.get((normalize_key(row["name_uk"]), row["oblast"]))
        if found is not None and found["category"] != "K":
            row["district"] = RAIONS.get((row["oblast"], found["raion"] + " район"), "")


def read_raions() -> None:
    """Fill `RAIONS` from districts.txt: a raion KATOTTG calls by a newer name (Самарівський,
    Сіверськодонецький) is found by it too, so that its settlements carry the raion."""
    for oblast, en, _, uk, *others in lines("districts.txt"):
        newer = others[1].split("|") if len(others) > 1 and others[1] else []
        for name in [uk, *newer]:
            RAIONS[oblast, name] = en


def main() -> None:
    default = ROOT.parent / "shared" / "data" / "gazetteer"
    gaz_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    regions = compiled()
    read_raions()
    keys = Keys()
    if (OUT / "theatre.tsv").exists():
        for row in read(OUT / "theatre.tsv"):
            kind, code = row["source"].split()[:2]
            if kind == "katottg":
                PUBLISHED[code.rstrip(";")] = row["key"]
                keys.used.add(row["key"])
            elif kind == "geonames" and code.rstrip(";").isdigit():
                PUBLISHED[f"geonames:{code.rstrip(';')}"] = row["key"]
                keys.used.add(row["key"])
            elif kind == "geonames" and code == "postal":
                PUBLISHED[f"postal:{row['source'].split()[2].rstrip(';')}"] = row["key"]
                keys.used.add(row["key"])
    seen: set[tuple[str, str]] = set()
    for row in regions:
        keys.used.add(row["key"])
        if row["kind"] in ("city", "town"):
            seen.add((normalize_key(row["name_ru"]), row["oblast"]))
            seen.add((normalize_key(row["name_uk"]), row["oblast"]))
    extracted = theatre(keys, seen, gaz_dir)
    regions = distinct_from(regions, extracted, keys)
    ukraine = list(katottg_rows())
    with_raions(regions, ukraine)
    # a GeoNames place stands aside where the settlement it would stand for (the first in rank
    # of its namesakes) was published from KATOTTG: as the first build left them, every rebuild
    live = {
        (oblast, name)
        for (name, oblast), row in best_namesakes(ukraine).items()
        if row["katottg"] in PUBLISHED
    }
    extracted += geonames(keys, seen, gaz_dir, official_names(ukraine), live)
    cities = frozenset(
        normalize_key(row["name_ru"]) for row in regions if row["kind"] in ("city", "town")
    )
    extracted += katottg(keys, seen, taken_points(extracted), cities)
    with_exonyms(extracted)
    with_seat_adjectives(regions + extracted, best_namesakes(ukraine), hromada_seats(ukraine))
    with_hromada_codes(regions + extracted, best_namesakes(ukraine))
    named = Counter((normalize_key(row["name_uk"]), OBLASTS[row["oblast"]]) for row in ukraine)
    with_hromada_raions(regions + extracted, {name for name, count in named.items() if count == 1})

    def postal_key(en: str, oblast: str, district: str, code: str) -> str:
        return PUBLISHED.get(f"postal:{code}") or keys.make(en, oblast, district, code)

    border = border_settlements(postal_key, extracted, lines("districts.txt"))
    print(f"russian border oblasts: {len(border)} post-office settlements added")
    extracted += border

    def town_key(en: str, oblast: str, geonameid: str) -> str:
        return PUBLISHED.get(f"geonames:{geonameid}") or keys.make(en, oblast, geonameid)

    front = front_raions(ROOT / "config" / "places.toml")
    extracted += russian_towns(town_key, regions + extracted, front)
    for row in regions + extracted:
        short_facility_name(row)
    write_tsv(OUT / "regions.tsv", regions)
    write_tsv(OUT / "theatre.tsv", extracted)
    print(f"regions.tsv: {len(regions)} places; theatre.tsv: {len(extracted)} places")


if __name__ == "__main__":
    main()
