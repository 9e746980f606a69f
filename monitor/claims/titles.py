"""A region named only in an official's or an office's title («губернатор Белгородской области»,
«глава Днепропетровской областной военной администрации», «Сумська ОВА»): a claim carried over
from an earlier sentence goes to the place the news is about, not to the title's region."""

from __future__ import annotations

from monitor.claims.spans import PlaceSpan
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
