"""What the resolver reads of a surface form's readings as a whole, worked out once per form.

Every decision asked its form's candidates the same questions again, post after post: which
places do they name, of which kinds, in which forms, and does the form name a region whatever
it means? On the gazetteer of the whole war, where a form names up to dozens of namesakes,
that was a good part of resolving. `FormFacts` answers them once per surface form (the matcher
keeps one `SurfaceEntry` object per form it has met, so the facts are kept by that object),
with what ranks its readings in a post that supports none of them (`ranking`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple, Protocol

from monitor.places.place_info import PlaceInfo
from monitor.places.ranking import BaseRanking, lat_span
from monitor.places.surfaces import ADJ, Candidate, SurfaceEntry

# How many forms' facts are kept (then the cache starts anew): a year of posts meets fewer.
FORMS_KEPT = 100_000


class _Place(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def oblast(self) -> str | None: ...
    @property
    def own_region(self) -> str | None: ...


class FormFacts(NamedTuple):
    """`places`: the distinct places the form may name (in the iteration order of the set the
    resolver used to build, which decides which region `shared_region` picks); `kinds`: its
    kinds of form (NAME, ADJ, ...); `place_kinds`: the kinds of those places; `shared_region`:
    the region every reading lies in, with the index of its first region reading, when a
    reading is that region itself (`Resolver._post_context`); `adjective_region`: the same of
    the adjective readings alone, in a form with other readings too; `oblasts`, `districts`,
    `hromadas` and `lat_span`: the readings' areas and the span of their latitudes
    (`ranking.silent`);
    `base`: the readings scored where the post supports none of them."""

    places: tuple[int, ...]
    kinds: frozenset[int]
    place_kinds: frozenset[str]
    shared_region: tuple[str, int] | None
    oblasts: frozenset[str]
    districts: frozenset[str]
    lat_span: tuple[float, float] | None
    base: BaseRanking
    hromadas: frozenset[str]
    adjective_region: tuple[str, int] | None


def _shared_region(places: set[int], infos: Sequence[_Place]) -> tuple[str, int] | None:
    """A form whose readings all lie in one region names that region whichever it means:
    «Запорожском» (the oblast or its raion) names Zaporizhzhia Oblast."""
    readings = [infos[p] for p in places]
    regions = {i.own_region if i.kind == "region" else i.oblast for i in readings}
    if len(regions) == 1 and None not in regions and any(i.kind == "region" for i in readings):
        region = next(iter(regions))
        assert region is not None
        return region, next(p for p in places if infos[p].kind == "region")
    return None


def _adjective_region(
    candidates: tuple[Candidate, ...], infos: Sequence[_Place]
) -> tuple[str, int] | None:
    """The region the form's adjective readings all lie in, when a form that is also a
    village's name («Сумском»: Sumy Oblast or its raion, or a village Сумське) has some:
    before an area noun («на Сумском направлении») it names that region whichever it means."""
    places = {c.place for c in candidates if c.kind == ADJ}
    if not places or len(places) == len({c.place for c in candidates}):
        return None
    return _shared_region(places, infos) if len(places) > 1 else _own_region(places, infos)


def _own_region(places: set[int], infos: Sequence[_Place]) -> tuple[str, int] | None:
    place = next(iter(places))
    info = infos[place]
    return (info.own_region, place) if info.kind == "region" and info.own_region else None


def form_facts(entry: SurfaceEntry, infos: Sequence[PlaceInfo]) -> FormFacts:
    candidates = entry.candidates
    places = {c.place for c in candidates}
    readings = [infos[c.place] for c in candidates]
    return FormFacts(
        tuple(places),
        frozenset(c.kind for c in candidates),
        frozenset(infos[p].kind for p in places),
        _shared_region(places, infos) if len(places) > 1 else None,
        frozenset(i.oblast for i in readings if i.oblast),
        frozenset(i.district for i in readings if i.district),
        lat_span(readings),
        BaseRanking(candidates, infos),
        frozenset(i.hromada for i in readings if i.hromada),
        _adjective_region(candidates, infos),
    )


class FormFactsCache:
    """The facts of each form met so far, by the identity of its `SurfaceEntry` (the cache
    holds the entry too, so no other object can take its id while it is kept)."""

    def __init__(self, infos: Sequence[PlaceInfo]) -> None:
        self.infos = infos
        self._kept: dict[int, tuple[SurfaceEntry, FormFacts]] = {}

    def __call__(self, entry: SurfaceEntry) -> FormFacts:
        found = self._kept.get(id(entry))
        if found is not None:
            return found[1]
        if len(self._kept) >= FORMS_KEPT:
            self._kept.clear()
        facts = form_facts(entry, self.infos)
        self._kept[id(entry)] = (entry, facts)
        return facts
