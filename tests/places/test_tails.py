"""Forms of a shared tail («… сільської громади», «… напрямку»): the automaton holds their first
word, and a hit of it followed by a tail is the whole form's hit, exactly where the form's own
key found it (`tails`). Paraphrases written for these tests, not gold posts."""

from __future__ import annotations

import pytest

from monitor.places import compiler
from monitor.places.gazetteer import Gazetteer, GazetteerPlace, Names
from monitor.places.matcher import PlaceMatcher
from monitor.places.tails import word_ends


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Евакуація з Миропільської сільської громади триває.",
            [("myropillia", "Миропільської сільської громади")],
        ),
        (
            "Ворог обстріляв населені пункти у Білопільській міській громаді.",
            [("bilopillia", "Білопільській міській громаді")],
        ),
        (
            "Під ударом були території Юнаківської, Хотінської та Миропільської громад.",
            [
                ("yunakivka", "Юнаківської"),
                ("khotin", "Хотінської"),
                ("myropillia", "Миропільської громад"),
            ],
        ),
        (
            "Противник атаковал населённые пункты Миропольской общины.",
            [("myropillia", "Миропольской общины")],
        ),
        (
            "Удары по Миропольской ОТГ и Краснопольской общине.",
            [("myropillia", "Миропольской ОТГ"), ("krasnopillia", "Краснопольской общине")],
        ),
        (
            "Бої в Миропільській громаді, Миропільську громаду, Миропільською громадою.",
            [
                ("myropillia", "Миропільській громаді"),
                ("myropillia", "Миропільську громаду"),
                ("myropillia", "Миропільською громадою"),
            ],
        ),
        (
            "Обстріл Миропольской сельской общины, Миропольской поселковой общине.",
            [
                ("myropillia", "Миропольской сельской общины"),
                ("myropillia", "Миропольской поселковой общине"),
            ],
        ),
        # only as spelled: one space before the tail, a word boundary after it
        (
            "Миропільської  сільської громади, Миропільської-сільської громади, "
            "Миропільської сільської громадиш",
            [],
        ),
        (
            "МИРОПІЛЬСЬКОЇ СІЛЬСЬКОЇ ГРОМАДИ; миропільської сільської громади_; "
            "(Миропільської громади)",
            [
                ("myropillia", "МИРОПІЛЬСЬКОЇ СІЛЬСЬКОЇ ГРОМАДИ"),
                ("myropillia", "Миропільської громади"),
            ],
        ),
        (
            "На Покровському та Лиманському напрямках, на Курахівському напрямку",
            [
                ("pokrovsk", "Покровському"),
                ("lyman", "Лиманському напрямках"),
                ("kurakhove", "Курахівському напрямку"),
            ],
        ),
    ],
)
def test_a_hromada_or_an_axis_in_any_case(
    seed_matcher: PlaceMatcher, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.place_key, m.surface) for m in seed_matcher.find(text)] == expected


def test_the_seed_matcher_keys_its_hromadas_by_their_heads(seed_matcher: PlaceMatcher) -> None:
    assert len(seed_matcher.heads) > 1000
    assert " миропільської " in seed_matcher.automaton
    assert " миропільської сільської громади " not in seed_matcher.automaton
    assert "миропільської сільської громади" in seed_matcher.surface_forms()


@pytest.mark.parametrize(
    ("text", "end", "ends"),
    [
        ("ab", 2, True),
        ("ab c", 2, True),
        ("ab.", 2, True),
        ("ab🔥", 2, True),
        ("abc", 2, False),
        ("ab_", 2, False),
        ("ab1", 2, False),
        ("ab\U00010330", 2, False),  # an astral letter
        ("ab\ud800", 2, False),  # a lone surrogate: no space in the gapped text
    ],
)
def test_a_tail_ends_where_a_key_would(text: str, end: int, ends: bool) -> None:
    assert word_ends(text, end) is ends


@pytest.fixture(scope="module")
def towns() -> Gazetteer:
    gaz = Gazetteer()
    for key, en, ru, uk, kind in (
        ("sudzha", "Sudzha", "Суджа", "Суджа", "town"),
        ("malaya-loknya", "Malaya Loknya", "Малая Локня", "Мала Локня", "village"),
        ("bilopillia", "Bilopillia", "Белополье", "Білопілля", "town"),
        ("pokrovsk", "Pokrovsk", "Покровск", "Покровськ", "town"),
        ("velyka-pysarivka", "Velyka Pysarivka", "Великая Писаревка", "Велика Писарівка", "town"),
        ("sumy-raion", "Sumy Raion", "Сумский район", "Сумський район", "district"),
    ):
        place = GazetteerPlace(
            key, en, ru, uk, kind, "Sumy Raion", "Sumy Oblast", "UA", 50.9, 34.8, "test"
        )
        gaz.add(place, Names())
    return gaz


_AROUND = [
    ("", ""),
    ("Бои у ", "."),
    ("x", ""),
    ("", "x"),
    ("_", ""),
    ("", "_"),
    ("", "1"),
    ("", "\ud800"),
    ("", "\U00010330"),
    ("", "🔥"),
    ("«", "»"),
    ("", "-x"),
    ("", " громади"),
]


def _texts(forms: list[str]) -> list[str]:
    texts = [f"{before}{form}{after}" for form in forms for before, after in _AROUND]
    texts += [text.upper() for text in texts]
    for form in forms:
        words = form.split(" ")
        texts += ["  ".join(words), "-".join(words), form[:-1], form + form[-1]]
    return texts


def test_headed_forms_are_found_where_their_own_keys_were(
    towns: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compiler, "TAIL_MIN", 10**9)
    whole = PlaceMatcher.build(towns)
    monkeypatch.setattr(compiler, "TAIL_MIN", 1)
    headed = PlaceMatcher.build(towns)
    assert len(whole.heads) == 0 and len(headed.heads) > 10
    assert sorted(headed.surface_forms()) == sorted(whole.surface_forms())
    for text in _texts(whole.surface_forms()):
        assert headed.candidates(text) == whole.candidates(text), text
        assert headed.find(text, "ua") == whole.find(text, "ua"), text
