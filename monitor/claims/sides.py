"""A claim's side where no cue names it: the rule's default (own, enemy, by the place's
country); and whether a side holds ground at home (`foreign_ground` rules claim only abroad)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from monitor.claims.landmarks import heads_its_item
from monitor.claims.morphology import (
    SETTLEMENT_NOUNS,
    heads_to,
    is_adjective,
    is_first_person_verb,
    is_instrumental,
    is_nominative,
    is_participle,
)
from monitor.claims.rules import Hit
from monitor.claims.spans import Context, PlaceSpan
from monitor.claims.voice import FORCE_CUES, resolve
from monitor.domain import Actor
from monitor.text.labels import opens_a_label
from monitor.text.lemmas import Doc, morph_analyzer

# Cues that name a side relative to the channel («наши», «ворог», «захисники»)
RELATIVE_FORCES = ("own_forces", "enemy_forces")
NAMED_FORCES = ("russian_forces", "ukrainian_forces")


def _relative_after_adjectives(cues: dict[str, list[Hit]], doc: Doc) -> None:
    """Drop, in place, the relative forces right after a named side's adjective («Російські
    штурмовики»), and the own side's troops next to the enemy's word («Ворожі штурмовики»,
    «Штурмовики противника»)."""
    named_ends = {h.last for name in NAMED_FORCES for h in cues.get(name, ())}
    enemy_ends = {h.last for h in cues.get("enemy_forces", ())}
    enemy_starts = {h.first for h in cues.get("enemy_forces", ())}
    for name in RELATIVE_FORCES if named_ends or enemy_ends else ():
        ends = named_ends | enemy_ends if name == "own_forces" else named_ends
        starts = enemy_starts if name == "own_forces" else set()
        cues[name] = [
            hit
            for hit in cues.get(name, ())
            if not (
                (hit.first - 1 in ends and _spaced(doc, hit.first - 1))
                or (hit.last + 1 in starts and _spaced(doc, hit.last))
            )
        ]


def _spaced(doc: Doc, index: int) -> bool:
    """Whether only spaces stand between token `index` and the next one."""
    return doc.text[doc.tokens[index].end : doc.tokens[index + 1].start].isspace()


def cue_table(
    hits: Iterable[Hit], doc: Doc, places: Iterable[PlaceSpan] = ()
) -> dict[str, list[Hit]]:
    """The cue hits by cue name. A force's word inside a longer name of a force of another side
    names none: «Легион свободы России» fights for Ukraine, its «России» is no Russian force;
    nor does a relative one right after a side's adjective: «Російські штурмовики»."""
    cues: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        cues[hit.payload[0]].append(hit)
    _relative_after_adjectives(cues, doc)
    # a capital the matcher read as the place in an oblique case («на окраине Киева»), a
    # report's label («📍 Киев — прилёты») or a country's territory («над территорией России»)
    # names no side («Киев продолжает …» does)
    placed = {(span.first, span.last) for span in places}
    for name in NAMED_FORCES:
        cues[name] = [
            hit
            for hit in cues.get(name, ())
            if not (
                (
                    (hit.first, hit.last) in placed
                    and not is_nominative(doc.tokens[hit.first].form, doc.lang)
                )
                or label(doc, hit.first, hit.last)
                or territory_of(doc, hit.first)
                or named_besides(doc, hit.first)
                # «направление — Киев»: where a weapon heads (not «на Торецькому напрямку
                # окупанти»: an axis, then who acts there)
                or (
                    hit.first > 0
                    and heads_to(doc, hit.first)
                    and doc.tokens[hit.first - 1].form not in AXIS_AT
                )
            )
        ]
    forces = [h for name in FORCE_CUES for h in cues.get(name, ())]
    for name in FORCE_CUES if len(forces) > 1 else ():
        cues[name] = [
            hit
            for hit in cues[name]
            if not any(
                other.payload[0] != name
                and other.first <= hit.first
                and hit.last <= other.last
                and other.last - other.first > hit.last - hit.first
                for other in forces
            )
        ]
    # the author's own «констатирую», «зазначимо», «нужно отметить» relay no source
    cues["reported"] = [h for h in cues.get("reported", ()) if not _authors_word(doc, h)]
    return cues


def _authors_word(doc: Doc, hit: Hit) -> bool:
    """Whether a source verb is the author's own: in the first person or an infinitive."""
    return hit.first == hit.last and _authors_form(doc.tokens[hit.first].form, doc.lang)


@lru_cache(maxsize=10_000)
def _authors_form(form: str, lang: str) -> bool:
    return form.isalpha() and (
        is_first_person_verb(form, lang)
        # (the Ukrainian tagset marks an infinitive «infn» after «VERB»)
        or "infn" in str(morph_analyzer(lang).parse(form)[0].tag).casefold()
    )


AXIS_AT = frozenset({"направлении", "направлениях", "напрямку", "напрямі", "напрямках"})
# «Помимо Киева, удары пришлись на Харьков»: a place named besides the others
BESIDES = frozenset({"помимо", "кроме", "крім", "окрім"})


def territory_of(doc: Doc, first: int) -> bool:
    """Whether the word before token `first` is «территория»/«територія» in any case, or a part
    of the country a drone flew over («над регионами России», «над півднем України»; not «удар
    по регионам Украины», which names the victim)."""
    if first == 0:
        return False
    before = doc.tokens[first - 1].form
    return before.startswith(("территор", "територ")) or (
        first > 1 and doc.tokens[first - 2].form == "над"
    )


def named_besides(doc: Doc, first: int) -> bool:
    """Whether token `first` follows «помимо»/«кроме»: a place named besides the others."""
    return first > 0 and doc.tokens[first - 1].form in BESIDES


def label(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens `first..last` label a line of a bulleted report: «📍 Киев — …»."""
    return opens_a_label(doc.text, doc.tokens[first].start, doc.tokens[last].end)


def heads_its_line(ctx: Context, span: PlaceSpan, hit: Hit, claim_type: str = "") -> bool:
    """Whether `span` labels the line of trigger `hit`, no other place between them: «📍
    Костянтинівка — 1 загиблий, пошкоджено 8 будинків» (not «📍 Харківщина — у Куп'янську
    …»); or is the scene of a strike's item (`landmarks.heads_its_item`), or where the
    victims were (`victims_there`)."""
    doc = ctx.doc
    return (
        (
            span.first < hit.first
            and label(doc, span.first, span.last)
            and not any(span.last < s.first and s.last < hit.first for s in ctx.places)
        )
        or heads_its_item(doc, span, hit, claim_type)
        or victims_there(ctx, span, hit, claim_type)
    )


def victims_there(ctx: Context, span: PlaceSpan, hit: Hit, claim_type: str) -> bool:
    """Whether `span`, the last place of its sentence, before the casualties' trigger `hit`,
    is where those dead and wounded fell, past the sentence's clauses: «ВКС накатили ФАБами по
    опорникам в Ильиновке, у противника много 300-х». Not where a side named before the place
    acted and none is named among the victims («Россия атаковала Харьков, есть раненые»: a
    reading of its own, whose side the victims' clause leaves to the place)."""
    if claim_type != "casualties" or span.last >= hit.first:
        return False
    if _went_to(ctx, span) or any(
        s.sentence == span.sentence and s.first > span.last and not _went_to(ctx, s)
        for s in ctx.places
    ):
        return False
    sides = [c for name in FORCE_CUES for c in ctx.cues.get(name, ())]
    before = any(
        c.last < span.first and ctx.doc.tokens[c.first].sentence == span.sentence for c in sides
    )
    return not before or any(span.last < c.first and c.last < hit.first for c in sides)


# Prepositions of where a side went («отошли к Ступочкам и Предтечино») or a strike came from
# («удар по Харкову з Бєлгородської області»)
_TO = frozenset({"к", "ко", "до", "з", "із", "зі", "из", "с", "со", "боку", "стороны"})


def _went_to(ctx: Context, span: PlaceSpan) -> bool:
    """Whether the place, or the first of the list it ends, is where someone went or where a
    strike came from."""
    tokens, first = ctx.doc.tokens, span.first
    heads = {s.last: s for s in ctx.places}
    while first > 1 and tokens[first - 1].form in ("и", "та", "і", "й"):
        head = heads.get(first - 2)
        if head is None:
            break
        first = head.first
    return first > 0 and (tokens[first - 1].form in _TO or heads_to(ctx.doc, first))


def home_ground(span: PlaceSpan | None, actor: Actor) -> bool:
    """Whether the place is in the actor's own country («позиции ВСУ в Запорожской области»)."""
    country = ("RU" if span.held else span.country) if span else ""
    return (country == "RU" and actor == "ru") or (country == "UA" and actor == "ua")


def _rear(span: PlaceSpan | None, actor: Actor) -> bool:
    """Whether the place is in the actor's country and known to be off the front."""
    return span is not None and span.front is False and home_ground(span, actor)


# Places whose «наш» at home is news under foreign_ground = "cities": a village or town taken back
TAKEN_BACK_KINDS = frozenset({"village", "settlement", "town"})


def at_home(span: PlaceSpan | None, actor: Actor, rule_ground: bool | str) -> bool:
    """Whether a `foreign_ground` rule (`rule_ground`) drops a claim of `actor` at `span`: any
    place at home, or under "cities" a city or wider («Белгород наш»), not a village taken
    back («Андріївка — наша!»)."""
    if not rule_ground or not home_ground(span, actor):
        return False
    return rule_ground is True or span is None or span.kind not in TAKEN_BACK_KINDS


def default_actor(
    default: str, span: PlaceSpan | None, side: str | None, claim_type: str = ""
) -> Actor:
    """The rule's default actor; `own`/`enemy` need the channel's side, `by_target` and
    `by_place` the place's country; each falls back to the other, then to `unknown`. A channel
    of side `other` lends no side (`resolve` gives None): only the place's country can decide
    there. A side does not strike its own rear: what was burnt or hit at home, away from the
    front, with no side named, the other side hit («В Подмосковье сожгли вертолёт»)."""
    if default in ("ru", "ua", "other", "unknown"):
        return default  # type: ignore[return-value]
    own = resolve("own", side)
    if default == "own" and claim_type == "strike" and own and _rear(span, own):
        default = "by_target"
    if default == "attacker":
        # Russian bloggers tell their own side's pushes, Ukrainian front updates the enemy's
        default = "enemy" if side == "ua" else "own"
    if default == "occupier" and span and span.country:
        return "ua" if span.country == "RU" else "ru"
    country = ("RU" if span.held else span.country) if span else ""
    holder: Actor | None = ("ru" if country == "RU" else "ua") if country else None
    if default == "by_place":
        return holder or resolve("own", side) or "unknown"
    by_target: Actor | None = ("ua" if country == "RU" else "ru") if country else None
    relative = "enemy" if default in ("enemy", "by_target", "occupier") else "own"
    by_side = resolve(relative, side)
    order = (by_target, by_side) if default == "by_target" else (by_side, by_target)
    return next((actor for actor in order if actor is not None), "unknown")


# A push a source calls a counter-offensive or a success is its own: «сообщил о контрнаступлении»
OWN_PUSH = ("контр", "успешн", "успішн")


def relayed_actor(
    doc: Doc, hit: Hit, default: str, span: PlaceSpan | None, relayed: Actor
) -> Actor:
    """The actor of a claim the text relays from a source of side `relayed` that names no
    actor: that side, but where the rule's default is the attacker, a Ukrainian source tells
    of the enemy's push on ground not Russia's («Генштаб ВСУ сообщил о боях у Торецка»), and
    of its own in Russia («… в Свердликово зашли подразделения») or where it calls it a
    counter-offensive or a success (`OWN_PUSH`)."""
    words = [t.form for t in doc.tokens[max(0, hit.first - 1) : hit.last + 1]]
    if any(word.startswith(OWN_PUSH) for word in words):
        return relayed
    if default == "attacker" and relayed == "ua" and not home_ground(span, "ru"):
        return "ru"
    return relayed


# A push told as failed or false with no side named is the other side's («Невдалі спроби
# просунутися біля X», «Слухи о том, что Льгов окружён — фейк»)
FAILED_PUSHES = frozenset({"advance", "capture", "encirclement"})


def told_actor(
    actor: Actor,
    cued: bool,
    stance: str,
    kind: str,
    claim_type: str,
    span: PlaceSpan | None,
    side: str | None,
) -> tuple[Actor, bool]:
    """The actor and whether a cue named it, once the claim's type at its place is known: a
    failure told with no side named is the enemy's; a place that suffered was struck by the
    side it is not in, whatever side the victim's word names («Белгород пострадал от атаки
    ВСУ»)."""
    if not cued and stance == "denied" and kind in FAILED_PUSHES:
        return resolve("enemy", side) or actor, cued
    if claim_type == "casualties" and kind == "strike":
        return default_actor("by_target", span, side), False
    return actor, cued


def qualifier_actor(
    doc: Doc,
    cues: dict[str, list[Hit]],
    hit: Hit,
    span: PlaceSpan | None,
    side: str | None,
    default: str,
) -> tuple[Actor, bool] | None:
    """For a participle trigger that qualifies the place after it (`qualifying_agents`): the
    side named as its agent inside that phrase, else the rule's `default`, with whether a cue
    named it; the sentence's subject belongs to the main verb («Сили оборони уразили ЗРК
    поблизу окупованого Донецька» tells no Ukrainian occupation). None for any other trigger."""
    agents = qualifying_agents(doc, cues, hit.last, span) if span is not None else None
    if agents is None:
        return None
    named = next((a for a in (resolve(s, side) for s in agents) if a is not None), None)
    return (named, True) if named else (default_actor(default, span, side), False)


PART_WORD = ("част",)  # «части», «частини»


def qualifying_agents(
    doc: Doc, cues: dict[str, list[Hit]], last: int, span: PlaceSpan
) -> list[str] | None:
    """The sides named as agents when the participle ending at `last` qualifies the place (or
    a part of it) right after it: «окупованого Донецька», «освобождённой части области»,
    «оккупированный украинский Мариуполь», «оккупированной ВСУ Судже»; None when what stands
    between is anything else («перемещённых в Сумскую область»)."""
    if span.first <= last or span.first > last + 3:
        return None
    if not is_participle(doc.tokens[last].form, doc.lang):
        return None
    agents = [
        (cue, cue_side)
        for name, cue_side in FORCE_CUES.items()
        for cue in cues.get(name, ())
        if last < cue.first and cue.last < span.first and _agent_form(doc, cue)
    ]
    covered = {i for cue, _ in agents for i in range(cue.first, cue.last + 1)}
    if any(
        i not in covered
        and not doc.tokens[i].form.startswith(PART_WORD)
        and doc.tokens[i].form not in SETTLEMENT_NOUNS  # «освобождённого посёлка Горняк»
        and not is_adjective(doc.tokens[i].form, doc.lang)
        for i in range(last + 1, span.first)
    ):
        return None
    return [cue_side for _, cue_side in agents]


def _agent_form(doc: Doc, cue: Hit) -> bool:
    """A side named as a participle's agent: an abbreviation («ВСУ», «ЗСУ») or an instrumental
    («Россией», «украинскими войсками»), not an adjective of the place («украинский»)."""
    words = doc.tokens[cue.first : cue.last + 1]
    return any(
        doc.text[t.start : t.end].isupper() or is_instrumental(t.form, doc.lang) for t in words
    )
