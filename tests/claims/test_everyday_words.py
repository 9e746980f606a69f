"""Words of everyday news that are war news only in a war's sentence: a car chase «в сторону»
a town, a cyclone that «накроет» a city, prisoners who «сбежали», cars towed away, a still that
blew up, a singer who «прилетела», a brigade named after a region. Every text is a paraphrase
written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import claims, extractor_over

PLACES = {
    "leningrad-oblast": ("region", "RU"),
    "novorossiysk": ("city", "RU"),
    "chelyabinsk-oblast": ("region", "RU"),
    "saint-petersburg": ("city", "RU"),
    "grozny": ("city", "RU"),
    "krasnodar-krai": ("region", "RU"),
    "ramenskoye": ("town", "RU"),
    "moscow": ("city", "RU"),
    "vologda": ("city", "RU"),
    "lipetsk-oblast": ("region", "RU"),
    "crimea": ("region", "UA"),
    "sudzha": ("town", "RU"),
    "belgorod": ("city", "RU"),
    "malaya-loknya": ("village", "RU"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Угонщик устроил погоню с полицией в сторону Раменского.", {"ramenskoye": "Раменского"}),
        ("Фура ехала в сторону Москвы, когда отказали тормоза.", {"moscow": "Москвы"}),
        ("Циклон накроет Москву и засыплет её снегом.", {"moscow": "Москву"}),
        ("В выходные Москву накроет ливень с грозой.", {"moscow": "Москву"}),
        ("В Вологде самогонный аппарат разнёс кухню.", {"vologda": "Вологде"}),
        (
            "Заключённые сбежали из колонии в Липецкой области.",
            {"lipetsk-oblast": "Липецкой области"},
        ),
        ("Школьницы сбежали в Крым к подруге.", {"crimea": "Крым"}),
        ("В Москве эвакуировали на штрафстоянки 245 автомобилей.", {"moscow": "Москве"}),
        ("Певица прилетела в Москву ночным рейсом.", {"moscow": "Москву"}),
        ("Семья оставила квартиру в Вологде и переехала.", {"vologda": "Вологде"}),
        (
            "Мелкая муха уничтожила 23 тонны мандаринов в Новороссийске.",
            {"novorossiysk": "Новороссийске"},
        ),
        (
            "Дамбу прорвало на водохранилище в Челябинской области.",
            {"chelyabinsk-oblast": "Челябинской области"},
        ),
        ("В Петербурге подросток попал в реанимацию.", {"saint-petersburg": "Петербурге"}),
        ("Вторжение атлантического тепла ожидается в Москве.", {"moscow": "Москве"}),
        ("Взрыв на АЗС в Грозном: погибли четверо.", {"grozny": "Грозном"}),
        (
            "Птиц из краснодарского сафари-парка разместили в вольере.",
            {"krasnodar-krai": "краснодарского"},
        ),
        ("Делегация прибыла в Москву на переговоры.", {"moscow": "Москву"}),
        (
            "Сумку с золотым кольцом нашли в канаве в Ленобласти.",
            {"leningrad-oblast": "Ленобласти"},
        ),
        ("В Москве задержали мужчину, угрожавшего взорвать метро.", {"moscow": "Москве"}),
        ("После взрыва авто в Москве пострадавшему ампутируют руку.", {"moscow": "Москве"}),
        ("Опасность атаки беспилотников в Раменском отменена.", {"ramenskoye": "Раменском"}),
        ("Жесть из Вологды: неизвестный перерезал женщине горло.", {"vologda": "Вологды"}),
        ("В Вологде подросток ворвался в квартиру соседей.", {"vologda": "Вологде"}),
        # pests and viruses
        ("Посадки картофеля атакованы фитофторой в Вологде.", {"vologda": "Вологде"}),
        (
            "Колорадский жук захватил огороды Липецкой области.",
            {"lipetsk-oblast": "Липецкой области"},
        ),
        ("Вирус-шифровальщик атаковал больницу в Москве.", {"moscow": "Москве"}),
        ("Клещи атаковали дачников в Липецкой области.", {"lipetsk-oblast": "Липецкой области"}),
        ("Мошенники атаковали пенсионеров Вологды.", {"vologda": "Вологды"}),
        # a fall from a window or a suicide
        (
            "Один из топ-менеджеров нефтяной компании Иван Петров выпал из окна и погиб в центре "
            "Москвы. Предварительно, он совершил суицид.\n\n64-летний бывший руководитель "
            "подразделений компании, по информации СМИ, имел тяжёлую форму онкологии.",
            {"moscow": "Москвы"},
        ),
        ("Мужчина покончил с собой в Белгороде, погиб на месте.", {"belgorod": "Белгороде"}),
        ("Чоловік випав з вікна і загинув у Бєлгороді.", {"belgorod": "Бєлгороді"}),
        # a fight on a train
        (
            "Драма в раменской электричке: пассажир ударил попутчика ножом в ногу.",
            {"ramenskoye": "раменской"},
        ),
        ("Чоловік у Бєлгороді вдарив сусіда ножем.", {"belgorod": "Бєлгороді"}),
        # a weather front advances
        ("Снежный фронт наступает на Москву: до 15 см снега.", {"moscow": "Москву"}),
        ("Холодний атмосферний фронт наступає на Бєлгород.", {"belgorod": "Бєлгород"}),
    ],
)
def test_everyday_news_is_no_claim(
    extractor: ClaimExtractor, text: str, places: dict[str, str]
) -> None:
    assert claims(extractor, text, places, "ru") == set()


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        ("ВСУ бегут из Малой Локни.", {"malaya-loknya": "Малой Локни"}, "withdrawal"),
        ("Укры сбежали из Суджи, бросив технику.", {"sudzha": "Суджи"}, "withdrawal"),
        ("Противник оставил Суджу под натиском наших.", {"sudzha": "Суджу"}, "withdrawal"),
        ("Колонна ВСУ движется в сторону Суджи.", {"sudzha": "Суджи"}, "advance"),
        # a side named elsewhere in the post makes the movement war news
        (
            "Наши штурмовики наступают.\n\nС трёх сторон — в сторону Суджи.",
            {"sudzha": "Суджи"},
            "advance",
        ),
        ("Прилетело по Белгороду ночью.", {"belgorod": "Белгороду"}, "strike"),
        ("Ночью прилёт по Белгороду, выбиты окна.", {"belgorod": "Белгороду"}, "strike"),
        ("Ракета накрыла Белгород.", {"belgorod": "Белгород"}, "strike"),
        ("Ракета попала в жилой дом в Белгороде.", {"belgorod": "Белгороде"}, "strike"),
        ("Обломки беспилотника упали на склад в Белгороде.", {"belgorod": "Белгороде"}, "strike"),
        (
            "Наши бойцы уничтожили группу ВСУ у Малой Локни.",
            {"malaya-loknya": "Малой Локни"},
            "casualties",
        ),
        ("ВСУ потеряли у Суджи до 40 военнослужащих.", {"sudzha": "Суджи"}, "casualties"),
        ("ВСУ перебросили резервы к Судже.", {"sudzha": "Судже"}, "deployment"),
        ("Наши замкнули кольцо вокруг Суджи, ВСУ в котле.", {"sudzha": "Суджи"}, "encirclement"),
        ("Штурмовики ворвались в Суджу с двух сторон.", {"sudzha": "Суджу"}, "advance"),
        ("Окупанти вдерлися до Суджі.", {"sudzha": "Суджі"}, "advance"),
        ("Прорвав оборону ВСУ, наши зашли в Суджу.", {"sudzha": "Суджу"}, "advance"),
    ],
)
def test_the_same_words_in_war_news_still_claim(
    extractor: ClaimExtractor, text: str, places: dict[str, str], expected: str
) -> None:
    (key,) = places
    assert expected in {c[0] for c in claims(extractor, text, places, "ru") if c[1] == key}


def test_civilians_who_died_are_no_army_losses(extractor: ClaimExtractor) -> None:
    assert claims(extractor, "Пять российских альпинистов погибли в Непале.", {}, "ru") == set()
    found = claims(extractor, "Российские потери убитыми превышают 700 тысяч.", {}, "other")
    assert ("casualties", None, "ua", "asserted") in found
