"""What the words around a name are, by their likeliest dictionary reading: a finite verb or a
noun next («Киев заявил», «Мирный договор»), an adverb where the name stands («Ровно год
назад»); and a name in the instrumental, which no adjective shares («над Курском»)."""

from __future__ import annotations

import functools
import re

from monitor.places.context import MatchContext
from monitor.places.cues import NEXT_WORD
from monitor.text.lemmas import morph_analyzer


def verb_next(after: str) -> bool:
    """Whether the next word (same line, no punctuation between) is a finite verb."""
    found = NEXT_WORD.match(after)
    if found is None:
        return False
    return _is_verb(found.group(1))


@functools.lru_cache(maxsize=50_000)
def _is_verb(word: str) -> bool:
    return any(
        str(morph_analyzer(lang).parse(word)[0].tag).startswith("VERB") for lang in ("ru", "uk")
    )


# After an adverb of measure, a span of time or a number: «Ровно год назад», «Ровно в полночь»,
# «Ровно через неделю», «Ровно 100 дней» (not «Ровно и Луцк атакованы», «Ровно снова под ударом»)
_MEASURED = re.compile(
    r"^[ \t]+(?:\d+|год|года|лет|неделю|недели|месяц|месяца|сутки|суток|час|часа|минут|полгода|"
    r"полчаса|в|во|через|за|рік|роки|років|тиждень|місяць|добу|годину|о|об|за)(?!\w)"
)


def adverb_opens(ctx: MatchContext) -> bool:
    """Whether the name reads first as an adverb of measure, a span of time or a number after
    it (`_MEASURED`)."""
    return _MEASURED.match(ctx.after) is not None and _is_adverb(
        ctx.t[ctx.match.start : ctx.match.end].casefold()
    )


@functools.lru_cache(maxsize=50_000)
def _is_adverb(word: str) -> bool:
    return str(morph_analyzer("ru").parse(word)[0].tag).startswith("ADVB")


# What a town is told to have gone through in the war, right after its name: taken or left,
# told by the short passive participle («Изюм освобождён», «Лиман взят», «Ізюм звільнено»),
# or under fire («Изюм снова под обстрелом»), or under a side's control («Изюм полностью под
# контролем наших войск»), after an adverb of degree or time. An active verb tells too little:
# «Изюм заняли на складе», «Счастье захватило всех», «Лиман атаковали медузы».
_WAR_PARTICIPLES = frozenset(
    {"освободить", "взять", "занять", "оставить", "сдать", "захватить", "зачистить",
     "окружить", "оккупировать", "звільнити", "зайняти", "залишити", "здати", "захопити",
     "зачистити", "оточити", "окупувати"}
)  # fmt: skip
_UNDER = frozenset({"под", "під"})
# a word for a settlement is no name: «Городок взят» (Horodok of Khmelnytskyi Oblast)
_SETTLEMENT = frozenset({"городок", "містечко", "поселок", "посёлок", "селище", "село"})
_UNDER_FIRE = frozenset({"обстрелом", "обстрелами", "обстрілом", "обстрілами"})
_CONTROL = frozenset({"контролем", "контролю"})
# whose control: «под контролем ВСУ / России / противника», or «наших / украинских …» before
# a noun of troops («под контролем наших войск», not «… наших психологов», «… все эти годы»)
_HOLDERS = frozenset(
    {"всу", "зсу", "рф", "россии", "росії", "украины", "україни", "противника", "врага",
     "ворога", "окупантів", "оккупантов", "росіян", "армии", "армії"}
)  # fmt: skip
_HOLDER_ADJECTIVES = re.compile(
    r"(?:наших|наши|российских|русских|украинских|українських|російських|вражеских|ворожих)$"
)
_TROOPS = re.compile(r"(?:войск|сил|подразделени|бойцов|військ|підрозділ|захисник|штурмовик)")
_DEGREE = frozenset(
    {"полностью", "уже", "снова", "вновь", "опять", "окончательно", "повністю", "вже", "знову",
     "остаточно"}
)  # fmt: skip
_NEXT_WORDS = re.compile(
    r"^[ \t]+(\w+)(?:[ \t]+(\w+))?(?:[ \t]+(\w+))?(?:[ \t]+(\w+))?(?:[ \t]+(\w+))?"
)


def town_told_of(kind: str, ctx: MatchContext) -> bool:
    """A town whose name is also a word opening a sentence as the subject of what the war did
    to it (see `_WAR_PARTICIPLES`): «Изюм освобождён», «Изюм полностью под контролем наших
    войск» (not «Изюм подорожал», «Счастье под контролем: психолог о тревожности»)."""
    if kind != "town" or not ctx.capital or ctx.t[ctx.match.start : ctx.match.end] in _SETTLEMENT:
        return False
    found = _NEXT_WORDS.match(ctx.after)
    words = [w for w in found.groups() if w] if found else []
    if words and words[0] in _DEGREE:
        words = words[1:]
    if not words or not words[0].islower():
        return False
    if words[0] in _UNDER and len(words) > 1:
        if words[1] in _UNDER_FIRE:
            return True
        holder = words[2].casefold() if len(words) > 2 else ""
        troops = words[3].casefold() if len(words) > 3 else ""
        return words[1] in _CONTROL and (
            holder in _HOLDERS
            or (_HOLDER_ADJECTIVES.match(holder) is not None and _TROOPS.match(troops) is not None)
        )
    return _war_participle(words[0])


@functools.lru_cache(maxsize=50_000)
def _war_participle(word: str) -> bool:
    return any(
        p.normal_form in _WAR_PARTICIPLES and p.tag.POS == "PRTS"
        for lang in ("ru", "uk")
        for p in morph_analyzer(lang).parse(word)[:2]
    )


def noun_next(after: str) -> bool:
    """Whether the next word (same line, lowercase, no punctuation between) is a noun."""
    found = NEXT_WORD.match(after)
    if found is None or not found.group(1)[:1].islower():
        return False
    return _is_noun(found.group(1))


@functools.lru_cache(maxsize=50_000)
def _is_noun(word: str) -> bool:
    return any(morph_analyzer(lang).parse(word)[0].tag.POS == "NOUN" for lang in ("ru", "uk"))


# Before a noun's instrumental, where an adjective's would end in «-им»: «над Курском и
# Курчатовом» names the city («над Курским районом»), «в Курском районе» the adjective
_INSTRUMENTAL_BEFORE = re.compile(r"(?<!\w)(?:над|под|за|перед|между|с|со)\s+$")


def name_asked(ctx: MatchContext) -> bool:
    """Whether a capitalised form that is both a name and an adjective reads as the name: with
    no region's noun after it, and outside a list unless in the instrumental («над Курском и
    Курчатовом»; «в Курском и Глушковском районах» is the adjectives')."""
    return ctx.capital and not ctx.region_noun and (not ctx.listed or _instrumental_name(ctx))


def _instrumental_name(ctx: MatchContext) -> bool:
    """Whether a form in «-ом» stands after a preposition of the instrumental."""
    surface = ctx.t[ctx.match.start : ctx.match.end]
    return surface.endswith("ом") and _INSTRUMENTAL_BEFORE.search(ctx.before) is not None
