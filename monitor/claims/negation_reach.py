"""Where a negation stops short of a trigger after it: a negated word of telling denies
nothing it tells of, and an adversative conjunction sets what follows against the negation."""

from __future__ import annotations

from monitor.text.lemmas import Doc, parse_word

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
    """Whether an adversative conjunction stands between a negation and the trigger."""
    return any(doc.tokens[i].form in ADVERSATIVE for i in range(negation + 1, trigger))
