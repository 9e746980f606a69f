"""Compile `config/claims.toml` into lemma-indexed phrase sets and a cheap prefilter.

Every word list of the config (triggers, context and veto words of each rule, actor and stance
cues) becomes phrases in one `PhraseSet` per language, so a post is scanned once. A phrase is a
sequence of word patterns: a set of lemmas (any form of the word matches) or a prefix (`stem*`).
Its words must follow in order inside one sentence with at most `MAX_GAP` other words between.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from monitor.analysis.lemmas import Doc, analyzer, lemmas_of, normalise, phrase_lemmas
from monitor.config import ClaimCues, ClaimsFile, Words
from monitor.domain import PlaceMention

MAX_GAP = 2
CACHE_LIMIT = 500_000
PREFILTER_KEY = 4
LANGS = ("ru", "uk")
CUE_NAMES = tuple(name for name in ClaimCues.model_fields if name != "cue_window")

# (what: "trigger", "context", "unless", "not_after", "prefer_after" or a cue name; rule index)
Payload = tuple[str, int]


@dataclass(frozen=True, slots=True)
class WordPattern:
    lemmas: frozenset[str] = frozenset()
    prefix: str = ""

    def matches(self, form: str, lemmas: tuple[str, ...]) -> bool:
        if self.prefix:
            return form.startswith(self.prefix)
        return not self.lemmas.isdisjoint(lemmas)


@dataclass(frozen=True, slots=True)
class Phrase:
    words: tuple[WordPattern, ...]
    payload: Payload
    text: str


@dataclass(frozen=True, slots=True)
class Hit:
    payload: Payload
    first: int  # token index of the phrase's first word
    last: int  # token index of its last word
    phrase: str


def _pattern(word: str, lang: str) -> WordPattern:
    if word.endswith("*") and len(word) > 1:
        return WordPattern(prefix=normalise(word[:-1]))
    return WordPattern(lemmas=frozenset(phrase_lemmas(word, lang)))


@lru_cache(maxsize=20_000)
def _surface_keys(word: str, lang: str) -> frozenset[str]:
    """Short prefixes of every form of `word`: some of them occur in any text the word is in."""
    if word.endswith("*"):
        return frozenset({normalise(word[:-1])})
    form = normalise(word)
    forms = {form}
    if not form.isascii():
        for lemma in lemmas_of(form, lang):
            for parse in analyzer(lang).parse(lemma)[:2]:
                forms.update(normalise(f.word) for f in parse.lexeme)
    return frozenset(f[:PREFILTER_KEY] for f in forms)


@dataclass
class PhraseSet:
    """Phrases of one language, indexed by the lemmas and prefixes of their first word."""

    lang: str
    by_lemma: dict[str, list[Phrase]] = field(default_factory=lambda: defaultdict(list))
    by_prefix: dict[str, list[Phrase]] = field(default_factory=lambda: defaultdict(list))
    prefix_lengths: set[int] = field(default_factory=set)
    _cache: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)

    def add(self, text: str, payload: Payload) -> None:
        words = tuple(_pattern(word, self.lang) for word in text.split())
        if not words:
            return
        self._cache.clear()
        phrase = Phrase(words, payload, text)
        first = words[0]
        if first.prefix:
            self.by_prefix[first.prefix].append(phrase)
            self.prefix_lengths.add(len(first.prefix))
        else:
            for lemma in first.lemmas:
                self.by_lemma[lemma].append(phrase)

    def _starting_at(self, form: str, lemmas: tuple[str, ...]) -> tuple[Phrase, ...]:
        """Phrases whose first word `form` can be; cached per form (its lemmas follow from it)."""
        cached = self._cache.get(form)
        if cached is not None:
            return cached
        found: dict[int, Phrase] = {}
        for lemma in lemmas:
            for phrase in self.by_lemma.get(lemma, ()):
                found[id(phrase)] = phrase
        for length in self.prefix_lengths:
            for phrase in self.by_prefix.get(form[:length], ()):
                found[id(phrase)] = phrase
        result = tuple(found.values())
        if len(self._cache) < CACHE_LIMIT:
            self._cache[form] = result
        return result

    def find(self, doc: Doc) -> list[Hit]:
        """Every phrase occurrence in `doc` (overlapping ones included)."""
        hits: list[Hit] = []
        starting_at = self._starting_at
        for index, token in enumerate(doc.tokens):
            for phrase in starting_at(token.form, token.lemmas):
                last = _match_rest(doc, phrase, index) if len(phrase.words) > 1 else index
                if last is not None:
                    hits.append(Hit(phrase.payload, index, last, phrase.text))
        return hits


def _match_rest(doc: Doc, phrase: Phrase, first: int) -> int | None:
    tokens = doc.tokens
    position = first
    sentence = tokens[first].sentence
    for word in phrase.words[1:]:
        for candidate in range(position + 1, min(position + 2 + MAX_GAP, len(tokens))):
            token = tokens[candidate]
            if token.sentence != sentence:
                return None
            if word.matches(token.form, token.lemmas):
                position = candidate
                break
        else:
            return None
    return position


def _words(words: Words, lang: str) -> Iterable[str]:
    yield from words.get(lang, ())  # type: ignore[call-overload]
    yield from words.get("en", ())


@dataclass
class CompiledRules:
    """Everything the extractor needs from a `ClaimsFile`, per post language."""

    config: ClaimsFile
    phrases: dict[str, PhraseSet]
    prefilter: ahocorasick.Automaton
    placeless_keys: frozenset[str]

    @classmethod
    def compile(cls, config: ClaimsFile) -> CompiledRules:
        phrases = {lang: PhraseSet(lang) for lang in LANGS}
        keys: set[str] = set()
        placeless: set[str] = set()
        for lang in LANGS:
            for index, rule in enumerate(config.rules):
                for kind, words in (("trigger", rule.triggers), ("context", rule.context),
                                    ("unless", rule.unless), ("not_after", rule.place_not_after),
                                    ("prefer_after", rule.place_prefer_after)):
                    for text in _words(words, lang):
                        phrases[lang].add(text, (kind, index))
                        if kind == "trigger":
                            found = _surface_keys(_key_word(text), lang)
                            keys.update(found)
                            if rule.place == "optional":
                                placeless.update(found)
            for name in CUE_NAMES:
                for text in _words(getattr(config.cues, name), lang):
                    phrases[lang].add(text, (name, 0))
        return cls(config, phrases, _automaton(keys), frozenset(placeless))

    def regions(self, text: str, mentions: list[PlaceMention]) -> list[tuple[int, int]]:
        """The lines of `text` worth tokenising: a line with a place and a trigger's stem (in it
        or in the text line before, which may head a list or be the headline), and a line with a
        stem of a rule that needs no place. Empty when the post cannot hold a claim."""
        folded = text.casefold().replace("ё", "е")  # casefold keeps the line breaks
        hits = [(end, key in self.placeless_keys) for end, key in self.prefilter.iter(folded)]
        if not hits:
            return []
        folded_breaks = _line_breaks(folded)
        breaks = _line_breaks(text)
        hit_lines = {bisect_left(folded_breaks, end): placeless for end, placeless in hits
                     if placeless or mentions}
        if not hit_lines:
            return []
        place_lines = {bisect_left(breaks, m.start) for m in mentions}
        chosen = {line for line, placeless in hit_lines.items() if placeless}
        for line in place_lines:
            if line in hit_lines:
                chosen.add(line)
            previous = _previous_text_line(text, breaks, line)
            if previous in hit_lines:
                chosen.update((previous, line))
        return _merge([_line_span(breaks, line, len(text)) for line in sorted(chosen)])


def _previous_text_line(text: str, breaks: list[int], line: int) -> int:
    """The line before `line` that holds text (blank lines skipped): a list's head or a
    headline, separated by an empty line."""
    previous = line - 1
    while previous > 0 and not text[breaks[previous - 1] + 1 : breaks[previous]].strip():
        previous -= 1
    return previous


def _line_breaks(text: str) -> list[int]:
    breaks = []
    index = text.find("\n")
    while index >= 0:
        breaks.append(index)
        index = text.find("\n", index + 1)
    return breaks


def _line_span(breaks: list[int], line: int, length: int) -> tuple[int, int]:
    start = breaks[line - 1] + 1 if line > 0 else 0
    end = breaks[line] if line < len(breaks) else length
    return start, end


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _key_word(phrase: str) -> str:
    """The word of a phrase the prefilter looks for: the longest, the last one on a tie
    («противник атакувати» → «атакувати»: the event, not the actor)."""
    words = phrase.split()
    return max(reversed(words), key=len)


def _automaton(keys: set[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, key)
    if not keys:
        automaton.add_word("\x00", "\x00")
    automaton.make_automaton()
    return automaton
