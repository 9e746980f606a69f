"""The front line as a prior for namesakes nothing else tells apart (monitor.places.front), with
the raions of the shipped config/places.toml (sentences written for these tests, not gold
posts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import load_settings
from monitor.errors import ConfigError
from monitor.places.confidence import CONFIDENCE_FLOOR
from monitor.places.front import FRONT_CONFIDENCE, FrontLine, war_post
from monitor.places.gazetteer import Gazetteer
from monitor.places.loading import check_front
from monitor.places.matcher import PlaceMatcher
from monitor.places.recent import REMEMBER_CONFIDENCE, ChannelMemory
from monitor.text.normalize import normalize

CONFIG = Path(__file__).resolve().parents[2] / "config"


@pytest.fixture(scope="module")
def raions() -> list[str]:
    return load_settings(CONFIG).places.front.raions


@pytest.fixture(scope="module")
def front_matcher(seed_matcher: PlaceMatcher, raions: list[str]) -> PlaceMatcher:
    """The seed matcher's compiled tables with a resolver of its own that follows the front."""
    m = seed_matcher
    matcher = PlaceMatcher(m.keys, m.infos, m.entries, m.automaton, m.checked, m.heads, m.one_byte)
    matcher.follow_front(raions)
    return matcher


def _found(matcher: PlaceMatcher, text: str, side: str = "ru") -> dict[str, tuple[str, float]]:
    """Surface → (place key, confidence)."""
    return {m.surface: (m.place_key, m.confidence) for m in matcher.find(text, side=side)}


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Бои за Липовку продолжаются.", "Липовку", "lypivka-donetsk-oblast"),
        ("Ситуация в Липовке: противник штурмует.", "Липовке", "lypivka-donetsk-oblast"),
        ("Ворог атакував Липівку.", "Липівку", "lypivka-donetsk-oblast"),
        ("Наш батальон зашел в Давидовку.", "Давидовку", "davydivka-luhansk-oblast-svatove-raion"),
        # the oblast leaves two Раздольное of Donetsk Oblast: one of them is on the front
        ("Армия освободила Раздольное в ДНР.", "Раздольное", "rozdolne-donetsk-oblast"),
    ],
)
def test_a_war_post_means_the_only_namesake_on_the_front(
    front_matcher: PlaceMatcher, seed_matcher: PlaceMatcher, text: str, surface: str, key: str
) -> None:
    assert _found(seed_matcher, text)[surface][1] == CONFIDENCE_FLOOR  # undecided without
    assert _found(front_matcher, text)[surface] == (key, FRONT_CONFIDENCE)


def test_of_several_on_the_front_the_one_near_the_posts_places(
    front_matcher: PlaceMatcher,
) -> None:
    found = _found(front_matcher, "Противник наступает на Новомихайловку со стороны Курахово.")
    # the Novomykhailivka of Marinka's hromada, which has no point of its own: it stands at
    # its hromada's centre, within 40 km of Kurakhove, which the ranking itself reads now
    # (tests/places/test_front_namesakes.py): surer than the front's guess
    key, confidence = found["Новомихайловку"]
    assert key == "novomykhailivka-donetsk-oblast-pokrovsk-raion"
    assert confidence > FRONT_CONFIDENCE
    found = _found(front_matcher, "Бои у Новодонецкого и Великой Новоселки.")
    key, confidence = found["Новодонецкого"]
    assert key == "novodonetske"
    assert confidence >= FRONT_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # five Новомихайловки lie in front raions and nothing else is named
        ("Наши зашли в Новомихайловку.", "Новомихайловку"),
        # a guess is no anchor: Липовка is taken from the front, Новомихайловка is not placed
        # near it
        ("Противник атакует позиции у Липовки и Новомихайловки.", "Новомихайловки"),
    ],
)
def test_several_namesakes_on_the_front_stay_undecided(
    front_matcher: PlaceMatcher, text: str, surface: str
) -> None:
    [mention] = [m for m in front_matcher.find(text, side="ru") if m.surface == surface]
    assert mention.confidence == CONFIDENCE_FLOOR
    assert "undecided" in mention.reason


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        # Гуляйполе has namesakes of its own, so it anchors nothing in the ranking; the
        # rear's village its prior put first (a settlement of Odesa Oblast, a curated
        # village of another oblast) yields to the front's namesake near it
        (
            "Окупанти зайшли в Гуляйполе. Ворог також просунувся поблизу Затишшя.",
            "Затишшя",
            "zatyshshia-zaporizhzhia-oblast",
        ),
        (
            "Окупанти зайшли в Гуляйполе. Бої тривають за Успенівку.",
            "Успенівку",
            "uspenivka-zaporizhzhia-oblast-polohy-raion",
        ),
        (
            "Противник зашёл в Гуляйполе, бои идут у Полтавки.",
            "Полтавки",
            "poltavka-zaporizhzhia-oblast",
        ),
    ],
)
def test_a_rear_village_read_by_its_prior_yields_to_the_front_namesake_nearby(
    front_matcher: PlaceMatcher, seed_matcher: PlaceMatcher, text: str, surface: str, key: str
) -> None:
    assert _found(seed_matcher, text)[surface][0] != key  # the prior's reading without the front
    assert _found(front_matcher, text)[surface] == (key, FRONT_CONFIDENCE)


def test_a_rear_village_read_by_its_prior_stays_without_a_front_namesake_nearby(
    front_matcher: PlaceMatcher, seed_matcher: PlaceMatcher
) -> None:
    alone = "Ворог просунувся поблизу Затишшя."  # nothing to be near: an abstention still
    assert _found(front_matcher, alone)["Затишшя"][1] == CONFIDENCE_FLOOR
    peace = "У Затишші відкрили школу, а в Гуляйполі ярмарок."  # no war
    assert _found(front_matcher, peace) == _found(seed_matcher, peace)


def test_a_post_not_about_the_war_stays_undecided(front_matcher: PlaceMatcher) -> None:
    # a school, a festival, the weather: nothing says the front's village is meant, and news
    # channels write of villages all over the country
    for text in (
        "В Липовке открыли новую школу.",
        "Дорогу на Липівку відремонтували цього літа.",
        "В Новомихайловке открыли школу.",
    ):
        [mention] = front_matcher.find(text, side="ru")
        assert mention.confidence == CONFIDENCE_FLOOR
        assert "undecided" in mention.reason


def test_the_oblast_the_post_names_keeps_its_namesake(front_matcher: PlaceMatcher) -> None:
    found = _found(front_matcher, "Обстрел Липовки в Сумской области, противник бьёт из миномётов.")
    assert found["Липовки"][0] == "lypivka"  # Sumy Oblast's, read as before
    assert found["Липовки"][1] > FRONT_CONFIDENCE
    found = _found(front_matcher, "Обстрел Дальнего в Днепропетровской области.")
    assert found["Дальнего"][0] == "dalnie-dnipropetrovsk-oblast"


def test_the_channels_recent_places_come_first(
    front_matcher: PlaceMatcher, seed_matcher: PlaceMatcher
) -> None:
    """A channel that has been writing of Zhytomyr Oblast's Lypivka means it: its memory is
    asked before the front."""
    memory = ChannelMemory()
    zhytomyr = [p for p in seed_matcher.infos if p.key.startswith("lypivka-zhytomyr-oblast")]
    assert zhytomyr
    memory.remember(zhytomyr, None)
    memory.remember(zhytomyr, None)
    [mention] = front_matcher.find("Бои за Липовку продолжаются.", side="ru", recent=memory)
    assert mention.place_key.startswith("lypivka-zhytomyr-oblast")


def test_a_front_reading_feeds_no_channel_memory() -> None:
    assert CONFIDENCE_FLOOR < FRONT_CONFIDENCE < REMEMBER_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "war"),
    [
        ("Наши зашли в Новомихайловку.", True),
        ("Противник атакует позиции у Липовки.", True),
        ("Ворог обстріляв село, є поранені.", True),
        ("Выход через балку под огнём.", True),
        ("Штурмовики 3-й бригады закрепились на окраине.", True),
        ("В Новомихайловке открыли школу.", False),
        ("У селі відкрили новий дитячий садок.", False),
        ("Оркестр сыграл на площади, ярмарка продлится до воскресенья.", False),
        ("Пожар: огнём уничтожен жилой дом, потерь нет.", False),
        ("Наступного тижня у селі відкриють школу.", False),
        ("Директора звільнили, захоплення учнів не вщухає.", False),
        ("Урожай укропа и отходы: о чём спорили на сходе.", False),
    ],
)
def test_war_words(text: str, war: bool) -> None:
    assert war_post(normalize(text).text) is war


def test_settlements_the_gazetteer_lists_without_their_raion(
    seed_matcher: PlaceMatcher,
) -> None:
    """Sievierodonetsk Raion's settlements carry only their hromada's code: they are on the
    front by it."""
    front = FrontLine(["Sievierodonetsk Raion"], seed_matcher.infos)
    keys = {seed_matcher.infos[i].key for i in front.front}
    assert "bilohorivka-luhansk-oblast" in keys
    assert "popasna" in keys


def test_every_shipped_raion_is_known(seed_gazetteer: Gazetteer, raions: list[str]) -> None:
    settings = load_settings(CONFIG)
    check_front(settings, seed_gazetteer)  # raises on an unknown name
    assert "Pokrovsk Raion" in raions
    bad = settings.model_copy(
        update={
            "places": settings.places.model_copy(
                update={"front": settings.places.front.model_copy(update={"raions": ["Pokrovk"]})}
            )
        }
    )
    with pytest.raises(ConfigError, match=r"front\.raions\.0"):
        check_front(bad, seed_gazetteer)
