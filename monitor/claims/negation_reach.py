"""Where a negation stops short of a trigger after it: a negated word of telling denies
nothing it tells of, an adversative conjunction sets what follows against the negation, and a
negated infinitive is a request about the event, not its denial."""

from __future__ import annotations

from functools import lru_cache

from monitor.claims.ranks import clause_break
from monitor.text.lemmas import Doc, morph_analyzer, parse_word

# A negated word of telling is no denial of what it is told of: «Россия не комментировала
# удар по Киеву», «Генштаб не подтвердил взятие X»
SILENCE = frozenset(
    [
        "комментировать",
        "прокомментировать",
        "подтвердить",
        "подтверждать",
        "уточнить",
        "уточнять",
        "раскрывать",
        "раскрыть",
        "сообщать",
        "сообщить",
        "коментувати",
        "прокоментувати",
        "підтвердити",
        "підтверджувати",
        "уточнити",
        "уточнювати",
        "повідомляти",
        "повідомити",
    ]
)


def unconfirmed(doc: Doc, negation: int, trigger: int) -> bool:
    """Whether a word of telling stands between a negation and the trigger."""
    return any(
        SILENCE.intersection(parse_word(doc.tokens[i].form, doc.lang)[1])
        for i in range(negation + 1, trigger)
    )


# A conjunction that sets what follows against what precedes: a negation before it denies
# nothing after it («Пострадавших нет, но повреждены дома в X»; «не в X, а в Y»)
ADVERSATIVE = frozenset(["но", "однако", "зато", "а", "але", "проте", "однак", "зате", "втім"])


def set_against(doc: Doc, negation: int, trigger: int) -> bool:
    """Whether an adversative conjunction or a clause break stands between a negation and the
    trigger («Загиблих не було, поранено двох»: the negation is the other clause's)."""
    if any(doc.tokens[i].form in ADVERSATIVE for i in range(negation + 1, trigger)):
        return True
    return clause_break(doc, negation, trigger)


def instruction(doc: Doc, negation: int, trigger: int) -> bool:
    """Whether the negation governs an infinitive before the trigger: a request or an order
    about the event («просят не снимать работу ПВО», «не публикуйте видео ударов»), not a
    denial of it («приказ не штурмовать X» still denies: the trigger is the infinitive)."""
    following = negation + 1
    return following < trigger and _infinitive(doc.tokens[following].form, doc.lang)


@lru_cache(maxsize=20_000)
def _infinitive(form: str, lang: str) -> bool:
    tag = str(morph_analyzer(lang).parse(form)[0].tag)  # the uk tagset writes «VERB,… infn»
    return form.isalpha() and (tag.startswith("INFN") or (tag.startswith("VERB") and "infn" in tag))
