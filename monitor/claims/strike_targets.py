"""The next target a strike list names before its place: «поражены ТЭЦ в X, подстанции во Y и
Z», «удары по нефтебазе в X, по аэродрому под Y» (each place its own target's)."""

from __future__ import annotations

from monitor.claims.morphology import direct_case, is_verb
from monitor.claims.spans import Context
from monitor.text.lemmas import lemmas_of

# Prepositions that open a phrase of place of its own after a comma («…, в X районі»), where
# a bare name after a comma is an apposition («у бік Рівненщини, Сарненський р-н»)
PLACE_PREPOSITIONS = frozenset(
    ["в", "во", "у", "на", "под", "під", "около", "біля", "возле", "по", "над"]
)


# How many words may name the next target of a strike list («…, нефтебазу под X»)
MAX_TARGET_WORDS = 3
# Beginnings of words that tell of an alarm or its aftermath, not of a target: «тревога»,
# «тривога», «сирены», «отключение света», «аэропорт закрыт»
ALARMS = ("тревог", "тривог", "сирен", "отключ", "відключ", "закрыт", "закрит", "укрыт", "укрит")


TARGET_CONJUNCTIONS = frozenset(["и", "та", "і", "й", "а"])
# What a strike list names as its next target after a conjunction
TARGET_NOUNS = frozenset(
    [
        "нпз",
        "нефтебаза",
        "нафтобаза",
        "склад",
        "подстанция",
        "підстанція",
        "аэродром",
        "аеродром",
        "объект",
        "об'єкт",
        "завод",
        "тэц",
        "тэс",
        "тец",
        "тес",
        "предприятие",
        "підприємство",
        "база",
        "порт",
        "мост",
        "міст",
        "позиция",
        "позиція",
        "депо",
        "штаб",
        "казарма",
        "терминал",
        "термінал",
        "хранилище",
        "сховище",
        "электроподстанция",
    ]
)


def another_target(ctx: Context, left: int, right: int) -> bool:
    """A strike list that names each item's target before its place: «поражены ТЭЦ в X,
    подстанции во Y и Z», «удары по нефтебазе в X, по аэродрому под Y». Between the two places:
    a comma or a conjunction, a few lowercase words that are no verb, no trigger and no alarm
    («…, воздушная тревога в Киеве», «…, сирены во Львове» tell no second target), a
    preposition of place."""
    doc = ctx.doc
    first, prep = left + 1, right - 1
    if prep <= first:  # nothing between (two places of one hyphenated word: «Середини-Буди»)
        return False
    if first < prep and doc.tokens[first].form in TARGET_CONJUNCTIONS:
        # «НПЗ у Саратові та нафтобазу в Енгельсі»: past a conjunction, a target's own noun
        # (not «и люди в Макеевке остались без света», «и траур в Павлограде»)
        first += 1
        token = doc.tokens[first]
        lemmas = lemmas_of(token.form, doc.lang)  # (a Doc's lemmas are its triggers' only)
        if TARGET_NOUNS.isdisjoint(lemmas) or not direct_case(token.form, doc.lang):
            return False
    elif doc.text[doc.tokens[left].end : doc.tokens[first].start].strip() != ",":
        return False
    if prep <= first or doc.tokens[prep].form not in PLACE_PREPOSITIONS:
        return False
    words = range(first, prep)
    return len(words) <= MAX_TARGET_WORDS and all(
        doc.tokens[i].form.replace("'", "").isalpha()
        and doc.text[doc.tokens[i].start].islower()
        and not ctx.trigger_types.get(i)
        and not doc.tokens[i].form.startswith(ALARMS)
        and not is_verb(doc.tokens[i].form, doc.lang)
        for i in words
    )
