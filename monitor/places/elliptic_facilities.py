"""Elliptic facilities: lists («по Бурштынской, Ладыжинской и Добротворской ТЭС») and a bare
head near its town («Курахово … последние очаги у ТЭС»).

The matcher finds the last item of a list, named in full. The adjectives listed before it share
its head abbreviation, so each is read as the facility named by the adjective and that head,
where the gazetteer has one; the mention's surface is the bare adjective, as a region's in «в
Курской и Брянской областях». A head alone («ТЭС», «НПЗ») is the one facility of that head
within `BARE_HEAD_KM` of a place the post names in another sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from monitor.domain import PlaceMention
from monitor.places.gazetteer import Gazetteer, GazetteerPlace
from monitor.places.geo import distance_km

# A facility named by an adjective and an all-caps head: «Добротворской ТЭС», «Афипский НПЗ»
_HEADED = re.compile(r"\w+\s+([А-ЯЁІЇЄ]{2,5})$")
# One list item before the next one: «Бурштынской, », «Ладыжинской и », «Ладижинської та »
_ITEM = re.compile(r"(?<!\w)([А-ЯЁІЇЄ][\w'’-]+)(?:\s*,\s*|\s+(?:и|та|і|й)\s+)$")
_REACH = 200  # characters a list may reach back from its last item


def elliptic_facilities(
    text: str,
    mentions: list[PlaceMention],
    find: Callable[[str], list[PlaceMention]],
    gaz: Gazetteer,
) -> list[PlaceMention]:
    """`mentions` with the list items before a facility named in full, each read with its head
    (`find` gives the places of a short text: the place matcher's)."""
    out = {(m.start, m.end): m for m in mentions}
    for mention in mentions:
        headed = _HEADED.search(mention.surface)
        if headed is None or not _is_facility(gaz, mention.place_key):
            continue
        end = mention.start
        while (item := _ITEM.search(text, max(0, end - _REACH), end)) is not None:
            word, end = item.group(1), item.start()
            found = _named_in_full(f"{word} {headed.group(1)}", find, gaz)
            if found is None:
                break  # not an item of the list: «Петров и Добротворской ТЭС директор»
            # an item read as a place of its own gives way: «Афипский и Ильский НПЗ» are two
            # refineries, not the settlement Afipsky and a refinery
            out[end, end + len(word)] = PlaceMention(
                found,
                end,
                end + len(word),
                word,
                mention.confidence,
                f"listed before «{mention.surface}», sharing its head",
            )
    out.update(_plural_heads(text, find, gaz))
    return _bare_heads(text, sorted(out.values(), key=lambda m: m.start), gaz)


# A plural head after a list of adjectives: «Саратовский, Рязанский и Волгоградский
# нефтеперерабатывающие заводы», «… и Новошахтинский заводы» (the bare «заводы» only in a post
# about refineries), each adjective read as the refinery «X НПЗ»
_PLURAL_HEAD = re.compile(
    r"(?:нефтеперерабатывающ\w+|нафтопереробн\w+)\s+завод\w*|(?<![\w-])завод(?:ы|ах|ов|ам)(?!\w)"
)
_LAST_ITEM = re.compile(r"(?<!\w)([А-ЯЁІЇЄ][\w'’-]+)\s+$")
_REFINERY_WORDS = re.compile(r"НПЗ|нефтеперераб|нафтопереро", re.IGNORECASE)


def _plural_heads(
    text: str, find: Callable[[str], list[PlaceMention]], gaz: Gazetteer
) -> dict[tuple[int, int], PlaceMention]:
    """The refineries listed by their adjectives before a plural head (see above)."""
    found: dict[tuple[int, int], PlaceMention] = {}
    if "завод" not in text or not _REFINERY_WORDS.search(text):
        return found
    for head in _PLURAL_HEAD.finditer(text):
        item = _LAST_ITEM.search(text, max(0, head.start() - _REACH), head.start())
        while item is not None:
            word, end = item.group(1), item.start()
            key = _named_in_full(f"{word} НПЗ", find, gaz)
            if key is None:
                break
            span = (item.start(1), item.end(1))
            found[span] = PlaceMention(key, *span, word, 0.9, "listed before a plural head")
            item = _ITEM.search(text, max(0, end - _REACH), end)
    return found


# A facility's head abbreviation standing alone, in Russian and Ukrainian
_HEAD_WORDS = ("ТЭС", "ТЕС", "ТЭЦ", "ТЕЦ", "ГЭС", "ГЕС", "АЭС", "АЕС", "НПЗ", "ГОК", "ГЗК")
_BARE_HEAD = re.compile(rf"(?<![\w-])({'|'.join(_HEAD_WORDS)})(?![\w-])")
# How far from a named place the one facility of a bare head may stand (Kurakhove's plant is
# 3 km from the town, Zaporizhzhia's nuclear plant 5 km from Enerhodar)
BARE_HEAD_KM = 15.0


def _bare_heads(text: str, mentions: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """`mentions` with each bare head read as the one facility of that head near a place the
    post names («Курахово — всё. Последние очаги у ТЭС дочищают»: Kurakhove's power plant)."""
    if not any(head in text for head in _HEAD_WORDS):
        return mentions
    found = [
        m
        for m in _BARE_HEAD.finditer(text)
        if not any(x.start <= m.start() < x.end for x in mentions)
    ]
    if not found:
        return mentions
    named = [m for m in mentions if m.place_key in gaz.places]
    places = [gaz.places[m.place_key] for m in named]
    added = []
    for bare in found:
        elsewhere = [p for p, m in zip(places, named, strict=True) if _apart(text, m, bare)]
        near = {
            f.key
            for f in _facilities_of(gaz, bare.group(1))
            if any(p.key != f.key and distance_km(p, f) <= BARE_HEAD_KM for p in elsewhere)
        }
        if len(near) == 1:
            key = near.pop()
            added.append(
                PlaceMention(key, bare.start(), bare.end(), bare.group(1), 0.8, "a bare head near")
            )
    return sorted([*mentions, *added], key=lambda m: m.start)


def _apart(text: str, mention: PlaceMention, bare: re.Match[str]) -> bool:
    """Whether a sentence ends between the place and the head: in its own sentence the town
    itself is what a claim is about («в Туапсе атакован морской терминал и НПЗ»)."""
    start, end = sorted((mention.end, bare.start()))
    return re.search(r"[.!?\n]", text[start:end]) is not None


_HEADS: dict[int, tuple[Gazetteer, dict[str, list[GazetteerPlace]]]] = {}


def _facilities_of(gaz: Gazetteer, head: str) -> list[GazetteerPlace]:
    """The facilities whose Russian or Ukrainian name ends with the head, worked out once per
    gazetteer."""
    cached = _HEADS.get(id(gaz))
    if cached is None or cached[0] is not gaz:
        heads: dict[str, list[GazetteerPlace]] = {}
        for place in gaz.places.values():
            if place.kind == "facility":
                for name in {place.name_ru, place.name_uk} - {None}:
                    heads.setdefault(str(name).rsplit(" ", 1)[-1], []).append(place)
        cached = _HEADS[id(gaz)] = (gaz, heads)
    return cached[1].get(head, [])


def _named_in_full(
    name: str, find: Callable[[str], list[PlaceMention]], gaz: Gazetteer
) -> str | None:
    """The key of the facility `name` names in full, if any."""
    for found in find(name):
        if found.start == 0 and found.end == len(name) and _is_facility(gaz, found.place_key):
            return found.place_key
    return None


def _is_facility(gaz: Gazetteer, key: str) -> bool:
    place = gaz.places.get(key)
    return place is not None and place.kind == "facility"
