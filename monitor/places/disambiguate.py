"""Decide what each matched surface form means, from the text around it and the whole post.

A match is kept or dropped, and one of its candidate places chosen, by general rules:
* ordinary words (сумы, Мирный, Белая) count only capitalised, not in quotes, not as the first
  word of a longer proper name («Белая Дача»), and not sentence-initially unless the post
  supports them;
* bare adjectives of regions and districts («курской», «Глушковского») count lowercase in a
  noun phrase, or capitalised next to a region noun or a list of regions, never next to a
  street, station or metro word («На Курской» in Moscow);
* Latin spellings count capitalised and outside links;
* small villages known only from a settlement list need support: their region or district
  named in the post, or a preposition of place before them;
* among namesakes the one whose oblast or district the post names wins, then the one near the
  post's other places, then the better-known one (theatre list, city over village).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from monitor.places.surfaces import ADJ, AXIS, KIND_NAMES, LATIN, NAME, SurfaceEntry
from monitor.text.lemmas import analyzer
from monitor.text.normalize import Normalized

_REGION_NOUN = re.compile(
    r"(?<!\w)(област|обл(?!\w)|облас|край|кра[ея]|краю|район|р-н|округ|регион|республик|"
    r"республік|приграничь|прикордон|губернат|направлени|напрям)"
)
_BLOCK_BEFORE = re.compile(
    r"(метро|станци[яиюей]|ст\.|улиц[аеиу]|ул\.|вул\.|вулиц[яіею]|проспект\w*|пр-т|"
    r"переул\w*|площад[иьі]|бульвар\w*|шоссе|шосе|парк\w*|тц|трц)\s*[«\"„“']?\s*$"
)
_BLOCK_AFTER = re.compile(
    r"^\s*[»\"“”']?\s*(вокзал|улиц|ул\.|вулиц|проспект|переул|площад|бульвар|шоссе|шосе|"
    r"дуг[аиуе]|битв|университет|метро|станци)"
)
_PREPOSITION = re.compile(
    r"(?<!\w)(в|во|у|из|из-под|под|над|около|возле|близ|к|ко|до|от|через|за|на|с|со|между|"
    r"з|із|зі|біля|поблизу|від|над|під|по|курсом на|районе|районі|направлении|бік)\s+$"
)
_FACILITY_BEFORE = re.compile(
    r"(?<!\w)(аэродром\w*|аеродром\w*|авиабаз\w*|авіабаз\w*|ае|а/б|аэропорт\w*|аеропорт\w*)"
    r"\s*[«\"„“']?\s*$"
)
_METONYMY_AFTER = re.compile(
    r"^\s*(режим\w*|главар\w*|власт\w*|хунт\w*|правительств\w*|дивизи\w*|бригад\w*|"
    r"полк\w*|батальон\w*|отряд\w*|корпус\w*|ополчени\w*|добровольческ\w*|"
    r"громад\w*|регион\w*|регіон\w*|территориальн\w* громад\w*|територіальн\w*|"
    r"\w+ (отряд|дивизи|бригад)\w*)"
)
_REGION_CUE_BEFORE = re.compile(
    r"(вторжени\w*|наступлени\w*|атак\w*|рейд\w*|операци\w*|держим|удерж\w*|зашли|вошли)"
    r"\s+((в|на)\s+)?$"
)
_CAPITALS = frozenset({"kyiv", "moscow"})
_LOCATIVE = re.compile(
    r"(?<!\w)(в|во|на|над|под|из|у|до|к|по|около|возле|через|близ|у|біля|із|з|під|над|від)\s+$"
)
_QUOTE_BEFORE = re.compile(r"[«\"„“']\s*$")
_CAPITAL_AFTER = re.compile(r"^[ \t]+[«\"]?([A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+)")
_CAPITAL_BEFORE = re.compile(r"([A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+)[ \t]+$")
_LIST_GAP = re.compile(r"\s*(,|и|та|і|й|или|або|/|-|—)?\s*")
# Between the items of a tally («20 над Брянской областью, 7 — над Белгородской, над
# Калужской — семь, и по одному над Смоленской»): counts, dashes, prepositions, the weapon.
_TALLY_GAP = re.compile(
    r"[\s,;:–—-]*(?:(?:\d+|один|одна|одному|два|две|три|четыре|пять|шесть|семь|восемь|девять|"
    r"десять|двадцать|тридцать|дві|чотири|п'ять|шість|сім|вісім|дев'ять|десять|одному|"
    r"и|та|і|й|а|также|ещё|еще|по|над|в|во|на|у|бпла|беспилотник\w*|безпілотник\w*|"
    r"дрон\w*)[\s,;:–—-]*){0,6}"
)
_TALLY_MARK = re.compile(r"\d|[–—-]")
_SENTENCE_END = set(".!?\n…")
_HIGH = {"city", "region", "macro-region", "district", "water", "facility"}


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    key: str
    kind: str
    district: str | None
    oblast: str | None
    own_region: str | None  # for a region or district: its own English name
    country: str
    lat: float | None
    lon: float | None
    prior: float
    curated: bool


class _lazy:
    """A `functools.cached_property` for bools without the lock Python 3.11 takes on each
    first use: the value is stored in the instance's `__dict__`, which then shadows this."""

    def __init__(self, func: Callable[[Any], bool]) -> None:
        self.func = func
        self.name = func.__name__

    def __get__(self, instance: Any, owner: type | None = None) -> bool:
        if instance is None:
            raise AttributeError(self.name)
        value: bool = self.func(instance)
        instance.__dict__[self.name] = value
        return value


class _Context:
    """What the text around one match says, each fact worked out on first use: most matches
    are decided by a few of them."""

    def __init__(self, text: str, t: str, match: Match, matches: list[Match], index: int) -> None:
        self.text = text
        self.t = t
        self.match = match
        self.matches = matches
        self.index = index
        self.before = t[max(0, match.start - 40) : match.start]
        self.after = t[match.end : match.end + 60]
        self.capital = text[match.o_start : match.o_start + 1].isupper()

    @_lazy
    def initial(self) -> bool:
        return _sentence_initial(self.text, self.match.o_start)

    @_lazy
    def listed(self) -> bool:
        return Resolver._in_list(self.t, self.match, self.matches, self.index)

    @_lazy
    def region_noun(self) -> bool:
        return bool(_REGION_NOUN.search(self.after[:45]) or _REGION_NOUN.search(self.before[-15:]))

    @_lazy
    def facility(self) -> bool:
        return bool(_FACILITY_BEFORE.search(self.before))

    @_lazy
    def person(self) -> bool:
        return Resolver._person(self.text, self.match, self.matches, self.index)

    @_lazy
    def hyphenated(self) -> bool:
        t, end = self.t, self.match.end
        return (
            t[end : end + 2].startswith("-")
            and t[end + 1 : end + 2].isalpha()
            and not Resolver._next_is_match(self.match, self.matches, self.index)
        )

    @_lazy
    def follower(self) -> bool:
        match = self.match
        return bool(
            _CAPITAL_AFTER.match(self.text[match.o_end : match.o_end + 40])
        ) and not Resolver._next_is_match(match, self.matches, self.index)


@dataclass(slots=True)
class Match:
    start: int  # in the normalised text
    end: int
    entry: SurfaceEntry
    o_start: int = 0  # in the original text
    o_end: int = 0
    chosen: tuple[int, int, str] | None = None
    confidence: float = 0.0
    reason: str = ""


def _sentence_initial(text: str, start: int) -> bool:
    for index in range(start - 1, -1, -1):
        char = text[index]
        if char in _SENTENCE_END:
            return True
        if char.isalnum():
            return False
    return True


def _distance_km(a: PlaceInfo, b: PlaceInfo) -> float:
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return math.inf
    dy = (a.lat - b.lat) * 111.0
    dx = (a.lon - b.lon) * 111.0 * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dx, dy)


def _name_plausible(
    common: bool,
    village: bool,
    info: PlaceInfo,
    ctx: _Context,
    supported: bool,
    regions: set[str],
    namesakes: int,
) -> bool:
    """The rules for a place's name (see the module docstring)."""
    if common and (not ctx.capital or _QUOTE_BEFORE.search(ctx.before)):
        return False
    if not (common or ctx.capital or info.kind in _HIGH or info.curated):
        return False
    if village and regions and not supported and namesakes > 1:
        return False
    if common and not (supported or info.kind in _HIGH) and ctx.initial:
        return False
    # «Киев заявил», «с Москвой»: the government, not the place
    if info.key in _CAPITALS and not (_LOCATIVE.search(ctx.before) or ctx.region_noun):
        return False
    # «Киев будет выводить войска из Курской области»: the subject of a verb governs
    if info.key in _CAPITALS and not _LOCATIVE.search(ctx.before) and _verb_next(ctx.after):
        return False
    if (common or not info.curated) and ctx.person:
        return False
    return not (common and ctx.follower and not ctx.listed)


_NEXT_WORD = re.compile(r"^[ \t]+(\w+)")


def _verb_next(after: str) -> bool:
    """Whether the next word (same line, no punctuation between) is a finite verb."""
    found = _NEXT_WORD.match(after)
    if found is None:
        return False
    word = found.group(1)
    return any(str(analyzer(lang).parse(word)[0].tag).startswith("VERB") for lang in ("ru", "uk"))


def _adjective_plausible(info: PlaceInfo, ctx: _Context) -> bool:
    """A bare adjective of a region or district counts in a noun phrase or a list."""
    if info.kind == "district" and not (ctx.region_noun or ctx.listed):
        return False
    return not (ctx.capital and not (ctx.region_noun or ctx.listed or ctx.initial))


class Resolver:
    def __init__(self, places: list[PlaceInfo]) -> None:
        self.places = places

    def resolve(
        self, text: str, norm: Normalized, matches: list[Match], side: str | None
    ) -> list[Match]:
        t = norm.text
        for match in matches:
            match.o_start, match.o_end = norm.span(match.start, match.end)
        regions, districts, anchors = self._context(matches)
        kept: list[Match] = []
        for index, match in enumerate(matches):
            if self._decide(text, t, match, matches, index, regions, districts, anchors, side):
                kept.append(match)
        return kept

    def _context(self, matches: list[Match]) -> tuple[set[str], set[str], list[PlaceInfo]]:
        """Regions and districts the post names, and its unambiguous places."""
        regions: set[str] = set()
        districts: set[str] = set()
        anchors: list[PlaceInfo] = []
        for match in matches:
            places = {c[0] for c in match.entry.candidates}
            if len(places) != 1 or match.entry.common:
                continue
            info = self.places[next(iter(places))]
            anchors.append(info)
            if info.kind in ("region", "macro-region") and info.own_region:
                regions.add(info.own_region)
            elif info.kind == "district" and info.own_region:
                districts.add(info.own_region)
                if info.oblast:
                    regions.add(info.oblast)
            elif info.oblast and info.kind in ("city", "town", "settlement", "village"):
                regions.add(info.oblast)
        return regions, districts, anchors

    def _score(
        self,
        info: PlaceInfo,
        regions: set[str],
        districts: set[str],
        anchors: list[PlaceInfo],
        side: str | None,
        lang: str,
    ) -> tuple[float, str]:
        score, why = info.prior, []
        if info.oblast and info.oblast in regions:
            score += 3.0
            why.append(f"{info.oblast} in the post")
        if info.district and info.district in districts:
            score += 2.0
            why.append(f"{info.district} in the post")
        near = None
        if len(anchors) > 1 or (anchors and anchors[0].key != info.key):
            near = next(
                (a for a in anchors if a.key != info.key and _distance_km(a, info) < 40), None
            )
        if near is not None:
            score += 1.5
            why.append(f"near {near.key}")
        if (lang == "uk" and info.country == "UA") or (side == "ua" and info.country == "UA"):
            score += 0.3
        if (lang == "ru" and info.country == "RU") or (side == "ru" and info.country == "RU"):
            score += 0.3
        return score, ", ".join(why)

    def _decide(
        self,
        text: str,
        t: str,
        match: Match,
        matches: list[Match],
        index: int,
        regions: set[str],
        districts: set[str],
        anchors: list[PlaceInfo],
        side: str | None,
    ) -> bool:
        ctx = _Context(text, t, match, matches, index)
        before, after = ctx.before, ctx.after
        if before.endswith(("/", ".", "_", "@", "#", "=")) or after.startswith(("_", "/", "@")):
            return False  # inside a link, a handle or a hashtag
        if _BLOCK_BEFORE.search(before) or _BLOCK_AFTER.match(after):
            return False  # a street, a station, the metro
        scored = self._ranked(match, ctx, regions, districts, anchors, side)
        _, best, why = scored[0]
        info = self.places[best[0]]
        if info.kind == "facility" and ctx.facility:
            return self._accept(match, best, scored, why, ctx.capital, "after an airfield word")
        if not self._plausible(match, best[1], info, ctx, bool(why), regions, len(scored)):
            return False
        if best[1] == NAME and info.kind == "city" and _REGION_CUE_BEFORE.search(before):
            region = self._region_of(info)
            if region is not None:
                best = (region, NAME, best[2])
                why = (why + ", " if why else "") + "city named for its region"
        return self._accept(match, best, scored, why, ctx.capital, "")

    def _ranked(
        self,
        match: Match,
        ctx: _Context,
        regions: set[str],
        districts: set[str],
        anchors: list[PlaceInfo],
        side: str | None,
    ) -> list[tuple[float, tuple[int, int, str], str]]:
        """Candidates best first: the airfield, the adjective or the name the context asks for,
        then by score."""
        places = self.places
        candidates = match.entry.candidates
        scored = []
        for cand in candidates:
            score, why = self._score(places[cand[0]], regions, districts, anchors, side, cand[2])
            scored.append((score, cand, why))
        if len(scored) == 1:
            return scored
        kinds = {c[1] for c in candidates}
        adjective_first = not ctx.capital and ADJ in kinds
        name_first = ctx.capital and NAME in kinds and not ctx.region_noun and not ctx.listed
        facility_first = any(places[c[0]].kind == "facility" for c in candidates) and ctx.facility
        scored.sort(
            key=lambda x: (
                -(facility_first and places[x[1][0]].kind == "facility"),
                -(adjective_first and x[1][1] == ADJ),
                -(name_first and x[1][1] == NAME),
                -x[0],
            )
        )
        return scored

    @staticmethod
    def _plausible(
        match: Match,
        kind: int,
        info: PlaceInfo,
        ctx: _Context,
        supported: bool,
        regions: set[str],
        namesakes: int,
    ) -> bool:
        """The general rules of the module docstring for the chosen reading (the cheap
        tests of each rule first: the context is worked out only as far as needed)."""
        common = match.entry.common
        village = not info.curated and info.kind in ("village", "settlement")
        if kind == LATIN and not ctx.capital:
            return False
        if kind == NAME and not _name_plausible(
            common, village, info, ctx, supported, regions, namesakes
        ):
            return False
        if kind == ADJ and not _adjective_plausible(info, ctx):
            return False
        if (
            kind in (NAME, LATIN)
            and village
            and not (supported or (not common and _PREPOSITION.search(ctx.before)))
        ):
            return False
        if kind in (ADJ, AXIS) and _METONYMY_AFTER.match(ctx.after):
            return False
        return not ctx.hyphenated  # part of a longer hyphenated name: Покровском-Стрешнево

    def _accept(
        self,
        match: Match,
        best: tuple[int, int, str],
        scored: list[tuple[float, tuple[int, int, str], str]],
        why: str,
        capital: bool,
        note: str,
    ) -> bool:
        kind = best[1]
        best_score = scored[0][0]
        why = ", ".join(x for x in (why, note) if x)
        margin = best_score - scored[1][0] if len(scored) > 1 else 3.0
        confidence = min(0.99, 0.6 + 0.1 * min(margin, 3.0) + (0.09 if capital else 0.0))
        if match.entry.common:
            confidence -= 0.15
        match.chosen = best
        match.confidence = round(max(confidence, 0.3), 2)
        parts = [f"{best[2]} {KIND_NAMES[kind]}"]
        if len(scored) > 1:
            parts.append(f"{len(scored)} namesakes")
        if why:
            parts.append(why)
        if match.entry.common:
            parts.append("also a common word")
        match.reason = "; ".join(parts)
        return True

    def _region_of(self, info: PlaceInfo) -> int | None:
        for index, other in enumerate(self.places):
            if other.kind == "region" and other.own_region == info.oblast:
                return index
        return None

    @staticmethod
    def _person(text: str, match: Match, matches: list[Match], index: int) -> bool:
        """A capitalised word right before or after: «Владимир Путин», «Богдан Мирошников»."""
        if _CAPITAL_AFTER.match(text[match.o_end : match.o_end + 40]) and not (
            index + 1 < len(matches) and matches[index + 1].o_start - match.o_end <= 2
        ):
            return True
        if index > 0 and match.o_start - matches[index - 1].o_end <= 2:
            return False
        before = text[max(0, match.o_start - 30) : match.o_start]
        found = _CAPITAL_BEFORE.search(before)
        return found is not None and not _sentence_initial(
            text, match.o_start - len(found.group(0))
        )

    @staticmethod
    def _in_list(t: str, match: Match, matches: list[Match], index: int) -> bool:
        """Whether a neighbouring match is separated from this one by a comma or a conjunction."""
        for other_index in (index - 1, index + 1):
            if not 0 <= other_index < len(matches):
                continue
            other = matches[other_index]
            if other.entry.common or not {c[1] for c in other.entry.candidates} & {ADJ, NAME}:
                continue
            gap = t[other.end : match.start] if other_index < index else t[match.end : other.start]
            if _LIST_GAP.fullmatch(gap) or (
                len(gap) <= 40 and _TALLY_MARK.search(gap) and _TALLY_GAP.fullmatch(gap)
            ):
                return True
        return False

    @staticmethod
    def _next_is_match(match: Match, matches: list[Match], index: int) -> bool:
        return index + 1 < len(matches) and matches[index + 1].start - match.end <= 2


__all__ = ["ADJ", "AXIS", "LATIN", "NAME", "Match", "PlaceInfo", "Resolver"]
