"""What the gazetteer's sources put in it: Russia's border oblasts from GeoNames' postal codes,
points of Ukrainian settlements, and every point inside its oblast (paraphrases written for these
tests, not gold posts)."""

from __future__ import annotations

import pytest

from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher
from tests.seed_matcher import Keys

# (south, west, north, east) of each oblast, rounded outward by hand from maps: independent of
# the boxes the build derives from GeoNames, so a point the build misplaces still fails here.
OBLAST_BOXES = {
    "Kursk Oblast": (50.8, 34.0, 52.5, 38.6),
    "Belgorod Oblast": (49.7, 35.2, 51.5, 39.3),
    "Bryansk Oblast": (51.95, 31.1, 54.1, 35.4),
    "Sumy Oblast": (50.0, 32.9, 52.45, 35.75),
    "Kharkiv Oblast": (48.5, 34.7, 50.5, 38.1),
    "Chernihiv Oblast": (50.2, 30.3, 52.45, 33.5),
    "Donetsk Oblast": (46.8, 36.5, 49.3, 38.95),
    "Luhansk Oblast": (47.75, 37.75, 50.15, 40.3),
    "Zaporizhzhia Oblast": (46.0, 34.1, 48.2, 37.3),
    "Kherson Oblast": (45.5, 31.4, 47.6, 35.4),
    "Dnipropetrovsk Oblast": (47.4, 32.9, 49.3, 37.0),
    "Mykolaiv Oblast": (46.2, 30.1, 48.3, 33.2),
    "Crimea": (44.3, 32.4, 46.3, 36.7),
    "Odesa Oblast": (45.2, 28.2, 48.2, 31.2),
    "Poltava Oblast": (48.7, 32.0, 50.6, 35.5),
    "Kyiv Oblast": (49.1, 29.2, 51.6, 32.2),
    "Kyiv": (50.2, 30.2, 50.6, 30.9),
    "Cherkasy Oblast": (48.4, 29.5, 50.3, 32.9),
    "Kirovohrad Oblast": (47.7, 29.7, 49.2, 33.9),
    "Vinnytsia Oblast": (47.9, 27.3, 50.0, 30.0),
    "Zhytomyr Oblast": (49.6, 27.1, 51.7, 29.6),
    "Khmelnytskyi Oblast": (48.4, 26.1, 50.6, 28.0),
    "Rivne Oblast": (50.0, 25.0, 52.0, 27.7),
    "Volyn Oblast": (50.2, 23.5, 52.0, 26.2),
    "Lviv Oblast": (48.7, 22.5, 50.7, 25.6),
    "Ternopil Oblast": (48.5, 24.6, 50.3, 26.5),
    "Ivano-Frankivsk Oblast": (47.7, 23.4, 49.6, 25.7),
    "Zakarpattia Oblast": (47.8, 22.1, 49.1, 24.7),
    "Chernivtsi Oblast": (47.7, 24.9, 48.7, 27.6),
}
BORDER = ("Kursk Oblast", "Belgorod Oblast", "Bryansk Oblast")
AREAS = ("region", "macro-region", "water")


def test_every_point_lies_inside_its_oblast(seed_gazetteer: Gazetteer) -> None:
    outside = []
    for place in seed_gazetteer.places.values():
        box = OBLAST_BOXES.get(place.oblast or "")
        # a region's, river's or reservoir's point is a rough centre, maybe on the boundary
        if box is None or place.lat is None or place.lon is None or place.kind in AREAS:
            continue
        south, west, north, east = box
        if not (south <= place.lat <= north and west <= place.lon <= east):
            outside.append((place.key, place.oblast, place.lat, place.lon))
    assert outside == []


def test_a_belgorod_village_has_its_raion_and_point(seed_gazetteer: Gazetteer) -> None:
    village = next(
        p
        for p in seed_gazetteer.places.values()
        if p.name_ru == "Гостищево" and p.oblast == "Belgorod Oblast"
    )
    assert village.district == "Yakovlevsky District" and village.country == "RU"
    assert village.name_en == "Gostishchevo" and village.name_uk
    assert village.lat == pytest.approx(50.78, abs=0.05)
    assert village.lon == pytest.approx(36.66, abs=0.05)
    assert village.source.startswith("geonames postal 309")


def test_russian_border_oblasts_have_their_post_office_settlements(
    seed_gazetteer: Gazetteer,
) -> None:
    settlements: dict[str, list[str]] = {oblast: [] for oblast in BORDER}
    for place in seed_gazetteer.places.values():
        if place.oblast in settlements and place.kind not in ("region", "district"):
            settlements[place.oblast].append(place.district or "")
    for oblast, districts in settlements.items():
        assert len(districts) > 450, oblast
        assert sum(bool(d) for d in districts) > 0.9 * len(districts), oblast
    postal = [p for p in seed_gazetteer.places.values() if p.source.startswith("geonames postal")]
    assert all(p.name_en and p.name_ru and p.name_uk and p.oblast in BORDER for p in postal)
    assert all((p.lat is None) == (p.lon is None) for p in postal)


def test_ukrainian_settlements_placed_by_postal_codes(seed_gazetteer: Gazetteer) -> None:
    katottg = [p for p in seed_gazetteer.places.values() if p.source.startswith("katottg")]
    placed = [p for p in katottg if "point geonames postal" in p.source]
    assert len(placed) > 10000 and all(p.lat is not None for p in placed)
    assert sum("(nearest raion)" in p.source for p in placed) > 1000
    assert sum(p.lat is not None for p in katottg) > 14000


def test_ukrainian_ine_names_have_the_russian_ino_form(seed_gazetteer: Gazetteer) -> None:
    pushkine = [p.key for p in seed_gazetteer.places.values() if p.name_uk == "Пушкіне"]
    assert pushkine and all("Пушкино" in seed_gazetteer.names[k].ru for k in pushkine)


def test_a_border_village_does_not_take_a_namesake_of_the_front(
    seed_matcher: PlaceMatcher, seed_gazetteer: Gazetteer
) -> None:
    # Пушкино is a Bryansk village and the Russian form of Crimea's Пушкіне: a post about the
    # Donetsk front names neither oblast, so neither is flagged with confidence
    text = "На Покровском направлении наши продвинулись у Пушкино и у Юрьевки под Покровском."
    for mention in seed_matcher.find(text):
        oblast = seed_gazetteer.places[mention.place_key].oblast
        assert oblast == "Donetsk Oblast" or mention.confidence <= 0.3, mention.place_key


@pytest.mark.parametrize(
    ("text", "keys_found"),
    [
        ("Ночью дроны ударили по аэродрому Миргород.", ["myrhorod-air-base"]),
        ("В Миргороде объявили воздушную тревогу.", ["myrhorod"]),
        ("Дрони атакували аеродром Морозовськ.", ["morozovsk-air-base"]),
        ("Подразделения отошли за реку Казённый Торец.", ["kazennyi-torets-river"]),
        ("На Южно-Украинской АЭС отключили энергоблок.", ["south-ukraine-npp"]),
        ("Повреждён Генический мост.", ["henichesk-bridge"]),
        # refineries, power plants and plants of the strike campaigns, the abbreviation undeclined
        ("Дроны атаковали Саратовский НПЗ.", ["saratov-refinery"]),
        ("На Афипском НПЗ после атаки начался пожар.", ["afipsky-refinery"]),
        ("Удар по Кременчугскому НПЗ.", ["kremenchuk-refinery"]),
        ("Дрони атакували Рязанський НПЗ.", ["ryazan-refinery"]),
        (
            "Беспилотники атаковали Новокуйбышевский нефтеперерабатывающий завод.",
            ["novokuibyshevsk-refinery"],
        ),
        # each refinery by its words in full too, in both languages
        ("Дрони вдарили по Саратовському нафтопереробному заводу.", ["saratov-refinery"]),
        ("Горит Сызранский нефтеперерабатывающий завод.", ["syzran-refinery"]),
        # a town of the strike campaigns whose forms are a word's too (лиска, a coot)
        ("В Лисках в результате падения обломков БПЛА возник пожар.", ["liski"]),
        ("Ракеты попали в Ладыжинскую ТЭС.", ["ladyzhyn-tpp"]),
        ("Росіяни вдарили по Добротвірській ТЕС.", ["dobrotvir-tpp"]),
        ("КАБы упали на цеха завода имени Малышева.", ["malyshev-plant"]),
        ("Повреждены цеха Кремний Эла.", ["kremniy-el"]),
        # military airfields airportsdata does not list, and Saky's from airportsdata
        ("«Кинжалы» ударили по аэродрому Староконстантинов.", ["starokostiantyniv-air-base"]),
        ("Жителі Старокостянтинова чули вибухи.", ["starokostiantyniv"]),
        ("ATACMS летели по аэродрому Саки.", ["saky-airfield"]),
        ("Дрони атакували аеродром Міллерово.", ["millerovo-air-base"]),
    ],
)
def test_airfields_rivers_and_plants_of_the_front(
    keys: Keys, text: str, keys_found: list[str]
) -> None:
    assert keys(text) == keys_found


def test_airfields_have_their_reference_points(seed_gazetteer: Gazetteer) -> None:
    airfields = [p for p in seed_gazetteer.places.values() if "point airportsdata" in p.source]
    assert len(airfields) >= 15 and all(p.kind == "facility" for p in airfields)
    myrhorod = seed_gazetteer.places["myrhorod-air-base"]
    assert myrhorod.lat == pytest.approx(49.93, abs=0.02)
    assert myrhorod.lon == pytest.approx(33.64, abs=0.02)
    # an airfield airportsdata does not list says its point is approximate
    starokostiantyniv = seed_gazetteer.places["starokostiantyniv-air-base"]
    assert starokostiantyniv.source == "compiled; approximate point"
    assert starokostiantyniv.lat == pytest.approx(49.75, abs=0.05)


def test_theatre_villages_without_a_point_get_their_postal_one(seed_gazetteer: Gazetteer) -> None:
    village = seed_gazetteer.places["cherkasskoye-porechnoye"]
    sudzha = seed_gazetteer.places["sudzha"]
    assert village.lat is not None and village.lon is not None and sudzha.lat is not None
    assert abs(village.lat - sudzha.lat) < 0.2 and abs(village.lon - (sudzha.lon or 0)) < 0.3
    assert village.source.startswith("theatre list") and "point geonames postal" in village.source
