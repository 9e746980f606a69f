"""The places a channel named recently settle namesakes its post leaves undecided (paraphrases
written for these tests, not gold posts)."""

from __future__ import annotations

from datetime import datetime, timedelta

from monitor.domain import PlaceMention
from monitor.places.confidence import CONFIDENCE_FLOOR
from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher
from monitor.places.recent import RECENT_CONFIDENCE, REMEMBER_CONFIDENCE, ChannelMemory

START = datetime(2024, 8, 1, 9, 0)
POKROVSK_RAION_POSTS = [
    "Ворог атакував біля Родинського та Білицького.",
    "Бої тривають поблизу Гродівки.",
]
KRAMATORSK_RAION_POST = "Ворог обстріляв Святогірськ і Райгородок."
LONE_NAMESAKE = "Ворог просунувся біля Новоселівки."


def _feed(matcher: PlaceMatcher, memory: ChannelMemory, text: str, at: datetime) -> None:
    """What `Analyzer.analyze` does with a channel's memory, on the matcher alone."""
    memory.advance(at)
    mentions = matcher.find(text, recent=memory)
    sure = [m.place_key for m in mentions if m.confidence >= REMEMBER_CONFIDENCE]
    memory.remember(matcher.places_of(sure), at)


def _novoselivka(matcher: PlaceMatcher, memory: ChannelMemory | None) -> PlaceMention:
    [mention] = matcher.find(LONE_NAMESAKE, recent=memory)
    return mention


def test_a_lone_namesake_takes_the_raion_the_channel_has_been_naming(
    seed_matcher: PlaceMatcher, seed_gazetteer: Gazetteer
) -> None:
    memory = ChannelMemory()
    for hours, text in enumerate(POKROVSK_RAION_POSTS):
        _feed(seed_matcher, memory, text, START + timedelta(hours=hours))
    mention = _novoselivka(seed_matcher, memory)
    place = seed_gazetteer.places[mention.place_key]
    assert (place.oblast, place.district) == ("Donetsk Oblast", "Pokrovsk Raion")
    assert mention.confidence == RECENT_CONFIDENCE
    assert "recently" in mention.reason


def test_without_history_or_memory_the_namesake_abstains(seed_matcher: PlaceMatcher) -> None:
    without = _novoselivka(seed_matcher, None)
    assert without.confidence == CONFIDENCE_FLOOR
    assert _novoselivka(seed_matcher, ChannelMemory()) == without


def test_history_split_between_raions_of_namesakes_abstains(seed_matcher: PlaceMatcher) -> None:
    memory = ChannelMemory()
    for hours, text in enumerate([*POKROVSK_RAION_POSTS, KRAMATORSK_RAION_POST]):
        _feed(seed_matcher, memory, text, START + timedelta(hours=hours))
    assert _novoselivka(seed_matcher, memory).confidence == CONFIDENCE_FLOOR


def test_history_older_than_the_window_is_forgotten(seed_matcher: PlaceMatcher) -> None:
    memory = ChannelMemory()
    for text in POKROVSK_RAION_POSTS:
        _feed(seed_matcher, memory, text, START)
    memory.advance(START + memory.window + timedelta(days=1))
    assert len(memory) == 0
    assert _novoselivka(seed_matcher, memory).confidence == CONFIDENCE_FLOOR


def test_a_cue_in_the_post_outweighs_the_channel_history(
    seed_matcher: PlaceMatcher, seed_gazetteer: Gazetteer
) -> None:
    memory = ChannelMemory()
    for text in POKROVSK_RAION_POSTS:
        _feed(seed_matcher, memory, text, START)
    text = "Ворог просунувся біля Новоселівки Краматорського району."
    [village] = [m for m in seed_matcher.find(text, recent=memory) if m.surface == "Новоселівки"]
    assert seed_gazetteer.places[village.place_key].district == "Kramatorsk Raion"


def test_a_reading_the_memory_chose_does_not_feed_it(seed_matcher: PlaceMatcher) -> None:
    memory = ChannelMemory()
    for text in POKROVSK_RAION_POSTS:
        _feed(seed_matcher, memory, text, START)
    before = len(memory)
    _feed(seed_matcher, memory, LONE_NAMESAKE, START + timedelta(hours=1))
    assert len(memory) == before
