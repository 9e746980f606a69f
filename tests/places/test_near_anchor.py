"""The nearest-anchor rule of the resolver: the first other anchor within NEAR_KM."""

from __future__ import annotations

from monitor.places.geo import NEAR_KM, distance_km
from monitor.places.place_info import PlaceInfo
from monitor.places.post_context import first_near


def _place(key: str, lat: float | None, lon: float | None) -> PlaceInfo:
    return PlaceInfo(key, "village", None, None, None, "UA", lat, lon, 0.0, False)


def test_the_first_other_anchor_within_reach_is_chosen() -> None:
    here = _place("here", 48.0, 37.0)
    far_north = _place("far-north", 49.0, 37.0)  # 111 km: ruled out by latitude alone
    far_east = _place("far-east", 48.0, 38.0)  # same latitude, 74 km
    close = _place("close", 48.1, 37.1)
    closer = _place("closer", 48.0, 37.01)
    assert distance_km(far_east, here) > NEAR_KM > distance_km(close, here)
    anchors = [here, far_north, far_east, close, closer]
    assert first_near(anchors, here) == close
    assert first_near([here, far_north, far_east], here) is None


def test_places_without_coordinates_are_never_near() -> None:
    here = _place("here", 48.0, 37.0)
    assert first_near([_place("nowhere", None, None)], here) is None
    assert first_near([here, _place("there", 48.0, 37.0)], _place("x", None, None)) is None
