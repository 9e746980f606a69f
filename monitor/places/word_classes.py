"""What the words around a name are, by their likeliest dictionary reading: a finite verb or a
noun next («Киев заявил», «Мирный договор»), an adverb where the name stands («Ровно год
назад»); and a name in the instrumental, which no adjective shares («над Курском»)."""

from __future__ import annotations

import functools
import re

from monitor.places.context import MatchContext
from monitor.places.cues import NEXT_WORD
from monitor.places.front import war_post
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


# What a town is said to be or to have gone through in a war post: taken, left, attacked or
# under control or fire («Изюм освобождён», «Изюм полностью под контролем наших войск»,
# «Ізюм знову під обстрілом»), by the lemma of the next word, after an adverb of degree or time
_WAR_PREDICATES = frozenset(
    {"освободить", "взять", "занять", "оставить", "сдать", "атаковать", "обстрелять",
     "захватить", "зачистить", "окружить", "оккупировать", "пасть", "штурмовать",
     "звільнити", "зайняти", "залишити", "здати", "атакувати", "обстріляти", "захопити",
     "зачистити", "оточити", "окупувати", "впасти", "штурмувати"}
)  # fmt: skip
_UNDER = frozenset({"под", "під"})
_UNDER_WHAT = frozenset(
    {"контролем", "обстрелом", "огнём", "огнем", "ударом", "обстрілом", "вогнем", "ударами"}
)
_DEGREE = frozenset(
    {"полностью", "уже", "снова", "вновь", "опять", "окончательно", "повністю", "вже", "знову",
     "остаточно"}
)  # fmt: skip
_NEXT_WORDS = re.compile(r"^[ \t]+(\w+)(?:[ \t]+(\w+))?(?:[ \t]+(\w+))?")


def war_predicate_next(after: str) -> int:
    """How many characters of `after` (the text after a name) a predicate of the war takes:
    it was taken, left or attacked, or is under control or fire (`_WAR_PREDICATES`, «под
    контролем»), in the words right after it (same line, no punctuation between); 0 if none."""
    found = _NEXT_WORDS.match(after)
    if found is None:
        return 0
    words = [(w, found.end(i + 1)) for i, w in enumerate(found.groups()) if w]
    if words and words[0][0] in _DEGREE:
        words = words[1:]
    if not words or not words[0][0].islower():
        return 0
    if words[0][0] in _UNDER:
        return words[1][1] if len(words) > 1 and words[1][0] in _UNDER_WHAT else 0
    return words[0][1] if _war_predicate(words[0][0]) else 0


def town_told_of(kind: str, ctx: MatchContext) -> bool:
    """A town whose name is also a word, opening a sentence as the subject of a war's
    predicate right after it («Изюм освобождён», «Изюм полностью под контролем наших войск»),
    in a post that speaks of the war besides: not «Изюм подорожал», «Счастье захватило всех,
    когда объявили перемирие», «Лиман атаковали медузы»."""
    if kind != "town" or not ctx.capital:
        return False
    taken = war_predicate_next(ctx.after)
    rest = ctx.t[: ctx.match.start] + " " + ctx.t[ctx.match.end + taken :]
    return taken > 0 and war_post(rest)


@functools.lru_cache(maxsize=50_000)
def _war_predicate(word: str) -> bool:
    return any(
        p.normal_form in _WAR_PREDICATES and p.tag.POS in ("VERB", "PRTS", "PRTF")
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
