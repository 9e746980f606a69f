"""What the resolver works out once per post (a candidate's support and score) stays with that
post's context, the longest-match rule is skipped only where it would keep every hit, and a cue
tested by its stems first answers as its regex."""

from __future__ import annotations

from dataclasses import replace

import pytest

from monitor.places.cues import GOVERNMENT_BEFORE, government_before
from monitor.places.matcher import _disjoint
from monitor.places.post_context import PlaceInfo, PostContext, support


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
