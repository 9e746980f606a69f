"""Whether an attack is an assault by troops on the ground or the shelling of what it names:
«Ворог атакував населені пункти Херсонщини: Антонівку, Садове» is shelling, «атаковал
населённые пункты Курской области штурмовыми группами» an assault."""

from __future__ import annotations

from monitor.claims.morphology import clause_between
from monitor.claims.ranks import DISTRICT_RANK
from monitor.claims.rules import Hit
from monitor.claims.spans import Context, sentence_bounds

# Troops on the ground, by their words' beginnings (not «позиции», «оборона»: what is attacked)
GROUND_TROOPS = ("пехот", "піхот", "бронетехн", "броньован", "танк", "бмп", "бтр", "штурмов",
                 "десант", "взвод", "батальон", "батальйон")  # fmt: skip
# Attacking troops before a word of repelling (`kinds.ground_attack_repelled`): groups and
# companies in any form too (nor a rotation or a tanker: `kinds.NOT_GROUND`)
TROOPS = (*GROUND_TROOPS, "групп", "груп", "рот")
# «атакував населені пункти Херсонщини», «атаковали населённые пункты Белгородской области»
SETTLEMENTS = ("населені", "населённые", "населенные")


def settlements_of_an_area_attacked(ctx: Context, hit: Hit) -> bool:
    """Whether the attack goes at the settlements of an area named right after them, and its
    clause names no troops on the ground (`ATTACKERS`): an administration's report of shelling
    («Ворог атакував населені пункти Херсонщини: Антонівку, Садове»), not an assault
    («атаковал населённые пункты Курской области штурмовыми группами»)."""
    tokens = ctx.doc.tokens
    noun = hit.last + 1
    if noun + 2 >= len(tokens) or tokens[noun].form not in SETTLEMENTS:
        return False
    if not tokens[noun + 1].form.startswith("пункт"):
        return False
    if not any(s.first == noun + 2 and s.rank >= DISTRICT_RANK for s in ctx.places):
        return False
    return not attackers_named(ctx, hit)


# Who attacks on the ground, by their words' beginnings: troops, forces, sabotage groups, and
# groups or forces in the instrumental («штурмовими групами», «силами до батальйону»); not a
# soldier hurt or a police team at work («поранено військовослужбовця», «працює слідчо-оперативна
# група»)
ATTACKERS = (*GROUND_TROOPS, "войска", "війська", "подразделени", "підрозділ", "дрг", "диверсан",
             "группами", "групами", "группой", "групою", "силами")  # fmt: skip
NOT_ATTACKERS = ("танкер",)


def attackers_named(ctx: Context, hit: Hit) -> bool:
    """Whether the trigger's clause names troops on the ground (`ATTACKERS`)."""
    doc = ctx.doc
    first, last = sentence_bounds(doc, hit.first)
    return any(
        doc.tokens[i].form.startswith(ATTACKERS)
        and not doc.tokens[i].form.startswith(NOT_ATTACKERS)
        and not clause_between(doc, min(i, hit.last), max(i, hit.first))
        for i in range(first, last + 1)
    )
