"""A match told in the war's words: the claims of ground taken, held or lost in a sentence of a
match report are its metaphors («„Крылья“ накатили „Ростову“ три безответных», «Наши штурмовали
ворота весь матч»)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from monitor.claims.history import casefolded
from monitor.claims.morphology import clause_between
from monitor.claims.rules import Hit
from monitor.claims.spans import sentence_bounds
from monitor.text.lemmas import Doc

# A match told in the war's words («Накатили с первых минут, к середине второго периода оборона
# гостей посыпалась, а вратаря заменили после четвёртой шайбы»): the claims of ground taken,
# held or lost are its metaphors where the trigger's sentence names a word of sport and no side
# of the war, with two of these words near (a strike stays: «матч отменили из-за обстрела
# Белгорода»; a digest's war item stays beside its football item, and so does a boxing
# metaphor told of the sides: «ВСУ получили нокаут под Покровском»)
# (one word is no match: «Суджа освобождена: на местном стадионе … подняли флаг»)
GROUND_TYPES = frozenset({"capture", "advance", "withdrawal", "encirclement", "infiltration"})
_SPORTS = re.compile(
    r"(?<!\w)(матч(?:а|е|и|ей|ах|ам|ами|у|ем)?|турнир\w{0,3}|турнір\w{0,3}|"
    r"чемпионат\w{0,3}|чемпіонат\w{0,3}|хокке\w{1,3}|хоке\w{1,3}|футбол(?:а|е|у|ом|ист\w*)?|"
    r"шайб\w{0,3}|вратар\w{0,3}|воротар\w{0,3}|нокаут\w{0,3}|тайм(?:а|е|ом|і)?|"
    r"болельщик\w{0,3}|уболівальник\w{0,3}|стадион\w{0,3}|стадіон\w{0,3}|плей-офф|лиг[аиеу]|"
    r"ліг[аиі]|кхл|рпл|нхл|упл|ufc|мма|гол|гола|голы|голом|безответн\w{0,3}|пенальти|пенальті|"
    r"форвард(?:а|у|ом|ы|ов)?)(?!\w)"
)
# The words of a match itself (no metaphor: «ВСУ получили нокаут»), which tell the match even in
# a clause that names a side («Наши штурмовали ворота весь матч»)
_MATCH = ("матч", "гол", "безот", "пенал", "тайм", "шайб", "врат", "ворот")
SPORTS_REACH = 300  # characters either side of the trigger
_SIDES = ("russian_forces", "ukrainian_forces", "own_forces", "enemy_forces")


def sports_scene(cues: Mapping[str, Sequence[Hit]], doc: Doc, hit: Hit) -> bool:
    """Whether the trigger's sentence names a word of sport (`_SPORTS`), with two different
    such words within `SPORTS_REACH` characters, and no side, unless the trigger's own clause
    tells of the match (`_MATCH`)."""
    words = _sports_words(doc.text)
    if not words:
        return False
    first, last = sentence_bounds(doc, hit.first)
    start, end = doc.tokens[first].start, doc.tokens[last].end
    if not any(start <= at < end for at, _ in words):
        return False
    at = doc.tokens[hit.first].start
    if len({word for where, word in words if abs(where - at) <= SPORTS_REACH}) < 2:
        return False
    clause_start, clause_end = _clause_span(doc, hit.first)
    if any(clause_start <= where < clause_end and w.startswith(_MATCH) for where, w in words):
        return True
    return not any(first <= cue.first <= last for kind in _SIDES for cue in cues.get(kind, ()))


def _clause_span(doc: Doc, index: int) -> tuple[int, int]:
    """The characters of the clause of token `index` (to a comma, a colon, a dash or the
    sentence's end)."""
    tokens = doc.tokens
    start = end = index
    while start > 0 and tokens[start - 1].sentence == tokens[index].sentence:
        if clause_between(doc, start - 1, start):
            break
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].sentence == tokens[index].sentence:
        if clause_between(doc, end, end + 1):
            break
        end += 1
    return tokens[start].start, tokens[end].end


@lru_cache(maxsize=4)  # asked once per trigger: the post is searched once
def _sports_words(text: str) -> tuple[tuple[int, str], ...]:
    return tuple((m.start(), m.group(1)[:5]) for m in _SPORTS.finditer(casefolded(text)))


# Prizes a capture's verb may take as its object: «захопили 9 медалей», «взяли золото и кубок»
_PRIZES = re.compile(
    r"(?<!\w)(медал\w*|кубк\w*|кубок|золот(?:о|а|у)|серебро|срібло|бронз[ау]|приз\w*|"
    r"нагород\w*|наград\w*|трофе\w*|титул\w*|лидерство|лідерство|гран-при)(?!\w)"
)
PRIZE_REACH = 3  # words after the verb (a count between: «захватили 9 медалей»)


def prize_taken(doc: Doc, hit: Hit) -> bool:
    """Whether a prize is the trigger's object, within PRIZE_REACH words after it in its
    clause: «Школярі захопили 9 медалей на олімпіаді», «наши борцы взяли золото» (not «освободил
    Андреевку и получил медаль»)."""
    tokens = doc.tokens
    for index in range(hit.last + 1, min(hit.last + 1 + PRIZE_REACH, len(tokens))):
        if tokens[index].sentence != tokens[hit.first].sentence or clause_between(
            doc, index - 1, index
        ):
            return False
        # (a capitalised word is a name: «звільнили Золоту Ниву»)
        form = tokens[index].form
        if _PRIZES.fullmatch(form) and doc.text[tokens[index].start].islower():
            return True
        following = tokens[index + 1].form if index + 1 < len(tokens) else ""
        if form in ("первое", "перше") and following in ("место", "місце"):
            return True  # «заняли первое место» (not «первое село»)
    return False
