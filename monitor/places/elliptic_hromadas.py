"""Hromadas named by their adjective alone, under a line that names the noun: an oblast
administration's daily report lists «Обстрілів зазнали громади:\n🔹 Краснопільська – КАБ (2
вибухи);\n🔹 Хотінська – обстріл з РСЗВ». Each item is the hromada its adjective names with the
noun («Краснопільська громада» → Krasnopillia's hromada), not a village named Krasnopilska. The
post is read again with the noun written out after each item's adjective, as for the axes'
headings (`elliptic_axes`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from monitor.domain import PlaceMention
from monitor.places.elliptic_axes import read_with_nouns

# A line that ends by announcing a list of hromadas: «Під ударом були громади:», «Обстрілів
# зазнали такі громади:», «**Ворог обстріляв 7 громад Сумщини:**», «в общинах:»
_LIST_NOUN = re.compile(
    r"(?i)(?<!\w)(?:громад[иаі]?|громадах|общин[ыа]?|общинах)(?:[ \t]+[\w'’ʼ]+){0,2}[ \t]*:"
    r"[ \t*_]*$"
)
# and the noun after a verb, a count, a preposition or «такі» (not after a noun or a
# possessive: one hromada's own list, «Наслідки обстрілу Сумської громади:», «Новини нашої
# громади:», its streets and its news)
_BEFORE_NOUN = re.compile(
    r"(?i)(?:.*(?:ли|ла|ло|ють|ять|ать|ив|ав|яв|ся|сь)|\d+|у|в|з|із|зі|по|такі|такие|наступні|"
    r"следующие)"
)
_NOUN_STEMS = ("громад", "общин")
# An item of that list: its first word, after a bullet or a number, a feminine adjective (the
# hromada's), then a dash, a colon or a bracket
_ITEM = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]*|[-—–•▪▫◾️🔻🔸🔹➖·*▶️➡️]+[ \t]*)?"
    r"([А-ЯЁІЇЄҐ][\w'’ʼ-]*?(?:ська|цька|зька|ская|цкая))"
    r"[ \t]*(?:[:(]|[—–-][ \t])"
)
_NOUNS = {"а": " громада", "я": " община"}


def _heads_a_list(line: str) -> bool:
    noun = _LIST_NOUN.search(line)
    if noun is None:
        return False
    before = line[: noun.start()].rstrip(" \t*_").rsplit(None, 1)
    return not before or _BEFORE_NOUN.fullmatch(before[-1]) is not None


@lru_cache(maxsize=8)  # (the matcher's steps ask again of the same post)
def listed_hromadas(text: str) -> tuple[re.Match[str], ...]:
    """The items of the post's lists of hromadas: each list runs from its heading line to the
    first line that is no item."""
    folded = text.casefold()
    if not any(stem in folded for stem in _NOUN_STEMS):
        return ()  # most posts
    items: list[re.Match[str]] = []
    offset, listing = 0, False
    for line in text.split("\n"):
        if listing and line.strip():  # (empty lines may stand between the items)
            item = _ITEM.match(text, offset, offset + len(line))
            listing = item is not None
            if item is not None:
                items.append(item)
        if _heads_a_list(line):
            listing = True
        offset += len(line) + 1
    return tuple(items)


def in_hromada_list(text: str, start: int) -> bool:
    """Whether the adjective at `start` opens an item of a list of hromadas."""
    return any(item.start(1) == start for item in listed_hromadas(text))


def elliptic_hromadas(
    text: str, mentions: list[PlaceMention], find: Callable[[str], list[PlaceMention]]
) -> list[PlaceMention]:
    """`mentions`, or, where the post lists hromadas by their adjectives, its places read with
    the noun written out after each (`find` gives the places of a text)."""
    items = listed_hromadas(text) if "\n" in text else ()
    if not items:
        return mentions
    return read_with_nouns(text, [(i.end(1), _NOUNS[i.group(1)[-1]]) for i in items], find)
