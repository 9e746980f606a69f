"""Tokens and lemmas for the claim extractor, and the pymorphy3 analyzers everyone shares.

A post is tokenised once: each word keeps its offsets in the original text, its normalised form
(casefolded, ё→е, one apostrophe) and the set of its lemmas. Lemmas come from pymorphy3 (Russian
or Ukrainian dictionary, chosen per post) through a cache keyed by the word as written, so a word
is analysed once per process however many posts contain it (`parse_word`). Latin words get a
crude English stem. `morph_analyzer` is the one analyzer per language of the process: place forms
(`monitor.places.forms`), claim rules and search use it too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any

from monitor.text.language import detect_language
from monitor.text.tally_codes import TALLY_CODES, written_as_code

if TYPE_CHECKING:
    import pymorphy3

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "ё": "е", "Ё": "е"})
WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ`‘][^\W\d_]+|-[^\W_]+)*")
# The same words as separators and words alternating: `split` makes them all in one C call.
_SPLIT_RE = re.compile(f"({WORD_RE.pattern})")
LATIN_RE = re.compile(r"^[a-z0-9'-]+$")
SENTENCE_END_RE = re.compile(r"[.!?…]")
# Short lowercase words that end with a period without ending a sentence: «н.п.», «г.», «кв. км».
ABBREVIATIONS = frozenset(
    {"н", "п", "г", "кв", "км", "обл", "р-н", "с", "пгт", "м", "ст", "ул", "ае", "тыс", "тис",
     "млн", "млрд", "руб", "грн"}
)  # fmt: skip
# Units among them end a sentence before a capital: «более 1200 км. Также дрон …» (not «г.
# Курск», «с. Веселое», whose capital is the name after the title)
UNITS = frozenset({"км", "кв", "тыс", "тис", "млн", "млрд", "руб", "грн"})
_EN_SUFFIXES = ("ing", "ed", "es", "s")


def fold_word(word: str) -> str:
    """Casefold a word form, ё→е, every apostrophe variant to one (lighter than
    `normalize.normalize`, which also maps look-alike letters and keeps an offset map)."""
    folded = word.casefold()
    # no apostrophe (ʼ is the one that is a letter): ё is all to map, and `translate` costs more
    if folded.isalnum() and "ʼ" not in folded:
        return folded.replace("ё", "е") if "ё" in folded else folded
    return folded.translate(APOSTROPHES)


def english_stem(word: str) -> str:
    """A deliberately crude stem: 'captured', 'captures', 'capturing' → 'captur'."""
    for suffix in _EN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e") if len(word) > 3 else word


_ANALYZERS: dict[str, pymorphy3.MorphAnalyzer] = {}
# How many words' parses an analyzer keeps (then it starts anew): a year of posts meets fewer.
PARSES_KEPT = 300_000


def morph_analyzer(lang: str) -> pymorphy3.MorphAnalyzer:
    """The process's one pymorphy3 analyzer for `lang` ("ru" or "uk"), made on first use (about
    20 MB each): lemmas, claim rules, place forms and search all share it. Its `parse` keeps
    each word's parses (`_kept_parses`)."""
    found = _ANALYZERS.get(lang)
    if found is None:
        import pymorphy3

        found = pymorphy3.MorphAnalyzer(lang=lang)
        found.parse = _kept_parses(found.parse)
        _ANALYZERS[lang] = found
    return found


def _kept_parses(parse: Callable[[str], list[Any]]) -> Callable[[str], list[Any]]:
    """`parse`, remembering each word's parses: pymorphy3 works them out anew on every call,
    and a post's word is asked about again and again (its lemmas, then whether it is a verb,
    a noun, a participle ...: a third of the calls asked again; a word pymorphy3 does not know,
    or reads in parts, costs it tens of microseconds). Its analyzer's own units ask through
    it too («северо-восточный» asks «северо» and «восточный»). Each call gets a list of its
    own (the parses themselves are named tuples)."""
    kept: dict[str, tuple[Any, ...]] = {}

    def parses(word: str) -> list[Any]:
        found = kept.get(word)
        if found is None:
            if len(kept) >= PARSES_KEPT:
                kept.clear()
            found = kept[word] = tuple(parse(word))
        return list(found)

    return parses


@lru_cache(maxsize=300_000)
def lemmas_of(form: str, lang: str) -> tuple[str, ...]:
    """All lemmas of a normalised word form (the form itself first). Cached per (form, lang)."""
    if LATIN_RE.match(form):
        stem = english_stem(form)
        return (form,) if stem == form else (form, stem)
    if form.isdigit() or form in _COUNT_ABBREVIATIONS:
        return (form,)
    found = [form]
    for parse in morph_analyzer(lang).parse(form)[:4]:
        lemma = parse.normal_form.replace("ё", "е")
        if lemma not in found:
            found.append(lemma)
        if lang == "uk" and "GRND" in parse.tag.grammemes:
            verb = uk_gerund_verb(form)
            if verb is not None and verb not in found:
                found.append(verb)
    return tuple(found)


# Thousands written short are no verb's form («бюджет до 6 тис.»: not «тиснути»)
_COUNT_ABBREVIATIONS = frozenset({"тис", "тыс"})


# Ukrainian past gerunds: the dictionary makes each its own lemma, Russian's makes the verb
# («окупувавши» → «окупувавши», «освободив» → «освободить»)
_UK_GERUNDS = (("йшовшись", "йтися"), ("йшовши", "йти"), ("вшись", "тися"), ("вши", "ти"))


def uk_gerund_verb(form: str) -> str | None:
    """The verb of a Ukrainian past gerund («окупувавши» → «окупувати», «зайшовши» → «зайти»),
    where the dictionary knows that verb."""
    for gerund, verb in _UK_GERUNDS:
        if form.endswith(gerund):
            infinitive = form[: -len(gerund)] + verb
            return infinitive if morph_analyzer("uk").word_is_known(infinitive) else None
    return None


def _uk_gerunds(lemma: str) -> set[str]:
    """The past gerunds of a Ukrainian verb (`uk_gerund_verb` backwards)."""
    for gerund, verb in _UK_GERUNDS:
        if lemma.endswith(verb):
            return {lemma[: -len(verb)] + gerund}
    return set()


@lru_cache(maxsize=20_000)
def lemma_forms(lemma: str, lang: str) -> frozenset[str]:
    """`lemma` and every normalised form of the lexemes of each of its parses: the words that
    can have `lemma` among their lemmas (the claim prefilter's list)."""
    forms = {lemma}
    for parse in morph_analyzer(lang).parse(lemma):
        forms.update(fold_word(form.word) for form in parse.lexeme)
        if lang == "uk" and parse.tag.POS == "VERB" and parse.normal_form == lemma:
            forms |= _uk_gerunds(lemma)
    return frozenset(forms)


class Token:
    """One word of a post. A slotted class, not a frozen dataclass: a post makes dozens of them
    and a frozen dataclass's `__init__` costs four times as much. Treat it as immutable."""

    __slots__ = ("end", "form", "lemmas", "paragraph", "sentence", "start")

    def __init__(
        self,
        start: int,
        end: int,
        form: str,
        lemmas: tuple[str, ...],
        sentence: int,
        paragraph: int,
    ) -> None:
        self.start = start
        self.end = end
        self.form = form
        self.lemmas = lemmas
        self.sentence = sentence
        self.paragraph = paragraph

    def _key(self) -> tuple[int, int, str, tuple[str, ...], int, int]:
        return self.start, self.end, self.form, self.lemmas, self.sentence, self.paragraph

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Token({self.start}, {self.end}, {self.form!r}, {self.lemmas!r}, "
            f"sentence={self.sentence}, paragraph={self.paragraph})"
        )


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


def _is_boundary(gap: str, previous: str, following: str = "") -> tuple[bool, bool]:
    """(new sentence, new paragraph) for the gap between a token `previous` and the next one,
    `following`."""
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
        return previous in UNITS and following[:1].isupper(), False
    return True, False


ANALYSED_LIMIT = 300_000
_ANALYSED: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {"ru": {}, "uk": {}}


def parse_word(word: str, lang: str) -> tuple[str, tuple[str, ...]]:
    """(normalised form, lemmas) of a word as it stands in a text. Cached per (word, lang) in a
    plain dict (emptied when it reaches `ANALYSED_LIMIT` words): cheaper than `lru_cache`."""
    cache = _ANALYSED.get(lang)
    if cache is None:
        cache = _ANALYSED.setdefault(lang, {})
    found = cache.get(word)
    if found is None:
        if len(cache) >= ANALYSED_LIMIT:
            cache.clear()
        form = fold_word(word)
        lemmas = lemmas_of(form, lang)
        abbreviation = _abbreviation(word)
        if abbreviation is not None and abbreviation not in lemmas:
            lemmas = (*lemmas, abbreviation)
        found = cache[word] = (form, lemmas)
    return found


# An abbreviation with a case ending: «КАБы» (not the dictionary's conjunction «кабы»),
# «ФАБами», «БПЛАх»: the abbreviation is among the word's lemmas (so the same form may have
# other lemmas in capitals: what reads tokens keys its caches by their lemmas, not their form).
_ABBREVIATED = re.compile(r"([А-ЯЁІЇЄҐ]{2,})(ы|и|і|ов|ів|ам|ами|ах|ом|ою|ой|у|а|е|ей)")


def _abbreviation(word: str) -> str | None:
    found = _ABBREVIATED.fullmatch(word)
    return fold_word(found[1]) if found else None


class Lexicon:
    """The lemmas of words as far as a fixed set of them (`lemmas`: those a reader looks for)
    goes, without morphology for most words: a dictionary word that is no form of any of the
    lexemes of `lemmas` cannot have one of them among its lemmas (its parses are all dictionary
    ones, each in the lexeme of its lemma), so it gets its own form as its only lemma. The
    others (forms of those lexemes, words pymorphy3 does not know or reads in parts, Latin
    words, numbers) get `parse_word`'s lemmas. Only what `lemmas` meets is the same as with
    `parse_word`: any other lemma is left out."""

    def __init__(self, lang: str, lemmas: Iterable[str]) -> None:
        self.lang = lang
        self.forms = frozenset(form for lemma in set(lemmas) for form in lemma_forms(lemma, lang))
        self.cache: dict[str, tuple[str, tuple[str, ...]]] = {}
        analyzer = morph_analyzer(lang)
        self._in_dictionary = analyzer.dictionary.words.__contains__
        self._known = analyzer.word_is_known

    def parse(self, word: str) -> tuple[str, tuple[str, ...]]:
        """(normalised form, lemmas) of a word as written; cached like `parse_word`."""
        found = self.cache.get(word)
        if found is None:
            if len(self.cache) >= ANALYSED_LIMIT:
                self.cache.clear()
            form = fold_word(word)
            needs = self._needs_lemmas(form) or _abbreviation(word) is not None
            found = parse_word(word, self.lang) if needs else (form, (form,))
            self.cache[word] = found
        return found

    def _needs_lemmas(self, form: str) -> bool:
        if form in self.forms or "-" in form or "'" in form or form.isdigit():
            return True
        if form.isascii() and LATIN_RE.match(form):
            return True
        # a form of the dictionary as it stands is known; `word_is_known` also tries е → ё
        return not (self._in_dictionary(form) or self._known(form))


def tokenize(
    text: str,
    lang: str | None = None,
    ranges: list[tuple[int, int]] | None = None,
    lexicon: Lexicon | None = None,
) -> Doc:
    """Split `text` (or only its `ranges`, each a run of whole lines) into word tokens with
    lemmas, sentence and paragraph numbers (from `lexicon` when given: see `Lexicon`)."""
    lang = lang or detect_language(text)
    if lexicon is not None:
        cache, parse = lexicon.cache, lexicon.parse
    else:
        cache = _ANALYSED.get(lang) or _ANALYSED.setdefault(lang, {})
        parse = partial(parse_word, lang=lang)
    tokens: list[Token] = []
    append = tokens.append
    sentence = paragraph = 0
    for start, end in ranges or [(0, len(text))]:
        if tokens:
            sentence += 1
            paragraph += 1
        # parts: separator, word, separator, word, ..., separator
        parts = _SPLIT_RE.split(text[start:end] if start or end != len(text) else text)
        position = start + len(parts[0])
        previous_form = ""
        for index in range(1, len(parts), 2):
            if index > 1:
                gap = parts[index - 1]
                if gap != " ":
                    new_sentence, new_paragraph = _is_boundary(gap, previous_form, parts[index])
                    sentence += new_sentence
                    paragraph += new_paragraph
                position += len(gap)
            word = parts[index]
            found = cache.get(word)
            if found is None:
                found = parse(word)
            if word in TALLY_CODES and written_as_code(parts, index):
                found = parse(word + "-й")  # «200», «300»: the killed, the wounded
            previous_form = found[0]
            word_end = position + len(word)
            append(Token(position, word_end, previous_form, found[1], sentence, paragraph))
            position = word_end
    return Doc(text, lang, tuple(tokens))


def phrase_lemmas(word: str, lang: str) -> tuple[str, ...]:
    """The lemmas a trigger word written by a user stands for: its form and all its lemmas."""
    return lemmas_of(fold_word(word), lang)
