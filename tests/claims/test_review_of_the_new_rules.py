"""What an adversarial review of this round's rules found and the rules now get right: a bare
«напрямки:» names where weapons head, not where they came from; a side already somewhere is
news only as a fighting force off its home ground; «из X вышли на …» is no withdrawal; a way
out of a shelter, of a city by road, or of a firm is none; gun names that are words (hail,
flowers, crabs) and teams under orders; a counted report's items under a heading of their own;
«за нами, следом …»; hashtag slogans claim nothing. Through the real analyzer and the bundled
config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "🚀 Крилаті ракети, напрямки: Київ, Житомир, Вінниця.",
            "ua",
            ("strike", "Zhytomyr", "ru"),
        ),
        ("Ракеты Х-101, направления: Киев, Житомир, Винница.", "ru", ("strike", "Vinnytsia", "ru")),
        (
            "Наши уже в Торецке, дорога на Константиновку под огнём.",
            "ru",
            ("advance", "Toretsk", "ru"),
        ),
        (
            "Наші вже у Вовчанську, зв'язок з окупантами в місті втрачено.",
            "ua",
            ("advance", "Vovchansk", "ua"),
        ),
        (
            "Угледар за нами, следом пойдут Курахово и Покровск.",
            "ru",
            ("capture", "Vuhledar", "ru"),
        ),
        (
            "По команде артиллеристы отработали по Волчанску, уничтожен склад.",
            "ru",
            ("strike", "Vovchansk", "ru"),
        ),
        (
            "Команда FPV-дронов отработала по Красногоровке.",
            "ru",
            ("strike", "Krasnohorivka", "ru"),
        ),
        (
            "Наши артиллеристы отработали по Волчанску по плану, уничтожен склад БК.",
            "ru",
            ("strike", "Vovchansk", "ru"),
        ),
        (
            "Наши штурмовики из Авдеевки вышли на окраины Орловки.",
            "ru",
            ("advance", "Orlivka", "ru"),
        ),
    ],
)
def test_claims_kept(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side", "kind"),
    [
        ("Украинские беженцы уже в Белгороде.", "ru", "advance"),
        ("Мы уже в Курске, едем на концерт Шамана!", "ru", "advance"),
        ("Российские банки уже в Крыму: ВТБ открыл отделение.", "ru", "advance"),
        ("ВСУ уже в Николаеве ставят ПВО на крыши.", "ru", "advance"),
        ("Військові ЗСУ вже в Харкові допомагають ліквідовувати наслідки удару.", "ua", "advance"),
        ("ВСУ из Волчанска выходили на штурм наших позиций.", "ru", "withdrawal"),
        ("Наши ребята из Курска вышли в финал Кубка России.", "ru", "withdrawal"),
        ("Хлопці з Дніпра вийшли у фінал чемпіонату.", "ua", "withdrawal"),
        ("Выход гражданских из Мариуполя продолжается.", "ru", "withdrawal"),
        ("Выход «Макдоналдса» из Москвы завершён.", "ru", "withdrawal"),
        ("Вихід з Києва на Житомирську трасу ускладнений, рух йде повільно.", "ua", "withdrawal"),
        ("Вихід з укриття у Харкові дозволено, відбій тривоги.", "ua", "withdrawal"),
        ("Град відпрацював по Києву: побиті автівки.", "ua", "strike"),
        ("Кухарі відпрацювали по Одесі: краби та мідії.", "ua", "strike"),
        ("Озеленители отработали по Курску: высадили тысячи тюльпанов.", "ru", "strike"),
        ("Наши держатся! #Донбасс_за_нами", "ru", "advance"),
        ("Ребята, держим оборону! #Курск_под_ударом", "ru", "strike"),
    ],
)
def test_no_claim_of_the_kind(bundled_analyzer: Analyzer, text: str, side: str, kind: str) -> None:
    assert not any(c[0] == kind for c in claims_of(bundled_analyzer, text, side))


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        (
            "ВСУ обстреляли 12 населённых пунктов Курской области за сутки.\n\nГлавное за день:\n"
            "— Курчатов: эвакуированы 300 человек.\n— Суджа: ВСУ перебросили новые резервы.",
            "ru",
            "Sudzha",
        ),
        (
            "Окупанти обстріляли 15 населених пунктів Херсонщини.\n\nНовини тижня:\n"
            "— Херсон: відкрили пункт незламності.\n— Берислав: евакуація триває.",
            "ua",
            "Beryslav",
        ),
    ],
)
def test_items_under_a_heading_of_their_own_are_not_struck(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    assert not any(
        kind == "strike" and p == place for kind, p, _ in claims_of(bundled_analyzer, text, side)
    )


def test_a_fighting_axis_before_an_infinitive_is_not_its_place(bundled_analyzer: Analyzer) -> None:
    text = "На Запорожском направлении противник пытается атаковать у Работино."
    found = claims_of(bundled_analyzer, text, "ru")
    assert ("advance", "Robotyne", "ua") in found
    assert ("advance", "Zaporizhzhia Oblast", "ua") not in found
