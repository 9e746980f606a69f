"""A check matrix of short posts in the genres the monitor's users watch: DeepStateUA front
updates, the General Staff's daily reports, oblast administrations' shelling reports, the
Russian Ministry of Defence and Russian military bloggers, across the whole front.

Every text is written for this matrix (none is a gold or corpus post), labelled by the
conventions of ../shared/data/gold/README.md and its section on front updates and bloggers:
the places a post names (gazetteer keys) and its claims, one per place. A claim is written
"type place actor [stance]" (stance `asserted` unless given; place `-` for none).

Channel sides: DeepState, the General Staff and the oblast administrations are `ua`; the
Ministry of Defence and the bloggers are `ru`."""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    id: str
    side: str
    text: str
    places: frozenset[str]
    claims: frozenset[tuple[str, str | None, str, str]]


def case(name: str, side: str, text: str, places: str, *claims: str) -> Case:
    """A matrix row: `places` space-separated keys, each claim "type place actor [stance]"."""
    parsed = set()
    for claim in claims:
        kind, place, actor, *stance = claim.split()
        parsed.add(
            (kind, None if place == "-" else place, actor, stance[0] if stance else "asserted")
        )
    return Case(name, side, text, frozenset(places.split()), frozenset(parsed))


DEEPSTATE = [
    case(
        "ds-advance-near",
        "ua",
        "Ворог просунувся біля Кліщіївки.",
        "klishchiivka",
        "advance klishchiivka ru",
    ),
    case(
        "ds-occupied-and-advanced",
        "ua",
        "Ворог окупував Новоселидівку та просунувся поблизу Очеретиного.",
        "novoselydivka ocheretyne-donetsk-oblast",
        "capture novoselydivka ru",
        "advance ocheretyne-donetsk-oblast ru",
    ),
    case(
        "ds-map-correction",
        "ua",
        "Мапу оновлено. Уточнено лінію зіткнення в районі Торецька.",
        "toretsk",
    ),
    case(
        "ds-assaults-and-pressure",
        "ua",
        "Ворог веде штурмові дії на Часів Яр, тиск на Торецьк не слабшає.",
        "chasiv-yar toretsk",
        "advance chasiv-yar ru",
        "advance toretsk ru",
    ),
    case(
        "ds-build-up",
        "ua",
        "Фіксуємо накопичення живої сили противника в районі Курахового.",
        "kurakhove",
        "deployment kurakhove ru",
    ),
    case(
        "ds-pushed-back-and-restored",
        "ua",
        "Сили оборони відкинули ворога біля Роботиного та відновили положення поблизу "
        "Малої Токмачки.",
        "robotyne mala-tokmachka",
        "withdrawal robotyne ru",
        "advance mala-tokmachka ua",
    ),
    case(
        "ds-hot-spots",
        "ua",
        "Гарячі ділянки сьогодні: Покровськ, Мирноград, Котлине.",
        "pokrovsk myrnohrad kotlyne",
        "advance pokrovsk ru",
        "advance myrnohrad ru",
        "advance kotlyne ru",
    ),
    case(
        "ds-footage-killed",
        "ua",
        "Знищення окупантів біля Вовчанська силами наших дронарів.",
        "vovchansk",
        "casualties vovchansk ua",
    ),
    case(
        "ds-footage-equipment",
        "ua",
        "Ураження ворожих човнів поблизу Кринок: FPV-дрони спалили два човни.",
        "krynky",
        "strike krynky ua",
    ),
    case(
        "ds-advance-locative",
        "ua",
        "Ворог просунувся в Липцях.",
        "lyptsi",
        "advance lyptsi ru",
    ),
    case(
        "ds-advance-two-places-oblast",
        "ua",
        "Окупанти мали просування в районі Липців та біля Глибокого на Харківщині.",
        "lyptsi hlyboke kharkiv-oblast",
        "advance lyptsi ru",
        "advance hlyboke ru",
    ),
    case(
        "ds-headline-place",
        "ua",
        "**Торецьк**\n\nВорог просунувся в центральній частині міста.",
        "toretsk",
        "advance toretsk ru",
    ),
    case(
        "ds-namesake-raion",
        "ua",
        "Ворог просунувся біля Степового Покровського району.",
        "stepove-donetsk-oblast-pokrovsk-raion pokrovsk-raion",
        "advance stepove-donetsk-oblast-pokrovsk-raion ru",
    ),
    case(
        "ds-namesake-axis",
        "ua",
        "На Сватівському напрямку ворог атакував біля Макіївки.",
        "svatove makiivka-luhansk-oblast",
        "advance makiivka-luhansk-oblast ru",
    ),
    case(
        "ds-namesake-neighbour",
        "ua",
        "Ворог просунувся біля Кам'янського та Степногірська.",
        "kamianske-zaporizhzhia-oblast stepnohirsk",
        "advance kamianske-zaporizhzhia-oblast ru",
        "advance stepnohirsk ru",
    ),
    case(
        "ds-namesake-near-town",
        "ua",
        "Ворог просунувся в Південному, поблизу Торецька.",
        "pivdenne-donetsk-oblast toretsk",
        "advance pivdenne-donetsk-oblast ru",
        "advance toretsk ru",
    ),
    case(
        "ds-river-left-bank",
        "ua",
        "Ворог атакував наші позиції на лівобережжі Дніпра поблизу Кринок.",
        "dnipro-river krynky",
        "advance krynky ru",
    ),
    case(
        "ds-axis-town",
        "ua",
        "На Покровському напрямку ворог 40 разів атакував наші позиції.",
        "pokrovsk",
        "advance pokrovsk ru",
    ),
    case(
        "ds-axis-quiet",
        "ua",
        "На Мелітопольському напрямку без змін.",
        "melitopol",
    ),
    case(
        "ds-pressure-continues",
        "ua",
        "Ворог продовжує тиск на Вугледар, ситуація складна.",
        "vuhledar",
        "advance vuhledar ru",
    ),
    case(
        "ds-namesake-oblast",
        "ua",
        "У районі Білогорівки Луганської області ворог веде штурмові дії.",
        "bilohorivka-luhansk-oblast luhansk-oblast",
        "advance bilohorivka-luhansk-oblast ru",
    ),
    case(
        "ds-kursk-advance",
        "ua",
        "Ворог просунувся в Малій Локні та біля Свердликового.",
        "malaya-loknya sverdlikovo",
        "advance malaya-loknya ru",
        "advance sverdlikovo ru",
    ),
    case(
        "ds-kursk-occupied",
        "ua",
        "На Курщині ворог окупував Мартинівку.",
        "kursk-oblast martynovka",
        "capture martynovka ru",
    ),
    case(
        "ds-occupied-territory",
        "ua",
        "Ворог перекидає резерви з ТОТ Донецької області до Курахового.",
        "donetsk-oblast kurakhove",
        "advance donetsk-oblast ru",
        "deployment kurakhove ru",
    ),
    case(
        "ds-river-boat-strike",
        "ua",
        "На лівобережжі Дніпра наші дронарі уразили ворожий човен.",
        "dnipro-river",
        "strike dnipro-river ua",
    ),
]

GENERAL_STAFF = [
    case(
        "gs-list-attempts",
        "ua",
        "На Покровському напрямку ворог 35 разів намагався просунутися в районах Мирнограда, "
        "Котлиного та Удачного.",
        "pokrovsk myrnohrad kotlyne udachne-donetsk-oblast",
        "advance myrnohrad ru",
        "advance kotlyne ru",
        "advance udachne-donetsk-oblast ru",
    ),
    case(
        "gs-under-fire-among-them",
        "ua",
        "Під артилерійським вогнем опинились понад 20 населених пунктів, серед них "
        "Степногірськ, Мала Токмачка та Оріхів.",
        "stepnohirsk mala-tokmachka orikhiv",
        "strike stepnohirsk ru",
        "strike mala-tokmachka ru",
        "strike orikhiv ru",
    ),
    case(
        "gs-shelled-settlements",
        "ua",
        "Обстрілів зазнали населені пункти Вовчанськ, Липці, Козача Лопань та Стрілеча.",
        "vovchansk lyptsi kazachia-lopan strilecha",
        "strike vovchansk ru",
        "strike lyptsi ru",
        "strike kazachia-lopan ru",
        "strike strilecha ru",
    ),
    case(
        "gs-positions-in-areas-genitive-adjective",
        "ua",
        "Ворог здійснив обстріли позицій наших військ в районах Ольгівського, Малої Токмачки "
        "та Гуляйполя.",
        "olhivske mala-tokmachka hulyaipole",
        "strike olhivske ru",
        "strike mala-tokmachka ru",
        "strike hulyaipole ru",
    ),
    case(
        "gs-plural-subject-continues",
        "ua",
        "На Лиманському напрямку відбулося 12 атак окупантів. Вони тривали в районах Дронівки, "
        "Торського та Греківки.",
        # the Torske of Lyman's hromada, which the axis names (Kramatorsk Raion has two)
        "lyman dronivka torske-donetsk-oblast hrekivka",
        "advance lyman ru",
        "advance dronivka ru",
        "advance torske-donetsk-oblast ru",
        "advance hrekivka ru",
    ),
    case(
        "gs-attacked-near-list",
        "ua",
        "На Курахівському напрямку ворог атакував 22 рази поблизу Дачного, Уманського та "
        "Курахівки.",
        "kurakhove dachne-donetsk-oblast-pokrovsk-raion umanske kurakhivka",
        "advance dachne-donetsk-oblast-pokrovsk-raion ru",
        "advance umanske ru",
        "advance kurakhivka ru",
    ),
    case(
        "gs-repelled-near",
        "ua",
        "На Краматорському напрямку Сили оборони відбили 5 атак біля Часового Яру та Ступочок.",
        "kramatorsk chasiv-yar stupochky",
        "advance chasiv-yar ru",
        "advance stupochky ru",
    ),
    case(
        "gs-air-strikes",
        "ua",
        "Противник завдав авіаударів по Малій Токмачці та Оріхову.",
        "mala-tokmachka orikhiv",
        "strike mala-tokmachka ru",
        "strike orikhiv ru",
    ),
    case(
        "gs-oblast-axis",
        "ua",
        "На Харківському напрямку ворог тричі атакував поблизу Вовчанська та Тихого.",
        "kharkiv-oblast vovchansk tykhe",
        "advance vovchansk ru",
        "advance tykhe ru",
    ),
    case(
        "gs-failed-attempts",
        "ua",
        "На Херсонському напрямку ворог здійснив чотири безуспішні спроби просунутися до "
        "наших позицій.",
        "kherson-oblast",
        "advance kherson-oblast ru denied",
    ),
    case(
        "gs-restored-position",
        "ua",
        "Наші воїни відновили положення поблизу Торецька.",
        "toretsk",
        "advance toretsk ua",
    ),
    case(
        "gs-battles-on-axis",
        "ua",
        "Станом на 22:00 тривають 15 боїв, найзапекліше — на Покровському напрямку.",
        "pokrovsk",
        "advance pokrovsk ru",
    ),
    case(
        "gs-pushed-away",
        "ua",
        "Сили оборони відтіснили противника від Кругляківки.",
        "kruhliakivka",
        "withdrawal kruhliakivka ru",
    ),
    case(
        "gs-sverdlikovo-attacks-russian-words",
        "ua",
        "В Курской области ВСУ отразили 9 атак противника у Свердликово и Погребков.",
        "kursk-oblast sverdlikovo pogrebki",
        "advance sverdlikovo ru",
        "advance pogrebki ru",
    ),
    case(
        "gs-attacks-continued-also",
        "ua",
        "Ворог атакував поблизу Ямполя та Серебрянки. Також — біля Верхньокам'янського.",
        "yampil-donetsk-oblast serebrianka-donetsk-oblast verkhnokamianske",
        "advance yampil-donetsk-oblast ru",
        "advance serebrianka-donetsk-oblast ru",
        "advance verkhnokamianske ru",
    ),
]

OBLAST_ADMINISTRATIONS = [
    case(
        "ova-zaporizhzhia-tally",
        "ua",
        "Протягом доби ворог завдав 412 ударів по 8 населених пунктах Запорізької області. "
        "Під вогнем опинились Гуляйполе, Оріхів, Степногірськ і Мала Токмачка.",
        "zaporizhzhia-oblast hulyaipole orikhiv stepnohirsk mala-tokmachka",
        "strike zaporizhzhia-oblast ru",
        "strike hulyaipole ru",
        "strike orikhiv ru",
        "strike stepnohirsk ru",
        "strike mala-tokmachka ru",
    ),
    case(
        "ova-kherson-header-list",
        "ua",
        "Херсонщина: за добу окупанти обстріляли Кізомис, Білозерку, Берислав та Херсон.",
        "kherson-oblast kizomys bilozerka-kherson-oblast beryslav kherson",
        "strike kizomys ru",
        "strike bilozerka-kherson-oblast ru",
        "strike beryslav ru",
        "strike kherson ru",
    ),
    case(
        "ova-drone-on-city",
        "ua",
        "Внаслідок удару ворожого БпЛА по Нікополю пошкоджено лінію електропередач.",
        "nikopol",
        "strike nikopol ru",
    ),
    case(
        "ova-kharkiv-kabs",
        "ua",
        "Харківщина. Ворог завдав удару КАБами по Золочеву та Козачій Лопані, пошкоджено "
        "приватні будинки.",
        "kharkiv-oblast zolochiv kazachia-lopan",
        "strike zolochiv ru",
        "strike kazachia-lopan ru",
    ),
    case(
        "ova-donetsk-killed",
        "ua",
        "Донеччина: за добу росіяни обстріляли Дружківку та Краматорськ. У Краматорську "
        "загинула одна людина.",
        "donetsk-oblast druzhkivka kramatorsk",
        "strike druzhkivka ru",
        "strike kramatorsk ru",
        "casualties kramatorsk ru",
    ),
    case(
        "ova-kherson-among-them",
        "ua",
        "Обстріли Херсонщини за добу: 45 ударів по 12 населених пунктах, серед них Тягинка, "
        "Берислав і Кізомис.",
        "kherson-oblast tiahynka beryslav kizomys",
        "strike kherson-oblast ru",
        "strike tiahynka ru",
        "strike beryslav ru",
        "strike kizomys ru",
    ),
    case(
        "ova-bulleted",
        "ua",
        "Під обстріл потрапили населені пункти Куп'янського району:\n- Куп'янськ;\n"
        "- Кругляківка;\n- Синьківка.",
        "kupiansk-raion kupiansk kruhliakivka synkivka",
        "strike kupiansk ru",
        "strike kruhliakivka ru",
        "strike synkivka ru",
    ),
    case(
        "ova-civilians-killed",
        "ua",
        "У Покровську через обстріл загинули двоє цивільних.",
        "pokrovsk",
        "strike pokrovsk ru",
        "casualties pokrovsk ru",
    ),
]

MINISTRY_OF_DEFENCE = [
    case(
        "mod-liberated",
        "ru",
        "Подразделения группировки войск «Центр» освободили населённый пункт Новоселидовка "
        "Донецкой Народной Республики.",
        "novoselydivka donetsk-oblast",
        "capture novoselydivka ru",
    ),
    case(
        "mod-manpower-losses",
        "ru",
        "Нанесено поражение живой силе ВСУ в районах Часова Яра и Ступочек.",
        "chasiv-yar stupochky",
        "casualties chasiv-yar ru",
        "casualties stupochky ru",
    ),
    case(
        "mod-counterattacks",
        "ru",
        "Отражены три контратаки штурмовых групп ВСУ в направлении Уманского.",
        "umanske",
        "advance umanske ua",
    ),
    case(
        "mod-air-defence",
        "ru",
        "Средствами ПВО за ночь сбиты 45 беспилотников над Курской и Белгородской областями.",
        "kursk-oblast belgorod-oblast",
        "strike kursk-oblast ua",
        "strike belgorod-oblast ua",
    ),
    case(
        "mod-depots",
        "ru",
        "Уничтожены склады боеприпасов ВСУ в районах Краматорска и Дружковки.",
        "kramatorsk druzhkivka",
        "strike kramatorsk ru",
        "strike druzhkivka ru",
    ),
    case(
        "mod-axis-losses",
        "ru",
        "Потери ВСУ на Купянском направлении составили до 50 военнослужащих.",
        "kupiansk",
        "casualties kupiansk ru",
    ),
    case(
        "mod-kursk-destroyed",
        "ru",
        "В Курской области продолжается уничтожение формирований ВСУ в районах Гуево и Горналя.",
        "kursk-oblast guevo gornal",
        "casualties guevo ru",
        "casualties gornal ru",
    ),
    case(
        "mod-oblast-axis-namesake",
        "ru",
        "На Запорожском направлении подразделения «Днепр» освободили Пятихатки.",
        "zaporizhzhia-oblast piatykhatky-zaporizhzhia-oblast",
        "capture piatykhatky-zaporizhzhia-oblast ru",
    ),
]

BLOGGERS = [
    case(
        "bl-entered", "ru", "Наши зашли в Торецк с северо-востока.", "toretsk", "advance toretsk ru"
    ),
    case(
        "bl-took-flag",
        "ru",
        "Штурмовики взяли Красногоровку, над администрацией флаг.",
        "krasnohorivka-donetsk-oblast",
        "capture krasnohorivka-donetsk-oblast ru",
    ),
    case(
        "bl-liberated-namesake",
        "ru",
        "Освободили Макеевку под Сватово!",
        "makiivka-luhansk-oblast svatove",
        "capture makiivka-luhansk-oblast ru",
    ),
    case(
        "bl-retaken-by-enemy",
        "ru",
        "Укры отбили Работино, наши откатились на старые позиции.",
        "robotyne",
        "capture robotyne ua",
        "withdrawal robotyne ru",
    ),
    case(
        "bl-cleared",
        "ru",
        "Зачистили Уманское полностью.",
        "umanske",
        "capture umanske ru",
    ),
    case(
        "bl-pressed-down",
        "ru",
        "Додавили хохлов в Курахово, город наш.",
        "kurakhove",
        "advance kurakhove ru",
        "capture kurakhove ru",
    ),
    case(
        "bl-outskirts",
        "ru",
        "Заехали на окраины Покровска, идут бои.",
        "pokrovsk",
        "advance pokrovsk ru",
    ),
    case(
        "bl-rolled-on-lyptsi",
        "ru",
        "С утра накатили на Липцы, укры держатся.",
        "lyptsi",
        "advance lyptsi ru",
    ),
    case(
        "bl-dug-in-lyptsi-locative",
        "ru",
        "В Липцах наши закрепились на южной окраине.",
        "lyptsi",
        "advance lyptsi ru",
    ),
    case(
        "bl-offensive",
        "ru",
        "Наши перешли в наступление под Кременной.",
        "kreminna",
        "advance kreminna ru",
    ),
    case(
        "bl-arrival-kharkiv",
        "ru",
        "Прилёт по Харькову, горит ТЭЦ.",
        "kharkiv",
        "strike kharkiv ru",
    ),
    case(
        "bl-drone-on-belgorod",
        "ru",
        "Удар БПЛА по Белгороду, повреждены машины и окна.",
        "belgorod",
        "strike belgorod ua",
    ),
    case(
        "bl-shelling-shebekino",
        "ru",
        "Хохлы обстреливают Шебекино уже третий день.",
        "shebekino",
        "strike shebekino ua",
    ),
    case(
        "bl-shelling-horlivka",
        "ru",
        "ВФУ опять обстреливают Горловку.",
        "horlivka",
        "strike horlivka ua",
    ),
    case(
        "bl-300-200",
        "ru",
        "Под Курахово у укров много 300-х и 200-х.",
        "kurakhove",
        "casualties kurakhove ru",
    ),
    case(
        "bl-chose-life",
        "ru",
        "Ещё восемь хохлов выбрали жизнь под Торецком.",
        "toretsk",
        "casualties toretsk ru",
    ),
    case(
        "bl-regrouping",
        "ru",
        "Перегруппировка под Работино: наши отошли на более выгодные рубежи.",
        "robotyne",
        "withdrawal robotyne ru",
    ),
    case(
        "bl-goodwill",
        "ru",
        "Жест доброй воли под Херсоном в ноябре 2022-го до сих пор аукается.",
        "kherson",
        "withdrawal kherson ru",
    ),
    case(
        "bl-repost-source",
        "ru",
        "Противник продвинулся у Кругляковки и в Синьковке.\n\nИсточник: DeepState",
        "kruhliakivka synkivka",
        "advance kruhliakivka ru reported",
        "advance synkivka ru reported",
    ),
    case(
        "bl-hedged-relay",
        "ru",
        "Пишут, что наши штурмовики зашли в Часов Яр, бои в микрорайоне Канал.",
        "chasiv-yar",
        "advance chasiv-yar ru reported",
    ),
    case(
        "bl-own-post",
        "ru",
        "Наши закрепились в Торецке, двигаемся дальше. Подробности позже.",
        "toretsk",
        "advance toretsk ru",
    ),
    case(
        "bl-enemy-build-up",
        "ru",
        "ВФУ накопили технику в районе Степногорска, готовят атаку.",
        "stepnohirsk",
        "deployment stepnohirsk ua",
    ),
    case(
        "bl-natsiki-attack",
        "ru",
        "Нацики снова полезли на Тёткино, бой идёт у самой границы.",
        "tyotkino",
        "advance tyotkino ua",
    ),
    case(
        "bl-retook-belgorod-village",
        "ru",
        "Наши отбили Глотово, укры выбиты из села.",
        "glotovo",
        "capture glotovo ru",
    ),
    case(
        "bl-dug-in-losses",
        "ru",
        "Штурмовики закрепились на окраине Волчанска, укры несут потери.",
        "vovchansk",
        "advance vovchansk ru",
        "casualties vovchansk ru",
    ),
    case(
        "bl-axis-village",
        "ru",
        "Кураховское направление: наши продвинулись у Дачного.",
        "kurakhove dachne-donetsk-oblast-pokrovsk-raion",
        "advance dachne-donetsk-oblast-pokrovsk-raion ru",
    ),
    case(
        "bl-kursk-liberated",
        "ru",
        "На Курском направлении наши освободили Плёхово.",
        "kursk-oblast plekhovo",
        "capture plekhovo ru",
    ),
    case(
        "bl-belgorod-arrival",
        "ru",
        "Белгородская область: прилёт по Грайворону, повреждена ЛЭП.",
        "belgorod-oblast grayvoron",
        "strike grayvoron ua",
    ),
    case(
        "bl-himars-donetsk",
        "ru",
        "ВСУ бьют по Донецку из HIMARS.",
        "donetsk",
        "strike donetsk ua",
    ),
    case(
        "bl-surrendered",
        "ru",
        "Под Угледаром хохлы выбрали жизнь — сдались 12 человек.",
        "vuhledar",
        "casualties vuhledar ru",
    ),
    case(
        "bl-headline-place",
        "ru",
        "Работино.\n\nНаши закрепились на северной окраине посёлка.",
        "robotyne",
        "advance robotyne ru",
    ),
    case(
        "bl-previous-sentence",
        "ru",
        "Ситуация у Кременной тяжёлая. Укры накатывают на наши позиции третий день.",
        "kreminna",
        "advance kreminna ua",
    ),
    case(
        "bl-dnieper-left-bank",
        "ru",
        "На левобережье Днепра укры снова высадились у Крынок.",
        "dnipro-river krynky",
        "advance krynky ua",
    ),
]

MATRIX = DEEPSTATE + GENERAL_STAFF + OBLAST_ADMINISTRATIONS + MINISTRY_OF_DEFENCE + BLOGGERS
