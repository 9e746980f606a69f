"""Events of other wars are not coded: a clause dated before this war («В 1943 году Харьков
пал»), a sentence naming the Second World War's enemy, the sentences a dated story goes on with
in its paragraph («29 січня 1918 року під Крутами … Бій тривав кілька годин, після чого
українські сили відступили»), and a sentence of another war today (Syria, Gaza, Karabakh) that
names no place of this one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from monitor.claims.morphology import clause_between, is_participle, is_passive, is_verb
from monitor.claims.rules import Hit
from monitor.claims.spans import PlaceSpan, sentence_bounds
from monitor.text.lemmas import Doc

WAR_BEGAN = 2014
# a year, or its ordinal («1943-го», «1918-м»)
YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})(-[а-яіїє]{1,3})?$")
# the word after a year that makes a number one (not «1500 ВСУшников», «до 1505 военнослужащих»)
YEAR_WORDS = frozenset(["год", "году", "года", "г", "гг", "годах", "рік", "році", "року", "р"])
# what YEAR matches, or a span of years ago, anywhere: a post without either dates no clause
# (most posts)
YEAR_DIGITS = re.compile(r"1[0-9]{3}|20[0-9]{2}|[0-9]{2,3}\s+(?:лет|год|рок|рік)")
# Years ago that reach before this war from any post of it («81 год назад», «83 роки тому»):
# such a span dates its clause as a year before the war would
AGO_UNITS = frozenset(["год", "года", "лет", "рік", "роки", "років"])
AGO_WORDS = frozenset(["назад", "тому"])
AGO_PRE_WAR = 13
LIKENESS = frozenset(["как", "як", "словно", "будто", "точно", "мов", "ніби", "наче", "неначе"])
# Words that date a sentence in the present: a story's paragraph does not reach it
NOW_WORDS = frozenset(
    [
        "сегодня", "сейчас", "ныне", "теперь", "вчера", "ночью", "утром", "накануне", "сутки",
        "сьогодні", "зараз", "ночі", "цієї", "нині", "тепер", "вчора", "вночі", "уночі", "вранці",
        "напередодні", "добу", "доби", "вечером", "днём", "днем", "недавно", "днях", "снова",
        "вновь", "опять", "ввечері", "вдень", "нещодавно", "знову",
    ]
)  # fmt: skip

# Words that name the Second World War's enemy or the war itself: a sentence with one tells
# of that war («освобождения Белгорода от немецко-фашистских захватчиков»)
WORLD_WAR = re.compile(
    r"немецко-фашист|фашистских захватчик|гітлерівськ|гитлеровск|гитлеровц|вермахт|"
    r"великой отечественной|великої вітчизняної|второй мировой|другої світової|"
    # its sides by name («немцы так и не прорвались»; not «фашисты», today's slur)
    # and Soviet troops acting (the nominative: not «памятник советским воинам», nor «улица
    # Красная Армия», an address)
    r"(?<!\w)(немцы|німці)(?!\w)|красноармейц|червоноармійц|"
    r"(?<!\w)(?:советские (?:войска|солдаты|воины)|радянські (?:війська|солдати|воїни))(?!\w)",
)  # searched in casefolded text: IGNORECASE over Cyrillic costs ~6× the casefold


# Another war of today, named in a sentence: its places and forces («сирийских военных … в
# Алеппо», «ЦАХАЛ», «у секторі Газа»); not Iran, whose drones this war's strikes fly
OTHER_CONFLICT = re.compile(
    r"сири|сирій|израил|ізраїл|цахал|хамас|хезбол|ливан|ліван|йемен|ємен|хусит|судан|ирак(?!л)|"
    r"ірак|афган|карабах|палестин|сектор[еуі]? газ|идлиб|ідліб|алеппо|дамаск|бейрут|тель-авив"
)


@lru_cache(maxsize=4)  # asked once per trigger: the post's text is folded once
def casefolded(text: str) -> str:
    return text.casefold()


@lru_cache(maxsize=4)  # asked once per trigger: the post is searched once
def _post_dates_or_names_a_war(text: str) -> tuple[bool, bool]:
    """(whether `text` holds a year's digits, whether it names the Second World War or another
    war of today)."""
    folded = casefolded(text)
    dated = YEAR_DIGITS.search(text) is not None
    return dated, bool(WORLD_WAR.search(folded) or OTHER_CONFLICT.search(folded))


def other_war(doc: Doc, hit: Hit, places: Sequence[PlaceSpan] = ()) -> bool:
    """Whether the trigger's clause dates itself before this war («в 1943 году»), not a
    clause beside it («В 1943 году X освободили, а сегодня ВСУ обстреляли Y»), or its
    sentence names the Second World War's enemy (`WORLD_WAR`), or another war of today
    (`OTHER_CONFLICT`) and none of `places`, or it goes on with a story its paragraph dated so
    (`_story_goes_on`)."""
    dated, another = _post_dates_or_names_a_war(doc.text)
    if not (dated or another):
        return False  # most posts
    first, last = sentence_bounds(doc, hit.first)
    sentence = _sentence_text(doc, first, last)
    if WORLD_WAR.search(sentence):
        return True
    if OTHER_CONFLICT.search(sentence) and not any(first <= s.first <= last for s in places):
        return True
    if not dated:
        return False
    years = _years(doc, first, last)
    for index, year in years:
        if year < WAR_BEGAN and (
            not clause_between(doc, min(index, hit.last), max(index, hit.first))
            or (index < hit.first and _date_clause(doc, index))
        ):
            return True
    return not years and (_story_goes_on(doc, first, last) or _dateline_story(doc, first, last))


def _years(doc: Doc, first: int, last: int) -> list[tuple[int, int]]:
    """(token index, year) of the years in tokens `first..last` («в 1943 году», «1943-го»)."""
    found = []
    for index in range(first, last + 1):
        form = doc.tokens[index].form
        year = YEAR.match(form) if form[:1].isdigit() else None
        dated = year and (
            year.group(2) or (index < last and doc.tokens[index + 1].form in YEAR_WORDS)
        )
        if year and dated and not _birth_year(doc, index):
            found.append((index, int(year.group(1))))
        elif _years_ago(doc, index, last) >= AGO_PRE_WAR:
            found.append((index, WAR_BEGAN - 1))
    return found


def _years_ago(doc: Doc, index: int, last: int) -> int:
    """The years of a span back from today at `index` («81 год назад», «83 роки тому»), or 0;
    0 for a likeness to today («Как и 81 год назад, наши освобождают Курскую область»)."""
    form = doc.tokens[index].form
    if not (form.isdigit() and len(form) in (2, 3) and index + 2 <= last):
        return 0
    unit, ago = doc.tokens[index + 1].form, doc.tokens[index + 2].form
    if unit not in AGO_UNITS or ago not in AGO_WORDS:
        return 0
    before = {t.form for t in doc.tokens[max(0, index - 2) : index]}
    return 0 if before & LIKENESS else int(form)


def _dateline_story(doc: Doc, first: int, last: int) -> bool:
    """Whether the post opens with a date line before this war, a line that is only a date
    («31 декабря 1994-го. Новогодний штурм Грозного.», «Январь 1995-го.»), dates nothing
    later, and tells that day's story up to this sentence: no sentence since names a side of
    this war or steps to today («сегодня», «ночью», «спустя», «прошло 80 лет»)."""
    if first == 0 or not _dated_line(doc):
        return False
    if max(year for _, year in _years(doc, 0, len(doc.tokens) - 1)) >= WAR_BEGAN:
        return False
    tokens = doc.tokens
    start = next(i for i, t in enumerate(tokens) if t.sentence != tokens[0].sentence)
    if any(tokens[i].form in NOW_WORDS for i in range(start, last + 1)):
        return False
    told = _sentence_text(doc, start, last)
    return _TODAY.search(told) is None


# A side of this war, or a step from the dated day to today
_TODAY = re.compile(
    r"(?<!\w)(?:всу|зсу|вс рф|зс рф|сво|ворог|окупант|оккупант|укр[ыоа]|хохл|рашист|росіян|"
    r"россиян|российск|російськ|противник|наш[иа]|штурмовик|вагнер|кадыров|орк|кацап|русн|"
    r"дрон|бпла|fpv|каб|шахед|герань|himars|искандер|іскандер|спустя|прошло|пройшло|минуло|"
    r"через\s+\S+\s+(?:год|лет|рок|рік|місяц|месяц))"
)
# A date line: a day, a month or a season, and the year («31 декабря 1994-го», «Весна 1942 года»)
_DATE_WORDS = re.compile(
    r"(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ья]|март|марта|ма[йя]|"
    r"августа?|весн[аы]|лет[оа]|осен[ьи]|зим[аы]|(?:січ|берез|квіт|трав|черв|лип|серп|верес|"
    r"жовт|груд)(?:ень|ня)|лют(?:ий|ого)|листопада?|літо|осінь"
)


def _sentence_text(doc: Doc, first: int, last: int) -> str:
    """The casefolded text of tokens `first..last`."""
    return doc.text[doc.tokens[first].start : doc.tokens[last].end].casefold()


def _dated_line(doc: Doc) -> bool:
    tokens = doc.tokens
    last = 0
    while last + 1 < len(tokens) and tokens[last + 1].sentence == tokens[0].sentence:
        last += 1
    years = _years(doc, 0, last)
    words = [t.form for t in tokens[: last + 1] if not t.form[:1].isdigit()]
    return (
        len(years) == 1
        and years[0][1] < WAR_BEGAN
        and last < 6
        and bool(words)
        and all(w in YEAR_WORDS or _DATE_WORDS.fullmatch(w) for w in words)
    )


# after a year, a year of birth («мужчина 1971 г.р.», «1985 року народження»): no event's date
BIRTH = (("г", "р"), ("года", "рождения"), ("р", "н"), ("року", "народження"), ("гр",), ("рн",))


def _birth_year(doc: Doc, index: int) -> bool:
    after = tuple(t.form for t in doc.tokens[index + 1 : index + 3])
    return any(after[: len(words)] == words for words in BIRTH)


def _date_clause(doc: Doc, index: int) -> bool:
    """Whether the year at `index` stands in a clause of its own with no verb, a date that
    opens the sentence («81 рік тому, 6 листопада 1943-го, Київ було звільнено»), not a
    participle's («Белгород, освобождённый в 1943 году, обстреляли»)."""
    start = index
    while start > 0 and not clause_between(doc, start - 1, start):
        start -= 1
    end = index
    while end + 1 < len(doc.tokens) and not clause_between(doc, end, end + 1):
        end += 1
    lang = doc.lang
    return not any(
        is_verb(form, lang) or is_passive(form, lang) or is_participle(form, lang)
        for form in (doc.tokens[i].form for i in range(start, end + 1))
    )


# How a sentence goes on with a story: its battle, what came after, there («Бій тривав…»,
# «У боях за Дніпро…», «После недели боёв…»), in its first two words; a sentence that opens
# with a side of this war («ВСУ обстреляли Тёткино») tells today's news
GOES_ON = frozenset(
    [
        "бой", "бои", "боях", "боёв", "боев", "битва", "сражение", "после", "потом", "затем",
        "тогда", "вскоре", "там", "бій", "бої", "боїв", "після", "потім", "згодом", "тоді",
        "невдовзі",
    ]
)  # fmt: skip


# Two words that open a sentence of the same story: the time before or the same day («До этого
# были бои под Мерефой», «В тот же вечер в Москве прогремел салют»)
GOES_ON_PAIRS = frozenset(
    [
        ("до", "этого"), ("до", "того"), ("перед", "этим"), ("в", "тот"), ("в", "ту"),
        ("в", "том"), ("тем", "же"), ("до", "цього"), ("перед", "цим"), ("у", "той"),
        ("в", "той"), ("того", "ж"), ("того", "же"), ("тієї", "ж"), ("той", "же"),
    ]
)  # fmt: skip


def _story_goes_on(doc: Doc, first: int, last: int) -> bool:
    """Whether a sentence with no date of its own, nor a word of the present («сегодня»), goes
    on with its paragraph's story dated before this war (`GOES_ON`), with no later year in the
    paragraph."""
    tokens = doc.tokens
    opening = tuple(t.form for t in tokens[first : min(first + 2, last + 1)])
    by_pair = GOES_ON.isdisjoint(opening)  # only a pair of `GOES_ON_PAIRS` may open it
    if by_pair and not (
        opening in GOES_ON_PAIRS and not _TODAY.search(_sentence_text(doc, first, last))
    ):
        return False
    if any(tokens[i].form in NOW_WORDS for i in range(first, last + 1)):
        return False
    paragraph = tokens[first].paragraph
    start = first
    while start > 0 and tokens[start - 1].paragraph == paragraph:
        start -= 1
    end = last
    while end + 1 < len(tokens) and tokens[end + 1].paragraph == paragraph:
        end += 1
    dated_before = first > start and bool(_years(doc, start, first - 1))
    # «the same day» is the dated sentence's day, not today's: «Сегодня годовщина … 1943 года.
    # В тот же день по Донецку прилетело» tells of today
    if by_pair and any(tokens[i].form in NOW_WORDS for i in range(start, first)):
        return False
    return dated_before and max(year for _, year in _years(doc, start, end)) < WAR_BEGAN
