"""Kyiv and Moscow: the city, or the government named after it («Киев заявил», «с Москвой»).

A capital counts as a place where it stands after a preposition of place, as what an attack
hits («дроны атаковали Москву»), as the label of a line («📍 Киев — прилёты», «Київ, гучно!»),
beside a region noun, or listed with two other places or more («Рекрутингові центри: Київ,
Львів, Харків»); not as the subject of a verb («Киев будет выводить войска»), nor beside one
other capital («Киев и Москва договорились»).
"""

from __future__ import annotations

from monitor.places.context import MatchContext
from monitor.places.cues import LIST_SEPARATOR, LOCATIVE, WAR_OBJECT_BEFORE
from monitor.places.datelines import loud_label
from monitor.places.word_classes import verb_next
from monitor.text.labels import opens_a_label

CAPITALS = frozenset({"kyiv", "moscow"})


def capital_located(ctx: MatchContext) -> bool:
    """Whether the capital at `ctx` is the city, not its government (see the module)."""
    located = (
        LOCATIVE.search(ctx.before)
        or WAR_OBJECT_BEFORE.search(ctx.before)
        or opens_a_label(ctx.t, ctx.match.start, ctx.match.end)
        or loud_label(ctx)
        or among_towns(ctx)
    )
    if located:
        return True
    return bool(ctx.region_noun) and not verb_next(ctx.after)


def among_towns(ctx: MatchContext) -> bool:
    """A capital listed with two other places or more: the cities («зі Львова, Харкова та
    Києва»), not a government beside another («Киев и Москва договорились»)."""
    matches, t = ctx.matches, ctx.t
    first = last = ctx.index
    while first > 0 and LIST_SEPARATOR.fullmatch(t, matches[first - 1].end, matches[first].start):
        first -= 1
    while last + 1 < len(matches) and LIST_SEPARATOR.fullmatch(
        t, matches[last].end, matches[last + 1].start
    ):
        last += 1
    return last - first >= 2
