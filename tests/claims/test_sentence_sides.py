"""Whose act it is when the side is named a sentence earlier or a clause away: a side that is
the subject of a sentence claiming nothing acts in the next sentence, which names none
(«Противник начал то, что все ждали. С утра — атаки на Работино»); a side after a comma is no
agent of the action noun before the comma («идут бои, противник несёт потери»: the enemy
suffers); the owner after a passive's agent («взят подразделениями ВС РФ») is the agent's
side; the enemy opening the next clause («X взят в кольцо, укры в мешке») is not the trigger's
subject. Every text is a paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from monitor.claims.ranks import headline_end
from tests.claims.extracting import Claim, claims, extractor_over

Case = tuple[str, str, dict[str, str], set[Claim]]

PLACES = {
    "novomykhailivka": ("village", "UA"),
    "moscow": ("city", "RU"),
    "sudzha": ("town", "RU"),
    "kursk-oblast": ("region", "RU"),
    "klimovsky-district": ("district", "RU"),
    "sevsk": ("town", "RU"),
    "avdiivka": ("town", "UA"),
    "robotyne": ("village", "UA"),
    "krynky": ("village", "UA"),
    "verbove": ("village", "UA"),
    "pokrovsk": ("town", "UA"),
    "toretsk": ("town", "UA"),
    "kupiansk": ("town", "UA"),
}

SUBJECT_BEFORE: list[Case] = [
    (
        "Противник начал то, что все ждали. С утра — несколько волн атак на Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("advance", "robotyne", "ua", "asserted")},
    ),
    (
        "Хохлы снова полезли. Пытались накатить на Крынки тремя группами.",
        "ru",
        {"krynky": "Крынки"},
        {("advance", "krynky", "ua", "asserted")},
    ),
    (
        "ВСУ снова активизировались. Ночью атаки на Работино и Вербовое.",
        "ru",
        {"robotyne": "Работино", "verbove": "Вербовое"},
        {("advance", "robotyne", "ua", "asserted"), ("advance", "verbove", "ua", "asserted")},
    ),
    (
        "Ворог не вгамовується. Вночі штурмові дії біля Торецька.",
        "ua",
        {"toretsk": "Торецька"},
        {("advance", "toretsk", "ru", "asserted")},
    ),
    (
        "Наши ребята не спят. Ночью штурм Торецка с двух сторон.",
        "ru",
        {"toretsk": "Торецка"},
        {("advance", "toretsk", "ru", "asserted")},
    ),
    # no verb: a state, not an act that goes on
    (
        "Укры в панике. Зашли в Работино с двух сторон.",
        "ru",
        {"robotyne": "Работино"},
        {("advance", "robotyne", "ru", "asserted")},
    ),
    # the author's own side in the first person
    (
        "Противник огрызается. Продвигаемся к Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("advance", "robotyne", "ru", "asserted")},
    ),
    # the sentence before tells a claim of its own: the rule's default stands after it
    (
        "Противник взял Работино. Бои идут под Вербовым.",
        "ru",
        {"robotyne": "Работино", "verbove": "Вербовым"},
        {("capture", "robotyne", "ua", "asserted"), ("advance", "verbove", "ru", "asserted")},
    ),
    # the next sentence names its own side
    (
        "Противник огрызается. Наши штурмовики зашли в Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("advance", "robotyne", "ru", "asserted")},
    ),
    # a relayed report keeps its source's reading
    (
        "Противник огрызается. По данным Минобороны, бои идут за Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("advance", "robotyne", "ru", "reported")},
    ),
    # two sides named before: no one subject
    (
        "Наши давят, противник огрызается. Бои за Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("advance", "robotyne", "ru", "asserted")},
    ),
    # another paragraph is another story
    (
        "Противник огрызается.\n\nБои идут за Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("advance", "robotyne", "ru", "asserted")},
    ),
]

AFTER_A_COMMA: list[Case] = [
    (
        "Под Покровском продолжаются бои, противник несёт потери.",
        "ru",
        {"pokrovsk": "Покровском"},
        {("advance", "pokrovsk", "ru", "asserted"), ("casualties", "pokrovsk", "ru", "asserted")},
    ),
    (
        "На Купянском направлении отражено пять атак, ВСУ потеряли до 90 человек.",
        "ru",
        {"kupiansk": "Купянском направлении"},
        {("advance", "kupiansk", "ua", "asserted"), ("casualties", "kupiansk", "ru", "asserted")},
    ),
    (
        "Под Покровском продолжаются бои. Противник несёт потери.",
        "ru",
        {"pokrovsk": "Покровском"},
        {("advance", "pokrovsk", "ru", "asserted"), ("casualties", "pokrovsk", "ru", "asserted")},
    ),
    # right after the noun, the side is its agent
    (
        "В результате удара ВСУ по Покровску погибли двое.",
        "ru",
        {"pokrovsk": "Покровску"},
        {("strike", "pokrovsk", "ua", "asserted"), ("casualties", "pokrovsk", "ua", "asserted")},
    ),
]


PASSIVE_AGENTS_AND_NEXT_CLAUSES: list[Case] = [
    # the owner right after a passive's instrumental agent is the agent's side
    (
        "Купянск взят подразделениями ВСУ, сообщает противник.",
        "ru",
        {"kupiansk": "Купянск"},
        {("capture", "kupiansk", "ua", "reported")},
    ),
    (
        "Купянск обстрелян силами ВСУ.",
        "ru",
        {"kupiansk": "Купянск"},
        {("strike", "kupiansk", "ua", "asserted")},
    ),
    # the enemy opening the next clause in the nominative is that clause's subject
    (
        "Купянск взят в кольцо, укры в мешке.",
        "ru",
        {"kupiansk": "Купянск"},
        {("encirclement", "kupiansk", "ru", "asserted")},
    ),
    (
        "Взяли Работино, хохлы в панике.",
        "ru",
        {"robotyne": "Работино"},
        {("capture", "robotyne", "ru", "asserted")},
    ),
]


UNCONFIRMED: list[Case] = [
    # a negated word of telling denies nothing of what it tells
    (
        "Генштаб ВСУ не подтвердил взятие Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("capture", "robotyne", "ua", "reported")},
    ),
    (
        "Наши не взяли Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("capture", "robotyne", "ru", "denied")},
    ),
    # a negated infinitive is a request about the event, not its denial
    (
        "Жителей Судже просят не снимать работу ПВО.",
        "ru",
        {"sudzha": "Судже"},
        {("strike", "sudzha", "ua", "asserted")},
    ),
    (
        "Мешканців Покровська просять не публікувати відео ударів по місту.",
        "ua",
        {"pokrovsk": "Покровська"},
        {("strike", "pokrovsk", "ru", "asserted")},
    ),
    (
        "Наши не смогли взять Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("capture", "robotyne", "ru", "denied")},
    ),
    # a negation denies nothing past «но», «але», «проте», «а»
    (
        "Погибших не было, но обстрелу подверглась Суджа.",
        "ru",
        {"sudzha": "Суджа"},
        {("strike", "sudzha", "ua", "asserted")},
    ),
    (
        "Загиблих не виявлено, проте обстріляно Покровськ.",
        "ua",
        {"pokrovsk": "Покровськ"},
        {("strike", "pokrovsk", "ru", "asserted")},
    ),
    (
        "Укры не наступали, а обстреляли Кринки.",
        "ru",
        {"krynky": "Кринки"},
        {("advance", "krynky", "ua", "denied"), ("strike", "krynky", "ua", "asserted")},
    ),
]


RETREATS_FROM_THE_TAKEN: list[Case] = [
    # a retreat with no place of its own, right after a taking, is from the place taken
    (
        "Авдеевка наша. Укры драпали через поля под огнём.",
        "ru",
        {"avdiivka": "Авдеевка"},
        {("capture", "avdiivka", "ru", "asserted"), ("withdrawal", "avdiivka", "ua", "asserted")},
    ),
    (
        "Сили оборони звільнили Роботине. Ворог відступив.",
        "ua",
        {"robotyne": "Роботине"},
        {("capture", "robotyne", "ua", "asserted"), ("withdrawal", "robotyne", "ru", "asserted")},
    ),
    # two places taken: which one they left is not told
    (
        "Наши взяли Авдеевку и Работино. Укры драпали через поля.",
        "ru",
        {"avdiivka": "Авдеевку", "robotyne": "Работино"},
        {("capture", "avdiivka", "ru", "asserted"), ("capture", "robotyne", "ru", "asserted")},
    ),
]


POST_WIDE: list[Case] = [
    # a first sentence of names only is a label the claims after it may take
    (
        "Новомихайловка. Удалось продвинуться вдоль балки на 300 метров, укры пятятся.",
        "ru",
        {"novomykhailivka": "Новомихайловка"},
        {
            ("advance", "novomykhailivka", "ru", "asserted"),
            ("withdrawal", "novomykhailivka", "ua", "asserted"),
        },
    ),
    # a place lost, its clause opening with it, was taken by the other side: no casualties
    (
        "Ситуация тяжёлая, противник давит. Суджа фактически потеряна.",
        "ru",
        {"sudzha": "Суджа"},
        {("capture", "sudzha", "ua", "asserted")},
    ),
    # a pocket with no place of its own is the post's one region's
    (
        "Наши продвинулись в Курской области. Окружённая группировка ВСУ изолирована.",
        "ru",
        {"kursk-oblast": "Курской области"},
        {
            ("advance", "kursk-oblast", "ru", "asserted"),
            ("encirclement", "kursk-oblast", "ru", "asserted"),
        },
    ),
    # an FPV drone makes the post an air report: an attack with no weapon of its own is a strike
    (
        "В результате удара FPV-дрона в Климовском районе ранен водитель. "
        "ВСУ также атаковали Севск.",
        "ru",
        {"klimovsky-district": "Климовском районе", "sevsk": "Севск"},
        {
            ("strike", "klimovsky-district", "ua", "asserted"),
            ("casualties", "klimovsky-district", "ua", "asserted"),
            ("strike", "sevsk", "ua", "asserted"),
        },
    ),
]


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [
        *SUBJECT_BEFORE,
        *AFTER_A_COMMA,
        *PASSIVE_AGENTS_AND_NEXT_CLAUSES,
        *UNCONFIRMED,
        *RETREATS_FROM_THE_TAKEN,
        *POST_WIDE,
    ],
)
def test_sentence_sides(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Крынки. Хохлы продолжают заводить группы.", "Крынки"),
        ("Часов Яр, микрорайон Канал. Тяжело.", "Часов Яр, микрорайон Канал"),
        ("Доброе утро из Москвы. Школьники спасли птичку.", None),
        ("Наши зашли в Работино. Бои идут.", None),
        ("Взяли Авдеевку. Полностью.", None),
    ],
)
def test_inline_label(text: str, label: str | None) -> None:
    """A first sentence of a few names is the post's headline; a sentence of news is not."""
    end = headline_end(text)
    assert (text[:end] if end < len(text) else None) == label
