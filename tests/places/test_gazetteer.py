"""The bundled gazetteer, config tracking, aliases and stop-words."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import CustomPlace, PlacesFile, TrackSettings
from monitor.errors import ConfigError
from monitor.places.gazetteer import Gazetteer, GazetteerPlace, Names
from monitor.places.matcher import PlaceMatcher

SEED_KEYS = {
    "kursk": "city",
    "kursk-oblast": "region",
    "sudzha": "town",
    "malaya-loknya": "village",
    "cherkasskoye-porechnoye": "village",
    "kositsa": "village",
    "kyiv": "city",
    "sudzhansky-district": "district",
}


def test_seed_keys_exist(seed_gazetteer: Gazetteer) -> None:
    gaz = seed_gazetteer
    for key, kind in SEED_KEYS.items():
        assert gaz.places[key].kind == kind, key
    assert gaz.places["sudzha"].name_ru == "Суджа"
    assert gaz.places["sudzha"].district == "Sudzhansky District"


def test_every_compiled_city_is_bundled_in_its_oblast(seed_gazetteer: Gazetteer) -> None:
    """A city of tools/gazetteer_src/cities.txt whose slug a village of another oblast took
    (Kostiantynivka) is bundled under a key of its own, not dropped as a duplicate."""
    cities = Path(__file__).resolve().parents[2] / "tools" / "gazetteer_src" / "cities.txt"
    bundled = {(p.name_uk, p.oblast) for p in seed_gazetteer.places.values() if p.kind == "city"}
    missing = [
        (fields[4], fields[8])
        for line in cities.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
        for fields in [line.split(";")]
        if fields[0] == "city" and (fields[4], fields[8]) not in bundled
    ]
    assert not missing
    assert seed_gazetteer.places["kostiantynivka-donetsk-oblast-city"].oblast == "Donetsk Oblast"


def test_every_region_of_both_countries_is_bundled(seed_gazetteer: Gazetteer) -> None:
    gaz = seed_gazetteer
    regions = [p for p in gaz.places.values() if p.kind == "region"]
    assert sum(p.country == "UA" for p in regions) >= 25
    assert sum(p.country == "RU" for p in regions) >= 80


def test_ukrainian_settlements_have_russian_forms(seed_gazetteer: Gazetteer) -> None:
    gaz = seed_gazetteer
    assert gaz.places["yunakivka"].name_ru == "Юнаковка"
    assert len(gaz.places) > 5000


def test_english_names_write_no_yo_nor_soft_sign(seed_gazetteer: Gazetteer) -> None:
    """GeoNames writes «Suzëmka», «Dyat’kovo»; English (and a labeller) writes Suzemka,
    Dyatkovo. The GeoNames forms stay alternatives, so Latin text still matches them."""
    names = {p.name_en for p in seed_gazetteer.places.values()}
    assert not [n for n in names if "ë" in n or "’" in n]
    assert {"Suzemka", "Dyatkovo"} <= names
    assert "Suzëmka" in seed_gazetteer.names["suz-mka"].en


def test_tracking_by_district_and_oblast() -> None:
    cfg = PlacesFile(
        track=TrackSettings(
            places=["sudzha"], districts=["Sudzhansky District"], oblasts=["belgorod-oblast"]
        )
    )
    gaz = Gazetteer.load(cfg)
    assert {"sudzha", "malaya-loknya", "kositsa", "sudzhansky-district"} <= gaz.tracked
    assert "grayvoron" in gaz.tracked and "korenevo" not in gaz.tracked


def test_unknown_tracked_place_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown place 'atlantis'"):
        Gazetteer.load(PlacesFile(track=TrackSettings(places=["atlantis"])))


def test_custom_places_aliases_and_stopwords(tmp_path) -> None:  # type: ignore[no-untyped-def]
    cfg = PlacesFile(
        places=[
            CustomPlace(
                key="zarechye-test",
                name_en="Zarechye",
                name_ru="Заречье",
                oblast="Kursk Oblast",
                country="RU",
                kind="village",
                aliases=["Zaretschje"],
            )
        ],
        aliases={"sudzha": ["Суджанск"]},
        stopwords=["коренево"],
        track=TrackSettings(places=["zarechye-test"]),
    )
    gaz = Gazetteer.load(cfg)
    matcher = PlaceMatcher.load(gaz, tmp_path)
    found = [m.place_key for m in matcher.find("Бои в Заречье, у Суджанска и в Коренево")]
    assert found == ["zarechye-test", "sudzha"]
    assert "zarechye-test" in gaz.tracked


def test_a_tsv_file_reads_as_its_rows_would_by_name(tmp_path: Path) -> None:
    """`load_file` reads rows by column position: columns in any order, a column missing, one
    named twice (the last counts), short and long rows and padded fields read as `add_row`
    reads each row by name."""
    header = ["lon", "name_ru", "key", "kind", "name_en", "alt_ru", "lat", "key", "extra"]
    rows = [
        ["30.5", "Киев", "ignored", " City ", "Kyiv", "Киiв | Кыев|", "50.4", "kyiv-x", "x"],
        ["", " Суджа ", "", "khutor", "Sudzha", "", "bad", "sudzha-x"],  # short
        ["1", "", "", "", "No Key", "", "", ""],  # no key: skipped
        ["", "Где-то", "", "", "", "", "", "nowhere"],  # no English name: skipped
        ["", "", "", "", "Long", "", "", "long", "", "surplus", "fields"],
    ]
    path = tmp_path / "places.tsv"
    path.write_text("\n".join("\t".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    loaded = Gazetteer()
    loaded.load_file(path)
    by_name = Gazetteer()
    for row in rows:
        named = dict(zip(header, (field.strip() for field in row), strict=False))
        if named.get("key") and named.get("name_en"):
            by_name.add_row(named, path.name)
    assert loaded.places == by_name.places
    assert loaded.names == by_name.names
    assert list(loaded.places) == ["kyiv-x", "sudzha-x", "long"]
    assert loaded.places["kyiv-x"].kind == "city"
    assert loaded.names["kyiv-x"].ru == ["Киiв", "Кыев"]
    assert loaded.places["sudzha-x"].lat is None and loaded.places["sudzha-x"].kind == "village"


def test_a_files_names_are_made_when_first_asked_for(tmp_path: Path) -> None:
    """`names` makes the `Names` of a file's rows when first asked for: the same, in the same
    order, as made row by row, with a place added and a row read again meanwhile;
    `has_adj_uk` reads them unmade."""
    header = ["key", "name_en", "alt_en", "adj_uk"]
    rows = [["a", "A", "Aa|Ab", ""], ["b", "B", "", "бська"], ["c", "C", "", " | "]]
    rows.append(["a", "A2", "", "аська"])  # the later row counts
    path = tmp_path / "places.tsv"
    path.write_text("\n".join("\t".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    added = GazetteerPlace("d", "D", None, None, "town", None, None, "UA", None, None, "test")
    loaded = Gazetteer()
    loaded.load_file(path)
    loaded.add(added, Names(en=["Dd"]))
    assert [loaded.has_adj_uk(key) for key in "abcd"] == [True, True, False, False]
    by_row = Gazetteer()
    for row in rows:
        by_row.add_row(dict(zip(header, row, strict=True)), path.name)
    by_row.add(added, Names(en=["Dd"]))
    assert list(loaded.names.items()) == list(by_row.names.items())
    assert loaded.names["a"] == Names(adj_uk=["аська"])


def test_tracking_other_places_changes_the_fingerprint() -> None:
    """The compiled matcher gives tracked places a higher prior, so its cache (keyed by the
    fingerprint) must not outlive an edit of `[track]`."""
    sudzha = Gazetteer.load(PlacesFile(track=TrackSettings(places=["sudzha"])))
    kursk = Gazetteer.load(PlacesFile(track=TrackSettings(places=["kursk"])))
    again = Gazetteer.load(PlacesFile(track=TrackSettings(places=["sudzha"])))
    assert sudzha.fingerprint != kursk.fingerprint
    assert sudzha.fingerprint == again.fingerprint
