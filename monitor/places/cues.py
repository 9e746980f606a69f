"""The words around a matched place name that `disambiguate` reads, and how far it looks.

Each pattern is a piece of rule vocabulary: the region nouns that make a bare adjective a
region («курской области»), the street and station words that make a name an address («улица
Курская», «метро Киевская»), the prepositions of place, the unit and government words that make
a name a metonymy («киевский режим», «курская дивизия»), and the gaps of a list or a tally
(«20 над Брянской областью, 7 — над Белгородской»). Patterns ending in `$` are searched in the
text before a match, those starting with `^` in the text after it.
"""

from __future__ import annotations

import re

from monitor.text.count_words import COUNT_WORDS_PATTERN

# How many characters of the normalised text around a match the rules read.
BEFORE_WINDOW = 40
AFTER_WINDOW = 60
# A region noun counts this far after the match («курской и брянской областей»), or this
# close before it («области Курской»).
REGION_NOUN_AFTER = 45
REGION_NOUN_BEFORE = 15
# How far (in characters of the original text) a neighbouring capitalised word is looked for.
CAPITAL_AFTER_WINDOW = 40
CAPITAL_BEFORE_WINDOW = 30
# At most this many characters of counts and prepositions between two items of a tally.
TALLY_GAP_LIMIT = 40
# Two matches at most this many characters apart are one name («Белая Дача») or a pair.
ADJACENT_GAP = 2

REGION_NOUN = re.compile(
    r"(?<!\w)(област|обл(?!\w)|облас|край|кра[ея]|краю|район|р-н|округ|регион|республик|"
    r"республік|приграничь|прикордон|губернат|направлени|напрям|"
    # an oblast's military or state administration: «очільник Сумської ОВА»
    r"ова(?!\w)|ода(?!\w)|обладмін|облдержадмін|обладмин|облгосадмин)"
)
# A district noun right after an oblast's adjective: the name of a district, of the oblast or of
# a city («Московском районе» of Saint Petersburg, «Приморском районе» of a city), not the oblast
# A region's noun after its adjective, as the original text has it: «Талдом Московской области»
REGION_WORD_AFTER = re.compile(r"\s+(област|обл\b|кра[йяюе]|район|р-н|округ|республ)", re.I)
DISTRICT_NOUN_AFTER = re.compile(r"[ \t]+(?:городск\w+[ \t]+)?(район|р-н|округ)")
# The noun an oblast's adjective qualifies right after it: «Сумском направлении», «Сумской обл.»
# (not «района»: «Приморского района» of a city is no krai's)
AREA_NOUN_AFTER = re.compile(r"[ \t]+(област|обл(?!\w)|направлени|напрям)")
# An oblast's front, capitalised as a name, is the oblast-wide fighting: «на Запорожском фронте»,
# «на Курском фронте», «на Херсонському фронті»; the oblasts of this war's front only (not the
# fronts of 1943, «Воронежский фронт», «Ветеран Ленинградского фронта»)
FRONT_NOUN_AFTER = re.compile(r"[ \t]+фронт")
WAR_FRONT_OBLAST = re.compile(
    r"(запорож|запоріз|херсон|донец|донецьк|луган|харьков|харків|сумск|сумськ|курск|курськ|"
    r"белгород|бєлгород|білгород|николаев|миколаїв|днепропетров|дніпропетров)"
)
BLOCK_BEFORE = re.compile(
    r"(метро|станци[яиюей]|ст\.|улиц[аеиу]|ул\.|вул\.|вулиц[яіею]|проспект\w*|пр-т|"
    r"переул\w*|площад[иьі]|бульвар\w*|шоссе|шосе|парк\w*|сквер\w*|тц|трц|"
    # a person's garden, not a town's kindergarten («в детском саду Нижнего Новгорода»)
    r"(?<!детском )(?<!детский )(?<!дитячому )(?<!дитячий )(?:сад|саду|саді))\s*[«\"„“']?\s*$"
    # a compass half of an operational direction's name: «Південно-Слобожанський напрямок»
    r"|(?<!\w)(південно|північно|східно|західно|южно|северо|восточно|западно)-$"
)
# A street named after a person, the name in its full form: «по улице Пальмиро Тольятти»,
# «на проспекте Маршала Жукова», «вул. Героїв Харкова»: capitalised words between the street
# and the name (read in the original text; a lower-case word, «на улице возле Курска», is none)
STREET_TITLE_BEFORE = re.compile(
    r"(?i:(?<!\w)(улиц[аеиуы]|ул\.|вул\.|вулиц[яіею]|проспект\w*|пр-т|переул\w*|провул\w*|"
    r"площад[иьі]|бульвар\w*))\s+((?:(?:[А-ЯЁІЇЄ]\.|[А-ЯЁІЇЄ][а-яёіїєʼ'’-]+)\s*){1,3})$"
)
# A river's noun right before a name: «по реке Уфе», «річка Сейм»; the river, not a town of its
# name (a river the gazetteer holds is read as one: `RIVER_BEFORE`)
RIVER_NOUN_BEFORE = re.compile(r"(?<!\w)(рек[аиуеой]|рекою|речк\w*|річк\w*|річці)\s+$")
# Streets in the plural head a list of street names: «на вулицях Курська, Харківська та
# Прокоф'єва», «на улицах Белгородской и Курской»
STREETS_BEFORE = re.compile(
    r"(?<!\w)(улиц(ах|ам|ами)|вулиц(ях|ям|ями)|проспект(ах|ам|ами)|переулк(ах|ам|ами)|"
    r"провулк(ах|ам|ами))\s*$"
)
BLOCK_AFTER = re.compile(
    r"^\s*[»\"“”']?\s*(вокзал|улиц|ул\.|вулиц|проспект|переул|площад|бульвар|шоссе|шосе|"
    r"дуг[аиуе]|битв|университет|метро|станци)"
)
PREPOSITION = re.compile(
    r"(?<!\w)(в|во|у|из|из-под|под|над|около|возле|близ|к|ко|до|от|через|за|на|с|со|между|"
    r"з|із|зі|біля|поблизу|від|над|під|по|курсом на|районе|районі|направлении|бік)\s+$",
    re.IGNORECASE,  # (a sentence opens with it: «Под Липцами бои», «По Межевой прилёты»)
)
# A preposition of nearness that puts a village on the ground («бои у Зори», «поблизу Зорі», «под
# Победой», «в районе Дружбы»): a capitalised name that is also a word counts after it even
# where namesakes share it (the front's prior or an abstention then chooses).
NEAR_BEFORE = re.compile(
    r"(?<!\w)(у|под|під|біля|поблизу|около|возле|близ|неподалеку от|неподалік від|"
    r"в районе|в районі|районе|районі|на околицах|на окраине|на окраинах|окрестностях)\s+$",
    re.IGNORECASE,
)
# A town or the urban okrug named after it, right before a town's name: it places a town (not
# a village: «в городе Пальмира» is no Ukrainian village) («в городе Мытищи», «в городских
# округах Домодедово и Коломна», «г.о. Подольск», «горокруга Кашира», «в місті Кстово»)
TOWN_NOUN_BEFORE = re.compile(
    r"(?<!\w)(город[аеу]?|городом|місто|міста|місті|(?<!\d)(?<!\d\s)г\.|"
    r"(?:городск|муниципальн|міськ)\w* округ\w*|горокруг\w*|г\.\s?о\.)\s*[«\"„“']?\s*$"
)
# What else places a village as well as a preposition does: a settlement noun or a part of one
# («в селе», «н.п.», «населённый пункт», «на окраине»), and a verb or noun of war that takes
# the place as its object («освободили Юрьевку», «штурм Андреевки», «ворог окупував Юріївку»).
SETTLEMENT_NOUN_BEFORE = re.compile(
    r"(?<!\w)(сел[оауеі]|селом|поселок|поселк[аеу]|поселком|пос\.|пгт|смт|с\.|м\.|"
    r"н\.\s?п\.?|нп|населенн\w* пункт\w*|населен\w* пункт\w*|деревн[яиеюй]|хутор[ауе]?|"
    r"станиц[аыеу]|селищ[еаіу]|окраин\w*|околиц\w*|центре|центрі|пригород\w*|передмісті)"
    r"\s*[«\"„“']?\s*$"
)
# A resident or a native of a place names a settlement as a preposition does («житель Лобни»,
# «уроженец Шахт», «мешканці Миргорода»)
RESIDENT_BEFORE = re.compile(
    r"(?<!\w)(жител[ьяиеюм]\w*|жительниц\w*|мешкан[цк]\w*|мешканець|уроженц\w*|уроженец|"
    r"уроженк\w*|уродженц\w*|уродженець|уродженк\w*)\s*$"
)
# A settlement noun itself right before a name (not a part of one: «на окраине»): the name is
# the settlement's even when it is also an ordinary word with namesakes («посёлок Прогресс»,
# «село Зоря», «н.п. Мир»).
SETTLEMENT_NOUN_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(сел[оауеі]|селом|поселок|поселк[аеу]|поселком|пос\.|пгт|смт|с\.|"
    r"н\.\s?п\.?|нп|населенн\w* пункт\w*|населен\w* пункт\w*|деревн[яиеюй]|хутор[ауе]?|"
    r"станиц[аыеу]|селищ[еаіу]|селищем)\s*[«\"„“']?\s*$"
)
WAR_OBJECT_BEFORE = re.compile(
    r"(?<!\w)(освободил[аи]?|освобожден[аоы]?|освобождени[еяю]|взял[аи]?|взят[аоы]?|взяти[еяю]|"
    r"занял[аи]?|зачистил[аи]?|зачищен[аоы]?|зачистк[аиу]|штурмуют|штурмует|штурмовал[аи]?|"
    r"штурм[ау]?|зачищают|освобождают|окружают|"
    r"атаковал[аи]?|атакуют|атакует|обстрелял[аи]?|обстреливают|обстреливает|отбил[аи]?|"
    r"окружил[аи]?|оставил[аи]?|покинул[аи]?|удерживают|контролируют|оборон[аеуы]|"
    r"звільнил[аи]?|звільнен[оаі]|звільненн[яю]|окупував|окупувал[аи]|окупован[оаі]|"
    r"захопил[аи]?|захопив|захоплен[оаі]|відбил[аи]?|штурмують|штурмує|атакував|атакувал[аи]|"
    r"атакують|обстріляв|обстріляли|обстрілюють|обстрілює|утримують|контролюють|залишил[аи]?|"
    # past gerunds: «Звільнивши Орлівку, …», «освободив Дальнее»
    r"звільнивши|окупувавши|захопивши|оточивши|освободив|захватив|заняв|взяв|зачистив|окружив|"
    # bloggers' «додавили X», «дожали X»
    r"додавил[аи]?|дожал[аи]?)"
    r"\s+$"
)
# «бои за Урожайное», «бої за Зорю»: the fight for a place names it as well as «у» does
FIGHT_FOR_BEFORE = re.compile(
    r"(?<!\w)(бо[йие]\w*|бої\w*|бою|боях|сражени\w*|борьб\w*|боротьб\w*)"
    r"(\s+(идут|ведутся|продолжаются|тривають|точаться|йдуть|ідуть))?\s+за\s+$"
)
FACILITY_BEFORE = re.compile(
    r"(?<!\w)(аэродром\w*|аеродром\w*|авиабаз\w*|авіабаз\w*|ае|а/б|аэропорт\w*|аеропорт\w*)"
    r"\s*[«\"„“']?\s*$"
)
METONYMY_AFTER = re.compile(
    r"^\s*(режим\w*|угрупован\w*|угрупуван\w*|группировк\w*|главар\w*|власт\w*|хунт\w*|правительств\w*|дивизи\w*|бригад\w*|"
    r"полк\w*|батальон\w*|отряд\w*|корпус\w*|ополчени\w*|добровольческ\w*|"
    r"громад\w*|регион\w*|регіон\w*|территориальн\w* громад\w*|територіальн\w*|"
    r"\w+ (отряд|дивизи|бригад)\w*"
    # a time zone: «по московскому времени», «за київським часом»
    r"|врем[яеи]\w*|час(у|ом)?(?!\w))"
)
# A channel named in a call to subscribe is no place: «Подписаться на Москву - новостную»
SUBSCRIBE_BEFORE = re.compile(
    r"(?<!\w)(подписаться|подпишись|подпишитесь|подписывайтесь|підписатися|підпишись|"
    r"підпишіться|підписуйтесь)\s+на\s+[«\"„“']?\s*$"
)
# A military grouping named after a place is no place: «ОТУ «Донецьк»», «группировка «Север»».
GROUPING_BEFORE = re.compile(
    r"(?<!\w)((оту|осув|отг|угрупован\w*|угрупуван\w*|группировк\w*|групп\w* войск|"
    r"груп\w* військ)(\s+(войск|військ))?\s*[«\"„“']?"
    # a unit named in quotes: «бригады «Урал»», «подразделения «Днепр»», «підрозділи «Дніпро»»
    r"|(подразделени\w*|підрозділ\w*|бригад\w*|батальон\w*|полк\w*|дивизи\w*|дивізі\w*|"
    r"отряд\w*|загон\w*|корпус\w*|"
    # its men: «оператори «Азову»», «бійці «Дніпра»», «штурмовики «Ахмата»»
    r"оператор\w*|бійц\w*|бійці|бойц\w*|воїн\w*|воин\w*|штурмовик\w*|"
    # and by its abbreviation: «93-ї ОМБр «Холодний Яр»», «ОШБ «Донбас»», «омсбр «Днепр»»
    r"о\w{0,4}бр\w{0,4}|о(?:ш|мп|дш|м)[бп]|ссо|гур|нгу)\s*[«\"„“']"
    # a republic's forces: «НМ ЛНР», «Народной милиции ДНР», «1-го АК ДНР»
    r"|нм|народн\w* милици\w*|народн\w* міліці\w*|ак|армейск\w* корпус\w*)\s*$"
)
_QUOTES = "«\"„“'"
# What stands last before a grouping word's own quote or spaces: each of GROUPING_BEFORE's
# words without a quote after it ends so, or holds «груп» or «милици».
_GROUPING_ENDS = ("оту", "осув", "отг", "войск", "військ", "нм", "ак", "корпус", "корпуса")
_GROUPING_WORDS = ("милици", "міліці")


def grouping_before(before: str) -> bool:
    """`GROUPING_BEFORE.search(before)`, skipped where it cannot match (nearly every window):
    without a quote last, the words before the trailing spaces must end in one of its words."""
    tail = before.rstrip()
    if not (
        (tail and tail[-1] in _QUOTES)
        or "груп" in tail
        or tail.endswith(_GROUPING_ENDS)
        or any(word in tail for word in _GROUPING_WORDS)
    ):
        return False
    return GROUPING_BEFORE.search(before) is not None


# The first word of a two-word settlement name («Новая Ильинка», «Верхняя Тишковка», «Нова
# Іллінка»): an adjective of a settlement name, in any case and gender, right before a name;
# read in the original text, where a capital shows it is part of the name (see
# `context.MatchContext.longer_name`).
SETTLEMENT_ADJECTIVE_BEFORE = re.compile(
    r"(?<!\w)(?:нов|стар|мал|велик|больш|верхн|нижн|средн|середн|красн|червон)"
    r"(?:ая|ой|ую|ою|ый|ого|ому|ым|ом|ое|ые|ых|ий|им|ем|ее|ие|их|яя|ей|юю|ею|его|ему|"
    r"а|ої|ій|у|ім|е|і|я|ьої|ю|ьою|ього|ьому|є)[ \t]+$",
    re.IGNORECASE,
)
# A capital for its government: «в подконтрольном Киеву Херсоне», «підконтрольних Києву».
GOVERNMENT_BEFORE = re.compile(r"(?<!\w)(подконтрольн\w*|підконтрольн\w*|лояльн\w*)\s+$")


def government_before(before: str) -> bool:
    """`GOVERNMENT_BEFORE.search(before)`, skipped where neither of its stems stands (nearly
    every window: a regex that opens with a lookbehind is tried at each position)."""
    return ("контрольн" in before or "лояльн" in before) and bool(GOVERNMENT_BEFORE.search(before))


# The river, not the city of its name: «лівобережжя Дніпра», «форсировать Днепр».
RIVER_BEFORE = re.compile(
    r"(?<!\w)(рек[аиуеой]\w*|річк\w*|лівобереж\w*|правобереж\w*|левобереж\w*|берег\w*|березі|"
    r"форсува\w*|форсиров\w*|форсу\w*|переправ\w*(\s+через)?|(мост\w*|міст\w*)\s+через|"
    # crossing it: «пересекли Днепр», «перепливли Дніпро», «плацдарм за Днепром»,
    # «переправляют пехоту через Днепр», «закидывают людей через Днепр», «на лодках через Днепр»,
    # «снабжение лодками по Днепру»
    r"пересек\w*|пересеч\w*|перетн\w*|перетин\w*|переплы\w*|перепли\w*|"
    r"плацдарм\w*\s+(на|за|через)|(лодк|лодок|човн|човен|катер)\w*\s+(через|по)|"
    r"(переправ|закидыва|закида|забрасыва|перекидыва|перекида|закиду|перекиду)\w*"
    r"(\s+[\w-]+){1,2}\s+через|"
    r"вздовж|вдоль|острова\w*|(по|на)\s+дн[уі]|"
    r"островах|острови|островів|русл\w*|дельт\w*|пониззя|низов\w*|гирл\w*|"
    # its floodplain: «на островах в пойме Днепра», «у плавнях Дніпра»
    r"пойм\w*|заплав\w*|плавн\w*|"
    r"(на|по|за)\s+(тот|той|лев\w*|прав\w*|лів\w*)\s+(бік|берег\w*|сторон\w*))\s+$"
)
# What follows a river crossed in boats: «через Днепр на лодках», «по Дніпру на човнах», «Днепр
# вплавь»; it makes the river of a name after a preposition a river takes (`river_after`).
RIVER_AFTER = re.compile(
    r"^[\s,]*(на\s+([\w-]+\s+)?(лодк|лодок|човн|човен|катер|плавсредств|плавзасоб|понтон)\w*|"
    r"вплавь|вплав(?!\w)|вброд|"
    # a bank right after: «держатся по Осколу, на левом берегу»
    r"(на|по)\s+(левом|правом|лівому|правому|левому|левый|правый|лівий|правий)\s+бере[гз])"
)
RIVER_CROSS_BEFORE = re.compile(r"(?<!\w)(через|по|за|вдоль|вздовж|уздовж|поперек)\s+$")


def river_after(before: str, after: str) -> bool:
    """Whether the words after a name crossed by boat make it the river: «через Днепр на
    лодках», not «из Днепра на лодках вывезли» (a town's preposition)."""
    return bool(RIVER_CROSS_BEFORE.search(before) and RIVER_AFTER.match(after))


# A preposition of nearness and a capitalised place after a name: a river near a town («Дніпро
# біля Кременчука», «Сейм под Курском»; in the original text: «Дніпро під ударом» is the city)
RIVER_NEAR_TOWN = re.compile(r"[ \t]{1,3}(?:біля|поблизу|возле|около|вблизи|под|під) [А-ЯІЇЄҐ]")


def river_near_a_town(text: str, end: int) -> bool:
    """Whether the name ending at `end` of the original text stands by a town."""
    return RIVER_NEAR_TOWN.match(text, end) is not None


# Prepositions only a river takes among a river and villages of its name: «вышли к Осколу»,
# «за Сейм», «через Оскол» (not «под», «на», «по»: «бои под Осколом», «удар по Десне» are as
# often the village's)
RIVER_ONLY_BEFORE = re.compile(r"(?<!\w)(к|ко|за|через|вдоль|вздовж|уздовж)\s+$")


def river_over_villages(before: str, place_kinds: frozenset[str]) -> bool:
    """Whether a river outranks the villages that share its name (no town or city does): after
    a preposition only a river takes."""
    return (
        "water" in place_kinds
        and place_kinds - {"water"} <= {"village"}
        and RIVER_ONLY_BEFORE.search(before) is not None
    )


# «на» before a name in the locative: on the river, where a town of its name takes «в»/«у»
# («на Днепре уничтожен катер», «на Дніпрі»; «в Днепре», «у Дніпрі» are the city)
ON_BEFORE = re.compile(r"(?<!\w)на\s+$")


def on_the_river(before: str, name: str) -> bool:
    """Whether a name shared by a river and a town reads as the river: «на» + the locative."""
    return name[-1:] in ("е", "і") and ON_BEFORE.search(before) is not None


# What a river's name alone comes after (besides `RIVER_BEFORE`): a preposition a river takes
# («вышли к Волчьей», «бои на Осколе», «за Дніпром»), not «в», «у», «из», which a town takes
# («в Осколе»: Старый Оскол)
BARE_RIVER_BEFORE = re.compile(
    r"(?<!\w)(к|ко|до|за|через|на|над|по|под|під|вдоль|вздовж|уздовж|від|от)\s+$"
)
REGION_CUE_BEFORE = re.compile(
    # the noun «атака на Курск» (the incursion), not the verb «атакував Суми» (a strike on the city)
    r"(вторжени\w*|наступлени\w*|атак(?!ов|ув|ую)\w*|рейд\w*|операци\w*|держим|удерж\w*|зашли|"
    r"вошли)"
    r"\s+((в|на)\s+)?$"
)
# Air weapons near «атака на X» make it a strike on the city («ПВО отразила атаку на Курск,
# обломки упали на дом», «Ночная атака на Днепр: горят склады»), not the incursion's oblast
AIR_ATTACK = re.compile(
    r"(пво|ппо|дрон|бпла|беспилотн|безпілотн|ракет|шахед|герань|обломк|уламк|сбит|збит|"
    r"горят|горять|пожар|пожеж|взрыв|вибух|ночн|"
    # an attack's aftermath or its hits: «Наслідки ворожої атаки на Запоріжжя», «удар по місту»,
    # «Внаслідок атаки на Запоріжжя поранено 2 людей»
    r"наслідк|последстви|удар|ударі|влучан|попадани|внаслідок|в результате|поранен|травмован)"
)
# «На Запорожье наши продвинулись», «бої на Запоріжжі»: after «на» the city's name is its oblast
# («в Запорожье»: the city); no other city of the front is written so. In Russian the place
# case looks like the direction's («атака на Запорожье», the city), so there only «на» opening
# a clause counts; the Ukrainian locative in -і is the place's own.
REGION_BY_ON = frozenset({"zaporizhzhia"})
ON_BEFORE = re.compile(r"(?<!\w)на\s+$")
ON_OPENING = re.compile(r"(?:^|[.!?:;,\n—–(]\s*)на\s+$")
LOCATIVE = re.compile(
    r"(?<!\w)(в|во|на|над|под|из|у|до|к|по|около|возле|через|близ|у|біля|із|з|під|над|від)\s+$"
    # where a strike went: «Основний напрямок удару — Київ», «Главный удар: Киев»
    r"|(?<!\w)(удар\w*|напрям\w*|направлени\w*)\s*[—–:-]\s*$"
    # a part of the city after a preposition: «в центре Москвы», «на окраине Киева», «над
    # югом столицы», «у передмісті Києва»
    r"|(?<!\w)(в|во|на|над|под|у|біля|під|по)\s+(центр\w*|окраин\w*|околиц\w*|пригород\w*|"
    r"передмі\w*|окрестност\w*|юг\w*|север\w*|восток\w*|запад\w*|півд\w*|північ\w*|"
    r"сход\w*|заход\w*|район\w*|улиц\w*|вулиц\w*|небе|небом|небі|небо)\s+$"
)
QUOTE_BEFORE = re.compile(r"[«\"„“']\s*$")


def quote_before(before: str) -> bool:
    """`QUOTE_BEFORE.search(before)` without the regex: a quote last but for whitespace (`\\s`
    and `str.rstrip` strip the same characters)."""
    tail = before.rstrip()
    return bool(tail) and tail[-1] in _QUOTES


CAPITAL_AFTER = re.compile(r"^[ \t]+[«\"]?([A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+)")
# An initial after a first name: «Владимира Ч.», «Полина К.» (a person, not Vladimir)
INITIAL_AFTER = re.compile(r"[ \t]+[A-ZА-ЯЁІЇЄҐ]\.")
CAPITAL_BEFORE = re.compile(r"([A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+)[ \t]+$")
NEXT_WORD = re.compile(r"^[ \t]+(\w+)")
LIST_GAP = re.compile(r"\s*(,|и|та|і|й|или|або|/|-|—)?\s*")
LIST_SEPARATOR = re.compile(r"\s*(,|и|та|і|й|или|або)\s+|\s*,\s*")
# Between the items of a tally («20 над Брянской областью, 7 — над Белгородской, над
# Калужской — семь, и по одному над Смоленской», «над Брянской областью сбито 12 БПЛА, над
# Курской — 9», one a line after «▪️»): counts, dashes, bullets, prepositions, the weapon, its
# shooting down and when.
TALLY_GAP = re.compile(
    r"[\s,;:–—•▪◾·\ufe0f-]*(?:(?:\d+|один|одна|одному|два|две|три|четыре|пять|шесть|семь|восемь|"
    r"девять|десять|двадцать|тридцать|дві|чотири|п'ять|шість|сім|вісім|дев'ять|десять|одному|"
    r"и|та|і|й|а|также|ещё|еще|по|над|в|во|на|у|бпла|беспилотник\w*|безпілотник\w*|"
    r"дрон\w*|сбит\w*|збит\w*|уничтожен\w*|знищен\w*|перехвачен\w*|знешкоджен\w*|"
    r"перехоплен\w*|ночью|утром|вечером|вночі|уночі|вранці|увечері|ще)"
    r"[\s,;:–—•▪◾·\ufe0f-]*){0,7}"
)
# (a count spelt out marks one too: «три над Орловской областью, четыре над Воронежской»)
TALLY_MARK = re.compile(rf"\d|[–—-]|(?<!\w)(?:{COUNT_WORDS_PATTERN})(?!\w)")
# Characters a link, a handle or a hashtag runs on with: a name touching them is part of one.
LINK_BEFORE = ("/", ".", "_", "@", "#", "=")
LINK_AFTER = ("_", "/", "@")


def hashtag(before: str) -> bool:
    """Whether a name is a hashtag of its own (a channel tagging its post's place: «#Сумщина»,
    after a space or at the start), not part of a link's fragment («…/#Херсон»)."""
    return before.endswith("#") and (len(before) == 1 or before[-2].isspace())


SENTENCE_END = frozenset(".!?\n…")


def sentence_initial(text: str, start: int) -> bool:
    """Whether only punctuation and spaces stand between `start` and a sentence end (or the
    text's start)."""
    for index in range(start - 1, -1, -1):
        char = text[index]
        if char in SENTENCE_END:
            return True
        if char.isalnum():
            return False
    return True


# An oblast's colloquial name («Харківщина», «Сумщини», «Белгородчину»)
COLLOQUIAL_REGION = re.compile(r"(щин|чин)\w*$")
# An axis noun after a form: «… напрямку», «… направлении»
AXIS_NOUN_AFTER = re.compile(r"\s*(?:напрям|направлен)")


def region_reading_first(name: str, before: str, after: str, place_kinds: frozenset[str]) -> bool:
    """Whether an oblast outranks the other places a form `name` names (normalised, with the
    text `before` and `after` it): its own colloquial name outranks a village so named
    («Харківщина, Сумщина та Одещина»: not the Kharkivshchyna of Sumy Raion) unless a
    settlement noun asks for the village; its adjective outranks its raion's before an axis
    noun (an axis is named after an oblast or a town, never a raion: «На Херсонському
    напрямку»)."""
    if "region" not in place_kinds or len(place_kinds) < 2:
        return False
    if AXIS_NOUN_AFTER.match(after) is not None:
        return True
    return COLLOQUIAL_REGION.search(name) is not None and not SETTLEMENT_NOUN_BEFORE.search(before)
