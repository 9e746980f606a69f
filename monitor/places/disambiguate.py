"""Decide what each matched surface form means, from the text around it and the whole post.

A match is kept or dropped, and one of its candidate places chosen, by general rules:
* ordinary words (сумы, Мирный, Белая) count only capitalised, not in quotes, not as the first
  word of a longer proper name («Белая Дача»), and not sentence-initially unless the post
  supports them;
* bare adjectives of regions and districts («курской», «Глушковского») count lowercase in a
  noun phrase, or capitalised next to a region noun or a list of regions, never next to a
  street, station or metro word («На Курской» in Moscow);
* Latin spellings count capitalised and outside links;
* small villages known only from a settlement list need support: their region or district
  named in the post, or a preposition of place before them;
* among namesakes the one whose oblast or district the post names wins, then the one near the
  post's other places, then the better-known one (theatre list, city over village); villages
  still tied take the channel's recent places when it passes them (`recent`), then in a post
  about the war the one on the front line (`front`), else abstain.

The words these rules read are in `cues`; the facts about the text around one match (in a list?
next to a person's name?) are worked out by `context.MatchContext`, and the rules for a name or
an adjective on its own are in `plausible`.
"""

from __future__ import annotations

from operator import itemgetter

from monitor.places import reasons
from monitor.places.city_or_region import CityOrRegion
from monitor.places.confidence import COMMON_WORD_PENALTY as PENALTY
from monitor.places.confidence import (
    CONFIDENCE_FLOOR,
    Scored,
    confidence,
    one_raion,
    tied_readings,
    undecided,
)
from monitor.places.context import Match, MatchContext
from monitor.places.cues import (
    AREA_NOUN_AFTER,
    BLOCK_AFTER,
    BLOCK_BEFORE,
    DISTRICT_NOUN_AFTER,
    LINK_AFTER,
    LINK_BEFORE,
    government_before,
    grouping_before,
    hashtag,
    quote_before,
    region_reading_first,
)
from monitor.places.form_facts import FormFacts, FormFactsCache
from monitor.places.front import FrontLine
from monitor.places.place_info import PlaceInfo
from monitor.places.plausible import reading_plausible
from monitor.places.post_context import (
    PostContext,
    in_region_after,
    region_qualifier,
    region_right_after,
    why_supported,
)
from monitor.places.ranking import city_over_namesake, raions_tell_apart, score, silent
from monitor.places.recent import ChannelMemory, settle_tie
from monitor.places.shared import SETTLEMENT_KINDS, lone_village, with_shared_areas
from monitor.places.surfaces import ADJ, AXIS, LATIN, NAME, Candidate
from monitor.places.word_classes import name_asked
from monitor.text.normalize import Normalized

# A namesake read at least this surely anchors the post's other namesakes (a second pass): a
# better-known namesake of a front town («Авдеевки», 0.89) is as good an anchor as any
SURE = 0.85


def _district_asked(ctx: MatchContext, scored: list[Scored]) -> bool:
    """A district noun after the form asks for its district reading («над Раменским городским
    округом»), unless only a town of the name lies where the post is («в Раменском и Жуковском
    округах Подмосковья»: the town Zhukovsky, not Bryansk Oblast's district)."""
    if DISTRICT_NOUN_AFTER.match(ctx.after) is None:
        return False
    supported = {cand.kind for _, cand, sup in scored if sup}
    return ADJ in supported or NAME not in supported


def _region_named(facts: FormFacts, t: str, end: int) -> tuple[str, int] | None:
    """The region a form of several places names whichever it means (`FormFacts.shared_region`:
    «Запорожском», the oblast or its raion), or its adjectives do before an area noun («на
    Сумском направлении», though a village is named Сумське): with its first region reading."""
    if facts.shared_region is None and AREA_NOUN_AFTER.match(t, end):
        return facts.adjective_region
    return facts.shared_region


class Resolver:
    def __init__(self, places: list[PlaceInfo], front: FrontLine | None = None) -> None:
        self.places = places
        self.front = front
        self.facts = FormFactsCache(places)
        self.regions: dict[str, int] = {}  # a region's name: its first place
        for index, place in enumerate(places):
            if place.kind == "region" and place.own_region:
                self.regions.setdefault(place.own_region, index)
        self.city_or_region = CityOrRegion(places, self.regions)

    def resolve(
        self,
        text: str,
        norm: Normalized,
        matches: list[Match],
        side: str | None,
        recent: ChannelMemory | None = None,
    ) -> list[Match]:
        t = norm.text
        # the matches worth deciding: all but lowercase forms that count only capitalised
        # (`needs_capital`), which are no places of the post either («лінію зіткнення»)
        live = []
        offsets = norm.offsets
        for index, match in enumerate(matches):
            if offsets is None:
                start = match.o_start = match.start
                match.o_end = match.end
            else:
                start = match.o_start = offsets[match.start]
                match.o_end = offsets[match.end - 1] + 1
            if not match.entry.capital_only or text[start : start + 1].isupper():
                live.append(index)
        if not live:
            return []
        post = self._post_context([matches[i] for i in live], t)
        posts = with_shared_areas(t, matches, post, self.places, text)
        kept: dict[int, Match] = {}
        for index in live:
            ctx = MatchContext(text, t, matches[index], matches, index)
            if self._decide(ctx, posts[index], side, recent):
                kept[index] = matches[index]
        self._second_pass(text, t, matches, live, kept, post, side, recent)
        found = [kept[index] for index in sorted(kept)]
        if self.front is not None:
            self.front.settle(t, found, post.anchors)
        return found

    def _second_pass(
        self,
        text: str,
        t: str,
        matches: list[Match],
        live: list[int],
        kept: dict[int, Match],
        post: PostContext,
        side: str | None,
        recent: ChannelMemory | None,
    ) -> None:
        """Namesakes and word-like names read with confidence anchor the ones read without,
        which are decided again (`kept` updated): «в Гуляйполі та окупував Успенівку» is the
        Uspenivka near Huliaipole, «на Харківському напрямку … поблизу Тихого» the Tykhe of
        Kharkiv Oblast."""
        unsure = [
            i for i in live if len(matches[i].entry.candidates) > 1 or matches[i].entry.common
        ]
        if not unsure:
            return
        sure = self._sure_namesakes(kept)
        if not sure:  # most posts: nothing to anchor the others
            return
        unsure = [i for i in unsure if i not in sure]
        if not unsure:
            return
        # a place does not vouch for another mention of itself («удар по Пальмире … в городе
        # Пальмира»: one Ukrainian village's name twice is no context)
        facts, places = self.facts, self.places
        open_keys = {places[p].key for i in unsure for p in facts(matches[i].entry).places}
        sure = {i: info for i, info in sure.items() if info.key not in open_keys}
        if not (sure and unsure):
            return
        for index, info in sure.items():
            post.anchors.append(info)
            if info.kind in ("region", "macro-region") and info.own_region:
                post.add(post.regions, info.own_region, info)
            elif info.oblast and info.kind in SETTLEMENT_KINDS:
                post.add(post.regions, info.oblast, info)
                chosen = kept[index].chosen
                if info.hromada and chosen is not None and chosen.kind in (AXIS, ADJ):
                    post.hromadas.add(info.hromada)  # «в Лиманской громаде»
        post.supports.clear()  # worked out without the new anchors
        post.scores.clear()
        posts = with_shared_areas(t, matches, post, self.places, text)
        for index in unsure:
            ctx = MatchContext(text, t, matches[index], matches, index)
            if self._decide(ctx, posts[index], side, recent):
                kept[index] = matches[index]
            else:
                kept.pop(index, None)

    def _sure_namesakes(self, kept: dict[int, Match]) -> dict[int, PlaceInfo]:
        """The kept matches the first pass could not take as anchors that are sure now:
        namesakes read with confidence (less a word's penalty: «Київ»), and names that are also
        words but name one place only («Вовчанська»), once read as places. Their places."""
        return {
            index: self.places[m.chosen.place]
            for index, m in kept.items()
            if m.chosen is not None
            and (
                (len(m.entry.candidates) > 1 and m.confidence >= SURE - m.entry.common * PENALTY)
                or (len(m.entry.candidates) == 1 and m.entry.common)
            )
        }

    def _post_context(self, matches: list[Match], t: str) -> PostContext:
        """Regions and districts the post names, and its unambiguous places (`t`: the
        normalised text)."""
        post = PostContext(set(), set(), [])
        for match in matches:
            if match.entry.common:
                continue
            candidates = match.entry.candidates
            if len(candidates) == 1:
                place = candidates[0].place
            else:
                facts = self.facts(match.entry)
                if len(facts.places) != 1:
                    shared = _region_named(facts, t, match.end)
                    if shared is not None:
                        post.add(post.regions, shared[0], self.places[shared[1]])
                    continue
                place = facts.places[0]
            info = self.places[place]
            post.anchors.append(info)
            if info.kind in ("region", "macro-region") and info.own_region:
                post.add(post.regions, info.own_region, info)
            elif info.kind == "district" and info.own_region:
                post.add(post.districts, info.own_region, info)
                if info.oblast:
                    post.add(post.regions, info.oblast, info)
            elif info.oblast and info.kind in SETTLEMENT_KINDS:
                post.add(post.regions, info.oblast, info)
                kind = match.entry.candidates[0].kind
                if info.district and kind == AXIS:
                    # an axis is an area, not a point: «на Кураховском направлении: в
                    # Елизаветовке» is the Yelyzavetivka of Kurakhove's raion
                    post.add(post.districts, info.district, info)
                if info.hromada and kind in (AXIS, ADJ):
                    # and its town's hromada first («Лиманское направление: у Новоселовки»),
                    # as a hromada named by its seat's adjective («в Лиманской громаде»)
                    post.hromadas.add(info.hromada)
        return post

    def _decide(
        self, ctx: MatchContext, post: PostContext, side: str | None, recent: ChannelMemory | None
    ) -> bool:
        match, before, after = ctx.match, ctx.before, ctx.after
        if (before.endswith(LINK_BEFORE) and not hashtag(before)) or after.startswith(LINK_AFTER):
            return False  # inside a link, a handle or a longer hashtag
        if BLOCK_BEFORE.search(before) or BLOCK_AFTER.match(after) or ctx.street_title:
            return False  # a street, a station, the metro
        scored = city_over_namesake(self._ranked(ctx, post, side), self.places, post)
        _, best, supported = scored[0]
        info = self.places[best.place]
        supported = supported and not lone_village(info, post, ctx, best.kind == LATIN)
        if info.kind == "facility" and ctx.facility:
            why = why_supported(info, post)
            return self._accept(match, best, scored, why, ctx.capital, reasons.AIRFIELD)
        if quote_before(before) and ctx.facility:
            return False  # «аэродрома "Суджа"»: the name of a facility the gazetteer lacks
        if not reading_plausible(
            match, best.kind, info, ctx, supported, post.regions, len(scored), post.named
        ):
            return False
        if grouping_before(before) or ctx.on_streets:
            return False  # a military grouping named after a place, «ОТУ «Донецьк»»; streets
        if government_before(before) or self._region_denies(ctx, scored):
            return False  # «подконтрольном Киеву»: the government; a namesake elsewhere
        why = why_supported(info, post)
        best, why = self.city_or_region.reading(ctx, best, info, why)
        self._accept(match, best, scored, why, ctx.capital, "")
        match.by_prior = len(scored) > 1 and not supported and best.kind == NAME
        if undecided(scored, self.places) and not (
            one_raion(match, scored, self.places, post.districts)
            or settle_tie(match, scored, self.places, recent)
        ):
            # namesakes nothing in the post (nor the channel's memory) tells apart: abstain
            match.confidence = CONFIDENCE_FLOOR
            match.reason += f"; {reasons.UNDECIDED}"
            match.tied = in_region_after(ctx, self.places, tied_readings(scored))
        return True

    def _region_denies(self, ctx: MatchContext, scored: list[Scored]) -> bool:
        """Whether the region named right after a settlement's name (no comma between: «в
        Киеве, Киевской … областях» lists) holds none of its readings: a namesake the gazetteer
        lacks («село Ивановка Амурской области», «Красноармейск (Саратовская область)» is not
        Pokrovsk)."""
        places = self.places
        if scored[0][1].kind != NAME or places[scored[0][1].place].kind not in SETTLEMENT_KINDS:
            return False
        region = region_right_after(ctx, places)
        return region is not None and all(
            places[c.place].oblast != region and places[c.place].own_region != region
            for _, c, _ in scored
        )

    def _ranked(self, ctx: MatchContext, post: PostContext, side: str | None) -> list[Scored]:
        """Candidates best first: the airfield, the adjective or the name the context asks for,
        then by score."""
        places = self.places
        candidates = ctx.match.entry.candidates
        if len(candidates) == 1:
            cand = candidates[0]
            value, supported = score(places[cand.place], post, side, cand.lang, namesake=False)
            return [(value, cand, supported)]
        facts = self.facts(ctx.match.entry)
        ranked: tuple[Scored, ...] | None = None
        if silent(facts.oblasts, facts.districts, facts.lat_span, post, facts.hromadas):
            in_order, ranked = facts.base.scored(side)  # no reading gains from the post
            scored = list(in_order)
        else:
            scored = self._scored(candidates, post, side)
        kinds, place_kinds = facts.kinds, facts.place_kinds
        # a kind of form put first orders only forms of mixed kinds (else: by score, stably)
        mixed = len(kinds) > 1
        # (a district noun after asks for the district: «над Раменским городским округом»)
        adjective_first = (
            mixed and ADJ in kinds and (not ctx.capital or _district_asked(ctx, scored))
        )
        name_first = mixed and NAME in kinds and name_asked(ctx)
        facility_first = "facility" in place_kinds and ctx.facility
        water_first = "water" in place_kinds and ctx.river_reading(place_kinds)
        # a river shares its bare name with towns («в Десне», «Удар по Десне»): the town,
        # unless a river word stands before («переправа через Десну») or boats after
        # («через Днепр на лодках»)
        water_last = "water" in place_kinds and len(place_kinds) > 1 and not water_first
        name = ctx.t[ctx.match.start : ctx.match.end]
        region_first = region_reading_first(name, ctx.before, ctx.after, place_kinds)
        qualifier = region_qualifier(ctx, scored, places)
        if not (
            facility_first
            or water_first
            or water_last
            or region_first
            or adjective_first
            or name_first
            or qualifier
        ):
            if ranked is not None:
                return list(ranked)
            scored.sort(key=itemgetter(0), reverse=True)  # stable too: by score alone
            return scored
        scored.sort(
            key=lambda x: (
                -(facility_first and places[x[1].place].kind == "facility"),
                -(water_first and places[x[1].place].kind == "water"),
                water_last and places[x[1].place].kind == "water",
                -(region_first and places[x[1].place].kind == "region"),
                -(qualifier is not None and places[x[1].place].oblast == qualifier),
                -(adjective_first and x[1].kind == ADJ),
                -(name_first and x[1].kind == NAME),
                -x[0],
            )
        )
        return scored

    def _scored(
        self, candidates: tuple[Candidate, ...], post: PostContext, side: str | None
    ) -> list[Scored]:
        """Each reading's score in this post, in candidate order (kept per post)."""
        places, scores = self.places, post.scores
        scored: list[Scored] = []
        namesake = raions_tell_apart(candidates, places, post)
        for cand in candidates:
            key = (cand.place, cand.lang)
            found = scores.get(key)
            if found is None:
                info = places[cand.place]
                found = scores[key] = score(info, post, side, cand.lang, namesake)
            scored.append((found[0], cand, found[1]))
        return scored

    def _accept(
        self,
        match: Match,
        best: Candidate,
        scored: list[Scored],
        why: str,
        capital: bool,
        note: str,
    ) -> bool:
        why = f"{why}, {note}" if why and note else why or note
        match.chosen, match.tied = best, ()
        match.confidence = confidence(scored, capital, match.entry.common)
        parts = [reasons.form(best.lang, best.kind)]
        places = len(self.facts(match.entry).places) if len(scored) > 1 else 1  # in `scored`
        if places > 1:
            parts.append(reasons.namesakes(places))
        if why:
            parts.append(why)
        if match.entry.common:
            parts.append(reasons.COMMON_WORD)
        match.reason = "; ".join(parts)
        return True
