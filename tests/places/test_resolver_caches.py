"""What the resolver works out once per post (a candidate's support and score) stays with that
post's context, what it works out once per surface form is what the form's readings say, the
longest-match rule is skipped only where it would keep every hit, a cue tested by its stems
first answers as its regex, and a form whose readings the post is silent on ranks them as if
each were scored."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from monitor.places.cues import (
    GOVERNMENT_BEFORE,
    GROUPING_BEFORE,
    QUOTE_BEFORE,
    government_before,
    grouping_before,
    quote_before,
)
from monitor.places.form_facts import FormFactsCache, form_facts
from monitor.places.matcher import _disjoint
from monitor.places.place_info import PlaceInfo
from monitor.places.post_context import PostContext, support
from monitor.places.ranking import score, silent
from monitor.places.shared import MIN_NAMES, _leader
from monitor.places.surfaces import ADJ, NAME, Candidate, SurfaceEntry


def _place(key: str, oblast: str) -> PlaceInfo:
    return PlaceInfo(key, "village", None, oblast, None, "UA", None, None, 0.0, False)


def test_a_copy_with_more_areas_works_the_support_out_again() -> None:
    village = _place("ivanivka", "Donetsk Oblast")
    post = PostContext(set(), set(), [])
    assert support(village, post) == (False, False, None)
    shared = replace(post, regions={"Donetsk Oblast"})
    assert shared.supports == {} and shared.scores == {}
    assert support(village, shared) == (True, False, None)
    assert support(village, post) == (False, False, None)


def test_disjoint_hits_in_order() -> None:
    assert _disjoint([(0, 5, 1), (6, 10, 2), (10, 12, 3)])
    assert _disjoint([(3, 8, 1)])


def test_nested_or_crossing_hits_are_not_disjoint() -> None:
    # «курской области»: the two-word form and its second word end together
    assert not _disjoint([(0, 15, 1), (8, 15, 2)])
    assert not _disjoint([(0, 6, 1), (4, 10, 2)])


@pytest.mark.parametrize(
    "before",
    [
        "в подконтрольном ",
        "у підконтрольних ",
        "лояльного ",
        "подконтрольном",  # no space before the name: no government
        "неподконтрольном ",  # inside a longer word
        "бои у ",
        "",
    ],
)
def test_the_government_cue_as_its_regex(before: str) -> None:
    assert government_before(before) is bool(GOVERNMENT_BEFORE.search(before))
    assert government_before(f"{before}x ") is bool(GOVERNMENT_BEFORE.search(f"{before}x "))


def _region(key: str, region: str) -> PlaceInfo:
    return PlaceInfo(key, "region", None, None, region, "UA", None, None, 3.0, True)


def _district(key: str, district: str, oblast: str) -> PlaceInfo:
    return PlaceInfo(key, "district", None, oblast, district, "UA", None, None, 1.5, True)


INFOS = [
    _region("zaporizhzhia-oblast", "Zaporizhzhia Oblast"),
    _district("zaporizhzhia-raion", "Zaporizhzhia Raion", "Zaporizhzhia Oblast"),
    _place("stepove-zp", "Zaporizhzhia Oblast"),
    _place("stepove-dn", "Donetsk Oblast"),
]


def test_a_forms_facts_name_its_places_kinds_and_the_region_all_its_readings_share() -> None:
    # «Запорожском»: the oblast's adjective, the raion's, and a village's name of that oblast
    entry = SurfaceEntry(
        (Candidate(1, ADJ, "ru"), Candidate(0, ADJ, "ru"), Candidate(2, NAME, "ru")), False
    )
    facts = form_facts(entry, INFOS)
    assert sorted(facts.places) == [0, 1, 2]
    assert facts.kinds == {ADJ, NAME}
    assert facts.place_kinds == {"region", "district", "village"}
    assert facts.shared_region == ("Zaporizhzhia Oblast", 0)


@pytest.mark.parametrize(
    "candidates",
    [
        (Candidate(2, NAME, "ru"), Candidate(3, NAME, "ru")),  # two oblasts
        (Candidate(1, ADJ, "ru"), Candidate(2, NAME, "ru")),  # one oblast, but not named
        (Candidate(0, ADJ, "ru"), Candidate(0, ADJ, "uk")),  # one place: an anchor, not shared
    ],
)
def test_no_shared_region_where_the_readings_do_not_name_one(
    candidates: tuple[Candidate, ...],
) -> None:
    assert form_facts(SurfaceEntry(candidates, False), INFOS).shared_region is None


def test_the_facts_are_kept_per_entry_object() -> None:
    facts = FormFactsCache(INFOS)
    entry = SurfaceEntry((Candidate(2, NAME, "ru"), Candidate(3, NAME, "uk")), False)
    first = facts(entry)
    assert facts(entry) is first
    other = SurfaceEntry((Candidate(2, NAME, "ru"),), False)
    assert facts(other).places == (2,)


@pytest.mark.parametrize(
    "votes",
    [
        {},
        {"Donetsk Oblast": 1},
        {"Donetsk Oblast": 2},
        {"Donetsk Oblast": 2, "Kharkiv Oblast": 2},
        {"Kharkiv Oblast": 1, "Donetsk Oblast": 3, "Luhansk Oblast": 3},
        {"Kharkiv Oblast": 2, "Donetsk Oblast": 3, "Luhansk Oblast": 1},
    ],
)
def test_the_leading_area_is_the_one_counter_most_common_named(votes: dict[str, int]) -> None:
    counts = Counter(votes)
    top = counts.most_common(2)
    tied = len(top) > 1 and top[1][1] == top[0][1]
    expected = None if not top or top[0][1] < MIN_NAMES or tied else top[0][0]
    assert _leader(counts, set(votes)) == expected
    # an area only names that may be cities vote for leads nothing
    assert _leader(counts, set()) is None


@pytest.mark.parametrize(
    "before",
    [
        "удар по ",
        "аэродрома «",
        'аеродрому "  ',
        "группировка войск «",
        "угрупування військ ",
        "оту ",
        "осув «",
        "бригады «",
        "підрозділи '",
        "группировки войск ",
        "по оту",  # no space before the name
        "работу ",  # «оту» inside a word
        "",
        "  ",
        "«\n",
    ],
)
def test_the_quote_and_grouping_cues_as_their_regexes(before: str) -> None:
    assert quote_before(before) is bool(QUOTE_BEFORE.search(before))
    assert grouping_before(before) is bool(GROUPING_BEFORE.search(before))
    assert grouping_before(f"{before}x ") is bool(GROUPING_BEFORE.search(f"{before}x "))


def _at(key: str, oblast: str, district: str | None, lat: float | None) -> PlaceInfo:
    return PlaceInfo(key, "village", district, oblast, None, "UA", lat, 37.0, 0.3, False)


NAMESAKES = [
    _at("a", "Donetsk Oblast", "Pokrovsk Raion", 48.3),
    _at("b", "Kharkiv Oblast", "Izium Raion", 49.2),
    _at("c", "Sumy Oblast", None, None),
]


@pytest.mark.parametrize(
    ("regions", "districts", "anchor_lat"),
    [
        (set(), set(), None),
        ({"Donetsk Oblast"}, set(), None),
        (set(), {"Izium Raion"}, None),
        (set(), set(), 48.0),  # near the first
        (set(), set(), 47.9),  # 44 km south of it: no support
        (set(), set(), 51.0),
        ({"Lviv Oblast"}, {"Stryi Raion"}, 52.0),
    ],
)
def test_a_silent_post_scores_each_reading_its_base(
    regions: set[str], districts: set[str], anchor_lat: float | None
) -> None:
    candidates = (Candidate(0, NAME, "uk"), Candidate(1, NAME, "ru"), Candidate(2, NAME, "uk"))
    facts = form_facts(SurfaceEntry(candidates, False), NAMESAKES)
    anchors = [] if anchor_lat is None else [_at("x", "Lviv Oblast", None, anchor_lat)]
    post = PostContext(regions, districts, anchors)
    scored = [(*score(NAMESAKES[c.place], post, "ua", c.lang), c) for c in candidates]
    if silent(facts.oblasts, facts.districts, facts.lat_span, post):
        in_order, ranked = facts.base.scored("ua")
        assert [(s, c, supported) for s, supported, c in scored] == list(in_order)
        assert list(ranked) == sorted(in_order, key=lambda x: x[0], reverse=True)
    else:
        assert any(supported for _, supported, _ in scored)
