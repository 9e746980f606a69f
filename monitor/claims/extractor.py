"""Claims about the war's course: who did what where, said by whom.

`ClaimExtractor.extract` takes a post's text, the places the place matcher found in it and the
channel's side, and returns one `ClaimFinding` per (type, place, actor, stance). Rules come from
`config/claims.toml` (see `monitor.claims.rules`). For each trigger of a rule:

1. skip it in questions, after irrealis cues («может», «загроза», «готовит»), or when the rule's
   context words are missing or one of its veto words stands near;
2. pin it to the places it is about (`monitor.claims.targeting`): the most specific place within
   the rule's window in the same sentence, and the places listed with it («Малую Локню и Косицу»);
3. the actor is the nearest actor cue («ВС РФ», «ЗСУ», «наши», «ворог»; own/enemy resolved by the
   channel's side; a cue after «по», «от», «позиции» names the other side), else the rule's
   default (e.g. a strike on a Russian place is Ukraine's);
4. stance: denied after a negation or a denial cue («фейк») or before a failure («но безуспешно»),
   reported when a source verb stands in the paragraph («по данным Минобороны»), else asserted.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from typing import Literal

from monitor.claims.absence import absent
from monitor.claims.agent_phrases import agent_slots
from monitor.claims.answers import answer_to
from monitor.claims.axes import axes_yield
from monitor.claims.back_references import named_again, noun_marks
from monitor.claims.codes import written_as_a_trigger
from monitor.claims.company import context_ok
from monitor.claims.continuation import continued
from monitor.claims.failure import failures_deny
from monitor.claims.history import other_war
from monitor.claims.kinds import kind_at, partial_at, partial_cues
from monitor.claims.links import evidence_from, still_read, without_links
from monitor.claims.momentum import carry_the_side
from monitor.claims.morphology import (
    is_first_person_verb,
    joined_before,
    second_predicate,
    voice_fits,
)
from monitor.claims.no_longer import held_no_longer, without_negation
from monitor.claims.qualifiers import qualifiers_give_way
from monitor.claims.ranks import headline_end, is_label, with_list_items
from monitor.claims.relay import credits_of, relay_side, source_lemmas, voice_of
from monitor.claims.rules import CompiledRules, Hit
from monitor.claims.scene import (
    air_report,
    civil_scene,
    hypothetical,
    place_subject,
    property_harmed,
)
from monitor.claims.sentence_end import ends_sentence
from monitor.claims.sides import (
    at_home,
    cue_table,
    default_actor,
    qualifier_actor,
    relayed_actor,
    told_actor,
)
from monitor.claims.spans import (
    ClaimKey,
    Context,
    PlaceSpan,
    placed_over_placeless,
    trigger_types,
    within,
)
from monitor.claims.standing import object_of_verb, repelled
from monitor.claims.subject_before import side_of_the_subject_before
from monitor.claims.targeting import PlaceLookup, Targeting
from monitor.claims.tense import future_tense
from monitor.claims.victims import VICTIM_STEPS, read_for_victims
from monitor.claims.voice import (
    Cues,
    credit_line,
    find_actor,
    headline_source,
    resolve,
    source_side,
    stance_of,
)
from monitor.config import ClaimRule, ClaimsFile
from monitor.domain import Actor, ClaimFinding, PlaceMention, Stance
from monitor.text.language import language_evidence
from monitor.text.lemmas import Doc, tokenize

# A finding's confidence is its rule's, times these when no actor cue was found (the rule's
# default actor) and when the rule found no place.
UNCUED = 0.85
PLACELESS = 0.8
# How many lines after a headline that names a place may take that place for their claims.
HEADLINE_LINES = 3


class ClaimExtractor:
    def __init__(
        self,
        rules: ClaimsFile,
        place_lookup: PlaceLookup | None = None,
        on_front: Callable[[str], bool] | None = None,
        held: Callable[[str], bool] | None = None,
    ) -> None:
        self._config = rules
        self._compiled = CompiledRules.compile(rules)
        self._rules: list[ClaimRule] = list(rules.rules)
        self._targeting = Targeting(self._rules, place_lookup, on_front, held)
        self._kind_of = place_lookup or (lambda key: None)
        self._cue_window = rules.cues.cue_window
        self._carries = any(rule.carry_over_pointed for rule in self._rules)
        self._credits = credits_of(
            {name: getattr(rules.cues, name) for name in ("ukrainian_sources", "russian_sources")}
        )
        self._source_names = source_lemmas(rules.cues.source_names)

    def extract(
        self, text: str, mentions: list[PlaceMention], side: str | None
    ) -> list[ClaimFinding]:
        post, text = text, without_links(text)
        mentions = still_read(post, text, mentions)
        marked = [*self._with_headline(text, mentions), *noun_marks(text, mentions)]
        regions, aside = self._compiled.prefilter.read(text, marked) if text else ([], [])
        if not regions:
            return []
        if regions[0][0] > headline_end(text) and self._headline_place(text, mentions):
            regions.insert(0, (0, headline_end(text)))
        regions = with_list_items(text, regions)
        scanned = self._scan(text, regions, side)
        if scanned is None:
            return []
        doc, hits, triggers = scanned
        triggers = [t for t in triggers if self._stands(doc, t)]  # see `_stands`
        hits, triggers = read_for_victims(doc, hits, triggers, aside, self._compiled.reads_before)
        spans = self._targeting.spans(doc, named_again(doc, mentions, self._kind_of))
        cues = cue_table(hits, doc, spans)
        types = trigger_types(triggers, lambda index: self._rules[index].type)
        slots = agent_slots(doc, triggers, self._rules, cues.get("air_weapons", ()))
        context = Context(doc, side, cues, triggers, spans, types, slots, victims_lines=aside)
        found, uncued = self._best_claims(context)
        for step in VICTIM_STEPS:
            step(context, found, uncued)
        carry_the_side(context, found, uncued)
        side_of_the_subject_before(context, found, uncued)
        qualifiers_give_way(context, found)
        failures_deny(context, found)
        findings = [*found.values(), *continued(context, list(found.values()))]
        return evidence_from(
            post, text, sorted(findings, key=lambda f: (f.evidence_start, f.claim_type))
        )

    def _stands(self, doc: Doc, trigger: Hit) -> bool:
        """A sentence-final word elsewhere is no trigger at all («оставалось всего 2 км»), nor
        is an active form where a rule reads passives, nor a noun after «без» («оставили без
        боя», «обошлось без жертв»: the thing did not happen), nor a quoted name but a weapon's
        («драма «Наступление»», not «Ночью «Герани» по Харькову»)."""
        rule = self._rules[trigger.payload[1]]
        return (
            (not rule.sentence_end or ends_sentence(doc, trigger, rule.sentence_end == "clause"))
            and not (rule.sentence_end and object_of_verb(doc, trigger))
            and not repelled(doc, trigger)
            and voice_fits(doc, trigger, rule.passive_only, rule.active_only)
            and not absent(doc, trigger.first)
            and written_as_a_trigger(doc, trigger.first, rule)
        )

    def _best_claims(self, context: Context) -> tuple[dict[ClaimKey, ClaimFinding], set[ClaimKey]]:
        """One claim per (type, place, stance), the best-cued reading of the post, and the keys
        of those whose actor no cue named."""
        found: dict[ClaimKey, ClaimFinding] = {}
        uncued: set[ClaimKey] = set()
        # a question's sentence → the stance its answer gives it, "" when it has none
        questions: dict[int, Stance | Literal[""] | None] = {}
        placed: list[ClaimFinding] = []  # every placed reading, kept or not
        doc = context.doc
        for hit in self._longest(context, context.triggers):
            sentence = doc.tokens[hit.first].sentence
            if sentence not in questions:
                asked = doc.sentence_ends_with_question(sentence)
                questions[sentence] = (answer_to(doc, sentence) or "") if asked else None
            answer = questions[sentence]
            if answer == "":
                continue
            for finding, cued in self._claims_for(context, hit):
                if answer is not None and finding.stance == "asserted":
                    # (a report or a denial the question relays keeps its own stance)
                    finding = replace(finding, stance=answer)
                if finding.place_key is not None:
                    placed.append(finding)
                key = (finding.claim_type, finding.place_key, finding.stance)
                if key not in found or found[key].confidence < finding.confidence:
                    found[key] = finding
                    uncued.discard(key)
                    if not cued:
                        uncued.add(key)
        return axes_yield(context, placed_over_placeless(found, placed)), uncued

    def _headline_place(self, text: str, mentions: list[PlaceMention]) -> bool:
        """Whether the post's headline is a short label naming one place, which a later claim
        may take (`Targeting` decides)."""
        if not self._carries or not mentions or not is_label(text):
            return False
        end = headline_end(text)
        return len({m.place_key for m in mentions if m.end <= end}) == 1

    def _with_headline(self, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """`mentions`, and when the headline names one place, that place again at the start of
        the next `HEADLINE_LINES` lines with text, so the prefilter reads their triggers too."""
        if not self._headline_place(text, mentions):
            return mentions
        first = next(m for m in mentions if m.end <= headline_end(text))
        extra: list[PlaceMention] = []
        position = headline_end(text)
        while len(extra) < HEADLINE_LINES and position < len(text):
            start = position + 1
            position = text.find("\n", start)
            position = len(text) if position < 0 else position
            if text[start:position].strip():
                extra.append(replace(first, start=start, end=start))
        return [*mentions, *extra]

    def _longest(self, ctx: Context, triggers: list[Hit]) -> list[Hit]:
        """Triggers not inside a longer trigger of another type that its rule lets stand:
        «зайти в тыл» is an infiltration, and its «зайти» no advance."""
        if all(b.first > a.last for a, b in itertools.pairwise(triggers)):
            return triggers  # no two overlap: the common case
        kept = []
        for hit in triggers:
            kind = self._rules[hit.payload[1]].type
            if self._yields_to_a_place(ctx, hit, triggers):
                continue
            if not any(
                other.first <= hit.first
                and hit.last <= other.last
                and other.last - other.first > hit.last - hit.first
                and self._rules[other.payload[1]].type != kind
                and context_ok(ctx, other, self._rules[other.payload[1]])
                and not self._yields_to_a_place(ctx, other, triggers)
                for other in triggers
            ):
                kept.append(hit)
        return kept

    def _yields_to_a_place(self, ctx: Context, hit: Hit, triggers: list[Hit]) -> bool:
        """A placeless trigger (window 0: «ворог атакував» as an attack on the whole country)
        in a sentence that names a place gives way to a trigger of another type inside it
        that holds there: «Ворог атакував поблизу Липців» is a ground attack on Lyptsi."""
        rule = self._rules[hit.payload[1]]
        if rule.window or rule.place != "optional" or not ctx.place_nearby(hit):
            return False
        return any(
            hit.first <= other.first
            and other.last <= hit.last
            and other is not hit
            and self._rules[other.payload[1]].type != rule.type
            and context_ok(ctx, other, self._rules[other.payload[1]])
            for other in triggers
        )

    def _scan(
        self, text: str, regions: list[tuple[int, int]], side: str | None
    ) -> tuple[Doc, list[Hit], list[Hit]] | None:
        """Tokens, phrase hits and trigger hits; None without a trigger. A text that shows no
        letter or word of only one language («Противник зашёл в Суджу», «Кинджал вектор
        Житомир») is read in the channel's language first, then in the other one if that finds
        no trigger. A language in which no word of `regions` can be a trigger is skipped."""
        evidence = language_evidence(text)
        first = evidence or ("uk" if side == "ua" else "ru")
        langs = (first,) if evidence else (first, "ru" if first == "uk" else "uk")
        words = self._compiled.prefilter.words_in(text, regions)
        for lang in langs:
            # the second language is looked at only when the first one found no trigger
            if not self._compiled.prefilter.triggers[lang].any_of(words):
                continue
            phrases = self._compiled.phrases[lang]
            if not phrases.may_trigger(words):
                continue  # no trigger phrase has all its words here
            doc = tokenize(text, lang, ranges=regions, lexicon=phrases.lexicon)
            hits, triggers = phrases.find_for_claims(doc)
            if triggers:
                return doc, hits, triggers
        return None

    # --- one trigger --------------------------------------------------------------------

    def _claims_for(self, ctx: Context, hit: Hit) -> list[tuple[ClaimFinding, bool]]:
        """The hit's claims, each with whether a cue in the text named its actor."""
        rule = self._rules[hit.payload[1]]
        if (
            not context_ok(ctx, hit, rule)
            or hypothetical(ctx, hit)
            or (
                rule.type == "casualties"
                and (property_harmed(ctx.doc, ctx.cues, hit) or place_subject(ctx, hit))
            )
            # a forecast; an evacuation is announced ahead («жителей отселят»)
            or (rule.type != "evacuation" and future_tense(ctx.doc, hit))
            or civil_scene(ctx.cues, ctx.doc, hit, rule.household_gas, rule.type)
            or other_war(ctx.doc, hit, ctx.places)
        ):
            return []
        targets: list[PlaceSpan | None] = (
            list(self._targeting.targets(ctx, hit, rule)) if rule.window else []
        )
        if not targets:
            if rule.place != "optional" or (rule.window and ctx.place_nearby(hit)):
                return []
            targets = [None]
        ended = rule.type == "capture" and held_no_longer(ctx.doc, ctx.cues, ctx.places, hit)
        stance = self._stance(ctx, hit, without_negation(ctx.cues) if ended else ctx.cues)
        claim_type = "strike" if rule.air_report_strike and air_report(ctx) else rule.type
        claim_type = "withdrawal" if ended else claim_type
        partial = self._partial(ctx, hit, targets) if claim_type == "capture" else []
        findings = []
        for span in targets:
            kind = kind_at(ctx, hit, rule, partial_at(ctx, partial, span, claim_type, hit), span)
            actor, cued = told_actor(
                *self._actor(ctx, hit, rule, span), stance, kind, claim_type, span, ctx.side
            )
            if at_home(span, actor, rule.foreign_ground):
                continue  # «позиции ВСУ в Запорожской области», «наши держат позиции под Суджей»
            # a place carried over from another sentence is not part of the evidence
            near = span is not None and span.sentence == ctx.doc.tokens[hit.first].sentence
            first = min(hit.first, span.first) if span and near else hit.first
            last = max(hit.last, span.last) if span and near else hit.last
            start, end = ctx.doc.tokens[first].start, ctx.doc.tokens[last].end
            confidence = rule.confidence * (1.0 if cued else UNCUED) * (1.0 if span else PLACELESS)
            findings.append(
                (
                    ClaimFinding(
                        kind,
                        span.mention.place_key if span else None,
                        actor,
                        stance,
                        start,
                        end,
                        ctx.doc.text[start:end],
                        round(confidence, 3),
                    ),
                    cued,
                )
            )
        return findings

    def _partial(self, ctx: Context, hit: Hit, targets: list[PlaceSpan | None]) -> list[Hit]:
        """The partial-control cues near («на окраине», «частично»), in the trigger's own
        clause: not «взяли X та закріпилися на околицях Y» (the outskirts are the second
        verb's), nor «продвинулись в восточной части X и полностью заняли Y» (the first verb's
        part, before «и» and a trigger whose places follow it)."""
        ahead = all(span is not None and span.first > hit.last for span in targets)
        return [
            c
            for c in partial_cues(ctx)
            if within(ctx.doc, hit, c, self._cue_window)
            and not any(
                second_predicate(ctx.doc, hit.last, verb) for verb in range(hit.last + 2, c.first)
            )
            and not (ahead and c.last < hit.first and joined_before(ctx.doc, c.last, hit.first))
        ]

    # --- actor and stance ---------------------------------------------------------------

    def _actor(
        self, ctx: Context, hit: Hit, rule: ClaimRule, span: PlaceSpan | None
    ) -> tuple[Actor, bool]:
        # a relayed report speaks in its source's voice: its «противник» is the source's enemy
        side = voice_of(ctx.doc, ctx.cues, hit, ctx.side, self._credits)
        qualified = qualifier_actor(ctx.doc, ctx.cues, hit, span, side, rule.actor)
        if qualified is not None:
            return qualified
        starts = frozenset(place.first for place in ctx.places)
        actor = find_actor(
            ctx.doc, ctx.cues, hit, rule, side, self._cue_window, ctx.agent_slots, starts
        )
        if actor is not None:
            return actor, True
        if rule.cue_role != "patient" and rule.actor in ("own", "cue", "attacker"):
            # the text names the side in its source («Минобороны РФ заявило …»): not the
            # channel's side (see `relayed_actor`)
            relayed = source_side(ctx.doc, ctx.cues, hit, side)
            if relayed is not None:
                return relayed_actor(ctx.doc, hit, rule.actor, span, relayed), False
        own = resolve("own", side) if rule.type == "withdrawal" else None
        if own is not None and is_first_person_verb(ctx.doc.tokens[hit.first].form, ctx.doc.lang):
            return own, False  # «Из-под Киева уходим»: the author's side withdraws
        return default_actor(rule.actor, span, side, rule.type), False

    def _stance(self, ctx: Context, hit: Hit, cues: Cues) -> Stance:
        if ctx.headline_reported is None:
            names = self._source_names.get(ctx.doc.lang, frozenset())
            ctx.headline_reported = (
                bool(names) and headline_source(ctx.doc.text, ctx.doc.lang, names)
            ) or credit_line(ctx.doc.text)
        stance = stance_of(ctx.doc, cues, hit, ctx.headline_reported)
        if stance == "asserted" and relay_side(ctx.doc, ctx.cues, hit) is not None:
            return "reported"
        return stance
