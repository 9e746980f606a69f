"""A road shot through is a supply route cut, the town's it serves (not the road's far end); a
match told in the war's words takes no ground; a post that opens with a date before this war
tells that day's story; thousands written short are no verb; the codes «200» and «300» after a
count and a dash are the killed and the wounded. Paraphrases written for these tests, through
the real analyzer."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Курахово. Трасса на Константиновку уже простреливается нашей артиллерией.",
            "ru",
            ("encirclement", "Kurakhove", "ru"),
        ),
        (
            "Часов Яр. Последняя дорога из города простреливается насквозь, выходят пешком.",
            "ru",
            ("encirclement", "Chasiv Yar", "ru"),
        ),
        (
            "Торецьк. Дорога на Костянтинівку прострілюється ворожими FPV цілодобово.",
            "ua",
            ("encirclement", "Toretsk", "ru"),
        ),
        (
            "Северск. Подвоз у противника идёт с трудом: трасса на Славянск простреливается.",
            "ru",
            ("encirclement", "Siversk", "ru"),
        ),
        (
            "Вовчанськ. Ворог прострілює трасу на Харків FPV-дронами цілодобово.",
            "ua",
            ("encirclement", "Vovchansk", "ru"),
        ),
        (
            "Северск. Вчера наконец добрался до города.\n\nПодвоз у противника на этом участке "
            "под нашим огневым контролем, трасса на Славянск простреливается полностью.",
            "ru",
            ("encirclement", "Siversk", "ru"),
        ),
    ],
)
def test_a_road_shot_through_cuts_the_town_it_serves(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert not {
        c for c in found if c[0] == "encirclement" and c[1] in ("Kostiantynivka", "Sloviansk")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Задача на неделю — взять трассу на Покровск под огневой контроль.",
        "Трасса М2 под Курском закрыта на ремонт, движение перекрыто до вечера.",
        "Дорога на Белгород не простреливается, подвоз идёт нормально.",
    ],
)
def test_a_road_planned_closed_or_safe_is_no_encirclement(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "encirclement"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "«Сокол» в Красноярске разгромил гостей 4:0. Хозяева накатили с первых минут, "
            "вратарь гостей пропустил две шайбы уже в первом периоде.",
            "ru",
        ),
        (
            "«Ротор» взял штурмом Волгоград: хозяева разгромили гостей в матче Первой лиги.",
            "ru",
        ),
    ],
)
def test_a_match_in_the_wars_words_takes_no_ground(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Штурмовики освободили Новогродовку. Перед штурмом бойцы изучили матчасть, а в "
            "перерывах играли в футбол.",
            "ru",
            ("capture", "Novohrodivka", "ru"),
        ),
        (
            "По данным «Таймс», второй раунд переговоров провалился. ВСУ тем временем оставили "
            "Угледар.",
            "ru",
            ("withdrawal", "Vuhledar", "ua"),
        ),
        (
            "ВСУ получили нокаут под Покровском: в третьем раунде наступления наши освободили "
            "Новогродовку.",
            "ru",
            ("capture", "Novohrodivka", "ru"),
        ),
        (
            "Головне за добу:\n— Ворог просунувся біля Покровська.\n— «Олександрія» програла в "
            "матчі УПЛ, воротар помилився двічі.",
            "ua",
            ("advance", "Pokrovsk", "ru"),
        ),
    ],
)
def test_war_news_beside_sport_keeps_its_claims(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_a_strike_beside_a_match_stays(bundled_analyzer: Analyzer) -> None:
    text = "Матч в Белгороде перенесли: ВСУ обстреляли город, болельщиков попросили уйти."
    assert ("strike", "Belgorod", "ua") in claims_of(bundled_analyzer, text, "ru")


def test_a_digests_war_item_far_from_its_football_item_stays(bundled_analyzer: Analyzer) -> None:
    football = "🔻 В Европе болельщики сорвали матч: футбольный клуб оштрафован. " * 3
    filler = "🔻 Синоптики обещают снег и гололёд по всей стране до конца недели. " * 10
    text = f"{football}\n\n{filler}\n\n🔻 Армия России освободила Курахово."
    assert ("capture", "Kurakhove", "ru") in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Январь 1995-го. Штурм Грозного.\n\nКолонны зашли в город без пехоты, многие погибли.",
        "Весна 1942 года.\n\nКрасная армия наступает на Харьков с юга.",
    ],
)
def test_a_post_opening_with_a_date_before_this_war_tells_that_story(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert not claims_of(bundled_analyzer, text, "ru")


def test_a_line_with_an_old_year_that_is_no_date_dates_nothing(bundled_analyzer: Analyzer) -> None:
    for text, expected in (
        ("Памятник 1943 года. ВСУ обстреляли Белгород, повреждён мемориал.", "Belgorod"),
        ("9 мая 1945 года. Победа. Прошло 80 лет, и ВСУ снова обстреливают Белгород.", "Belgorod"),
        ("На улице Красной Армии в Белгороде дрон ВСУ атаковал машину.", "Belgorod"),
    ):
        assert ("strike", expected, "ua") in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "6 августа 2024 года. ВСУ зашли в Суджанский район.",
            ("advance", "Sudzhansky District", "ua"),
        ),
        (
            "Январь 1995-го. Штурм Грозного. А сегодня дроны ВСУ снова атаковали Белгород.",
            ("strike", "Belgorod", "ua"),
        ),
    ],
)
def test_a_date_of_this_war_or_a_sentence_of_today_keeps_its_claims(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Підкажіть, що зараз у Слов'янську з орендою? Шукаємо однокімнатну, бюджет до 7 тис. "
        "Працюємо в Краматорську.",
        "Хто знає, як у Слов'янську з житлом? Бюджет до 7 тис. Дякую.",
    ],
)
def test_thousands_written_short_are_no_pressure(bundled_analyzer: Analyzer, text: str) -> None:
    assert not claims_of(bundled_analyzer, text, "ua")


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Біля Кремінної ворог пішов на штурм і отримав: 12 окупантів — «200».",
            "ua",
            ("casualties", "Kreminna", "ua"),
        ),
        (
            "Біля Торецька орки полізли на позиції: семеро — 200, решта втекла.",
            "ua",
            ("casualties", "Toretsk", "ua"),
        ),
    ],
)
def test_the_codes_after_a_count_are_the_killed(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    "text",
    [
        "Біля Кремінної 200 метрів посадки, ще 300 метрів до позицій.",
        "Під Сумами відремонтували дорогу: 200 — 300 метрів нового асфальту.",
    ],
)
def test_distances_are_no_codes(bundled_analyzer: Analyzer, text: str) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ua") if c[0] == "casualties"}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("ВСУ сдали Авдеевку, следует из документов, попавших к журналистам.", "ru", "Avdiivka"),
        ("ЗСУ здали Вугледар, заплативши за кожен метр кров'ю.", "ua", "Vuhledar"),
    ],
)
def test_a_town_given_up_stays_beside_papers_and_blood(
    bundled_analyzer: Analyzer, text: str, side: str, expected: str
) -> None:
    assert ("withdrawal", expected, "ua") in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("У Слов'янську здаю кімнату за 5 тис. Дзвоніть.", "ua"),
        ("В Краматорске сдаю квартиру посуточно, наши военные со скидкой.", "ru"),
    ],
)
def test_a_room_let_is_no_town_given_up(bundled_analyzer: Analyzer, text: str, side: str) -> None:
    assert not claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Днём FPV-дрон атаковал грузовик на трассе у Рыльска, ранен водитель.",
            ("strike", "Rylsk", "ua"),
        ),
        (
            "Дрон ВСУ атаковал машину на дороге возле Грайворона, пострадали двое.",
            ("strike", "Grayvoron", "ua"),
        ),
    ],
)
def test_a_town_the_road_runs_by_is_no_end_of_it(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Торецк. Последние дома на северной окраине зачищены, Торецк полностью под "
            "контролем ВС РФ.",
            ("capture", "Toretsk", "ru"),
        ),
        (
            "Кураховские высотки в восточной части взяты, Курахово полностью освобождено.",
            ("capture", "Kurakhove", "ru"),
        ),
    ],
)
def test_a_town_told_whole_is_taken_beside_the_part_cleared(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


def test_a_part_told_whole_stays_a_part(bundled_analyzer: Analyzer) -> None:
    text = "Промзона на юге Торецка полностью зачищена и находится под нашим контролем."
    found = claims_of(bundled_analyzer, text, "ru")
    assert ("advance", "Toretsk", "ru") in found
    assert ("capture", "Toretsk", "ru") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Кадры боевой работы расчёта ТОС-1А «Солнцепёк» группировки «Днепр» по опорному "
            "пункту ВСУ на окраине Каменского.",
            ("strike", "Kamianske", "ru"),
        ),
        (
            "Видео работы расчёта САУ 2С19 «Мста-С» группировки «Запад» по опорному пункту ВСУ "
            "на окраине Купянска.",
            ("strike", "Kupiansk", "ru"),
        ),
    ],
)
def test_a_crews_names_keep_the_caption_in_reach_of_its_place(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Марганець, підсумки дня.\nЗранку окупанти з Енергодара гатили по місту з арти. "
            "Поранено двох чоловіків.",
            ("casualties", "Marhanets", "ru"),
            "Enerhodar",
        ),
    ],
)
def test_where_the_fire_came_from_is_no_victims_town(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str], not_expected: str
) -> None:
    found = claims_of(bundled_analyzer, text, "ua")
    assert expected in found
    assert not {c for c in found if c[1] == not_expected}


def test_where_an_attack_came_from_is_no_place_attacked(bundled_analyzer: Analyzer) -> None:
    text = "Ворог атакував Нікополь з Енергодара та Кам'янки-Дніпровської."
    found = claims_of(bundled_analyzer, text, "ua")
    assert not {c for c in found if c[1] in ("Enerhodar", "Kamianka-Dniprovska")}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("У Запоріжжі маршрутка «300» курсує за новим графіком.", "ua"),
        ("Губернатор перерезал ленточку: новая дорога на Курчатов открыта в Курске.", "ru"),
    ],
)
def test_a_route_number_and_a_ribbon_are_no_war(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not claims_of(bundled_analyzer, text, side)


def test_a_part_cleared_beside_another_town_taken_whole_stays_a_part(
    bundled_analyzer: Analyzer,
) -> None:
    text = "Штурмовики зачистили южную окраину Красногоровки, Новогродовка полностью под контролем."
    found = claims_of(bundled_analyzer, text, "ru")
    assert ("capture", "Novohrodivka", "ru") in found
    assert ("capture", "Krasnohorivka", "ru") not in found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("ВСУ обстреляли Грайворонский округ. В с. Козинка ранена женщина.", "ru", "Kozinka"),
        (
            "Загинув 45-річний чоловік з Вовчанська, який повернувся до міста по речі.",
            "ua",
            "Vovchansk",
        ),
    ],
)
def test_a_village_abbreviated_or_a_residents_town_keeps_its_victims(
    bundled_analyzer: Analyzer, text: str, side: str, expected: str
) -> None:
    assert {c for c in claims_of(bundled_analyzer, text, side) if c[0] == "casualties"} & {
        ("casualties", expected, "ru"),
        ("casualties", expected, "ua"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Август 1943 года.\nОсвобождение Белгорода. Белгород снова под ударом: вечером "
            "дроны атаковали город.",
            ("strike", "Belgorod", "ua"),
        ),
        (
            "Январь 1995-го.\nШтурм Грозного. Через тридцать лет наши штурмуют Покровск.",
            ("advance", "Pokrovsk", "ru"),
        ),
        (
            "Июнь 1941 года.\nНачало войны. Российские войска в этот день освободили Уманское.",
            ("capture", "Umanske", "ru"),
        ),
    ],
)
def test_a_sentence_of_this_war_after_an_old_date_line_keeps_its_claims(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Паводок в Орске: трасса на Оренбург перерезана водой, объезд через Новотроицк.", "ru"),
        ("Курск. Дорогу на Курчатов перерезала колонна фур, пробка на пять километров.", "ru"),
        ("Ставки на бой UFC в Белгороде: трое — 300 к одному.", "ru"),
        ("Из Суджи выехали семеро — 200 километров до Курска проехали без остановок.", "ru"),
    ],
)
def test_floods_trucks_odds_and_distances_cut_and_kill_nothing(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert not {c for c in found if c[0] in ("encirclement", "casualties")}


def test_an_attack_beside_a_town_is_at_the_town(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer, "Ворог атакував позиції ЗСУ поруч з Торецьком, бої тривають.", "ua"
    )
    assert ("advance", "Toretsk", "ru") in found
