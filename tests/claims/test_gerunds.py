"""Past gerunds carry their verb's claim in both languages: «окупувавши Орлівку», «освободив
Дальнее». The Ukrainian dictionary makes each gerund its own lemma, so the verb is derived
(`lemmas.uk_gerund_verb`). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from monitor.text.lemmas import lemma_forms, lemmas_of
from tests.claims.extracting import Claim, claims, extractor_over

PLACES = {
    "orlivka": ("village", "UA"),
    "dalnie": ("village", "UA"),
    "vuhledar": ("town", "UA"),
    "kurakhove": ("town", "UA"),
    "kyiv": ("city", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("gerund", "verb"),
    [
        ("окупувавши", "окупувати"),
        ("звільнивши", "звільнити"),
        ("захопивши", "захопити"),
        ("просунувшись", "просунутися"),
        ("зайшовши", "зайти"),
    ],
)
def test_a_ukrainian_gerund_has_its_verb_among_its_lemmas(gerund: str, verb: str) -> None:
    assert verb in lemmas_of(gerund, "uk")
    assert gerund in lemma_forms(verb, "uk")  # the prefilter lets it through


def test_a_word_that_only_looks_like_a_gerund_gets_no_verb() -> None:
    assert lemmas_of("ковші", "uk")[0] == "ковші"
    assert not any(lemma.endswith("ти") for lemma in lemmas_of("вдови", "uk"))


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [
        (
            "Ворог перейшов у наступ, окупувавши Орлівку.",
            "ua",
            {"orlivka": "Орлівку"},
            {("capture", "orlivka", "ru", "asserted")},
        ),
        (
            "Сили оборони контратакували, звільнивши Орлівку.",
            "ua",
            {"orlivka": "Орлівку"},
            {("capture", "orlivka", "ua", "asserted")},
        ),
        (
            "Окупанти, захопивши Вугледар, святкують.",
            "ua",
            {"vuhledar": "Вугледар"},
            {("capture", "vuhledar", "ru", "asserted")},
        ),
        (
            "Наши взяли Курахово, освободив Дальнее.",
            "ru",
            {"kurakhove": "Курахово", "dalnie": "Дальнее"},
            {("capture", "kurakhove", "ru", "asserted"), ("capture", "dalnie", "ru", "asserted")},
        ),
        # power seized is no town taken
        ("Захопивши владу в Києві, вони почали репресії.", "ua", {"kyiv": "Києві"}, set()),
    ],
)
def test_a_gerund_carries_its_verbs_claim(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected


@pytest.mark.parametrize(
    ("text", "side", "actor"),
    [
        # the subject of the clause after a gerund's is the gerund's
        ("Захопивши Вугледар, ворог святкує.", "ua", "ru"),
        ("Звільнивши Вугледар, ЗСУ закріпилися.", "ua", "ua"),
        ("Освободив Вугледар, наши закрепились.", "ru", "ru"),
    ],
)
def test_a_gerunds_subject_follows_it(
    extractor: ClaimExtractor, text: str, side: str, actor: str
) -> None:
    found = claims(extractor, text, {"vuhledar": "Вугледар"}, side)
    assert ("capture", "vuhledar", actor, "asserted") in found, found
