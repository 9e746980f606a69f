"""Compile a gazetteer into the matcher's surface-form table.

Every place contributes its names' case forms (`NAME`), the bare adjective of a region or
district (`ADJ`: «курской», «Глушковского»), the axis of a town («покровском направлении»,
`AXIS`) and Latin spellings (`LATIN`). One normalised surface form may belong to several
places (namesakes) and is flagged `common` when it is also an ordinary word (сумы, Мирный).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from monitor.places.axes import (
    AXIS_ADJECTIVES,
    district_axis_forms,
    seat_axis_forms,
    seat_hromada_forms,
    town_axis_forms,
    town_hromada_forms,
)
from monitor.places.forms import (
    adjective_forms,
    guess_lang,
    is_common_word,
    is_dictionary_word,
    latin_forms,
    name_forms,
    postposed_adjective,
)
from monitor.places.gazetteer import Gazetteer, GazetteerPlace
from monitor.places.quoted_names import quoted_forms
from monitor.places.spellings import (
    apostrophe_spellings,
    hard_e_spellings,
    russian_spelt_ukrainian,
    taken_names,
    unapostrophed,
)
from monitor.text.normalize import normalize_key

NAME, ADJ, AXIS, LATIN = 0, 1, 2, 3
KIND_NAMES = ("name", "adjective", "axis", "latin")
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
COMMON_WORDS_FILE = DATA_DIR / "common_words.txt"

_HEADS_RU = {
    "область": "обл",
    "край": None,
    "район": "р-н",
    "округ": None,
    "республика": "респ",
    "водохранилище": None,
    "море": None,
    "река": None,
}
_HEADS_UK = {
    "область": "обл",
    "край": None,
    "район": "р-н",
    "округ": None,
    "республіка": "респ",
    "водосховище": None,
    "море": None,
    "річка": None,
}
_MIN_LEN = 3
_SEAT_KINDS = frozenset({"city", "town", "settlement", "village"})


class Candidate(NamedTuple):
    """One reading of a surface form: a place (its index in the matcher's key list), the kind
    of form (`NAME`, `ADJ`, `AXIS` or `LATIN`) and the form's language (ru, uk, en, lat)."""

    place: int
    kind: int
    lang: str


@dataclass(frozen=True, slots=True)
class SurfaceEntry:
    """What one surface form can mean: its candidate readings, whether it is also an ordinary
    word, whether it counts only capitalised (no reading survives a lowercase match: worked
    out once when the matcher compiles, by `place_info.needs_capital`), and whether it counts
    only after a preposition of nearness in a post about the war (`near_only`: a list-only
    village's short form that is also a word, «Зори», «Зорі», see `_LISTED_MIN_LEN`)."""

    candidates: tuple[Candidate, ...]
    common: bool
    capital_only: bool = False
    near_only: bool = False


def _head(name: str, lang: str) -> tuple[list[str], str] | None:
    words = normalize_key(name).split(" ")
    heads = _HEADS_UK if lang == "uk" else _HEADS_RU
    if len(words) >= 2 and words[-1] in heads:
        return words[:-1], words[-1]
    return None


def _region_name_forms(name: str, lang: str, kind: str) -> set[str]:
    """A region or district name with its head noun, also abbreviated and elliptic."""
    forms = name_forms(name, lang, plural_head=kind in ("region", "district"))
    if kind == "water":
        forms |= _river_forms(name, lang)
    split = _head(name, lang)
    if split is None:
        return forms
    words, head = split
    abbreviation = (_HEADS_UK if lang == "uk" else _HEADS_RU).get(head)
    adjective = " ".join(words)
    if abbreviation:
        forms |= {
            f"{adj} {abbreviation}" for adj in adjective_forms(adjective, lang, genders=False)
        }
    # «над Курским регионом», «у Сумському регіоні» (not the capitals': «московский регион» is
    # the city and its oblast together)
    if kind == "region" and head == "область" and name not in _CAPITAL_REGIONS:
        forms |= name_forms(f"{_masculine(adjective, lang)} {_REGION_NOUN[lang]}", lang)
    if kind == "district" and head == "район":
        extra = "муниципальный округ" if lang == "ru" else "територіальна громада"
        forms |= name_forms(f"{adjective} {extra.split()[0]} {extra.split()[1]}", lang)
        forms |= name_forms(f"{adjective} округ", lang)
    return forms


_REGION_NOUN = {"ru": "регион", "uk": "регіон"}
_CAPITAL_REGIONS = frozenset(
    {"Московская область", "Московська область", "Киевская область", "Київська область"}
)


def _masculine(adjective: str, lang: str) -> str:
    """An oblast's adjective in the masculine: курская → курский, сумська → сумський."""
    if lang == "uk":
        return adjective[:-1] + "ий" if adjective.endswith("а") else adjective
    if not adjective.endswith("ая"):
        return adjective
    stem = adjective[:-2]
    return stem + ("ий" if stem[-1:] in "гкхжшчщ" else "ый")


_RIVER_HEADS = {"ru": "река", "uk": "річка"}


def _river_forms(name: str, lang: str) -> set[str]:
    """A river named after its head noun («река Волчья»): the name alone in every case («вышли к
    Волчьей», «форсировали Оскол»: the resolver puts a town of the name first unless a river
    word stands before), after the head in any case («на реке Волчья», «на реке Волчьей») and
    after the head abbreviated («р. Вовча», «р.Оскол»)."""
    head, _, bare = normalize_key(name).partition(" ")
    if head != _RIVER_HEADS[lang] or not bare:
        return set()
    agreeing = postposed_adjective(bare, lang) if bare.isalpha() else None
    bares = name_forms(bare, lang)
    if agreeing is not None:  # Волчья, Вовча: an adjective, not a noun in «-я», «-а»
        bares = {bare} | {form for forms in agreeing.values() for form in forms}
    heads = {f"{h} " for h in name_forms(head, lang)} | {"р.", "р. "}
    return bares | {h + b for h in heads for b in bares}


def _adjectives(
    place: GazetteerPlace,
    names_ru: list[str],
    names_uk: list[str],
    extra_ru: list[str],
    extra_uk: list[str],
) -> dict[str, set[str]]:
    """Bare adjectives of a region (every gender) or a district (masculine)."""
    out: dict[str, set[str]] = {"ru": set(), "uk": set()}
    if place.kind not in ("region", "district"):
        return out
    for lang, names, extra in (("ru", names_ru, extra_ru), ("uk", names_uk, extra_uk)):
        adjectives = list(extra)
        for name in names:
            split = _head(name, lang)
            if split and len(split[0]) == 1:
                adjectives.append(split[0][0])
        for adjective in adjectives:
            out[lang] |= adjective_forms(adjective, lang, genders=place.kind == "region")
    return out


def _is_latin(name: str) -> bool:
    return not re.search("[а-яёіїєґ]", name.casefold())


def common_words_digest() -> str:
    """What the compiled matcher depends on besides the gazetteer: the common-words file."""
    data = COMMON_WORDS_FILE.read_bytes() if COMMON_WORDS_FILE.exists() else b""
    return hashlib.sha256(data).hexdigest()


def load_common_words() -> frozenset[str]:
    if not COMMON_WORDS_FILE.exists():
        return frozenset()
    lines = COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(normalize_key(x) for x in lines if x.strip() and not x.startswith("#"))


def place_surfaces(
    place: GazetteerPlace, gaz: Gazetteer, taken: frozenset[str]
) -> list[tuple[str, int, str]]:
    """(form, kind, lang) for one place; `taken`, every place's main names (`taken_names`)."""
    names = gaz.names[place.key]
    cyrillic = [a for a in names.ru + names.uk if not _is_latin(a)]
    ru = [n for n in [place.name_ru] if n] + [
        a for a in names.ru if a in cyrillic and guess_lang(a) == "ru"
    ]
    ru += apostrophe_spellings(ru, place.name_uk)
    ru += hard_e_spellings(ru, place.name_uk)
    # an alias the gazetteer lists as Ukrainian is declined as Ukrainian even when it is spelt
    # like a Russian word too (Херсонщина: херсонщини, not херсонщины)
    uk = [n for n in [place.name_uk] if n] + [
        a for a in cyrillic if a in names.uk or (a not in ru and guess_lang(a) == "uk")
    ]
    uk += unapostrophed(uk)
    if place.country == "RU" and place.kind not in ("region", "district", "water"):
        uk += russian_spelt_ukrainian(place.name_ru, uk, taken)
    out: list[tuple[str, int, str]] = []
    for lang, group in (("ru", ru), ("uk", uk)):
        for name in dict.fromkeys(group):
            forms = (
                _region_name_forms(name, lang, place.kind)
                if place.kind in ("region", "district", "water")
                else name_forms(name, lang)
            )
            if place.kind == "facility":
                forms = forms | quoted_forms(name, forms)
            out += [(f, NAME, lang) for f in forms]
            if lang == "uk" and place.kind in ("city", "town"):
                out += [(f, NAME, lang) for f in _vocative(name)]
            out += [(f, AXIS, lang) for f in town_axis_forms(place, name, lang)]
            out += [(f, AXIS, lang) for f in town_hromada_forms(place, name, lang)]
    out += [(f, AXIS, lang) for f, lang in district_axis_forms(place, gaz)]
    if place.kind in _SEAT_KINDS:  # a hromada's seat: its adjectives are the hromada's
        for lang, adjectives in (("uk", names.adj_uk), ("ru", names.adj_ru)):
            normalised = [normalize_key(a) for a in adjectives]
            seat = seat_hromada_forms(normalised, lang) | seat_axis_forms(place, normalised, lang)
            out += [(f, AXIS, lang) for f in seat]
    for lang, forms in _adjectives(place, ru, uk, names.adj_ru, names.adj_uk).items():
        out += [(f, ADJ, lang) for f in forms]
    latin = {normalize_key(place.name_en), *(normalize_key(a) for a in names.en)}
    latin |= {normalize_key(a) for a in names.ru + names.uk if _is_latin(a)}
    latin = {re.sub(r"\s*\(.*?\)", "", x).strip() for x in latin}
    if place.name_ru:
        latin |= latin_forms(place.name_ru, "ru")
    if place.name_uk:
        latin |= latin_forms(place.name_uk, "uk")
    out += [(f, LATIN, "lat") for f in latin if f]
    return out


# A town's name of one word in «-а» and its vocative in «-о» («Добрий вечір, Суджо», «Одесо»);
# not an adjective's («Лозова», «Кам'янська»), which is the nominative.
_VOCATIVE = re.compile(
    r"^(?![\w'’ʼ-]*(?:ськ|цьк|зьк|ов|ев|єв|ин|ен|ськ)а$)([\w'’ʼ]+[^аеиоуіїєюя])а$"
)


def _vocative(name: str) -> set[str]:
    found = _VOCATIVE.match(name)
    return {normalize_key(found.group(1) + "о")} if found else set()


def compile_entries(
    gaz: Gazetteer, keys: list[str], progress: Callable[[int], None] | None = None
) -> dict[str, SurfaceEntry]:
    """Surface form → SurfaceEntry over all places of `gaz` (indexed as in `keys`);
    `progress(n)` is called every 5,000 places done."""
    common_words = load_common_words()
    table: dict[str, dict[Candidate, None]] = {}
    lemmas: dict[str, dict[str, None]] = {}  # form: "lemma|lang" of each language it is in
    taken = taken_names(gaz)
    for index, key in enumerate(keys):
        if progress and index and index % 5000 == 0:
            progress(index)
        place = gaz.places[key]
        for form, kind, lang in place_surfaces(place, gaz, taken):
            if len(form.replace(" ", "")) < _MIN_LEN or form in gaz.stopwords:
                continue
            table.setdefault(form, {})[Candidate(index, kind, lang)] = None
            if kind == NAME and lang in ("ru", "uk"):
                base = place.name_ru if lang == "ru" else place.name_uk
                lemmas.setdefault(form, {})[normalize_key(base or "") + "|" + lang] = None
    region_adjectives = {
        f
        for f, c in table.items()
        if any(k == ADJ and gaz.places[keys[i]].kind == "region" for i, k, _ in c)
    }
    for form in list(table):
        # An axis named like an oblast is the oblast's (курское направление → Kursk Oblast),
        # but for the village axes named so (`axes.AXIS_ADJECTIVES`: «Липецький напрямок»);
        # a hromada named so is its seat's, the oblast's centre («Сумська громада»)
        hromada = _HROMADA.search(form) is not None
        kept = {
            c: None
            for c in table[form]
            if c.kind != AXIS
            or hromada
            or form.split(" ")[0] not in region_adjectives
            or keys[c.place] in AXIS_ADJECTIVES
        }
        kept = _axis_of_the_largest(kept, gaz, keys, hromada)
        if kept:
            table[form] = kept
        else:
            del table[form]
    entries: dict[str, SurfaceEntry] = {}
    for form, candidates in table.items():
        common = _common(form, candidates, gaz, keys, lemmas, common_words)
        short = len(form) <= _LISTED_MIN_LEN[common]
        if short and all(_listed_only(gaz.places[keys[i]]) for i, _, _ in candidates):
            if not (common and len(form) == _LISTED_MIN_LEN[common]):
                continue
            entries[form] = SurfaceEntry(tuple(candidates), common, near_only=True)
            continue
        entries[form] = SurfaceEntry(tuple(candidates), common)
    return entries


# An axis is named after the largest town of its name in the theatre (Ukraine and the Russian
# border oblasts): «покровское направление» is Pokrovsk (a city), never the town of Pokrov nor a
# settlement Pokrovske that share its adjective; «боровское направление» is Borova of Kharkiv
# Oblast, not Borovsk of Kaluga Oblast.
_AXIS_RANK = {"city": 3, "town": 2, "settlement": 1}
_RUSSIAN_BORDER = frozenset({"Kursk Oblast", "Belgorod Oblast", "Bryansk Oblast"})


def _axis_rank(place: GazetteerPlace) -> tuple[bool, int]:
    theatre = place.country != "RU" or place.oblast in _RUSSIAN_BORDER
    return theatre, _AXIS_RANK.get(place.kind, 0)


# A hromada's name: its seat's, of any size («Миропільська громада» is Миропілля's, a village,
# or Миропіль's, a селище of Zhytomyr Oblast: for the post to tell), before a town named alike
# that is no seat
_HROMADA = re.compile(r" (громад|общин|отг)")


def _axis_of_the_largest(
    candidates: dict[Candidate, None], gaz: Gazetteer, keys: list[str], hromada: bool = False
) -> dict[Candidate, None]:
    axes = [c for c in candidates if c.kind == AXIS]
    if len(axes) < 2:
        return candidates
    rank = {
        c: (bool(gaz.names[keys[c.place]].adj_uk), 0)
        if hromada
        else _axis_rank(gaz.places[keys[c.place]])
        for c in axes
    }
    top = max(rank.values())
    return {c: None for c in candidates if c.kind != AXIS or rank[c] == top}


# The shortest form of list-only villages alone that is kept: 4 letters, or 5 when it is also an
# ordinary word (Липцы, Липці, a front village). Shorter ones («кут», «рова», «став») are far
# likelier the words themselves: those of 4 letters count only capitalised after a preposition
# of nearness in a post about the war («бои у Зори», «поблизу Зорі»: `SurfaceEntry.near_only`).
_LISTED_MIN_LEN = {False: 3, True: 4}


def _listed_only(place: GazetteerPlace) -> bool:
    """A village or settlement known only from a settlement list (KATOTTG, GeoNames)."""
    return place.kind in ("village", "settlement") and place.source.startswith(
        ("katottg", "geonames", "import")
    )


def _common(
    form: str,
    candidates: dict[Candidate, None],
    gaz: Gazetteer,
    keys: list[str],
    lemmas: dict[str, dict[str, None]],
    common_words: frozenset[str],
) -> bool:
    """Whether `form` is also an ordinary word; when a list-only village may be meant, any
    dictionary reading makes it one («пожежі», «південного»)."""
    if form in common_words:
        return True
    places = [gaz.places[keys[i]] for i, _, _ in candidates]
    if form not in lemmas or any(p.kind in ("region", "macro-region") for p in places):
        return False
    readings = [reading.split("|") for reading in lemmas[form]]
    lemma, lang = readings[0]
    if is_common_word(form, lang, lemma):
        return True
    # a list-only village: a reading in either language will do («Погребняк», a surname)
    names = frozenset(lemma for lemma, _ in readings)
    return any(_listed_only(p) for p in places) and any(
        is_dictionary_word(form, lang, names) for _, lang in readings
    )
