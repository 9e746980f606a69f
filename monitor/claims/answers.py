"""A question the post answers at once: «Ворог окупував Великомихайлівку? Ні.», «Наши вошли в
Степовое? Нет, ещё нет.» deny what they ask; «Взяли Работино? Да!» asserts it. A question left
unanswered claims nothing (a forecast or a rumour asked about), and so does one that asks about
the future, a chance or the reader («Удары прекратятся? Нет.», «Ты слышал про удар? Нет.»):
the answer says nothing of the event there."""

from __future__ import annotations

from monitor.claims.morphology import is_future_verb
from monitor.domain import Stance
from monitor.text.lemmas import Doc

NO = frozenset(["нет", "ні", "неправда", "фейк", "no"])
YES = frozenset(["да", "так", "yes"])
# what may follow a one-word answer: it stands alone, not «Так ворог …», «Да здравствует …»
ANSWER_ENDS = (".", ",", "!", "—", "–", "-", ":", ";", "…", "\n")
# a question of this kind is no claim put to the reader to confirm or deny
OPEN_QUESTION = frozenset(
    [
        "когда", "коли", "зачем", "навіщо", "почему", "чому", "надо", "нужно",
        "треба", "можно", "можна", "шанс", "шанси", "слышал", "слышали", "чув", "чули", "знаешь",
        "знаете", "знаєш", "знаєте", "ждать", "чекати", "будет", "будут", "буде", "будуть",
    ]
)  # fmt: skip


def answer_to(doc: Doc, question: int) -> Stance | None:
    """The stance the sentence after the question `question` gives it: denied after «Нет»,
    asserted after «Да», None when no one-word answer follows in its paragraph or the
    question is an open one."""
    asked = [t for t in doc.tokens if t.sentence == question]
    following = next((t for t in doc.tokens if t.sentence == question + 1), None)
    if following is None or following.form not in NO | YES or not asked:
        return None
    if following.paragraph != asked[-1].paragraph:
        return None
    after = doc.text[following.end : following.end + 3].lstrip(" ")
    if after and not after.startswith(ANSWER_ENDS):
        return None
    if any(t.form in OPEN_QUESTION or is_future_verb(t.form, doc.lang) for t in asked):
        return None
    return "denied" if following.form in NO else "asserted"


def answer_particle(doc: Doc, first: int, last: int) -> bool:
    """«Ні, X досі під контролем …» after a question: the «ні» opening the sentence answers the
    question before it and negates nothing in its own sentence."""
    return (
        first == last
        and doc.tokens[first].form in NO
        and (first == 0 or doc.tokens[first - 1].sentence != doc.tokens[first].sentence)
        and first + 1 < len(doc.tokens)
        and doc.text[doc.tokens[first].end : doc.tokens[first + 1].start].strip()[:1]
        in (",", "—", "-")
    )
