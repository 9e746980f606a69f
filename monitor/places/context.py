"""One matched surface form and what the text around it says.

`Match` is a surface form the automaton found, with the reading `disambiguate` chose for it.
`MatchContext` holds the facts about the text around one match that the rules of `disambiguate`
ask for (capitalised? first in its sentence? in a list? next to a region noun, an airfield word,
a person's name?), each worked out on first use: most matches are decided by a few of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from monitor.places.adjectival import agreeing_noun_after
from monitor.places.cues import (
    ADJACENT_GAP,
    AFTER_WINDOW,
    BEFORE_WINDOW,
    CAPITAL_AFTER,
    CAPITAL_AFTER_WINDOW,
    CAPITAL_BEFORE,
    CAPITAL_BEFORE_WINDOW,
    FACILITY_BEFORE,
    FRONT_NOUN_AFTER,
    INITIAL_AFTER,
    LIST_GAP,
    LIST_SEPARATOR,
    PREPOSITION,
    REGION_NOUN,
    REGION_NOUN_AFTER,
    REGION_NOUN_BEFORE,
    REGION_WORD_AFTER,
    RESIDENT_BEFORE,
    RIVER_BEFORE,
    SETTLEMENT_ADJECTIVE_BEFORE,
    SETTLEMENT_NOUN_BEFORE,
    SETTLEMENT_NOUN_RIGHT_BEFORE,
    STREET_TITLE_BEFORE,
    STREETS_BEFORE,
    TALLY_GAP,
    TALLY_GAP_LIMIT,
    TALLY_MARK,
    TOWN_NOUN_BEFORE,
    WAR_FRONT_OBLAST,
    WAR_OBJECT_BEFORE,
    on_the_river,
    quote_before,
    river_after,
    river_near_a_town,
    river_over_villages,
    sentence_initial,
)
from monitor.places.hromadas import HROMADA_NOUN, PEOPLE_AFTER
from monitor.places.person_names import first_name, named_before
from monitor.places.surfaces import ADJ, AXIS, NAME, Candidate, SurfaceEntry
from monitor.text.lemmas import morph_analyzer

# How many characters before a name `MatchContext.longer_name` reads (the longest adjective
# with its gap).
ADJECTIVE_WINDOW = 16


@dataclass(slots=True)
class Match:
    start: int  # in the normalised text
    end: int
    entry: SurfaceEntry
    o_start: int = 0  # in the original text
    o_end: int = 0
    chosen: Candidate | None = None
    confidence: float = 0.0
    reason: str = ""
    # an abstention's tied readings (one per place), which `front.FrontLine` may settle
    tied: tuple[Candidate, ...] = ()
    # read by the places' priors alone (nothing in the post supports it over its namesakes)
    by_prior: bool = False


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


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


class MatchContext:
    """The text around `matches[index]`: `text` is the original, `t` the normalised text."""

    def __init__(self, text: str, t: str, match: Match, matches: list[Match], index: int) -> None:
        self.text = text
        self.t = t
        self.match = match
        self.matches = matches
        self.index = index
        self.before = t[max(0, match.start - BEFORE_WINDOW) : match.start]
        self.after = t[match.end : match.end + AFTER_WINDOW]
        self.capital = text[match.o_start : match.o_start + 1].isupper()

    @_lazy
    def initial(self) -> bool:
        return sentence_initial(self.text, self.match.o_start)

    @_lazy
    def river_word(self) -> bool:
        """A river word before the name («река», «форсировать», «переправа через»), or «на»
        before its locative («на Днепре», where the city takes «в»: `on_the_river`)."""
        name = self.t[self.match.start : self.match.end]
        return bool(RIVER_BEFORE.search(self.before)) or on_the_river(self.before, name)

    def river_reading(self, place_kinds: frozenset[str]) -> bool:
        """Whether a name a river shares reads as the river: a river word before it, boats
        after it («через Днепр на лодках»), a town it flows by («Дніпро біля Кременчука»), or a
        preposition only a river takes where only villages share its name («вышли к Осколу»)."""
        return (
            self.river_word
            or river_after(self.before, self.after)
            or river_near_a_town(self.text, self.match.o_end)
            or river_over_villages(self.before, place_kinds)
        )

    @_lazy
    def listed(self) -> bool:
        return in_list(self.t, self.matches, self.index)

    @_lazy
    def placed(self) -> bool:
        """A preposition of place, a settlement noun or a verb of war before it, or before the
        head of the list it continues («в Андреевке, Юрьевке и Новоегоровке»)."""
        t, matches, index = self.t, self.matches, self.index
        if _place_cue(self.before):
            return True
        while index > 0 and _joined(t, matches[index - 1], matches[index]):
            index -= 1
            head = matches[index]
            if _place_cue(t[max(0, head.start - BEFORE_WINDOW) : head.start]):
                return True
        return _after_unknown_item(self.text, matches[index].o_start)

    @_lazy
    def town_noun(self) -> bool:
        """A town noun or an urban okrug before the name or its list's head («в городских
        округах Раменское и Домодедово»): it places a town, not a village."""
        return TOWN_NOUN_BEFORE.search(self.t, *self._head_window()) is not None

    @_lazy
    def on_streets(self) -> bool:
        """An item of a list of streets: streets in the plural before the list's head («на
        вулицях Курська, Харківська та Прокоф'єва»)."""
        if not _names_streets(self.t):  # most posts: one look per post
            return False
        return STREETS_BEFORE.search(self.t, *self._head_window()) is not None

    def _head_window(self) -> tuple[int, int]:
        """The text before the head of the list this match continues (or before the match)."""
        t, matches, index = self.t, self.matches, self.index
        while index > 0 and _joined(t, matches[index - 1], matches[index]):
            index -= 1
        head = matches[index]
        return max(0, head.start - BEFORE_WINDOW), head.start

    @_lazy
    def street_title(self) -> bool:
        """A street named after a person in full before the name («улице Пальмиро Тольятти»,
        «проспекте Маршала Жукова»): the words between are a first name, a title or initials
        (not «проспекте Ленина Запорожья», the street of a city)."""
        if not _names_streets(self.t):  # most posts: one look per post
            return False
        start = self.match.o_start
        found = STREET_TITLE_BEFORE.search(self.text, max(0, start - BEFORE_WINDOW), start)
        return found is not None and all(_title_word(w) for w in found.group(2).split())

    @_lazy
    def settled(self) -> bool:
        """A settlement noun right before the name («посёлок Прогресс», «село «Зоря»»)."""
        return bool(SETTLEMENT_NOUN_RIGHT_BEFORE.search(self.before))

    @_lazy
    def region_noun(self) -> bool:
        """A region noun after the name, or right before it («области Курской»); not a
        direction before it, which governs a place's genitive («в направлении Уманского»: the
        village, no inverted «Уманское направление»)."""
        form = self.t[self.match.start : self.match.end]
        if (
            FRONT_NOUN_AFTER.match(self.after)
            and WAR_FRONT_OBLAST.match(form)
            and not quote_before(self.before)
        ):
            return True
        after = self.after[:REGION_NOUN_AFTER]
        end = _SENTENCE_END.search(after)  # not the next sentence's («… Донецька. В районі Х»)
        if REGION_NOUN.search(after[: end.start()] if end else after):
            return True
        found = REGION_NOUN.search(self.before[-REGION_NOUN_BEFORE:])
        if found is None:
            return False
        if not found.group(1).startswith(("направлени", "напрям")):
            return True
        # a bare adjective after a direction; not one of a noun phrase («направлении
        # Запорожской линии фронта»)
        return agreeing_noun_after(form, self.after)

    @_lazy
    def facility(self) -> bool:
        return bool(FACILITY_BEFORE.search(self.before))

    @_lazy
    def person(self) -> bool:
        return next_to_a_name(self.text, self.matches, self.index)

    @_lazy
    def hyphenated(self) -> bool:
        """Whether the name is the head of a longer hyphenated one: «Покровском-Стрешнево», and
        «Новгород-» before a hromada's adjective («Новгород-Северская громады»), though not a
        place before another («Харків-Київ»)."""
        t, end, index = self.t, self.match.end, self.index
        return (
            t[end : end + 2].startswith("-")
            and t[end + 1 : end + 2].isalpha()
            and not (
                next_is_match(self.matches, index)
                and not all(c.kind == AXIS for c in self.matches[index + 1].entry.candidates)
            )
        )

    @property
    def no_municipality(self) -> bool:
        """Whether a hromada's or an axis's form is none: a hromada's the tail of a longer
        hyphenated name («Новгород-Северская громады»; an axis's is its town's: «на
        красно-лиманском направлении»), or a community of people («Харківська громада
        волонтерів», «общины переселенцев»)."""
        before, match = self.before, self.match
        tail = before.endswith("-") and before[-2:-1].isalpha()  # (the cheap test first)
        if tail and HROMADA_NOUN.search(self.t, match.start, match.end) is not None:
            return True
        return PEOPLE_AFTER.match(self.after) is not None

    @_lazy
    def longer_name(self) -> bool:
        """Whether a capitalised settlement adjective stands right before the name: «в Новой
        Ильинке» names Новая Ильинка, which the gazetteer lacks (it has Ильинка), not Ильинка
        (a name the gazetteer has is matched whole, the longest match winning)."""
        before = self.text[max(0, self.match.o_start - ADJECTIVE_WINDOW) : self.match.o_start]
        words = before.split()
        if not words or not words[-1].lstrip("(«\"„“'")[:1].isupper() or before[-1:].isalnum():
            return False  # most names: after a lowercase word («в», «под»), or none
        found = SETTLEMENT_ADJECTIVE_BEFORE.search(before)
        return found is not None and found.group(0)[0].isupper()

    @_lazy
    def follower(self) -> bool:
        match = self.match
        return bool(
            CAPITAL_AFTER.match(self.text[match.o_end : match.o_end + CAPITAL_AFTER_WINDOW])
        ) and not next_is_match(self.matches, self.index)


def next_to_a_name(text: str, matches: list[Match], index: int) -> bool:
    """A capitalised word right before or after: «Владимир Путин», «Богдан Мирошников»."""
    match = matches[index]
    # (a name of two matches, «Белая Дача», or a town and its region, «Талдом Московской
    # области», unless this one is a first name before a surname: «Владимир Рогов»)
    following = matches[index + 1] if index + 1 < len(matches) else None
    if CAPITAL_AFTER.match(text[match.o_end : match.o_end + CAPITAL_AFTER_WINDOW]) and not (
        following is not None
        and following.o_start - match.o_end <= ADJACENT_GAP
        and not (
            first_name(text[match.o_start : match.o_end])
            and not REGION_WORD_AFTER.search(text, following.o_start, following.o_end + 12)
        )
    ):
        return True
    if (
        INITIAL_AFTER.match(text, match.o_end)
        and first_name(text[match.o_start : match.o_end])
        and not PREPOSITION.search(text, max(0, match.o_start - BEFORE_WINDOW), match.o_start)
    ):
        return True
    if index > 0 and match.o_start - matches[index - 1].o_end <= ADJACENT_GAP:
        # one name of two matches («Белая Дача»), unless the first is a first name: «Богдан
        # Мирошников», where Богдан is a village too
        previous = matches[index - 1]
        gap = text[previous.o_end : match.o_start]
        if gap.isspace():
            return first_name(text[previous.o_start : previous.o_end])
    before = text[max(0, match.o_start - CAPITAL_BEFORE_WINDOW) : match.o_start]
    found = CAPITAL_BEFORE.search(before)
    if found is not None and not sentence_initial(text, match.o_start - len(found.group(0))):
        return True
    # (a sentence that opens with the surname alone: «…Татьяна Иванова. Иванова споёт»; not
    # «Андрій Лиман привіз дрони. Ворог штурмує Лиман»)
    return sentence_initial(text, match.o_start) and named_before(
        text, text[match.o_start : match.o_end], match.o_start
    )


# Titles a street's person goes by: «улица Маршала Жукова», «вулиця Героїв Харкова»
STREET_TITLES = frozenset(
    [
        "маршала", "генерала", "адмирала", "академика", "героя", "героев", "героїв", "гетьмана",
        "князя", "святого", "святої", "космонавта", "полковника", "лейтенанта", "професора",
        "профессора",
    ]
)  # fmt: skip


def _title_word(word: str) -> bool:
    """An initial, a title (`STREET_TITLES`) or a known first name."""
    if word.endswith(".") or word.casefold() in STREET_TITLES:
        return True
    return any(
        p.is_known and "Name" in p.tag.grammemes
        for p in (morph_analyzer(lang).parse(word)[0] for lang in ("ru", "uk"))
    )


_STREET_WORDS = re.compile(r"улиц|вулиц|проспект|переулк|провулк|ул\.|вул\.|пр-т|площад|бульвар")
_last_streets: tuple[str, bool] = ("", False)


def _names_streets(t: str) -> bool:
    """Whether the post names streets at all, remembered for the last post asked about."""
    global _last_streets
    if _last_streets[0] is not t:
        _last_streets = (t, _STREET_WORDS.search(t) is not None)
    return _last_streets[1]


def in_list(t: str, matches: list[Match], index: int) -> bool:
    """Whether a neighbouring match is separated from this one by a comma or a conjunction."""
    match = matches[index]
    for other_index in (index - 1, index + 1):
        if not 0 <= other_index < len(matches):
            continue
        other = matches[other_index]
        # (an axis too: «на направлениях — волчанском, курском и соледарском»)
        if other.entry.common or not {c.kind for c in other.entry.candidates} & {ADJ, NAME, AXIS}:
            continue
        gap = t[other.end : match.start] if other_index < index else t[match.end : other.start]
        # The length check first: `\s*(…)?\s*` backtracks quadratically on a long gap.
        if (len(gap) <= TALLY_GAP_LIMIT and LIST_GAP.fullmatch(gap)) or (
            len(gap) <= TALLY_GAP_LIMIT and TALLY_MARK.search(gap) and TALLY_GAP.fullmatch(gap)
        ):
            return True
    return False


# A preposition of location, a capitalised word the gazetteer lacks and a list's comma or
# conjunction, right before a name
_UNKNOWN_ITEM = re.compile(
    r"(?<!\w)(?:в|во|у|под|около|возле|близ|біля|поблизу|під|районе|районі)\s+"
    r"([A-ZА-ЯЁІЇЄҐ][\w'’-]+)\s*(?:,|\s(?:и|та|і|й))\s+$",
    re.IGNORECASE,
)
_PERSON = frozenset({"Name", "Surn", "Patr"})


def _after_unknown_item(text: str, start: int) -> bool:
    """Whether the list a name ends starts with a name the gazetteer lacks after a preposition
    of location: «у Бердычей и Очеретино» (no Бердычи in the gazetteer) places Очеретино; not
    a person's name («у Петрова и Соловьёва»)."""
    found = _UNKNOWN_ITEM.search(text, max(0, start - 2 * BEFORE_WINDOW), start)
    if found is None or not found.group(1)[:1].isupper():
        return False
    parses = [morph_analyzer(lang).parse(found.group(1))[0] for lang in ("ru", "uk")]
    return not any(p.is_known and _PERSON & p.tag.grammemes for p in parses)


def _place_cue(before: str) -> bool:
    return bool(
        PREPOSITION.search(before)
        or SETTLEMENT_NOUN_BEFORE.search(before)
        or RESIDENT_BEFORE.search(before)
        or WAR_OBJECT_BEFORE.search(before)
    )


def _joined(t: str, first: Match, second: Match) -> bool:
    """Two items of one list: a comma or a conjunction between them, nothing else."""
    return LIST_SEPARATOR.fullmatch(t, first.end, second.start) is not None


def next_is_match(matches: list[Match], index: int) -> bool:
    """Whether the next match follows right after this one («Белая Дача» as two matches)."""
    return (
        index + 1 < len(matches) and matches[index + 1].start - matches[index].end <= ADJACENT_GAP
    )
