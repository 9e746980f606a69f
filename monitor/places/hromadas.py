"""Hromadas as places of their own: «Білопільська громада», «Миропольской общины».

The matcher reads a hromada by its seat's adjective and finds the seat (its forms are the
seat's, like an axis). A hromada is a municipality of many villages, not its seat, so the
gazetteer holds a place of its own for it (`gazetteer.add_hromadas`), and `hromadas_apart`
moves such a reading onto it, unless its line names the seat itself as well («м. Харків та
Харківська територіальна громада» is the city): the claims read it so («Під ударами були
Білопільська та Юнаківська громади» is a strike on each).

What a post reports is the seat, as an axis is its town (`hromadas_as_seats`, after the
claims): users track Bilopillia, not its municipality, and the labelling conventions map «Харківська
територіальна громада» to Kharkiv. The mention's reason still says it was a hromada's name.
"""

from __future__ import annotations

import dataclasses
import re

from monitor.domain import AXIS_READING, ClaimFinding, PlaceMention
from monitor.places.elliptic_hromadas import in_hromada_list
from monitor.places.gazetteer import HROMADA_SUFFIX, Gazetteer

# the reading replaces the axis reading in the mention's reason: «Ukrainian name of a hromada»
READING = "name of a hromada"
_AXIS_WORDS = re.compile(r" \(«… [^»]*»\)")
# the noun a seat's adjective stands before: a hromada's, or an axis's («… напрямок»), in its
# line (an adjective listed first: «Юнаківської, Хотінської та Миропільської громад»)
_NOUN = re.compile(r"(громад|общин|отг|напрям|направлени)", re.IGNORECASE)
_HROMADA_NOUNS = ("громад", "общин", "отг")
# A hromada's noun in a form («… громади», «… общины»)
HROMADA_NOUN = re.compile(r"(?<!\w)(?:громад|общин|отг)")
# People a community is of, after «громада»/«община»: not a municipality
PEOPLE_AFTER = re.compile(
    r"\s*(?:волонтер|переселен|біженц|беженц|вимушен|вынужден|програміст|программист|рибал|"
    r"рыбак|підприємц|предпринимател|студент|віруюч|верующ|вірян|парафі|прихожан|айті|митц|"
    r"художник|письменник|журналіст|журналист|ветеран|пенсіонер|пенсионер|активіст|активист|"
    r"мігрант|мигрант|фермер|українц|украинц|евре|єврей|армян|вірмен)"
)


def hromadas_apart(text: str, mentions: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """`mentions` with each hromada read by its seat's adjective moved onto the hromada's own
    place, unless the seat is also named outright."""
    out = []
    for mention in mentions:
        hromada = mention.place_key + HROMADA_SUFFIX
        if (
            mention.axis
            and hromada in gaz.places
            and not _seat_in_line(text, mention, mentions)
            and (_hromada_noun_follows(text, mention.start) or in_hromada_list(text, mention.start))
        ):
            reason = mention.reason.replace(AXIS_READING, READING, 1)
            mention = dataclasses.replace(
                mention, place_key=hromada, reason=_AXIS_WORDS.sub("", reason, count=1)
            )
        out.append(mention)
    return out


def _seat_in_line(text: str, hromada: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """Whether the line of the hromada names its seat outright too: «м. Харків та Харківська
    територіальна громада» (a line before or after is another item: «Вовчанськ: загинула
    жінка.\nЕвакуація з Вовчанської громади»)."""
    start = text.rfind("\n", 0, hromada.start) + 1
    end = text.find("\n", hromada.end)
    end = len(text) if end < 0 else end
    return any(
        m.place_key == hromada.place_key and not m.axis and start <= m.start < end for m in mentions
    )


def _hromada_noun_follows(text: str, start: int) -> bool:
    end = text.find("\n", start)
    found = _NOUN.search(text, start, end if end >= 0 else len(text))
    return found is not None and found.group(1).casefold().startswith(_HROMADA_NOUNS)


def hromadas_as_seats(
    mentions: list[PlaceMention], claims: list[ClaimFinding]
) -> tuple[list[PlaceMention], list[ClaimFinding]]:
    """`mentions` and `claims` with each hromada's place put back to its seat, a claim the seat
    then carries twice (by type, actor and stance) kept once, at its more confident finding."""
    mentions = [
        dataclasses.replace(m, place_key=seat) if (seat := _seat_of(m.place_key)) else m
        for m in mentions
    ]
    if not any(_seat_of(c.place_key) for c in claims):
        return mentions, claims
    kept: dict[tuple[str, str | None, str, str], ClaimFinding] = {}
    for claim in claims:
        seat = _seat_of(claim.place_key)
        if seat is not None:
            claim = dataclasses.replace(claim, place_key=seat)
        key = (claim.claim_type, claim.place_key, claim.actor, claim.stance)
        if key not in kept or claim.confidence > kept[key].confidence:
            kept[key] = claim
    return mentions, list(kept.values())


def _seat_of(key: str | None) -> str | None:
    return key[: -len(HROMADA_SUFFIX)] if key and key.endswith(HROMADA_SUFFIX) else None
