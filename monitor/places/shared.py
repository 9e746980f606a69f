"""The area a sentence's namesakes share: «Красногорівка, Георгіївка, Парасковіївка» each name
villages in several oblasts, but one raion holds all three. The oblast and the raion that
most of a sentence's ambiguous names can lie in (one area ahead of every other, and open to at
least two of them) count for the names of that sentence as if the post named them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Protocol, TypeVar

from monitor.places.adjectival import agreeing_noun_after
from monitor.places.context import Match, MatchContext
from monitor.places.forms import is_dictionary_word

# At least this many different ambiguous names of a sentence must be able to lie in the area.
MIN_NAMES = 2
SETTLEMENT_KINDS = frozenset({"city", "town", "settlement", "village"})
# A name shared by more places than this (Покровское: 24) lies in so many areas that its
# agreeing with another name on one of them is chance, not evidence: it does not vote.
MAX_VOTING_CANDIDATES = 8
# How many surface forms' areas are kept (a form's candidates → its oblasts and districts).
AREAS_CACHED = 20_000
_AREAS: dict[tuple[int, tuple[Any, ...]], tuple[frozenset[str], frozenset[str], bool]] = {}
# The source recorded for an area the sentence's namesakes share (no place key).
SHARED = "(shared by the sentence's namesakes)"
# The end of a sentence or a paragraph in the normalised text.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


class _Areas(Protocol):
    regions: set[str]
    districts: set[str]
    sources: dict[str, dict[str, None]]
    local: frozenset[str]


PostT = TypeVar("PostT", bound=_Areas)


def with_shared_areas(
    text: str,
    matches: Sequence[Match],
    post: PostT,
    places: Sequence[Any],
    original: str | None = None,
) -> list[PostT]:
    """One post context per match: `post`, plus the areas its sentence's namesakes share.
    `text` is the normalised text the matches index; `original`, the post as written (where
    `Match.o_start` points: its case tells an ordinary word from a name)."""
    if all(len(match.entry.candidates) == 1 for match in matches):
        return [post] * len(matches)  # most posts: no namesake to decide
    contexts: list[PostT] = []
    first = 0  # the sentence's first match
    headline = _headline(text, matches)
    for index in range(1, len(matches)):
        if _SENTENCE_END.search(text, matches[index - 1].end, matches[index].start):
            contexts += _with_headline(original, headline, matches[first:index], post, places)
            first = index
    return contexts + _with_headline(original, headline, matches[first:], post, places)


# A headline that is a short label: «Гуляйполе.», «Покровск — Мирноград.»
HEADLINE_CHARS = 40


def _headline(text: str, matches: Sequence[Match]) -> list[Match]:
    """The matches of the post's first line, or of its first sentence, when that is a short
    label with a body after it («Гуляйполе. Кто бы мог подумать …»)."""
    end = text.find("\n")
    if end < 0:
        return []
    sentence = _SENTENCE_END.search(text, 0, end)
    end = sentence.start() if sentence else end
    if end > HEADLINE_CHARS:
        return []
    return [m for m in matches if m.end <= end]


def _with_headline(
    original: str | None,
    headline: list[Match],
    group: Sequence[Match],
    post: PostT,
    places: Sequence[Any],
) -> list[PostT]:
    """A sentence's contexts, its namesakes voting with the headline's («Гуляйполе.\n\nНаши
    зашли в Успеновку»: the Uspenivka of Huliaipole's raion)."""
    if not headline or group[0] in headline:
        return _for_group(original, group, post, places)
    return _for_group(original, [*headline, *group], post, places)[len(headline) :]


def _for_group(
    original: str | None, group: Sequence[Match], post: PostT, places: Sequence[Any]
) -> list[PostT]:
    # (an ordinary word written lowercase names no place and casts no vote: «біля заводу в
    # Авдіївці» is not Chernihiv Raion's, where a village is called Завод)
    voters = [
        m
        for m in group
        if not (m.entry.common and original and original[m.o_start : m.o_start + 1].islower())
    ]
    post = _with_local_areas(post, group, places, original)
    if sum(len(m.entry.candidates) > 1 for m in voters) < MIN_NAMES:
        return [post] * len(group)
    oblasts: dict[str, int] = {}
    districts: dict[str, int] = {}
    # the areas some name that names no city, nor is a word, votes for: names that may all be
    # cities («в Киеве, во Львове») agree on Mykolaiv Oblast's villages of those names by
    # chance, and so do a city's and a word's («в Королёве и Видном»: Crimea's Королево and
    # Видне, not Korolyov and Moscow Oblast's Vidnoye, which the gazetteer lacks)
    villages: set[str] = set()
    for candidates, common in {m.entry.candidates: m.entry.common for m in voters}.items():
        if 1 < len(candidates) <= MAX_VOTING_CANDIDATES:
            in_oblasts, in_districts, city = _areas_of(candidates, places)
            for area in in_oblasts:
                oblasts[area] = oblasts.get(area, 0) + 1
            for area in in_districts:
                districts[area] = districts.get(area, 0) + 1
            if not (city or common):
                villages |= in_oblasts | in_districts
    oblast, district = _leader(oblasts, villages), _leader(districts, villages)
    if (
        district is not None
        and post.regions
        and _oblast_of(district, group, places) not in post.regions
    ):
        # the post names its oblasts, and not that district's: «Запорізької області … атакували
        # Гуляйполе, Оріхів, Кам'янське» is not Dnipropetrovsk Oblast's Kamianske Raion
        district = None
    if oblast is None and district is None:
        return [post] * len(group)
    areas = [area for area in (oblast, district) if area]
    shared = replace(  # type: ignore[type-var]
        post,
        regions=post.regions | ({oblast} if oblast else set()),
        districts=post.districts | ({district} if district else set()),
        sources={**post.sources, **{a: {**post.sources.get(a, {}), SHARED: None} for a in areas}},
    )
    return [shared] * len(group)


def _with_local_areas(
    post: PostT, group: Sequence[Match], places: Sequence[Any], original: str | None = None
) -> PostT:
    """`post`, with the oblasts and districts of the sentence's own unambiguous places as its
    `local` areas: a namesake in them is the sentence's, before one in an area another
    sentence named («На Покровському напрямку … Шахового. На Гуляйпільському напрямку …
    Гуляйполя, Рівнопілля та Успенівки» is the Uspenivka by Huliaipole). A name that is also a
    word counts where it is listed with another name, with a capital («в районах Орлівки та
    Тоненького»: the Orlivka by Tonenke; not «пособники Петрова»)."""
    if all(len(m.entry.candidates) == 1 for m in group) or len(group) < 2:
        return post
    local: set[str] = set()
    for index, match in enumerate(group):
        readings = {c.place for c in match.entry.candidates}
        if len(readings) != 1 or (match.entry.common and not _named(original, group, index)):
            continue
        place = places[next(iter(readings))]
        local.update(
            a for a in (place.oblast, place.district, place.own_region, place.hromada) if a
        )
    return replace(post, local=frozenset(local)) if local else post  # type: ignore[type-var]


# What stands between two names of a list: a comma, a conjunction; a dash between a road's
# ends («трасса Межевая — Покровское»). Not `cues.LIST_GAP`, which takes a bare space too: a
# first name and a surname («Марии Погребняк») are no list
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*(?:и|та|і|й)|[—–-])\s*", re.IGNORECASE)


def _named(original: str | None, group: Sequence[Match], index: int) -> bool:
    """Whether a word's form is written as a name in a list: a capital, a comma or a conjunction
    alone between it and another match of its sentence, and no noun it agrees with after it
    («з Південного та Східного напрямків» name no villages)."""
    match = group[index]
    if not original or not original[match.o_start : match.o_start + 1].isupper():
        return False
    neighbours = [
        original[group[index - 1].o_end : match.o_start] if index > 0 else "",
        original[match.o_end : group[index + 1].o_start] if index + 1 < len(group) else "",
    ]
    if not any(gap and _LIST_GLUE.fullmatch(gap) for gap in neighbours):
        return False
    form = original[match.o_start : match.o_end].casefold()
    before = original[max(0, match.o_start - 20) : match.o_start]
    return not agreeing_noun_after(form, original[match.o_end : match.o_end + 80], before)


def _oblast_of(district: str, group: Sequence[Match], places: Sequence[Any]) -> str | None:
    """The oblast of a district one of the group's readings lies in."""
    for match in group:
        for candidate in match.entry.candidates:
            place = places[candidate.place]
            if place.district == district:
                return str(place.oblast) if place.oblast else None
    return None


def _areas_of(
    candidates: tuple[Any, ...], places: Sequence[Any]
) -> tuple[frozenset[str], frozenset[str], bool]:
    """The oblasts and districts the settlements a surface form may name lie in (cached: the
    same forms come back post after post), and whether one of them is a city."""
    key = (id(places), candidates)  # a reloaded gazetteer numbers its places anew
    found = _AREAS.get(key)
    if found is None:
        settlements = [places[c.place] for c in candidates]
        settlements = [p for p in settlements if p.kind in SETTLEMENT_KINDS]
        found = (
            frozenset(p.oblast for p in settlements if p.oblast),
            frozenset(p.district for p in settlements if p.district),
            any(p.kind == "city" for p in settlements),
        )
        if len(_AREAS) < AREAS_CACHED:
            _AREAS[key] = found
    return found


def _leader(counts: dict[str, int], villages: set[str]) -> str | None:
    """The area with the most votes, if it has MIN_NAMES of them, no other has as many, and a
    name that names no city is among them."""
    most = max(counts.values(), default=0)
    if most < MIN_NAMES:
        return None
    leaders = [area for area, votes in counts.items() if votes == most]
    return leaders[0] if len(leaders) == 1 and leaders[0] in villages else None


def lone_village(info: Any, post: _Areas, ctx: MatchContext, latin: bool) -> bool:
    """A village known only from a settlement list, matched in Latin script or as an ordinary
    word opening a sentence, where its capital letter proves nothing («Google Play», «Дела там
    шли туго», «Строки, руны, байты»), that no other place of the post supports: its own name
    putting its oblast in the post is no support."""
    if info.curated or info.kind not in ("village", "settlement"):
        return False
    if not latin and not (ctx.initial and _ordinary(ctx.text[ctx.match.o_start : ctx.match.o_end])):
        return False
    areas = [area for area in (info.oblast, info.district) if area]
    return not any(key != info.key for area in areas for key in post.sources.get(area, ()))


def _ordinary(surface: str) -> bool:
    """Whether a one-word surface is an ordinary word of the Russian dictionary (which tags
    toponyms apart; the Ukrainian one lists them as plain nouns: «Кліщіївка» would count)."""
    return is_dictionary_word(surface.casefold(), "ru", frozenset())
