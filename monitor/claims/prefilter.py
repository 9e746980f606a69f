"""Cheap tests that decide which posts (and which of their lines) the claim extractor reads.

Most posts hold no claim, and tokenising and lemmatising a post costs far more than looking at
it. Two tests, each only ever skipping text that cannot yield a claim:

* `regions`: one Aho-Corasick pass over the casefolded post for short prefixes of every form of
  every trigger word. The lines worth reading are a line with a place and a trigger stem (in it
  or in the text line before, which may head a list or be the headline), the text line after a
  placed line with a stem when it holds a stem of a rule that reads the sentence before it and
  may take its place from there (the victims of the line's strike: «Ворог бив по Марганцю.
  \n\nПоранено двох людей»; only such rules fire there), and a line with a stem of a rule
  that needs no place (and a stem of one of its context words, if it has them). A post without
  places is scanned for the stems of such rules only.
* `trigger_languages`: the languages in which a word of those lines can be a trigger at all: a
  trigger phrase matches only where its key word (the longest) matches a token, that is where
  one of the word's lemmas is one of the token's, or the token starts with the word's
  `prefix*`. The words' lemmas come from the rules' `Lexicon` (no morphology for a dictionary
  word of no lexeme of the rules' lemmas), so the tokenizer finds them there again.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

import ahocorasick

from monitor.config import ClaimRule
from monitor.domain import PlaceMention
from monitor.text.labels import is_bullet
from monitor.text.language import language_evidence
from monitor.text.lemmas import WORD_RE, Lexicon
from monitor.text.normalize import casefold

WORD_CACHE_LIMIT = 300_000


class TriggerWords:
    """The key words of one language's trigger phrases: their lemmas and their prefixes, and
    the words as written already known to match them or not. A word's lemmas come from
    `lexicon` (the rules' own lemmas: no morphology for most words, and the tokenizer finds
    them there again when the post is read)."""

    def __init__(
        self, lang: str, lemmas: Iterable[str], prefixes: Iterable[str], lexicon: Lexicon
    ) -> None:
        self.lang = lang
        self.lemmas = frozenset(lemmas)
        self.prefixes = tuple(sorted(set(prefixes)))
        self.lexicon = lexicon
        self._yes: set[str] = set()
        self._no: set[str] = set()

    def any_of(self, words: set[str]) -> bool:
        """Whether one of `words` (as written) can match a trigger's key word."""
        if not self._yes.isdisjoint(words):
            return True
        unknown = words - self._no
        if len(self._no) + len(unknown) > WORD_CACHE_LIMIT:
            self._no.clear()
        for word in unknown:
            if self._matches(word):
                self._yes.add(word)
                return True
            self._no.add(word)
        return False

    def _matches(self, word: str) -> bool:
        form, lemmas = self.lexicon.parse(word)
        return form.startswith(self.prefixes) or not self.lemmas.isdisjoint(lemmas)


class Prefilter:
    """`keys`: stems of every trigger; `placeless`: stem → bits of the rules that need no place
    it triggers (bit 1: the trigger alone counts; any other bit: the rule also needs one of its
    context words, `context`: stem → bits, in the same line); `aftermath`: stems of the rules
    that read the sentence before them and take its place (its victims, told in the next line)."""

    def __init__(
        self,
        keys: set[str],
        placeless: dict[str, int],
        context: dict[str, int],
        triggers: dict[str, TriggerWords],
        aftermath: Iterable[str] = (),
    ) -> None:
        self.automaton = _automaton({key: placeless.get(key, 0) for key in keys})
        aftermath = set(aftermath)
        self.aftermath = _automaton(dict.fromkeys(aftermath, 0)) if aftermath else None
        self.placeless = _automaton(placeless) if placeless else None
        self.context = _automaton(context) if context else None
        self.triggers = triggers

    def trigger_languages(
        self, text: str, regions: list[tuple[int, int]], evidence: str | None = ""
    ) -> set[str]:
        """The languages in which a word of `text` within `regions` can be a trigger. A text
        that shows letters or words of one language only (`evidence`, worked out here when
        "") is read in that one alone (the extractor tries no other), so only that one is
        looked at: the words of a Russian post are never looked up in the Ukrainian dictionary,
        where most of them are unknown."""
        words = self.words_in(text, regions)
        if evidence == "":
            evidence = language_evidence(text)
        langs = [evidence] if evidence in self.triggers else list(self.triggers)
        return {lang for lang in langs if self.triggers[lang].any_of(words)}

    @staticmethod
    def words_in(text: str, regions: list[tuple[int, int]]) -> set[str]:
        """The words of `text` within `regions`, as written."""
        if len(regions) == 1:
            return set(WORD_RE.findall(text, *regions[0]))
        words: set[str] = set()
        for start, end in regions:
            words.update(WORD_RE.findall(text, start, end))
        return words

    def regions(self, text: str, mentions: list[PlaceMention]) -> list[tuple[int, int]]:
        """The lines of `text` worth tokenising (see the module docstring); empty when the
        post cannot hold a claim."""
        return self.read(text, mentions)[0]

    def read(
        self, text: str, mentions: list[PlaceMention]
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """`regions`, and those of its lines read only for the victims of the placed line before
        them (where only the rules of `aftermath` stems may fire)."""
        automaton = self.automaton if mentions else self.placeless
        if automaton is None:
            return [], []
        folded = casefold(text)  # casefold keeps the line breaks
        if "ё" in folded:
            folded = folded.replace("ё", "е")
        hits = list(automaton.iter(folded))  # (end, placeless bits)
        if not hits:
            return [], []
        breaks = _line_breaks(text)
        folded_breaks = breaks if len(folded) == len(text) else _line_breaks(folded)
        hit_lines: set[int] = set()
        placeless: dict[int, int] = {}
        for end, bits in hits:
            line = bisect_left(folded_breaks, end)
            hit_lines.add(line)
            if bits:
                placeless[line] = placeless.get(line, 0) | bits
        chosen = self._placeless_lines(folded, folded_breaks, placeless)
        placed = {bisect_left(breaks, m.start) for m in mentions}
        marks = {bisect_left(breaks, m.start) for m in mentions if not m.place_key}
        victims = self._around_places(
            text, breaks, (folded, folded_breaks), hit_lines, placed, marks, chosen
        )
        for line in hit_lines - chosen:
            head = _bullets_head(text, breaks, line)
            if head in placed:
                chosen.update(range(head, line + 1))
        victims -= chosen
        return (
            _merge([_line_span(breaks, line, len(text)) for line in sorted(chosen | victims)]),
            [_line_span(breaks, line, len(text)) for line in sorted(victims)],
        )

    def _around_places(
        self,
        text: str,
        breaks: list[int],
        folded: tuple[str, list[int]],
        hit_lines: set[int],
        placed: set[int],
        marks: set[int],
        chosen: set[int],
    ) -> set[int]:
        """Adds to `chosen` the placed lines with a stem and the text lines before them that
        head them; returns the lines after them read for their victims only."""
        aftermath: set[int] | None = None
        victims: set[int] = set()
        for line in placed:
            previous = _previous_text_line(text, breaks, line)
            if line in hit_lines:
                chosen.add(line)
                if line in marks and previous >= 0:  # the place a noun names again may stand
                    chosen.add(previous)  # in the line before
                if aftermath is None:
                    aftermath = self._aftermath_lines(*folded)
                following = _next_text_line(text, breaks, line)
                if following in aftermath and following not in placed:
                    victims.add(following)  # the event's victims: «Поранено двох людей»
            if previous in hit_lines:
                chosen.update((previous, line))
        return victims

    def _aftermath_lines(self, folded: str, breaks: list[int]) -> set[int]:
        """The lines with a stem of a rule that reads the sentence before it (`aftermath`)."""
        if self.aftermath is None:
            return set()
        return {bisect_left(breaks, end) for end, _ in self.aftermath.iter(folded)}

    def _placeless_lines(
        self, folded: str, breaks: list[int], placeless: dict[int, int]
    ) -> set[int]:
        """The lines where a rule that needs no place can fire: its trigger there, and its
        context word too where it needs one."""
        chosen = {line for line, bits in placeless.items() if bits & 1}
        waiting = {line: bits for line, bits in placeless.items() if line not in chosen}
        if waiting and self.context is not None:
            for end, bits in self.context.iter(folded):
                line = bisect_left(breaks, end)
                if waiting.get(line, 0) & bits:
                    chosen.add(line)
        return chosen


def _bullets_head(text: str, breaks: list[int], line: int) -> int:
    """The line that heads the bulleted lines `line` is one of («Под Котлиным за сутки:\n—
    минус 2 БМП\n— 7 двухсотых»), -1 when `line` is no bullet."""
    head = line
    while head >= 0 and is_bullet(text[slice(*_line_span(breaks, head, len(text)))]):
        head -= 1
    return -1 if head == line else head  # (a blank line ends the run: it is no bullet)


def _previous_text_line(text: str, breaks: list[int], line: int) -> int:
    """The line before `line` that holds text (blank lines skipped): a list's head or a
    headline, separated by an empty line."""
    previous = line - 1
    while previous > 0 and not text[breaks[previous - 1] + 1 : breaks[previous]].strip():
        previous -= 1
    return previous


def _next_text_line(text: str, breaks: list[int], line: int) -> int:
    """The line after `line` that holds text (blank lines skipped), -1 where none does."""
    following = line + 1
    while following <= len(breaks):
        end = breaks[following] if following < len(breaks) else len(text)
        if text[breaks[following - 1] + 1 : end].strip():
            return following
        following += 1
    return -1


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


def _automaton(keys: dict[str, int]) -> ahocorasick.Automaton:
    """Stems → an int payload (bits; see `Prefilter`)."""
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for key, value in keys.items():
        automaton.add_word(key, value)
    if not keys:
        automaton.add_word("\x00", 0)
    automaton.make_automaton()
    return automaton


def reads_before(rule: ClaimRule) -> bool:
    """Whether a rule reads the sentence before its trigger and may take its place from there
    (the victims of a strike told in the line before)."""
    return rule.context_scope == "sentence_before" and rule.carry_over > 0
