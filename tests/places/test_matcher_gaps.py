"""The automaton scans the text with every boundary character a space ("gapped") and holds
" form " keys: a form is found after any boundary character, never inside a word, and a form
with spaces, hyphens or apostrophes only in its own spelling."""

from __future__ import annotations

import pytest

from monitor.places.compiler import _GAP, _one_byte
from monitor.places.compiler import gapped as _gapped
from monitor.places.compiler import gapped_view as _gapped_view
from monitor.places.matcher import PlaceMatcher
from monitor.text import onebyte
from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    "text", ["Бои у 🔥Суджи", "Бои у (Суджи)", "«Суджа» взята", "Суджа!", "—Суджа—", "Суджа\nвзята"]
)
def test_a_form_between_any_boundary_characters(text: str, keys: Keys) -> None:
    assert keys(text) == ["sudzha"]


@pytest.mark.parametrize(
    "text",
    ["Бои у _Суджи", "Бои у Суджи_", "2Суджа", "Суджа2", "\U00010330Суджа", "Суджа\U00010330"],
)
def test_no_form_next_to_a_word_character(text: str, keys: Keys) -> None:
    # U+10330 is a Gothic letter: an astral word character, a space in the gapped text
    assert "sudzha" not in keys(text)


@pytest.mark.parametrize(
    "text", ["Бои у __Суджи__", "__Бои у Суджи__", "Бои у **__Суджи__**", "Бои у ___Суджи___"]
)
def test_a_form_in_italics(text: str, keys: Keys) -> None:
    # Telethon writes italics as `__…__`: the marks are no part of the word they wrap
    assert keys(text) == ["sudzha"]


@pytest.mark.parametrize(
    ("text", "key", "found"),
    [
        ("Бои у Малой Локни", "malaya-loknya", True),
        ("Бои у Малой\tЛокни", "malaya-loknya", False),
        ("Бои у Малой-Локни", "malaya-loknya", False),
        ("Вибухи у Слов'янську", "sloviansk", True),
        ("Вибухи у Слов янську", "sloviansk", False),
        ("Вибухи у Слов-янську", "sloviansk", False),
    ],
)
def test_a_form_with_gaps_is_found_only_as_spelled(
    text: str, key: str, found: bool, keys: Keys
) -> None:
    assert (key in keys(text)) is found


def test_gapping_keeps_offsets(seed_matcher: PlaceMatcher) -> None:
    text = "«Суджа»,\tкурск_2🔥 х"
    gapped = _gapped(text)
    assert gapped == " " + " Суджа  \tкурск_2  х".replace("\t", " ") + " "
    assert len(gapped) == len(text) + 2


@pytest.mark.parametrize(
    "text",
    ["https://t.me/x/1\n\n*Суджа*, Курск. - Бои", "a/b.c,d-e*f\ng", "", "/", "—«Суджа»—🔥"],
)
def test_the_frequent_boundaries_replaced_apart_give_the_same_text(text: str) -> None:
    assert _gapped(text) == _GAP.sub(" ", f" {text} ")


def test_every_key_maps_back_to_its_forms(seed_matcher: PlaceMatcher) -> None:
    forms = seed_matcher.surface_forms()
    assert len(forms) == len(set(forms))
    assert {"слов'янськ", "малой локни", "суджа"} <= set(forms)
    automaton = seed_matcher.automaton
    assert all(  # its own key, or its first word's when the rest is a shared tail (`tails`)
        _gapped(form) in automaton or _gapped(form.partition(" ")[0]) in automaton
        for form in forms[:: len(forms) // 1000]
    )


@pytest.mark.parametrize(
    "text",
    [
        "https://t.me/x/1\n\n*суджа*, курск. - бои",
        "«суджа»,\tкурск_2🔥 х",
        "суджа\U00010330 αβγ 漢字 ① №5 µ … — – ‑ ' ʼ",
        "\ud800суджа\udfff",
        "",
    ],
)
def test_the_gapped_view_is_the_gapped_text_wherever_a_key_can_be(text: str) -> None:
    gapped, from_view = _gapped(text), _gapped_view(onebyte.encode(text))
    assert len(from_view) == len(gapped)
    for char, seen in zip(gapped, from_view, strict=True):
        # a word character outside the code page becomes one that no key holds
        assert seen == char or (seen == "\ufffd" and char != " " and not char.isascii())


def test_the_view_only_for_keys_of_its_code_page(seed_matcher: PlaceMatcher) -> None:
    assert seed_matcher.one_byte
    assert _one_byte([" суджа ", " sudzha ", " слов янськ "])
    assert not _one_byte([" суджа ", " sudža "])
