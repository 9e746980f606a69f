"""Rules whose trigger must end its sentence or its clause («Угледар всё.», «Курахово наше!»),
words of time after it aside."""

from __future__ import annotations

from monitor.claims.implicit_places import MONTHS
from monitor.claims.morphology import clause_between
from monitor.claims.rules import Hit
from monitor.text.lemmas import Doc

# Words of time a predicate may end with: «Верхнекаменское наше уже давно», «… с февраля»
TIME_WORDS = frozenset(
    ["уже", "давно", "окончательно", "наконец", "теперь", "вже", "остаточно", "нарешті", "тепер"]
)
SINCE = frozenset(["с", "со", "з", "із", "зі"])
SEASONS = ("лет", "весн", "осен", "зим", "літ", "осін")


def past_time_words(doc: Doc, index: int) -> int:
    """The index past the words of time from token `index` on, in its sentence: adverbs of time
    and «с» with a month or a season («с ноября», «з літа»)."""
    tokens = doc.tokens
    sentence = tokens[index - 1].sentence
    while index < len(tokens) and tokens[index].sentence == sentence:
        if tokens[index].form in TIME_WORDS:
            index += 1
        elif (
            tokens[index].form in SINCE
            and index + 1 < len(tokens)
            and tokens[index + 1].sentence == sentence
            and tokens[index + 1].form.startswith((*MONTHS, *SEASONS))
        ):
            index += 2
        else:
            break
    return index


def ends_sentence(doc: Doc, hit: Hit, clause: bool = False) -> bool:
    """Whether the trigger is the last word of its sentence (or, `clause`, of its clause, but
    for words of time: «Верхнекаменское наше уже давно»; an emoji closes a clause as a
    full stop would: «Кліщіївка теж наша 🔥🔥 після того як взяли Андріївку»)."""
    after = past_time_words(doc, hit.last + 1) if clause else hit.last + 1
    return (
        after >= len(doc.tokens)
        or doc.tokens[after].sentence != doc.tokens[hit.last].sentence
        or (clause and clause_between(doc, hit.last, after))
    )
