"""What a trigger names that did not happen, or that nobody knows of yet: a noun after «без»
(«оставили без боя», «обошлось без жертв»), except where two negations say it did («не
обошлось без жертв»), and victims still being counted («информация о пострадавших
уточняется», «інформація щодо постраждалих не надходила»), or said not to have been
(«погибших не было»)."""

from __future__ import annotations

from monitor.text.lemmas import Doc

# «без боя», «без втрат»: what a trigger noun names did not happen
WITHOUT = frozenset(["без", "безо"])

# «информация / данные / сведения о пострадавших»: news of victims, not victims
NEWS = ("информаци", "данны", "сведени", "інформаці", "дані", "даних", "відомост")
ABOUT = frozenset(["о", "об", "про", "щодо", "относительно"])
AND = frozenset(["и", "і", "та", "й"])
VICTIMS = ("погибш", "пострадавш", "ранен", "жертв", "загибл", "постраждал", "поранен")
# «… уточняется», «… не поступала», «… не надходила», «… не сообщается»
PENDING = ("уточня", "уточню")
NOT_COME = ("поступ", "надход", "надійш", "сообща", "повідом")


def not_spared(doc: Doc, first: int) -> bool:
    """«не обошлось без жертв», «не обійшлося без поранених»: two negations that say there were
    some (the «не» denies nothing)."""
    if first < 3 or doc.tokens[first - 1].form not in WITHOUT:
        return False
    verb = doc.tokens[first - 2].form
    negated = doc.tokens[first - 3].form in ("не", "ні")
    return negated and verb.startswith(("обош", "обойд", "обійш", "обійд"))


# Degree words between «без» and its noun: «без особых потерь», «без значних втрат»
DEGREE = (
    "особ",
    "серьёзн",
    "серьезн",
    "больш",
    "значительн",
    "крупн",
    "ощутим",
    "значн",
    "велик",
    "серйозн",
    "суттєв",
    "відчутн",
)


def without(doc: Doc, first: int) -> bool:
    """A trigger noun after «без» (or after «без» and a degree word: «без особых потерь»), unless
    «не обошлось без» (there were some)."""
    if first > 1 and doc.tokens[first - 1].form.startswith(DEGREE):
        first -= 1  # «не обошёлся без серьёзных потерь»: there were some
    return first > 0 and doc.tokens[first - 1].form in WITHOUT and not not_spared(doc, first)


def no_news(doc: Doc, first: int) -> bool:
    """Victims named only as news still to come: «информация о пострадавших уточняется», «дані
    про загиблих і поранених не надходили», «про постраждалих інформація не надходила», «о
    пострадавших не сообщается» (not «число пострадавших уточняется»: there are some)."""
    tokens = doc.tokens
    word = tokens[first]
    if not word.form.startswith(VICTIMS):
        return False
    start = first  # back over a list of victims: «о погибших и раненых»
    while (
        start > 2 and tokens[start - 1].form in AND and tokens[start - 2].form.startswith(VICTIMS)
    ):
        start -= 2
    if start < 1 or tokens[start - 1].form not in ABOUT:
        return False
    news = start > 1 and tokens[start - 2].form.startswith(NEWS)
    rest = [t.form for t in tokens[first + 1 : first + 9] if t.sentence == word.sentence]
    for index, form in enumerate(rest):
        news = news or form.startswith(NEWS)
        if form.startswith(PENDING) and news:
            return True
        if form in ("не", "ні") and index + 1 < len(rest) and rest[index + 1].startswith(NOT_COME):
            return True  # «не поступала», «не сообщается»: said of the news, named or not
    return False


# «погибших не было», «загиблих не виявлено»: victims said not to have been
NONE_WERE = frozenset(
    [
        "было", "были", "был", "была", "выявлено", "выявлены", "зафиксировано", "зафиксированы",
        "зарегистрировано", "установлено", "було", "були", "був", "була", "виявлено",
        "зафіксовано", "зареєстровано", "встановлено",
    ]
)  # fmt: skip


def none_were(doc: Doc, first: int) -> bool:
    """Victims said not to have been, right after their noun: «погибших не было», «раненых и
    погибших не выявлено», «загиблих не зафіксовано» (a victim named beside them stays, another
    trigger: «загиблих не було, поранено двох»). («пострадавших нет» is the rules' `unless`.)"""
    tokens = doc.tokens
    if not tokens[first].form.startswith(VICTIMS):
        return False
    index = first + 1
    while index + 1 < len(tokens) and tokens[index].form in AND:  # «погибших и раненых не …»
        index += 2
    return (
        index + 1 < len(tokens)
        and tokens[index].sentence == tokens[first].sentence
        and tokens[index].form in ("не", "ні")
        and tokens[index + 1].form in NONE_WERE
    )


def absent(doc: Doc, first: int) -> bool:
    """Whether the trigger noun at `first` names what did not happen or is not known yet."""
    return without(doc, first) or no_news(doc, first) or none_were(doc, first)
