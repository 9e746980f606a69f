"""A city's name that means its oblast («вторжение в Курск»: the oblast; «зашли в Покровск»:
the town), and an oblast's adjective that means its city («в московской больнице»)."""

from __future__ import annotations

from monitor.places import reasons
from monitor.places.context import MatchContext
from monitor.places.cues import AIR_ATTACK, REGION_BY_ON, REGION_CUE_BEFORE
from monitor.places.place_info import PlaceInfo
from monitor.places.post_context import region_by_on
from monitor.places.surfaces import ADJ, NAME, Candidate

# Oblasts whose adjective means the city outside a region's phrase: the oblast is «Московская
# область» or «Подмосковье», while «московский суд», «московской подземки», «Московского
# кинофестиваля» are the city's
CITY_BY_ADJECTIVE = {"moscow-oblast": "moscow"}


class CityOrRegion:
    """Reads a chosen city as its oblast, or an oblast's adjective as its city, where the
    words around say so. `regions`: a region's name → its place's index."""

    def __init__(self, places: list[PlaceInfo], regions: dict[str, int]) -> None:
        self.regions = regions
        index = {place.key: i for i, place in enumerate(places)}
        self.cities = {
            index[region]: index[city]
            for region, city in CITY_BY_ADJECTIVE.items()
            if region in index and city in index
        }

    def reading(
        self, ctx: MatchContext, best: Candidate, info: PlaceInfo, why: str
    ) -> tuple[Candidate, str]:
        """The reading to keep, and its reason."""
        if best.kind == NAME and info.kind == "city" and self._as_region(ctx, info):
            region = self._region_of(info)
            if region is not None:
                return best._replace(place=region), (
                    why + ", " if why else ""
                ) + reasons.REGION_OF_CITY
        city = self.cities.get(best.place) if best.kind == ADJ else None
        # («подмосковный» is the oblast's alone: «в подмосковном Раменском»)
        surface = ctx.t[ctx.match.start : ctx.match.end]
        if city is not None and not (ctx.region_noun or ctx.listed or surface.startswith("под")):
            return best._replace(place=city), why
        return best, why

    @staticmethod
    def _as_region(ctx: MatchContext, info: PlaceInfo) -> bool:
        before = ctx.before
        return bool(
            (REGION_CUE_BEFORE.search(before) and not AIR_ATTACK.search(before + ctx.after))
            or (info.key in REGION_BY_ON and region_by_on(ctx))
        )

    def _region_of(self, info: PlaceInfo) -> int | None:
        """The oblast named by its city, where the oblast is named after it."""
        eponym = info.oblast and info.oblast.removesuffix(" Oblast").casefold() == info.key
        return self.regions.get(info.oblast) if info.oblast and eponym else None
