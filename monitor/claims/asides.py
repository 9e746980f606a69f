"""Sides named where they are no actor of a trigger: in an aside on what it acted on
(«освобождение X (украинское название — Y)»), as the attribute of fire another act goes on
under («под вражеским огнём зашли»), the subject of a verb a participle trigger qualifies the
object of («обстреливают освобождённые территории»), or as the owner of an air defence, which
is the side attacked («Российские ПВО отражали атаку»)."""

from __future__ import annotations

import re

from monitor.claims.morphology import (
    clause_between,
    is_modifier,
    is_nominative,
    is_participle,
    is_verb,
    noun_like,
)
from monitor.claims.rules import Hit
from monitor.text.lemmas import Doc

# The fire another act goes on under («под вражеским огнём зашли»): shelling only, not «под
# контролем» nor «под ударом» (a trigger's own phrases); `FIRE_STEMS` below, the nouns whose
# agent follows them, takes those too
FIRE_NOUNS = ("огн", "обстрел", "вогн", "обстріл", "артобстр", "артиллерийск", "артилерійськ")
AIR_DEFENCE = frozenset({"пво", "ппо"})


def fire_attribute(doc: Doc, hit: Hit, cue: Hit) -> bool:
    """Whether a side outside the trigger is the attribute of fire another act goes on under:
    «Наши штурмовики под вражеским огнём зашли в X», «під російським артобстрілом відійшли»."""
    if hit.first <= cue.first <= hit.last or cue.first < 1 or cue.last + 1 >= len(doc.tokens):
        return False
    return doc.tokens[cue.first - 1].form in ("под", "під") and doc.tokens[
        cue.last + 1
    ].form.startswith(FIRE_NOUNS)


# Verbs of fire at a place: what their subject shells it did not take («обстреливает
# освобождённые сёла»), unlike what it holds («удерживает захваченные позиции»)
FIRE_VERBS = (
    "обстрел", "обстріл", "бь", "б'ю", "бомб", "атак", "удар", "накры", "накри", "долб", "утюж",
    "кошмар", "засып", "полива", "уничтож", "нищ", "гат", "минир", "мінуют", "мінув",
    "терроризир", "тероризу", "знищу",
)  # fmt: skip


def attribute_participle(doc: Doc, hit: Hit, cue: Hit) -> bool:
    """Whether the trigger is a participle qualifying what a verb of fire hits, whose subject
    the side named before them is: «противник продолжает обстреливать освобождённые
    территории» (freed by the other side; one word, not «нанесли массированный удар»)."""
    between = doc.tokens[cue.last + 1 : hit.first]
    return (
        cue.last < hit.first == hit.last
        and is_participle(doc.tokens[hit.first].form, doc.lang)
        and any(is_verb(t.form, doc.lang) for t in between)
        and any(t.form.startswith(FIRE_VERBS) for t in between)
    )


# Prepositions of a cause: «в связи с попытками ВСУ», «из-за действий противника»
CAUSE_PREPOSITIONS = frozenset({"с", "из-за", "от", "после", "через", "після", "від", "внаслідок"})


def cause_of(doc: Doc, cue: Hit) -> bool:
    """Whether a side owns a noun a preposition of cause governs, the cause of what is told:
    «эвакуация в связи с попытками ВСУ продвинуться» (not «Военнослужащие ВС РФ эвакуировали»)."""
    noun = opener = cue.first - 1
    while opener > 0 and _modifier(doc.tokens[opener - 1].form, doc.lang):
        opener -= 1  # «с продолжающимися попытками ВСУ»
    following = doc.tokens[cue.last + 1].form if cue.last + 1 < len(doc.tokens) else ""
    return (
        not is_verb(following, doc.lang)  # the subject: «После инцидента ВСУ эвакуировали»
        and opener >= 1
        and doc.tokens[opener - 1].form in CAUSE_PREPOSITIONS
        and not clause_between(doc, noun, cue.first)
        and noun_like(doc, noun)
    )


def _modifier(form: str, lang: str) -> bool:
    return is_modifier(form, lang) or is_participle(form, lang)


def air_defence(doc: Doc, cue: Hit) -> bool:
    """Whether a side names an air defence, the side attacked: «Российские ПВО отражали атаку
    на X», «українська ППО збила», «ПВО ВСУ отражала атаку»."""
    following, before = cue.last + 1, cue.first - 1
    return (following < len(doc.tokens) and doc.tokens[following].form in AIR_DEFENCE) or (
        before >= 0 and doc.tokens[before].form in AIR_DEFENCE
    )


ASIDE = re.compile(r"\(|\s[—–]\s")


def aside(doc: Doc, hit: Hit, cue: Hit) -> bool:
    """Whether a side named after the trigger stands in an aside on what the trigger acted
    on, past a bracket or a dash: «освобождение Дзержинска (украинское название — Торецк)»,
    «освобождении Часова Яра — одного из укрепрайонов ВСУ»; not past a dash that opens the
    predicate in the nominative («Освобождение Работино — главная победа ВСУ», «Захват Суджи
    — ВСУ вошли в город»)."""
    if cue.first <= hit.last:
        return False
    start, end = doc.tokens[hit.last].end, doc.tokens[cue.first].start
    if "(" in doc.text[start:end]:
        return True
    dash = ASIDE.search(doc.text, start, end)
    if dash is None:
        return False
    at = next((i for i, t in enumerate(doc.tokens) if t.start >= dash.end()), None)
    if at is None:
        return False
    after = doc.tokens[at]
    if doc.text[after.start : after.end].isupper():  # «— ВСУ вошли»
        return False
    if is_verb(doc.tokens[hit.first].form, doc.lang):
        # the verb has its predicate: past its object a dash opens an apposition («освободили
        # город Угледар — важный опорный пункт ВСУ»), unless a verb of its own follows
        return not any(is_verb(t.form, doc.lang) for t in doc.tokens[at : cue.first])
    return not is_nominative(after.form, doc.lang)


FIRE_STEMS = ("огн", "огон", "вогн", "вогон", "удар", "обстрел", "обстріл", "контрол")


def after_fire(doc: Doc, cue: Hit) -> bool:
    """Whether a side stands right after a noun of fire, as its agent: «под огнём нашей
    арты», «під ударами наших дронів», «под контролем ВС РФ»."""
    if cue.first < 1:
        return False
    fire = doc.tokens[cue.first - 1]
    return (
        fire.form.startswith(FIRE_STEMS)
        and not doc.text[fire.end : doc.tokens[cue.first].start].strip()
    )
