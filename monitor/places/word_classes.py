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


# The predicate's first word after a subject, by its likeliest reading: a finite verb, a short
# participle or an adverb («Изюм освобождён», «Изюм полностью под контролем»); the copula is
# no such word («Счастье было недолгим»)
_PREDICATE_TAGS = ("VERB", "PRTS", "ADVB")
_COPULA = frozenset({"быть", "бути"})


def predicate_next(after: str) -> bool:
    """Whether the next word (same line, lowercase, no punctuation between) opens a predicate
    of its own: a verb that is no copula, a short participle or an adverb, or «под» / «під»
    (a control state: «Изюм под контролем ВСУ»)."""
    found = NEXT_WORD.match(after)
    if found is None or not found.group(1)[:1].islower():
        return False
    return found.group(1) in ("под", "під") or _opens_predicate(found.group(1))


@functools.lru_cache(maxsize=50_000)
def _opens_predicate(word: str) -> bool:
    """Every language that knows the word reads it first as such (Ukrainian «правило», «it
    ruled», is a Russian noun), and one does."""
    known = [p for lang in ("ru", "uk") if (p := morph_analyzer(lang).parse(word)[0]).is_known]
    return bool(known) and all(
        p.tag.POS in _PREDICATE_TAGS and p.normal_form not in _COPULA for p in known
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
