"""The one-byte view of a normalised text: one byte per character, and the mixed-script test
on it agreeing with the regex it replaces."""

from __future__ import annotations

import pytest

from monitor.text import onebyte
from monitor.text.normalize import _MIXED_HINT, _mixed_scripts, normalize

TEXTS = [
    "",
    "суджа",
    "https://t.me/rybar/1 суджа",
    "cуджа",  # Latin c first
    "суджa",  # Latin a last
    "сyджа",  # Latin y inside
    "kursk-суджа",  # a hyphen between: no neighbours
    "ıсуджа",  # dotless i, which cp1251 lacks
    "їx",
    "ґa",
    "ўz",
    "a\U0001f525б",  # an emoji between
    "αб",  # a Greek letter is no Latin one
    "\ud800суджа",  # a lone surrogate
]


@pytest.mark.parametrize("text", TEXTS)
def test_one_byte_a_character(text: str) -> None:
    assert len(onebyte.encode(text)) == len(text)


@pytest.mark.parametrize("text", TEXTS)
def test_mixed_scripts_as_the_regex(text: str) -> None:
    expected = _MIXED_HINT.search(text) is not None
    assert _mixed_scripts(text, onebyte.encode(text)) is expected
    if onebyte.UNCOVERED not in text:
        assert onebyte.mixed_scripts(onebyte.encode(text)) is expected


def test_characters_outside_the_code_page() -> None:
    view = onebyte.encode("a🔥α\ud800,")
    assert view == b"a " + bytes([onebyte.OTHER_WORD, onebyte.OTHER_WORD]) + b","
    assert onebyte.character(onebyte.OTHER_WORD) is None
    assert onebyte.character(view[0]) == "a"


@pytest.mark.parametrize(
    ("text", "normalised"), [("Cуджа", "суджа"), ("Kурск ıx", "курск ıx"), ("Бои", "бои")]
)
def test_normalize_fixes_look_alikes_and_keeps_the_view(text: str, normalised: str) -> None:
    norm = normalize(text)
    assert norm.text == normalised
    assert norm.view == onebyte.encode(normalised)
