"""A settlement or region named again by its noun alone: «Ворог атакував Дніпро … У місті
пошкоджено будинки», «Торецк. МО объявило об освобождении города», «Над областю сили ППО
знешкодили 23 БпЛА». The noun stands for the nearest place of its kind in its sentence, else
the one the sentence before names, else the post's topic (see `named_again`), and carries that
place's claims as a mention of its own (for the claim extractor only: the post names no new
place)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from monitor.domain import PlaceMention
from monitor.text.lemmas import Doc, Token

TOWNS = frozenset({"city", "town"})
VILLAGES = frozenset({"village", "settlement", "town"})
REGIONS = frozenset({"region"})

# The singular forms of the nouns, and the kinds of place each may stand for
NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("город", "города", "городу", "городом", "городе"), TOWNS),
    **dict.fromkeys(("місто", "міста", "місту", "містом", "місті"), TOWNS),
    **dict.fromkeys(("село", "села", "селу", "селом", "селе", "селі"), VILLAGES),
    **dict.fromkeys(("поселок", "поселка", "поселку", "поселком", "поселке"), VILLAGES),
    **dict.fromkeys(("селище", "селища", "селищу", "селищем", "селищі"), VILLAGES),
}
# «населённый пункт» in the singular: any settlement
SETTLEMENT_NOUNS = frozenset({"пункт", "пункта", "пункте", "пунктом", "пункту", "пункті"})
# a region only after a preposition of place: «над областью», «в області», «по области»
REGION_NOUNS = frozenset({"области", "областью", "області", "областю"})
REGION_PREPOSITIONS = frozenset({"над", "в", "у", "по", "на"})
# Determiners that point back («в этом городе», «у самому місті»): any other adjective names
# another town («в соседнем селе», «в каждом городе»)
POINTING = frozenset(
    {
        "этом", "этот", "этого", "этому", "этим", "том", "тот", "того", "самом", "самого",
        "самому", "самим", "сам", "цьому", "цей", "цього", "цим", "тому", "самім", "це", "это",
        "данном", "даному",
    }
)  # fmt: skip
# What the noun follows where it names a place of the war: a preposition of where («в городе»,
# «по городу», «у самому місті»; not of where from or how far: «из города», «до города ещё
# далеко») or a noun of a fight over it («освобождение города», «окраине села», «штурм
# міста»); not «музей истории города», «жители села»
PREPOSITIONS = frozenset(
    {"в", "во", "у", "по", "над", "біля", "около", "возле", "под", "під", "за", "на"}
)  # fmt: skip
SCENE_NOUNS = (
    "освобожд", "звільн", "штурм", "зачистк", "окраин", "околиц", "част", "центр", "окрестн",
    "подступ", "підступ", "блокад", "окружен", "оточен", "обстрел", "обстріл", "захват",
    "захопл", "взяти", "оборон", "квартал", "район",
)  # fmt: skip


# Where a place stands as a destination, named with no act on it: «Траса на Покровськ», «к
# Покровску», «в сторону Константиновки» (not «в», which is as often where: «в Пермь», «в Льгове»)
TOWARD = re.compile(r"(?:\bна|\bк|\bдо|сторону|бік|направлении|напрямку)\s+$", re.IGNORECASE)
# Where fire or forces came from: «кацапи з Енергодара гатили по місту» (the town is the one
# the post is about, Nikopol), «обстрел со стороны Торецка» (not «чоловік з Вовчанська»: a
# resident, whose town it is)
FROM = re.compile(
    r"(?:(?:кацап|окупант|оккупант|ворог|противник|всу|зсу|росіян|россиян|рашист|орк|укр|хохл|"
    r"войск|військ)\w*\s+(?:з|із|зі|из|с|со)|з боку|со стороны|из района|з району|з напрямку|"
    r"с направления)\s+$",
    re.IGNORECASE,
)


def came_from(doc: Doc, first: int) -> bool:
    """Whether the place at token `first` is where fire or forces came from («на въезде в город
    со стороны Ивановского. Ранены четверо»: the wounded are the town's, not that village's)."""
    start = doc.tokens[first].start
    return ORIGIN.search(doc.text, max(0, start - 40), start) is not None


# Where fire came from, not whose people («с россиянами из Шебекино»)
ORIGIN = re.compile(r"(?:з боку|со стороны|из района|з району|з напрямку|с направления)\s+$", re.I)


def named_again(
    doc: Doc, mentions: list[PlaceMention], kind_of: Callable[[str], Any]
) -> list[PlaceMention]:
    """`mentions` and a mention for each noun that names again a place named before it."""
    if not mentions:
        return mentions
    found = list(mentions)
    located: list[Located] | None = None  # worked out at the first noun: most posts have none
    for index, token in enumerate(doc.tokens):
        kinds = _kinds(doc, index)
        if kinds is None or _named_here(doc, index, mentions):
            continue
        if located is None:
            where = {t.start: (t.sentence, t.paragraph) for t in doc.tokens}
            located = [
                (m, _kind(kind_of, m.place_key), *where.get(m.start, (-1, -1))) for m in mentions
            ]
        antecedent = _antecedent(doc, token, kinds, located)
        if antecedent is not None:
            found.append(
                PlaceMention(
                    antecedent.place_key,
                    token.start,
                    token.end,
                    doc.text[token.start : token.end],
                    antecedent.confidence,
                    f"the noun names {antecedent.surface} again",
                )
            )
    return found


# A mention with its place's kind, sentence and paragraph
Located = tuple[PlaceMention, str, int, int]


def _antecedent(
    doc: Doc, token: Token, kinds: frozenset[str], located: list[Located]
) -> PlaceMention | None:
    """The place a noun names again: the nearest of its kind in the noun's sentence («В
    Селидово …, по городу работает арта»); else the one place of that kind the sentence before
    names, in the noun's paragraph and not as a destination («Также беспилотник атаковал Льгов.
    В городе ранены двое» is Lgov's, not the Kursk named twice above); else the post's topic,
    named most often before the noun, first on a tie («Покровськ. … накопичили біля Гродівки …
    У самому місті»; «ВСУ атаковали Каспийск … рейсы в Пермь.\n\n… беспилотник над городом»).
    Only places named in the post's opening paragraph or in the noun's own count: not a town of
    a bullet far above («… рейсы из Домодедово. … • в городе объявлено ЧП»)."""
    fitting = [
        (m, sentence, paragraph)
        for m, kind, sentence, paragraph in located
        if m.end <= token.start and kind in kinds and paragraph in (0, token.paragraph)
    ]
    here = [
        m
        for m, sentence, _ in fitting
        if sentence == token.sentence and not FROM.search(doc.text, max(0, m.start - 30), m.start)
    ]
    before = [
        m
        for m, sentence, paragraph in fitting
        if (sentence, paragraph) == (token.sentence - 1, token.paragraph)
        and not TOWARD.search(doc.text, max(0, m.start - 14), m.start)
    ]
    here = here or (before if len({m.place_key for m in before}) == 1 else [])
    if here:
        return here[-1]
    counts = Counter(m.place_key for m, _, _ in fitting)
    return max((m for m, _, _ in fitting), key=lambda m: counts[m.place_key], default=None)


def _kind(kind_of: Callable[[str], Any], key: str) -> str:
    try:
        return str(getattr(kind_of(key), "kind", ""))
    except LookupError:  # a place the lookup does not hold
        return ""


def _kinds(doc: Doc, index: int) -> frozenset[str] | None:
    """The kinds of place the token at `index` may name again, or None if it names none."""
    tokens, form = doc.tokens, doc.tokens[index].form
    before = index - 1
    if form in NOUNS:
        kinds = NOUNS[form]
    elif form in SETTLEMENT_NOUNS and before >= 0 and tokens[before].form.startswith("насел"):
        kinds, before = TOWNS | VILLAGES, before - 1
    elif form in REGION_NOUNS and before >= 0 and tokens[before].form in REGION_PREPOSITIONS:
        return REGIONS
    else:
        return None
    if before >= 0 and tokens[before].form in POINTING:
        before -= 1  # «в этом городе», «у самому місті»
    if before < 0 or tokens[before].sentence != tokens[index].sentence:
        return None
    previous = tokens[before].form
    # («музей истории города», «в соседнем селе», «в каждом городе»: another town)
    return kinds if previous in PREPOSITIONS or previous.startswith(SCENE_NOUNS) else None


def _named_here(doc: Doc, index: int, mentions: list[PlaceMention]) -> bool:
    """Whether a name stands with the noun: inside a mention («Курской области»), or right
    after it («в городе Курске», «селі Миколаївка»: a mention or a capital)."""
    token = doc.tokens[index]
    if any(m.start <= token.start < m.end for m in mentions):
        return True
    following: Token | None = doc.tokens[index + 1] if index + 1 < len(doc.tokens) else None
    if following is None or following.sentence != token.sentence:
        return False
    gap = doc.text[token.end : following.start]
    return gap.strip(' «"') == "" and (
        doc.text[following.start].isupper() or any(m.start == following.start for m in mentions)
    )


# A noun that may name a place again, after a preposition of where: the lines that hold one are
# worth reading for claims (see `prefilter.regions`) though they name no place
NOUN_AFTER_PREPOSITION = re.compile(
    r"(?<!\w)(?:в|у|по|над|на|під|под|біля|около|возле|за)\s+(?:\w+\s+)?"
    r"(?:город|міст|сел|посел|посёл|селищ|област)\w*",
    re.IGNORECASE,
)


# The same noun opening a sentence, its subject: «Ситуація в Гуляйполі складна.\nМісто під
# постійними ударами КАБів», «Город под обстрелом с утра»
NOUN_OPENING = re.compile(
    r"(?:^|(?<=[.!?…] ))[ \t]*(?:город|місто|село|селище|посёлок|поселок)(?!\w)",
    re.IGNORECASE | re.MULTILINE,
)


def noun_marks(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Marks (no place) where a noun after a preposition, or opening a sentence, may name a
    place of `mentions` again: for choosing the lines to read, not for claims."""
    if not mentions:
        return []
    found = [*NOUN_AFTER_PREPOSITION.finditer(text), *NOUN_OPENING.finditer(text)]
    return [
        PlaceMention("", m.start(), m.end(), m.group(), 0.0, "a noun that may name a place again")
        for m in sorted(found, key=lambda m: m.start())
    ]
