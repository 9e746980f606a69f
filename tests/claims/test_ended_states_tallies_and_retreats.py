"""A control state told as ended («X больше не под контролем ВСУ») is the holder's
withdrawal, not a capture; a shoot-down tally's line may name a republic or a sea's waters
before its place («6 – над территорией Республики Крым», «8 – над акваторией Азовского
моря»); a retreat told after a taking, with only where the side went named, is from the place
taken, even across a sentence that names a wider place or past a name the matcher does not
know («в сторону Каменки и Долины»); a village west of nothing («освободили расположенное
западнее село X») is taken whole; a pipeline is a way in where someone moves through it, not
where it is damaged or carries gas; a build-up belongs to the side named after it and a noun
joined to it, not to the scouts who saw it. Through the real analyzer and the bundled config;
every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of

Claim = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Суджа больше не находится под контролем ВСУ.", "ru",
         ("withdrawal", "Sudzha", "ua")),
        ("Генштаб ВСУ опубликовал карту, на которой Суджа больше не обозначена как находящаяся "
         "под контролем украинских войск.", "ru", ("withdrawal", "Sudzha", "ua")),
        ("Суджа уже не под контролем противника.", "ru", ("withdrawal", "Sudzha", "ua")),
        ("Суджа больше не под контролем украинских войск.", "ru",
         ("withdrawal", "Sudzha", "ua")),
        ("Мы больше не контролируем Угледар.", "ru", ("withdrawal", "Vuhledar", "ru")),
        ("Куп'янськ більше не під контролем росіян.", "ua", ("withdrawal", "Kupiansk", "ru")),
        ("Окупанти вже не контролюють Кринки.", "ua", ("withdrawal", "Krynky", "ru")),
    ],
)  # fmt: skip
def test_a_control_state_told_as_ended_is_a_withdrawal(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert not {c for c in found if c[0] == "capture"}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        # a negation in another clause, or of another word, ends nothing
        ("Больше не будет обстрелов: Часов Яр под контролем наших войск.", "ru",
         ("capture", "Chasiv Yar", "ru")),
        ("Больше не будет обстрелов, Часов Яр под контролем наших войск.", "ru",
         ("capture", "Chasiv Yar", "ru")),
        ("Суджа под контролем ВСУ.", "ru", ("capture", "Sudzha", "ua")),
        ("Противник уже не только контролирует Клещеевку, но и наступает на Андреевку.", "ru",
         ("capture", "Klishchiivka", "ua")),
        ("Уже не секрет что Работино под контролем ВСУ.", "ru", ("capture", "Robotyne", "ua")),
        ("Вже не секрет що Вовчанськ під контролем ЗСУ.", "ua", ("capture", "Vovchansk", "ua")),
    ],
)  # fmt: skip
def test_a_control_state_not_ended_stays_a_capture(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert not {c for c in found if c[0] == "withdrawal"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # no side holds it, or it is affairs, or part of the place
        ("Пожар на складе в Шебекино больше не под контролем.", "ru"),
        ("Цены на бензин в Крыму больше не под контролем правительства.", "ru"),
        ("Ребёнок в Курске больше не под контролем родителей.", "ru"),
        ("Ситуация на Покровском направлении больше не под контролем командования ВСУ.", "ru"),
        ("Часов Яр уже не под полным контролем ВСУ.", "ru"),
        ("Авдіївка вже не під повним контролем ЗСУ.", "ua"),
        ("Ціни на хліб у Запоріжжі більше не під контролем уряду.", "ua"),
        ("ВСУ заявили, что огонь на складе в Курске больше не под контролем пожарных.", "ru"),
        (
            "Пожар на нефтебазе в Новороссийске больше не под контролем — ВСУ продолжают атаки.",
            "ru",
        ),
        ("ЗСУ повідомили, що пожежа на нафтобазі в Курську більше не під контролем росіян.", "ua"),
        # a side's adjective before no troops names no armed holder
        ("Запорожская АЭС больше не под контролем украинского персонала.", "ru"),
        ("Донецк больше не под контролем украинских олигархов.", "ru"),
    ],
)
def test_what_no_side_held_or_held_in_part_ends_in_no_withdrawal(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, side) if c[0] == "withdrawal"}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("За ночь перехвачены и уничтожены 20 украинских беспилотников:\n\n"
         "6 – над территорией Республики Крым,\n10 – над территорией Брянской области.", "ru",
         {("strike", "Crimea", "ua"), ("strike", "Bryansk Oblast", "ua")}),
        ("За ночь перехвачены и уничтожены 20 украинских беспилотников:\n\n"
         "10 – над территорией Брянской области,\n6 – над территорией Республики Крым.", "ru",
         {("strike", "Crimea", "ua"), ("strike", "Bryansk Oblast", "ua")}),
        ("Уничтожены 9 БПЛА:\n— 5 над акваторией Азовского моря;\n— 4 над Республикой Крым.",
         "ru", {("strike", "Sea of Azov", "ua"), ("strike", "Crimea", "ua")}),
        ("За ночь сбиты 14 украинских беспилотников:\n\n8 – над акваторией Черного моря,\n"
         "6 – над территорией Краснодарского края.", "ru",
         {("strike", "Black Sea", "ua"), ("strike", "Krasnodar Krai", "ua")}),
        ("Збито 12 ворожих БпЛА:\n— 5 над Республікою Крим;\n— 7 над територією Херсонської "
         "області.", "ua", {("strike", "Crimea", "ru"), ("strike", "Kherson Oblast", "ru")}),
    ],
)  # fmt: skip
def test_every_line_of_a_tally_is_a_strike(
    bundled_analyzer: Analyzer, text: str, side: str, expected: set[Claim]
) -> None:
    assert expected <= claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "expected", "destinations"),
    [
        ("Лисичанск взят полностью. Союзные силы вышли к административной границе ЛНР. Укры "
         "откатываются на Северск и Соледар, бросая технику.",
         ("withdrawal", "Lysychansk", "ua"), {"Siversk", "Soledar"}),
        ("Наши зашли в Работино. В Запорожской области идут бои. Укры отходят к Малой "
         "Токмачке.", ("withdrawal", "Robotyne", "ua"), {"Mala Tokmachka"}),
        ("Изюм полностью под контролем наших войск. Укры отошли на юг, в сторону Каменки и "
         "Долины.", ("withdrawal", "Izium", "ua"), {"Dolyna"}),
        ("Наши взяли Изюм. Противник отступил в сторону Каменки и Долины.",
         ("withdrawal", "Izium", "ua"), {"Dolyna"}),
    ],
)  # fmt: skip
def test_a_retreat_after_a_taking_is_from_the_place_taken(
    bundled_analyzer: Analyzer, text: str, expected: Claim, destinations: set[str]
) -> None:
    found = claims_of(bundled_analyzer, text, "ru")
    assert expected in found
    assert not {c for c in found if c[0] == "withdrawal" and c[1] in destinations}


def test_a_place_named_after_a_marker_is_not_a_destination_before_it(
    bundled_analyzer: Analyzer,
) -> None:
    """The marker «с» after a list («… Днепрян и Корсунки — высаживаются с лодок») marks
    nothing before it: both villages are the advance's."""
    text = (
        "Левобережье. Хохлы опять лезут малыми группами в районе Днепрян и Корсунки — "
        "высаживаются с лодок."
    )
    found = claims_of(bundled_analyzer, text, "ru")
    assert {("advance", "Dnipriany", "ua"), ("advance", "Korsunka", "ua")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Также подразделения группировки «Центр» освободили расположенное западнее село "
         "Дачное.", ("capture", "Dachne", "ru")),
        ("Наши освободили лежащий южнее посёлок Андреевка.", ("capture", "Andriivka", "ru")),
    ],
)  # fmt: skip
def test_a_comparative_governing_no_genitive_is_no_ground_near(
    bundled_analyzer: Analyzer, text: str, expected: Claim
) -> None:
    found = claims_of(bundled_analyzer, text, "ru")
    assert expected in found
    assert ("advance", *expected[1:]) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Наши выбили противника из лесопосадок западнее села Дачное.", "advance"),
        ("Штурмовики заняли позиции западнее Дачного.", "advance"),
        ("Западнее освобождены Дачное и Андреевка.", "capture"),
    ],
)
def test_ground_west_of_a_place_is_still_an_advance(
    bundled_analyzer: Analyzer, text: str, expected: str
) -> None:
    kinds = {c[0] for c in claims_of(bundled_analyzer, text, "ru") if c[1] == "Dachne"}
    assert kinds == {expected}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("ВСУ зашли в Суджу по газопроводу.", "ru", ("infiltration", "Sudzha", "ua")),
        ("Боевики ВСУ прошли газопроводом к Судже.", "ru", ("infiltration", "Sudzha", "ua")),
        ("Наши бойцы использовали газопровод, чтобы зайти в Авдеевку.", "ru",
         ("infiltration", "Avdiivka", "ru")),
        ("Бойцы ВСУ вышли из газопровода у Суджи, по ним ударили, взрыв был слышен издалека.",
         "ru", ("infiltration", "Sudzha", "ua")),
        ("Окупанти вилізли з газопроводу біля Суджі, після вибуху їх знищили.", "ua",
         ("infiltration", "Sudzha", "ru")),
        ("Штурмовики прошли 15 км внутри газопровода и вышли в тыл противника у Суджи.", "ru",
         ("infiltration", "Sudzha", "ru")),
        ("Росіяни використали газопровід, щоб проникнути в Куп'янськ.", "ua",
         ("infiltration", "Kupiansk", "ru")),
        ("Наши бойцы шли по газопроводу к Судже почти неделю, надышавшись газом, но вышли в "
         "тыл противника.", "ru", ("infiltration", "Sudzha", "ru")),
        ("По газопроводу к Судже двигались группы российских военных.", "ru",
         ("infiltration", "Sudzha", "ru")),
        ("Окупанти просуваються газопроводом у напрямку Куп'янська.", "ua",
         ("infiltration", "Kupiansk", "ru")),
        ("Противник намагається інфільтруватися в Куп'янськ малими групами, зокрема через "
         "газову трубу.", "ua", ("infiltration", "Kupiansk", "ru")),
    ],
)  # fmt: skip
def test_a_pipeline_as_the_way_in_is_an_infiltration(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Повреждены 4 частных дома в Шебекино, линия электропередачи и газопровод.", "ru"),
        ("Транзит газа через газопровод в Судже остановлен.", "ru"),
        ("Взрыв наземного газопровода произошел на нефтехимическом заводе в Стерлитамаке.", "ru"),
        ("Взрыв газопровода в Подмосковье: группа жильцов эвакуирована.", "ru"),
        ("Рабочие зашли в колодец газопровода в Липецке.", "ru"),
        ("Поставки через газопровод у Суджи вышли на максимум.", "ru"),
        ("Группа туристов прошла вдоль газопровода у Суджи.", "ru"),
        ("Група газовиків пройшла вздовж газопроводу біля Полтави.", "ua"),
        ("Пошкоджено будинок і газопровід у Нікополі.", "ua"),
        ("Через газопровід у Суджі більше не постачають газ до Європи.", "ua"),
    ],
)
def test_a_pipeline_damaged_or_carrying_gas_is_no_way_in(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, side) if c[0] == "infiltration"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Клещеевка взята. Вчера в Белгородской области сбиты 5 БПЛА. Россияне отходят на "
         "запасные позиции.", "ru"),
        # a push elsewhere between them
        ("Угледар освобождён. В Курской области наши продвинулись на 2 км. ВСУ бегут.", "ru"),
        ("ЗСУ звільнили Роботине. На Покровському напрямку росіяни просунулися. Наші відходять "
         "на запасні позиції.", "ua"),
    ],
)  # fmt: skip
def test_a_retreat_after_a_sentence_of_another_claim_is_not_from_the_place_taken(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, side) if c[0] == "withdrawal"}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        # the troops after a build-up and a noun joined to it own it, not the scouts who saw it
        ("Наша аеророзвідка виявила накопичення живої сили та техніки противника в районі "
         "Вовчанська.", "ua", ("deployment", "Vovchansk", "ru")),
        ("Наша разведка выявила скопление живой силы и техники противника в районе Купянска.",
         "ru", ("deployment", "Kupiansk", "ua")),
        ("Наша разведка выявила скопление живой силы и техники ВСУ в районе Купянска.", "ru",
         ("deployment", "Kupiansk", "ua")),
        ("Ворог фіксує накопичення наших сил біля Куп'янська.", "ua",
         ("deployment", "Kupiansk", "ua")),
        # slurs for the Russians in Ukrainian channels name their side
        ("На Торецькому напрямку за добу — мінус 14 свинособак, ще 6 «трьохсотих».", "ua",
         ("casualties", "Toretsk", "ua")),
        ("Під Покровськом знищено 20 свинособак.", "ua", ("casualties", "Pokrovsk", "ua")),
    ],
)  # fmt: skip
def test_who_owns_a_build_up_and_slurs_for_the_russians(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert (*expected[:2], "ua" if expected[2] == "ru" else "ru") not in found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Ворог просунувся в Суджі.\n\nЗа нашою інформацією, Сили оборони організовано "
         "відходять з міста на вигідніші рубежі.", "ua", ("withdrawal", "Sudzha", "ua")),
        ("Противник продвинулся в Угледаре.\n\nНаши подразделения отходят из города на "
         "запасные позиции.", "ru", ("withdrawal", "Vuhledar", "ru")),
    ],
)  # fmt: skip
def test_a_retreat_pointing_back_takes_the_paragraph_before(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_a_list_item_points_back_to_no_other_item(bundled_analyzer: Analyzer) -> None:
    text = (
        "▪️ВСУ обстреляли Белгород;\n\n▪️Противник отходит из города на запасные позиции "
        "под Волчанском."
    )
    found = claims_of(bundled_analyzer, text, "ru")
    assert ("withdrawal", "Belgorod", "ua") not in found
