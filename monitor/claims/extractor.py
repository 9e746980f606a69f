"""Claims about the war's course: who did what where, said by whom.

`ClaimExtractor.extract` takes a post's text, the places the place matcher found in it and the
channel's side, and returns one `ClaimFinding` per (type, place, actor, stance). Rules come from
`config/claims.toml` (see `monitor.claims.rules`). For each trigger of a rule:

1. skip it in questions, after irrealis cues («может», «загроза», «готовит»), or when the rule's
   context words are missing or one of its veto words stands near;
2. pin it to the most specific place within the rule's window in the same sentence (a district or
   oblast right next to a settlement qualifies it and is not a claim of its own), then extend to
   the places listed with it («Малую Локню, Черкасское Поречное и Косицу»);
3. the actor is the nearest actor cue («ВС РФ», «ЗСУ», «наши», «ворог»; own/enemy resolved by the
   channel's side; a cue after «по», «от», «позиции» names the other side), else the rule's
   default (e.g. a strike on a Russian place is Ukraine's);
4. stance: denied after a negation or a denial cue («фейк»), reported when a source verb stands in
   the paragraph («по данным Минобороны», «заявили»), else asserted.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from monitor.claims.rules import CompiledRules, Hit
from monitor.claims.voice import (
    find_actor,
    gap,
    headline_source,
    is_nominative,
    is_noun,
    resolve,
    stance_of,
)
from monitor.config import ClaimRule, ClaimsFile
from monitor.domain import Actor, ClaimFinding, PlaceMention, Stance
from monitor.text.language import language_evidence
from monitor.text.lemmas import Doc, analyse, tokenize

PlaceInfo = Callable[[str], Any]
KIND_RANK = {
    "country": 4,
    "macro-region": 3,
    "region": 3,
    "oblast": 3,
    "krai": 3,
    "republic": 3,
    "district": 2,
    "raion": 2,
    "hromada": 2,
    "settlement": 1,
    "city": 1,
    "town": 1,
    "village": 1,
    "khutor": 1,
    "water": 1,
    "facility": 0,
    "road": 0,
}
MAX_LIST_GAP = 10
CLAUSE_MARKS = (",", "—", "–", ":", ";", "(", ")")
ELLIPTIC_REGION_ENDINGS = ("ской", "ская", "скую", "цкой", "цкая", "ської", "ська", "цької")
REGION_WORDS = ("област", "обл.", "край", "республик", "щин", "днр", "лнр")
IRREALIS_REACH = 5
SIDE_CUES = ("russian_forces", "ukrainian_forces")
AGENT_NOUN_TYPES = frozenset({"strike", "advance"})
# Words of these types often only set the scene («погибли в боях под Торецком», «при обстреле»),
# so they do not take a place away from a trigger of another type further off.
CIRCUMSTANTIAL_TYPES = frozenset({"advance", "strike"})


@dataclass(frozen=True, slots=True)
class PlaceSpan:
    mention: PlaceMention
    first: int
    last: int
    sentence: int
    rank: int
    country: str


@dataclass(slots=True)
class Context:
    """One post's analysis state shared by its triggers."""

    doc: Doc
    side: str | None
    cues: dict[str, list[Hit]]
    triggers: list[Hit]
    places: list[PlaceSpan]
    trigger_types: dict[int, set[str]]
    agent_slots: frozenset[int] = frozenset()
    # worked out on first use: most posts never need them
    road_ends: set[int] | None = None
    blockers: list[tuple[int, int, str]] | None = None
    headline_reported: bool | None = None


class ClaimExtractor:
    def __init__(self, rules: ClaimsFile, place_info: PlaceInfo | None = None) -> None:
        self._config = rules
        self._compiled = CompiledRules.compile(rules)
        self._regions = self._compiled.prefilter.regions
        self._rules: list[ClaimRule] = list(rules.rules)
        self._place_info = place_info
        self._cue_window = rules.cues.cue_window
        self._source_names: dict[str, frozenset[str]] = {
            lang: frozenset(
                lemma for word in words for lemma in (*analyse(word, lang)[1], word.casefold())
            )
            for lang, words in rules.cues.source_names.items()
        }

    def extract(
        self, text: str, mentions: list[PlaceMention], side: str | None
    ) -> list[ClaimFinding]:
        regions = self._regions(text, mentions) if text else []
        if not regions:
            return []
        scanned = self._scan(text, regions, side)
        if scanned is None:
            return []
        doc, hits, triggers = scanned
        cues: dict[str, list[Hit]] = defaultdict(list)
        for hit in hits:
            cues[hit.payload[0]].append(hit)
        types: dict[int, set[str]] = defaultdict(set)
        for hit in triggers:
            for index in range(hit.first, hit.last + 1):
                types[index].add(self._rules[hit.payload[1]].type)
        context = Context(
            doc,
            side,
            cues,
            triggers,
            self._spans(doc, mentions),
            types,
            self._agent_slots(doc, triggers),
        )
        found: dict[tuple[str, str | None, str], ClaimFinding] = {}
        questions: dict[int, bool] = {}
        for hit in self._longest(context, triggers):
            sentence = doc.tokens[hit.first].sentence
            if sentence not in questions:
                questions[sentence] = doc.sentence_ends_with_question(sentence)
            if questions[sentence]:
                continue
            for finding in self._claims_for(context, hit):
                # one actor per (type, place, stance): the best-cued reading of the post
                key = (finding.claim_type, finding.place_key, finding.stance)
                if key not in found or found[key].confidence < finding.confidence:
                    found[key] = finding
        return sorted(found.values(), key=lambda f: (f.evidence_start, f.claim_type))

    def _agent_slots(self, doc: Doc, triggers: list[Hit]) -> frozenset[int]:
        """The positions right after a one-word action noun of a strike or an advance («удар»,
        «обстрел», «наступление»): a side named there is the one acting, also for the other
        claims of the sentence («погибли в результате удара ВСУ»). Not after nouns of other
        types, whose genitive is mostly their object («ликвидация группировки ВСУ»)."""
        return frozenset(
            hit.last + 1
            for hit in triggers
            if hit.first == hit.last
            and self._rules[hit.payload[1]].type in AGENT_NOUN_TYPES
            and is_noun(doc.tokens[hit.first].form, doc.lang)
        )

    def _longest(self, ctx: Context, triggers: list[Hit]) -> list[Hit]:
        """Triggers not inside a longer trigger of another type that its rule lets stand:
        «зайти в тыл» is an infiltration, and its «зайти» no advance."""
        if all(b.first > a.last for a, b in itertools.pairwise(triggers)):
            return triggers  # no two overlap: the common case
        kept = []
        for hit in triggers:
            kind = self._rules[hit.payload[1]].type
            if not any(
                other.first <= hit.first
                and hit.last <= other.last
                and other.last - other.first > hit.last - hit.first
                and self._rules[other.payload[1]].type != kind
                and self._context_ok(ctx, other, self._rules[other.payload[1]])
                for other in triggers
            ):
                kept.append(hit)
        return kept

    def _scan(
        self, text: str, regions: list[tuple[int, int]], side: str | None
    ) -> tuple[Doc, list[Hit], list[Hit]] | None:
        """Tokens, phrase hits and trigger hits; None without a trigger. A text that shows no
        letter or word of only one language («Противник зашёл в Суджу», «Кинджал вектор
        Житомир») is read in the channel's language first, then in the other one if that finds
        no trigger. A language in which no word of `regions` can be a trigger is skipped."""
        possible = self._compiled.trigger_languages(text, regions)
        if not possible:
            return None
        evidence = language_evidence(text)
        first = evidence or ("uk" if side == "ua" else "ru")
        langs = (first,) if evidence else (first, "ru" if first == "uk" else "uk")
        for lang in langs:
            if lang not in possible:
                continue
            doc = tokenize(text, lang, ranges=regions)
            hits, triggers = self._compiled.phrases[lang].find_for_claims(doc)
            if triggers:
                return doc, hits, triggers
        return None

    # --- one trigger --------------------------------------------------------------------

    def _claims_for(self, ctx: Context, hit: Hit) -> list[ClaimFinding]:
        rule = self._rules[hit.payload[1]]
        if not self._context_ok(ctx, hit, rule) or self._near_before(
            ctx, hit, "irrealis", IRREALIS_REACH
        ):
            return []
        targets: list[PlaceSpan | None] = list(self._targets(ctx, hit, rule)) if rule.window else []
        if not targets:
            if rule.place != "optional" or (rule.window and self._has_place_nearby(ctx, hit)):
                return []
            targets = [None]
        stance = self._stance(ctx, hit)
        claim_type = rule.type
        if claim_type == "capture" and self._near(ctx, hit, "partial", self._cue_window):
            claim_type = "advance"
        findings = []
        for span in targets:
            kind = claim_type
            if (
                kind == "capture"
                and span is not None
                and rule.region_capture_is_advance
                and span.rank >= KIND_RANK["district"]
            ):
                kind = "advance"  # nobody takes a whole district or oblast in one claim
            if span is not None and _is_road(span.mention.place_key, self._info(span)):
                kind = "encirclement" if claim_type in ("capture", "advance") else claim_type
            actor, cued = self._actor(ctx, hit, rule, span)
            first = min(hit.first, span.first) if span else hit.first
            last = max(hit.last, span.last) if span else hit.last
            start, end = ctx.doc.tokens[first].start, ctx.doc.tokens[last].end
            confidence = rule.confidence * (1.0 if cued else 0.85) * (1.0 if span else 0.8)
            findings.append(
                ClaimFinding(
                    kind,
                    span.mention.place_key if span else None,
                    actor,
                    stance,
                    start,
                    end,
                    ctx.doc.text[start:end],
                    round(confidence, 3),
                )
            )
        return findings

    def _context_ok(self, ctx: Context, hit: Hit, rule: ClaimRule) -> bool:
        index = hit.payload[1]
        reach = rule.context_window
        anywhere = rule.context_scope == "post"
        if rule.context and not any(
            c.payload[1] == index and (anywhere or _within(ctx.doc, hit, c, reach))
            for c in ctx.cues["context"]
        ):
            return False
        return not any(
            c.payload[1] == index and _within(ctx.doc, hit, c, reach) for c in ctx.cues["unless"]
        )

    def _near(self, ctx: Context, hit: Hit, cue: str, reach: int) -> bool:
        return any(_within(ctx.doc, hit, c, reach) for c in ctx.cues.get(cue, ()))

    def _near_before(self, ctx: Context, hit: Hit, cue: str, reach: int) -> bool:
        """A cue up to `reach` words before the trigger, or right after it («..., если»)."""
        sentence = ctx.doc.tokens[hit.first].sentence
        return any(
            ctx.doc.tokens[c.last].sentence == sentence
            and (hit.first - reach <= c.last < hit.first or 0 < c.first - hit.last <= 2)
            for c in ctx.cues.get(cue, ())
        )

    # --- places -------------------------------------------------------------------------

    def _spans(self, doc: Doc, mentions: list[PlaceMention]) -> list[PlaceSpan]:
        starts = [token.start for token in doc.tokens]
        spans: list[PlaceSpan] = []
        taken: list[tuple[int, int]] = []
        for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
            if any(mention.start < end and start < mention.end for start, end in taken):
                continue
            first = _token_at(starts, mention.start)
            last = _token_at(starts, max(mention.start, mention.end - 1))
            info = self._info_for(mention.place_key)
            spans.append(
                PlaceSpan(
                    mention,
                    first,
                    last,
                    doc.tokens[first].sentence,
                    _rank(info, mention.surface),
                    _country(info),
                )
            )
            taken.append((mention.start, mention.end))
        return spans

    def _info_for(self, key: str) -> Any:
        if self._place_info is None:
            return None
        try:
            return self._place_info(key)
        except (KeyError, LookupError):
            return None

    def _info(self, span: PlaceSpan) -> Any:
        return self._info_for(span.mention.place_key)

    def _targets(self, ctx: Context, hit: Hit, rule: ClaimRule) -> list[PlaceSpan]:
        sentence = ctx.doc.tokens[hit.first].sentence
        index = hit.payload[1]
        if ctx.road_ends is None:
            ctx.road_ends = self._road_ends(ctx)
        origins = self._marked(ctx, "not_after", index, rule) | ctx.road_ends
        destinations = self._marked(ctx, "prefer_after", index, rule)
        candidates = []
        for span in ctx.places:
            if span.sentence != sentence and ctx.doc.tokens[span.last].sentence != sentence:
                continue
            distance = gap(hit, span.first, span.last)
            before = span.last < hit.first
            if before and rule.place_side == "after":
                continue
            if distance > rule.window or id(span) in origins:
                continue
            if before and _clause_break(ctx.doc, span.last, hit.first) and not _fronted(ctx, span):
                continue
            if self._claimed_between(ctx, hit, span, rule.type) or (
                before and self._names_a_side(ctx, span)
            ):
                continue
            preferred = 0 if id(span) in destinations else 1
            candidates.append((preferred, span.rank, distance + (0.5 if before else 0), span))
        if not candidates:
            return self._previous_place(ctx, hit, rule) or self._topic_region(ctx, hit)
        adjacent = [c for c in candidates if c[2] == 0]
        chosen = min(adjacent or candidates, key=lambda c: c[:3])[3]
        if not rule.lists:
            return [chosen]
        listed = [s for s in self._with_list(ctx, chosen, rule.type, hit) if id(s) not in origins]
        finest = min(span.rank for span in listed)
        return [span for span in listed if span.rank == finest]

    def _claimed_between(self, ctx: Context, hit: Hit, span: PlaceSpan, claim_type: str) -> bool:
        """A trigger of another type between this one and the place claims the place for
        itself: «ликвидация группировки, окружённой в районе Погребки» is an encirclement
        at Pogrebki, not a casualty there. Triggers that share a word with this one, that their
        rule vetoes, or that only set the scene (CIRCUMSTANTIAL_TYPES) do not."""
        if ctx.blockers is None:
            ctx.blockers = [
                (other.first, other.last, self._rules[other.payload[1]].type)
                for other in ctx.triggers
                if self._rules[other.payload[1]].type not in CIRCUMSTANTIAL_TYPES
                and self._context_ok(ctx, other, self._rules[other.payload[1]])
            ]
        left, right = (hit.last, span.first) if span.first > hit.last else (span.last, hit.first)
        return any(
            left < first
            and last < right
            and kind != claim_type
            and (last < hit.first or first > hit.last)
            for first, last, kind in ctx.blockers
        )

    @staticmethod
    def _names_a_side(ctx: Context, span: PlaceSpan) -> bool:
        """A capital in the nominative that is also an actor cue names a government, not a
        place: «Киев продолжает перебрасывать резервы» (but «в Киеве», «по Киеву» are places)."""
        if span.first != span.last:
            return False
        token = ctx.doc.tokens[span.first]
        return is_nominative(token.form, ctx.doc.lang) and any(
            cue.first <= span.first <= cue.last
            for name in SIDE_CUES
            for cue in ctx.cues.get(name, ())
        )

    def _marked(self, ctx: Context, what: str, index: int, rule: ClaimRule) -> set[int]:
        """Places right after a rule's marker words («з», «курсом на»), with their lists."""
        markers = [c for c in ctx.cues.get(what, ()) if c.payload[1] == index]
        if not markers:
            return set()
        marked: set[int] = set()
        for span in ctx.places:
            if any(
                span.first - c.last == 1 and ctx.doc.tokens[c.last].sentence == span.sentence
                for c in markers
            ):
                marked.update(id(s) for s in self._with_list(ctx, span, rule.type))
        return marked

    @staticmethod
    def _road_ends(ctx: Context) -> set[int]:
        """Places that name a road: up to two words (a code such as «Н15») after a road word,
        and the place joined to such a one by a dash («Суджа — Белая»)."""
        roads = ctx.cues.get("road", ())
        if not roads:
            return set()
        ends: set[int] = set()
        previous: PlaceSpan | None = None
        for span in ctx.places:
            after_road = any(
                0 < span.first - r.last <= 3 and ctx.doc.tokens[r.last].sentence == span.sentence
                for r in roads
            )
            dashed = (
                previous is not None
                and id(previous) in ends
                and span.first - previous.last == 1
                and _between(ctx.doc, previous.last, span.first) in ("-", "—", "–")
            )
            if after_road or dashed:
                ends.add(id(span))
            previous = span
        return ends

    def _topic_region(self, ctx: Context, hit: Hit) -> list[PlaceSpan]:
        """The one oblast or region the post names, for a sentence that names no place: the
        losses of a post about Kursk Oblast are Kursk Oblast's."""
        if not self._rules[hit.payload[1]].region_fallback:
            return []
        sentence = ctx.doc.tokens[hit.first].sentence
        if any(span.sentence == sentence for span in ctx.places):
            return []
        regions = {s.mention.place_key: s for s in ctx.places if s.rank >= KIND_RANK["oblast"]}
        return list(regions.values()) if len(regions) == 1 else []

    def _previous_place(self, ctx: Context, hit: Hit, rule: ClaimRule) -> list[PlaceSpan]:
        """The place the paragraph was last about, when the trigger's sentence names none."""
        if not rule.carry_over:
            return []
        token = ctx.doc.tokens[hit.first]
        earlier = [
            span
            for span in ctx.places
            if span.last < hit.first
            and ctx.doc.tokens[span.first].paragraph == token.paragraph
            and span.sentence != token.sentence
            and hit.first - span.last <= rule.carry_over
        ]
        if not earlier or any(s.sentence == token.sentence for s in ctx.places):
            return []
        return [earlier[-1]]

    def _has_place_nearby(self, ctx: Context, hit: Hit) -> bool:
        sentence = ctx.doc.tokens[hit.first].sentence
        return any(span.sentence == sentence for span in ctx.places)

    def _with_list(
        self, ctx: Context, chosen: PlaceSpan, claim_type: str, hit: Hit | None = None
    ) -> list[PlaceSpan]:
        """`chosen` and the places coordinated with it («X, Y и Z»), qualifiers left out; a
        list does not run across the trigger `hit` itself («X, Y — в сторону Z» lists Z
        alone)."""
        same = [s for s in ctx.places if s.sentence == chosen.sentence]
        position = same.index(chosen)
        result = [chosen]
        for step in (1, -1):
            current = chosen
            index = position + step
            while 0 <= index < len(same):
                other = same[index]
                left, right = (current, other) if step == 1 else (other, current)
                if not self._glued(ctx, left.last, right.first, claim_type) or (
                    hit is not None and left.last < hit.first and hit.last < right.first
                ):
                    break
                if other.rank <= chosen.rank or other.rank == current.rank:
                    result.append(other)
                    current = other
                index += step
        return sorted(result, key=lambda s: s.first)

    def _glued(self, ctx: Context, left: int, right: int, claim_type: str) -> bool:
        if right - left - 1 > MAX_LIST_GAP:
            return False
        glue = {i for c in ctx.cues.get("list_glue", ()) for i in range(c.first, c.last + 1)}
        for index in range(left + 1, right):
            types = ctx.trigger_types.get(index, set())
            if types and claim_type not in types:
                return False
            form = ctx.doc.tokens[index].form
            if not (
                form.isdigit() or index in glue or claim_type in types or _elliptic_region(form)
            ):
                return False
        return True

    # --- actor and stance ---------------------------------------------------------------

    def _actor(
        self, ctx: Context, hit: Hit, rule: ClaimRule, span: PlaceSpan | None
    ) -> tuple[Actor, bool]:
        actor = find_actor(
            ctx.doc, ctx.cues, hit, rule, ctx.side, self._cue_window, ctx.agent_slots
        )
        if actor is not None:
            return actor, True
        return _default_actor(rule.actor, span, ctx.side), False

    def _stance(self, ctx: Context, hit: Hit) -> Stance:
        if ctx.headline_reported is None:
            names = self._source_names.get(ctx.doc.lang, frozenset())
            ctx.headline_reported = bool(names) and headline_source(
                ctx.doc.text, ctx.doc.lang, names
            )
        return stance_of(ctx.doc, ctx.cues, hit, ctx.headline_reported)


# --- helpers ----------------------------------------------------------------------------


def _token_at(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return max(0, bisect_right(starts, offset) - 1)


def _fronted(ctx: Context, span: PlaceSpan) -> bool:
    """A place among the first words of its sentence («У Подільському районі, ...») is the
    sentence's topic, even across a comma."""
    return span.first <= 2 or ctx.doc.tokens[span.first - 3].sentence != span.sentence


def _clause_break(doc: Doc, left: int, right: int) -> bool:
    """True when punctuation that ends a clause stands between tokens `left` and `right`."""
    between = doc.text[doc.tokens[left].end : doc.tokens[right].start]
    return any(mark in between for mark in CLAUSE_MARKS)


def _between(doc: Doc, left: int, right: int) -> str:
    return doc.text[doc.tokens[left].end : doc.tokens[right].start].strip()


def _within(doc: Doc, hit: Hit, other: Hit, reach: int) -> bool:
    same = doc.tokens[other.first].sentence == doc.tokens[hit.first].sentence
    return same and gap(hit, other.first, other.last) <= reach and other is not hit


def _rank(info: Any, surface: str) -> int:
    kind = str(getattr(info, "kind", "") or "").lower()
    if kind in KIND_RANK:
        return KIND_RANK[kind]
    lowered = surface.casefold()
    if any(word in lowered for word in REGION_WORDS):
        return 3
    if any(word in lowered for word in ("район", "р-н", "округ", "направлен")):
        return 2
    if " " not in lowered and lowered.endswith(ELLIPTIC_REGION_ENDINGS):
        return 3  # «над Брянской и Курской»: an oblast named by its adjective alone
    return 1


def _elliptic_region(form: str) -> bool:
    """An oblast named by its adjective alone that the matcher left out: a list item
    («7 — над Белгородской, 2 — над Воронежской») the list runs through."""
    return len(form) > 6 and form.endswith(ELLIPTIC_REGION_ENDINGS)


def _country(info: Any) -> str:
    value = str(getattr(info, "country", "") or "").upper()
    if value.startswith(("RU", "RUSSIA")):
        return "RU"
    if value.startswith(("UA", "UKR")):
        return "UA"
    return ""


def _is_road(key: str, info: Any) -> bool:
    kind = str(getattr(info, "kind", "") or "").lower()
    return kind in ("road", "highway") or any(w in key.lower() for w in ("highway", "road"))


def _default_actor(default: str, span: PlaceSpan | None, side: str | None) -> Actor:
    """The rule's default actor; `own`/`enemy` need the channel's side, `by_target` the place's
    country; each falls back to the other, then to `unknown`."""
    if default in ("ru", "ua", "other", "unknown"):
        return default  # type: ignore[return-value]
    country = span.country if span else ""
    by_target: Actor | None = ("ua" if country == "RU" else "ru") if country else None
    relative = "enemy" if default in ("enemy", "by_target") else "own"
    by_side = resolve(relative, side)
    order = (by_target, by_side) if default == "by_target" else (by_side, by_target)
    return next((actor for actor in order if actor is not None), "unknown")
