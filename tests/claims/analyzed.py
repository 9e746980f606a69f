"""Claims of a text through the real analyzer and the bundled config, by English place name."""

from __future__ import annotations

from monitor.analyzer import Analyzer


def claims_of(analyzer: Analyzer, text: str, side: str) -> set[tuple[str, str, str]]:
    """(type, place's English name or "-", actor) of each claim the analyzer finds."""
    _, claims = analyzer.analyze(text, side)
    names = analyzer.gazetteer.places
    return {
        (c.claim_type, names[c.place_key].name_en if c.place_key else "-", c.actor) for c in claims
    }


def claims_of_type(
    analyzer: Analyzer, text: str, side: str, claim_type: str
) -> set[tuple[str, str, str]]:
    """The claims of `claims_of` of one type."""
    return {c for c in claims_of(analyzer, text, side) if c[0] == claim_type}


def actor_of(analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]) -> None:
    """Assert the analyzer finds the claim `expected` (type, place, actor), and not the same
    claim with the other side as its actor."""
    found = claims_of(analyzer, text, side)
    assert expected in found
    other = "ua" if expected[2] == "ru" else "ru"
    assert (*expected[:2], other) not in found
