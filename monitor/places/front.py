"""The front line: a prior for namesakes nothing else tells apart, in a post about the war.

A war post that names «Новомихайловка» or «Ильинка» with no oblast, axis or neighbour almost
always means the village on the front, not one of its dozen namesakes in the rear. The front is
a fact table of raions (`[front] raions` in places.toml, editable as the front moves): a
settlement is on the front when its raion is listed. The resolver asks `FrontLine.settle` only
for the mentions it left undecided (after the post, its shared areas and the channel's recent
places), and only in a post about the war (`war_post`: a word of the ground war, of shelling,
or a side's name); then:

* the one tied namesake on the front is taken, at FRONT_CONFIDENCE;
* of several tied namesakes on the front, the one within NEAR_KM of the post's other places
  (the settlements it decided: not those this prior guessed) is taken, if only one is;
* else the mention stays an abstention, on the first of the front's namesakes.

FRONT_CONFIDENCE lies above an abstention's and the channel memory's (which says less about the
post), below REMEMBER_CONFIDENCE (a guess never feeds the memory that settles later posts) and
far below a reading the post decides (0.8 and more).

Many settlements of the codifier have no point of their own; such a settlement stands at its
hromada's centre (the mean of the points its hromada's settlements have), near enough for the
40 km test. A settlement without a raion name takes the raion most settlements of its raion code
(its KATOTTG hromada code's first characters) name.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from monitor.places import reasons
from monitor.places.context import Match
from monitor.places.geo import NEAR_KM, distance_km
from monitor.places.place_info import PlaceInfo
from monitor.places.shared import SETTLEMENT_KINDS
from monitor.places.surfaces import NAME, Candidate

FRONT_CONFIDENCE = 0.55
# A KATOTTG hromada code's first six characters are its raion's.
RAION_CODE = 6

# The words of a post about the war, in the normalised text (casefolded, ё as е): fighting and
# its units, shelling of the front's range, the sides, the front's own words. Not strikes of
# long range (missiles, drones over the rear): those hit namesakes far from the front.
WAR_WORDS = re.compile(
    r"(?<!\w)(?:"
    # Russian
    r"штурм\w*|наступлени\w*|наступа[юел]\w*|контрнаступ\w*|атак\w*|обстрел\w*|"
    r"артилл?ер\w*|миномет\w*|противник\w*|враг\w*|всу|зсу|вс рф|всушник\w*|хохл\w*|"
    r"нацист\w*|боевик\w*|позици(?:и|ях|ям|ями)|окоп\w*|блиндаж\w*|фронт\w*|передок\w*|"
    r"на передовой|передовую|направлени\w*|бригад\w*|батальон\w*|полк(?:а|и|ов|ом|у)?|"
    r"взвод\w*|рот[аыуе]|штурмовик\w*|десант\w*|дрг|пехот\w*|бо[йия]|боев\w*|боях|бою|"
    r"сражени\w*|оборон\w*|отступ\w*|окруж(?:ени|ил|а[ею]т|ен)\w*|зачист\w*|освобо[дж]\w*|"
    r"захвач\w*|захватил\w*|продви[нж]\w*|закрепил(?:ись|ся)|закрепляются|подбит\w*|"
    r"под огн\w*|огнев\w*|накат\w*|наш[иа]? (?:зашл|вошл|взял|заня|продвинул)\w*|"
    r"fpv|фпв|бпла|дрон\w*|танк(?:а|и|ов|ом|у|ами|ах)?|бмп|бтр|"
    # Ukrainian
    r"ворог\w*|окупант\w*|окупац\w*|окупов\w*|оккупант\w*|рашист\w*|русн\w*|"
    r"орк(?:и|ів|ам|ами|ах)?|наступ(?:у|і|ом|ають|ає)?|наступальн\w*|обстріл\w*|"
    r"артилер\w*|міномет\w*|позиці(?:ї|ях|ям|ями)|бліндаж\w*|напрям\w*|бо[їю]|боїв|боях|"
    r"боєзіткнен\w*|оборон\w*|відступ\w*|відійш\w*|оточен\w*|оточил\w*|просун\w*|"
    r"закріпи(?:в|ли)ся|закріпились|під вогнем|вогнев\w*|піхот\w*|сил[иа]ми? оборони|"
    r"наші (?:зайшли|увійшли|взяли|зайняли)"
    r")(?!\w)"
)


def war_post(t: str) -> bool:
    """Whether the normalised post speaks of the war (one of `WAR_WORDS`)."""
    return WAR_WORDS.search(t) is not None


class _Point(NamedTuple):
    lat: float | None
    lon: float | None


class FrontLine:
    """The settlements of the front's raions (`raions`: English names as in the gazetteer) among
    the resolver's places, with a point for each (its own, else its hromada's centre)."""

    def __init__(self, raions: Iterable[str], places: Sequence[PlaceInfo]) -> None:
        self.raions = frozenset(raions)
        self.places = places

    @functools.cached_property
    def front(self) -> frozenset[int]:
        """The indexes of the front's settlements (worked out on first use: most posts never
        ask, and a process that loads a matcher for a search need not pay for it)."""
        codes = _raion_names(self.places)
        return frozenset(
            index
            for index, place in enumerate(self.places)
            if place.kind in SETTLEMENT_KINDS
            and (place.district or codes.get((place.hromada or "")[:RAION_CODE])) in self.raions
        )

    @functools.cached_property
    def _centres(self) -> dict[str, _Point]:
        return _hromada_centres(self.places, self.front)

    def __contains__(self, index: int) -> bool:
        return index in self.front

    @functools.cached_property
    def _keys(self) -> frozenset[str]:
        return frozenset(self.places[index].key for index in self.front)

    def holds(self, key: str) -> bool:
        """Whether the place of gazetteer key `key` is a settlement of the front."""
        return key in self._keys

    def point(self, index: int) -> _Point:
        """The settlement's point, or its hromada's centre (`lat` None when neither is known)."""
        place = self.places[index]
        if place.lat is not None:
            return _Point(place.lat, place.lon)
        return self._centres.get(place.hromada or "", _Point(None, None))

    def settle(self, t: str, matches: Iterable[Match], anchors: Iterable[PlaceInfo]) -> None:
        """Take the front's reading of each undecided match (`Match.tied`) where it is the only
        one, or the only one near the post's other settlements, in a post about the war."""
        undecided = [m for m in matches if m.tied or self._rear_by_prior(m)]
        if not undecided or not war_post(t):
            return
        open_ids = {id(m) for m in undecided}
        others = [_Point(a.lat, a.lon) for a in anchors if a.kind in SETTLEMENT_KINDS]
        others += [
            self.point(m.chosen.place)
            for m in matches
            if m.chosen is not None
            and not m.tied
            and id(m) not in open_ids
            and self.places[m.chosen.place].kind in SETTLEMENT_KINDS
        ]
        several: list[tuple[Match, list[Candidate]]] = []
        for match in undecided:
            readings = (
                match.tied
                or tuple(
                    {
                        c.place: c for c in reversed(match.entry.candidates) if c.kind == NAME
                    }.values()
                )[::-1]
            )
            on_front = [c for c in readings if c.place in self.front]
            if not match.tied:  # a village of the rear its prior chose: only a near one replaces it
                several += [(match, on_front)] if on_front else []
            elif len(on_front) == 1:
                _take(match, on_front[0], reasons.FRONT_ONLY)
            elif on_front:
                several.append((match, on_front))
                # still an abstention, but among the front's namesakes: «Новомихайловку в
                # ДНР» is one of the front's two, not the one of the rear the ranking put first
                match.chosen, match.tied = on_front[0], tuple(on_front)
        others = [p for p in others if p.lat is not None]
        if not others:
            return
        for match, on_front in several:
            near = [c for c in on_front if self._near(c.place, others)]
            if len(near) == 1:
                _take(match, near[0], reasons.front_near(NEAR_KM))

    def _rear_by_prior(self, match: Match) -> bool:
        """A village or settlement off the front, read by its prior over namesakes (`by_prior`):
        «Затишшя» of Odesa Oblast outranks that of Zaporizhzhia by its kind alone."""
        chosen = match.chosen
        return (
            match.by_prior
            and chosen is not None
            and chosen.place not in self.front
            and self.places[chosen.place].kind in ("village", "settlement")
        )

    def _near(self, index: int, others: list[_Point]) -> bool:
        point = self.point(index)
        return point.lat is not None and any(distance_km(point, o) < NEAR_KM for o in others)


def _take(match: Match, candidate: Candidate, why: str) -> None:
    match.chosen = candidate
    match.confidence = FRONT_CONFIDENCE
    if reasons.UNDECIDED in match.reason:
        match.reason = match.reason.replace(reasons.UNDECIDED, why)
    else:  # a village of the rear read by its prior
        match.reason += f"; {why}"
    match.tied = ()


def _raion_names(places: Sequence[PlaceInfo]) -> dict[str, str]:
    """Each raion code (of the settlements' hromadas) → the raion most of its settlements name."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for place in places:
        if place.hromada and place.district:
            counts[place.hromada[:RAION_CODE]][place.district] += 1
    return {code: count.most_common(1)[0][0] for code, count in counts.items()}


def _hromada_centres(places: Sequence[PlaceInfo], front: frozenset[int]) -> dict[str, _Point]:
    """The mean point of each front hromada's settlements that have one (only hromadas with a
    front settlement lacking a point are worked out)."""
    wanted = {places[i].hromada for i in front if places[i].lat is None and places[i].hromada}
    sums: dict[str, list[float]] = {}
    for place in places:
        code = place.hromada
        if code in wanted and code and place.lat is not None and place.lon is not None:
            found = sums.setdefault(code, [0.0, 0.0, 0.0])
            found[0] += place.lat
            found[1] += place.lon
            found[2] += 1
    return {code: _Point(s[0] / s[2], s[1] / s[2]) for code, s in sums.items()}
