"""Rule-based declension of Russian and Ukrainian place-name words (the fallback to pymorphy3).

Each function takes one lowercase word in the nominative and returns {(case, number): forms}.
Toponyms follow a few regular patterns by their ending (-а, -я, -ия, -ка, consonant, -о, -ь,
plural -ы/-и, adjectives in -ый/-ая/-ое/-ые, -ий/-а/-е/-і); where the stress or a stem class
decides between two endings both are produced: an unused form costs nothing, a missing one
costs a match.
"""

from __future__ import annotations

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
Paradigm = dict[tuple[str, str], set[str]]

_RU_ADJ = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
_SIBILANT = set("жшчщц")
_VELAR_SIB = set("гкхжшчщ")


def _paradigm(number: str, rows: list[tuple[str, ...]]) -> Paradigm:
    return {(case, number): set(forms) for case, forms in zip(CASES, rows, strict=True)}


# --- Russian ------------------------------------------------------------------------------


def ru_adjective(word: str) -> Paradigm | None:
    """Forms of a Russian adjective (or adjectival noun: Поречное) in its own gender/number."""
    if word.endswith(("ья", "ье", "ьи")) and len(word) > 3:  # possessive: Казачья, Медвежье
        return _ru_possessive_adjective(word)
    ending = word[-2:]
    if ending not in _RU_ADJ or len(word) < 4:
        return None
    s = word[:-2]
    soft = ending in ("яя", "ее") or (ending == "ий" and s[-1] not in _VELAR_SIB)
    mixed = s[-1] in _SIBILANT
    i = "и" if soft or s[-1] in _VELAR_SIB else "ы"
    o = ("е", "о") if soft or mixed else ("о",)
    if ending in ("ый", "ий", "ой"):
        return _paradigm(
            "sing",
            [
                (word,),
                tuple(s + x + "го" for x in o),
                tuple(s + x + "му" for x in o),
                (word, *(s + x + "го" for x in o)),
                (s + i + "м",),
                tuple(s + x + "м" for x in o),
            ],
        )
    if ending in ("ая", "яя"):
        obl = tuple(s + x + "й" for x in o)
        return _paradigm(
            "sing",
            [
                (word,),
                obl,
                obl,
                (s + ("юю" if soft else "ую"),),
                obl + tuple(s + x + "ю" for x in o),
                obl,
            ],
        )
    if ending in ("ое", "ее"):
        return _paradigm(
            "sing",
            [
                (word,),
                tuple(s + x + "го" for x in o),
                tuple(s + x + "му" for x in o),
                (word,),
                (s + i + "м",),
                tuple(s + x + "м" for x in o),
            ],
        )
    return _ru_plural_adjective(word, s, i)


def _ru_possessive_adjective(word: str) -> Paradigm:
    """Казачья, Медвежье, Казачьи: the stem keeps its soft sign in every form."""
    s = word[:-2] + "ь"
    kind = word[-1]
    if kind == "я":
        return _paradigm(
            "sing",
            [
                (s + "я",),
                (s + "ей",),
                (s + "ей",),
                (s + "ю",),
                (s + "ей", s + "ею"),
                (s + "ей",),
            ],
        )
    if kind == "е":
        return _paradigm(
            "sing",
            [(s + "е",), (s + "его",), (s + "ему",), (s + "е",), (s + "им",), (s + "ем",)],
        )
    return _paradigm(
        "plur",
        [(s + "и",), (s + "их",), (s + "им",), (s + "и", s + "их"), (s + "ими",), (s + "их",)],
    )


def _ru_plural_adjective(word: str, s: str, i: str) -> Paradigm:
    """A plural adjective (Великие) with stem `s` and the vowel `i` of its endings (ы or и)."""
    return _paradigm(
        "plur",
        [
            (word,),
            (s + i + "х",),
            (s + i + "м",),
            (word, s + i + "х"),
            (s + i + "ми",),
            (s + i + "х",),
        ],
    )


def possessive(word: str, lang: str) -> Paradigm:
    """A possessive as a name's first word: Часов Яр → Часовом Яре, Часів Яр → Часовому Ярі;
    or left as it stands, as much of the press writes it (в Часов Яре, у Часів Яру)."""
    s = word[:-2] + ("єв" if word.endswith("їв") else "ов") if word[-1] == "в" else word
    if lang == "uk":  # nominative, genitive, dative, accusative, instrumental, locative
        endings = [("",), ("ого", ""), ("ому", ""), ("", "ого"), ("им", ""), ("ому", "ім", "")]
        return _paradigm("sing", [tuple(s + e if e else word for e in row) for row in endings])
    ru = [(word,), (word + "а",), (word + "у",), (word, word + "а"), (word + "ым",), (word + "ом",)]
    return _paradigm("sing", [(*row, word) for row in ru])


def _fleeting_vowel_genitive(stem: str, vowel: str, lang: str) -> tuple[str, ...]:
    """The genitive plural of a plural name in «-ки» after a consonant, which takes a vowel
    before its «к»: Крынки → Крынок, Ступочки → Ступочек (Ukrainian: Кринок, Ступочок); after
    «й», Russian «е» for it, Ukrainian «о» after it: Валуйки → Валуек, Валуйок."""
    if len(stem) > 3 and stem[-1] == "к" and stem[-2] not in "аеёиоуыэюяіїєйь":
        return (stem[:-1] + vowel + "к",)
    if len(stem) > 3 and stem[-2:] == "йк":
        return (stem[:-2] + "ек",) if lang == "ru" else (stem[:-1] + "ок",)
    return ()


def ru_noun(word: str) -> Paradigm:
    """A Russian place-name noun, singular or plural by its ending."""
    s, last = word[:-1], word[-1]
    if word.endswith("ия"):
        return _paradigm(
            "sing", [(word,), (s + "и",), (s + "и",), (s + "ю",), (s + "ей", s + "ею"), (s + "и",)]
        )
    if last == "а":
        gen = s + ("и" if s[-1] in _VELAR_SIB else "ы")
        ins = (s + "ой", s + "ою") + ((s + "ей", s + "ею") if s[-1] in _SIBILANT else ())
        return _paradigm("sing", [(word,), (gen,), (s + "е",), (s + "у",), ins, (s + "е",)])
    if last == "я":
        return _paradigm(
            "sing", [(word,), (s + "и",), (s + "е",), (s + "ю",), (s + "ей", s + "ею"), (s + "е",)]
        )
    if last in "ыи" and len(word) > 2:
        soft = s[-1] in "ь" or (last == "и" and s[-1] not in _VELAR_SIB | set("бвдзлмнпрстф"))
        a = "я" if soft else "а"
        genitive: tuple[str, ...] = (s, s + "ов", s + "ей") if not soft else (s + "ей", s)
        if s[-1] == "ц":  # unstressed after «ц»: Лукьянцы → Лукьянцев
            genitive += (s + "ев",)
        genitive += _fleeting_vowel_genitive(s, "е" if s[-2:-1] in _SIBILANT else "о", "ru")
        return _paradigm(
            "plur", [(word,), genitive, (s + a + "м",), (word,), (s + a + "ми",), (s + a + "х",)]
        )
    if last in "ое":
        return _paradigm(
            "sing",
            [
                (word,),
                (word, s + ("я" if last == "е" else "а")),
                (word, s + ("ю" if last == "е" else "у")),
                (word,),
                (word, s + ("ем" if last == "е" else "ом")),
                (word, s + "е"),
            ],
        )
    if last == "ь":
        return _paradigm(
            "sing",
            [
                (word,),
                (s + "я", s + "и"),
                (s + "ю", s + "и"),
                (word,),
                (s + "ем", s + "ью"),
                (s + "е", s + "и"),
            ],
        )
    if last == "й":
        return _paradigm(
            "sing", [(word,), (s + "я",), (s + "ю",), (word,), (s + "ем",), (s + "е",)]
        )
    if last.isalpha() and last not in "аеёиоуыэюя":
        ins = (word + "ом",) + ((word + "ем",) if last in _SIBILANT else ())
        return _paradigm(
            "sing", [(word,), (word + "а",), (word + "у",), (word,), ins, (word + "е", word + "у")]
        )
    return _paradigm("sing", [(word,)] * 6)


# --- Ukrainian ----------------------------------------------------------------------------

_UK_ALTERNATE = {"к": "ц", "г": "з", "х": "с"}


def uk_adjective(word: str, *, head_follows: bool = False) -> Paradigm | None:
    """Forms of a Ukrainian adjective; `-а/-я/-і` count only before a head noun (Мала Локня)."""
    found = _uk_masculine_or_neuter(word)
    if found is None and head_follows:
        return _uk_feminine_or_plural(word)
    return found


def _uk_masculine_or_neuter(word: str) -> Paradigm | None:
    """Forms of an adjective in -ий, -ій, -е or -є (Великий, Нове), else None."""
    for ending, sign in (("ий", ""), ("ій", "ь")):
        if word.endswith(ending) and len(word) > 3:
            s = word[:-2]
            gen, dat = s + sign + "ого", s + sign + "ому"
            ins = s + ("ім" if sign else "им")
            return _paradigm(
                "sing", [(word,), (gen,), (dat,), (word, gen), (ins,), (dat, s + "ім")]
            )
    if word.endswith(("е", "є")) and len(word) > 3 and word[-2] not in "аеиоуіїєюя":
        s, soft = word[:-1], word.endswith("є")
        g = "ь" if soft else ""
        return _paradigm(
            "sing",
            [
                (word,),
                (s + g + "ого",),
                (s + g + "ому",),
                (word,),
                (s + ("ім" if soft else "им"),),
                (s + g + "ому", s + "ім"),
            ],
        )
    return None


def _uk_feminine_or_plural(word: str) -> Paradigm | None:
    """Forms of an adjective in -а, -я or -і (Мала, Великі), else None: also the ending of many
    nouns, so only read so before a head noun."""
    if word.endswith(("а", "я")) and len(word) > 3:
        s, soft = word[:-1], word.endswith("я")
        g = "ь" if soft else ""
        return _paradigm(
            "sing",
            [
                (word,),
                (s + g + "ої",),
                (s + "ій",),
                (s + ("ю" if soft else "у"),),
                (s + g + "ою",),
                (s + "ій",),
            ],
        )
    if word.endswith("і") and len(word) > 3:
        s = word[:-1]
        return _paradigm(
            "plur", [(word,), (s + "их",), (s + "им",), (word, s + "их"), (s + "ими",), (s + "их",)]
        )
    return None


def _uk_stems(stem: str) -> set[str]:
    """Stems with the closed-syllable і restored to о/е: Харків → Харков-, Київ → Києв-."""
    stems = {stem}
    for index in range(len(stem) - 1, 0, -1):
        char = stem[index]
        if char in "аеиоуяюєї" and char != "ї":
            break
        if char == "і":
            stems |= {
                stem[:index] + "о" + stem[index + 1 :],
                stem[:index] + "е" + stem[index + 1 :],
            }
            break
        if char == "ї" and stem[index - 1] in "аеиоуі":
            stems.add(stem[:index] + "є" + stem[index + 1 :])
            break
        if char == "ї":
            stems.add(stem[:index] + "є" + stem[index + 1 :])
            break
    return stems


def uk_noun(word: str) -> Paradigm:
    """A Ukrainian place-name noun, singular or plural by its ending."""
    s, last = word[:-1], word[-1]
    if last in "ьй" or (last.isalpha() and last not in "аеиоуіїєюяо"):
        return _uk_consonant_noun(word)
    if word.endswith("ія"):
        return _paradigm(
            "sing", [(word,), (s + "ї",), (s + "ї",), (s + "ю",), (s + "єю",), (s + "ї",)]
        )
    if last == "а":
        if s[-1] in "жчшщ":
            return _paradigm(
                "sing", [(word,), (s + "і",), (s + "і",), (s + "у",), (s + "ею",), (s + "і",)]
            )
        alt = s[:-1] + _UK_ALTERNATE[s[-1]] if s[-1] in _UK_ALTERNATE else s
        dat = (alt + "і",) if alt == s else (alt + "і", s + "і")
        return _paradigm("sing", [(word,), (s + "и",), dat, (s + "у",), (s + "ою",), dat])
    if last == "я" and len(s) > 2 and s[-1] == s[-2]:  # Поріччя, Миропілля: neuter
        return _paradigm("sing", [(word,), (word,), (s + "ю",), (word,), (s + "ям",), (s + "і",)])
    if last == "я":
        return _paradigm(
            "sing", [(word,), (s + "і",), (s + "і",), (s + "ю",), (s + "ею",), (s + "і",)]
        )
    if last in "иі" and len(word) > 2:
        soft = last == "і"
        a = "я" if soft else "а"
        stems = _uk_stems(s)
        gen = (*stems, s + "ів", s + "їв", *_fleeting_vowel_genitive(s, "о", "uk"))
        return _paradigm(
            "plur", [(word,), gen, (s + a + "м",), (word,), (s + a + "ми",), (s + a + "х",)]
        )
    if last == "о":
        return _paradigm(
            "sing",
            [
                (word,),
                (word, s + "а"),
                (word, s + "у"),
                (word,),
                (word, s + "ом"),
                (word, s + "і", s + "у"),
            ],
        )
    return _paradigm("sing", [(word,)] * 6)


def _uk_consonant_noun(word: str) -> Paradigm:
    """Ukrainian nouns in -ь, -й or a consonant: Нікополь, Гай, Харків (Харкова)."""
    s, last = word[:-1], word[-1]
    if last == "ь":
        stems = _uk_stems(s)
        if word.endswith("ець") and len(word) > 5:  # a fleeting «е»: Кременець, у Кременці
            stems.add(s[:-2] + "ц")
        rows: list[set[str]] = [{word}, set(), set(), {word}, set(), set()]
        for st in stems:
            rows[1] |= {st + "я", st + "і"}
            rows[2] |= {st + "ю", st + "і"}
            rows[4] |= {st + "ем", st + st[-1] + "ю"}
            rows[5] |= {st + "і"}
        return {(case, "sing"): forms for case, forms in zip(CASES, rows, strict=True)}
    if last == "й":  # the genitive and locative in -ю too: Зелений Гай, Зеленого Гаю, у Гаю
        return _paradigm(
            "sing",
            [(word,), (s + "я", s + "ю"), (s + "ю",), (word,), (s + "єм",), (s + "ї", s + "ю")],
        )
    if last.isalpha() and last not in "аеиоуіїєюя":
        rows = [{word}, set(), set(), {word}, set(), set()]
        for st in _uk_stems(word):
            rows[1] |= {st + "а", st + "у"}
            rows[2] |= {st + "у", st + "ові"}
            rows[4] |= {st + ("ем" if last in "жчшщ" else "ом")}
            rows[5] |= _uk_locative(st)
        return {(case, "sing"): forms for case, forms in zip(CASES, rows, strict=True)}
    return _paradigm("sing", [(word,)] * 6)


def _uk_locative(st: str) -> set[str]:
    """«у Бахмуті»; a velar alternates (у Кременчуці), «-ськ» takes «-у» only (у Покровську:
    «Покровські», «Українські» are adjectives, not the towns)."""
    if st[-1] not in _UK_ALTERNATE:
        return {st + "і", st + "у"}
    skip = st.endswith(("ськ", "цьк", "зьк"))
    return {st + "у"} | (set() if skip else {st[:-1] + _UK_ALTERNATE[st[-1]] + "і"})


def decline_word(word: str, lang: str, *, head_follows: bool) -> Paradigm:
    """Forms of one word of a name; `head_follows`: another word follows it in the name."""
    if not any(ch.isalpha() for ch in word):
        return {(case, number): {word} for case in CASES for number in ("sing", "plur")}
    if lang == "uk":
        adjective = uk_adjective(word, head_follows=head_follows)
        if adjective is not None:
            return adjective
        possessive_word = head_follows and word.endswith(("ів", "їв", "ин", "ін"))
        return possessive(word, lang) if possessive_word else uk_noun(word)
    adjective = ru_adjective(word)
    if adjective is not None and (head_follows or not word.endswith(("ья", "ьи"))):
        if word.endswith("ье") and not head_follows:  # Замостье (noun) or Медвежье (adjective)
            return merge(adjective, ru_noun(word))
        return adjective
    possessive_word = head_follows and word.endswith(("ов", "ев", "ин", "ын"))
    return possessive(word, lang) if possessive_word else ru_noun(word)


def merge(*paradigms: Paradigm) -> Paradigm:
    out: Paradigm = {}
    for paradigm in paradigms:
        for key, forms in paradigm.items():
            out.setdefault(key, set()).update(forms)
    return out
