"""Namesakes told apart by the other names of their sentence: the raion or oblast most of them
can lie in (paraphrases written for these tests, not gold posts)."""

from __future__ import annotations

from monitor.places.disambiguate import CONFIDENCE_FLOOR
from monitor.places.matcher import PlaceMatcher
from tests.seed_matcher import Keys


def test_namesakes_listed_together_go_to_the_raion_they_share(keys: Keys) -> None:
    found = keys("Окупанти обстріляли Георгіївку, Парасковіївку та Красногорівку.")
    assert "heorhiivka-donetsk-oblast-pokrovsk-raion" in found
    assert "paraskoviivka-donetsk-oblast" in found
    assert "krasnohorivka-donetsk-oblast" in found


def test_a_lone_namesake_stays_undecided(seed_matcher: PlaceMatcher) -> None:
    found = seed_matcher.find("Ворог атакував Георгіївку.")
    assert [m.confidence for m in found] in ([], [CONFIDENCE_FLOOR])


def test_the_shared_area_does_not_reach_into_the_next_sentence(
    seed_matcher: PlaceMatcher,
) -> None:
    text = "Окупанти обстріляли Парасковіївку та Красногорівку. Окремо ворог атакував Георгіївку."
    heorhiivka = [m for m in seed_matcher.find(text) if m.surface == "Георгіївку"]
    assert [m.confidence for m in heorhiivka] in ([], [CONFIDENCE_FLOOR])


def test_a_name_shared_by_many_places_does_not_vote_for_an_area(
    seed_matcher: PlaceMatcher,
) -> None:
    """«Покровском» may name 24 places: that one of them lies in the raion of a lone namesake's
    candidate is chance, not evidence that the namesake is there."""
    text = "Наши продвинулись у Юрьевки под Покровском."
    yurivka = [m for m in seed_matcher.find(text) if m.surface == "Юрьевки"]
    assert [m.confidence for m in yurivka] in ([], [CONFIDENCE_FLOOR])
