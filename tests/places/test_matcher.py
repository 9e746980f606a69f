"""The place matcher on real-looking text: cases, spellings, namesakes and hard negatives."""

from __future__ import annotations

import gc
import logging
import shutil
from pathlib import Path

import pytest

import monitor.places.matcher as matcher_module
from monitor.gc_pause import gc_paused
from monitor.places import surfaces
from monitor.places.compiler import compiler_digest, source_digest
from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher, cache_path
from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    "text",
    [
        "Бои в Судже продолжаются",
        "Колонна вышла из Суджи",
        "ВСУ отошли к Судже",
        "Штурм Суджи",
        "Над Суджей сбит дрон",
        "Бої біля Суджі",
        "Обстріл Суджу",
        "Fighting in Sudzha",
        "Combats à Soudja",
        "Kämpfe um Sudscha",
        "Sudja was retaken",
        "Sudža",
        "в Суджу вошли",
    ],
)
def test_sudzha_in_every_form(text: str, keys: Keys) -> None:
    assert keys(text) == ["sudzha"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Бои у Малой Локни", "malaya-loknya"),
        ("В Малой Локне тихо", "malaya-loknya"),
        ("Освобождена Малая Локня", "malaya-loknya"),
        ("Бої за Малу Локню", "malaya-loknya"),
        ("У Малій Локні бої", "malaya-loknya"),
        ("з Малої Локні", "malaya-loknya"),
        ("Зашли в Черкасское Поречное", "cherkasskoye-porechnoye"),
        ("у Черкасского Поречного", "cherkasskoye-porechnoye"),
        ("біля Черкаського Поріччя", "cherkasskoye-porechnoye"),
        ("Бои за Косицу", "kositsa"),
        ("в Косице", "kositsa"),
        ("біля Косиці", "kositsa"),
        ("Взрывы в Курске", "kursk"),
        ("под Курском", "kursk"),
        ("у Курську вибухи", "kursk"),
        ("Удар по Киеву", "kyiv"),
        ("Вибухи в Києві", "kyiv"),
        ("Explosions in Kyiv", "kyiv"),
        ("Explosions in Kiev", "kyiv"),
        ("в Коренево", "korenevo"),
        ("Бои в Курской области", "kursk-oblast"),
        ("на Сумщине", "sumy-oblast"),
        ("над Брянской областью", "bryansk-oblast"),
        ("Сумщина: загроза БпЛА", "sumy-oblast"),
        ("в Суджанском районе", "sudzhansky-district"),
        ("в Юнаковке", "yunakivka"),
    ],
)
def test_seed_places_and_regions(text: str, key: str, keys: Keys) -> None:
    assert keys(text) == [key]


def test_spans_point_at_the_original_text(seed_matcher: PlaceMatcher) -> None:
    text = "🇺🇦🔥 «Су́джа» и Плёхово: бои у Малой\u00a0Локни"
    found = seed_matcher.find(text)
    assert [text[m.start : m.end] for m in found] == ["Су́джа", "Плёхово", "Малой\u00a0Локни"]
    assert all(m.surface == text[m.start : m.end] for m in found)
    assert [m.place_key for m in found] == ["sudzha", "plekhovo", "malaya-loknya"]


def test_longest_match_wins(keys: Keys) -> None:
    assert keys("Удар по Курской АЭС") == ["kursk-npp"]
    assert keys("Продолжаются бои в Николаево-Дарьино") == ["nikolayevo-darino"]


@pytest.mark.parametrize(
    "text",
    [
        "Открыл блокнот и записал",
        "В блокноте Jupyter",
        "оптическое волокно",
        "переметные сумы через плечо",
        "быть в курсе событий",
        "Курс доллара вырос",
        "онлайн-курсов много",
        "Верховный суд решил",
        "На Курской выступает театр",
        "В ТЦ Мега Белая Дача привели гуся",
        "80-летия Победы",
        "Мирный житель пострадал",
        "Погребняк забил гол",
        "Мартынов сказал",
        "Владимир Путин заявил",
        "Курчатовская программа развивается",
    ],
)
def test_hard_negatives(text: str, keys: Keys) -> None:
    assert keys(text) == []


def test_common_word_counts_when_capitalised_in_context(keys: Keys) -> None:
    assert keys("Ракетный удар по Сумам") == ["sumy"]
    assert keys("В Сумах прогремели взрывы") == ["sumy"]


def test_namesakes_resolved_by_region_in_post(keys: Keys) -> None:
    found = keys("Николаевка Сумской области под обстрелом")
    assert found[0] != "nikolayevka" and found[0].startswith("mykolaivka")
    assert keys("Бои у Николаевки Суджанского района")[0] == "nikolayevka"


def test_metonymy_of_capitals_is_not_a_place(keys: Keys) -> None:
    assert keys("Киев заявил о переговорах") == []
    assert keys("Шольц прибыл в Киев") == ["kyiv"]
    # a region noun further on does not make the government a place
    assert keys("Есть информация, что Киев будет выводить войска из Курской области") == [
        "kursk-oblast"
    ]


def test_each_mention_has_confidence_and_reason(seed_matcher: PlaceMatcher) -> None:
    mention = seed_matcher.find("бои в Судже")[0]
    assert 0.3 <= mention.confidence <= 1.0
    assert mention.reason == "Russian name"


@pytest.mark.parametrize(
    ("text", "key", "says", "never"),
    [
        # the mention's own oblast is no evidence: the text names no oblast (issue 14)
        ("Бои идут в Судже", "sudzha", "Russian name", "Kursk Oblast"),
        ("Fighting in Sudzha", "sudzha", "Latin-script spelling", "lat"),
        ("Бои в Курской области, у Суджи", "sudzha", "the post names Kursk Oblast", "Sudzha"),
        ("Бои у Суджи и Курска", "sudzha", "other places are in Kursk Oblast (kursk)", "lat"),
    ],
)
def test_reasons_are_plain_words(
    seed_matcher: PlaceMatcher, text: str, key: str, says: str, never: str
) -> None:
    [mention] = [m for m in seed_matcher.find(text) if m.place_key == key]
    assert says in mention.reason
    assert never not in mention.reason


def test_cache_round_trip(
    tmp_path: Path,
    seed_gazetteer: Gazetteer,
    seed_matcher: PlaceMatcher,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger="monitor.places.matcher"):
        first = PlaceMatcher.load(seed_gazetteer, tmp_path)
    assert list(tmp_path.glob("places-*.pickle"))
    compiling = [r.getMessage() for r in caplog.records]  # the slow first start says so
    assert compiling[0].startswith("compiling the place matcher for ")
    assert any(" of " in line and line.endswith(" places") for line in compiling)
    assert compiling[-1].startswith("compiled the place matcher: ")
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="monitor.places.matcher"):
        second = PlaceMatcher.load(seed_gazetteer, tmp_path)
    assert not caplog.records  # read from the cache: nothing compiled
    text = "Бои у Малой Локни и в Судже"
    assert second.find(text) == first.find(text) == seed_matcher.find(text)
    assert second.surface_forms() == first.surface_forms()  # every key and checked group


def test_loading_pauses_the_collector_and_restores_its_state(
    tmp_path: Path, seed_gazetteer: Gazetteer
) -> None:
    PlaceMatcher.load(seed_gazetteer, tmp_path)  # compiled into the cache
    assert gc.isenabled()
    PlaceMatcher.load(seed_gazetteer, tmp_path)  # read from it
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        assert not gc.isenabled()
        raise RuntimeError("a failed read")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # a caller's own pause is left alone
    finally:
        gc.enable()


def test_a_cache_naming_classes_that_moved_is_rebuilt(
    tmp_path: Path, seed_gazetteer: Gazetteer, seed_matcher: PlaceMatcher
) -> None:
    """A cache pickled before a class moved to another module cannot be unpickled: it is
    rebuilt, not an error that stops the analyzer from starting."""
    path = cache_path(seed_gazetteer, tmp_path)
    path.write_bytes(b"cmonitor.analysis.disambiguate\nPlaceInfo\n.")
    rebuilt = PlaceMatcher.load(seed_gazetteer, tmp_path)
    text = "Бои у Малой Локни и в Судже"
    assert rebuilt.find(text) == seed_matcher.find(text)
    assert path.read_bytes() != b"cmonitor.analysis.disambiguate\nPlaceInfo\n."


def test_editing_the_common_words_file_rebuilds_the_cache(
    tmp_path: Path, seed_gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """common_words.txt decides which forms are ordinary words; an edit must not be hidden by a
    matcher compiled before it."""
    words = tmp_path / "common_words.txt"
    words.write_text("# none yet\n", encoding="utf-8")
    monkeypatch.setattr(surfaces, "COMMON_WORDS_FILE", words)
    before = cache_path(seed_gazetteer, tmp_path)
    PlaceMatcher.load(seed_gazetteer, tmp_path)
    assert before.exists()
    words.write_text("судже\n", encoding="utf-8")
    after = cache_path(seed_gazetteer, tmp_path)
    assert after != before
    PlaceMatcher.load(seed_gazetteer, tmp_path)
    assert after.exists()


def test_a_change_to_the_compiling_code_changes_the_cache_key(tmp_path: Path) -> None:
    """An upgrade of the rules that compile (see `compiler.COMPILE_MODULES`) must not meet a
    matcher the old ones compiled (tests/places/test_cache_key.py: which code is in the key)."""
    package = Path(matcher_module.__file__).resolve().parent.parent
    for folder in ("places", "text"):
        shutil.copytree(package / folder, tmp_path / folder)
    before = source_digest(tmp_path)
    assert before == compiler_digest()
    rule = tmp_path / "places" / "surfaces.py"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# a new rule\n", encoding="utf-8")
    assert source_digest(tmp_path) != before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Сбиты 22 беспилотника: 10 - над Ростовской областью, 7 - над Белгородской, "
            "2 - над Воронежской.",
            ["rostov-oblast", "belgorod-oblast", "voronezh-oblast"],
        ),
        (
            "Сбили 50 дронов: 20 беспилотников в Курской области, 18 — в Брянской, "
            "три — в Орловской.",
            ["kursk-oblast", "bryansk-oblast", "oryol-oblast"],
        ),
        (
            "Над Брянской областью уничтожено 20 беспилотников, над Калужской — семь, и по одному "
            "над Смоленской и Курской областями.",
            ["bryansk-oblast", "kaluga-oblast", "smolensk-oblast", "kursk-oblast"],
        ),
        (
            "Перехвачено 60 беспилотников:\n• 31 — над Курской областью\n• 17 — над Брянской\n"
            "▪ 12 — над Орловской",
            ["kursk-oblast", "bryansk-oblast", "oryol-oblast"],
        ),
        # bullets with an emoji's variation selector, the count after the region
        (
            "Ночью сбиты 38 беспилотников:\n▪️над Брянской областью — 12\n▪️над Курской — 9\n"
            "▪️над Белгородской — 7",
            ["bryansk-oblast", "kursk-oblast", "belgorod-oblast"],
        ),
        # the shooting down between the items
        (
            "Над Брянской областью сбито 12 БПЛА, над Курской — 9.",
            ["bryansk-oblast", "kursk-oblast"],
        ),
        (
            "У Сумській області збито 5 дронів, у Харківській — 3.",
            ["sumy-oblast", "kharkiv-oblast"],
        ),
    ],
)
def test_bare_oblast_adjectives_in_a_drone_tally(
    text: str, expected: list[str], keys: Keys
) -> None:
    assert keys(text) == expected


def test_a_bare_oblast_adjective_far_from_any_list_is_not_a_place(keys: Keys) -> None:
    assert keys("Встречаемся на Курской в 18:00, потом — в Брянской шашлычной.") == []
