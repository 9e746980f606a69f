"""The scores of a surface form's readings, and the short cut for namesakes the post is silent on.

A candidate scores its prior, plus OBLAST_NAMED when the post names its oblast, DISTRICT_NAMED
its district, HROMADA_NAMED its hromada (by an axis of its town or by name), NEAR_ANOTHER when
another of the post's places lies within NEAR_KM, and HOME_COUNTRY for the country of the text's
language or the channel's side (`score`, which `disambiguate.Resolver` asks for each reading).

On the gazetteer of the whole war a form names ~3 places on average and up to dozens, and in
most posts none of them is supported: the post names none of their oblasts and districts and
none of its places lies near any of them (`silent`, from the areas and the latitude span of the
form's readings, worked out once per form in `form_facts`). Their scores are then their priors
with the home bonus, the same in every post of a side: `BaseRanking` keeps them, in candidate
order and ranked, per side, so such a form is ranked without scoring each reading again.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Protocol

from monitor.places.geo import KM_PER_DEGREE, NEAR_KM
from monitor.places.place_info import PlaceInfo
from monitor.places.post_context import support

if TYPE_CHECKING:
    from monitor.places.confidence import Scored
    from monitor.places.post_context import PostContext
    from monitor.places.surfaces import Candidate

# What a candidate gains when the post names its oblast, its district, or an unambiguous place
# within NEAR_KM of it, and for the country of the text's language or the channel's side.
OBLAST_NAMED = 4.0
DISTRICT_NAMED = 2.0
HROMADA_NAMED = 1.0
NEAR_ANOTHER = 1.5
HOME_COUNTRY = 0.3
# What it gains when its oblast or district is one of its own sentence's unambiguous places'
SENTENCE_NAMED = 1.0
# What a place of Russia loses, unsupported, read from a Ukrainian form on a Ukrainian channel:
# a curated village's bonus and a little more
FOREIGN_FORM = 2.0


class _Placed(Protocol):
    @property
    def lat(self) -> float | None: ...


def score(
    info: PlaceInfo, post: PostContext, side: str | None, lang: str, namesake: bool = True
) -> tuple[float, bool]:
    """The candidate's score, and whether the post supports it (a `namesake`, one of several
    readings of its form, also by lying in the raion of another place of its sentence: a name
    of one reading needs support of its own, «Марии Погребняк» is no pair of villages)."""
    oblast, district, near = support(info, post)
    value = info.prior
    local_raion = namesake and bool(post.local) and info.district in post.local
    if oblast:
        value += OBLAST_NAMED
    if district:
        value += DISTRICT_NAMED
    if info.hromada is not None and info.hromada in post.hromadas:
        value += HROMADA_NAMED
    if near is not None:
        value += NEAR_ANOTHER
    if post.local and (info.oblast in post.local or info.district in post.local):
        value += SENTENCE_NAMED
        if local_raion:
            # the raion of another place of the sentence: «в районах Орлівки та Тоненького» is
            # Pokrovsk Raion's Orlivka, not Sevastopol's (a curated village's prior); and its
            # hromada, of the raion's two Orlivkas Tonenke's
            value += SENTENCE_NAMED + SENTENCE_NAMED * (info.hromada in post.local)
    if _home(info.country, lang, side):
        value += HOME_COUNTRY
    supported = oblast or district or near is not None or local_raion
    if not supported and _foreign_form(info.country, lang, side):
        value -= FOREIGN_FORM
    return value, supported


def raions_tell_apart(
    candidates: Sequence[Candidate], places: Sequence[PlaceInfo], post: PostContext
) -> bool:
    """Whether a form's readings are namesakes the raions of the sentence's places may tell
    apart: several places (a form of one place in two languages is none: its own areas are
    the sentence's `local` ones), each with its raion where it lies in a local oblast (the
    curated town of Andriivka has none: its village namesake gains nothing over it)."""
    return len({cand.place for cand in candidates}) > 1 and all(
        places[c.place].district or places[c.place].oblast not in post.local for c in candidates
    )


def _foreign_form(country: str, lang: str, side: str | None) -> bool:
    """A place of Russia read from a Ukrainian form on a Ukrainian channel: the gazetteer
    derives those forms by rule, and a Ukrainian post that means a village of Russia names
    its oblast or a place near it («окупували Орлівку» is one of Ukraine's Orlivkas, not
    Kursk Oblast's Orlovka). A channel of no known side keeps the priors (the Kursk
    theatre's villages are tracked)."""
    return country == "RU" and lang == "uk" and side == "ua"


def _home(country: str, lang: str, side: str | None) -> bool:
    if country == "UA" and (lang == "uk" or side == "ua"):
        return True
    return country == "RU" and (lang == "ru" or side == "ru")


def silent(
    oblasts: frozenset[str],
    districts: frozenset[str],
    lat_span: tuple[float, float] | None,
    post: PostContext,
    hromadas: frozenset[str] = frozenset(),
) -> bool:
    """Whether the post supports none of a form's readings (`support` is (False, False, None)
    for each): it names none of their oblasts, districts and hromadas (`hromadas`: the
    readings'), its sentence's own places lie in none of them (`local`), and each of its places
    with a point lies NEAR_KM or more in latitude from every reading's (`first_near`'s own test,
    which rounding keeps monotonic: an anchor that far from the span's nearer end is as far from
    every latitude within it)."""
    if not (oblasts.isdisjoint(post.regions) and districts.isdisjoint(post.districts)):
        return False
    if post.local and not (oblasts.isdisjoint(post.local) and districts.isdisjoint(post.local)):
        return False  # a reading lies where the sentence's own places do (`score`)
    if post.hromadas and not hromadas.isdisjoint(post.hromadas):
        return False
    if lat_span is None or not post.anchors:
        return True
    low, high = lat_span
    for anchor in post.anchors:
        lat = anchor.lat
        if lat is None:
            continue
        if lat < low:
            if (low - lat) * KM_PER_DEGREE >= NEAR_KM:
                continue
        elif lat > high and (lat - high) * KM_PER_DEGREE >= NEAR_KM:
            continue
        return False
    return True


def lat_span(infos: Sequence[_Placed]) -> tuple[float, float] | None:
    """The lowest and the highest latitude of the places (None when none has a point)."""
    lats = [info.lat for info in infos if info.lat is not None]
    return (min(lats), max(lats)) if lats else None


class BaseRanking:
    """A form's readings scored as in a post that supports none of them, per side: in candidate
    order, and ranked by score alone (stably, as `Resolver._ranked` sorts)."""

    __slots__ = ("_by_side", "_candidates", "_infos")

    def __init__(self, candidates: tuple[Candidate, ...], infos: Sequence[PlaceInfo]) -> None:
        self._candidates = candidates
        self._infos = infos
        self._by_side: dict[str | None, tuple[tuple[Scored, ...], tuple[Scored, ...]]] = {}

    def scored(self, side: str | None) -> tuple[tuple[Scored, ...], tuple[Scored, ...]]:
        """(the readings in candidate order, the same ranked by score)."""
        found = self._by_side.get(side)
        if found is None:
            infos = self._infos
            scored: list[Scored] = []
            for cand in self._candidates:
                info = infos[cand.place]
                value = info.prior
                if _home(info.country, cand.lang, side):
                    value += HOME_COUNTRY
                if _foreign_form(info.country, cand.lang, side):
                    value -= FOREIGN_FORM
                scored.append((value, cand, False))
            ranked = sorted(scored, key=itemgetter(0), reverse=True)
            found = self._by_side[side] = (tuple(scored), tuple(ranked))
        return found


# The smaller kinds a city of the same name beats when only the post's other places put their
# oblast in it (`city_over_namesake`)
SMALLER_KINDS = frozenset({"village", "settlement", "town"})


def city_over_namesake(
    scored: list[Scored], places: Sequence[PlaceInfo], post: PostContext
) -> list[Scored]:
    """`scored` with a curated city first where the best reading is a village, a settlement or
    a town the post supports by its oblast alone, and only its other places put that oblast in
    it (it names neither the oblast nor the district, and no place of it lies within NEAR_KM):
    «в Харькове и Полтаве» is the city of Poltava, not the village of Kharkiv Oblast;
    «Полтава Харьковской области» and a village near a place of the post stay the village."""
    if len(scored) < 2:
        return scored
    best = places[scored[0][1].place]
    if best.kind not in SMALLER_KINDS or best.oblast in post.named:
        return scored
    oblast, district, near = support(best, post)
    if not oblast or district or near is not None:
        return scored
    for index, item in enumerate(scored):
        info = places[item[1].place]
        if info.kind == "city" and info.curated:
            return [item, *scored[:index], *scored[index + 1 :]]
    return scored
