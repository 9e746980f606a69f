"""A place named by an adverb that points back to the clause before, in the trigger's own
sentence: «Сирени в Оріхові та Степногірську, там з ранку лупить арта», «В Орехове пока тихо,
но и туда стали чаще прилетать ФАБы». The trigger's clause names no place of its own; the
adverb stands for the place (and the places listed with it) that the clause before ends with."""

from __future__ import annotations

from monitor.claims.morphology import clause_between
from monitor.claims.place_lists import with_list
from monitor.claims.rules import Hit
from monitor.claims.spans import Context, PlaceSpan

THERE = frozenset({"там", "туда", "туди", "сюда", "сюди"})


def there_before(ctx: Context, hit: Hit, claim_type: str, origins: set[int]) -> list[PlaceSpan]:
    """The places «там»/«туди» in the trigger's clause point back to (see the module
    docstring); none when a place stands between the adverb and the trigger."""
    doc = ctx.doc
    sentence = doc.tokens[hit.first].sentence
    adverb = next(
        (
            i
            for i in range(hit.first - 1, -1, -1)
            if doc.tokens[i].sentence == sentence and doc.tokens[i].form in THERE
        ),
        None,
    )
    if (
        adverb is None
        or clause_between(doc, adverb, hit.first)  # another clause's: «туда она дойдёт, а тут …»
        or any(s.sentence == sentence and adverb < s.first <= hit.last for s in ctx.places)
    ):
        return []
    before = [
        s for s in ctx.places if s.sentence == sentence and s.last < adverb and id(s) not in origins
    ]
    if not before or not clause_between(doc, before[-1].last, adverb):
        return []
    return [s for s in with_list(ctx, before[-1], claim_type) if id(s) not in origins]
