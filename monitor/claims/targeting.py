"""Which of a post's places a claim's trigger is about.

`Targeting.spans` turns the place matcher's mentions into token spans ranked by kind (an oblast
outranks a district, a district a settlement). `Targeting.targets` then pins one trigger:

1. the most specific place within the rule's window in the trigger's sentence, places right
   after the rule's `prefer_after` markers («курсом на») first, those after its `not_after`
   markers («з») or naming a road («трасса Н15») never; a place before the trigger only when no
   clause break stands between them, unless it opens the sentence, and not across «и»/«та»
   before a second verb («взяли X та закріпилися …»), nor after one when the trigger has a
   name of its own («окупував Прогрес та просунувся біля X»); not a place another trigger
   between them claims for itself, nor a capital that names a government («Киев заявил»);
2. extended to the places listed with it («Малую Локню, Черкасское Поречное и Косицу»);
3. with no place in the sentence but a region in an official's title: the place the
   paragraph was last about (a rule's `carry_over`; not the last item of a list), else the
   one region the post names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from monitor.claims.back_references import came_from
from monitor.claims.company import context_ok, in_reach_of_aftermath
from monitor.claims.fillers import place_fillers
from monitor.claims.implicit_places import (
    answered_early,
    before_colon,
    bulleted_after,
    locates_unnamed,
    place_left,
    settlement_object,
)
from monitor.claims.landmarks import (
    axis_opens,
    pointed_to,
    reaches_the_scene,
    taken_before,
    topic_sentence,
)
from monitor.claims.morphology import aimed_at, is_verb
from monitor.claims.place_lists import (
    after_marker,
    marked_run,
    one_head,
    opens_own_clause,
    qualifier,
    total_after_list,
    with_list,
)
from monitor.claims.ranks import (
    best_target,
    country_of,
    headline_end,
    is_label,
    qualified,
    rank_of,
)
from monitor.claims.reach import (
    another_predicates,
    names_a_side,
    preference,
    taken_to,
    wrong_side,
)
from monitor.claims.roads import (
    crossed_in_reach,
    crossed_waters,
    other_roads_ends,
    past_crossings,
    road_ends,
)
from monitor.claims.rules import Hit
from monitor.claims.scene import beyond_scene
from monitor.claims.sides import heads_its_line, qualifying_agents
from monitor.claims.spans import Context, PlaceSpan, regions_of, token_at
from monitor.claims.there import there_before
from monitor.claims.titles import heads_a_list, in_a_title, own_place, topic_region
from monitor.claims.voice import gap
from monitor.config import ClaimRule
from monitor.domain import PlaceMention
from monitor.text.lemmas import Doc

# A place key's gazetteer record (`Gazetteer.places.get`): None or an exception if unknown.
PlaceLookup = Callable[[str], Any]
# Words of these types often only set the scene («погибли в боях под Торецком», «при обстреле»),
# so they do not take a place away from a trigger of another type further off.
CIRCUMSTANTIAL_TYPES = frozenset({"advance", "strike"})
# A place before the trigger counts as this many words further off than one after it.
BEFORE_PENALTY = 0.5


class Targeting:
    """The places of a post as token spans, and the ones each trigger is about."""

    def __init__(
        self,
        rules: list[ClaimRule],
        place_lookup: PlaceLookup | None,
        on_front: Callable[[str], bool] | None = None,
        held: Callable[[str], bool] | None = None,
    ) -> None:
        self._rules = rules
        self._lookup = place_lookup
        self._on_front = on_front
        self._held = held

    def spans(self, doc: Doc, mentions: list[PlaceMention]) -> list[PlaceSpan]:
        """One span per mention, in text order, but for those overlapping an earlier one."""
        starts = [token.start for token in doc.tokens]
        spans: list[PlaceSpan] = []
        taken: list[tuple[int, int]] = []
        for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
            if any(mention.start < end and start < mention.end for start, end in taken):
                continue
            first = token_at(starts, mention.start)
            last = token_at(starts, max(mention.start, mention.end - 1))
            info = self._info_for(mention.place_key)
            spans.append(
                PlaceSpan(
                    mention,
                    first,
                    last,
                    doc.tokens[first].sentence,
                    rank_of(info, mention.surface, mention.axis),
                    country_of(info),
                    str(getattr(info, "kind", "")),
                    self._on_front(mention.place_key) if self._on_front else None,
                    bool(self._held and self._held(mention.place_key)),
                    *regions_of(info),
                )
            )
            taken.append((mention.start, mention.end))
        return spans

    def _info_for(self, key: str) -> Any:
        if self._lookup is None:
            return None
        try:
            return self._lookup(key)
        except (KeyError, LookupError):
            return None

    def targets(self, ctx: Context, hit: Hit, rule: ClaimRule) -> list[PlaceSpan]:
        """The places trigger `hit` of `rule` is about (see the module docstring)."""
        sentence = ctx.doc.tokens[hit.first].sentence
        index = hit.payload[1]
        if ctx.road_ends is None:
            ctx.road_ends = road_ends(ctx.doc, ctx.cues, ctx.places)
        rule, crossed = past_crossings(ctx.doc, ctx.places, sentence, rule)
        origins = self._marked(ctx, "not_after", index, rule) | ctx.road_ends | crossed
        if (early := answered_early(ctx, hit, rule, origins)) is not None:
            return early
        destinations = self._marked(ctx, "prefer_after", index, rule)
        candidates = []
        verb = is_verb(ctx.doc.tokens[hit.first].form, ctx.doc.lang, infinitive=True)
        for span in ctx.places:
            if span.sentence != sentence and ctx.doc.tokens[span.last].sentence != sentence:
                continue
            distance = gap(hit, span.first, span.last)
            before = span.last < hit.first
            if distance > rule.window:
                distance -= place_fillers(ctx.doc, hit, span.first, span.last, rule.type)
                if before and reaches_the_scene(ctx.doc, rule, span, distance):
                    distance = rule.window
            if wrong_side(ctx, hit, span, rule, before):
                continue
            if (
                distance > rule.window
                or id(span) in origins
                or beyond_scene(
                    ctx.doc, ctx.cues, ctx.trigger_types, hit, span.first, rule.clause_bound
                )
            ):
                continue
            if self._not_its_place(ctx, hit, span, rule, before, origins):
                continue
            aimed = id(span) in destinations and not (span.mention.axis and rule.type == "strike")
            preferred = preference(ctx, hit, span, aimed, before and verb)
            candidates.append(
                (preferred, span.rank, distance + (BEFORE_PENALTY if before else 0), span)
            )
        # «… в Харькове. Глава Харьковской ОВА сообщил о 12 погибших»: see the docstring, 3.
        if all(in_a_title(ctx.doc, c[3]) for c in candidates):
            titled = [c[3] for c in candidates]
            return self._elsewhere(ctx, hit, rule, origins) or own_place(
                ctx, hit, titled, rule.type, origins
            )
        chosen = best_target(candidates, hit.first, ctx.places, self._info_for, origins)
        if not rule.lists:  # the village an oblast right after qualifies: «X Сумской обл. — наша»
            at = ctx.places.index(chosen)
            return [qualified(ctx.doc, ctx.places[: at + 1]), *one_head(ctx, at)]
        listed = [
            s
            for s in with_list(ctx, chosen, rule.type, hit)
            if id(s) not in origins and not taken_to(ctx, s, rule.type)
        ]
        finest = min(span.rank for span in listed)
        return [span for span in listed if span.rank == finest or not qualifier(ctx, span, listed)]

    def _not_its_place(
        self,
        ctx: Context,
        hit: Hit,
        span: PlaceSpan,
        rule: ClaimRule,
        before: bool,
        origins: set[int],
    ) -> bool:
        """A place in reach that is another predicate's or another trigger's, a side's name,
        or where an unknown settlement is."""
        return (
            another_predicates(ctx, hit, span, rule, before)
            or locates_unnamed(ctx, span, rule)
            # a withdrawal's place is not a clause of its own: «Укры отходят к X, Y пал»
            or (not before and rule.type == "withdrawal" and opens_own_clause(ctx, hit.last, span))
            or self._claimedtext_between(ctx, hit, span, rule.type, origins)
            or (before and names_a_side(ctx, span))
            or taken_to(ctx, span, rule.type)
        )

    def _elsewhere(
        self, ctx: Context, hit: Hit, rule: ClaimRule, origins: set[int]
    ) -> list[PlaceSpan]:
        """The place of a trigger whose reach holds none: the one a withdrawal left, when its
        sentence names only where the side went or tells the attack it fell back from
        («пытались штурмовать позиции у X, три раза откатывались»); else one the post named
        before, or its topic region."""
        if rule.active_only:
            return []  # a verb whose object is its place names it or none
        sentence = ctx.doc.tokens[hit.first].sentence
        if rule.type == "withdrawal" and (
            any(
                id(s) in origins and s.sentence == sentence and s.first > hit.last
                for s in ctx.places
            )
            or (
                rule.place_side != "after"
                and any(
                    t.last < hit.first
                    and ctx.doc.tokens[t.first].sentence == sentence
                    and "advance" in ctx.trigger_types.get(t.first, ())
                    for t in ctx.triggers
                )
            )
        ):
            left = place_left(ctx, hit, origins)
            if left:  # else the place a sentence before took («X наш. Укры ушли к Y»)
                return left
        # (no place where forces came from, «морпехов с Курского направления», nor a road's end)
        came_from = origins - other_roads_ends(ctx.cues, hit, ctx.road_ends)
        return (
            bulleted_after(ctx, hit, rule)
            or there_before(ctx, hit, rule.type, origins)
            or self._previous_place(ctx, hit, rule, settlement_object(ctx, hit), came_from)
            or before_colon(ctx, hit, rule)
            or (
                topic_region(ctx, ctx.doc.tokens[hit.first].sentence)
                if rule.region_fallback and not heads_a_list(ctx, hit)
                else []
            )
            or crossed_in_reach(ctx.doc, ctx.places, hit, rule.window)
        )

    def _claimedtext_between(
        self, ctx: Context, hit: Hit, span: PlaceSpan, claim_type: str, origins: set[int]
    ) -> bool:
        """A trigger of another type between this one and the place claims the place for
        itself: «ликвидация группировки, окружённой в районе Погребки» is an encirclement
        at Pogrebki, not a casualty there. Triggers that share a word with this one, that their
        rule vetoes, that only set the scene (CIRCUMSTANTIAL_TYPES) or that are what an action
        is aimed at («удары по скоплениям … в районе X») do not, nor any before a label's
        place, which heads each claim of its line («📍 Костянтинівка — 1 загиблий, пошкоджено
        8 будинків»)."""
        if heads_its_line(ctx, span, hit, claim_type):
            return False
        if ctx.blockers is None:
            ctx.blockers = [
                (other.first, other.last, self._rules[other.payload[1]].type)
                for other in ctx.triggers
                if self._rules[other.payload[1]].type not in CIRCUMSTANTIAL_TYPES
                and context_ok(ctx, other, self._rules[other.payload[1]])
                and not aimed_at(ctx.doc, other)
                # a build-up a strike verb hits is its object: «уразили місце зосередження у X»
                and not (
                    self._rules[other.payload[1]].type == "deployment"
                    and any("strike" in ctx.trigger_types.get(other.first - n, ()) for n in (1, 2))
                )
            ]
        left, right = (hit.last, span.first) if span.first > hit.last else (span.last, hit.first)
        return any(
            left < first
            and last < right
            and kind != claim_type
            and (last < hit.first or first > hit.last)
            # a participle of the place or of where fire came from («з окупованого Криму»)
            and qualifying_agents(ctx.doc, ctx.cues, last, span) is None
            and not any(s.first == last + 1 and id(s) in origins for s in ctx.places)
            for first, last, kind in ctx.blockers
        )

    @staticmethod
    def _marked(ctx: Context, what: str, index: int, rule: ClaimRule) -> set[int]:
        """Places right after a rule's marker words («з», «курсом на»), with their lists; not
        the tail of a trigger of another type («бої за X»: X is fought for, not where a retreat
        went). Worked out once per post, kind and rule (the caller only reads the set)."""
        found = ctx.marked.get((what, index))
        if found is None:
            found = ctx.marked[what, index] = Targeting._marks(ctx, what, index, rule)
        return found

    @staticmethod
    def _marks(ctx: Context, what: str, index: int, rule: ClaimRule) -> set[int]:
        markers = [
            c
            for c in ctx.cues.get(what, ())
            if c.payload[1] == index
            and not any(
                t.first < c.first <= t.last and ctx.trigger_types.get(t.first) != {rule.type}
                for t in ctx.triggers
            )
        ]
        if not markers:
            return set()
        marked: set[int] = set()
        named = {i for s in ctx.places for i in range(s.first, s.last + 1)}
        for span in ctx.places:
            if any(
                after_marker(ctx.doc, c.last, span.first, named)
                and ctx.doc.tokens[c.last].sentence == span.sentence
                for c in markers
            ):
                marked.update(id(s) for s in marked_run(ctx, span, rule.type))
        return marked

    @staticmethod
    def _previous_place(
        ctx: Context,
        hit: Hit,
        rule: ClaimRule,
        named_by_noun: bool = False,
        origins: set[int] | frozenset[int] = frozenset(),
    ) -> list[PlaceSpan]:
        """When the trigger's sentence names no place: the place the paragraph was last about,
        if the sentence points back to it («Сейчас там идёт зачистка», «зашли в посёлок»);
        failing that (rules with `carry_over_pointed` only), the one place the headline names,
        if the headline is a short label («**Липці**\n\nВорог просунувся в північній
        частині села»)."""
        if not rule.carry_over:
            return []
        token = ctx.doc.tokens[hit.first]
        # (a settlement noun as its object points back: «Ворог окупував місто та просунувся …»)
        if not named_by_noun and any(
            s.sentence == token.sentence and id(s) not in origins and not in_a_title(ctx.doc, s)
            for s in ctx.places
        ):
            return []
        crossed = crossed_waters(ctx.doc, ctx.places)  # the way, not the place: «через Ялы»
        pointed = any(
            ctx.doc.tokens[c.first].sentence == token.sentence for c in ctx.cues.get("anaphora", ())
        )
        earlier = [
            span
            for span in ctx.places
            if span.last < hit.first
            and id(span) not in crossed
            and id(span) not in origins  # where the fire came from: «з того боку водосховища»
            and not came_from(ctx.doc, span.first)
            and in_reach_of_aftermath(ctx.doc, rule, span, token, pointed, ctx.trigger_types)
            and span.sentence != token.sentence
            and hit.first - span.last <= rule.carry_over
        ]
        # (not a region in an official's title: «…, сообщил губернатор Белгородской области»)
        earlier = [s for s in earlier if not in_a_title(ctx.doc, s)] or earlier
        if pointed:  # «в городе» points to a settlement, «на этом направлении» to an axis
            earlier = pointed_to(ctx, earlier, token.sentence)
        elif earlier and total_after_list(ctx, earlier, hit, rule.type):
            earlier = []  # a list's total is none of its items'
        withdrawal = rule.type == "withdrawal" and not pointed
        if withdrawal and (taken := taken_before(ctx, earlier, token.sentence)):
            return [taken]
        if earlier and (
            pointed
            or not rule.carry_over_pointed
            or topic_sentence(ctx.doc, ctx.triggers, earlier, token.sentence)
            or axis_opens(ctx.doc, earlier, token.sentence)
        ):
            return [qualified(ctx.doc, earlier)]
        end = headline_end(ctx.doc.text)
        if not rule.carry_over_pointed or token.start < end or not is_label(ctx.doc.text):
            return []
        headline = [s for s in ctx.places if s.mention.end <= end]
        return headline[:1] if len({s.mention.place_key for s in headline}) == 1 else []
