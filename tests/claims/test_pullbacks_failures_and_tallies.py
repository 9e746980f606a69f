"""Forces pulled back by their command, attacks told as failed after the verb, tallies of armour
hit after the fight they end, clearing still under way, a tracker's heading, the places a
sentence after «Йдеться про» / «Речь идёт о» names, the village an attack was at beside its axis,
and losses «без особых потерь». Through the real analyzer and the bundled config; every sentence
is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of, claims_of_type


def _stances(analyzer: Analyzer, text: str, side: str, claim_type: str) -> dict[str, str]:
    """Place key → stance of the claims of one type."""
    _, claims = analyzer.analyze(text, side)
    return {c.place_key or "-": c.stance for c in claims if c.claim_type == claim_type}


@pytest.mark.parametrize(
    ("text", "side", "claim_type", "place"),
    [
        # forces pulled back by their command, a side named
        ("Противник отвёл основные силы из Торецка на запад.", "ru", "withdrawal", "Toretsk"),
        ("По данным украинских источников, командование ВСУ разрешило отвод части сил из "
         "Великой Новосёлки.", "ru", "withdrawal", "Velyka Novosilka"),
        ("Командование ВСУ приняло решение отвести подразделения из Угледара.", "ru",
         "withdrawal", "Vuhledar"),
        ("Ворог відвів підрозділи з Кринок.", "ua", "withdrawal", "Krynky"),
        ("Командування ЗСУ ухвалило рішення вивести війська з Авдіївки.", "ua", "withdrawal",
         "Avdiivka"),
        # clearing under way
        ("Южнее наши подразделения зачищают Нескучное, бои идут у Нового Комара.", "ru",
         "advance", "Neskuchne"),
        ("Штурмовики ВС РФ продолжают зачищать Торецк.", "ru", "advance", "Toretsk"),
        ("Окупанти зачищають Курахове, бої тривають.", "ua", "advance", "Kurakhove"),
        # a tracker's heading
        ("🛵 3 шахеди з Курщини курсом на Суми\n🛵 1 над Білопіллям, рух на Ворожбу", "ua",
         "strike", "Vorozhba"),
        ("БпЛА над Сумщиною, рух у бік Ворожби.", "ua", "strike", "Vorozhba"),
    ],
)  # fmt: skip
def test_a_new_trigger_claims_its_place(
    bundled_analyzer: Analyzer, text: str, side: str, claim_type: str, place: str
) -> None:
    assert place in {c[1] for c in claims_of_type(bundled_analyzer, text, side, claim_type)}


@pytest.mark.parametrize(
    ("text", "side", "claim_type"),
    [
        # staff sent to a job, a demand, a condition
        ("Водоканал Курска отводит силы на устранение аварии в Сеймском округе.", "ru",
         "withdrawal"),
        ("Москва готова отвести войска от Запорожской АЭС только при гарантиях МАГАТЭ.", "ru",
         "withdrawal"),
        ("Мер Дніпра закликав військових вивести війська з житлових кварталів.", "ua",
         "withdrawal"),
        # no side named: whose command it is stays unsaid, so no claim rather than a guess
        ("Командування ухвалило рішення відвести підрозділи з Вугледара.", "ua", "withdrawal"),
        # streets cleared of snow, a town purged of agents or mines
        ("Коммунальщики зачищают улицы Курска от снега.", "ru", "advance"),
        ("СБУ зачищает Харьков от агентов ФСБ, сообщают украинские СМИ.", "ru", "advance"),
        ("Після звільнення сапери ЗСУ зачищають Куп'янськ від мін.", "ua", "advance"),
        # others drawing near, or not yet
        ("Рятувальники підійшли до палаючого будинку в Дніпрі після удару росіян.", "ua",
         "advance"),
        ("Кількість загиблих від удару росіян по Сумах наближається до 30.", "ua", "advance"),
        ("Евакуаційна група підійшла до Вовчанська, щоб вивезти людей з-під обстрілів "
         "окупантів.", "ua", "advance"),
        ("Ворог може підійти до Запоріжжя вже цього літа.", "ua", "advance"),
        ("Ворог підійшов до справи системно, обстрілюючи Харків.", "ua", "advance"),
        # losses of no degree
        ("Наши взяли Демидовку без особых потерь.", "ru", "casualties"),
        ("Угруповання вийшло без значних втрат.", "ru", "casualties"),
    ],
)  # fmt: skip
def test_no_claim_of_the_type(
    bundled_analyzer: Analyzer, text: str, side: str, claim_type: str
) -> None:
    assert not claims_of_type(bundled_analyzer, text, side, claim_type)


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        ("На Курском направлении противник продолжает атаки в районе Плехово, пока без успеха.",
         "ru", "plekhovo"),
        ("ВСУ атаковали у Тёткино, но безуспешно.", "ru", "tyotkino"),
        ("Противник пытался прорваться к Работино, попытки оказались неудачными.", "ru",
         "robotyne"),
        ("Спроби ворога просунутися біля Тоненького були невдалими.", "ua", "tonenke"),
        ("Окупанти атакували поблизу Торського, але безуспішно.", "ua", "torske"),
    ],
)  # fmt: skip
def test_an_attack_told_as_failed_after_it_is_denied(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    assert _stances(bundled_analyzer, text, side, "advance").get(place) == "denied"


@pytest.mark.parametrize(
    ("text", "side", "asserted"),
    [
        # the failure is the later attempt's, not the advance before it
        ("Наши продвинулись у Тёткино, а противник безуспешно пытался контратаковать у "
         "Демидовки.", "ru", "tyotkino"),
        # a failure with a subject of its own after «а», «хотя»
        ("Наши продвинулись у Тёткино, хотя вчерашние попытки закончились неудачей.", "ru",
         "tyotkino"),
        ("ВС РФ продвинулись в Торецке, а переговоры в Стамбуле провалились.", "ru", "toretsk"),
        # the failure of the counterattacks told after it
        ("Наши продвинулись у Ямполовки, успеха противник не имел в контратаках у Торского.",
         "ru", "yampolivka"),
        # another side between: the failure is its own; some success
        ("Наши штурмовики зашли в Торецк, противник пытался помешать артиллерией, но "
         "безуспешно.", "ru", "toretsk"),
        ("ВСУ атаковали у Тёткино, и не без успеха.", "ru", "tyotkino"),
        ("Росіяни атакують у напрямку Покровська; переговори в Стамбулі були невдалими.", "ua",
         "pokrovsk"),
        # a repelled attack stays asserted (gold conventions)
        ("Противник атаковал у Тёткино, атака отбита.", "ru", "tyotkino"),
        ("Ворог атакував біля Торського, атаку відбито.", "ua", "torske"),
    ],
)  # fmt: skip
def test_an_advance_no_failure_tells_of_stays_asserted(
    bundled_analyzer: Analyzer, text: str, side: str, asserted: str
) -> None:
    assert _stances(bundled_analyzer, text, side, "advance").get(asserted) == "asserted"


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Поблизу Торського ворог пішов у наступ. Штурм відбито: уражено 3 танки та 6 БМП.",
         "ua", ("strike", "Torske", "ua")),
        ("Під Кліщіївкою окупанти намагалися прорватися. Підбито дві одиниці бронетехніки.",
         "ua", ("strike", "Klishchiivka", "ua")),
        ("Под Тёткино противник пытался прорваться, но был остановлен. Уничтожены два танка и "
         "БМП.", "ru", ("strike", "Tyotkino", "ru")),
    ],
)  # fmt: skip
def test_armour_hit_in_the_tally_after_the_fight_is_struck_there(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a total of the week or since the start is not the fight's tally
        ("Противник атаковал у Кременной. С начала операции уничтожено 3 танка.", "ru"),
        ("Противник атаковал у Кременной. Всего за сутки уничтожено 3 танка и 7 БМП.", "ru"),
        ("Ворог атакував поблизу Тоненького. Загалом за добу знищено 12 танків та 30 ББМ.",
         "ua"),
        ("Модель в Москве разбила голову, упав из машины.", "ru"),
        ("В Курске бандиты угнали машину. Машину сожгли.", "ru"),
        # where the attack came from is not where it was beaten off
        ("Противник атаковал в направлении Коренево со стороны Комаровки. Атака отбита, "
         "уничтожены два танка.", "ru"),
    ],
)  # fmt: skip
def test_no_armour_tally_strike_off_the_fight(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    struck = {c[1] for c in claims_of_type(bundled_analyzer, text, side, "strike")}
    assert not struck & {"Moscow", "Kursk", "Komarovka", "Kreminna", "Tonenke"}


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        ("Шахед над Сумами. Ворог веде колону техніки, рух на Ворожбу.", "ua", "Vorozhba"),
        ("Після атаки шахедів на Бровари тимчасово обмежено рух на Київ.", "ua", "Kyiv"),
        ("После атаки БПЛА на Белгород восстановлено движение на Шебекино.", "ru", "Shebekino"),
    ],
)
def test_columns_and_traffic_heading_somewhere_are_no_strike(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    assert place not in {c[1] for c in claims_of_type(bundled_analyzer, text, side, "strike")}


@pytest.mark.parametrize(
    ("text", "side", "places"),
    [
        ("Оголошено обов'язкову евакуацію дітей з 14 населених пунктів Запорізької області. "
         "Йдеться про Комишуваську, Оріхівську та Малотокмачанську громади.", "ua",
         {"Komyshuvakha", "Orikhiv", "Mala Tokmachka"}),
        ("Объявлена эвакуация из 9 сёл Белгородской области. Речь идёт о Новой Таволжанке и "
         "Белом Колодезе.", "ru", {"Novaya Tavolzhanka", "Bely Kolodez"}),
    ],
)  # fmt: skip
def test_the_places_a_sentence_after_names_take_its_claim(
    bundled_analyzer: Analyzer, text: str, side: str, places: set[str]
) -> None:
    found = {c[1] for c in claims_of_type(bundled_analyzer, text, side, "evacuation")}
    assert places <= found


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        ("Ворог наблизився впритул до Мирнограда.", "ua", "Myrnohrad"),
        ("Окупанти підійшли до околиць Костянтинівки.", "ua", "Kostiantynivka"),
        ("Ворожі штурмовики наблизилися до Торецька впритул.", "ua", "Toretsk"),
    ],
)
def test_the_enemy_drawing_near_advances(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    assert ("advance", place, "ru") in claims_of(bundled_analyzer, text, side)


def test_the_village_of_the_attacks_wins_over_the_axis_before(bundled_analyzer: Analyzer) -> None:
    text = "На Курском направлении противник продолжает атаки в районе Плехово."
    found = {c[1] for c in claims_of_type(bundled_analyzer, text, "ru", "advance")}
    assert "Plyokhovo" in found
    assert "Kursk Oblast" not in found


def test_losses_not_spared_of_a_degree_are_casualties(bundled_analyzer: Analyzer) -> None:
    text = "Штурм Вовчанська не обійшовся без значних втрат для ворога."
    assert claims_of_type(bundled_analyzer, text, "ua", "casualties")
