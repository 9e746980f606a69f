"""Where a trigger's scene ends: a place after it that belongs to another clause or to a threat,
a casualty of a crime or an everyday misfortune rather than of the war, property harmed rather
than people, a hypothetical («если», «планируют»), and a post that reports strikes rather than
ground fighting."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from monitor.claims.history import casefolded
from monitor.claims.morphology import (
    CONJUNCTIONS,
    PREPOSITIONS,
    clause_between,
    heads_to,
    is_nominative,
    is_noun,
    is_participle,
    is_passive,
    is_past_verb,
    is_verb,
    passive_trigger,
)
from monitor.claims.ranks import SETTLEMENT_RANK
from monitor.claims.rules import Hit
from monitor.claims.spans import Context
from monitor.claims.sport import GROUND_TYPES, prize_taken, sports_scene
from monitor.text.lemmas import Doc, parse_word

# How far before a trigger an irrealis cue makes it hypothetical
IRREALIS_REACH = 5
# A purpose after the act does not make it hypothetical («вышли из X, чтобы …»)
PURPOSE = frozenset({"чтобы", "щоб", "дабы"})
# Targets hit or shot down, right after the trigger («поражены цели в X», «сбиты две цели»,
# «сбивают цели над X»), not a goal («цель — взять X») nor what one tried to attack
TARGETS = frozenset({"цели", "целей", "цель"})
# Marks that end a clause a place after the trigger may stand beyond (not a colon: «под
# обстрел попали: X, Y» lists the trigger's own places).
CLAUSE_ENDS = (",", ";", "—", "–")
# Irrealis cues (config `irrealis`) that open a threat's scope: a place after one is what is
# threatened, not where the trigger happened («удар несёт угрозу жителям X»)
THREATS = frozenset(
    {
        "угроза",
        "угрожать",
        "грозить",
        "пригрозить",
        "опасность",
        "загроза",
        "небезпека",
        "погрожувати",
        "пригрозити",
    }
)
# Words opening a clause that is about the trigger's object («автомобиль, который двигался
# у X», «удар по селу, где …»)
RELATIVE_WORDS = frozenset(
    {
        "который",
        "которая",
        "которое",
        "которые",
        "которого",
        "которой",
        "которых",
        "где",
        "куда",
        "який",
        "яка",
        "яке",
        "які",
        "якого",
        "якої",
        "яких",
        "де",
        "куди",
        "що",
        # a source set in between: «освободили, как сообщили в Минобороны, X»
        "как",
        "як",
    }
)


def beyond_scene(
    doc: Doc,
    cues: Mapping[str, Sequence[Hit]],
    trigger_types: Mapping[int, set[str]],
    hit: Hit,
    first: int,
    clause_bound: bool,
) -> bool:
    """Whether a place starting at token `first`, after the trigger `hit`, lies past the
    trigger's scene: a threat stands between them («удар несёт угрозу жителям X»), or,
    for a `clause_bound` rule, a new clause with a subject or predicate of its own and no claim
    word does («дрон-камикадзе, поиски пропавшего в районе X»)."""
    if first <= hit.last:
        return False
    sentence = doc.tokens[hit.first].sentence
    sources = cues.get("reported", ())
    if any(
        c.phrase in THREATS
        and hit.last < c.first
        and c.last < first
        and doc.tokens[c.first].sentence == sentence
        and not any(r.first <= c.first <= r.last for r in sources)
        for c in cues.get("irrealis", ())
    ):
        return True
    # (a weapon's heading after its own motion stays in its scene: «Шахед над X, рухається в
    # бік Y», «Ракета над X, направление — Y»)
    return (
        clause_bound
        and not heads_to(doc, first, hit.last)
        and _new_clause(doc, trigger_types, hit, first)
    )


# Claims a new clause may go on telling about the same scene: «дрон атаковал авто, погиб
# водитель в X» (not a side's own move: «…, хохлы выводят тылы в сторону X»)
SCENE_GOES_ON = frozenset({"strike", "casualties"})


def _new_clause(doc: Doc, trigger_types: Mapping[int, set[str]], hit: Hit, right: int) -> bool:
    left = hit.last
    same = SCENE_GOES_ON | trigger_types.get(hit.first, set())
    opening = next(
        (
            index
            for index in range(left, right - 1)
            if any(
                mark in doc.text[doc.tokens[index].end : doc.tokens[index + 1].start]
                for mark in CLAUSE_ENDS
            )
        ),
        None,
    )
    if opening is None:
        return False
    words = range(opening + 1, right)
    if doc.tokens[opening + 1].form in RELATIVE_WORDS or any(
        not same.isdisjoint(trigger_types.get(i, ())) for i in words
    ):
        return False
    lang = doc.lang
    return any(
        is_verb(doc.tokens[i].form, lang)
        or (is_noun(doc.tokens[i].form, lang) and is_nominative(doc.tokens[i].form, lang))
        for i in words
    )


def civil_scene(
    cues: Mapping[str, Sequence[Hit]], doc: Doc, hit: Hit, gas: bool = False, claim_type: str = ""
) -> bool:
    """Whether the trigger's line tells of a crime or an everyday misfortune (its rule's `civil`
    words: «убийство», «зарезал», «ДТП») and names no weapon or attack (its `armed` words);
    with `gas`, also whether the post tells of household gas and names no weapon at all; for
    a claim of ground taken or lost, whether its sentence tells a match (`sports_scene`)."""
    if gas and household_gas(doc.text):
        return True
    if claim_type in GROUND_TYPES and sports_scene(cues, doc, hit):
        return True
    if claim_type == "capture" and prize_taken(doc, hit):
        return True
    index = hit.payload[1]
    line = doc.tokens[hit.first].paragraph

    def on_line(kind: str, lines: tuple[int, ...]) -> bool:
        return any(
            c.payload[1] == index and doc.tokens[c.first].paragraph in lines
            for c in cues.get(kind, ())
        )

    if on_line("civil", (line,)) and not on_line("armed", (line,)):
        return True
    # a lead that tells of a crash or a crime sets the scene for the lines after it, in a post
    # that names no weapon or attack anywhere («… погибли в аварии в Ростовской области.\n\n
    # Столкновение произошло в Волгодонском районе. … Три человека погибли»)
    lead = doc.tokens[0].paragraph  # (the trigger is a token: there is one)
    return (
        line != lead
        and on_line("civil", (lead,))
        and not any(c.payload[1] == index for c in cues.get("armed", ()))
    )


# Household gas, told anywhere in a post (the cause of an explosion is often a paragraph after
# it), and the weapons whose mention anywhere makes an explosion the war's after all
_HOUSEHOLD_GAS = re.compile(
    r"газо-?воздушн|газо-?повітрян|(утечк|витік|витоку|витоком)\w*\s+газ|(бытов|побутов)\w*\s+газ|"
    r"газов\w*\s+(баллон|балон|котл|котел|колонк|оборудован|обладнан|плит)|"
    r"(взрыв|хлоп|вибух)\w*\s+(бытового\s+|побутового\s+)?газ(а|у)(?!\w)"
)
_WEAPONS = re.compile(
    r"бпла|беспилотн|безпілотн|дрон|ракет|обстр|атак|снаряд|шахед|герань|(?<!\w)(всу|зсу|пво|ппо|"
    r"каб|fpv|фпв)(?!\w)|уламк|обломк|авиабомб|авіабомб|диверс|(?<!\w)(удар|вдар|прил[её]т|приліт)|"
    r"ворог|окупант|оккупант|противник|артил|калибр|калібр|искандер|іскандер|кинжал|кинджал|"
    r"х-\d|детонац"
)


def household_gas(text: str) -> bool:
    """Whether a post tells of household gas and names no weapon (`_HOUSEHOLD_GAS`)."""
    if "газ" not in text and "Газ" not in text:
        return False  # most posts
    folded = casefolded(text)
    return _HOUSEHOLD_GAS.search(folded) is not None and _WEAPONS.search(folded) is None


# Harm only the living suffer
LIVING_HARM = frozenset(
    {"погибнуть", "погибший", "ранить", "раненый", "загинути", "загиблий", "поранити", "поранений"}
)


def property_harmed(doc: Doc, cues: Mapping[str, Sequence[Hit]], hit: Hit) -> bool:
    """Whether property stands right by the harm word, its subject or object: «жильё
    пострадало», «пострадали дома», «потеряли бронетехнику»; not the first of a list that goes
    on («поражают технику и личный состав», «пострадали дома и трое жителей»). Only the
    living die or are wounded: «удара дрона по автомобилю погиб мужчина» harmed a man."""
    if not LIVING_HARM.isdisjoint(doc.tokens[hit.first].lemmas):
        return False
    return any(
        (0 <= hit.first - c.last <= 1 or 0 <= c.first - hit.last <= 1 or _counted(doc, hit, c))
        and doc.tokens[c.first].sentence == doc.tokens[hit.first].sentence
        and (
            not clause_between(doc, min(c.last, hit.last), max(c.first, hit.first))
            # a participle after a comma: «восстановление жилья, пострадавшего от ударов»
            or (c.last < hit.first and is_participle(doc.tokens[hit.first].form, doc.lang))
        )
        and not (c.last + 1 < len(doc.tokens) and doc.tokens[c.last + 1].form in CONJUNCTIONS)
        # (not the trigger's own word: «поражение живой силе и технике» hits soldiers too)
        and not hit.first <= c.first <= hit.last
        for c in cues.get("property", ())
    )


# How much was lost, between the harm word and the property: «втратили 6 одиниць техніки»
_COUNT_WORDS = frozenset({"одиниць", "одиниці", "одиниця", "единиц", "единицы", "штук", "шт"})


def _counted(doc: Doc, hit: Hit, cue: Hit) -> bool:
    """Whether only a count of it stands between the harm word and the property after it, which
    ends the clause (not «Знищено 2 танки, 4 БМП і до 30 окупантів»: a list goes on)."""
    between = range(hit.last + 1, cue.first)
    return (
        cue.first > hit.last + 1
        and all(doc.tokens[i].form in _COUNT_WORDS or doc.tokens[i].form.isdigit() for i in between)
        and (
            cue.last + 1 == len(doc.tokens)
            or doc.tokens[cue.last + 1].sentence != doc.tokens[cue.last].sentence
        )
    )


# Verbs of loss whose object may be a place: «Андреевку потеряли», «втратили Кринки»
_LOSE = ("потерял", "потеряв", "потерян", "втратил", "втратив", "втрачен")


def place_subject(ctx: Context, hit: Hit) -> bool:
    """Whether a place right before a passive trigger is its subject, in the nominative with
    its clause opening with it: «Суджа потеряна» lost a town, not soldiers; or a settlement is
    the object right by a verb of loss («Андреевку потеряли ещё раньше»)."""
    doc = ctx.doc
    if doc.tokens[hit.first].form.startswith(_LOSE) and any(
        span.rank <= SETTLEMENT_RANK
        and (
            span.first == hit.last + 1
            # (not after a preposition: «под Андреевкой потеряли взвод»)
            or (
                span.last + 1 == hit.first
                and not _after_preposition(doc, span.first)
                and not is_nominative(doc.tokens[span.last].form, doc.lang)
            )
        )
        for span in ctx.places
    ):
        return True
    return passive_trigger(doc, hit) and any(
        0 <= hit.first - span.last - 1 <= 1
        and span.sentence == doc.tokens[hit.first].sentence
        and not clause_between(doc, span.last, hit.first)
        and is_nominative(doc.tokens[span.last].form, doc.lang)
        # opening its clause: not «житель Шебекино ранен», «в Белгороде ранены»
        and (
            span.first == 0
            or doc.tokens[span.first - 1].sentence != span.sentence
            or clause_between(doc, span.first - 1, span.first)
        )
        for span in ctx.places
    )


def air_report(ctx: Context) -> bool:
    """Whether the post tells of weapons from afar or shelling and of no ground fighting: its
    «атакували X» are strikes («Поліцейські задокументували наслідки обстрілів … Російські
    війська атакували Куп'янськ», «Ворог атакував Нікопольщину. Внаслідок ударів дронів …»).
    A front update names its axis or its assaults, which count as ground fighting."""
    if ctx.air_report is None:
        ctx.air_report = bool(ctx.cues.get("air_weapons")) and not ctx.cues.get("ground_fighting")
    return ctx.air_report


def hypothetical(ctx: Context, hit: Hit) -> bool:
    """An irrealis cue up to `IRREALIS_REACH` words before the trigger, or right after it
    («…, если»), not a source's hedge («если не врут» relays a claim)."""
    sentence = ctx.doc.tokens[hit.first].sentence
    sources = ctx.cues.get("reported", ())
    return any(
        ctx.doc.tokens[c.last].sentence == sentence
        and (
            hit.first - IRREALIS_REACH <= c.last < hit.first
            or (0 < c.first - hit.last <= 2 and not _purpose_or_target(ctx.doc, hit, c))
        )
        and not any(r.first <= c.first <= r.last for r in sources)
        and not _can_confirm(ctx.doc, c)
        and not _used_for(ctx.doc, c)
        for c in ctx.cues.get("irrealis", ())
    )


def _purpose_or_target(doc: Doc, hit: Hit, cue: Hit) -> bool:
    """Whether the irrealis cue right after the trigger opens a purpose's clause, or names the
    targets a passive or a shoot-down verb hit."""
    form = doc.tokens[cue.first].form
    if form in PURPOSE:
        return True
    trigger = doc.tokens[hit.first].form
    # (not an infinitive: «Сбивать цели над Москвой — задача ПВО»)
    return form in TARGETS and (
        is_passive(trigger, doc.lang)
        or (
            trigger.startswith(("сби", "зби", "перехват", "перехоп"))
            and not trigger.endswith(("ть", "ти"))
        )
    )


# A weapon used «для» something did it: «использовала для удара по Днепру ракету»,
# «для атаки на Курск противник применил дроны» (not «готовят для удара»: a plan)
USED = frozenset({"использовать", "применить", "применять", "задействовать"})
USED_REACH = 6


def _used_for(doc: Doc, cue: Hit) -> bool:
    tokens = doc.tokens
    if tokens[cue.first].form != "для":
        return False
    sentence = tokens[cue.first].sentence
    return any(
        tokens[i].sentence == sentence
        and is_past_verb(tokens[i].form, doc.lang)
        and not USED.isdisjoint(parse_word(tokens[i].form, doc.lang)[1])
        for i in range(max(0, cue.first - 2), min(len(tokens), cue.last + USED_REACH))
    )


# What a side «can» do that asserts rather than supposes: «можемо підтвердити просування»
CONFIRMING = frozenset(
    ["подтвердить", "констатировать", "сообщить", "підтвердити", "констатувати", "повідомити"]
)


def _can_confirm(doc: Doc, cue: Hit) -> bool:
    after = cue.last + 1
    return after < len(doc.tokens) and not CONFIRMING.isdisjoint(
        parse_word(doc.tokens[after].form, doc.lang)[1]
    )


# (besides the prepositions of `morphology`, those of nearness and origin)
_PREPOSITIONS = PREPOSITIONS | {"около", "возле", "біля", "за", "при", "из"}


def _after_preposition(doc: Doc, first: int) -> bool:
    return first > 0 and doc.tokens[first - 1].form in _PREPOSITIONS
