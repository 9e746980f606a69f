"""Tokens and lemmas for the claim extractor.

A post is tokenised once: each word keeps its offsets in the original text, its normalised form
(casefolded, ё→е, one apostrophe) and the set of its lemmas. Lemmas come from pymorphy3 (Russian
or Ukrainian dictionary, chosen per post) through an LRU cache keyed by the word form, so a word
is analysed once per process however many posts contain it. Latin words get a crude English stem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymorphy3

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "ё": "е", "Ё": "е"})
WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ`‘][^\W\d_]+|-[^\W_]+)*")
UK_LETTERS_RE = re.compile(
    r"[іїєґІЇЄҐ]|\b(?:що|та|це|від|або|щодо|загроза|тривога|відбій|ворог|вибух)\b", re.I
)
LATIN_RE = re.compile(r"^[a-z0-9'-]+$")
SENTENCE_END_RE = re.compile(r"[.!?…]")
# Short lowercase words that end with a period without ending a sentence: «н.п.», «г.», «кв. км».
ABBREVIATIONS = frozenset(
    {"н", "п", "г", "кв", "км", "обл", "р-н", "с", "пгт", "м", "ст", "ул", "ае"}
)
_EN_SUFFIXES = ("ing", "ed", "es", "s")


def normalise(word: str) -> str:
    """Casefold a word form, ё→е, every apostrophe variant to one."""
    return word.casefold().translate(APOSTROPHES)


RU_LETTERS_RE = re.compile(r"[ыэъЫЭЪ]|\b(?:что|это|или|при)\b", re.I)


def detect_language(text: str, fallback: str = "ru") -> str:
    """'uk' when the text has letters or words only Ukrainian uses, 'ru' when it has ones only
    Russian uses, else `fallback` (a short alert, «Кинджал вектор Житомир», has neither)."""
    return language_evidence(text) or fallback


def language_evidence(text: str) -> str | None:
    """'uk' or 'ru' when the text shows letters or words of only one of them, else None."""
    if UK_LETTERS_RE.search(text):
        return "uk"
    if RU_LETTERS_RE.search(text):
        return "ru"
    return None


def english_stem(word: str) -> str:
    """A deliberately crude stem: 'captured', 'captures', 'capturing' → 'captur'."""
    for suffix in _EN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e") if len(word) > 3 else word


_ANALYZERS: dict[str, pymorphy3.MorphAnalyzer] = {}


def analyzer(lang: str) -> pymorphy3.MorphAnalyzer:
    found = _ANALYZERS.get(lang)
    if found is None:
        import pymorphy3

        found = pymorphy3.MorphAnalyzer(lang=lang)
        _ANALYZERS[lang] = found
    return found


@lru_cache(maxsize=300_000)
def lemmas_of(form: str, lang: str) -> tuple[str, ...]:
    """All lemmas of a normalised word form (the form itself first). Cached per (form, lang)."""
    if LATIN_RE.match(form):
        stem = english_stem(form)
        return (form,) if stem == form else (form, stem)
    if form.isdigit():
        return (form,)
    found = [form]
    for parse in analyzer(lang).parse(form)[:4]:
        lemma = parse.normal_form.replace("ё", "е")
        if lemma not in found:
            found.append(lemma)
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    form: str
    lemmas: tuple[str, ...]
    sentence: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Doc:
    """A tokenised post: tokens, the gaps of text between them, the language."""

    text: str
    lang: str
    tokens: tuple[Token, ...]

    def gap(self, index: int) -> str:
        """The text between token `index - 1` and token `index` (the text's start for 0)."""
        start = self.tokens[index - 1].end if index > 0 else 0
        return self.text[start : self.tokens[index].start]

    def sentence_ends_with_question(self, sentence: int) -> bool:
        last = max((t for t in self.tokens if t.sentence == sentence), key=lambda t: t.start)
        tail = self.text[last.end : last.end + 3]
        return tail.lstrip(" »\"')*_").startswith("?")


def _is_boundary(gap: str, previous: str) -> tuple[bool, bool]:
    """(new sentence, new paragraph) for the gap between a token `previous` and the next one."""
    newline = "\n" in gap
    if newline:
        # A line ending with a colon heads a list: the list lines stay in its sentence.
        head = gap.split("\n", 1)[0].rstrip()
        if head.endswith(":") and "\n\n" not in gap:
            return False, True
        return True, True
    match = SENTENCE_END_RE.search(gap)
    if match is None:
        return False, False
    if gap[match.start()] == "." and previous in ABBREVIATIONS:
        return False, False
    return True, False


@lru_cache(maxsize=300_000)
def analyse(word: str, lang: str) -> tuple[str, tuple[str, ...]]:
    """(normalised form, lemmas) of a word as it stands in a text. Cached per (word, lang)."""
    form = normalise(word)
    return form, lemmas_of(form, lang)


def tokenize(text: str, lang: str | None = None,
             ranges: list[tuple[int, int]] | None = None) -> Doc:
    """Split `text` (or only its `ranges`, each a run of whole lines) into word tokens with
    lemmas, sentence and paragraph numbers."""
    lang = lang or detect_language(text)
    tokens: list[Token] = []
    append = tokens.append
    sentence = paragraph = 0
    for start, end in ranges or [(0, len(text))]:
        if tokens:
            sentence += 1
            paragraph += 1
        previous_end = -1
        previous_form = ""
        for match in WORD_RE.finditer(text, start, end):
            word_start = match.start()
            if (previous_end >= 0 and word_start - previous_end != 1) or (
                previous_end >= 0 and text[previous_end] != " "
            ):
                new_sentence, new_paragraph = _is_boundary(
                    text[previous_end:word_start], previous_form
                )
                sentence += new_sentence
                paragraph += new_paragraph
            form, lemmas = analyse(match.group(), lang)
            previous_end = match.end()
            append(Token(word_start, previous_end, form, lemmas, sentence, paragraph))
            previous_form = form
    return Doc(text, lang, tuple(tokens))


def phrase_lemmas(word: str, lang: str) -> tuple[str, ...]:
    """The lemmas a trigger word written by a user stands for: its form and all its lemmas."""
    return lemmas_of(normalise(word), lang)
