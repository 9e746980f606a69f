"""A sports report: a clause of a post that tells of a match in the words of sport tells no
ground war, whatever its verbs («„Крылья“ накатили „Ростову“ три безответных», «Наши
штурмовали ворота весь матч»); its strikes and casualties stay («во время матча обстреляли
стадион, ранены двое болельщиков»)."""

from __future__ import annotations

import re
from functools import lru_cache

# The words of a match report, whole («Таймс», «матчасть», «голов скота», «форвардный» are none)
_SPORT = re.compile(
    r"(?<!\w)(матч(?:а|е|у|ем|и|ей|ах|ами)?|гол|гола|голы|голом|болельщик\w*|уболівальник\w*|"
    r"вболівальник\w*|стадион\w*|стадіон\w*|чемпионат\w*|чемпіонат\w*|турнир\w*|турнір\w*|"
    r"тайм(?:а|е|у|ы|ов)?|футбол\w*|хоккей\w*|хокей\w*|рпл|упл|вратар[ьяюе]\w*|воротар\w*|"
    r"форвард(?:а|у|ом|ы|ов)?|пенальти|пенальті|безответн\w*)(?!\w)"
)
# How many different such words make a post a match report
SPORT_WORDS = 2
# The claims a match's words unmake: a side's moves on the ground
GROUND = frozenset({"advance", "capture", "withdrawal", "encirclement", "deployment"})


@lru_cache(maxsize=4)  # asked once per trigger: the post is searched once
def sports_report(text: str) -> bool:
    """Whether `text` holds `SPORT_WORDS` different words of a match report."""
    found = {match.group(1) for match in _SPORT.finditer(text.casefold())}
    return len(found) >= SPORT_WORDS


def of_the_match(words: str) -> bool:
    """Whether a clause of a match report tells of the match: it holds a word of sport (not
    «Наши штурмовики зашли в Торецк», the sentence before «Вечером смотрели матч»)."""
    return _SPORT.search(words.casefold()) is not None
