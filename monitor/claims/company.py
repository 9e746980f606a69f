"""Whether a trigger stands in the company its rule asks: its context words near (or anywhere
in the post), a side named where the rule needs one, no veto word near. A settlement of the
front within the rule's window stands in for the context and the side where the rule says so
(`side_or_front`)."""

from __future__ import annotations

import re

from monitor.claims.agent_phrases import ATTACK_NOUNS, by_side_of
from monitor.claims.morphology import is_first_person_verb, is_passive, is_verb, subject_form
from monitor.claims.roles import WE
from monitor.claims.rules import Hit
from monitor.claims.spans import Context, PlaceSpan, within
from monitor.claims.voice import FORCE_CUES, gap
from monitor.config import ClaimRule
from monitor.text.labels import heads_bullets, is_bullet, line_at
from monitor.text.lemmas import Doc, Token


def context_ok(ctx: Context, hit: Hit, rule: ClaimRule) -> bool:
    """Whether the rule's context words stand near its trigger `hit` and no veto word does."""
    index = hit.payload[1]
    reach = rule.context_window
    scope = rule.context_scope
    front = rule.side_or_front and _front_place_near(ctx, hit, rule.window)

    def near(c: Hit) -> bool:
        return (
            scope == "post"
            or within(ctx.doc, hit, c, reach)
            or (scope == "sentence_before" and _sentence_before(ctx, hit, c))
        )

    subject_first = rule.context_after_active and _active_verb(ctx, hit)
    if (
        rule.context
        and not front
        and not any(
            c.payload[1] == index and near(c) and not (subject_first and c.last < hit.first)
            for c in ctx.cues["context"]
        )
    ):
        return False
    if (
        rule.needs_side
        and not front
        and not any(near(c) for n in FORCE_CUES for c in ctx.cues.get(n, ()))
        # a withdrawal in the first person names the author's side: «Из-под Киева уходим»
        and not (
            rule.type == "withdrawal"
            and is_first_person_verb(ctx.doc.tokens[hit.first].form, ctx.doc.lang)
        )
    ):
        return False

    def vetoes(kind: str) -> bool:
        return any(
            c.payload[1] == index
            and within(ctx.doc, hit, c, reach)
            and not _attacker(ctx, c)
            and not _around_another(ctx, hit, c)
            and not _nth_try(ctx, c)
            and not _another_subject_between(ctx, c, hit)
            for c in ctx.cues[kind]
        )

    return not (vetoes("unless") or (vetoes("unarmed") and not vetoes("armed")))


GROUND = frozenset({"capture", "advance"})

TRIES = frozenset({"попытка", "спроба"})
# the stems of ordinals («третьей», «п'ятої»): the forms, as such words carry no lemmas
ORDINALS = (
    "перв", "втор", "трет", "четв", "пят", "шест", "седьм", "восьм", "девят", "десят", "очередн",
    "энн", "перш", "друг", "п'ят", "шост", "сьом", "чергов",
)  # fmt: skip


def _another_subject_between(ctx: Context, cue: Hit, hit: Hit) -> bool:
    """Whether a side is named as a subject between a veto word before the trigger and the
    trigger, other than the veto noun's own (right after it): the trigger is that side's act,
    the veto word another's («После отступления ВСУ из Угледара наши штурмовики пошли в
    сторону X»)."""
    if cue.last >= hit.first:
        return False
    doc = ctx.doc
    return any(
        cue.last + 1 < side.first
        and side.last < hit.first
        and (doc.tokens[side.first].form in WE or subject_form(doc, side))
        for name in FORCE_CUES
        for side in ctx.cues.get(name, ())
    )


def _nth_try(ctx: Context, cue: Hit) -> bool:
    """Whether a veto word «попытка» is the count of tries that succeeded: «с третьей попытки
    наши взяли X», «з другої спроби зайшли в Y», «с 5-й попытки»."""
    tokens, first = ctx.doc.tokens, cue.first
    if first < 2 or cue.first != cue.last or TRIES.isdisjoint(tokens[first].lemmas):
        return False
    count = tokens[first - 1]
    ordinal = count.form.casefold().startswith(ORDINALS) or count.form[:1].isdigit()
    return ordinal and tokens[first - 2].form.casefold() in {"с", "со", "з", "із"}


def _around_another(ctx: Context, hit: Hit, cue: Hit) -> bool:
    """Whether a veto phrase of two words or more is built around another trigger of this
    claim type or another occurrence of this trigger's word, not this one: a sense of that
    word alone, not of the sentence («Наступила весна, и войска наступают на X»: spring's
    «наступила» vetoes itself, not the advance; «пытается взять X, а ранее захватил Y»; but
    «удар молнии» still vetoes the victims near it)."""
    if cue.first == cue.last or (cue.first <= hit.last and hit.first <= cue.last):
        return False
    tokens = ctx.doc.tokens
    stem = tokens[hit.first].form[:5]
    # (for ground claims only: a strike's or a victim's sense phrase, «удар молнии», tells of
    # the whole scene)
    own = ctx.trigger_types.get(hit.first, set()) & GROUND
    return any(
        not own.isdisjoint(ctx.trigger_types.get(i, ()))
        or (len(stem) == 5 and tokens[i].form.startswith(stem))
        for i in range(cue.first, cue.last + 1)
    )


def _attacker(ctx: Context, cue: Hit) -> bool:
    """Whether a veto word is a side named as an attack's agent, right after an attack noun or
    «со стороны» («из-за обстрелов ВСУ эвакуируют детей»: the troops shell, the children are
    evacuated; not «удар молнии», nor «атака дронов» on a ground attack's rule)."""
    doc, first = ctx.doc, cue.first
    after_noun = first in ctx.agent_slots and not ATTACK_NOUNS.isdisjoint(
        doc.tokens[first - 1].lemmas
    )
    return (after_noun or by_side_of(doc, cue)) and any(
        side.first == first for name in FORCE_CUES for side in ctx.cues.get(name, ())
    )


def _active_verb(ctx: Context, hit: Hit) -> bool:
    """Whether the trigger is an active verb («сбили», «знищили»), not a passive one or a noun."""
    form = ctx.doc.tokens[hit.first].form
    return is_verb(form, ctx.doc.lang) and not is_passive(form, ctx.doc.lang)


def _sentence_before(ctx: Context, hit: Hit, other: Hit) -> bool:
    """Whether `other` stands in the sentence right before `hit`'s, in its paragraph or, where
    `hit`'s sentence names no place before it, closing the paragraph before («Ворог атакував
    X.\n\nПоранено двох людей»; not «…\nУ Києві підозрюваний зарізав сусіда»), or anywhere in
    that paragraph where `hit`'s sentence opens its own (`aftermath_line`)."""
    mine, theirs = ctx.doc.tokens[hit.first], ctx.doc.tokens[other.first]
    if theirs.sentence == mine.sentence - 1 and theirs.paragraph == mine.paragraph:
        return True
    return (
        theirs.paragraph == mine.paragraph - 1
        and (theirs.sentence == mine.sentence - 1 or aftermath_line(ctx.doc, mine))
        # (a place after the trigger may be where the hurt were taken: «их везут в Белгород»)
        and not any(span.sentence == mine.sentence and span.last < hit.first for span in ctx.places)
        and not _bulleted(ctx.doc.text, mine.start)
    )


def aftermath_line(doc: Doc, token: Token) -> bool:
    """Whether `token`'s sentence opens its line, which tells the aftermath of the whole line
    before: its people hurt, wherever in that line the strike and its place stood
    («Балаклія. Ворог завдав удару по місту. Пошкоджено 17 будинків.\n\nПоранено 8 людей»),
    not a digest's item (a bullet), the country's or the war's tally, or the past."""
    first = next(i for i, t in enumerate(doc.tokens) if t.sentence == token.sentence)
    if first > 0 and doc.tokens[first - 1].paragraph == token.paragraph:
        return False
    line = line_at(doc.text, token.start)
    sentence = re.split(r"[.!?]", line.casefold(), maxsplit=1)[0]
    return not is_bullet(line) and not (_ELSEWHERE.search(sentence) or _OTHER_DEAD.search(sentence))


def _bulleted(text: str, offset: int) -> bool:
    """Whether the line holding `offset` opens with a bullet («⚡️», «🔹», «•», «-»): an item of
    a digest of its own, not the aftermath of the line before."""
    line = text[text.rfind("\n", 0, offset) + 1 : offset].lstrip()
    return bool(line) and not line[0].isalnum() and line[0] not in '«"(*_'


def _front_place_near(ctx: Context, hit: Hit, window: int) -> bool:
    sentence = ctx.doc.tokens[hit.first].sentence
    return any(
        span.front and span.sentence == sentence and gap(hit, span.first, span.last) <= window
        for span in ctx.places
    )


# The claims of ground taken or left, which a sentence pointing back may tell of a place the
# paragraph before named («…просунувся в Суджі.\n\nСили оборони відходять з міста»); a
# strike's aftermath has rules of its own (the blank line ends its reach)
GROUND_TYPES = frozenset({"capture", "advance", "withdrawal"})


def _bullets(doc: Doc, span: PlaceSpan, token: Token) -> bool:
    """Whether the place's line or the trigger's is a list's item: an item points back to no
    other item («▪️… в ДНР;\n\n▪️… поражены живая сила и техника в 127 районах»)."""
    return is_bullet(line_at(doc.text, doc.tokens[span.first].start)) or is_bullet(
        line_at(doc.text, token.start)
    )


def in_reach_of_aftermath(
    doc: Doc,
    rule: ClaimRule,
    span: PlaceSpan,
    token: Token,
    pointed: bool = False,
    types: dict[int, set[str]] | None = None,
) -> bool:
    """Whether a place before the trigger's sentence stands in its paragraph, or, for a rule
    that tells an attack's aftermath (`context_scope` "sentence_before"), closes the paragraph
    right before it («… по X.\n\nПоранено двох людей»), or heads the bulleted lines the
    trigger's is one of («Итоги дня под Курахово\n— 15 двухсотых»), or stands in the line right
    before, no blank line between, for a sentence pointing back to it (`pointed`: «Ситуація в
    Гуляйполі складна.\nМісто під постійними ударами КАБів») or for the people hurt after the
    strike that line tells (`types`, the trigger types by token: «Удар по Салтівці.\nЄ
    поранені»), or, for a ground claim's sentence pointing back, in the paragraph right before,
    neither a list's item («…просунувся в Суджі.\n\nСили оборони відходять з міста»)."""
    paragraph = doc.tokens[span.first].paragraph
    return (
        paragraph == token.paragraph
        or heads_bullets(doc.text, doc.tokens[span.last].start, token.start)
        or (
            rule.context_scope == "sentence_before"
            and (
                span.sentence == token.sentence - 1
                or (paragraph == token.paragraph - 1 and aftermath_line(doc, token))
            )
        )
        or (
            paragraph == token.paragraph - 1
            and "\n\n" not in doc.text[doc.tokens[span.last].end : token.start]
            and (
                pointed or (rule.type == "casualties" and _struck_on(doc, paragraph, token, types))
            )
        )
        or (
            paragraph == token.paragraph - 1
            and pointed
            and rule.type in GROUND_TYPES
            and not _bullets(doc, span, token)
        )
    )


def _struck_on(doc: Doc, paragraph: int, token: Token, types: dict[int, set[str]] | None) -> bool:
    """Whether a strike's trigger stands in the `paragraph` (a line of the post) and `token`'s
    line tells that strike's aftermath: no item of a digest (a bullet: «- удар по X\n- загинув
    військкор»), no tally of the country or the war, no history («В Україні загинули…»,
    «Загалом з початку вторгнення…», «10 лет назад в этот день погибли…»)."""
    if types is None:
        return False
    line = line_at(doc.text, token.start)
    return (
        not is_bullet(line)
        and _ELSEWHERE.search(line.casefold()) is None
        and any(
            "strike" in kinds and doc.tokens[index].paragraph == paragraph
            for index, kinds in types.items()
        )
    )


# Words of a line that tells of more than the strike before: the country, the whole war, the past
_ELSEWHERE = re.compile(
    r"україн|росі|\bрф\b|загалом|з початку|с начала|усього|всього|всего|раніше|ранее|"
    r"(?<![ув]\s)тому\b|назад\b|\bроку\b|\bгоду\b|вторгнен|вторжени|сусідн|соседн"
)
# and words of a sentence that tells of other dead: reminders and days past, the day's tally,
# soldiers on a mission, funerals, disasters (not «минулої ночі»: the strike's own night)
_OTHER_DEAD = re.compile(
    r"нагада|напомн|минул\w* (?:тижн|місяц|рок)|прошл\w* (?:недел|месяц|год)|вчора|вчера|"
    r"позавчора|позавчера|за (?:минулу |останню )?добу|за (?:прошедшие |минувшие |последние )?"
    r"сутки|похова|похорон|попрощал|простил|прощанн|прощани|бойов\w* завданн|боев\w* задани|"
    r"землетрус|землетряс|крушени|катастроф"
)
