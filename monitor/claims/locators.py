"""Places that locate a settlement, not items of a list with it: «освобождено село Даченское
западнее Покровска» took no part of Pokrovsk; «Невельское, южнее Красногоровки, и Первомайское»
lists Nevelske and Pervomaiske."""

from __future__ import annotations

import itertools

from monitor.claims.cases import COMPARATIVE_ENDINGS
from monitor.claims.morphology import CONJUNCTIONS
from monitor.claims.ranks import SETTLEMENT_RANK
from monitor.claims.spans import Context, PlaceSpan


def locators(ctx: Context, same: list[PlaceSpan], chosen: PlaceSpan) -> set[int]:
    """The ids of the places that locate the item before them (`_located_by`), and of their
    other names right after them («западнее Покровска (Красноармейска)»)."""
    found: set[int] = set()
    for a, b in itertools.pairwise(same):
        located = id(a) in found and a.mention.place_key == b.mention.place_key
        if b is not chosen and (located or _located_by(ctx, a, b)):
            found.add(id(b))
    return found


def comparative_between(ctx: Context, left: int, right: int) -> bool:
    """A comparative between the tokens, not after «и»: what follows locates an item («X,
    Первомайское западнее Донецка и Y»), no item of the list (but «и западнее Y» is one)."""
    tokens = ctx.doc.tokens
    return any(
        tokens[i].form.endswith(COMPARATIVE_ENDINGS) and tokens[i - 1].form not in CONJUNCTIONS
        for i in range(left + 1, right)
    )


def _located_by(ctx: Context, left: PlaceSpan, right: PlaceSpan) -> bool:
    """Whether a settlement is located by the place after a comparative right after it: «село
    Даченское западнее Покровска» (not a region: «границу ЛНР западнее Стельмаховки»; nor «у
    Покровска и севернее Торецка», «охвату города южнее с выходом через X»)."""
    between = left.last + 1
    return (
        left.rank <= SETTLEMENT_RANK
        and right.first == between + 1
        and ctx.doc.tokens[between].form.endswith(COMPARATIVE_ENDINGS)
    )
