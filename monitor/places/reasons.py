"""The reason given for a place reading (`monitor places test`, the eval predictions), in plain
words: which form of the name was read, and what in the post chose among namesakes.

Only the wording lives here; the decisions are `disambiguate`'s."""

from __future__ import annotations

import functools

from monitor.domain import AXIS_READING
from monitor.places.surfaces import ADJ, AXIS, LATIN

LANGUAGES = {"ru": "Russian", "uk": "Ukrainian", "en": "English"}
_AXIS_WORD = {"ru": "направление", "uk": "напрямок», «… громада"}
# At most this many of the post's other places are named in a reason.
SHOWN = 3


@functools.cache  # a few dozen (language, kind) pairs, asked for each reading
def form(lang: str, kind: int) -> str:
    """«Russian name», «Ukrainian adjective of the name», «Latin-script spelling»."""
    if kind == LATIN:
        return "English name" if lang == "en" else "Latin-script spelling"
    language = LANGUAGES.get(lang, lang)
    if kind == ADJ:
        return f"{language} adjective of the name"
    if kind == AXIS:
        return f"{language} {AXIS_READING} («… {_AXIS_WORD.get(lang, 'направление')}»)"
    return f"{language} name"


def area(area_name: str, others: list[str], named_itself: bool) -> str:
    """Why the post points to AREA_NAME (an oblast or district): it names the area itself, or
    OTHERS (keys of the post's other places) lie in it; empty when nothing else in the post
    does (the place's own mention is no evidence)."""
    if not others:
        return ""
    if named_itself:
        return f"the post names {area_name}"
    shown = ", ".join(others[:SHOWN]) + (", …" if len(others) > SHOWN else "")
    return f"the post's other places are in {area_name} ({shown})"


def near(key: str, km: int) -> str:
    return f"within {km} km of {key}, also in the post"


def front_near(km: int) -> str:
    return f"the only one of its namesakes on the front line within {km} km of the post's places"


def namesakes(count: int) -> str:
    return f"{count} places share this form"


AIRFIELD = "an airfield: a word like «аэродром» comes before it"
REGION_OF_CITY = "read as the city's region, after a word like «вторжение в»"
COMMON_WORD = "also an ordinary word"
UNDECIDED = "undecided: nothing in the post tells the places of this name apart"
RECENT = "chosen by the places the channel named recently (nothing in the post tells them apart)"
FRONT_ONLY = "the only one of its namesakes on the front line (a post about the war)"
ONE_RAION = "its namesakes as likely are in the same raion, which the post names"
SENTENCE_RAION = "in the raion its sentence's listed places lie in"
