"""Words between a trigger and its place that do not count in the trigger's reach: the words of
a place phrase («в районах населённых пунктов X»), of a distance («на 1,5 км»), of a unit's name
(«47-ї окремої бригади»), and of the target a strike names before its place («по скоплению
живой силы ВСУ в районе X»)."""

from __future__ import annotations

from monitor.claims.morphology import is_instrumental, is_verb
from monitor.claims.rules import Hit
from monitor.claims.units import unit_words
from monitor.text.lemmas import Doc

# Words of a place phrase that do not count in a trigger's reach: «в районах населённых
# пунктов X», «в посёлке X» are as near as «у X»
PLACE_FILLERS = frozenset(
    [
        "районе",
        "районах",
        "района",
        "населенного",
        "населённого",
        "населенных",
        "населённых",
        "пункта",
        "пунктов",
        "поселке",
        "посёлке",
        "поселка",
        "посёлка",
        "селе",
        "села",
        "деревне",
        "деревни",
        "хуторе",
        "городе",
        "районі",
        "населеного",
        "населених",
        "пункту",
        "пунктів",
        "селищі",
        "селища",
        "селі",
        "міста",
        "місті",
        # «під вогнем — 12 населених пунктів, зокрема X»
        "зокрема",
        "включая",
        # «прорваться … в направлениях Кауровки, Мартыновки»
        "направлении",
        "направлениях",
        "напрямку",
        "напрямках",
        # a distance gained: «просунувся на 1,5 км вглиб оборони біля X» (the units and their
        # numbers: DISTANCE_UNITS)
        "вглубь",
        "вглиб",
        "углиб",
        # «продвинулись на 2 км в глубину обороны противника в районе X»
        "глубину",
        "глибину",
        "обороны",
        "оборони",
    ]
)


# The words of what a strike hit before its place: «по скоплению живой силы в районе X»,
# «ураження живої сили і техніки біля X», «по пунктам временной дислокации в X»
TARGET_FILLERS = frozenset(
    [
        "живой",
        "живую",
        "живої",
        "живу",
        "силы",
        "силе",
        "силу",
        "сили",
        "силі",
        "техники",
        "технике",
        "технику",
        "техніки",
        "техніці",
        "временной",
        "тимчасової",
        "дислокации",
        "дислокації",
        "пвд",
        "позициям",
        "позициях",
        "позиции",
        "позиций",
        "позиціях",
        "позиції",
        "позицій",
        "скоплению",
        "скоплениям",
        "скопления",
        "скупченню",
        "скупчення",
        "пунктам",
        "пунктах",
        "місце",
        "місця",
        "місцях",
        "зосередження",
        "особового",
        "складу",
        "сосредоточения",
        "личного",
        "состава",
        "места",
        "местам",
        "местах",
        "опорному",
        "опорным",
        "опорним",
    ]
)
# Who fired, in a footage caption, and the names after them: «работы расчёта ТОС-1А
# «Солнцепёк» группировки «Восток» по опорному пункту ВСУ на окраине X»
CREWS = frozenset(
    {
        "расчёта", "расчета", "расчётов", "расчетов", "экипажа", "экипажей", "операторов",
        "группировки", "разрахунку", "разрахунків", "екіпажу", "екіпажів", "операторів",
        "угруповання",
    }
)  # fmt: skip
# and the side a target noun belongs to (not a verb's object: «додавили противника у X»)
OWNERS = frozenset(
    ["всу", "зсу", "вфу", "противника", "врага", "ворога", "окупантів", "оккупантов"]
)


# Who is evacuated, between the evacuation and its place: «примусову евакуацію дітей разом із
# батьками або законними представниками з X», «эвакуация мирных жителей из X»
EVACUEES = frozenset(
    {
        "дітей", "дети", "детей", "разом", "вместе", "із", "с", "батьками", "родителями",
        "або", "или", "законними", "законными", "представниками", "жителей", "жителів",
        "мирных", "мирних", "людей", "мешканців", "населення", "населения", "маломобільних",
        "маломобильных", "родин", "сімей", "семей",
    }
)  # fmt: skip


DISTANCE_UNITS = frozenset(
    [
        "км",
        "м",
        "километр",
        "километра",
        "километров",
        "кілометр",
        "кілометра",
        "кілометрів",
        "метр",
        "метра",
        "метров",
        "метрів",
    ]
)


def place_fillers(doc: Doc, hit: Hit, first: int, last: int, claim_type: str = "") -> int:
    """The place-phrase words (PLACE_FILLERS), distances and the words of unit names («47-ї
    окремої бригади») between a trigger and the place `first..last`; for a strike, the words
    of its target too (TARGET_FILLERS); for an evacuation, who is evacuated (EVACUEES)."""
    left, right = (hit.last, first) if first > hit.last else (last, hit.first)
    strike = claim_type == "strike"
    units = unit_words(doc, left, right) | (weapon_words(doc, hit, right) if strike else set())
    return len(units) + sum(
        doc.tokens[i].form in PLACE_FILLERS
        or (strike and (doc.tokens[i].form in TARGET_FILLERS or _crew(doc, i)))
        or (strike and doc.tokens[i].form in OWNERS and _owned(doc, i))
        or (claim_type == "evacuation" and doc.tokens[i].form in EVACUEES)
        or doc.tokens[i].form in DISTANCE_UNITS
        or _distance_number(doc, i)
        or _settlement_mark(doc, i)
        or _aside(doc, i)
        for i in range(left + 1, right)
        if i not in units
    )


# A settlement's abbreviated noun before its name: «у районах н.п. Андріївка», «по с. Уди»,
# «смт Велика Писарівка» (a letter counts only before its full stop: not the preposition «с»)
SETTLEMENT_MARKS = frozenset({"смт", "пгт", "нп"})
ABBREVIATED_MARKS = frozenset({"н", "п", "с", "м", "г", "пос", "сел", "смт", "пгт"})


def _settlement_mark(doc: Doc, index: int) -> bool:
    form = doc.tokens[index].form
    if form in SETTLEMENT_MARKS:
        return True
    return (
        form in ABBREVIATED_MARKS
        and index + 1 < len(doc.tokens)
        and doc.gap(index + 1).startswith(".")
    )


# The asides of a list's members: «Взрывы гремели, в частности, в Днепре и Кременчуге», «у
# тому числі в Сумах» (one word of them, «зокрема», «включая», is a PLACE_FILLER)
ASIDES = frozenset(
    {
        ("в", "частности"),
        ("в", "том"),
        ("том", "числе"),
        ("у", "тому"),
        ("в", "тому"),
        ("тому", "числі"),
    }
)


def _aside(doc: Doc, index: int) -> bool:
    form = doc.tokens[index].form
    after = doc.tokens[index + 1].form if index + 1 < len(doc.tokens) else ""
    before = doc.tokens[index - 1].form if index else ""
    return (form, after) in ASIDES or (before, form) in ASIDES


# How many words a strike's weapon may take right after its verb: «вдарили двома керованими
# авіабомбами по X», «атаковали тремя ударными беспилотниками Y»
MAX_WEAPON_WORDS = 4


def weapon_words(doc: Doc, hit: Hit, right: int) -> set[int]:
    """The words in the instrumental right after a strike's verb, up to `right`: its weapon."""
    found: set[int] = set()
    for index in range(hit.last + 1, min(right, hit.last + 1 + MAX_WEAPON_WORDS)):
        form = doc.tokens[index].form
        if not (form.isalpha() and is_instrumental(form, doc.lang)):
            break
        found.add(index)
    return found


def _crew(doc: Doc, index: int) -> bool:
    """A crew's word (`CREWS`) or a word of the names right after it."""
    start = index
    while start > 0 and _named(doc, start):
        start -= 1
    return doc.tokens[start].form in CREWS


def _named(doc: Doc, index: int) -> bool:
    """A word of a weapon's or a unit's name: a model code («ТОС-1А», «2С7М») or a word in
    quotes («Солнцепёк», «Восток»)."""
    form = doc.tokens[index].form
    if any(c.isdigit() for c in form) and any(c.isalpha() for c in form):
        return True
    start = doc.tokens[index].start
    return doc.text[start - 1 : start] in ("«", '"') and doc.text[
        doc.tokens[index].end : doc.tokens[index].end + 1
    ] in ("»", '"')


def _distance_number(doc: Doc, index: int) -> bool:
    """A number before a unit of distance («на 1,5 км»)."""
    following = index + 1
    return (
        doc.tokens[index].form[:1].isdigit()
        and following < len(doc.tokens)
        and doc.tokens[following].form in DISTANCE_UNITS
    )


def _owned(doc: Doc, index: int) -> bool:
    """Whether the side's name at token `index` owns the noun before it («позициям
    противника»), not a verb's object («додавили противника»)."""
    return index > 0 and not is_verb(doc.tokens[index - 1].form, doc.lang)
