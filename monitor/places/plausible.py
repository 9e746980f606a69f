"""Whether the text around a match allows a reading of it as a place (the rules of
`disambiguate`'s docstring): a name that is also an ordinary word, a capital that stands for its
government, a bare adjective of a region or district."""

from __future__ import annotations

import functools
import re
from collections.abc import Container
from typing import Protocol

from monitor.places.adjectival import (
    adjectival_cue,
    agreeing_noun_after,
    may_be_adjective,
    oblique_adjective,
)
from monitor.places.capitals import CAPITALS, capital_located
from monitor.places.context import Match, MatchContext
from monitor.places.cues import (
    BARE_RIVER_BEFORE,
    CAPITAL_AFTER,
    CAPITAL_AFTER_WINDOW,
    DISTRICT_NOUN_AFTER,
    FIGHT_FOR_BEFORE,
    METONYMY_AFTER,
    NEAR_BEFORE,
    PREPOSITION,
    RIVER_NOUN_BEFORE,
    SUBSCRIBE_BEFORE,
    WAR_OBJECT_BEFORE,
    quote_before,
    river_near_a_town,
)
from monitor.places.datelines import dateline, war_label
from monitor.places.front import war_post
from monitor.places.place_info import HIGH_KINDS
from monitor.places.surfaces import ADJ, AXIS, LATIN, NAME
from monitor.places.word_classes import adverb_opens, noun_next, town_told_of
from monitor.text.lemmas import morph_analyzer


class _Place(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def curated(self) -> bool: ...
    @property
    def country(self) -> str: ...
    @property
    def oblast(self) -> str | None: ...


# Kinds of place an adjective before the name («Новая Москва», «Большой Белгород») does not
# make another place's (see `MatchContext.longer_name`).
LONG_NAMED = frozenset({"city", "region", "macro-region"})


def name_plausible(
    common: bool,
    village: bool,
    info: _Place,
    ctx: MatchContext,
    supported: bool,
    regions: set[str],
    namesakes: int,
    named: Container[str] = (),
) -> bool:
    """The rules for a place's name (see the module docstring)."""
    if common and (not ctx.capital or (quote_before(ctx.before) and not ctx.settled)):
        return False
    if not (common or ctx.capital or info.kind in HIGH_KINDS or info.curated):
        return False
    if village and regions and not supported and namesakes > 1:
        return False
    # (a town that labels a line of a war report counts: «Оріхів: за добу 3 авіаудари КАБ»)
    if (
        common
        and ctx.initial
        and not (
            supported
            or info.kind in HIGH_KINDS
            or war_label(ctx)
            or dateline(ctx)
            or town_told_of(info.kind, ctx)
        )
    ):
        return False
    # a sentence's first word that is first an adverb, before a word that is no verb: «Ровно
    # год назад …», «Ровно в полночь» (not «Ровно атаковали дроны», «Ровно: взрывы»)
    if common and ctx.initial and not supported and adverb_opens(ctx):
        return False
    if info.key in CAPITALS and not capital_located(ctx):
        return False
    if (common or not info.curated) and ctx.person:
        return False
    if info.kind not in LONG_NAMED and ctx.longer_name:
        return False  # a longer name: «в Новой Ильинке» (but «в Новой Москве»: Moscow's)
    return not (common and ctx.follower and not ctx.listed)


# An area noun after an adjective (and one more word): a district, okrug or hromada named after
# the town («Раменском районе», «Раменском городском округе», «Покровській громаді»).
AREA_AFTER = re.compile(
    r"^(?:[ \t]*,|[ \t]+(?:и|та|і|й))?[ \t]+(\w+[ \t]+)?"
    r"(област|обл(?!\w)|район|р-н|округ|го(?!\w)|громад|муниципал)"
)
# The oblast or raion a place lies in, after its name: «в Межевой Днепропетровской области»,
# «біля Степового Покровського району».
OBLAST_AFTER = re.compile(r"^[ \t]+\w+[ \t]+(област|обл(?!\w)|кра[яею]|республик|район|р-н|громад)")


def adjectival_placed(match: Match, ctx: MatchContext) -> bool:
    """A village named by an adjective, in an oblique case, where a settlement stands: after
    a preposition or noun of place («біля Торського», «в районах Невського»), in a list of
    places, or after the list's head or a settlement noun (see `adjectival`)."""
    if not oblique_adjective(ctx.t[match.start : match.end]):
        return False
    if adjectival_cue(ctx.before, ctx.t) or ctx.listed:
        return True
    return not PREPOSITION.search(ctx.before) and ctx.placed


def _common_named(ctx: MatchContext) -> bool:
    """A capitalised village name that is also a word, whatever its namesakes, right after a
    settlement noun («посёлок Прогресс», «село Зоря») or in a list of places that are no words
    («у районах Сонцівки, Зорі та Курахового»); not first in its sentence, nor the first word of
    a longer name («населённый пункт Новая Ильинка»; but «посёлок Прогресс Покровского
    района»)."""
    if not (ctx.capital and (ctx.settled or (ctx.listed and not ctx.initial))):
        return False
    match = ctx.match
    after = ctx.text[match.o_end : match.o_end + CAPITAL_AFTER_WINDOW]
    return not CAPITAL_AFTER.match(after) or ctx.region_noun


# «Очеретино — наши закрепились», «Очеретине: ворог просувається»: a name opening a sentence
# as its topic, before a dash or a colon
_TOPIC_AFTER = re.compile(r"\s*[—–:-]\s")


def _topic(ctx: MatchContext) -> bool:
    """A capitalised name that opens its sentence as its topic, in a post about the war."""
    return (
        ctx.capital
        and ctx.initial
        and _TOPIC_AFTER.match(ctx.after) is not None
        and war_post(ctx.t)
    )


# After these, and a word that is no verb, a surname is a person's: «новостей от Гладкова»,
# «вопросы к Гладкову» (not «противник отошёл от Петровского»)
_PERSON_BEFORE = re.compile(r"(?:^|(\w+)\W+)(от|для|про|к)\s+$")
_VERB_POS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})


def _from_a_person(match: Match, ctx: MatchContext) -> bool:
    """A village's form that is a person's name or surname in some reading, after a word
    that takes people as often as places (`_PERSON_BEFORE`) and no verb before that."""
    found = _PERSON_BEFORE.search(ctx.before[-40:])
    if found is None or not _person_word(ctx.t[match.start : match.end]):
        return False
    word = found.group(1)
    return word is None or not any(
        p.tag.POS in _VERB_POS for p in morph_analyzer("ru").parse(word)[:2]
    )


# A closing quote right after the name, or a team's number and one («Дніпро-1»)
_QUOTE_AFTER = re.compile(r"(-\d+)?[»\"“”']")
# What a name in quotes after these names: «клуб «Урал»», «подлодка «Новороссийск»»
_ORGANISATION_BEFORE = re.compile(
    r"(?<!\w)(клуб\w*|фк|команд\w*|подлодк\w*|лодк\w*|корабл\w*|крейсер\w*|судн\w*|"
    r"танкер\w*|банк\w*|компани\w*|холдинг\w*|отел\w*|гостиниц\w*|санатори\w*|"
    r"ресторан\w*|магазин\w*|газет\w*|журнал\w*|фестивал\w*|корабел\w*|човн\w*)"
    r"\s*[«\"„“']\s*$"
)
_BROAD_KINDS = frozenset({"region", "macro-region", "water"})
# A post on a match: a quoted name in it is a club's («Шахтар» розібрався із «Зорею». Матч…)
_SPORT = re.compile(
    r"(?<!\w)(матч\w*|футбол\w*|чемпионат\w*|чемпіонат\w*|рпл|упл|голкипер\w*|воротар\w*)",
    re.IGNORECASE,
)


def _quoted_name(ctx: MatchContext, kind: str) -> bool:
    """A name standing alone between quotes that is an organisation's, a ship's or a club's:
    after such a noun, with a team's number («Дніпро-1»), a region's name («из «Урала»»,
    «Югра»), or in a post on a match; a town in quotes may be a blogger's «Суджа» взята."""
    if not quote_before(ctx.before):
        return False
    after = _QUOTE_AFTER.match(ctx.after)
    if after is None:
        return False
    return (
        after.group(1) is not None
        or kind in _BROAD_KINDS
        or _ORGANISATION_BEFORE.search(ctx.before) is not None
        or _SPORT.search(ctx.t) is not None
    )


def _common_near(match: Match, ctx: MatchContext) -> bool:
    """A capitalised village name that is also a word, right after a preposition of nearness,
    a fight for it or a verb of war that takes it as its object («бои у Зори», «поблизу Зорі»,
    «бои за Урожайное», «освободили Урожайное»), in a post about the war, not first in its
    sentence, and no person's name in any reading («у Надежды», «отбили Надежду» are
    people's)."""
    before = ctx.before
    cued = (
        NEAR_BEFORE.search(before)
        or FIGHT_FOR_BEFORE.search(before)
        or WAR_OBJECT_BEFORE.search(before)
    )
    if not (ctx.capital and cued) or ctx.initial:
        return False
    return not _person_word(ctx.t[match.start : match.end]) and war_post(ctx.t)


@functools.lru_cache(maxsize=10_000)
def _person_word(form: str) -> bool:
    """A first name in a known reading, or a Russian surname («у Дронова»; not a Ukrainian
    one: that dictionary makes a surname of most nouns, «Зоря» among them)."""
    return any(
        p.is_known and ({"Name"} if lang == "uk" else {"Name", "Surn", "Patr"}) & p.tag.grammemes
        for lang in ("ru", "uk")
        for p in morph_analyzer(lang).parse(form)
    )


def ordinary_adjective(match: Match, ctx: MatchContext, village: bool, common: bool) -> bool:
    """A name before a noun: an adjective in an oblique case before a noun it agrees with,
    whatever the place («Торського озера», «Мирному небі», «Торского озера»; not «Торського
    ворог»), unless the noun is an area named after the place («в Раменском городском
    округе»); a village's name that is also a word, of another shape, before any lowercase
    noun («Черноморского флота»), unless a settlement noun names it and no capitalised word
    follows («посёлок Прогресс взят») or it is a noun after a preposition of nearness."""
    form = ctx.t[match.start : match.end]
    if oblique_adjective(form):
        if OBLAST_AFTER.match(ctx.after):
            return False
        if not (village and common) and AREA_AFTER.match(ctx.after):
            return False
        return agreeing_noun_after(form, ctx.after, ctx.before)
    if ctx.settled and not CAPITAL_AFTER.match(ctx.text[match.o_end : match.o_end + 2 * len(form)]):
        return False  # «посёлок Прогресс взят»; not «населённый пункт Новая Ильинка»
    return village and common and noun_next(ctx.after) and not _noun_near(form, ctx)


_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:сел|селищ|поселк|посёлк|поселок|посёлок|міст|город|район|мікрорайон|микрорайон|"
    r"хутор|квартал)"
)


def _noun_near(form: str, ctx: MatchContext) -> bool:
    """A village's noun form after a preposition of place, in a post about the war: the
    village's, whatever noun follows («Под Липцами бои», «В Липцах бои», «К Липцам противник
    перебросил резервы»; not «У Надежды муж»)."""
    return (
        PREPOSITION.search(ctx.before) is not None
        and not _PLACE_NOUN_AFTER.match(ctx.after)  # «на Червоному селищі»: a longer name
        and not may_be_adjective(form)
        and not _person_word(form)
        and war_post(ctx.t)
    )


def adjective_plausible(info: _Place, ctx: MatchContext) -> bool:
    """A bare adjective of a region or district counts in a noun phrase or a list."""
    if info.kind == "district" and not (ctx.region_noun or ctx.listed):
        return False
    if info.kind == "region" and DISTRICT_NOUN_AFTER.match(ctx.after):
        return False
    return not (ctx.capital and not (ctx.region_noun or ctx.listed or ctx.initial))


def river_plausible(match: Match, ctx: MatchContext) -> bool:
    """A water body's name of one word (a river's without «река»: «Оскол», «Волчьей») counts
    after a river word or a preposition a river takes: not «Волчья стая», «Жеребец победил»,
    «в Осколе» (Старый Оскол); or by a town it flows past («Десна біля Чернігова»)."""
    if " " in ctx.t[match.start : match.end]:
        return True
    return (
        ctx.river_word
        or bool(BARE_RIVER_BEFORE.search(ctx.before))
        or river_near_a_town(ctx.text, match.o_end)
    )


_RUSSIAN_BORDER = frozenset({"Kursk Oblast", "Belgorod Oblast", "Bryansk Oblast"})


def _listed_russian_town(info: _Place) -> bool:
    """A town of Russia beyond the border oblasts known only from GeoNames: it counts only where
    a settlement stands or in a list of places («в Шахтах», «НПЗ в Кстово»; not «Шахты
    Донбасса», «котята Кунгур»), and never after an opening quote, which names a club, brand or
    building after it (клуб «Валдай», ЖК «Рассказово»); named by a word, as a village does."""
    return (
        not info.curated
        and info.country == "RU"
        and info.kind in ("town", "city")
        and info.oblast not in _RUSSIAN_BORDER
    )


def _town_placed(ctx: MatchContext, region_named: bool) -> bool:
    """Where a town of Russia known only from GeoNames counts: where a settlement stands, in a
    list of places, or labelling a line of war news in a post that names its region
    («Торопец (Тверская область): ночью атака БПЛА»; not «Первомайск (ЛНР): …», a namesake at
    the front), not after an opening quote, whatever the post names («котята Кунгур и Юнгур из
    Пермского зоопарка» names no town)."""
    placed = ctx.placed or ctx.listed or ctx.town_noun or (region_named and war_label(ctx))
    return placed and not quote_before(ctx.before)


def reading_plausible(
    match: Match,
    kind: int,
    info: _Place,
    ctx: MatchContext,
    supported: bool,
    regions: set[str],
    namesakes: int,
    named: Container[str] = (),
) -> bool:
    """The general rules of `disambiguate`'s docstring for the chosen reading (the cheap
    tests of each rule first: the context is worked out only as far as needed); `named`, the
    regions the post names outright («Тверская область»), not as a place's own."""
    common = match.entry.common
    village = not info.curated and (
        info.kind in ("village", "settlement") or (common and _listed_russian_town(info))
    )
    # (a channel's name in a call to subscribe: «Подписаться на Москву - новостную»)
    if (kind == LATIN and not ctx.capital) or SUBSCRIBE_BEFORE.search(ctx.before):
        return False
    if kind == NAME and not name_plausible(
        common, village, info, ctx, supported, regions, namesakes
    ):
        return False
    if kind == ADJ and not adjective_plausible(info, ctx):
        return False
    # a village named after a preposition of place counts; one whose name is also a word
    # only when no namesake shares it (В Липцах, на Липцы)
    if kind in (NAME, LATIN) and village and not supported:
        placed = (
            not common or namesakes == 1 or _common_named(ctx) or _common_near(match, ctx)
        ) and (ctx.placed or (not common and _topic(ctx)))
        if not (placed or (kind == NAME and common and adjectival_placed(match, ctx))):
            return False
    if kind == NAME and _listed_russian_town(info) and not _town_placed(ctx, info.oblast in named):
        return False
    if kind == NAME and village and not supported and _from_a_person(match, ctx):
        return False  # «новостей от Гладкова»: the governor, not Hladkove
    if info.kind != "facility" and not ctx.settled and _quoted_name(ctx, info.kind):
        return False  # a club, a ship, a firm: «полузащитник из «Урала»», «Дніпро-1»
    if kind == NAME and ordinary_adjective(match, ctx, village, common):
        return False  # an adjective before its noun: «Черноморского флота», «Мирному небі»
    # (an axis with its noun is no unit's adjective: «На Липецькому напрямку нацгвардійці
    # бригади «Хартія» …»)
    named_axis = kind == AXIS and " " in ctx.t[match.start : match.end].strip()
    if kind in (ADJ, AXIS) and not named_axis and METONYMY_AFTER.match(ctx.after):
        return False
    if info.kind == "water" and kind == NAME and not river_plausible(match, ctx):
        return False
    # part of a longer hyphenated name: Покровском-Стрешнево; after a river's noun («по реке
    # Уфе»), a river the gazetteer lacks, not the town
    before = ctx.before
    river = (
        info.kind != "water"
        and ("ре" in before or "рі" in before)
        and RIVER_NOUN_BEFORE.search(before) is not None
    )
    return not (ctx.hyphenated or river or (kind == AXIS and ctx.no_municipality))
