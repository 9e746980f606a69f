"""The axes (направления) a town names: «покровском направлении», «на Лиманському напрямку»,
and the axis named by a town's eponymous district («суджанское направление» → Sudzha)."""

from __future__ import annotations

from functools import cache

from monitor.places.forms import name_forms
from monitor.places.gazetteer import Gazetteer, GazetteerPlace
from monitor.text.normalize import normalize_key

AXIS_NOUN = {"ru": "направление", "uk": "напрямок"}


# Axes of the General Staff's reports named after a village rather than a town: the village's
# key and its Ukrainian and Russian names. No other place takes these axes' forms (Нова
# Павлівка's compound adjective is Новопавлівка's too).
AXIS_VILLAGES = {
    "novopavlivka-donetsk-oblast-pokrovsk-raion": ("Новопавлівка", "Новопавловка"),
    "vremivka": ("Времівка", "Времевка"),
}
# Axes whose adjectives are no regular ones of the village's name (Ukrainian, then Russian):
# the General Staff's «Липецький напрямок» is Lyptsi's (Kharkiv Oblast), not Russia's Lipetsk
# Oblast far from the front; Russian bloggers also write «Липцовское направление»
AXIS_ADJECTIVES = {"lyptsi": (("липецький",), ("липецкое", "липцовское"))}


# Operational directions named after a historic region, not a town: «Слобожанское
# направление» (Slobozhanshchyna: the Kharkiv Oblast border), «Таврійський напрямок» (Tavria:
# the south). The towns of that adjective (Slobozhanske, Tavriisk) take no axis of these names.
REGION_AXES = ("слобожанск", "слобожанськ", "таврийск", "таврійськ", "таврическ")


def _town_axes(forms: set[str]) -> set[str]:
    return {form for form in forms if not form.startswith(REGION_AXES)}


def town_axis_forms(place: GazetteerPlace, name: str, lang: str) -> set[str]:
    """«покровское направление», «покровський напрямок» for towns with a regular adjective,
    «часовоярський напрямок» for a two-word name, and the axes named after a village."""
    if place.key in AXIS_VILLAGES:
        return _axis_forms(name, lang)
    if place.key in AXIS_ADJECTIVES:
        uk, ru = AXIS_ADJECTIVES[place.key]
        return _adjective_axis_forms(list(uk if lang == "uk" else ru), lang)
    if place.kind not in ("city", "town", "settlement"):
        return set()
    return _town_axes(_axis_forms(name, lang) - _village_axis_forms(lang))


def town_hromada_forms(place: GazetteerPlace, name: str, lang: str) -> set[str]:
    """«білопільська громада» in every case, and with the plural noun as the last of a list
    («Ізюмської та Борівської громад»): a town's hromada, named like its axis (Ukrainian only;
    villages, most of them no hromada's centre, are left out)."""
    if lang != "uk" or place.kind not in ("city", "town", "settlement"):
        return set()
    word = _adjectival_key(name)
    if word is None:
        return set()
    return {
        f"{adjective[:-2]}{ending} {noun}"
        for adjective in hromada_adjectives(word)
        if adjective
        for ending, noun in _HROMADA_CASES
    }


def hromada_adjectives(word: str) -> list[str | None]:
    """The masculine adjectives a hromada may take from the normalised name of its seat."""
    if " " not in word:
        return _hromada_adjectives(word)
    adjectives: list[str | None] = [*_axis_adjectives(word, "uk")]
    return adjectives


# A hromada's nouns, in the cases of a feminine adjective's endings (nominative, genitive,
# dative and locative, accusative, instrumental), with a council's kind between, or none
_SEAT_NOUNS = {
    "uk": (
        ("а", "ої", "ій", "у", "ою"),
        (("громада", "громади", "громаді", "громаду", "громадою"), ("отг",) * 5),
        ("", "сільськ", "селищн", "міськ", "територіальн"),
    ),
    "ru": (
        ("ая", "ой", "ой", "ую", "ой"),
        (
            ("община", "общины", "общине", "общину", "общиной"),
            ("громада", "громады", "громаде", "громаду", "громадой"),
            ("отг",) * 5,
        ),
        ("", "сельск", "поселков", "городск", "территориальн"),
    ),
}


def seat_hromada_forms(adjectives: list[str], lang: str) -> set[str]:
    """Every case of the hromada of a seat whose feminine adjectives (KATOTTG's, normalised:
    «миропільська», «миропольская») the gazetteer gives: «в Миропільській громаді»,
    «Миропольской общины», «Миропільської сільської громади», «Миропольской ОТГ»."""
    endings, nouns, kinds = _SEAT_NOUNS[lang]
    stems = [a[: -len(endings[0])] for a in adjectives if a.endswith(endings[0])]
    forms: set[str] = set()
    for noun in nouns:
        for index, ending in enumerate(endings):
            forms |= {
                f"{stem}{ending} {kind}{ending if kind else ''}{' ' if kind else ''}{noun[index]}"
                for stem in stems
                for kind in kinds
            }
    # the last of a list of hromadas takes the plural noun: «Миропільської та Борівської громад»,
    # «Хотінська та Миропільська громади», «атакував Марганецьку та Покровську громади»
    forms |= {f"{stem}{ending} {noun}" for stem in stems for ending, noun in _SEAT_PLURAL[lang]}
    return forms


# The feminine adjective's ending and the plural noun, case by case (a list's last item)
_SEAT_PLURAL = {
    "uk": (
        ("а", "громади"), ("у", "громади"), ("ої", "громад"), ("ій", "громадах"),
        ("ої", "громадах"), ("ої", "отг"),
    ),
    "ru": (
        ("ая", "общины"), ("ую", "общины"), ("ой", "общин"), ("ой", "общинах"),
        ("ая", "громады"), ("ой", "громад"),
    ),
}  # fmt: skip


def _hromada_adjectives(word: str) -> list[str | None]:
    """The adjective of a hromada's centre: the axis one, and for names the axes never take
    Борова → борівський, Межова → межівський, Хотінь → хотінський (also written хотіньський),
    Суми → сумський."""
    if word.endswith(("ова", "ева")):
        return [word[:-3] + "івський"]
    if word.endswith("нь"):
        return [word[:-1] + "ський", word + "ський"]
    if word.endswith("и") and len(word) > 3:
        return [word[:-1] + "ський"]
    return [uk_axis_adjective(word)]


# The feminine adjective and «громада» in each case; then the plural noun a list ends with.
_HROMADA_CASES = (
    ("а", "громада"),
    ("ої", "громади"),
    ("ій", "громаді"),
    ("у", "громаду"),
    ("ою", "громадою"),
    ("а", "громади"),
    ("ій", "громадах"),
    ("ої", "громад"),
)


def _adjectival_key(name: str) -> str | None:
    """The normalised name, if an adjective can be made of it: one word, or two unhyphenated."""
    word = normalize_key(name)
    return None if "-" in word or word.count(" ") > 1 else word


def seat_axis_forms(place: GazetteerPlace, adjectives: list[str], lang: str) -> set[str]:
    """The axis of a town named by the adjective of the hromada it is the seat of (KATOTTG's,
    normalised, feminine: «борівська», «боровская»): «на Борівському напрямку», «на боровском
    направлении», for the names no rule of `_axis_adjectives` makes an adjective of (Борова,
    Попасна, Пологи, Балаклія)."""
    if place.kind not in ("city", "town", "settlement") or place.key in AXIS_VILLAGES:
        return set()
    # the feminine's ending → the masculine's (Ukrainian) or the neuter's (Russian)
    feminine, cut, ending = ("ська", "цька", "зька"), 1, "ий"
    if lang == "ru":
        feminine, cut, ending = ("ская", "цкая", "зкая"), 2, "ое"
    found = [a[:-cut] + ending for a in adjectives if a.endswith(feminine) and " " not in a]
    return _town_axes(_adjective_axis_forms(found, lang) - _village_axis_forms(lang))


def _axis_forms(name: str, lang: str) -> set[str]:
    word = _adjectival_key(name)
    if word is None:
        return set()
    return _adjective_axis_forms(_axis_adjectives(word, lang), lang)


def _adjective_axis_forms(adjectives: list[str], lang: str) -> set[str]:
    """Every case of the axis of each adjective (masculine in Ukrainian, neuter in Russian)."""
    forms: set[str] = set()
    for adjective in adjectives:
        forms |= (
            _uk_axis(adjective)
            if lang == "uk"
            else name_forms(f"{adjective} {AXIS_NOUN[lang]}", lang)
        )
    forms |= {f for adjective in adjectives for f in _sector_forms(adjective, lang)}
    # the last of a list of axes takes the plural noun, its adjective stays singular: «на
    # Покровському та Лиманському напрямках», «на Покровском и Курахском направлениях»
    forms |= {
        f[: -len(one)] + many
        for f in forms
        for one, many in _PLURAL
        if f.endswith(one) and f.split(" ")[-2].endswith(("ому", "ім", "ом"))
    }
    return forms


_PLURAL = ((" напрямку", " напрямках"), (" направлении", " направлениях"))

# A sector, salient or bridgehead named like an axis is the same town's: «на Сватовском
# участке», «Времевский выступ», «Кринковский плацдарм», «на Покровській ділянці фронту». Each
# noun in the five cases whose masculine adjective endings are `_SECTOR_ENDINGS` (Ukrainian
# «ділянка» is feminine: `_UK_PLOT`).
_SECTOR_NOUNS = {
    "ru": (
        ("участок", "участка", "участку", "участком", "участке"),
        ("выступ", "выступа", "выступу", "выступом", "выступе"),
        ("плацдарм", "плацдарма", "плацдарму", "плацдармом", "плацдарме"),
    ),
    "uk": (
        ("виступ", "виступу", "виступу", "виступом", "виступі"),
        ("плацдарм", "плацдарму", "плацдарму", "плацдармом", "плацдармі"),
    ),
}
_SECTOR_ENDINGS = {"ru": ("ий", "ого", "ому", "им", "ом"), "uk": ("ий", "ого", "ому", "им", "ому")}
_UK_PLOT: tuple[tuple[str, str], ...] = (("а", "ділянка"), ("ої", "ділянки"), ("ій", "ділянці"))
_UK_PLOT += (("у", "ділянку"), ("ою", "ділянкою"))


def _sector_forms(adjective: str, lang: str) -> set[str]:
    """«сватовский участок», «сватівська ділянка» and their cases from an axis's adjective
    (neuter «-ское» in Russian, masculine «-ський» in Ukrainian)."""
    stem = adjective[:-2]
    if not stem.endswith(("ск", "цк", "ськ", "цьк", "зьк")):
        return set()
    pairs = [
        (ending, noun)
        for nouns in _SECTOR_NOUNS[lang]
        for ending, noun in zip(_SECTOR_ENDINGS[lang], nouns, strict=True)
    ]
    pairs += list(_UK_PLOT) if lang == "uk" else []
    return {f"{stem}{ending} {noun}" for ending, noun in pairs}


@cache
def _village_axis_forms(lang: str) -> frozenset[str]:
    names = (uk if lang == "uk" else ru for uk, ru in AXIS_VILLAGES.values())
    adjectives = [a for uk, ru in AXIS_ADJECTIVES.values() for a in (uk if lang == "uk" else ru)]
    return frozenset(
        {f for name in names for f in _axis_forms(name, lang)}
        | _adjective_axis_forms(adjectives, lang)
    )


def _axis_adjectives(word: str, lang: str) -> list[str]:
    """The adjectives (masculine in Ukrainian, neuter in Russian) an axis may take from a
    town's name; a two-word name joins its first word with «о» (Часів Яр → часовоярський,
    Велика Новосілка → великоновосілківський, Красный Лиман → краснолиманское)."""
    first, _, last = word.rpartition(" ")
    prefix = _compound_prefix(first, lang) if first else ""
    if prefix is None:
        return []
    if lang == "uk":
        found = [uk_axis_adjective(last)]
        if last.endswith("ка") and last[-3:-2] not in ("в", "ї"):  # Новосілка → новосілківський
            found.append(last[:-1] + "івський")
    else:
        found = [ru_axis_adjective(last) or _ru_adjectival_axis(last)]
        if last.endswith("ка") and last[-3:-2] != "в":  # Новоселка → новоселковское
            found.append(last[:-1] + "овское")
    return [prefix + a for a in found if a]


def _compound_prefix(first: str, lang: str) -> str | None:
    """The first word of a two-word name as the first part of a compound adjective: велика →
    велико, часів → часово, красный → красно; None for a word of another shape."""
    if first.endswith(("ів", "ов")):
        return first[:-2] + "ово"
    endings = ("ая", "ый", "ий", "ой", "ое") if lang == "ru" else ("а", "ий", "е")
    for ending in endings:
        if first.endswith(ending) and len(first) > len(ending) + 2:
            return first[: -len(ending)] + "о"
    return None


def _ru_adjectival_axis(word: str) -> str | None:
    """The axis of a town named by a feminine adjective or in «-ея» (Боровая → боровское,
    Ясиноватая → ясиноватское, Кременная → кременское, Балаклея → балаклейское); not of
    other adjectives (Белая, Красная), whose «-ское» is no word."""
    if word.endswith(("овая", "евая", "ватая")):
        return word[:-2] + "ское"
    if word.endswith("нная"):
        return word[:-3] + "ское"
    if word.endswith("ея") and len(word) > 4:
        return word[:-1] + "йское"
    return None


def ru_axis_adjective(word: str) -> str | None:
    if word.endswith(("ск", "цк")):
        return word + "ое"
    if word.endswith(("ло", "ле")):  # Гуляйполе → гуляйпольское: a soft «л» keeps its «ь»
        return word[:-1] + "ьское"
    if word.endswith(("о", "е")):
        return word[:-1] + "ское"
    if word.endswith("ка"):
        return word[:-2] + "ское"
    if word[-1] not in "аеиоуыэюяйь":
        return word + "ское"
    return None


def uk_axis_adjective(word: str) -> str | None:
    """The adjective a Ukrainian axis takes from a town: Покровськ → покровський, Лиман →
    лиманський, Оріхів → оріхівський, Курахове → курахівський, Гуляйполе → гуляйпільський,
    Кремінна → кремінський, Костянтинівка → костянтинівський; None where the ending has no
    regular one."""
    if word.endswith(("ськ", "цьк")):
        return word + "ий"
    if word.endswith(("ове", "ово", "еве", "єве")):  # the closed syllable turns о/е into і
        return word[:-3] + ("ї" if word[-3] == "є" else "і") + "вський"
    if word.endswith("поле"):
        return word[:-4] + "пільський"
    if word.endswith("лля"):  # Добропілля → добропільський
        return word[:-2] + "ьський"
    if word.endswith(("ка", "нна")):  # Кремінна → кремінський
        return word[:-2] + "ський"
    if word.endswith(("е", "о")):
        return word[:-1] + "ський"
    if word[-1] not in "аеиоуіїєюяй'":  # Мелітополь → мелітопольський
        return word + "ський"
    return None


# «напрямок» loses its fleeting «о» (напрямку, напрямком), which the generic rules miss.
_UK_AXIS_CASES = (
    ("ий", "напрямок"),
    ("ого", "напрямку"),
    ("ому", "напрямку"),
    ("ому", "напрямкові"),
    ("им", "напрямком"),
    ("ім", "напрямку"),
)


def _uk_axis(adjective: str) -> set[str]:
    """Every case of «<adjective> напрямок» for a masculine adjective in «-ий»."""
    stem = adjective[:-2]
    return {f"{stem}{ending} {noun}" for ending, noun in _UK_AXIS_CASES}


def district_axis_forms(place: GazetteerPlace, gaz: Gazetteer) -> list[tuple[str, str]]:
    """(form, language) of the axis of a town named by its district's adjective when the
    district is named after it (Суджа, Суджанский район → «суджанское направление»,
    «суджанський напрямок»)."""
    if place.kind not in ("city", "town", "settlement"):
        return []
    district = _eponymous_district(place, gaz)
    if district is None:
        return []
    out: list[tuple[str, str]] = []
    for lang, district_name, town in (
        ("ru", district.name_ru, place.name_ru),
        ("uk", district.name_uk, place.name_uk),
    ):
        words = normalize_key(district_name).split(" ") if district_name and town else []
        if len(words) != 2 or words[1] not in ("район", "округ") or not town:
            continue
        adjective = words[0]
        if adjective[:4] != normalize_key(town)[:4] or not adjective.endswith(("ий", "ій")):
            continue
        forms = (
            name_forms(f"{adjective[:-2]}ое {AXIS_NOUN[lang]}", lang)
            if lang == "ru"
            else _uk_axis(adjective)
        )
        out += [(f, lang) for f in forms]
    return out


def _eponymous_district(place: GazetteerPlace, gaz: Gazetteer) -> GazetteerPlace | None:
    """The district of a town, or, for a town whose district the gazetteer does not give (the
    curated cities), the district of its oblast named after it (Bakhmut: Bakhmut Raion)."""
    districts = _districts_by_name(gaz)
    if place.district:
        return districts.get(place.district)
    if not place.name_en or not place.oblast:
        return None
    found = districts.get(f"{place.name_en} Raion") or districts.get(f"{place.name_en} District")
    return found if found is not None and found.oblast == place.oblast else None


_DISTRICTS: dict[int, dict[str, GazetteerPlace]] = {}


def _districts_by_name(gaz: Gazetteer) -> dict[str, GazetteerPlace]:
    index = _DISTRICTS.get(id(gaz))
    if index is None:
        index = {p.name_en: p for p in gaz.places.values() if p.kind == "district"}
        _DISTRICTS.clear()
        _DISTRICTS[id(gaz)] = index
    return index
