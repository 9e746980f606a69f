"""Tallies of shoot-downs that share one verb among their items: «Над X уничтожены 8 БПЛА и
3 – над Y», «…: 8 – над территорией X, 4 – над акваторией Черного моря». Each item is counted
apart: a list may run across the verb to the next item, and a wider place qualifies only the
finer one of its own item."""

from __future__ import annotations

from monitor.claims.spans import Context, PlaceSpan
from monitor.text.count_words import COUNT_WORDS

TALLY_DASHES = ("–", "—", "-")
SHARES = frozenset(
    {("из", "них"), ("з", "них"), ("із", "них"), ("том", "числе"), ("тому", "числі")}
)


def _count(form: str) -> bool:
    return form.isdigit() or form in COUNT_WORDS


def glue_tokens(ctx: Context) -> set[int]:
    """The tokens of the post's `list_glue` cues («и», «над», «территория», counts in words)."""
    return {i for c in ctx.cues.get("list_glue", ()) for i in range(c.first, c.last + 1)}


def tally_item(ctx: Context, span: PlaceSpan) -> bool:
    """A tally's item that shares a verb with the items before it: a count and a dash before
    its preposition («Над X уничтожены 8 БПЛА и 3 – над Y», «…, 2 — над территорией Y»)."""
    doc = ctx.doc
    glue = glue_tokens(ctx)
    index = span.first - 1
    while index > 0 and index in glue and not _count(doc.tokens[index].form):
        index -= 1
    if index < 0 or not _count(doc.tokens[index].form) or index == span.first - 1:
        return False
    # a share of the count before, not an item of its own: «12 БПЛА, из них 5 – в X»
    if index >= 2 and (doc.tokens[index - 2].form, doc.tokens[index - 1].form) in SHARES:
        return False
    between = doc.text[doc.tokens[index].end : doc.tokens[index + 1].start]
    return between.strip() in TALLY_DASHES


def tally_group(ctx: Context, span: PlaceSpan, listed: list[PlaceSpan]) -> list[PlaceSpan]:
    """The items of `listed` in the same item of a tally as `span` (all when it is none): each
    tally item is counted apart («В Суджанском районе Курской области сбиты 2, 3 – над X»)."""
    starts = [o.first for o in listed if tally_item(ctx, o)]
    if not starts:
        return listed

    def item(o: PlaceSpan) -> int:
        return sum(start <= o.first for start in starts)

    return [o for o in listed if item(o) == item(span)]
