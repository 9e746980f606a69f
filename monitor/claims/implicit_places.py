"""Places a claim is about that its sentence leaves implicit: the town a withdrawal left when
only its destination is named, the place a settlement noun points back to («окупував місто»),
and the region after a settlement the matcher did not know, which the claim is not about."""

from __future__ import annotations

import re

from monitor.claims.morphology import SETTLEMENT_NOUNS, clause_between
from monitor.claims.place_lists import qualifier, with_list
from monitor.claims.ranks import (
    REGION_RANK,
    REPUBLIC_WORDS,
    TALLY_LINE,
    TALLY_LINE_WORDS,
    headline_end,
    is_label,
)
from monitor.claims.rules import Hit
from monitor.claims.spans import Context, PlaceSpan
from monitor.config import ClaimRule
from monitor.text.labels import ITEM_NUMBER, NOT_BULLETS, is_bullet
from monitor.text.lemmas import Doc


def place_left(ctx: Context, hit: Hit, went_to: set[int]) -> list[PlaceSpan]:
    """A withdrawal whose sentence names only where the side went («Богдановка почти наша,
    противник отходит к Калиновке»): the place it left is the one the sentence named before
    the trigger, else a short headline's one place."""
    sentence = ctx.doc.tokens[hit.first].sentence
    before = [
        s
        for s in ctx.places
        if s.sentence == sentence and s.last < hit.first and id(s) not in went_to
    ]
    if before:  # the last place named, with the places listed with it («бої за X та Y»)
        return [s for s in with_list(ctx, before[-1], "withdrawal") if id(s) not in went_to]
    end = headline_end(ctx.doc.text)
    if ctx.doc.tokens[hit.first].start < end or not is_label(ctx.doc.text):
        return []
    headline = [s for s in ctx.places if s.mention.end <= end]
    return headline[:1] if len({s.mention.place_key for s in headline}) == 1 else []


# Claims that a whole place changed hands: a region that locates an unknown settlement did not
HANDS_CHANGED = frozenset({"capture", "withdrawal"})


def locates_unnamed(ctx: Context, span: PlaceSpan, rule: ClaimRule) -> bool:
    """Whether a region follows a settlement the matcher did not know, named after a settlement
    noun, in a claim that a place changed hands: «освободили населённый пункт Бердычи Донецкой
    Народной Республики» says nothing of the whole republic (a strike «в посёлке X Белгородской
    области» is still the oblast's)."""
    if rule.type not in HANDS_CHANGED or span.rank < REGION_RANK or span.first < 2:
        return False
    name, noun = ctx.doc.tokens[span.first - 1], ctx.doc.tokens[span.first - 2]
    written = ctx.doc.text[name.start : name.start + 1]
    return (
        written.isupper()
        and noun.form in SETTLEMENT_NOUNS
        and not any(s.first <= span.first - 1 <= s.last for s in ctx.places)
    )


def settlement_object(ctx: Context, hit: Hit) -> bool:
    """Whether a settlement noun is the trigger's object, right after it («окупував місто»)."""
    after = hit.last + 1
    return (
        after < len(ctx.doc.tokens)
        and ctx.doc.tokens[after].sentence == ctx.doc.tokens[hit.last].sentence
        and ctx.doc.tokens[after].form in SETTLEMENT_NOUNS
    )


# The most words a topic clause before a colon holds («Уточнено лінію зіткнення в районі X:»)
TOPIC_WORDS = 8


def before_colon(ctx: Context, hit: Hit, rule: ClaimRule) -> list[PlaceSpan]:
    """The places of a short topic clause that opens the sentence and ends in a colon, when the
    trigger's clause after it names none («Уточнено лінію зіткнення в районі X: ворог
    просунувся на 1,5 км»; not a clock's colon, «в 4:50»)."""
    doc = ctx.doc
    sentence = doc.tokens[hit.first].sentence
    if not rule.carry_over:
        return []
    opening = hit.first
    while opening > 0 and doc.tokens[opening - 1].sentence == sentence:
        opening -= 1
    colon = next(
        (
            i
            for i in range(opening, min(hit.first, opening + TOPIC_WORDS))
            if doc.text[doc.tokens[i].end : doc.tokens[i + 1].start].strip() == ":"
            and not doc.tokens[i + 1].form.isdigit()
        ),
        None,
    )
    if colon is None or any(
        "," in doc.text[doc.tokens[i].end : doc.tokens[i + 1].start] for i in range(opening, colon)
    ):
        return []
    in_sentence = [s for s in ctx.places if s.sentence == sentence]
    # a place of a later clause is its own («…: наши зашли в посёлок, противник перебрасывает
    # резервы с Лимана»)
    end = hit.last
    while (
        end + 1 < len(doc.tokens)
        and doc.tokens[end + 1].sentence == sentence
        and not clause_between(doc, end, end + 1)
    ):
        end += 1
    if any(colon < s.first <= end for s in in_sentence):
        return []
    topic = [s for s in in_sentence if s.last <= colon]
    return with_list(ctx, topic[-1], rule.type) if topic else []


# A tally's count right after its place: «Над Брянской областью — 14, Курской — 11»
TALLY_COUNT = re.compile(r"\s*[—–-]\s*\d")


def _sibling_bullet(text: str, at: int, newline: int) -> bool:
    """Whether the line of `at` is itself a bullet like the next line, not their heading: its
    place was one the matcher did not know («🔻 Желанное — освобождено.\n🔻 Галицыновка — …»)."""
    own = text[text.rfind("\n", 0, at) + 1 : at].lstrip()
    following = text[newline + 1 :].lstrip()
    if ITEM_NUMBER.match(own):  # «3. Гродовка — … Потери есть.\n4. Мирноград — …»
        return ITEM_NUMBER.match(following) is not None
    return bool(own) and not own[:1].isalnum() and own[:1] == following[:1]


def bulleted_after(ctx: Context, hit: Hit, rule: ClaimRule) -> list[PlaceSpan]:
    """The places that open the bulleted lines right after the trigger's line, when its
    sentence ends that line and names none («Массированный удар по энергетике.\\n\\n📍 Киев —
    прилёты по ТЭЦ\\n📍 Житомир, Ровно — подстанции»), or a tally's lines («…уничтожили 41
    беспилотник.\\n\\nНад Брянской областью — 14, Курской — 11»): each line's first place and
    the places listed with it."""
    doc, text = ctx.doc, ctx.doc.text
    sentence, end = doc.tokens[hit.first].sentence, hit.last
    while end + 1 < len(doc.tokens) and doc.tokens[end + 1].sentence == sentence:
        end += 1
    newline = text.find("\n", doc.tokens[end].end)
    # (emoji and marks may end the line: «ПВО сбила 64 дрона над пятью регионами 🛸»)
    rest = " ".join(WORDS.findall(text, doc.tokens[end].end, newline)) if newline >= 0 else "-"
    if rest and rest.casefold() not in LEAD_INS:
        return []
    # the items of a list the line opens with a colon may name their place after a preposition
    # («удары:\n— В Кривом Роге разрушен объект»); a digest's bullets after a full stop open
    # with it («Массированный удар.\n📍 Киев — прилёты»)
    items = ":" in text[doc.tokens[end].end : newline]
    if not items and _sibling_bullet(text, doc.tokens[hit.first].start, newline):
        return []
    found: list[PlaceSpan] = []
    position, blanks, told, untold = newline + 1, 0, False, False
    tallied: list[PlaceSpan] = []  # the places of lines that count: «▫️Мирноград — 3»
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end].strip()
        if not line and not found and blanks == 0:
            blanks, position = 1, line_end + 1
            continue
        # (bullets carry a rule's claim only where it carries claims over at all; a tally
        # always: its places are what the count is of)
        bullet = rule.carry_over and is_bullet(line)
        opening, skipped, counted = _opening_place(ctx, position, line_end)
        if opening is None and counted and found:  # a tally's line of a place we lack
            position = line_end + 1
            continue
        tally = opening is not None and (counted or TALLY_COUNT.match(text, opening.mention.end))
        if opening is None or not (tally or (bullet and (items or not skipped))):
            break
        listed = [s for s in with_list(ctx, opening, rule.type) if s.mention.end <= line_end]
        line_items = [s for s in listed if not qualifier(ctx, s, listed)]  # «Сумщина — X, Y»
        found += line_items
        tallied += line_items if tally else []
        own = not tally and _tells_its_own(ctx, position, line_end, rule.type)
        told, untold = told or own, untold or not own
        position = line_end + 1
    # bullets that tell a claim of the type themselves detail a total, which is not theirs:
    # «Постраждали 7 людей.\n▪️Харківський район: у с. Липці поранено …»; a counted total is
    # not the other bullets' either (damage only: «▪️Ізюмський район: пошкоджено будинок»)
    # but for those that count («▫️Мирноград — 3»), where a digest's header is its lines'
    # («Удар по энергетике.\n📍 Киев — прилёты\n📍 Полтава — подстанции»)
    if not (found and told):
        return found
    if _counts_something(doc, sentence):
        return tallied
    return found if untold else []


# Words after a number that make it a date or a time, not a total: «12 марта», «22 травня»
MONTHS = (
    "январ", "феврал", "март", "апрел", "мая", "июн", "июл", "август", "сентябр", "октябр",
    "ноябр", "декабр", "січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес",
    "жовт", "листопад", "груд", "год", "рок",
)  # fmt: skip


def _counts_something(doc: Doc, sentence: int) -> bool:
    """Whether the sentence counts something (a number that is no date, time or year)."""
    tokens = doc.tokens
    for index, token in enumerate(tokens):
        if token.sentence != sentence or not token.form.isdigit() or len(token.form) > 3:
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if doc.text[token.end : token.end + 1] in (":", ".") or doc.text[
            token.start - 1 : token.start
        ] in (":", "."):
            continue  # «07:00», «12.03»
        if following is None or not following.form.startswith(MONTHS):
            return True
    return False


def _tells_its_own(ctx: Context, start: int, end: int, claim_type: str) -> bool:
    """Whether the line `start..end` holds a trigger of the claim type."""
    tokens = ctx.doc.tokens
    return any(
        claim_type in types and start <= tokens[index].start < end
        for index, types in ctx.trigger_types.items()
    )


# What may stand between a tally's sentence and its colon: «Сбиты 64 дрона. Из них:»
WORDS = re.compile(r"\w+")
LEAD_INS = frozenset({"из них", "в том числе", "з них", "у тому числі", "зокрема"})
# A tally's last line may count the rest: «• остальные — над Воронежской и Липецкой»
REMAINING = frozenset({"остальные", "остальных", "ещё", "еще", "решта", "інші", "ще"})
# The area a tally line names before its region or sea: «над территорией X», «над територією
# X», «над акваторией Азовского моря»
AREA_NOUNS = frozenset(
    {
        "территорией",
        "территории",
        "територією",
        "території",
        "районом",
        "акваторией",
        "акватории",
        "акваторією",
        "акваторії",
    }
)


def _opening_place(ctx: Context, start: int, end: int) -> tuple[PlaceSpan | None, bool, bool]:
    """The place that is the first word of the line `start..end` (or the first after a
    tally's count or a preposition: «Над Брянской областью — 14», «• 91 — над Московской»), if
    one is; whether a preposition came first, and whether a count did."""
    words = [t for t in ctx.doc.tokens if start <= t.start < end]
    if words and ITEM_NUMBER.match(ctx.doc.text, words[0].start):
        words = words[1:]  # an item's number is no count
    counted = bool(words) and (words[0].form.isdigit() or words[0].form in REMAINING)
    if counted:
        words = words[1:]
    skipped = bool(words) and words[0].form in TALLY_LINE_WORDS
    if skipped:
        words = words[1:]
        if words and words[0].form in AREA_NOUNS:  # «— 41 над территорией Брянской области»
            words = words[1:]
        if words and words[0].form in REPUBLIC_WORDS:  # «6 – над территорией Республики Крым»
            words = words[1:]
    if not words:
        return None, skipped, counted
    found = next((s for s in ctx.places if ctx.doc.tokens[s.first] is words[0]), None)
    return found, skipped, counted


def header_items(ctx: Context, hit: Hit, origins: set[int]) -> list[PlaceSpan]:
    """The places of the bulleted lines under a bare header line the trigger stands in, which
    ends with a colon and names no place («🛵 Шахеди:\\n— 3х з Сумщини курсом на Полтавщину
    (Гадяч)\\n— 2х над Харковом»): each line's finest places that are no origin («з Сумщини»),
    one weapon group or item a line, up to a blank line (one may stand under the header
    before a tally's lines: «…:\n\n▫️12 – над X»)."""
    doc, text = ctx.doc, ctx.doc.text
    start = text.rfind("\n", 0, doc.tokens[hit.first].start) + 1
    colon = text.find("\n", doc.tokens[hit.last].end)
    colon = len(text) if colon < 0 else colon
    if not text[start:colon].rstrip().endswith(":") or any(
        start <= s.mention.start < colon for s in ctx.places
    ):
        return []
    found: list[PlaceSpan] = []
    position, first = colon + 1, True
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end].strip()
        if not line and first and TALLY_LINE.match(text, end + 1):
            position = end + 1  # a tally's lines: «…:\n\n▫️12 – над X»
            continue
        first = False
        if not line or line[0].isalnum() or line[0] in NOT_BULLETS:
            break
        spans = [
            s for s in ctx.places if position <= s.mention.start < end and id(s) not in origins
        ]
        if spans:
            finest = min(s.rank for s in spans)
            found += [s for s in spans if s.rank == finest]
        position = end + 1
    return found


def answered_early(
    ctx: Context, hit: Hit, rule: ClaimRule, origins: set[int]
) -> list[PlaceSpan] | None:
    """The places of a trigger known before its window is searched, or None: none for a phrase
    read across a place it must precede («в X со стороны»), the items under a bare header line
    (`header_items`; not for a predicate whose place stands before it: «Наши:\n— «Кинжалы» по
    аэродрому X» takes nothing)."""
    if rule.place_side == "after" and any(
        hit.first < s.first and s.last < hit.last for s in ctx.places
    ):
        return []
    items = header_items(ctx, hit, origins) if rule.place_side != "before" else []
    return items or counted_list(ctx, hit, rule.type) or None


# The settlements a trigger counts before listing them: «освободили шесть населённых пунктов,
# сообщили в Минобороны: X и Y в ДНР, Z в Запорожской области»
COUNTED_SETTLEMENTS = frozenset(
    ["пунктов", "пункта", "пунктів", "пункти", "сёл", "сел", "сіл", "села", "посёлков"]
)


def counted_list(ctx: Context, hit: Hit, claim_type: str) -> list[PlaceSpan]:
    """The places after a colon later in the trigger's sentence, when the trigger counts
    settlements right after it and names none before the colon."""
    doc = ctx.doc
    sentence, after = doc.tokens[hit.first].sentence, hit.last + 1
    near = doc.tokens[after : after + 4]
    if not any(t.form in COUNTED_SETTLEMENTS and t.sentence == sentence for t in near):
        return []
    colon = doc.text.find(":", doc.tokens[hit.last].end)
    places = [s for s in ctx.places if s.sentence == sentence and s.mention.start > hit.last]
    if colon < 0 or not places or places[0].mention.start < colon:
        return []
    listed = with_list(ctx, places[0], claim_type)
    return [s for s in listed if not qualifier(ctx, s, listed)]
