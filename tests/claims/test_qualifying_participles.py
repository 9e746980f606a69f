"""A participle that qualifies a place («окупованого Донецька», «освобождённой Авдеевки») is
said of the place, not of the sentence: it leaves the place to the verb before it, and its side
is the one named inside the phrase or its rule's own, never the main verb's subject. Every text
is a paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

PLACES = {
    "donetsk": ("city", "UA"),
    "makiivka": ("city", "UA"),
    "melitopol": ("city", "UA"),
    "horlivka": ("city", "UA"),
    "avdiivka": ("town", "UA"),
    "sudzha": ("town", "RU"),
    "mariupol": ("city", "UA"),
    "hirnyk": ("town", "UA"),
    "zaporizhzhia-oblast": ("region", "UA"),
    "kherson-oblast": ("region", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [
        (
            "Сили оборони уразили ЗРК поблизу окупованого Донецька.",
            "ua",
            {"donetsk": "Донецька"},
            {("strike", "donetsk", "ua", "asserted"), ("capture", "donetsk", "ru", "asserted")},
        ),
        (
            "Наші дрони уразили пункт управління БпЛА в районі окупованої Макіївки.",
            "ua",
            {"makiivka": "Макіївки"},
            {("strike", "makiivka", "ua", "asserted"), ("capture", "makiivka", "ru", "asserted")},
        ),
        (
            "Наші воїни знищили склад пального біля тимчасово окупованого Мелітополя.",
            "ua",
            {"melitopol": "Мелітополя"},
            {
                ("strike", "melitopol", "ua", "asserted"),
                ("capture", "melitopol", "ru", "asserted"),
            },
        ),
        (
            "Дроны ВСУ атаковали нефтебазу в оккупированной Горловке.",
            "ua",
            {"horlivka": "Горловке"},
            {("strike", "horlivka", "ua", "asserted"), ("capture", "horlivka", "ru", "asserted")},
        ),
        # a liberator is the channel's side, not the striker the sentence names
        (
            "ВСУ нанесли удар по освобождённой Авдеевке.",
            "ru",
            {"avdiivka": "Авдеевке"},
            {("strike", "avdiivka", "ua", "asserted"), ("capture", "avdiivka", "ru", "asserted")},
        ),
        # the side named inside the phrase is the occupier
        (
            "Россия ударила по оккупированной ВСУ Судже.",
            "ru",
            {"sudzha": "Судже"},
            {("strike", "sudzha", "ru", "asserted"), ("capture", "sudzha", "ua", "asserted")},
        ),
        (
            "В подвалах освобождённого посёлка Горняк нашли дезертира.",
            "ru",
            {"hirnyk": "Горняк"},
            {("capture", "hirnyk", "ru", "asserted")},
        ),
        # a part of the place, or an adjective of it, still leaves the phrase the place's
        (
            "Жительница освобождённой части Запорожской области рассказала о военкомах.",
            "ru",
            {"zaporizhzhia-oblast": "Запорожской области"},
            {("advance", "zaporizhzhia-oblast", "ru", "reported")},
        ),
        (
            "Журналиста из Мали возили в оккупированный украинский Мариуполь.",
            "ua",
            {"mariupol": "Мариуполь"},
            {("capture", "mariupol", "ru", "asserted")},
        ),
        (
            "Украинские дроны атаковали машину чиновника в частично оккупированной Россией "
            "Херсонской области.",
            "ua",
            {"kherson-oblast": "Херсонской области"},
            {
                ("strike", "kherson-oblast", "ua", "asserted"),
                ("advance", "kherson-oblast", "ru", "asserted"),
            },
        ),
    ],
)
def test_a_qualifying_participle_keeps_the_verb_and_its_own_side(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected


def test_a_short_participle_is_a_predicate_of_its_own() -> None:
    ex = extractor_over(PLACES)
    found = claims(ex, "Суджа оккупирована украинскими войсками.", {"sudzha": "Суджа"}, "ru")
    assert ("capture", "sudzha", "ua", "asserted") in found
