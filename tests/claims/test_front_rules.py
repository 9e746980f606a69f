"""The rules the front-genre matrix (front_matrix.py) led to, each on paraphrases of its own:
repelled attacks, a side named as the victim by its possessive, the subject of a source verb,
rivers and settlements, failed attempts, lists carried by «вони тривали», and the genres' words.
Every text is written for this test (conventions: ../shared/data/gold/README.md)."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from monitor.text.language import language_evidence
from tests.claims.extracting import Claim, claims, extractor_over

PLACES = {
    "krynky": ("town", "UA"),
    "toretsk": ("town", "UA"),
    "pokrovsk": ("city", "UA"),
    "kurakhove": ("town", "UA"),
    "umanske": ("village", "UA"),
    "dachne": ("village", "UA"),
    "orikhiv": ("town", "UA"),
    "dnipro-river": ("water", "UA"),
    "kursk-oblast": ("region", "RU"),
    "sudzha": ("town", "RU"),
    "guevo": ("village", "RU"),
    "tyotkino": ("town", "RU"),
    "stepnohirsk": ("settlement", "UA"),
    "vovchansk": ("town", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


def _one(found: set[Claim], claim_type: str) -> set[tuple[str | None, str]]:
    return {(c[1], c[2]) for c in found if c[0] == claim_type}


# --- a repelled attack is the attacker's advance; the repelling side defends -----------------


@pytest.mark.parametrize(
    ("text", "places", "side", "actor"),
    [
        ("Сили оборони відбили чотири атаки біля Торецька.", {"toretsk": "Торецька"}, "ua", "ru"),
        ("Наші бійці відбили штурм поблизу Покровська.", {"pokrovsk": "Покровська"}, "ua", "ru"),
        ("ВСУ отразили шесть атак у Суджи.", {"sudzha": "Суджи"}, "ua", "ru"),
        ("Наши отбили две атаки у Суджи.", {"sudzha": "Суджи"}, "ru", "ua"),
        (
            "Отражены три атаки штурмовых групп ВСУ у Гуево.",
            {"guevo": "Гуево"},
            "ru",
            "ua",
        ),
    ],
)
def test_the_side_that_repels_is_not_the_attacker(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, actor: str
) -> None:
    found = claims(extractor, text, places, side)
    assert _one(found, "advance") == {(next(iter(places)), actor)}, found


# --- a side's possessive before what is hit names the victim ---------------------------------


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "На Покровському напрямку ворог атакував наші позиції 30 разів.",
            {"pokrovsk": "Покровському напрямку"},
            "ua",
            ("advance", "pokrovsk", "ru"),
        ),
        (
            "Ураження ворожих човнів біля Кринок.",
            {"krynky": "Кринок"},
            "ua",
            ("strike", "krynky", "ua"),
        ),
        (
            "Знищення окупантів поблизу Торецька.",
            {"toretsk": "Торецька"},
            "ua",
            ("casualties", "toretsk", "ua"),
        ),
        (
            "Нанесено поражение живой силе ВСУ в районе Гуево.",
            {"guevo": "Гуево"},
            "ru",
            ("casualties", "guevo", "ru"),
        ),
        # the side after a phrase that ends in its object owns that object, whoever strikes
        (
            "Подразделения группировки «Юг» нанесли поражение живой силе и технике ВСУ у Торецка.",
            {"toretsk": "Торецка"},
            "ru",
            ("strike", "toretsk", "ru"),
        ),
        (
            "Нанесено поражение живой силе и технике ВСУ в районе Кринок.",
            {"krynky": "Кринок"},
            "ua",
            ("strike", "krynky", "ru"),
        ),
    ],
)
def test_a_possessive_or_genitive_object_names_the_victim(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: Claim
) -> None:
    found = claims(extractor, text, places, side)
    assert expected in {c[:3] for c in found}, found


def test_the_side_right_after_an_attack_noun_is_still_its_agent(extractor: ClaimExtractor) -> None:
    found = claims(
        extractor, "В результате удара ВСУ по Гуево погибли двое.", {"guevo": "Гуево"}, "ru"
    )
    assert ("strike", "guevo", "ua") in {c[:3] for c in found}, found


def test_the_subject_after_taking_prisoners_is_still_the_captor(extractor: ClaimExtractor) -> None:
    text = "Жители Суджи, которых взяли в плен украинские боевики, вернулись домой."
    found = claims(extractor, text, {"sudzha": "Суджи"}, "ru")
    assert {c[2] for c in found if c[0] == "casualties"} == {"ua"}, found


def test_the_side_of_a_source_verbs_subject_is_no_actor(extractor: ClaimExtractor) -> None:
    text = "Российские военкоры сообщают, что удар пришёлся по окраине Суджи."
    found = claims(extractor, text, {"sudzha": "Суджи"}, "ru")
    assert ("strike", "sudzha", "ua") in {c[:3] for c in found}, found


# --- a river is a stretch of front: a settlement named with it is the finer target -----------


def test_a_settlement_on_the_river_takes_the_claim(extractor: ClaimExtractor) -> None:
    text = "Ворог атакував на лівобережжі Дніпра поблизу Кринок."
    found = claims(extractor, text, {"dnipro-river": "Дніпра", "krynky": "Кринок"}, "ua")
    assert {c[1] for c in found} == {"krynky"}, found


def test_a_river_alone_keeps_the_claim(extractor: ClaimExtractor) -> None:
    text = "На лівобережжі Дніпра наші дронарі уразили ворожий човен."
    found = claims(extractor, text, {"dnipro-river": "Дніпра"}, "ua")
    assert ("strike", "dnipro-river", "ua") in {c[:3] for c in found}, found


# --- failed attempts are denials, a failed counterattack is no denial of what follows ---------


@pytest.mark.parametrize(
    ("text", "places", "side"),
    [
        (
            "Ворог здійснив дві невдалі спроби просунутися біля Торецька.",
            {"toretsk": "Торецька"},
            "ua",
        ),
        ("Противник предпринял безуспешную попытку прорваться у Суджи.", {"sudzha": "Суджи"}, "ru"),
    ],
)
def test_a_failed_attempt_is_denied(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str
) -> None:
    found = claims(extractor, text, places, side)
    assert {c[3] for c in found if c[0] == "advance"} == {"denied"}, found


def test_an_adverb_of_failure_does_not_deny_the_next_clause(extractor: ClaimExtractor) -> None:
    text = "ВСУ контратаковали у Гуево. Безуспешно — около 20 боевиков ликвидированы у Гуево."
    found = claims(extractor, text, {"guevo": "Гуево"}, "ru")
    assert ("casualties", "guevo", "ru", "asserted") in found, found


# --- «Вони тривали в районах …» continues the sentence before ---------------------------------


@pytest.mark.parametrize(
    ("text", "surfaces", "side"),
    [
        (
            "На Курахівському напрямку відбулося 9 атак. Вони тривали в районах Уманського "
            "та Дачного.",
            {"kurakhove": "Курахівському напрямку", "umanske": "Уманського", "dachne": "Дачного"},
            "ua",
        ),
        (
            "Штурмовые группы ВСУ атаковали у Курахово. Они продолжались в районах Уманского "
            "и Дачного.",
            {"kurakhove": "Курахово", "umanske": "Уманского", "dachne": "Дачного"},
            "ru",
        ),
    ],
)
def test_a_plural_pronoun_going_on_continues_the_claims(
    extractor: ClaimExtractor, text: str, surfaces: dict[str, str], side: str
) -> None:
    found = claims(extractor, text, surfaces, side)
    assert {"umanske", "dachne"} <= {c[1] for c in found if c[0] == "advance"}, found


# --- the genres' words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Противник завдав авіаударів по Оріхову.",
            {"orikhiv": "Оріхову"},
            "ua",
            ("strike", "orikhiv", "ru"),
        ),
        (
            "Противник накопил технику в районе Степногорска.",
            {"stepnohirsk": "Степногорска"},
            "ru",
            ("deployment", "stepnohirsk", "ua"),
        ),
        (
            "Ворог накопичив сили біля Степногірська.",
            {"stepnohirsk": "Степногірська"},
            "ua",
            ("deployment", "stepnohirsk", "ru"),
        ),
        (
            "Нацики полезли на Тёткино.",
            {"tyotkino": "Тёткино"},
            "ru",
            ("advance", "tyotkino", "ua"),
        ),
        (
            "Под Волчанском укры несут большие потери.",
            {"vovchansk": "Волчанском"},
            "ru",
            ("casualties", "vovchansk", "ru"),
        ),
        (
            "Ворог перекидає резерви до Курахового.",
            {"kurakhove": "Курахового"},
            "ua",
            ("deployment", "kurakhove", "ru"),
        ),
        (
            "Росіяни обстріляли Покровськ. У Покровську загинули двоє людей.",
            {"pokrovsk": "Покровськ"},
            "ua",
            ("casualties", "pokrovsk", "ru"),
        ),
    ],
)
def test_front_genre_words(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: Claim
) -> None:
    found = claims(extractor, text, places, side)
    assert expected in {c[:3] for c in found}, found


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Обстановка под Суджей напряжённая. Укры атакуют наши позиции второй день.",
            {"sudzha": "Суджей"},
            "ru",
            ("advance", "sudzha", "ua"),
        ),
        (
            "Біля Торецька складно. Ворог штурмує наші позиції малими групами.",
            {"toretsk": "Торецька"},
            "ua",
            ("advance", "toretsk", "ru"),
        ),
    ],
)
def test_a_placeless_claim_takes_the_place_the_sentence_before_is_about(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: Claim
) -> None:
    found = claims(extractor, text, places, side)
    assert expected in {c[:3] for c in found}, found


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before makes a claim of its own
        "Прилёт по Судже. Укры атакуют наши позиции второй день.",
        # a paragraph break starts afresh
        "Обстановка под Суджей остаётся напряжённой уже несколько недель подряд.\n\n"
        "Укры атакуют наши позиции второй день.",
    ],
)
def test_the_place_before_is_not_carried_otherwise(extractor: ClaimExtractor, text: str) -> None:
    found = claims(extractor, text, {"sudzha": "Судж"}, "ru")
    assert ("advance", "sudzha", "ua") not in {c[:3] for c in found}, found


def test_a_landing_is_an_advance(extractor: ClaimExtractor) -> None:
    text = "Ворог висадився на острів поблизу Кринок."
    assert ("advance", "krynky", "ru") in {
        c[:3] for c in claims(extractor, text, {"krynky": "Кринок"}, "ua")
    }


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Наши зашли в Гуево под Суджей.", {"guevo": "Гуево", "sudzha": "Суджей"}),
        (
            "Ворог просунувся в Дачному біля Курахового.",
            {"dachne": "Дачному", "kurakhove": "Курахового"},
        ),
    ],
)
def test_a_settlement_that_locates_another_is_a_landmark(
    extractor: ClaimExtractor, text: str, places: dict[str, str]
) -> None:
    found = claims(extractor, text, places, "ru" if "Наши" in text else "ua")
    assert {c[1] for c in found} == {next(iter(places))}, found


def test_a_list_joined_by_a_comma_is_still_a_list(extractor: ClaimExtractor) -> None:
    text = "Ворог просунувся в Дачному, біля Курахового."
    found = claims(extractor, text, {"dachne": "Дачному", "kurakhove": "Курахового"}, "ua")
    assert {c[1] for c in found} == {"dachne", "kurakhove"}, found


def test_a_lone_i_marks_russian() -> None:
    """«и» is no Ukrainian word: a Russian report on a Ukrainian channel is read in Russian, so
    its list glue and its cues apply («у Суджи и Гуево»)."""
    assert language_evidence("ВСУ отразили атаки у Суджи и Гуево.") == "ru"
    assert language_evidence("Бої тривають біля Суджі й Гуєва.") == "uk"
