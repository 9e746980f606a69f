"""Hromadas named by their adjective alone, under a line that names the noun: an oblast
administration's daily report lists «Обстрілів зазнали громади:\n🔹 Краснопільська – КАБ (2
вибухи);\n🔹 Хотінська – обстріл з РСЗВ». Each item is the hromada its adjective names with the
noun («Краснопільська громада» → Krasnopillia's hromada), not a village named Krasnopilska. The
post is read again with the noun written out after each item's adjective, as for the axes'
headings (`elliptic_axes`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from monitor.domain import PlaceMention
from monitor.places.elliptic_axes import back_to_original

# A line that ends by announcing a list of hromadas: «Під ударом були громади:», «Обстрілів
# зазнали такі громади:», «**Ворог обстріляв 7 громад Сумщини:**», «в общинах:», the noun
# after a verb, a count, a preposition or «такі» (not after a noun or a possessive: one
# hromada's own list, «Наслідки обстрілу Сумської громади:», «Новини нашої громади:», its
# streets and its news)
_LIST_HEAD = re.compile(
    r"(?i)(?:^|[\w'’ʼ]+(?:ли|ла|ло|ло|ють|ять|ать|ив|ав|яв|ся|сь)|\d+|(?<!\w)(?:у|в|з|із|зі|по|"
    r"такі|такие|наступні|следующие))[ \t*_]+"
    r"(?:громад[иаі]?|громадах|общин[ыа]?|общинах)(?:[ \t]+[\w'’ʼ]+){0,2}[ \t]*:[ \t*_]*$"
)
# An item of that list: its first word, after a bullet or a number, a feminine adjective (the
# hromada's), then a dash, a colon or a bracket
_ITEM = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]*|[-—–•▪▫◾️🔻🔸🔹➖·*▶️➡️]+[ \t]*)?"
    r"([А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]+(?:ська|цька|зька|ская|цкая))"
    r"[ \t]*(?:[:(]|[—–-][ \t])"
)
_NOUNS = {"а": " громада", "я": " община"}


def listed_hromadas(text: str) -> list[re.Match[str]]:
    """The items of the post's lists of hromadas: each list runs from its heading line to the
    first line that is no item."""
    items: list[re.Match[str]] = []
    offset, listing = 0, False
    for line in text.split("\n"):
        if listing and line.strip():  # (empty lines may stand between the items)
            item = _ITEM.match(text, offset, offset + len(line))
            listing = item is not None
            if item is not None:
                items.append(item)
        if _LIST_HEAD.search(line):
            listing = True
        offset += len(line) + 1
    return items


def in_hromada_list(text: str, start: int) -> bool:
    """Whether the adjective at `start` opens an item of a list of hromadas."""
    return any(item.start(1) == start for item in listed_hromadas(text))


def elliptic_hromadas(
    text: str, mentions: list[PlaceMention], find: Callable[[str], list[PlaceMention]]
) -> list[PlaceMention]:
    """`mentions`, or, where the post lists hromadas by their adjectives, its places read with
    the noun written out after each (`find` gives the places of a text)."""
    if "\n" not in text:
        return mentions
    items = listed_hromadas(text)
    if not items:
        return mentions
    pieces: list[str] = []
    shifts: list[tuple[int, int]] = []
    last = added = 0
    for item in items:
        noun = _NOUNS[item.group(1)[-1]]
        pieces += [text[last : item.end(1)], noun]
        shifts.append((item.end(1) + added, len(noun)))
        added += len(noun)
        last = item.end(1)
    pieces.append(text[last:])
    return [back_to_original(m, text, shifts) for m in find("".join(pieces))]
