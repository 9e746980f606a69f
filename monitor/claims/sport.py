"""A sports report: a sentence of a post that tells of a match in the words of sport tells no
ground war, whatever its verbs («„Крылья“ накатили „Ростову“ три безответных», «Наши
штурмовали ворота весь матч», «„Кривбас“ розгромив „Полтаву“»)."""

from __future__ import annotations

import re
from functools import lru_cache

# The words of a match report, by stem, and a score («4:0», not a time: «6:40»)
_SPORT = re.compile(
    r"(?<!\w)(матч|гол(?:а|ов|и|ів)?(?!\w)|болельщик|уболівальник|вболівальник|стадион|стадіон|"
    r"чемпионат|чемпіонат|турнир|турнір|тайм|футбол|хоккей|хокей|рпл(?!\w)|упл(?!\w)|"
    r"нападающ|нападник|вратар|воротар|форвард|полузащитник|півзахисник|пенальти|пенальті|"
    r"безответн|безвідповідальн|сборн[аоу]|збірн[аоу])|(?<![\d:])\d:\d(?![\d:])"
)
# How many different such words make a post a match report
SPORT_WORDS = 2


@lru_cache(maxsize=4)  # asked once per trigger: the post is searched once
def sports_report(text: str) -> bool:
    """Whether `text` holds `SPORT_WORDS` different words of a match report."""
    found = {match.group(1) or "score" for match in _SPORT.finditer(text.casefold())}
    return len(found) >= SPORT_WORDS


def of_the_match(sentence: str) -> bool:
    """Whether a sentence of a match report tells of the match: it holds a word of sport (not
    «Наши штурмовики зашли в Торецк», the sentence before «Вечером смотрели матч»)."""
    return _SPORT.search(sentence.casefold()) is not None
