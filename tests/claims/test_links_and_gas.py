"""Two things real posts carry that hand-written ones seldom do: Markdown links inside a
sentence (as Telethon writes a post's text: «Беспилотник [атаковал](https://t.me/…) цех»), and
an explosion whose household-gas cause is told a paragraph later. Paraphrases written for these
tests."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from monitor.claims.links import without_links
from monitor.domain import PlaceMention
from tests.claims.extracting import Claim, claims, extractor_over


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(
        {
            "izhevsk": ("city", "RU"),
            "belgorod": ("city", "RU"),
            "kharkiv": ("city", "UA"),
            "kupiansk": ("city", "UA"),
            "pyatigorsk": ("city", "RU"),
        }
    )


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Беспилотник [атаковал](https://t.me/shot_shot/74226) заводской цех в Ижевске.",
            {"izhevsk": "Ижевске"},
            "ru",
            {("strike", "izhevsk", "ua", "asserted")},
        ),
        (
            "ВСУ [нанесли удар](https://t.me/x/1) по [Белгороду](https://t.me/x/2), сообщил "
            "губернатор.",
            {"belgorod": "Белгороду"},
            "ru",
            {("strike", "belgorod", "ua", "reported")},
        ),
        (
            "Окупанти [вдарили КАБами](https://t.me/synegubov/1) по Харкову.",
            {"kharkiv": "Харкову"},
            "ua",
            {("strike", "kharkiv", "ru", "asserted")},
        ),
    ],
)
def test_a_link_inside_the_sentence(
    extractor: ClaimExtractor,
    text: str,
    places: dict[str, str],
    side: str,
    expected: set[Claim],
) -> None:
    assert claims(extractor, text, places, side) == expected


def test_the_evidence_is_cut_from_the_post_as_written(extractor: ClaimExtractor) -> None:
    text = "Беспилотник [атаковал](https://t.me/shot_shot/74226) заводской цех в Ижевске."
    start = text.index("Ижевске")
    mention = PlaceMention("izhevsk", start, start + 7, "Ижевске", 1.0, "test")
    (finding,) = extractor.extract(text, [mention], "ru")
    assert finding.evidence == text[finding.evidence_start : finding.evidence_end]
    assert "атаковал](https://t.me/shot_shot/74226) заводской цех в Ижевске" in finding.evidence


def test_a_link_keeps_every_offset() -> None:
    text = "Пишут [тут](https://t.me/a/1) и [там](tg://resolve?domain=b), а не [здесь]."
    plain = without_links(text)
    assert len(plain) == len(text)
    assert plain.split() == ["Пишут", "тут", "и", "там", ",", "а", "не", "[здесь]."]


@pytest.mark.parametrize(
    ("text", "places", "side"),
    [
        (
            "В Пятигорске произошёл взрыв в многоквартирном доме.\n\n"
            "Этим утром в одной из квартир произошёл хлопок газовоздушной смеси. Погиб мужчина.",
            {"pyatigorsk": "Пятигорске"},
            "ru",
        ),
        (
            "В Белгороде прогремел взрыв в жилом доме.\n\nПо предварительным данным, причиной "
            "стала утечка газа.",
            {"belgorod": "Белгороде"},
            "ru",
        ),
        (
            "У Харкові пролунав вибух у багатоповерхівці.\n\nПопередньо, причиною став витік газу.",
            {"kharkiv": "Харкові"},
            "ua",
        ),
    ],
)
def test_household_gas_is_no_strike(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str
) -> None:
    assert claims(extractor, text, places, side) == set()


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        # a weapon named anywhere: the war's explosion, whatever else burst
        (
            "В Белгороде прогремели взрывы.\n\nСработала ПВО, сбиты две ракеты. В одном из домов "
            "повреждён газовый котёл.",
            {"belgorod": "Белгороде"},
            "ru",
            {("strike", "belgorod", "ua", "asserted")},
        ),
        # a strike named by its verb or noun, gas the damage it did
        (
            "Удар по Белгороду: разрушен подъезд, произошёл взрыв газовоздушной смеси.",
            {"belgorod": "Белгороду"},
            "ru",
            {("strike", "belgorod", "ua", "asserted")},
        ),
        (
            "Ворог вдарив по Харкову. Пошкоджено газові мережі, витік газу.",
            {"kharkiv": "Харкову"},
            "ua",
            {("strike", "kharkiv", "ru", "asserted")},
        ),
        # (a gas pipe damaged is no pipe crawled through: «=трубою» is that form only)
        (
            "У Харкові пролунав вибух. Ворог атакував місто дроном, пошкоджено газову трубу.",
            {"kharkiv": "Харкові"},
            "ua",
            {("strike", "kharkiv", "ru", "asserted")},
        ),
    ],
)
def test_a_weapon_keeps_the_strike(
    extractor: ClaimExtractor,
    text: str,
    places: dict[str, str],
    side: str,
    expected: set[Claim],
) -> None:
    assert claims(extractor, text, places, side) == expected
