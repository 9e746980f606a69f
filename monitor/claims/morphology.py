"""What the claim rules ask of single words: part of speech, case and voice (the dictionary's
likeliest parse), whether a preposition governs a trigger's noun, whether punctuation breaks the
clause, and the small phrases that bear on a trigger's reach (filler words of a place phrase,
«по» before a trigger, a relative clause, «и» before a second verb)."""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.claims.counts import counted_subject
from monitor.claims.ranks import EMOJI, clause_break
from monitor.claims.rules import Hit
from monitor.text.lemmas import Doc, morph_analyzer


@lru_cache(maxsize=50_000)
def is_passive(form: str, lang: str) -> bool:
    """A passive participle («захвачен», «збито»; uk «вибитий», an adjective marked pssv), or an
    impersonal «-но» form in any reading («уражено» is an adverb first)."""
    parses = morph_analyzer(lang).parse(form) if form.isalpha() else []
    tag = str(parses[0].tag) if parses else ""
    passive = "pssv" in tag and tag.startswith(("PRTF", "PRTS", "ADJF"))
    return passive or any("Impe" in str(parse.tag) for parse in parses)


@lru_cache(maxsize=50_000)
def is_noun(form: str, lang: str) -> bool:
    return form.isalpha() and str(morph_analyzer(lang).parse(form)[0].tag).startswith("NOUN")


@lru_cache(maxsize=50_000)
def is_participle(form: str, lang: str) -> bool:
    """A full participle («пострадавшего», uk ADJF,pssv «пошкодженого»), not a short one."""
    tag = str(morph_analyzer(lang).parse(form)[0].tag) if form.isalpha() else ""
    return tag.startswith("PRTF") or (tag.startswith("ADJF") and "pssv" in tag)


@lru_cache(maxsize=50_000)
def is_verb(form: str, lang: str, infinitive: bool = False) -> bool:
    """Whether a word's likeliest reading is a finite verb (or, `infinitive`, an infinitive)."""
    if not form.isalpha():
        return False
    tag = str(morph_analyzer(lang).parse(form)[0].tag)
    return tag.startswith("VERB") or (infinitive and tag.startswith("INFN"))


@lru_cache(maxsize=50_000)
def is_future_verb(form: str, lang: str) -> bool:
    """A verb in the future tense («прекратятся», «возьмут»)."""
    return form.isalpha() and _verb_tag_has(form, lang, "futr")


@lru_cache(maxsize=50_000)
def is_first_person_verb(form: str, lang: str) -> bool:
    """«идём», «штурмуем», «держим»: the author's side acts."""
    return form.isalpha() and _verb_tag_has(form, lang, "1per")


@lru_cache(maxsize=50_000)
def is_past_verb(form: str, lang: str) -> bool:
    return form.isalpha() and _verb_tag_has(form, lang, "past")


def is_gerund(form: str, lang: str) -> bool:  # «захопивши», «освободив»
    return form.isalpha() and str(morph_analyzer(lang).parse(form)[0].tag).startswith("GRND")


def _verb_tag_has(form: str, lang: str, grammeme: str) -> bool:
    tag = str(morph_analyzer(lang).parse(form)[0].tag)
    return tag.startswith("VERB") and grammeme in tag


@lru_cache(maxsize=50_000)
def is_adjective(form: str, lang: str) -> bool:
    return form.isalpha() and str(morph_analyzer(lang).parse(form)[0].tag).startswith("ADJ")


@lru_cache(maxsize=50_000)
def is_nominative(form: str, lang: str) -> bool:
    return form.isalpha() and "nomn" in str(morph_analyzer(lang).parse(form)[0].tag)


@lru_cache(maxsize=50_000)
def not_locative(form: str, lang: str) -> bool:
    """«Харьков», «Полтавскую»: no reading is a locative (the place a motion goes to after
    «в», «на»); «Белгороде», indeclinable «Глушково» may be."""
    # (a name in «-о» may be an undeclined locative: «в Глушково», «в Курахово»)
    if not form.isalpha() or form.endswith("о"):
        return False
    tags = [str(p.tag) for p in morph_analyzer(lang).parse(form)[:4]]
    return not any("loct" in tag or "loc2" in tag or "Fixd" in tag for tag in tags)


@lru_cache(maxsize=50_000)
def is_accusative_only(form: str, lang: str) -> bool:
    """«группировку», «колонну»: an object wherever it stands (not «группировки», which may
    be the subject's genitive: «подразделения группировки «Север» освободили»)."""
    if not form.isalpha():
        return False
    parses = morph_analyzer(lang).parse(form)[:3]
    return all("accs" in str(p.tag) for p in parses)


# Bloggers' names of the other side in the accusative and genitive plural, which the dictionary
# reads as nominatives or surnames («укров», «хохлов»)
SLANG_OBJECTS = frozenset(
    ["укров", "хохлов", "нациков", "всушников", "укропов", "укронацистов", "бандеровцев"]
)


def fronted_object(doc: Doc, cue: Hit) -> bool:
    """Whether a side's name is a fronted object: it may be accusative and no word of it can be
    a subject («Окупантів вибили з X», «Противника выбили из X»; not «нашими», a passive's
    agent), nor an attribute of a counted subject («Три украинских дрона атаковали X»)."""
    forms = [doc.tokens[i].form for i in range(cue.first, cue.last + 1)]
    if len(forms) == 1 and forms[0] in SLANG_OBJECTS:
        return True
    if counted_subject(doc, cue):
        return False
    return any(_may_be_accusative(f, doc.lang) for f in forms) and not any(
        may_be_nominative(f, doc.lang) for f in forms
    )


_CYRILLIC = re.compile("[а-яёіїєґ]")


@lru_cache(maxsize=50_000)
def _may_be_accusative(form: str, lang: str) -> bool:
    if not form.isalpha() or not _CYRILLIC.search(form):
        return False
    return any("accs" in str(p.tag) for p in morph_analyzer(lang).parse(form)[:4])


def direct_case(form: str, lang: str) -> bool:
    """A reading of the form is a nominative or an accusative (or it does not decline)."""
    return may_be_nominative(form, lang) or _may_be_accusative(form, lang)


@lru_cache(maxsize=50_000)
def may_be_nominative(form: str, lang: str) -> bool:
    """Any reading of the form is a nominative, or it does not decline («ВСУ», Latin script)."""
    if not form.isalpha() or not _CYRILLIC.search(form):
        return True
    tags = [str(p.tag) for p in morph_analyzer(lang).parse(form)[:4]]
    return any("nomn" in tag or "UNKN" in tag or "Fixd" in tag for tag in tags)


def subject_form(doc: Doc, cue: Hit) -> bool:
    """Whether a side's one-word name is in the nominative by its ending, as animate nouns
    show it: «хохлы», «окупанти», «противник» (their objects are «хохлов», «окупантів»,
    «противника»). A subject after its verb: «По Донецку отработали хохлы». Abbreviations
    («ВСУ») do not decline and tell nothing."""
    if cue.first != cue.last:
        return False
    form = doc.tokens[cue.first].form
    if not form.isalpha() or not form.islower() or not _CYRILLIC.search(form):
        return False
    if form.endswith(("ая", "а")) and is_modifier(form, doc.lang):  # «вражеская арта»
        return True
    parse = morph_analyzer(doc.lang).parse(form)[0]
    tag = str(parse.tag)
    if not tag.startswith("NOUN"):  # «наши позиции» may be an object: a plural possessive
        return False
    if form.endswith(("ы", "и")):
        return may_be_nominative(form, doc.lang)
    return (
        parse.normal_form == form
        and ("anim" in tag or form.endswith("ня"))  # a collective: «русня», «кацапня»
        and "nomn" in tag
        and not any(mark in tag for mark in ("Surn", "Name", "Patr"))  # «хохлов», a surname
    )


@lru_cache(maxsize=50_000)
def is_instrumental(form: str, lang: str) -> bool:
    if not form.isalpha():
        return False
    return any("ablt" in str(p.tag) for p in morph_analyzer(lang).parse(form)[:2])


def verb_follows(doc: Doc, index: int, past_adverb: bool = True) -> bool:
    """Whether a verb stands at token `index`, or (`past_adverb`) right after an adverb there
    («ВСУ официально признали»), in the sentence of the token before."""
    tokens, lang = doc.tokens, doc.lang
    form = tokens[index].form if index < len(tokens) and past_adverb else ""
    if form.isalpha() and str(morph_analyzer(lang).parse(form)[0].tag).startswith("ADVB"):
        index += 1
    return (
        index < len(tokens)
        and tokens[index].sentence == tokens[index - 1].sentence
        and is_verb(tokens[index].form, lang)
    )


@lru_cache(maxsize=50_000)
def is_modifier(form: str, lang: str) -> bool:
    """An adjective or a possessive pronoun («наші», «ворожих», «российским»)."""
    return form.isalpha() and str(morph_analyzer(lang).parse(form)[0].tag).startswith(
        ("ADJ", "NPRO")
    )


def passive_trigger(doc: Doc, hit: Hit) -> bool:
    """Whether a word of the trigger is a passive participle («освобождён», «збито»), not one
    that modifies the trigger's noun («массированный удар»)."""
    return any(
        is_passive(doc.tokens[i].form, doc.lang)
        and not (i < hit.last and is_noun(doc.tokens[i + 1].form, doc.lang))
        for i in range(hit.first, hit.last + 1)
    )


def voice_fits(doc: Doc, hit: Hit, passive_only: bool, active_only: bool) -> bool:
    """Whether the trigger's voice is one its rule reads (`passive_only`, `active_only`)."""
    if not (passive_only or active_only):
        return True
    return passive_trigger(doc, hit) == passive_only


PREPOSITIONS = frozenset({"в", "во", "у", "на", "под", "під", "до", "з", "с", "із"})


def after_preposition(doc: Doc, hit: Hit) -> bool:
    """Whether the trigger ends in a noun governed by a preposition («взять в плен»)."""
    return hit.last > 0 and doc.tokens[hit.last - 1].form in PREPOSITIONS


TEMPORAL_PREPOSITIONS = frozenset({"после", "перед", "накануне", "після", "напередодні"})


def temporal_nominal(doc: Doc, hit: Hit) -> bool:
    """Whether the trigger is a noun that a preposition of time governs («После освобождения
    X», «Перед штурмом X»): the clause that follows has a subject of its own."""
    before = hit.first - 1
    while before >= 0 and is_adjective(doc.tokens[before].form, doc.lang):
        before -= 1  # «после успешного освобождения»
    return (
        before >= 0
        and doc.tokens[before].form in TEMPORAL_PREPOSITIONS
        and doc.tokens[before].sentence == doc.tokens[hit.first].sentence
        and is_noun(doc.tokens[hit.first].form, doc.lang)
    )


CONJUNCTIONS = frozenset({"и", "а", "і", "й", "та"})


def noun_like(doc: Doc, index: int) -> bool:
    """Whether token `index` is a noun, or an abbreviation the dictionary lacks («БПЛА»)."""
    token = doc.tokens[index]
    written = doc.text[token.start : token.end]
    return is_noun(token.form, doc.lang) or (
        len(written) > 1 and written.isalpha() and written.isupper()
    )


def second_predicate(doc: Doc, before: int, verb: int) -> bool:
    """Whether token `verb` is a verb joined by «и»/«та» to a predicate ending past token
    `before`: «взяли під контроль X та закріпилися на околицях Y» (X is what was taken, the
    outskirts are Y's)."""
    joint = verb - 1
    return (
        joint > before
        and doc.tokens[joint].form in CONJUNCTIONS
        and is_verb(doc.tokens[verb].form, doc.lang)
    )


# A settlement named by its noun, in the cases the claims read it in: an object of its own
# («Ворог окупував місто та просунувся біля X»: the town is the one named before), or the noun
# before a settlement's name («освободили населённый пункт Бердычи …»)
SETTLEMENT_NOUNS = frozenset(
    [
        "пункт",
        "пункта",
        "пункте",
        "пункту",
        "город",
        "города",
        "городе",
        "поселок",
        "посёлок",
        "поселка",
        "посёлка",
        "поселке",
        "посёлке",
        "село",
        "села",
        "селе",
        "деревня",
        "деревню",
        "деревни",
        "деревне",
        "хутор",
        "хутора",
        "хуторе",
        "місто",
        "міста",
        "місті",
        "селище",
        "селища",
        "селищі",
        "селі",
    ]
)


def joined_before(doc: Doc, after: int, trigger: int) -> bool:
    """Whether an «и»/«та» stands among the two tokens before token `trigger`, past token
    `after`: «продвинулись в части X и полностью заняли Y» (the trigger opens a predicate of
    its own)."""
    start = max(after + 1, trigger - 2)
    return any(doc.tokens[joint].form in CONJUNCTIONS for joint in range(start, trigger))


def next_predicate(doc: Doc, trigger: int, place: int) -> bool:
    """Whether the trigger has a name (or a settlement noun) of its own right after it and a
    verb opens a new predicate before token `place`, after «и»/«та» or a comma: «окупував
    Прогрес та просунувся
    поблизу X», «взяли Тихое, продвинулись у X» (X is the second verb's place, whatever the
    first's object is). «продвинулись и взяли X» keeps X for both verbs."""
    if place <= trigger + 1:
        return False
    named = doc.tokens[trigger + 1]
    if not doc.text[named.start : named.start + 1].isupper() and named.form not in SETTLEMENT_NOUNS:
        return False
    for verb in range(trigger + 2, place):
        joint = doc.text[doc.tokens[verb - 1].end : doc.tokens[verb].start]
        if (doc.tokens[verb - 1].form in CONJUNCTIONS or "," in joint) and is_verb(
            doc.tokens[verb].form, doc.lang
        ):
            return True
    return False


def clause_between(doc: Doc, left: int, right: int) -> bool:
    between = doc.text[doc.tokens[left].end : doc.tokens[right].start]
    return any(mark in between for mark in ",:;—–(") or EMOJI.search(between) is not None


def copula_dash(doc: Doc, left: int, right: int) -> bool:
    """Only a dash stands between tokens `left` and `right`: «Угледар — наш», «X, Y — взяты»."""
    between = doc.text[doc.tokens[left].end : doc.tokens[right].start].strip()
    return between in ("—", "–", "-")


def aimed_at(doc: Doc, trigger: Hit) -> bool:
    """Whether a trigger is what the action before it aims at («удары по скоплениям живой
    силы в районе X»: the build-up is what was struck, and X is struck too)."""
    return trigger.first > 0 and doc.tokens[trigger.first - 1].form == "по"


RELATIVE_ADVERBS = frozenset({"где", "куда", "откуда", "де", "куди", "звідки"})


def relative_clause(doc: Doc, first: int, last: int, hit: Hit) -> bool:
    """The trigger stands in a clause that a relative adverb opens right after the place
    `first..last`: «в районе Липцов, где противник пытается прорваться» is about Lyptsi."""
    opener = last + 1
    return (
        opener < hit.first
        and doc.tokens[opener].form in RELATIVE_ADVERBS
        # «к югу от Курахово, где …» names a landmark, not the clause's place
        and (first == 0 or doc.tokens[first - 1].form not in ("от", "від"))
        and not clause_break(doc, opener, hit.first)
    )


# Words of a weapon's heading: «БпЛА у Кіровоградській області, курс на Вінниччину»
HEADINGS = ("курс", "бік", "напрям", "направлен", "сторону", "вектор")


def heading_between(doc: Doc, left: int, right: int) -> bool:
    """Whether a word of a heading stands between tokens `left` and `right`."""
    return any(doc.tokens[i].form.startswith(HEADINGS) for i in range(left + 1, right))


def heads_to(doc: Doc, first: int, since: int = -1) -> bool:
    """Whether a word of a heading stands right before the place that token `first` opens, in
    its sentence (a preposition of direction between; not «…напрямку. На X»), with no verb
    between it and token `since` (not «по городу работают ФАБы, хохлы выводят тылы в сторону
    X»: the retreat's heading)."""
    sentence = doc.tokens[first].sentence
    words = [w for w in doc.tokens[max(first - 2, 0) : first] if w.sentence == sentence]
    heading = any(
        w.form.startswith(HEADINGS) and all(v.form in TOWARD for v in words[i + 1 :])
        for i, w in enumerate(words)
    )
    return heading and not any(
        is_verb(doc.tokens[i].form, doc.lang) and not doc.tokens[i].form.startswith(FLIES)
        for i in range(since + 1, first)
    )


# Between a heading and its place: «курс на X», «у бік X» (not «на X напрямку біля Y»)
TOWARD = frozenset({"на", "в", "у", "до", "к", "ко"})
# The weapon's own motion keeps its heading: «Шахед над X, рухається в бік Y»
FLIES = ("рух", "лет", "леч", "прям", "движ", "направля", "следу", "заход", "поверт")
