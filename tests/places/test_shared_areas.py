"""Namesakes told apart by the other names of their sentence: the raion or oblast most of them
can lie in (paraphrases written for these tests, not gold posts)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from monitor.places.context import Match
from monitor.places.disambiguate import CONFIDENCE_FLOOR
from monitor.places.matcher import PlaceMatcher
from monitor.places.post_context import PostContext
from monitor.places.shared import with_shared_areas
from monitor.places.surfaces import NAME, Candidate, SurfaceEntry
from tests.seed_matcher import Keys


def test_namesakes_listed_together_go_to_the_raion_they_share(keys: Keys) -> None:
    found = keys("Окупанти обстріляли Георгіївку, Парасковіївку та Красногорівку.")
    assert "heorhiivka-donetsk-oblast-pokrovsk-raion" in found
    assert "paraskoviivka-donetsk-oblast" in found
    assert "krasnohorivka-donetsk-oblast" in found


def test_a_shared_raion_of_an_oblast_the_post_does_not_name_counts_for_nothing(keys: Keys) -> None:
    """Hulyaipole and Kamianske each have a namesake in Dnipropetrovsk Oblast's Kamianske Raion,
    but the post is about Zaporizhzhia Oblast: the village of that oblast, not the city."""
    found = keys(
        "Запорізька область: ворог завдав ударів по Степногірську. БпЛА атакували Гуляйполе, "
        "Оріхів та Кам'янське."
    )
    assert "kamianske-zaporizhzhia-oblast" in found
    assert "kamianske" not in found


def test_a_lone_namesake_stays_undecided(seed_matcher: PlaceMatcher) -> None:
    found = seed_matcher.find("Ворог атакував Георгіївку.")
    assert [m.confidence for m in found] in ([], [CONFIDENCE_FLOOR])


def test_the_shared_area_does_not_reach_into_the_next_sentence(
    seed_matcher: PlaceMatcher,
) -> None:
    text = "Окупанти обстріляли Парасковіївку та Красногорівку. Окремо ворог атакував Георгіївку."
    heorhiivka = [m for m in seed_matcher.find(text) if m.surface == "Георгіївку"]
    # not settled by the first sentence's shared area; the Heorhiivka within 40 km of
    # Krasnohorivka (both at their hromadas' centres) may be read by nearness, post-wide
    assert all("shared by the sentence" not in m.reason for m in heorhiivka)
    assert all(m.confidence == CONFIDENCE_FLOOR or "within 40 km" in m.reason for m in heorhiivka)


def test_a_name_shared_by_many_places_does_not_vote_for_an_area(
    seed_matcher: PlaceMatcher,
) -> None:
    """«Покровском» may name 24 places: that one of them lies in the raion of a lone namesake's
    candidate is chance, not evidence that the namesake is there."""
    text = "Наши продвинулись у Юрьевки под Покровском."
    yurivka = [m for m in seed_matcher.find(text) if m.surface == "Юрьевки"]
    # no vote of the shared area; the city read surely (a second pass) may place the village
    # by nearness, the Yuriivka of Pokrovsk Raion standing at its hromada's centre
    assert all("shared by the sentence" not in m.reason for m in yurivka)
    assert all(m.confidence == CONFIDENCE_FLOOR or "within 40 km" in m.reason for m in yurivka)


def test_two_voting_namesakes_are_needed_before_sentences_are_compared() -> None:
    """Namesakes of more than MAX_VOTING_CANDIDATES places cast no vote, so a post with one
    voting namesake gets its own context back for every match without any area worked out."""

    class Area(NamedTuple):
        key: str
        kind: str
        oblast: str | None
        district: str | None

    def entry(places: range) -> SurfaceEntry:
        return SurfaceEntry(tuple(Candidate(p, NAME, "ru") for p in places), False)

    places = [Area(f"v{i}", "village", "Donetsk Oblast", "Pokrovsk Raion") for i in range(20)]
    post = PostContext(set(), set(), [])
    one_vote = [Match(0, 3, entry(range(2))), Match(5, 9, entry(range(2, 2 + 9)))]
    assert with_shared_areas("abc, defg", one_vote, post, places) == [post, post]
    two_votes = [Match(0, 3, entry(range(2))), Match(5, 9, entry(range(2, 4)))]
    shared = with_shared_areas("abc, defg", two_votes, post, places)
    assert shared[0] is shared[1] is not post
    assert shared[0].regions == {"Donetsk Oblast"}


def test_a_name_that_may_name_a_city_does_not_vote_for_an_area(keys: Keys) -> None:
    """Mykolaiv Oblast has villages named Kyiv and Lviv: two cities named together are no
    evidence that both are those villages."""
    found = keys("Массированный удар: поражены ТЭЦ в Киеве, подстанции во Львове.")
    assert {"kyiv", "lviv"} <= set(found)
    assert not any(key.endswith("mykolaiv-oblast") for key in found)


def test_a_name_that_is_also_a_word_does_not_vote_for_an_area(keys: Keys) -> None:
    """Two surnames that are also villages' names (Лавров, Котов) agree on an oblast by
    chance; a city's name and a word's («в Королёве и Видном») likewise: neither makes the
    sentence's villages of that oblast."""
    assert not keys("Лавров и Котов провели переговоры.")
    found = keys("В Красногорске, Королёве, Реутове и Видном тариф вырос.")
    assert {"korolyov", "reutov"} <= set(found)
    assert not any(key.startswith("vydne") for key in found)


@pytest.mark.parametrize(
    "text",
    [
        "Частина підрозділів виходить з оточення біля заводу в Авдіївці.",
        "Біля заводу в Авдіївці тривають бої.",
    ],
)
def test_a_lowercase_word_casts_no_vote(keys: Keys, text: str) -> None:
    """A village of Chernihiv Raion is called Завод, and a village of that raion Авдіївка:
    «заводу» written lowercase is the word, not a place, and names no raion the post's
    Avdiivka must share."""
    assert keys(text, "ua") == ["avdiivka"]
