"""Villages named by an adjective (Торське, Невське, Мирне, Південне, Тоненьке, Озерне, Нове …).

In an oblique case such a name is spelt as the ordinary adjective («біля Торського», «у
Мирному», «в районі Південного»), so a form that is also a dictionary word, shared by several
villages, used to count only where the post supported one of them. Read as a place:

* after a word of nearness, area or direction a settlement takes («біля», «поблизу», «в
  районі», «під», «з боку», «у напрямку», «около», «под», «возле», «севернее», «північніше»
  …), after a plain «у», «в», «до», «від» in a post about the fighting (`adjectival_cue`), or
  inside a list of places («біля Желанного і Тоненького»: `MatchContext.placed` follows the
  list back to its head);
* unless a noun it agrees with follows: then it is the ordinary adjective of a noun phrase
  («біля Торського озера», «в районі Невського проспекту», «до Південного Бугу», «у Мирному
  небі»), whatever the capital letter (`agreeing_noun_after`).

Which of the villages of the name it is stays the resolver's decision (the post's oblast, raion,
hromada, axis and nearby places, the channel's recent places), which abstains when nothing tells
them apart.
"""

from __future__ import annotations

import functools
import re

from monitor.text.lemmas import morph_analyzer

# The endings of an adjective in an oblique case, Russian and Ukrainian, hard and soft stems:
# genitive («Торського», «Торского»), dative and locative («Торському», «Торском», «Торськім»),
# instrumental («Торським», «Торским»), the feminine's («Північної», «Южной», «Южную»).
OBLIQUE_ADJECTIVE = re.compile(
    r"(ого|его|ього|ому|ему|ьому|ом|ем|ім|ым|им|ой|ей|ої|ьої|ій|ую|юю|ою|ею|ьою)$"
)
# What a village's name in an oblique case comes after, last before it: the prepositions and
# nouns of nearness, area or direction a settlement takes («біля», «в районі», «з боку», «у
# напрямку», «севернее»); the plain «в», «у», «до», «від» (`SETTLEMENT_PREPOSITION_BEFORE`) only
# in a post about the fighting (`FRONT_CUE`: «ДТП в Жуковском», «оказалась в Светлом» name towns
# of Russia the gazetteer lacks, not the Ukrainian villages of the name). Not «на», «по», «за»,
# «с», «з», «над», «через», «к», which an ordinary adjective follows as often («на Південному
# фронті», «з Новим роком»).
NEAR_BEFORE = re.compile(
    r"(?<!\w)(біля|поблизу|під|под|около|возле|близ|вблизи|неподалік|недалеко от|"
    r"районе|районі|районах|районів|району|район|околицях|околиці|окрестностях|окрестности|"
    r"боку|стороны|напрямку|направлении|направлению|сторону|"
    r"севернее|южнее|западнее|восточнее|северо-западнее|северо-восточнее|юго-западнее|"
    r"юго-восточнее|північніше|південніше|західніше|східніше|північно-західніше|"
    r"північно-східніше|південно-західніше|південно-східніше|"
    # a move up to it: «подошли к Железнодорожному», «вийшли до Зарічного»
    r"(?:подош|подход|подойт|выш|выход|выйт|продвину|продвига|пробил|прорвал|підійш|"
    r"підход|вийш|виход|просуну|прорва)\w*\s+(?:к|ко|до))\s+$"
)
SETTLEMENT_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(в|во|у|до|від|от)\s+$")
# Words of a post about the ground fighting (in the normalised text).
FRONT_CUE = re.compile(
    r"(?<!\w)(ворог|противник|оккупант|окупант|штурм|наступ|наступа|просун|продвин|"
    r"бо[йїяи]|боев|бойов|позиц|оборон|зачист|окуп|звільн|освобо|закріп|закреп|напрямк|"
    r"направлени|фронт|обстр|зсу|всу|вс рф|зс рф|пвк|дргу|дрг|штурмовик|лінії|линии)"
)


def adjectival_cue(before: str, text: str) -> bool:
    """Whether the words before an oblique adjective (`before`, normalised) place a village
    named by it: a word of nearness, area or direction, or a plain preposition of place in a
    post about the fighting (`text`, the normalised post)."""
    if NEAR_BEFORE.search(before):
        return True
    return bool(SETTLEMENT_PREPOSITION_BEFORE.search(before)) and _front_post(text)


@functools.lru_cache(maxsize=256)
def _front_post(text: str) -> bool:
    return FRONT_CUE.search(text) is not None


# The second of coordinated adjectives: «Південного та Східного», «Северного и Южного».
COORDINATED = re.compile(r"\w(\s*,|\s+(и|та|і|й|или|або))\s+$")
_COORDINATED_AFTER = re.compile(r"^(?:[ \t]*,|[ \t]+(?:и|та|і|й|или|або))[ \t]+(\w+)[ \t]+(\w+)")
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2"})
_GENDERS = frozenset({"masc", "femn", "neut"})
# An adjective of the same phrase may stand between: «біля Північного залізничного вокзалу».
_NEXT_TWO = re.compile(r"^[ \t]+(\w+)(?:[ \t]+(\w+))?")


def oblique_adjective(form: str) -> bool:
    """Whether a one-word normalised form reads as an adjective in an oblique case."""
    if " " in form or OBLIQUE_ADJECTIVE.search(form) is None:
        return False
    return any(pos == "ADJF" and case != "nomn" for _, pos, case, _ in _forms(form, likeliest=True))


def may_be_adjective(form: str) -> bool:
    """Whether any likeliest reading of a one-word form is an adjective."""
    return any(pos == "ADJF" for _, pos, _, _ in _forms(form, likeliest=True))


@functools.lru_cache(maxsize=50_000)
def _forms(word: str, likeliest: bool = False) -> tuple[tuple[str, str, str, str], ...]:
    """(language, part of speech, case, number and gender) of every adjective or noun reading
    of `word` in the Russian and the Ukrainian dictionary; with `likeliest`, only the readings
    of the part of speech of the likeliest reading in each (not the noun «и», a letter's name),
    in the dictionaries that know the word."""
    found = []
    for lang in ("ru", "uk"):
        parses = morph_analyzer(lang).parse(word)
        # (a noun guessed from the ending of a word the dictionary lacks: Russian «оператори»
        # is no genitive)
        guessed = likeliest and not morph_analyzer(lang).word_is_known(word)
        first = _pos(parses[0].tag.grammemes) if parses else None
        for parse in parses:
            grammemes = parse.tag.grammemes
            pos = _pos(grammemes)
            if pos is None or (likeliest and pos != first) or (guessed and pos == "NOUN"):
                continue
            case = next(iter(grammemes & _CASES), "")
            case = {"gen2": "gent", "loc2": "loct"}.get(case, case)
            number = "plur" if "plur" in grammemes else "sing"
            gender = next(iter(grammemes & _GENDERS), "") if number == "sing" else ""
            found.append((lang, pos, case, number + gender))
    return tuple(dict.fromkeys(found))


def _pos(grammemes: frozenset[str]) -> str | None:
    if "ADJF" in grammemes or "PRTF" in grammemes:
        return "ADJF"
    if "NOUN" in grammemes and not grammemes & {"Abbr", "Init"}:
        return "NOUN"
    return None


def _agree(first: str, second: str, pos: str, shared: bool = False) -> bool:
    """Whether an adjective reading of `first` agrees in case, number and gender with a `pos`
    reading of `second` in one language (a reading without a gender agrees with any); with
    `shared`, a plural noun agrees in case alone (the noun of coordinated adjectives: «з
    Південного та Східного напрямків»). Only the oblique readings of `first` count: the name's
    own («у Двуречной противник» is no «двуречной» agreeing with «противник»)."""
    adjectives = [f for f in _forms(first) if f[1] == "ADJF" and f[2] != "nomn"]
    for lang, found_pos, case, number in _forms(second, likeliest=True):
        if found_pos != pos:
            continue
        for a_lang, _, a_case, a_number in adjectives:
            if a_lang != lang or a_case != case:
                continue
            if _same_number(a_number, number) or (shared and number == "plur"):
                return True
    return False


@functools.lru_cache(maxsize=10_000)
def _pronominal(word: str) -> bool:
    """A pronoun's adjective («весь», «эту»): it opens its own phrase («По Межевой весь день»
    is no «межевой весь день»)."""
    return "Apro" in morph_analyzer("ru").parse(word)[0].tag.grammemes


def _same_number(first: str, second: str) -> bool:
    if first[:4] != second[:4]:
        return False
    return len(first) == 4 or len(second) == 4 or first == second


def agreeing_noun_after(form: str, after: str, before: str = "") -> bool:
    """Whether the next word (same line, no punctuation between; after one agreeing adjective,
    if any) is a noun the adjective `form` agrees with: «Торського озера», «Невського
    проспекту», «Північного залізничного вокзалу», not «Торського ворог»; after a conjunction
    or a comma (`before`), a plural noun of the same case too: «Південного та Східного
    напрямків»."""
    found = _NEXT_TWO.match(after)
    if found is not None:
        first, second = found.group(1).casefold(), found.group(2)
        if _agree(form, first, "NOUN", COORDINATED.search(before) is not None):
            return True
        if (
            second
            and not _pronominal(first)
            and _agree(form, first, "ADJF")
            and _agree(form, second.casefold(), "NOUN")
        ):
            return True
    # the first of coordinated adjectives before their plural noun: «Південного та Східного
    # напрямків», «Северного и Южного районов»
    found = _COORDINATED_AFTER.match(after)
    return found is not None and (
        _agree(form, found.group(1).casefold(), "ADJF")
        and _agree(form, found.group(2).casefold(), "NOUN", shared=True)
    )
