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


@pytest.mark.parametrize(
    ("text", "side", "expected", "not_expected"),
    [
        (
            "Курахово наше 🔥 ВСУ отошли к Дачному.",
            "ru",
            ("capture", "Kurakhove", "ru"),
            ("capture", "Kurakhove", "ua"),
        ),
        (
            "Андріївка наша 💪 окупанти відступили до Бахмута.",
            "ua",
            ("capture", "Andriivka", "ua"),
            ("capture", "Andriivka", "ru"),
        ),
    ],
)
def test_the_side_after_an_emoji_is_another_clauses(
    bundled_analyzer: Analyzer,
    text: str,
    side: str,
    expected: tuple[str, str, str],
    not_expected: tuple[str, str, str],
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found and not_expected not in found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "__#Шебекино__\nОбстрел, ранены два человека, повреждены дома.",
            "ru",
            ("strike", "Shebekino", "ua"),
        ),
        ("__#Харків__\nВнаслідок удару КАБом поранено 3 людей.", "ua", ("strike", "Kharkiv", "ru")),
        ("Ворог атакував Харків. #Харків_обстріл", "ua", ("strike", "Kharkiv", "ru")),
    ],
)
def test_italics_around_a_tag_and_a_tags_words_stay(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("В Липецке открыли новый завод.\nГород под ударом санкций, но экономика растёт.", "ru"),
        ("В Казани открылся чемпионат по плаванию.\nГород под ударом жары: до +35.", "ru"),
        ("Мер Одеси зустрівся з послом.\nМісто під ударами критики через забудову.", "ua"),
        ("Российские войска уже в России, вывод из Херсона завершён.", "ru"),
        ("ВСУ уже в пути к Курску, паникуют местные паблики.", "ru"),
        ("Команда КВН «Буратино» отработала по полной в Курске.", "ru"),
        ("Клуб «Смерч» отработал по Белгороду с выездным концертом.", "ru"),
        ("Смерч обрушился на Сочи, дорожные службы отработали по Сочи всю ночь.", "ru"),
        ("Единственный выход из Часова Яра — через канал, пишут военкоры.", "ru"),
        ("Вихід з Гуляйполя поки не розглядається, заявив командир бригади.", "ua"),
    ],
)
def test_figures_of_speech_and_other_ways_claim_no_blow_nor_advance(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not any(
        c[0] in ("strike", "advance", "withdrawal") for c in claims_of(bundled_analyzer, text, side)
    )


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        (
            "Росіяни обстріляли 12 населених пунктів Сумщини.\n▪️ Білопілля — поранено жінку.\n"
            "▪️ Курська область — ЗСУ взяли в полон 20 російських військових.",
            "ua",
            "Kursk Oblast",
        ),
        (
            "ВСУ обстреляли 8 населённых пунктов Белгородской области.\n▪️ Шебекино — ранены "
            "двое.\n▪️ Харьков — по данным украинских СМИ, после прилёта ранены 3 человека.",
            "ru",
            "Kharkiv",
        ),
    ],
)
def test_an_item_hurt_by_the_other_side_takes_no_heading_strike(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    heading_side = "ru" if side == "ua" else "ua"
    assert ("strike", place, heading_side) not in claims_of(bundled_analyzer, text, side)
