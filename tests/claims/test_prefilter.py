"""The claim prefilter's trigger-word test reads no morphology per post, and never turns away a
word that the lemma test it replaces (a lemma of the word among the key words' lemmas, or a key
prefix) lets through: else a post with a trigger would lose its claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.claims.prefilter import TriggerWords
from monitor.claims.rules import CompiledRules
from monitor.config import load_settings
from monitor.text.lemmas import WORD_RE, parse_word

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO.parent / "shared" / "data" / "gold"


@pytest.fixture(scope="module")
def triggers() -> dict[str, TriggerWords]:
    return CompiledRules.compile(load_settings(REPO / "config").claims).prefilter.triggers


def exact(known: TriggerWords, word: str) -> bool:
    form, lemmas = parse_word(word, known.lang)
    return not known.lemmas.isdisjoint(lemmas) or form.startswith(known.prefixes)


def words_of(texts: list[str]) -> set[str]:
    return {word for text in texts for word in WORD_RE.findall(text)}


SAMPLES = [
    "ВСУ атаковали позиции у Суджи, противник отступил, штурмовики зашли в село",
    "Российские войска освободили Малую Локню; ВС РФ нанесли удары по Сумам",
    "Ворог атакував Курщину, наші бійці знищили техніку, ЗСУ просунулися",
    "Удар-возмездие, об'єкт, м'ясорубка, Drone strike, captured, 2024",
    "ЗАХВАТИЛИ, Окружён, окружение, ОКРУЖЕНИЯ, отбили атаку, наступаем",
]


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_no_word_the_lemma_test_accepts_is_turned_away(
    triggers: dict[str, TriggerWords], lang: str
) -> None:
    known = triggers[lang]
    texts = list(SAMPLES)
    floor = 5  # the samples alone hold at least this many triggers in each language
    for name in ("dev.jsonl", "dev_uk.jsonl"):
        if (GOLD / name).exists():  # the real posts, where ../shared/data sits beside the repo
            lines = (GOLD / name).read_text(encoding="utf-8").splitlines()
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
            floor = 20
    accepted = [word for word in sorted(words_of(texts)) if exact(known, word)]
    assert len(accepted) > floor
    assert [word for word in accepted if not known.any_of({word})] == []


def test_every_form_of_a_key_lemma_passes(triggers: dict[str, TriggerWords]) -> None:
    known = triggers["ru"]
    assert "окружение" in known.lemmas
    for form in ("окружения", "окружением", "окружении", "ОКРУЖЕНИЯМИ"):
        assert known.any_of({form}), form


def test_unrelated_words_do_not_pass(triggers: dict[str, TriggerWords]) -> None:
    words = {"погода", "Киев", "сегодня", "концерт", "рецепт", "футбол"}
    assert not triggers["ru"].any_of(words)


def test_a_text_showing_one_language_is_looked_up_in_that_one_only() -> None:
    prefilter = CompiledRules.compile(load_settings(REPO / "config").claims).prefilter
    russian = "Противник атаковал Суджу, это подтвердили в штабе"  # «это», «ы»: Russian
    assert prefilter.trigger_languages(russian, [(0, len(russian))]) == {"ru"}
    uk = prefilter.triggers["uk"]
    assert not uk._yes and not uk._no  # its words were not looked up in Ukrainian at all
    ukrainian = "Ворог атакував Суджу, що підтвердили в штабі"  # «що», «і»: Ukrainian
    assert prefilter.trigger_languages(ukrainian, [(0, len(ukrainian))]) == {"uk"}
    neither = "Атака на Суджу"  # no letter or word of only one language: both are read
    assert prefilter.trigger_languages(neither, [(0, len(neither))]) == {"ru", "uk"}
