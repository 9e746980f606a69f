"""The places the real analyzer finds in a text, by surface form."""

from __future__ import annotations

from monitor.analyzer import Analyzer


def keys_of(analyzer: Analyzer, text: str, side: str = "ru") -> dict[str, str]:
    """Each found mention's surface form → the key of the place it was resolved to."""
    mentions, _ = analyzer.analyze(text, side)
    return {m.surface: m.place_key for m in mentions}
