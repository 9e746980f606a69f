"""Who acts when the words come in another order, and what ground is taken: a side after its
verb («По X отработали хохлы»), a place before the verb («Из X выбиты хохлы»), a side in the
trigger's own words («позиции ВСУ»), a bare «Взяли X!», ground near a place rather than the
place («лесопосадки севернее X»), a list whose wider place opens a phrase of its own, and a
passive in a clause of its own. Every text is a paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

Case = tuple[str, str, dict[str, str], set[Claim]]

PLACES = {
    "donetsk": ("city", "UA"),
    "belgorod": ("city", "RU"),
    "horlivka": ("city", "UA"),
    "kostiantynivka": ("town", "UA"),
    "kreminna": ("town", "UA"),
    "sudzha": ("town", "RU"),
    "zaporizhzhia-oblast": ("region", "UA"),
    "bryansk-oblast": ("region", "RU"),
    "kruhliakivka": ("village", "UA"),
    "robotyne": ("village", "UA"),
    "avdiivka": ("town", "UA"),
    "krynky": ("village", "UA"),
    "pokrovsk": ("town", "UA"),
    "kursk": ("city", "RU"),
    "volgograd": ("city", "RU"),
    "kurakhove": ("town", "UA"),
    "malaya-loknya": ("village", "RU"),
    "vovchansk": ("town", "UA"),
    "dnipropetrovsk-oblast": ("region", "UA"),
    "synelnykove-raion": ("district", "UA"),
    "rivne-oblast": ("region", "UA"),
    "sarny-raion": ("district", "UA"),
    "kursk-oblast": ("region", "RU"),
    "grayvoron": ("town", "RU"),
    "glushkovo-district": ("district", "RU"),
    "lyptsi": ("village", "UA"),
    "toretsk": ("town", "UA"),
    "sudzha-gms": ("facility", "RU"),
    "glushkovo": ("town", "RU"),
    "martynovka": ("village", "RU"),
    "snagost": ("village", "RU"),
    "moscow": ("city", "RU"),
    "borova": ("town", "UA"),
    "izium-raion": ("district", "UA"),
    "volyn-oblast": ("region", "UA"),
    "lutsk": ("city", "UA"),
    "kramatorsk": ("city", "UA"),
    "lyman": ("town", "UA"),
    "berdychi": ("village", "UA"),
    "kucheriv-yar": ("village", "UA"),
    "vuhledar": ("town", "UA"),
    "bilopillia": ("town", "UA"),
    "klimovo": ("town", "RU"),
    "tyotkino": ("village", "RU"),
    "druzhkivka": ("town", "UA"),
    "kurilovka": ("village", "RU"),
    "demidovka": ("village", "RU"),
    "oleksandropillia": ("village", "UA"),
    "hannivka": ("village", "UA"),
    "andriivka": ("village", "UA"),
    "novopavlivka": ("village", "UA"),
    "myrnohrad": ("town", "UA"),
    "kharkiv-oblast": ("region", "UA"),
    "krasnodar": ("city", "RU"),
    "shebekino": ("town", "RU"),
    "novaya-tavolzhanka": ("village", "RU"),
    "nikopol": ("town", "UA"),
    "horlivka-city": ("city", "UA"),
    "krasnohorivka": ("town", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


SUBJECT_AFTER_VERB: list[Case] = [
    (
        "По Донецку отработали хохлы кассетами.",
        "ru",
        {"donetsk": "Донецку"},
        {("strike", "donetsk", "ua", "asserted")},
    ),
    # a side in the nominative is no object of «по», wherever it stands
    (
        "По Белгороду укры кладут из РСЗО.",
        "ru",
        {"belgorod": "Белгороду"},
        {("strike", "belgorod", "ua", "asserted")},
    ),
    (
        "По Горловке снова отработала вражеская арта.",
        "ru",
        {"horlivka": "Горловке"},
        {("strike", "horlivka", "ua", "asserted")},
    ),
    (
        "Наша арта весь день работает по Константиновке.",
        "ru",
        {"kostiantynivka": "Константиновке"},
        {("strike", "kostiantynivka", "ru", "asserted")},
    ),
    (
        "По позициям противника у Кременной отработала наша арта.",
        "ru",
        {"kreminna": "Кременной"},
        {("strike", "kreminna", "ru", "asserted")},
    ),
    # the object stays the object
    (
        "Наши выбили хохлов из Кругляковки.",
        "ru",
        {"kruhliakivka": "Кругляковки"},
        {("capture", "kruhliakivka", "ru", "asserted")},
    ),
    # working to a plan or for refugees strikes nothing
    (
        "Бригада отработала по плану в Курской области.",
        "ru",
        {"kursk-oblast": "Курской области"},
        set(),
    ),
    (
        "Мы работаем по Курской области уже год, помогаем беженцам.",
        "ru",
        {"kursk-oblast": "Курской области"},
        set(),
    ),
]

PLACE_FIRST: list[Case] = [
    (
        "Из Кругляковки выбиты хохлы.",
        "ru",
        {"kruhliakivka": "Кругляковки"},
        {("capture", "kruhliakivka", "ru", "asserted")},
    ),
    # a side before the verb of a gapped trigger is its subject, not its object
    (
        "Из Кругляковки наши выбили хохлов.",
        "ru",
        {"kruhliakivka": "Кругляковки"},
        {("capture", "kruhliakivka", "ru", "asserted")},
    ),
    (
        "Взяли Авдеевку. Полностью. Хохлы бегут.",
        "ru",
        {"avdiivka": "Авдеевку"},
        # the side named lets the bare «Взяли X» stand; the side runs from the place taken
        {("capture", "avdiivka", "ru", "asserted"), ("withdrawal", "avdiivka", "ua", "asserted")},
    ),
    (
        "Отбили Крынки! Наши молодцы.",
        "ru",
        {"krynky": "Крынки"},
        {("capture", "krynky", "ru", "asserted")},
    ),
    # no side anywhere: sport and holidays
    ("Зенит взял Краснодар в гостях.", "ru", {"krasnodar": "Краснодар"}, set()),
    # a ring is an encirclement word, credit and things taken from a city take no city
    ("Взяли Покровск в клещи.", "ru", {"pokrovsk": "Покровск"}, set()),
    ("Жители взяли в Курске кредит.", "ru", {"kursk": "Курске"}, set()),
    ("Мы взяли из Курска много вещей.", "ru", {"kursk": "Курска"}, set()),
    ("Немцы так и не взяли Сталинград.", "ru", {"volgograd": "Сталинград"}, set()),
    # an infinitive is a goal
    ("Взять Курск им помешала погода.", "ru", {"kursk": "Курск"}, set()),
]

PRESENT_TENSE: list[Case] = [
    (
        "Укры заходят в Малую Локню малыми группами.",
        "ru",
        {"malaya-loknya": "Малую Локню"},
        {("advance", "malaya-loknya", "ua", "asserted")},
    ),
    (
        "Наши заходят в Курахово с юга.",
        "ru",
        {"kurakhove": "Курахово"},
        {("advance", "kurakhove", "ru", "asserted")},
    ),
    (
        "На окраинах Покровска уже бьются наши штурмовые группы.",
        "ru",
        {"pokrovsk": "Покровска"},
        {("advance", "pokrovsk", "ru", "asserted")},
    ),
    ("Суда заходят в порт Курска.", "ru", {"kursk": "Курска"}, set()),
    # a comma ends the words a phrase may skip: «опять лезут, наши» is no «опять наши»
    (
        "Под Волчанском хохлы опять лезут, наши держат рубеж.",
        "ru",
        {"vovchansk": "Волчанском"},
        {("advance", "vovchansk", "ru", "asserted")},
    ),
]

GROUND: list[Case] = [
    (
        "Наши выбили хохлов из лесопосадок севернее Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("advance", "robotyne", "ru", "asserted")},
    ),
    (
        "Взяли опорник ВСУ у Кругляковки.",
        "ru",
        {"kruhliakivka": "Кругляковки"},
        {("advance", "kruhliakivka", "ru", "asserted")},
    ),
    # ground named before the trigger is not between it and its place; «Южной» is no «южнее»
    (
        "Южнее Работино штурмовики заняли Кругляковку.",
        "ru",
        {"robotyne": "Работино", "kruhliakivka": "Кругляковку"},
        {("capture", "kruhliakivka", "ru", "asserted")},
    ),
    (
        "Бойцы Южной группировки освободили Кругляковку.",
        "ru",
        {"kruhliakivka": "Кругляковку"},
        {("capture", "kruhliakivka", "ru", "asserted")},
    ),
    # a strongpoint in the next clause leaves the taking whole
    (
        "Наши контролируют Кругляковку, рядом лесопосадка и высота.",
        "ru",
        {"kruhliakivka": "Кругляковку"},
        {("capture", "kruhliakivka", "ru", "asserted")},
    ),
    # the side in «позиции ВСУ» holds them: abroad an incursion, at home no claim
    (
        "В Курской области ещё остаются позиции ВСУ у Суджи.",
        "ru",
        {"kursk-oblast": "Курской области", "sudzha": "Суджи"},
        {("advance", "sudzha", "ua", "asserted")},
    ),
    (
        "Добровольцы держат оборону в километре от позиций ВСУ в Запорожской области.",
        "ru",
        {"zaporizhzhia-oblast": "Запорожской области"},
        set(),
    ),
    (
        "Расчёт отработал по позициям ВСУ у Кременной.",
        "ru",
        {"kreminna": "Кременной"},
        {("strike", "kreminna", "ru", "asserted")},
    ),
]

LISTS_AND_CLAUSES: list[Case] = [
    # a wider place that opens a phrase of its own after a comma keeps its claim; the passive
    # of the second clause does not make the first clause's attacker its victim
    (
        "Ворог атакував Дніпропетровщину дронами, в Синельниківському районі пошкоджено "
        "агропідприємство.",
        "ua",
        {
            "dnipropetrovsk-oblast": "Дніпропетровщину",
            "synelnykove-raion": "Синельниківському районі",
        },
        {
            ("strike", "dnipropetrovsk-oblast", "ru", "asserted"),
            ("strike", "synelnykove-raion", "ru", "asserted"),
        },
    ),
    # an apposition qualifies: the raion alone
    (
        "Реактивний БпЛА у бік Рівненщини, Сарненський р-н.",
        "ua",
        {"rivne-oblast": "Рівненщини", "sarny-raion": "Сарненський р-н"},
        {("strike", "sarny-raion", "ru", "asserted")},
    ),
    # a participle's phrase is no clause of its own: the captive's side is the victim
    (
        "Наёмник, воевавший на стороне ВСУ, был взят в плен в Курской области.",
        "ru",
        {"kursk-oblast": "Курской области"},
        {("casualties", "kursk-oblast", "ru", "asserted")},
    ),
]


OWNERS_AND_SOURCES: list[Case] = [
    # a side's genitive after a noun owns it: the drones are the enemy's
    (
        "Ударные БПЛА противника снова атаковали Грайворон.",
        "ru",
        {"grayvoron": "Грайворон"},
        {("strike", "grayvoron", "ua", "asserted")},
    ),
    # after a victim noun it is the target
    (
        "Позиции противника у Кременной атаковали наши штурмовики.",
        "ru",
        {"kreminna": "Кременной"},
        {("advance", "kreminna", "ru", "asserted")},
    ),
    # a source set against the text is not relayed: «наши» stay the channel's
    (
        "Вопреки заявлениям Генштаба ВСУ, наши подразделения уже вошли в Покровск.",
        "ru",
        {"pokrovsk": "Покровск"},
        {("advance", "pokrovsk", "ru", "asserted")},
    ),
]

FRONT_WORDS: list[Case] = [
    (
        "Наши зачистили лесополосу у Кругляковки, взяли двоих.",
        "ru",
        {"kruhliakivka": "Кругляковки"},
        {("advance", "kruhliakivka", "ru", "asserted")},
    ),
    (
        "Под Торецком штурмовики зачистили терриконы.",
        "ru",
        {"toretsk": "Торецком"},
        {("advance", "toretsk", "ru", "asserted")},
    ),
    (
        "В Липцах тоже движение вперёд.",
        "ru",
        {"lyptsi": "Липцах"},
        {("advance", "lyptsi", "ru", "asserted")},
    ),
    # a short headline's place reaches a retreat that names none
    (
        "Авдеевка. Всё.\nГарнизон ВСУ ночью начал отход.",
        "ru",
        {"avdiivka": "Авдеевка"},
        {("withdrawal", "avdiivka", "ua", "asserted"), ("capture", "avdiivka", "ru", "asserted")},
    ),
    (
        "Волчанск. Бои продолжаются. Противник перебросил в город ещё два батальона.",
        "ru",
        {"vovchansk": "Волчанск"},
        {("advance", "vovchansk", "ru", "asserted"), ("deployment", "vovchansk", "ua", "asserted")},
    ),
    # a district or oblast taken whole is a capture, in part an advance
    (
        "Генштаб доложил о полном освобождении Курской области.",
        "ru",
        {"kursk-oblast": "Курской области"},
        {("capture", "kursk-oblast", "ru", "reported")},
    ),
    # not yet taken
    (
        "До полного освобождения Курской области осталось выбить ВСУ из пяти сёл.",
        "ru",
        {"kursk-oblast": "Курской области"},
        set(),
    ),
    (
        "ВС РФ освободили часть Курской области.",
        "ru",
        {"kursk-oblast": "Курской области"},
        {("advance", "kursk-oblast", "ru", "asserted")},
    ),
]


REPORTS: list[Case] = [
    # a facility attacked is struck, not advanced on
    (
        "За сутки ВСУ атаковали ГИС «Суджа».",
        "ru",
        {"sudzha-gms": "ГИС «Суджа»"},
        {("strike", "sudzha-gms", "ua", "asserted")},
    ),
    # homes hit are no casualties; a comma ends a phrase («дом, пострадал житель»)
    (
        "Обсудили выплаты жителям Глушково, чьё жильё пострадало от обстрелов.",
        "ru",
        {"glushkovo": "Глушково"},
        set(),
    ),
    (
        "Дрон ВСУ атаковал Глушково, прилетел в дом, пострадал местный житель.",
        "ru",
        {"glushkovo": "Глушково"},
        {("strike", "glushkovo", "ua", "asserted"), ("casualties", "glushkovo", "ua", "asserted")},
    ),
    (
        "Пассажиров просят пользоваться выходом к Курскому вокзалу в Москве.",
        "ru",
        {"moscow": "Москве"},
        set(),
    ),
    # the towns of an attempted breakthrough, past «в направлениях»
    (
        "Отражены попытки противника прорваться вглубь российской территории в направлениях "
        "Кауровки, Мартыновки и Снагости.",
        "ru",
        {"martynovka": "Мартыновки", "snagost": "Снагости"},
        {("advance", "martynovka", "ua", "asserted"), ("advance", "snagost", "ua", "asserted")},
    ),
    (
        "Наша авиация ударила по Купянску авиабомбами. Десант высадился в городе.",
        "ru",
        {"kupiansk": "Купянску"},
        {("strike", "kupiansk", "ru", "asserted"), ("advance", "kupiansk", "ru", "asserted")},
    ),
    # «в том числе» glues a list
    (
        "Обстрелам подверглись Шебекино, в том числе Новая Таволжанка.",
        "ru",
        {"shebekino": "Шебекино", "novaya-tavolzhanka": "Новая Таволжанка"},
        {
            ("strike", "shebekino", "ua", "asserted"),
            ("strike", "novaya-tavolzhanka", "ua", "asserted"),
        },
    ),
    (
        "Противник всю ночь бил по Белгороду из РСЗО.",
        "ru",
        {"belgorod": "Белгороду"},
        {("strike", "belgorod", "ua", "asserted")},
    ),
    (
        "Противник в Купянске под огневым контролем наших дронов.",
        "ru",
        {"kupiansk": "Купянске"},
        {("encirclement", "kupiansk", "ru", "asserted")},
    ),
    # «в городе» points back to the town before
    (
        "Штурм Торецка продолжается. В городе идут уличные бои.",
        "ru",
        {"toretsk": "Торецка"},
        {("advance", "toretsk", "ru", "asserted")},
    ),
]


UKRAINIAN_REPORTS: list[Case] = [
    # a raion after a conjunction is a list item of its own, not a qualifier
    (
        "Також під обстрілами перебували Куп'янськ, Борова та Ізюмський район.",
        "ua",
        {"kupiansk": "Куп'янськ", "borova": "Борова", "izium-raion": "Ізюмський район"},
        {
            ("strike", "kupiansk", "ru", "asserted"),
            ("strike", "borova", "ru", "asserted"),
            ("strike", "izium-raion", "ru", "asserted"),
        },
    ),
    # «зокрема» names the finer target
    (
        "Основний напрямок удару — Волинь, зокрема місто Луцьк.",
        "ua",
        {"volyn-oblast": "Волинь", "lutsk": "Луцьк"},
        {("strike", "lutsk", "ru", "asserted")},
    ),
    (
        "Під вогнем — 12 населених пунктів, зокрема Краматорськ та Лиман.",
        "ua",
        {"kramatorsk": "Краматорськ", "lyman": "Лиман"},
        {("strike", "kramatorsk", "ru", "asserted"), ("strike", "lyman", "ru", "asserted")},
    ),
    # soldiers moving under fire are no shelling report
    (
        "Наші бійці під вогнем просунулися біля Лиману.",
        "ua",
        {"lyman": "Лиману"},
        {("advance", "lyman", "ua", "asserted")},
    ),
    (
        "Росіяни інфільтрувалися малими групами поблизу Кучерового Яру.",
        "ua",
        {"kucheriv-yar": "Кучерового Яру"},
        {("infiltration", "kucheriv-yar", "ru", "asserted")},
    ),
    # the line a side falls back to is not where it left
    ("Наші підрозділи відійшли на рубіж Бердичі.", "ua", {"berdychi": "Бердичі"}, set()),
    (
        "Ворог скинув 3 авіабомби на Білопілля, пошкоджено приватний будинок.",
        "ua",
        {"bilopillia": "Білопілля"},
        {("strike", "bilopillia", "ru", "asserted")},
    ),
    # a list goes on past a name the matcher left undecided
    (
        "Ворог просунувся поблизу Олександропілля, Новотроїцького та Ганнівки.",
        "ua",
        {"oleksandropillia": "Олександропілля", "hannivka": "Ганнівки"},
        {
            ("advance", "oleksandropillia", "ru", "asserted"),
            ("advance", "hannivka", "ru", "asserted"),
        },
    ),
    # «оборони» in a side's own name marks no victim; «нашу» skipped by a phrase is its object
    (
        "Сили оборони ЗСУ звільнили Андріївку.",
        "ua",
        {"andriivka": "Андріївку"},
        {("capture", "andriivka", "ua", "asserted")},
    ),
    (
        "Окупанти намагалися прорвати нашу оборону в районі Новопавлівки.",
        "ua",
        {"novopavlivka": "Новопавлівки"},
        {("advance", "novopavlivka", "ru", "asserted")},
    ),
    (
        "Росіяни щодня б'ють по Куп'янську КАБами.",
        "ua",
        {"kupiansk": "Куп'янську"},
        {("strike", "kupiansk", "ru", "asserted")},
    ),
]


MORE_VERBS: list[Case] = [
    (
        "На Харківщині ворог поцілив у цивільне авто в Куп'янську.",
        "ua",
        {"kharkiv-oblast": "Харківщині", "kupiansk": "Куп'янську"},
        {("strike", "kupiansk", "ru", "asserted")},
    ),
    (
        "Окупанти накрили Нікополь з важкої артилерії.",
        "ua",
        {"nikopol": "Нікополь"},
        {("strike", "nikopol", "ru", "asserted")},
    ),
    (
        "ВСУ выпустили по Горловке 15 снарядов.",
        "ru",
        {"horlivka-city": "Горловке"},
        {("strike", "horlivka-city", "ua", "asserted")},
    ),
    (
        "Противник покинул Красногоровку.",
        "ru",
        {"krasnohorivka": "Красногоровку"},
        {("withdrawal", "krasnohorivka", "ua", "asserted")},
    ),
    (
        "Хохлы драпают из Курахово.",
        "ru",
        {"kurakhove": "Курахово"},
        {("withdrawal", "kurakhove", "ua", "asserted")},
    ),
    # an army's own words need no side named
    (
        "Гарнизон Мирнограда в оперативном окружении.",
        "ru",
        {"myrnohrad": "Мирнограда"},
        {("encirclement", "myrnohrad", "ru", "asserted")},
    ),
    ("Мы провели выходные в окружении друзей в Курске.", "ru", {"kursk": "Курске"}, set()),
]

ITS_OVER: list[Case] = [
    ("Угледар всё.", "ru", {"vuhledar": "Угледар"}, {("capture", "vuhledar", "ru", "asserted")}),
    (
        "Мирноград (Димитров) — всё.",
        "ru",
        {"myrnohrad": "Мирноград"},
        {("capture", "myrnohrad", "ru", "asserted")},
    ),
    # only as the sentence's last word, and not as a verb's object
    ("В Курске всё спокойно.", "ru", {"kursk": "Курске"}, set()),
    ("Жители Глушково потеряли всё.", "ru", {"glushkovo": "Глушково"}, set()),
    # only the form «всё» / «все» is the verdict, not another form of «весь» ending a sentence
    ("Сегодня в Курахово тихо. Спасибо всем.", "ru", {"kurakhove": "Курахово"}, set()),
    ("В Торецке сегодня тихо. Гарного дня всім!", "ua", {"toretsk": "Торецке"}, set()),
    (
        "Угледар — все.",
        "ru",
        {"vuhledar": "Угледар"},
        {("capture", "vuhledar", "ru", "asserted")},
    ),
]

FORECASTS_AND_CAPTIVES: list[Case] = [
    # a future or an exhortation is a forecast
    ("Следующей весной выйдем к Дружковке.", "ru", {"druzhkivka": "Дружковке"}, set()),
    ("Наши возьмут Покровск к весне.", "ru", {"pokrovsk": "Покровск"}, set()),
    (
        "Если и дальше будут брать Покровск в лоб, потери вырастут.",
        "ru",
        {"pokrovsk": "Покровск"},
        set(),
    ),
    # «уходят» is a present tense, whatever else it may be read as
    (
        "ВСУ уходят из Кругляковки.",
        "ru",
        {"kruhliakivka": "Кругляковки"},
        {("withdrawal", "kruhliakivka", "ua", "asserted")},
    ),
    # people taken are prisoners, not the village
    (
        "В районе Куриловки наши зачистили лесополосу, взяли пятерых хохлов.",
        "ru",
        {"kurilovka": "Куриловки"},
        {("advance", "kurilovka", "ru", "asserted")},
    ),
    (
        "Под Демидовкой укры снова пытаются зайти через границу мелкими группами.",
        "ru",
        {"demidovka": "Демидовкой"},
        {("infiltration", "demidovka", "ua", "asserted")},
    ),
]

STATES: list[Case] = [
    # what an attack did says it came from the air; a ground attack stays an advance
    (
        "ВСУ атаковали Климово, повреждены ЛЭП.",
        "ru",
        {"klimovo": "Климово"},
        {("strike", "klimovo", "ua", "asserted")},
    ),
    (
        "ВСУ атаковали Тёткино, бои продолжаются.",
        "ru",
        {"tyotkino": "Тёткино"},
        {("advance", "tyotkino", "ua", "asserted")},
    ),
    ("Взятие Покровска — вопрос времени.", "ru", {"pokrovsk": "Покровска"}, set()),
    (
        "Зачистка Угледара завершена.",
        "ru",
        {"vuhledar": "Угледара"},
        {("capture", "vuhledar", "ru", "asserted")},
    ),
    # the side under fire control is named before it; the town is not held by it
    (
        "Логистика ВСУ в Покровске под огневым контролем.",
        "ru",
        {"pokrovsk": "Покровске"},
        {("encirclement", "pokrovsk", "ru", "asserted")},
    ),
    (
        "ВСУ взяли под огневой контроль Курахово.",
        "ru",
        {"kurakhove": "Курахово"},
        {("encirclement", "kurakhove", "ua", "asserted")},
    ),
]


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [
        *MORE_VERBS,
        *ITS_OVER,
        *FORECASTS_AND_CAPTIVES,
        *STATES,
        *REPORTS,
        *UKRAINIAN_REPORTS,
        *SUBJECT_AFTER_VERB,
        *PLACE_FIRST,
        *PRESENT_TENSE,
        *GROUND,
        *LISTS_AND_CLAUSES,
        *OWNERS_AND_SOURCES,
        *FRONT_WORDS,
    ],
)
def test_word_order_and_ground(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected
