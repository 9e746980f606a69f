"""How sure a reading of a surface form is: its confidence from the margin of its score over
the runner-up's, and whether namesakes are tied (the reading is then an abstention)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from monitor.places import reasons
from monitor.places.surfaces import NAME, Candidate

if TYPE_CHECKING:
    from monitor.places.context import Match

Scored = tuple[float, Candidate, bool]  # (score, candidate, supported by the post)

# Two readings closer than this are a tie: a list-only village in a tie is not flagged.
TIE = 0.5
# Confidence: CONFIDENCE_BASE, plus MARGIN_STEP per point of score over the runner-up (at most
# MARGIN_CAP, also the margin of a sole candidate), plus CAPITALISED for a capitalised match,
# less COMMON_WORD_PENALTY for a form that is also an ordinary word; kept between
# CONFIDENCE_FLOOR and CONFIDENCE_CEILING.
CONFIDENCE_BASE = 0.6
MARGIN_STEP = 0.1
MARGIN_CAP = 3.0
CAPITALISED = 0.09
COMMON_WORD_PENALTY = 0.15
CONFIDENCE_FLOOR = 0.3
CONFIDENCE_CEILING = 0.99
# Tied namesakes that all lie in the one raion the post names: the raion is settled, the
# village is a guess between neighbours (below REMEMBER_CONFIDENCE, so it anchors no later post).
ONE_RAION_CONFIDENCE = 0.5


class _Place(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def curated(self) -> bool: ...
    @property
    def district(self) -> str | None: ...


def undecided(scored: list[Scored], places: Sequence[_Place]) -> bool:
    """Whether the best reading is a list-only village tied with a namesake (Іванівка, of
    which there are a hundred, in a post that names neither their oblast nor anything near),
    or a district tied with a district of its name («у Подільському районі» alone)."""
    if len(scored) < 2 or scored[0][1].kind != NAME:
        return False
    best, runner_up = scored[0], scored[1]
    place = places[best[1].place]
    tied = best[0] - runner_up[0] < TIE and runner_up[1].place != best[1].place
    if place.kind == "district" and places[runner_up[1].place].kind == "district":
        return tied  # two districts of one name: Odesa Oblast's Podilsk Raion, Kyiv's Podilskyi
    return not place.curated and place.kind in ("village", "settlement") and tied


def tied_readings(scored: list[Scored]) -> tuple[Candidate, ...]:
    """The names tied with the best reading (`scored` best first), one per place, in order."""
    top = scored[0][0]
    tied = [s[1] for s in scored if s[1].kind == NAME and top - s[0] < TIE]
    return tuple({c.place: c for c in reversed(tied)}.values())[::-1]


def confidence(scored: list[Scored], capital: bool, common: bool) -> float:
    """How sure the reading is: the margin of the best score over the runner-up's."""
    margin = scored[0][0] - scored[1][0] if len(scored) > 1 else MARGIN_CAP
    confidence = min(
        CONFIDENCE_CEILING,
        CONFIDENCE_BASE + MARGIN_STEP * min(margin, MARGIN_CAP) + (CAPITALISED if capital else 0.0),
    )
    if common:
        confidence -= COMMON_WORD_PENALTY
    return round(max(confidence, CONFIDENCE_FLOOR), 2)


def one_raion(
    match: Match, scored: list[Scored], places: Sequence[_Place], districts: set[str]
) -> bool:
    """Whether the namesakes tied with the best reading all lie in its raion, which the post
    names («на Кураховском направлении: в Елизаветовке»: two Yelyzavetivkas of Pokrovsk Raion);
    the reading then stands at ONE_RAION_CONFIDENCE."""
    top = scored[0][0]
    district = places[scored[0][1].place].district
    if district is None or district not in districts:
        return False
    if any(places[s[1].place].district != district for s in scored if top - s[0] < TIE):
        return False
    match.confidence = ONE_RAION_CONFIDENCE
    match.reason += f"; {reasons.ONE_RAION}"
    return True
