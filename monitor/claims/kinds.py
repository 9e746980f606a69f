"""What a claim becomes at one of its places: ground near a place, a whole district or a road
taken is no capture of the place."""

from __future__ import annotations

from monitor.claims.assaults import TROOPS, settlements_of_an_area_attacked
from monitor.claims.cases import COMPARATIVE_ENDINGS, no_genitive
from monitor.claims.morphology import (
    PREPOSITIONS,
    clause_between,
    is_adjective,
    noun_like,
    passive_trigger,
)
from monitor.claims.place_lists import with_list
from monitor.claims.ranks import DISTRICT_RANK, REGION_RANK, SETTLEMENT_RANK
from monitor.claims.roads import is_road
from monitor.claims.rules import Hit
from monitor.claims.spans import Context, PlaceSpan, sentence_bounds
from monitor.config import ClaimRule
from monitor.text.lemmas import Doc

# A place that suffered was hit: «Постраждав Нікопольський район», «Белгород пострадал»
SUFFERED = frozenset({"пострадать", "постраждати"})
LOCAL_PREPOSITIONS = PREPOSITIONS | {"по", "при", "от", "від", "из", "к", "около", "біля"}
# How far a ground word may stand after the trigger as its object («зачистили терриконы»)
OBJECT_REACH = 2
# How far before the trigger «полностью», «полном» may stand
WHOLE_REACH = 3


# The end of a hromada's key (`places.gazetteer.HROMADA_SUFFIX`, which the claims read no module
# of places for; a test holds the two equal)
HROMADA_KEY = "-hromada"


def kind_at(
    ctx: Context, hit: Hit, rule: ClaimRule, claim_type: str, span: PlaceSpan | None
) -> str:
    """The claim's type at one of its places: a capture of ground near the place, or of a
    whole district or oblast, is an advance; taking a road cuts it (an encirclement); an advance
    on a named facility or a hromada (an oblast administration's «атакував Сумську громаду»), or
    on a settlement off the front, is a strike on it where the rule says so
    (`facility_struck`, `rear_struck`), and so is one on a whole oblast, not on its axis
    (`region_struck`)."""
    if span is None:
        return claim_type
    if is_road(span):
        return "encirclement" if claim_type in ("capture", "advance") else claim_type
    if claim_type == "advance" and (
        ((span.facility or span.mention.place_key.endswith(HROMADA_KEY)) and rule.facility_struck)
        or (rule.rear_struck and span.front is False and span.rank == SETTLEMENT_RANK)
        or (rule.region_struck and _struck_region(ctx, hit, span))
        or (rule.rear_struck and settlements_of_an_area_attacked(ctx, hit))
    ):
        return "strike"
    if claim_type == "casualties" and _place_suffered(ctx, hit, span):
        return "strike"
    if claim_type == "strike" and rule.ground_repelled and ground_attack_repelled(ctx, hit):
        return "advance"
    if claim_type == "capture" and (
        _ground_between(ctx, hit, span)  # «выбили из лесопосадок севернее X»
        or (
            rule.region_capture_is_advance
            and span.rank >= DISTRICT_RANK
            and span.mention.place_key.casefold() not in rule.held_whole
            and not _taken_whole(ctx, hit)
        )
    ):
        return "advance"
    return claim_type


# The repelling of an attack: «атаки отбиты», «отразили», «атаку відбито»
REPELLED = ("отби", "отраж", "отрази", "відби", "відбив", "відобра", "відбит")
# Weapons from afar the `air_weapons` cues leave out: boats, copters, aircraft, missiles by name
MORE_WEAPONS = ("катер", "бэк", "бек", "коптер", "квадрокоптер", "авиац", "авіац", "самолет",
                "самолёт", "літак", "вертол", "гелікоп", "himars", "хаймарс", "atacms", "storm",
                "ракет", "дрон", "бпла")  # fmt: skip


def ground_attack_repelled(ctx: Context, hit: Hit) -> bool:
    """Whether the trigger's sentence names attacking troops (`TROOPS`) before a word of
    repelling after the trigger, and no weapon (an `air_weapons` cue, `MORE_WEAPONS`) before
    that word: the weapons were the defenders' («атаковать тремя группами на бронетехнике,
    атаки отбиты артиллерией»), not the attack's («атака дронов на позиции отбита»)."""
    tokens = ctx.doc.tokens
    sentence = tokens[hit.first].sentence
    first, last = sentence_bounds(ctx.doc, hit.first)
    repelled = next(
        (i for i in range(hit.last + 1, last + 1) if tokens[i].form.startswith(REPELLED)), None
    )
    if repelled is None:
        return False
    before = [tokens[i].form for i in range(first, repelled)]
    weapons = any(
        tokens[c.first].sentence == sentence and c.first < repelled
        for c in ctx.cues.get("air_weapons", ())
    )
    return (
        any(form.startswith(TROOPS) and not form.startswith(NOT_GROUND) for form in before)
        and not weapons
        and not any(form.startswith(MORE_WEAPONS) for form in before)
    )


def _struck_region(ctx: Context, hit: Hit, span: PlaceSpan) -> bool:
    """Whether an attack on a whole oblast of Ukraine is a strike: not on its axis, nor where
    its sentence tells of the ground fighting («Ворог атакував Донеччину 25 разів на
    Покровському напрямку», «… позиції ЗСУ на Донеччині», «… намагаючись прорвати оборону»)."""
    if span.rank < REGION_RANK or span.country != "UA" or span.held or _axis(ctx, span):
        return False
    sentence = ctx.doc.tokens[hit.first].sentence
    return not any(
        t.sentence == sentence
        and (t.form.startswith(GROUND_WORDS) or t.form in GROUND_FORMS)
        and not t.form.startswith(NOT_GROUND)
        for t in ctx.doc.tokens
    )


# Words of the ground fighting: its places, counts, units and aims
GROUND_WORDS = (
    "напрям", "направлени", "позиці", "позици", "штурм", "боєзіткн", "боезіткн", "бої", "бій",
    "боя", "оборон", "вибит", "прорва", "прорив", "наступ", "фронт", "рубеж", "піхот", "пехот",
    "бронетехн", "танк", "оточ", "окруж", "зайт", "рот", "батальйон", "батальон",
)  # fmt: skip
GROUND_FORMS = frozenset(["раз", "рази", "разів", "раза", "атак", "атаки", "атаку", "силами"])
# (a tanker, a rotation, a façade)
NOT_GROUND = ("танкер", "ротац", "фронтон")


def _axis(ctx: Context, span: PlaceSpan) -> bool:
    """Whether the place is named as an axis («на Курському напрямку»), its noun in its name
    or right after it."""
    tokens = ctx.doc.tokens[span.last : span.last + 2]
    return span.mention.axis or any(t.form.startswith(AXIS_NOUNS) for t in tokens)


AXIS_NOUNS = ("напрям", "направлени", "ділянц", "участк")


def _comparative(ctx: Context, cue: Hit) -> bool:
    return ctx.doc.tokens[cue.last].form.endswith(COMPARATIVE_ENDINGS)


def _governs_nothing(ctx: Context, cue: Hit) -> bool:
    """A comparative before a word that is no genitive tells where something lies, not ground
    near a place: «освободили расположенное западнее село Дачное»."""
    tokens = ctx.doc.tokens
    following = cue.last + 1
    return (
        _comparative(ctx, cue)
        and following < len(tokens)
        and no_genitive(tokens[following].form, ctx.doc.lang)
    )


def _ground_between(ctx: Context, hit: Hit, span: PlaceSpan) -> bool:
    """Whether ground near the place («лесопосадки», «севернее», «опорник») stands between
    the trigger and the place, or right after the trigger as its object, in one clause: the
    place itself was not taken."""
    left, right = (hit.last, span.first) if span.first > hit.last else (span.last, hit.first)
    return any(
        (left < c.first and c.last < right and not clause_between(ctx.doc, left, right))
        # the verb's object right after it: «Под X зачистили терриконы»
        or (
            0 < c.first - hit.last <= OBJECT_REACH
            and not clause_between(ctx.doc, hit.last, c.first)
        )
        # a passive's subject right before it: «три опорника взяты под X»; a comparative is
        # ground near the place it governs only («Севернее X взяты»), not further on
        # («Севернее освобождены X и Y», «Южнее X взяты Y и Z»)
        or (
            0 < hit.first - c.last <= OBJECT_REACH
            and (not _comparative(ctx, c) or span.first == c.last + 1)
            and passive_trigger(ctx.doc, hit)
            and not clause_between(ctx.doc, c.last, hit.first)
        )
        for c in ctx.cues.get("partial_near", ())
        # (ground in the trigger's sentence: not «… взят под контроль. Это южнее Покровска»)
        if ctx.doc.tokens[c.first].sentence == ctx.doc.tokens[hit.first].sentence
        and not _governs_nothing(ctx, c)
    )


def _taken_whole(ctx: Context, hit: Hit) -> bool:
    """«полностью», «полном» right by the trigger, in its clause: the region was taken whole."""
    return any(
        ctx.doc.tokens[c.first].sentence == ctx.doc.tokens[hit.first].sentence
        and (0 <= hit.first - c.last <= WHOLE_REACH or 0 <= c.first - hit.last <= 1)
        and not clause_between(ctx.doc, min(c.last, hit.last), max(c.first, hit.first))
        for c in ctx.cues.get("whole", ())
    )


def _said_whole(ctx: Context, hit: Hit, span: PlaceSpan) -> bool:
    """«X полностью под контролем», «X полностью освобождён»: the place right before the whole
    cue, which stands right before the trigger."""
    return any(
        0 <= hit.first - c.last <= 1 and c.first - span.last == 1 for c in ctx.cues.get("whole", ())
    )


def _place_suffered(ctx: Context, hit: Hit, span: PlaceSpan) -> bool:
    """Whether the place itself is what suffered: the subject right by «пострадал» /
    «постраждав» (not a place after a preposition: «в Белгороде пострадали трое»), and no
    noun's modifier («пострадала московская пенсионерка», «министр ЖКХ области пострадал»)."""
    doc = ctx.doc
    if hit.first != hit.last or not SUFFERED.intersection(doc.tokens[hit.first].lemmas):
        return False
    if span.sentence != doc.tokens[hit.first].sentence:
        return False  # «ВСУ обстреляли Шебекино. Пострадали двое»: people, in the next sentence
    if span.last + 1 == hit.first:  # the place before the verb
        outer = span.first - 1
        return outer < 0 or not _governs(doc, outer, doc.tokens[span.first].sentence)
    if hit.last + 1 == span.first:  # after it
        outer = span.last + 1
        return (
            outer >= len(doc.tokens)
            or doc.tokens[outer].sentence != span.sentence
            or not noun_like(doc, outer)
            or any(p.first == outer for p in ctx.places)  # «постраждали Херсон, Білозерка»
        )
    if hit.last < span.first:  # a later item of the list after it
        first = next((p for p in ctx.places if p.first == hit.last + 1), None)
        return (
            first is not None
            and _place_suffered(ctx, hit, first)
            and span in with_list(ctx, first, "casualties")
        )
    return False


def _governs(doc: Doc, index: int, sentence: int) -> bool:
    """Whether token `index` makes the place after it no subject: a preposition or a noun."""
    return doc.tokens[index].sentence == sentence and (
        doc.tokens[index].form in LOCAL_PREPOSITIONS or noun_like(doc, index)
    )


def percent_parts(doc: Doc) -> list[Hit]:
    """A share of a place is a part of it: «контролируют около 80% города» (the «%» is no word,
    so no cue word can say it; «100%» is all of it)."""
    if "%" not in doc.text:
        return []
    return [
        Hit(("partial", -1), index, index, token.form)
        for index, token in enumerate(doc.tokens)
        if token.form.isdigit()
        and token.form != "100"
        and doc.text[token.end : token.end + 2].lstrip().startswith("%")
    ]


def partial_cues(ctx: Context) -> list[Hit]:
    """The post's partial-control cues and shares (`percent_parts`), without «части» that are
    troops («Части группировки «Восток» освободили X», «наши части вошли в X»)."""
    return [
        c
        for c in [*ctx.cues.get("partial", ()), *percent_parts(ctx.doc)]
        if not _troops(ctx.doc, c)
    ]


# Words whose genitive after «части» / «частини» makes them units: «части 58-й армии»
_FORMATIONS = frozenset(
    {
        "группировка", "войско", "армия", "бригада", "дивизия", "полк", "корпус", "вс", "всу",
        "зсу", "угруповання", "військо", "армія", "дивізія", "сили", "спецназ", "морпех",
        "морская пехота", "десант",
    }
)  # fmt: skip
_SIDE_WORDS = frozenset(
    {"наш", "российский", "украинский", "вражеский", "свой", "російський", "український", "ворожий"}
)


# The plural forms of «часть» / «частина» that name units as well as parts (not «часть
# Курахово», «частину села»: a part)
_UNIT_FORMS = frozenset({"части", "частини", "частей", "частин", "частям", "частинам"})


def _troops(doc: Doc, cue: Hit) -> bool:
    """Whether a «части» cue names units: a side's word before it («наши части») or a
    formation's genitive after it, past numbers and adjectives («части 58-й армии»)."""
    if cue.first != cue.last or doc.tokens[cue.first].form not in _UNIT_FORMS:
        return False
    before = cue.first - 1
    if before >= 0 and _SIDE_WORDS & set(doc.tokens[before].lemmas):
        return True
    for after in range(cue.last + 1, min(cue.last + 4, len(doc.tokens))):
        token = doc.tokens[after]
        if _FORMATIONS & set(token.lemmas):
            return True
        if not (token.form[:1].isdigit() or is_adjective(token.form, doc.lang)):
            return False
    return False


def partial_at(
    ctx: Context, partial: list[Hit], span: PlaceSpan | None, claim_type: str, hit: Hit
) -> str:
    """A capture is an advance where a partial-control cue near it is about this place: not one
    that opens another place («заняв Гродовку и часть Мемрика», «заняли Угледар, часть
    Курахово и Работино»: Hrodivka, Vuhledar and Robotyne are taken, part of the other), nor
    a cue of another clause where the trigger says it whole («… в западной части зачищены, X
    полностью под контролем»; but «Промзона на севере X полностью зачищена» is the part's)."""
    if partial and claim_type == "capture" and span is not None and _said_whole(ctx, hit, span):
        doc = ctx.doc
        partial = [
            c
            for c in partial
            if not clause_between(doc, min(c.last, hit.last), max(c.first, hit.first))
        ]
    if claim_type != "capture" or not partial:
        return claim_type
    if span is None:
        return "advance"
    # the settlements a count names after «в том числе» are taken whole, not the ground counted
    # with them («освободили 12 населённых пунктов и 100 км², в том числе X, Y»)
    partial = [c for c in partial if not _among_them(ctx.doc, c.last, span.first)]
    if not partial:
        return claim_type
    # a cue that opens a place («часть Мемрика», «окраину Курахово») is that place's only
    here = [c for c in partial if _opens_this(_opened(ctx, c), span)]
    return "advance" if here else claim_type


def _opens_this(opened: PlaceSpan | None, span: PlaceSpan) -> bool:
    """Whether a cue that opens `opened` (or none) is about `span`'s place: the town named
    again by its noun is the same place («В Купянске … контролируют часть города»)."""
    return opened is None or opened.mention.place_key == span.mention.place_key


def _opened(ctx: Context, cue: Hit) -> PlaceSpan | None:
    """The place a partial-control cue opens: the next one, at most a word after it."""
    following = [s for s in ctx.places if s.first > cue.last]
    nearest = min(following, key=lambda s: s.first, default=None)
    return nearest if nearest is not None and nearest.first - cue.last <= 2 else None


# What opens the members of a count: «в том числе», «у тому числі», «включая», «зокрема»
_AMONG_THEM = (("в", "том", "числе"), ("у", "тому", "числі"), ("в", "тому", "числі"))
_INCLUDING = frozenset({"включая", "зокрема", "включно"})


def _among_them(doc: Doc, cue: int, place: int) -> bool:
    """Whether «в том числе» (or «включая», «зокрема») stands between a cue and a place."""
    forms = [doc.tokens[i].form for i in range(cue + 1, place)]
    return any(form in _INCLUDING for form in forms) or any(
        tuple(forms[i : i + 3]) in _AMONG_THEM for i in range(len(forms) - 2)
    )
