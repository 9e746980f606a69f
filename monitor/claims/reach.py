"""Whether a place in a trigger's reach is the trigger's own: on the side its rule reads, in its
clause (not past a second predicate), and not a side's name («Киев продолжает …»)."""

from __future__ import annotations

from monitor.claims.landmarks import fronted, heads_its_item, scene_of_the_sentence
from monitor.claims.morphology import (
    clause_between,
    copula_dash,
    heads_to,
    is_accusative_only,
    is_first_person_verb,
    is_nominative,
    next_predicate,
    not_locative,
    noun_like,
    relative_clause,
    second_predicate,
)
from monitor.claims.ranks import clause_break
from monitor.claims.roads import AND
from monitor.claims.rules import Hit
from monitor.claims.sides import label, victims_there
from monitor.claims.spans import Context, PlaceSpan
from monitor.claims.tallies import SHARES
from monitor.config import ClaimRule
from monitor.text.lemmas import Doc, parse_word

SIDE_CUES = ("russian_forces", "ukrainian_forces")


def wrong_side(ctx: Context, hit: Hit, span: PlaceSpan, rule: ClaimRule, before: bool) -> bool:
    """A place on the side of the trigger its rule does not read, or a state's subject past a
    clause mark: «Укры отходят к X, Мирноград пал» (a dash between a subject and its predicate
    joins them: «X, Y — взяты»)."""
    return (
        rule.place_side == ("after" if before else "before")
        or (
            rule.place_side == "before"
            and clause_between(ctx.doc, span.last, hit.first)
            and not copula_dash(ctx.doc, span.last, hit.first)
            and not _dashed_apposition(ctx.doc, span, hit)
        )
        or (rule.active_only and not _object_by(ctx, hit, span, before))
    )


def _object_by(ctx: Context, hit: Hit, span: PlaceSpan, before: bool) -> bool:
    """Whether the place is an active verb's object right by it: «Андреевку потеряли»,
    «потеряли Андреевку», «Вербовое держим» (a first person has no other subject); not its
    subject («Херсон потерял свет»), a genitive («из Покровска удерживает титул») nor a place
    a word away («за Селидово противник потерял
    420 военнослужащих»)."""
    if not before:
        return span.first == hit.last + 1
    doc = ctx.doc
    return span.last + 1 == hit.first and (
        is_accusative_only(doc.tokens[span.last].form, doc.lang)
        or is_first_person_verb(doc.tokens[hit.first].form, doc.lang)
    )


def another_predicates(
    ctx: Context, hit: Hit, span: PlaceSpan, rule: ClaimRule, before: bool
) -> bool:
    """A place before the trigger past a clause break (unless it opens the sentence, the
    rule points back, or a relative clause joins them) or past a second predicate; a place
    after it past the next predicate of a trigger that has its own object."""
    doc = ctx.doc
    if not before:
        return (
            next_predicate(doc, hit.last, span.first)
            or _heads_its_item(ctx, hit, span)
            or _past_its_item(ctx, hit, span)
            or _next_scene(ctx, hit, span)
            or (rule.type == "withdrawal" and _acted_on_in_its_clause(ctx, hit, span))
        )
    return (
        clause_break(doc, span.last, hit.first)
        and not copula_dash(doc, span.last, hit.first)  # «…: X, Y — взяты»
        and not _dashed_apposition(doc, span, hit)
        and not rule.points_back
        and not fronted(doc, span)
        and not relative_clause(doc, span.first, span.last, hit)
        and not heads_its_item(doc, span, hit, rule.type)
        and not victims_there(ctx, span, hit, rule.type)
    ) or (
        # (or a noun trigger's verb is, after a trigger of the place before: «закрепились в X
        # и ведут бои на окраинах Y»; not «организовал оборону на X и сорвал наступление»)
        (
            second_predicate(doc, span.last, hit.first)
            or (
                hit.first - 1 > span.last
                and second_predicate(doc, span.last, hit.first - 1)
                and _a_triggers_object(ctx, span)
            )
        )
        and not heads_its_item(doc, span, hit, rule.type)
    )


def _acted_on_in_its_clause(ctx: Context, hit: Hit, span: PlaceSpan) -> bool:
    """Whether the place opens a clause after the trigger's with a trigger of its own: where a
    side falls back to is no place it left («Противник отходит к границе, в районе X ещё идут
    бои»)."""
    doc = ctx.doc
    return clause_break(doc, hit.last, span.first) and any(
        t.first > span.last
        and doc.tokens[t.first].sentence == span.sentence
        and not clause_break(doc, span.last, t.first)
        # fighting there (not «Торецк потерян», «X под нашим контролем»: what was left)
        and ctx.trigger_types.get(t.first, set()) == {"advance"}
        for t in ctx.triggers
    )


def _a_triggers_object(ctx: Context, span: PlaceSpan) -> bool:
    """Whether a trigger stands before the place in its clause: the place is that one's."""
    doc = ctx.doc
    return any(
        t.last < span.first
        and doc.tokens[t.first].sentence == span.sentence
        and not clause_break(doc, t.last, span.first)
        for t in ctx.triggers
    )


def _next_scene(ctx: Context, hit: Hit, span: PlaceSpan) -> bool:
    """A place that opens the clause after the trigger's, in a sentence whose clause opens with
    the trigger's own scene, and tells an act of its own: «В Голой Пристани в результате сброса с
    дрона пострадала женщина, в Новой Каховке обстрел повредил здание» (the woman was hurt in
    the first)."""
    doc = ctx.doc
    opener = span.first - 1  # the preposition right after the clause mark: «, в Новой Каховке»
    if (
        opener <= hit.last
        or doc.tokens[opener].form not in ("в", "во", "у", "на")
        or not clause_break(doc, opener - 1, opener)
    ):
        return False
    # (the next clause tells its own act: not elliptic, «в Шебекино и Грайвороне — еще четверо»)
    own_act = any(
        t.first > span.last
        and doc.tokens[t.first].sentence == span.sentence
        and not clause_break(doc, span.last, t.first)
        for t in ctx.triggers
    )
    return own_act and any(
        s.last < hit.first
        and s.sentence == span.sentence
        and scene_of_the_sentence(doc, s)
        and not clause_break(doc, s.last, hit.first)
        for s in ctx.places
    )


# (em and en dashes: a hyphen between words is left to the list and road rules)
LONG_DASHES = ("—", "–")


def _dashed_apposition(doc: Doc, span: PlaceSpan, hit: Hit) -> bool:
    """A place between two dashes names the noun before them, the subject of the trigger right
    after: «Последний населённый пункт региона — Горналь — был освобождён»."""
    first, last = span.first, span.last
    return (
        first > 0
        and hit.first - last <= 2
        and noun_like(doc, first - 1)
        and doc.gap(first).strip() in LONG_DASHES
        and doc.gap(last + 1).strip() in LONG_DASHES
    )


def _past_its_item(ctx: Context, hit: Hit, span: PlaceSpan) -> bool:
    """A place past a semicolon, when the trigger's own item names its place before it: «у X
    загинула людина, пошкоджено 5 будинків; у Y …» (an item with no place of its own reaches
    on: «Обстріл Херсона: пошкоджено лікарню; у Корабельному районі …»)."""
    doc = ctx.doc
    if ";" not in doc.text[doc.tokens[hit.last].end : doc.tokens[span.first].start]:
        return False
    sentence = doc.tokens[hit.first].sentence
    return any(
        p.sentence == sentence
        and p.last < hit.first
        and ";" not in doc.text[p.mention.end : doc.tokens[hit.first].start]
        and ":" not in doc.text[p.mention.end : doc.tokens[hit.first].start]
        for p in ctx.places
    )


def _heads_its_item(ctx: Context, hit: Hit, span: PlaceSpan) -> bool:
    """A place past a comma that a dash follows heads an item of its own when another trigger
    follows the dash, or when the trigger's own item is headed so: «Звановка — бои, Федоровка
    — под огневым контролем», «Вербовое — наши закрепились, Новопокровка — без изменений»
    (not the last of a list before a comment: «Освобождены Мартыновка, Мирный — это успех»)."""
    doc = ctx.doc
    after = span.last + 1
    if not (
        after < len(doc.tokens)
        and clause_between(doc, hit.last, span.first)
        and copula_dash(doc, span.last, after)
    ):
        return False
    return any(index in ctx.trigger_types for index in range(after, after + 3)) or any(
        place.last < hit.first
        and place.last + 1 < len(doc.tokens)
        and copula_dash(doc, place.last, place.last + 1)
        and not clause_between(doc, place.last + 1, hit.first)
        for place in ctx.places
    )


def names_a_side(ctx: Context, span: PlaceSpan) -> bool:
    """A capital in the nominative that is also an actor cue names a government, not a
    place: «Киев продолжает перебрасывать резервы» (but «в Киеве», «по Киеву» are places)."""
    if span.first != span.last or label(ctx.doc, span.first, span.last):
        return False
    token = ctx.doc.tokens[span.first]
    return is_nominative(token.form, ctx.doc.lang) and any(
        cue.first <= span.first <= cue.last for name in SIDE_CUES for cue in ctx.cues.get(name, ())
    )


# Prepositions of a destination when their noun is in the accusative: «вывозят в Харьков»
_TOWARD = frozenset({"в", "во", "на", "у"})


def taken_to(ctx: Context, span: PlaceSpan, claim_type: str) -> bool:
    """Whether the place is where people are taken, or where a side flees to («драпают на
    Славянск», «бегут из Торецка на Константиновку»): no place of its evacuation or retreat."""
    if claim_type not in ("evacuation", "withdrawal") or span.first == 0:
        return False
    # (a retreat after «в»: not to a name that does not decline, «залишили позиції в Очеретине»)
    undeclined = ctx.doc.tokens[span.last].form.endswith(("е", "і", "и", "о"))
    if claim_type == "withdrawal" and ctx.doc.tokens[span.first - 1].form != "на" and undeclined:
        return False
    return destination(ctx, span)


def destination(ctx: Context, span: PlaceSpan) -> bool:
    """Whether the place is where people are taken to: after «в», «на» in the accusative, not
    the locative («вывозить будут в Харьков и Полтавскую область», not «эвакуация в
    Белгороде»); «до» in Ukrainian («евакуюють до Дніпра»)."""
    doc = ctx.doc
    # a list's item goes where its head goes: «в Харьков и Полтавскую область», «у
    # Миколаївській, Одеській та західних областях»
    heads = {s.last: s for s in ctx.places}
    while span.first > 0:
        joined = span.first > 1 and doc.tokens[span.first - 1].form in AND
        head = heads.get(span.first - 2 if joined else span.first - 1)
        if head is None:
            break
        span = head
    if span.first == 0:
        return False
    before = doc.tokens[span.first - 1].form
    if before == "до" and doc.lang == "uk":
        return True
    if before == "у" and doc.lang == "ru":
        return False  # Russian «у X» is near X: «покинули плацдарм у Крынок»
    return before in _TOWARD and (
        # (every word of the name: a raion's adjective the dictionary lacks is no accusative
        # where its noun is locative, «в Купянском районе»)
        all(not_locative(t.form, doc.lang) for t in doc.tokens[span.first : span.last + 1])
        # where they are put up: «людей розміщують у Миколаївській області»
        or (
            span.first > 1
            and not HOSTED.isdisjoint(parse_word(doc.tokens[span.first - 2].form, doc.lang)[1])
        )
    )


HOSTED = frozenset(
    ["размещать", "разместить", "расселять", "расселить", "поселить", "поселять",
     "розміщувати", "розмістити", "розселяти", "розселити", "поселити", "поселяти"]
)  # fmt: skip


def preference(
    ctx: Context, hit: Hit, span: PlaceSpan, destination: bool, before_verb: bool
) -> int:
    """A candidate's rank of preference, lowest first: a weapon's heading first («БпЛА на
    Сумщині, курс на Полтавщину»), then a destination, unless past a clause mark or before a
    verb, which make it that verb's («X обстріляли, по Y завдали …»), or before a share of the
    count («Над Брянской областью уничтожены 12 БПЛА, из них 5 – в Погарском районе»: the
    finer place); a strike's axis is no destination («На купянском направлении поражены пункты
    у Купянска-Узлового»)."""
    heading = heads_to(ctx.doc, span.first, hit.last)
    other = (
        not destination
        or before_verb
        or clause_between(ctx.doc, hit.last, span.first)
        or share_follows(ctx.doc, hit)
    )
    return int(other) - 2 * heading


def share_follows(doc: Doc, hit: Hit) -> bool:
    """Whether a share of the count (`SHARES`: «из них», «в том числе») follows the trigger in
    its sentence."""
    tokens = doc.tokens
    sentence = tokens[hit.first].sentence
    for index in range(hit.last + 1, len(tokens) - 1):
        if tokens[index].sentence != sentence:
            return False
        if (tokens[index].form, tokens[index + 1].form) in SHARES:
            return True
    return False
