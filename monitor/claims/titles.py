"""A region named only in an official's or an office's title («губернатор Белгородской области»,
«глава Днепропетровской областной военной администрации», «Сумська ОВА»): a claim carried over
from an earlier sentence goes to the place the news is about, not to the title's region, and
one that reaches only the title's goes to its sentence's own place (`own_place`). A short quoted
name is no act (`a_quoted_name`)."""

from __future__ import annotations

from monitor.claims.ranks import DISTRICT_RANK, REGION_RANK
from monitor.claims.rules import Hit
from monitor.claims.spans import Context, PlaceSpan
from monitor.claims.voice import gap
from monitor.text.labels import is_bullet, line_at
from monitor.text.lemmas import Doc

# an official or an office right before the region: «губернатор Курской области»
HOLDERS = frozenset(
    [
        "губернатор", "губернатора", "губернатору", "глава", "главы", "главе", "мэр", "мэра",
        "голова", "голови", "начальник", "начальника", "очільник", "очільника", "врио",
        "прокуратура", "прокуратуры", "прокуратури", "полиция", "полиции", "поліція", "поліції",
        # a region's emergency staff: «сообщил оперштаб Кубани», «оперштаб Краснодарского края»
        "оперштаб", "оперштаба", "штаб", "штаба", "мчс", "гсчс", "дснс",
    ]
)  # fmt: skip
# the office right after the region's adjective: «Днепропетровской областной военной
# администрации», «Сумської ОВА», «Курской областной думы»
OFFICES = (
    "областн", "обласн", "ова", "мва", "администрац", "адміністрац", "прокуратур", "дум",
    "рад", "полици", "поліці", "губернатор",
)  # fmt: skip


def in_a_title(doc: Doc, span: PlaceSpan) -> bool:
    """Whether the place `span` names is only part of an official's or an office's title."""
    tokens = doc.tokens
    if span.first and tokens[span.first - 1].form in HOLDERS:
        return True
    following = span.last + 1
    return following < len(tokens) and tokens[following].form.startswith(OFFICES)


# An opening quote and the one that closes it
QUOTES = {"«": "»", '"': '"', "„": "“", "“": "”"}
# How many words a quoted name holds at most
NAME_WORDS = 3


def a_quoted_name(doc: Doc, first: int) -> bool:
    """Whether token `first` is in a short quote inside its sentence that opens with a capital:
    a name, a film's, an operation's or a stadium's, not an act («Премьера драмы
    «Наступление»», «операция «Паутина»», «на «Трудовых резервах»»). Not quoted speech, which
    opens its sentence or follows a colon or a dash («Освобождён Покровск», — сообщили …;
    «… заявили: «Взяли Торецк»»), nor an abbreviation («ДРГ уничтожены»)."""
    tokens = doc.tokens
    for opening in range(first, max(first - NAME_WORDS, -1), -1):
        if tokens[opening].sentence != tokens[first].sentence:
            return False
        if _opens_a_name(doc, opening, first):
            return True
    return False


def _opens_a_name(doc: Doc, opening: int, first: int) -> bool:
    """Whether token `opening` opens a short quoted name that holds token `first`."""
    tokens, text = doc.tokens, doc.text
    start = tokens[opening].start
    closing = QUOTES.get(text[start - 1]) if start else None
    if closing is None or not text[start : start + 2].istitle():
        return False
    if not opening or tokens[opening - 1].sentence != tokens[opening].sentence:
        return False
    if set(text[tokens[opening - 1].end : start - 1]) & set(":—–-"):
        return False
    end = text.find(closing, start)
    return end >= tokens[first].end and sum(1 for t in tokens[opening:] if t.start < end) <= (
        NAME_WORDS
    )


def own_place(
    ctx: Context, hit: Hit, titled: list[PlaceSpan], claim_type: str, origins: set[int]
) -> list[PlaceSpan]:
    """Where a trigger reaches only places in an official's title: the sentence's own place
    nearest it, if it names one that is no origin («Очільник Харківської ОВА: росіяни вдарили
    по Харкову, загинули двоє», «… в Ижевске … сообщил глава Удмуртии»), else the title's, but
    never for ground taken or fought over («Кабмін погодив звільнення голови Миколаївської
    ОВА»)."""
    sentence = ctx.doc.tokens[hit.first].sentence
    own = [
        s
        for s in ctx.places
        if s.sentence == sentence
        and not in_a_title(ctx.doc, s)
        and id(s) not in origins
        and not _origin(ctx.doc, s)
    ]
    if titled and own:
        return sorted(own, key=lambda s: gap(hit, s.first, s.last))[:1]
    return [] if claim_type in ("capture", "advance") else titled


# Where an attack comes from: «со стороны Харькова», «з Бєлгорода», «з боку моря»
FROM = frozenset(["из", "с", "со", "от", "з", "із", "зі", "від", "стороны", "боку"])


def _origin(doc: Doc, span: PlaceSpan) -> bool:
    return span.first > 0 and doc.tokens[span.first - 1].form in FROM


def topic_region(ctx: Context, sentence: int) -> list[PlaceSpan]:
    """The one oblast or region the post names, for a `sentence` that names no place; where it
    stands only in an official's title, the one settlement the news is about («… в Кривом Роге,
    сообщил глава Днепропетровской ОВА.\n\nПрокуратура: восемь пострадавших»)."""
    if any(span.sentence == sentence for span in ctx.places):
        return []
    doc = ctx.doc
    first = next(t for t in doc.tokens if t.sentence == sentence)
    # (a digest's item tells a story of its own: «🔻… в Ровненской области.\n\n🔻В Тбилиси …
    # \n\n🔻Зеленский заявил, что погибло …» is no loss in that oblast; the lead above the
    # items is their topic, and two items may tell one story: «⚡️Атаковали Курскую область.\n
    # ⚡️Ранены трое»)
    item = is_bullet(line_at(doc.text, first.start)) and _items(doc.text) >= DIGEST_ITEMS

    def another_item(span: PlaceSpan) -> bool:
        token = doc.tokens[span.first]
        return token.paragraph != first.paragraph and is_bullet(line_at(doc.text, token.start))

    regions = {
        s.mention.place_key: s
        for s in ctx.places
        if s.rank >= REGION_RANK and not (item and another_item(s))
    }
    if len(regions) != 1:
        return []
    key = next(iter(regions))
    if all(in_a_title(ctx.doc, s) for s in ctx.places if s.mention.place_key == key):
        towns = {s.mention.place_key: s for s in ctx.places if s.rank < DISTRICT_RANK}
        if len(towns) == 1:
            return list(towns.values())
    return list(regions.values())


# The longest line that is a heading over a list
HEADING_CHARS = 60
# How many bulleted lines make a digest of stories of their own
DIGEST_ITEMS = 3


def _items(text: str) -> int:
    return sum(is_bullet(line) for line in text.splitlines() if line.strip())


def heads_a_list(ctx: Context, hit: Hit) -> bool:
    """Whether the trigger's line is a heading over a list: it ends with a colon and a bulleted
    line follows («**Постраждалі:**\n▪️ у с. Липці загинув …»): the items name their places,
    the heading stands for no region of its own."""
    text = ctx.doc.text
    start = ctx.doc.tokens[hit.first].start
    line_end = text.find("\n", start)
    line = line_at(text, start)
    # (a short heading, not a paragraph that ends «… Также:» before its items)
    if line_end < 0 or len(line) > HEADING_CHARS or not line.rstrip(" *_").endswith(":"):
        return False
    item_start = len(text) - len(text[line_end + 1 :].lstrip("\n "))  # the next line's words
    item = line_at(text, item_start)
    item_end = text.find("\n", item_start)
    item_end = len(text) if item_end < 0 else item_end
    # (the items name their places: not «Пострадавшие:\n— 2 человека», the lead's region's)
    return is_bullet(item) and any(
        line_end < ctx.doc.tokens[s.first].start < item_end for s in ctx.places
    )
