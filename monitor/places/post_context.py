"""What a post says about its places, which decides between namesakes: the regions, districts
and unambiguous places the post names (`PostContext`), whether it supports a place (what the
resolver knows of each place, `PlaceInfo`, is compiled with the matcher: see `place_info`), and
the region named right after a match."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING

from monitor.places import reasons
from monitor.places.cues import ON_BEFORE, ON_OPENING
from monitor.places.geo import KM_PER_DEGREE, NEAR_KM, distance_km
from monitor.places.place_info import PlaceInfo

if TYPE_CHECKING:
    from monitor.places.confidence import Scored
    from monitor.places.context import MatchContext
    from monitor.places.surfaces import Candidate

# only a bracket or a comma between a place and the region that qualifies it
QUALIFIER_GAP = re.compile(r"[\s(,]*")
_LIST_JOIN = re.compile(r"\s*(,|и|та|і|й)\s*")


@dataclass(slots=True)
class PostContext:
    """What the whole post says: the regions and districts it names, its unambiguous places."""

    regions: set[str]
    districts: set[str]
    anchors: list[PlaceInfo]
    # the hromadas (KATOTTG codes) of the axes and hromadas the post names («Лиманское
    # направление», «Лиманская громада»): their namesakes settle on the one in that hromada
    hromadas: set[str] = field(default_factory=set)
    # the oblasts and districts of the unambiguous places of the sentence being decided
    # (`shared.with_shared_areas`): a namesake there wins a tie with one the post names elsewhere
    local: frozenset[str] = frozenset()
    # for the reasons: a region or district → the keys of the places that put it in the post,
    # and the key of the region or district itself when the post names it
    # (each key once, in order: a post may name one place thousands of times)
    sources: dict[str, dict[str, None]] = field(default_factory=dict)
    named: dict[str, str] = field(default_factory=dict)
    # `_support` of each place asked about (a post asks again for the same namesakes); not an
    # init field, so the copy `with_shared_areas` makes with more areas starts empty
    supports: dict[str, tuple[bool, bool, PlaceInfo | None]] = field(
        default_factory=dict, init=False
    )
    # `ranking.score` of each (place, language) asked about, for the post's one side
    scores: dict[tuple[int, str], tuple[float, bool]] = field(default_factory=dict, init=False)

    def add(self, areas: set[str], name: str, info: PlaceInfo) -> None:
        areas.add(name)
        self.sources.setdefault(name, {})[info.key] = None
        if info.own_region == name:
            self.named.setdefault(name, info.key)

    def why(self, name: str, info: PlaceInfo) -> str:
        others = [k for k in self.sources.get(name, ()) if k != info.key]
        return reasons.area(name, others, self.named.get(name, info.key) != info.key)


# Places whose point is a rough centre, no neighbour of anything 40 km off (an oblast, a sea)
AREA_KINDS = frozenset({"region", "macro-region", "water"})


def first_near(anchors: list[PlaceInfo], info: PlaceInfo) -> PlaceInfo | None:
    """The first other anchor within `NEAR_KM` (a latitude gap alone rules most out); not an
    area (`AREA_KINDS`): «Новомихайловку в ДНР» is near no village of the oblast's centre."""
    if info.lat is None:
        return None
    for anchor in anchors:
        if anchor.lat is None or abs(anchor.lat - info.lat) * KM_PER_DEGREE >= NEAR_KM:
            continue
        if anchor.kind in AREA_KINDS:
            continue
        if anchor.key != info.key and distance_km(anchor, info) < NEAR_KM:
            return anchor
    return None


def support(info: PlaceInfo, post: PostContext) -> tuple[bool, bool, PlaceInfo | None]:
    """Whether the post names the place's oblast, its district, and the first of the post's
    places near it."""
    found = post.supports.get(info.key)
    if found is None:
        found = post.supports[info.key] = (
            bool(info.oblast) and info.oblast in post.regions,
            bool(info.district) and info.district in post.districts,
            first_near(post.anchors, info) if post.anchors else None,
        )
    return found


def why_supported(info: PlaceInfo, post: PostContext) -> str:
    """What in the post supports the chosen candidate, in words (the runners-up's reasons are
    never shown, so they are not worked out)."""
    oblast, district, near = support(info, post)
    why = []
    if oblast:
        why.append(post.why(info.oblast, info))  # type: ignore[arg-type]
    if district:
        why.append(post.why(info.district, info))  # type: ignore[arg-type]
    if near is not None:
        why.append(reasons.near(near.key, NEAR_KM))
    if not why and post.local and info.district in post.local:
        why.append(reasons.SENTENCE_RAION)
    return ", ".join([x for x in why if x])


def region_by_on(ctx: MatchContext) -> bool:
    """«На Запорожье …» opening a clause; «на Запорожье» after a place it qualifies («возле
    Малых Щербаков на Запорожье») or after the people or the fighting it places («Пацаны на
    Запорожье держат участок», «бои на Запорожье»: not «Ракеты летят на Запорожье», «Взрывы на
    Запорожье», «Билеты на Запорожье»); «на Запоріжжі» anywhere (see cues.REGION_BY_ON)."""
    if ctx.t[ctx.match.end - 1 : ctx.match.end] == "і":
        return bool(ON_BEFORE.search(ctx.before))
    if ON_OPENING.search(ctx.before):
        return True
    if not ON_BEFORE.search(ctx.before):
        return False
    previous = ctx.matches[ctx.index - 1] if ctx.index > 0 else None
    if (
        previous is not None
        and ctx.text[previous.o_start : previous.o_start + 1].isupper()  # a name, not «атаки»
        and _ON_GAP.fullmatch(ctx.t, previous.end, ctx.match.start)
        and not _FROM_BEFORE.search(ctx.t, max(0, previous.start - 10), previous.start)
    ):
        return True
    return _PLACED_BEFORE.search(ctx.before[-40:]) is not None


_ON_GAP = re.compile(r"\s+на\s+")
# «из Орехова на Запорожье», «через Днепр на Запорожье»: a way from one place to the city
_FROM_BEFORE = re.compile(r"(?<!\w)(?:из|с|со|от|через|з|із|від)\s+$")
# Before «на Запорожье», who or what it places: forces, people, fighting, the front
_PLACED_BEFORE = re.compile(
    r"(?<!\w)(?:пацан\w*|парн\w*|ребят\w*|наш\w*|бойц\w*|боец|войск\w*|всу|вс рф|арми\w*|"
    r"штурмовик\w*|подразделени\w*|бригад\w*|бо[йия]|бо[её]в|боях|ситуаци\w*|обстановк\w*|"
    r"фронт\w*|позици\w*|оборон\w*)\s+(?:\S+\s+)?на\s+$"
)


def region_after(
    ctx: MatchContext, places: list[PlaceInfo], *, past_list: bool = False
) -> str | None:
    """The region named right after the place, which says whose namesake it is: «Терны
    Донецкой Народной Республики», «Терни (Донеччина)», even in a list whose other places lie
    in another region («Петропавловка Харьковской области и Терны ДНР»); with `past_list`,
    also after the last of the settlements listed with it."""
    end = ctx.match.end
    for nxt in ctx.matches[ctx.index + 1 :]:
        gap = ctx.t[end : nxt.start]
        regions = {
            places[c.place].own_region
            for c in nxt.entry.candidates
            if places[c.place].kind == "region"
        }
        if QUALIFIER_GAP.fullmatch(gap) and len(regions) == 1:
            return next(iter(regions))
        # past the list's other settlements to a region after its last: «освободили Ивановку и
        # Привольное Днепропетровской области»
        if regions or not past_list or not _LIST_JOIN.fullmatch(gap):
            return None
        end = nxt.end
    return None


# What may stand between a settlement's name and a region that tells which place it is: nothing,
# or a bracket («Ивановка Амурской области», «Красноармейск (Саратовская область)»)
_TIGHT_GAP = re.compile(r"\s*(?:\(\s*)?")  # (one way to match: a long gap stays linear)


def region_right_after(ctx: MatchContext, places: list[PlaceInfo]) -> str | None:
    """The region named right after the place with nothing or a bracket between (`region_after`
    reaches past a comma too: «в Киеве, Киевской … областях» is a list)."""
    following = ctx.index + 1
    if following >= len(ctx.matches):
        return None
    if _TIGHT_GAP.fullmatch(ctx.t[ctx.match.end : ctx.matches[following].start]) is None:
        return None
    return region_after(ctx, places)


def in_region_after(
    ctx: MatchContext, places: list[PlaceInfo], readings: tuple[Candidate, ...]
) -> tuple[Candidate, ...]:
    """The tied `readings` in the region named right after the place, if any are: the front's
    namesakes elsewhere are no longer in the running («у Новоивановки Днепропетровской
    области», where neither it nor the post tells that oblast's seven apart)."""
    region = region_after(ctx, places) if len(readings) > 1 else None
    if region is None:
        return readings
    return tuple(c for c in readings if places[c.place].oblast == region) or readings


# Kinds of a town a region after a list's last item leaves where it is
TOWNS = frozenset({"city", "town"})


def region_qualifier(
    ctx: MatchContext, scored: list[Scored], places: list[PlaceInfo]
) -> str | None:
    """The region named after the place, or after the last settlement listed with it where the
    likeliest reading is no town («Краматорськ, Лиман та Балаклію Харківської області»)."""
    region = region_after(ctx, places)
    if region is None and places[max(scored, key=itemgetter(0))[1].place].kind not in TOWNS:
        region = region_after(ctx, places, past_list=True)
    return region
