"""Wide places that are items of a list all the same, not qualifiers of the place before them:
a settlement's hromada named by its adjective («Нікополь, Марганецька та Покровська громади»),
a region after a comma that does not hold the place before it («Херсон, Комишани,
Бериславщина»; not «Юнаківку, Сумщина», which says where Yunakivka is)."""

from __future__ import annotations

from monitor.claims.ranks import KIND_RANK, SETTLEMENT_RANK
from monitor.claims.spans import Context, PlaceSpan


def hromada(span: PlaceSpan) -> bool:
    """A settlement's hromada (or axis) named by its adjective: as wide as a raion by rank, an
    item of a list all the same («під ударом були Нікополь, Марганецька та Покровська громади»)."""
    return span.mention.axis and KIND_RANK.get(span.kind) == SETTLEMENT_RANK


def item_of_its_own(ctx: Context, span: PlaceSpan) -> bool:
    """A wide place that is an item of a list all the same (see the module docstring)."""
    if hromada(span):
        return True
    if span.own_region is None or not ctx.doc.text[: span.mention.start].rstrip().endswith(","):
        return False
    previous = [s for s in ctx.places if s.last < span.first]
    return (
        bool(previous and previous[-1].within)
        and span.own_region not in previous[-1].within
        and _ends_its_clause(ctx, span)
    )


def _ends_its_clause(ctx: Context, span: PlaceSpan) -> bool:
    """Whether the sentence or a comma follows the place: the list ends there, nothing is
    said of the place alone («Удар по Одессе, Николаевская область — тишина» says otherwise)."""
    after = span.last + 1
    tokens = ctx.doc.tokens
    if after >= len(tokens) or tokens[after].sentence != span.sentence:
        return True
    between = ctx.doc.text[tokens[span.last].end : tokens[after].start].strip()
    return between[:1] in (",", ";")
