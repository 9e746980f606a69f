"""A question the post answers at once: «Ворог окупував Великомихайлівку? Ні.», «Наши вошли в
Степовое? Нет, ещё нет.» deny what they ask; «Взяли Работино? Да!» asserts it. A question left
unanswered claims nothing (a forecast or a rumour asked about)."""

from __future__ import annotations

from monitor.domain import Stance
from monitor.text.lemmas import Doc

NO = frozenset(["нет", "ні", "неправда", "фейк", "no"])
YES = frozenset(["да", "так", "yes"])
# what may follow a one-word answer: it stands alone, not «Так ворог …», «Да здравствует …»
ANSWER_ENDS = (".", ",", "!", "—", "–", "-", ":", ";", "…")


def answer_to(doc: Doc, question: int) -> Stance | None:
    """The stance the sentence after the question `question` gives it: denied after «Нет»,
    asserted after «Да», None when no one-word answer follows."""
    following = next((t for t in doc.tokens if t.sentence == question + 1), None)
    if following is None or following.form not in NO | YES:
        return None
    after = doc.text[following.end : following.end + 3].lstrip(" ")
    if after and not after.startswith(ANSWER_ENDS):
        return None
    return "denied" if following.form in NO else "asserted"
