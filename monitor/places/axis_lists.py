"""Elliptic lists of axes: «на Покровському, Торецькому та Лиманському напрямках» names three
axes though only the last adjective stands by the noun (the General Staff's and the Ministry of
Defence's daily style); hromadas likewise («Білопільська, Краснопільська та Хотінська громади»,
the oblast administrations' style). The last one the automaton finds with the plural noun
(`axes._PLURAL`); the adjectives listed before it are read as axes of that noun too. A list
after the plural noun and a colon is read the same way («Обстрілів зазнали громади:
Краснопільська, Миропільська, Путивльська»). So are the line headings of a front summary
that names the noun in one heading only («▪️ Купянское направление: … ▪️ Лиманское: …»)."""

from __future__ import annotations

import re
from collections.abc import Callable

from monitor.places.context import Match
from monitor.places.hromadas import PEOPLE_AFTER
from monitor.places.surfaces import AXIS, NAME, SurfaceEntry

# (the plural noun in the locative, the nominative or the genitive: «на Покровском и
# Курахском направлениях», «самые горячие — Покровское и Константиновское направления», «на
# стыке Покровского и Кураховского направлений»)
AXES_NOUN = r"напрямках|направлениях|направления|напрямки|направлений|напрямків"
# (as the matcher looks for them before reading a post's axes at all)
PLURAL_AXIS_NOUNS = tuple(f" {noun}" for noun in AXES_NOUN.split("|"))
# (hromadas' plural nouns, Ukrainian and Russian: «Хотінська та Миропільська громади», «Марганецкая
# и Покровская громады», «Хотинская и Миропольская общины»)
HROMADAS_NOUN = r"громадах|громади|громады|громад|общинах|общины|общин"
PLURAL_AXIS = re.compile(rf"\s({AXES_NOUN}|{HROMADAS_NOUN})$")
# The noun each listed adjective is looked up with: «торецькому напрямку», «краснопільська
# громада» («громади» is also the genitive singular: «Сумської, Білопільської громади»)
SINGULAR = {
    "напрямках": ("напрямку",),
    "направлениях": ("направлении",),
    "направления": ("направление", "направления"),
    "напрямки": ("напрямок",),
    "направлений": ("направления",),
    "напрямків": ("напрямку",),
    "громадах": ("громаді",),
    "громади": ("громада", "громади", "громаду"),  # «атакував Марганецьку та Покровську громади»
    "громад": ("громади",),
    "громады": ("громада", "громады", "громаду"),
    "общины": ("община", "общины", "общину"),
    "общинах": ("общине",),
    "общин": ("общины",),
}
# A short aside in brackets after a list's item: «Покровському (21 км²) та Лиманському»
ASIDE = re.compile(r"\([^()\n]{1,24}\)")
# A list item right before: «покровському, », «торецькому та », «дар'ївська, »
ITEM_BEFORE = re.compile(r"(?<![\w'’ʼ-])(\w+(?:['’ʼ-]\w+)*)\s*(?:,\s*|\s(?:та|і|й|и)\s+)$")
# How far back one item is looked for (the longest axis adjective and its separator)
ITEM_WINDOW = 40


# The plural noun and a colon or a dash a list of axes or hromadas follows: «громади:
# Краснопільська, …», «на направлениях — Покровском и Кураховском»
NOUN_COLON = re.compile(rf"(?<!\w)(напрямках|направлениях|{HROMADAS_NOUN})\s*(?::|\s[—–-]\s)\s*")
# One item of that list and what follows it: a comma or a conjunction goes on, else it ends
ITEM_AFTER = re.compile(r"(\w+(?:['’ʼ-]\w+)*)(\s*,\s*|\s+(?:та|і|й|и)\s+)?")
# What may close such a list: its sentence's end, or a dash before what is said of the items
# («направлениях: Покровском, Кураховском — бои»)
LIST_END = re.compile(r"\s*(?:[.;!\n]|$|[—–-]\s)")
# An item the gazetteer has no axis of, shaped like one: «Южно-Донецком» (the text is folded)
UNKNOWN_AXIS = re.compile(r"[\w'’ʼ-]+(?:ском|цком|ському|цькому)")
# A clause after a comma that may close such a list: «…, где», «…, сообщил Пушилин»
CLAUSE_AFTER = re.compile(
    r"(?:где|де|там|куда|куди|это|це|что|що|котор\w*|як\w*|сообщ\w*|повідом\w*|заяв\w*|"
    r"передает|передає|пишет|пише)(?!\w)"
)


def _after_colon(
    t: str, axis_entry: Callable[[str], SurfaceEntry | None], passed: list[tuple[int, int]]
) -> list[Match]:
    """The items of each list after a plural axis noun and a colon or a dash, read as axes of
    it: a list of bare adjectives closed by its sentence's end, a dash, or a clause word after
    a comma (not «направлениях: Покровском (у X), …»). An item shaped like an axis the
    gazetteer has none of is passed over, its span added to `passed` («Придніпровському»)."""
    listed: list[Match] = []
    for colon in NOUN_COLON.finditer(t):
        nouns = SINGULAR[colon.group(1)]
        position, items = colon.end(), list[Match]()
        while (item := ITEM_AFTER.match(t, position)) is not None:
            entry = next(
                (e for n in nouns if (e := axis_entry(f"{item.group(1)} {n}")) is not None), None
            )
            if entry is not None:
                items.append(Match(item.start(1), item.end(1), entry))
            elif UNKNOWN_AXIS.fullmatch(item.group(1)):
                passed.append((item.start(1), item.end(1)))
            else:
                comma = t[item.start() - 2 : item.start()].strip() == ","
                if items and comma and CLAUSE_AFTER.match(t, item.start()):
                    listed += items
                break
            position = item.end()
            if item.group(2) is None:
                if LIST_END.match(t, position):
                    listed += items
                break
    return listed


# A line's heading: bullets and markup, a word, maybe the singular axis noun, then a colon or
# a dash
HEADING = re.compile(
    r"^[^\w\n]*?(\w+(?:-\w+)?)(\s+(?:направление|напрямок))?[*_]*\s*(?::|\s[—–]\s)",
    re.MULTILINE,
)
HEADING_NOUN = re.compile(r"(?<!\w)(направление|напрямок)[*_]*\s*(?::|\s[—–]\s)")


def _headed_lines(t: str, axis_entry: Callable[[str], SurfaceEntry | None]) -> list[Match]:
    """The bare adjectives heading lines of a summary whose other headings carry the axis noun
    («🔹 Купянское направление: …\n🔹 Лиманское: …»), read as axes of that noun."""
    headings = list(HEADING.finditer(t))
    nouns = {h.group(2).split()[0] for h in headings if h.group(2)}
    listed = []
    for heading in headings:
        if heading.group(2) is None:
            word = heading.group(1)
            entry = next((e for n in nouns if (e := axis_entry(f"{word} {n}")) is not None), None)
            if entry is not None:
                listed.append(Match(heading.start(1), heading.end(1), entry))
    return listed


def with_listed_axes(
    t: str,
    matches: list[Match],
    axis_entry: Callable[[str], SurfaceEntry | None],
    heading_entry: Callable[[str], SurfaceEntry | None] | None = None,
) -> list[Match]:
    """`matches` with the adjectives listed before a plural axis read as axes (replacing what
    the automaton made of them); `axis_entry` gives the entry of a singular axis form,
    `heading_entry` that of a heading's adjective and noun (by default `axis_entry`)."""
    if "(" in t:  # the items' asides blanked, offsets kept: «на Гуляйпільському (32 км²), …»
        t = ASIDE.sub(lambda aside: " " * len(aside.group()), t)
    listed: list[Match] = []
    passed: list[tuple[int, int]] = []  # the spans of listed axes the gazetteer lacks
    if NOUN_COLON.search(t):
        listed = _after_colon(t, axis_entry, passed)
    if HEADING_NOUN.search(t):
        listed += _headed_lines(t, heading_entry or axis_entry)
    lasts = [m for m in matches if all(c.kind == AXIS for c in m.entry.candidates)]
    for match in [*lasts, *_unfound_lasts(t, lasts, axis_entry)]:
        plural = PLURAL_AXIS.search(t, match.start, match.end)
        if plural is None or PEOPLE_AFTER.match(t, match.end) is not None:
            continue  # (nor a list of communities: «громади переселенців»)
        if match not in lasts:
            listed.append(match)
        nouns = SINGULAR[plural.group(1)]
        end = match.start
        while (item := ITEM_BEFORE.search(t, max(0, end - ITEM_WINDOW), end)) is not None:
            entry = next(
                (e for n in nouns if (e := axis_entry(f"{item.group(1)} {n}")) is not None), None
            )
            if entry is not None:  # an item the gazetteer lacks does not end the list
                listed.append(Match(item.start(1), item.end(1), entry))
            end = item.start(1)
    if not listed:
        return matches
    spans = [(x.start, x.end) for x in listed]
    kept = [
        m
        for m in matches
        if not any(m.start < end and start < m.end for start, end in spans)
        # an unknown axis item is no village of its name (an oblast's adjective stays)
        and not (
            any(m.start < end and start < m.end for start, end in passed)
            and all(c.kind == NAME for c in m.entry.candidates)
        )
    ]
    return sorted(kept + listed, key=lambda m: m.start)


# The last item and the plural noun: «… та Шосткинська громади»
LAST_ITEM = re.compile(rf"(?<![\w'’ʼ-])(\w+(?:['’ʼ-]\w+)*)\s+({AXES_NOUN}|{HROMADAS_NOUN})(?!\w)")


def _unfound_lasts(
    t: str, found: list[Match], axis_entry: Callable[[str], SurfaceEntry | None]
) -> list[Match]:
    """The last items before a plural noun that the automaton did not read as axes (it knows
    «шосткинська громада», not «шосткинська громади»), as matches spanning the noun too."""
    unfound = []
    for last in LAST_ITEM.finditer(t):
        if len(last.group(1)) > ITEM_WINDOW or any(m.start <= last.start() < m.end for m in found):
            continue  # (no axis or hromada is named in so long a word)
        nouns = SINGULAR[last.group(2)]
        entry = next(
            (e for n in nouns if (e := axis_entry(f"{last.group(1)} {n}")) is not None), None
        )
        if entry is not None:
            unfound.append(Match(last.start(), last.end(), entry))
    return unfound
