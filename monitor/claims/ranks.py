"""What the claim extractor reads off a post's places and layout: how wide a place is (its
rank), its country, the post's headline (a short label names what the post is about), and the
punctuation between words (clause breaks, bulleted list lines)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from monitor.text.lemmas import WORD_RE, Doc, morph_analyzer

# Rank by the gazetteer's kinds (`gazetteer.KINDS`): the larger, the wider the place.
KIND_RANK = {
    "macro-region": 3,
    "region": 3,
    "district": 2,
    "settlement": 1,
    "city": 1,
    "town": 1,
    "village": 1,
    # a river is a stretch of front: a settlement the sentence names on it is the finer target
    # («на лівобережжі Дніпра поблизу Кринок»)
    "water": 2,
    "facility": 0,
}
REGION_RANK = KIND_RANK["region"]
DISTRICT_RANK = KIND_RANK["district"]
SETTLEMENT_RANK = KIND_RANK["settlement"]
AXIS_WORDS = re.compile(r"(?i)напрям|направлен")
ELLIPTIC_REGION_ENDINGS = ("ской", "ская", "скую", "цкой", "цкая", "ської", "ська", "цької")
REGION_WORDS = ("област", "обл.", "край", "республик", "щин", "днр", "лнр")
DISTRICT_WORDS = ("район", "р-н", "округ", "направлен")
CLAUSE_MARKS = (",", "—", "–", ":", ";", "(", ")")
# Pictographs, dingbats and flags: Telegram posts end their clauses with them («Курахово
# наше 🔥 ВСУ отошли к Дачному»)
EMOJI = re.compile("[\U0001f1e6-\U0001f1ff\U0001f300-\U0001faff\u2600-\u27bf]")
LIST_MARKS = " \t\n;,-–—•*·▪️"


def best_target(
    candidates: list[Any], trigger: int, places: list[Any], info_for: Any, origins: set[int]
) -> Any:
    """The best of a trigger's (preference, rank, distance, span) candidates: a weapon's heading
    first (a negative preference), else a place right by the trigger, else by preference, rank
    and distance; then the village that a district so chosen locates (`finest_inside`)."""
    headed = min(c[0] for c in candidates) < 0
    adjacent = [c for c in candidates if c[2] == 0 and not headed]
    chosen = min(adjacent or candidates, key=lambda c: c[:3])[3]
    return finest_inside(chosen, trigger, places, info_for, origins)


def finest_inside(
    chosen: Any, trigger: int, others: list[Any], info_for: Any, origins: set[int]
) -> Any:
    """The nearest settlement of `others` (a post's spans) in the sentence of the district
    `chosen`, named before the trigger, that lies inside it, whose locator the district is: «В
    Валуйском округе ВСУ атаковали посёлок Уразово: дрон ударил …» is the village's strike, not
    the district's (a district the trigger governs stays: «зачистили Глушковский район»).
    Not a place in `origins` (ids of spans where a weapon came from); `trigger`: the trigger's
    first token."""
    if chosen.rank != DISTRICT_RANK or chosen.kind != "district" or chosen.last >= trigger:
        return chosen  # (an oblast's strike may be wider than the town a sentence names)
    district = getattr(info_for(chosen.mention.place_key), "name_en", None)
    if not district:
        return chosen
    inside = [
        span
        for span in others
        if span.rank == SETTLEMENT_RANK
        and span.sentence == chosen.sentence
        and id(span) not in origins
        and getattr(info_for(span.mention.place_key), "district", None) == district
    ]
    return min(inside, key=lambda span: abs(span.first - chosen.last), default=chosen)


# A headline of at most this many words is a label: its place is what the post is about.
HEADING_WORDS = 6


# A first sentence of a few names, ending in a full stop on the first line, is an in-line label:
# «Крынки. Хохлы продолжают …», «Часов Яр, микрорайон Канал. Тяжело.»
INLINE_LABEL = re.compile(r"\A\s*([^.!?\n]{2,40}?)\.[ \t]+(?=[«\"A-ZА-ЯЁІЇЄҐ])")
LABEL_WORDS = 4


@lru_cache(maxsize=8)  # one post's callers ask again and again: label test once per text
def headline_end(text: str) -> int:
    """The offset where a post's first line with text ends (the whole text for one line), or
    its first sentence when that is an in-line label of a few words."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    label = INLINE_LABEL.match(text)
    if label and (end < 0 or label.end(1) < end) and _names_only(label.group(1)):
        return label.end(1)
    return len(text) if end < 0 else end


# Lowercase words a label of places may hold: «Часов Яр, микрорайон Канал», «Курская область»
LABEL_NOUNS = frozenset(
    ["микрорайон", "район", "область", "направление", "напрямок", "громада", "окраины", "околиці"]
)


def _names_only(label: str) -> bool:
    """A few words, each a name or a word of a place («Часов Яр, микрорайон Канал»), not a
    sentence («Доброе из Москвы»)."""
    words = WORD_RE.findall(label)
    return (
        0 < len(words) <= LABEL_WORDS
        and all(word[:1].isupper() or word.casefold() in LABEL_NOUNS for word in words)
        and not _predicate(words[0])  # «Взяли Авдеевку.» is news, not a label
        and words[0].casefold() not in GREETINGS  # «Привет, Донбасс.»
    )


@lru_cache(maxsize=10_000)
def _predicate(word: str) -> bool:
    """Whether a sentence's first word is a verb or a function word in either language."""
    form = word.casefold()
    return any(
        str(morph_analyzer(lang).parse(form)[0].tag).startswith(NOT_NAMES) for lang in ("ru", "uk")
    )


NOT_NAMES = ("VERB", "INFN", "PRTS", "GRND", "ADVB", "PREP", "CONJ", "PRCL", "NPRO", "PRED", "INTJ")
GREETINGS = frozenset(
    ["привет", "привіт", "здравствуй", "здравствуйте", "вітаю", "доброе", "добрый", "доброго",
     "добрий", "слава", "внимание", "увага", "итоги", "підсумки", "срочно", "терміново", "upd"]
)  # fmt: skip


def is_label(text: str) -> bool:
    """Whether the post's headline is a short label («**Липці**», «Курское направление»), not
    a sentence of news: what the post is about."""
    end = headline_end(text)
    return end < len(text) and len(WORD_RE.findall(text, 0, end)) <= HEADING_WORDS


# A city's own district («Industrialnyi District (Kharkiv)»): finer than the city it is in
CITY_DISTRICT = re.compile(r"District \([^)]*\)$")
CITY_DISTRICT_RANK = 0


def rank_of(info: Any, surface: str, axis: bool = False) -> int:
    """The rank of a mention of place `info` as `surface` (`axis`: read as an axis)."""
    kind = str(getattr(info, "kind", "") or "").lower()
    if kind == "district" and CITY_DISTRICT.search(str(getattr(info, "name_en", "") or "")):
        return CITY_DISTRICT_RANK
    if KIND_RANK.get(kind) == SETTLEMENT_RANK and (axis or AXIS_WORDS.search(surface)):
        # «на Покровському напрямку» names a stretch of front as wide as a raion, not the town
        # (nor the village an axis is named after): a village the sentence names is the finer
        # target
        return DISTRICT_RANK
    if kind in KIND_RANK:
        return KIND_RANK[kind]
    lowered = surface.casefold()
    if any(word in lowered for word in REGION_WORDS):
        return REGION_RANK
    if any(word in lowered for word in DISTRICT_WORDS):
        return DISTRICT_RANK
    if " " not in lowered and lowered.endswith(ELLIPTIC_REGION_ENDINGS):
        return REGION_RANK  # «над Брянской и Курской»: an oblast named by its adjective alone
    return SETTLEMENT_RANK


def elliptic_region(form: str) -> bool:
    """An oblast named by its adjective alone that the matcher left out: a list item
    («7 — над Белгородской, 2 — над Воронежской») the list runs through."""
    return len(form) > 6 and form.endswith(ELLIPTIC_REGION_ENDINGS)


def country_of(info: Any) -> str:
    value = str(getattr(info, "country", "") or "").upper()
    if value.startswith(("RU", "RUSSIA")):
        return "RU"
    if value.startswith(("UA", "UKR")):
        return "UA"
    return ""


def clause_break(doc: Doc, left: int, right: int) -> bool:
    """True when punctuation that ends a clause stands between tokens `left` and `right`."""
    between = doc.text[doc.tokens[left].end : doc.tokens[right].start]
    return any(mark in between for mark in CLAUSE_MARKS)


# Words a tally's line may open with before its place: «— 19 над Белгородской», «— 7 над
# акваторией Азовского моря»
TALLY_LINE_WORDS = frozenset(
    {
        "над",
        "в",
        "у",
        "по",
        "под",
        "під",
        "на",
        "біля",
        "акваторией",
        "акваторією",
        "территорией",
        "територією",
    }
)
# The word that may stand before a republic's name in a tally's line: «6 – над территорией
# Республики Крым», «— 3 над Республикой Адыгея»
REPUBLIC_WORDS = frozenset(
    {"республики", "республикой", "республіки", "республікою", "республика", "республіка"}
)


def list_line_break(doc: Doc, left: int, right: int) -> bool:
    """Only a line break and bullet punctuation stand between tokens `left` and `right`, and
    a tally's count and preposition opening the next line («,\n— 19 над Белгородской»); or
    whole tally lines between whose place the gazetteer lacks («,\n9 – над территорией
    Московского региона,\n11 – над территорией Калужской»)."""
    tokens = doc.tokens
    between = doc.text[tokens[left].end : tokens[right].start]
    lines = between.split("\n")
    if len(lines) > 2 and "" not in (line.strip() for line in lines[1:-1]):
        if not all(TALLY_LINE.match(line) for line in lines[1:-1]):
            return False
        last_start = tokens[right].start - len(lines[-1])
        left = max(i for i in range(left, right) if tokens[i].start < last_start)
        lines = [lines[0], lines[-1]]
        between = "\n".join(lines)
    words = [w for w in tokens[left + 1 : right] if w.form not in REPUBLIC_WORDS]
    if len(words) > 3 or not all(w.form.isdigit() or w.form in TALLY_LINE_WORDS for w in words):
        return False
    # a preposition opens a tally's line only after its count: not «…в Орехове;\n— у Малых
    # Щербаков без изменений» (a line of its own)
    if words and not any(w.form.isdigit() for w in words):
        return False
    bare = "".join(c for c in between if not c.isalnum())
    return "\n" in bare and "\n\n" not in bare and not bare.strip(LIST_MARKS)


# A tally's line: its count first («9 – над территорией …», «— 12 над …»)
TALLY_LINE = re.compile(r"\s*[-–—•*·▪▫️]*\s*\d+\s*[-–—]")


def qualified(doc: Doc, spans: list[Any]) -> Any:
    """The last of `spans` (places in text order), or the settlement it qualifies when it is
    the district or oblast right after one («Сушаны Климовского района», «Покровське
    (Дніпропетровська область)»: the village), or the city district it qualifies when it is
    the city («Корабельний район Херсона»)."""
    last = spans[-1]
    if len(spans) < 2:
        return last
    before = spans[-2]
    between = doc.text[doc.tokens[before.last].end : doc.tokens[last.first].start].strip()
    if last.mention.axis and not before.mention.axis and between in ("на", "в", "у"):
        return before  # «біля Зарічного на Лиманському напрямку»: the village
    if between == "" and before.mention.place_key.endswith(f"-{last.mention.place_key}"):
        return before  # a city's district, the city after it: «Корабельний район Херсона»
    if last.rank < DISTRICT_RANK:
        return last
    # «біля Новенького на Сумщині», «в Глушково в Курской области»: the village too
    located = last.rank >= REGION_RANK and between in ("на", "в", "у")
    return before if before.rank < last.rank and (between in ("", "(") or located) else last


def with_list_items(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`regions` (runs of whole lines), each run on through the list that a line of it heads:
    the lines after a line ending with a colon, up to a blank line after the first item
    («Обстрілів зазнали:\n- Краснопілля;\n- Юнаківка»: the tokenizer keeps them in the head's
    sentence)."""
    extended: list[tuple[int, int]] = []
    for start, end in regions:
        head = text.rfind(":", start, end)
        while head >= 0 and not _ends_line(text, head):
            head = text.rfind(":", start, head)
        if head >= 0:
            # (a blank line right after the head belongs to it: «… сообщает МО:\n\n• 126 — …»)
            items = len(text) - len(text[head + 1 :].lstrip(" *_\n"))
            block = text.find("\n\n", items)
            end = max(end, len(text) if block < 0 else block)
        if extended and start <= extended[-1][1] + 1:
            extended[-1] = (extended[-1][0], max(end, extended[-1][1]))
        else:
            extended.append((start, end))
    return extended


def _ends_line(text: str, index: int) -> bool:
    """Whether only spaces and markup stand between `index` and the end of its line."""
    line_end = text.find("\n", index)
    rest = text[index + 1 : line_end if line_end >= 0 else len(text)]
    return not rest.strip(" *_")
