"""The claim extractor on its own, over hand-made mentions: what the genre tests share."""

from __future__ import annotations

import re
from types import SimpleNamespace

from monitor.claims.extractor import ClaimExtractor
from monitor.config import load_settings
from monitor.domain import PlaceMention

Claim = tuple[str, str | None, str, str]


def extractor_over(places: dict[str, tuple[str, ...]]) -> ClaimExtractor:
    """The bundled claim rules, with `places` (key → (kind, country[, English name])) as the
    gazetteer."""

    def info(key: str) -> SimpleNamespace:
        kind, country, *name_en = places[key]
        return SimpleNamespace(kind=kind, country=country, name_en=name_en[0] if name_en else "")

    return ClaimExtractor(load_settings().claims, info)


def claims(ex: ClaimExtractor, text: str, places: dict[str, str], side: str | None) -> set[Claim]:
    """The claims found, with the place matcher's mentions made from `places` (key → the
    surface as it stands in `text`)."""
    found = []
    for key, surface in places.items():
        for match in re.finditer(re.escape(surface), text):
            found.append(PlaceMention(key, match.start(), match.end(), surface, 1.0, "test"))
    return {(c.claim_type, c.place_key, c.actor, c.stance) for c in ex.extract(text, found, side)}
