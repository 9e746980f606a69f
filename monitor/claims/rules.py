"""Compile `config/claims.toml` into lemma-indexed phrase sets and a cheap prefilter
(`monitor.claims.prefilter`).

Every word list of the config (triggers, context and veto words of each rule, actor and stance
cues) becomes phrases in one `PhraseSet` per language, so a post is scanned once. A phrase is a
sequence of word patterns (`monitor.claims.patterns`): lemmas, a prefix (`stem*`) or a form
(`=form`).
Its words must follow in order inside one sentence with at most `MAX_GAP` other words between
(a place marker opening with a preposition with none).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from monitor.claims.patterns import WordPattern, pattern, surface_keys
from monitor.claims.phrase_runs import MAX_GAP, PHRASE_BREAKS, match_rest, phrase_cuts
from monitor.claims.prefilter import Prefilter, TriggerWords, reads_before
from monitor.config import ClaimCues, ClaimsFile, Words
from monitor.domain import PlaceMention
from monitor.text.lemmas import TALLY_CODES, Doc, Lexicon

__all__ = ["MAX_GAP", "PHRASE_BREAKS", "CompiledRules", "Hit", "Phrase", "PhraseSet"]
# A place marker that opens with a preposition stands together: «з району X», not «з позицій у
# районах X» (where the positions are, not where the side came from); a verb's may take its
# object between («доставили раненых в больницу»)
MARKER_KINDS = frozenset({"not_after", "prefer_after"})
MARKER_PREPOSITIONS = frozenset(
    {"з", "із", "зі", "из", "с", "со", "від", "от", "в", "у", "на", "до"}
)
CACHE_LIMIT = 500_000
LANGS = ("ru", "uk")
# `source_names` are read from headlines as plain words (see claim_voice.headline_source).
CUE_NAMES = tuple(
    name for name in ClaimCues.model_fields if name not in ("cue_window", "source_names")
)

# (what: "trigger", "context", "unless", "not_after", "prefer_after", "civil", "armed",
# "unarmed" or a cue name; rule index)
Payload = tuple[str, int]
RULE_KINDS = frozenset(
    {"context", "unless", "not_after", "prefer_after", "civil", "armed", "unarmed"}
)  # one rule's own


@dataclass(frozen=True, slots=True)
class Phrase:
    words: tuple[WordPattern, ...]
    payload: Payload
    text: str
    # the lemma sets of its later words: a post whose lemmas miss one of them cannot hold it
    needs: tuple[frozenset[str], ...] = ()
    # the rule whose own word it is (context, veto, place marker; see RULE_KINDS), else -1
    rule: int = -1
    # how many other words may stand between two of its words
    max_gap: int = MAX_GAP


class Hit:
    """One phrase occurrence. A slotted class, not a frozen dataclass: a post makes a dozen and
    more, and a frozen dataclass's `__init__` costs four times as much. Treat it as immutable."""

    __slots__ = ("first", "last", "payload", "phrase")

    def __init__(self, payload: Payload, first: int, last: int, phrase: str) -> None:
        self.payload = payload
        self.first = first  # token index of the phrase's first word
        self.last = last  # token index of its last word
        self.phrase = phrase

    def _key(self) -> tuple[Payload, int, int, str]:
        return self.payload, self.first, self.last, self.phrase

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Hit) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Hit({self.payload!r}, {self.first}, {self.last}, {self.phrase!r})"


@dataclass
class PhraseSet:
    """Phrases of one language, indexed by the lemmas and prefixes of their first word."""

    lang: str
    by_lemma: dict[str, list[Phrase]] = field(default_factory=lambda: defaultdict(list))
    by_prefix: dict[str, list[Phrase]] = field(default_factory=lambda: defaultdict(list))
    prefix_lengths: set[int] = field(default_factory=set)
    prefix_heads: set[str] = field(default_factory=set)  # their first two letters (or one)
    _cache: dict[tuple[str, ...], tuple[Phrase, ...]] = field(default_factory=dict)
    _trigger_cache: dict[tuple[str, ...], tuple[Phrase, ...]] = field(default_factory=dict)
    _lemmas: set[str] = field(default_factory=set)  # of every word of every phrase
    _lexicon: Lexicon | None = None

    def add(self, text: str, payload: Payload, adjacent: bool = False) -> None:
        words = tuple(pattern(word, self.lang) for word in text.split())
        if not words:
            return
        self._cache.clear()
        self._trigger_cache.clear()
        self._lexicon = None
        for word in words:
            self._lemmas.update(word.lemmas)
        needs = tuple(w.lemmas for w in words[1:] if not w.prefix)
        marker = payload[0] in MARKER_KINDS and text.split()[0] in MARKER_PREPOSITIONS
        gap = 0 if marker or adjacent else MAX_GAP
        rule = payload[1] if payload[0] in RULE_KINDS else -1
        phrase = Phrase(words, payload, text, needs, rule, gap)
        first = words[0]
        if first.prefix:
            self.by_prefix[first.prefix].append(phrase)
            self.prefix_lengths.add(len(first.prefix))
            self.prefix_heads.add(first.prefix[:2])
        else:
            for lemma in first.lemmas:
                self.by_lemma[lemma].append(phrase)

    @property
    def lexicon(self) -> Lexicon:
        """Lemmas of a post's words as far as these phrases look at them (see `Lexicon`)."""
        if self._lexicon is None:
            self._lexicon = Lexicon(self.lang, self._lemmas)
        return self._lexicon

    def _starting_at(self, form: str, lemmas: tuple[str, ...]) -> tuple[Phrase, ...]:
        """Phrases whose first word `form` can be; cached per lemmas (the form first: a form may
        have more lemmas in capitals, «КАБы»)."""
        cached = self._cache.get(lemmas)
        if cached is not None:
            return cached
        found: dict[int, Phrase] = {}
        for lemma in lemmas:
            for phrase in self.by_lemma.get(lemma, ()):
                found[id(phrase)] = phrase
        heads = self.prefix_heads
        for length in self.prefix_lengths if form[:2] in heads or form[:1] in heads else ():
            for phrase in self.by_prefix.get(form[:length], ()):
                if phrase.words[0].matches_form(form):
                    found[id(phrase)] = phrase
        result = tuple(found.values())
        if len(self._cache) < CACHE_LIMIT:
            self._cache[lemmas] = result
        return result

    def find(self, doc: Doc) -> list[Hit]:
        """Every phrase occurrence in `doc` (overlapping ones included)."""
        return [Hit(*found) for found in self._occurrences(doc)]

    def find_for_claims(self, doc: Doc) -> tuple[list[Hit], list[Hit]]:
        """(hits, trigger hits) as the extractor uses them: nothing without a trigger, and a
        rule's own context, veto and place-marker words only for rules with a trigger here
        (the extractor reads them only for their rule's triggers)."""
        cuts = phrase_cuts(doc)
        rules = self._triggered(doc, cuts)
        if not rules:
            return [], []
        hits = [Hit(*item) for item in self._occurrences(doc, rules, cuts)]
        return hits, [hit for hit in hits if hit.payload[0] == "trigger" and not _tag(doc, hit)]

    def _triggered(self, doc: Doc, cuts: bytearray) -> set[int]:
        """The rules with a trigger in `doc`: a first pass over the trigger phrases alone, so
        the full one looks for no rule's own words where the rule has no trigger (most of
        them: their veto and place-marker words are common ones, «в», «по», «из»)."""
        rules: set[int] = set()
        tokens = doc.tokens
        for index, token in enumerate(tokens):
            phrases = self._trigger_cache.get(token.lemmas)
            if phrases is None:
                phrases = self._triggers_at(token.form, token.lemmas)
            for phrase in phrases:
                if phrase.payload[1] not in rules and (
                    len(phrase.words) == 1
                    or match_rest(tokens, cuts, phrase.words, index) is not None
                ):
                    rules.add(phrase.payload[1])
        return rules

    def _triggers_at(self, form: str, lemmas: tuple[str, ...]) -> tuple[Phrase, ...]:
        """The trigger phrases whose first word `form` can be; cached per lemmas."""
        every = self._starting_at(form, lemmas)
        phrases = tuple(p for p in every if p.payload[0] == "trigger")
        if len(self._trigger_cache) < CACHE_LIMIT:
            self._trigger_cache[lemmas] = phrases
        return phrases

    def may_trigger(self, words: set[str]) -> bool:
        """Whether a trigger phrase can match a post whose words (as written, those
        `tokenize` reads) are `words`: one whose first word one of them is and each later word
        of which (`Phrase.needs`) has a lemma among theirs, as `find_for_claims` asks of the
        tokens' (the same lemmas: `lexicon`'s), and each later prefix one a form among
        theirs. False spares tokenising a post in which no trigger can be found (the
        prefilter looked at key words alone)."""
        parse = self.lexicon.parse
        parsed = [parse(word) for word in words]
        parsed += [parse(code + "-й") for code in TALLY_CODES.intersection(words)]
        present: set[str] = set().union(*[lemmas for _, lemmas in parsed])
        cache = self._trigger_cache
        for form, lemmas in parsed:
            phrases = cache.get(lemmas)
            for phrase in self._triggers_at(form, lemmas) if phrases is None else phrases:
                if all(not need.isdisjoint(present) for need in phrase.needs) and all(
                    any(word.matches_form(other) for other, _ in parsed)
                    for word in phrase.words[1:]
                    if word.prefix
                ):
                    return True
        return False

    def _occurrences(
        self, doc: Doc, rules: set[int] | None = None, cuts: bytearray | None = None
    ) -> list[tuple[Payload, int, int, str]]:
        """(payload, first token, last token, phrase) of every phrase occurrence, in order;
        with `rules`, no rule's own words (`Phrase.rule`) but those of `rules`.

        A phrase of several words is tried only if every later word's lemmas occur somewhere
        in the post (decided once per post and phrase, and the phrases a form starts that pass
        kept once per post and form): «в сторону» is not looked for after each «в» of a post
        without «сторона»."""
        found: list[tuple[Payload, int, int, str]] = []
        append = found.append
        tokens = doc.tokens
        # a word's lemmas → its phrases this post can hold
        starting: dict[tuple[str, ...], tuple[Phrase, ...]] = {}
        present: set[str] | None = None
        viable: dict[int, bool] = {}
        for index, token in enumerate(tokens):
            phrases = starting.get(token.lemmas)
            if phrases is None:
                phrases = self._starting_at(token.form, token.lemmas)
                if phrases:
                    if present is None:
                        present = set().union(*[t.lemmas for t in tokens])
                    phrases = _viable(phrases, present, viable, rules)
                starting[token.lemmas] = phrases
            for phrase in phrases:
                if len(phrase.words) == 1:
                    append((phrase.payload, index, index, phrase.text))
                    continue
                if cuts is None:
                    cuts = phrase_cuts(doc)
                last = match_rest(tokens, cuts, phrase.words, index, phrase.max_gap)
                if last is not None:
                    append((phrase.payload, index, last, phrase.text))
        return found


def _viable(
    phrases: tuple[Phrase, ...],
    present: set[str],
    viable: dict[int, bool],
    rules: set[int] | None,
) -> tuple[Phrase, ...]:
    """`phrases` without those a later word of which has no lemma in `present` (the post's
    lemmas), decided once per post and phrase (`viable`), and with `rules`, without the own
    words of other rules."""
    kept = []
    for phrase in phrases:
        if rules is not None and phrase.rule >= 0 and phrase.rule not in rules:
            continue
        if phrase.needs:
            ok = viable.get(id(phrase))
            if ok is None:
                ok = viable[id(phrase)] = all(not need.isdisjoint(present) for need in phrase.needs)
            if not ok:
                continue
        kept.append(phrase)
    return tuple(kept)


def _words(words: Words, lang: str) -> Iterable[str]:
    yield from words.get(lang, ())  # type: ignore[call-overload]
    yield from words.get("en", ())


@dataclass
class CompiledRules:
    """Everything the extractor needs from a `ClaimsFile`, per post language."""

    config: ClaimsFile
    phrases: dict[str, PhraseSet]
    prefilter: Prefilter
    # the rules that read the sentence before and take its place (`prefilter.reads_before`)
    reads_before: frozenset[int] = frozenset()

    @classmethod
    def compile(cls, config: ClaimsFile) -> CompiledRules:
        phrases = {lang: PhraseSet(lang) for lang in LANGS}
        keys: set[str] = set()
        placeless: dict[str, int] = {}  # stem → bits of the place-optional rules it triggers
        context: dict[str, int] = {}  # stem → bits of those rules whose context it is
        aftermath: set[str] = set()  # stems of the rules that read the sentence before
        bits = _placeless_bits(config)
        triggers: dict[str, TriggerWords] = {}
        for lang in LANGS:
            key_words: list[WordPattern] = []
            for index, rule in enumerate(config.rules):
                for kind, words in (
                    ("trigger", rule.triggers),
                    ("context", rule.context),
                    ("unless", rule.unless),
                    ("not_after", rule.place_not_after),
                    ("prefer_after", rule.place_prefer_after),
                    ("civil", rule.civil),
                    ("armed", rule.armed),
                    ("unarmed", rule.unarmed),
                ):
                    for text in _words(words, lang):
                        phrases[lang].add(text, (kind, index), rule.adjacent and kind == "trigger")
                        if kind == "trigger":
                            key_words.append(pattern(_key_word(text), lang))
                            found = surface_keys(_key_word(text), lang)
                            keys.update(found)
                            if reads_before(rule):
                                aftermath.update(found)
                            for key in found if index in bits else ():
                                placeless[key] = placeless.get(key, 0) | bits[index]
                        elif kind == "context" and index in bits and bits[index] > 1:
                            for key in surface_keys(_key_word(text), lang):
                                context[key] = context.get(key, 0) | bits[index]
            for name in CUE_NAMES:
                for text in _words(getattr(config.cues, name), lang):
                    phrases[lang].add(text, (name, 0))
            triggers[lang] = TriggerWords(
                lang,
                (lemma for w in key_words for lemma in w.lemmas),
                (w.prefix for w in key_words if w.prefix),
                phrases[lang].lexicon,
            )
        prefilter = Prefilter(keys, placeless, context, triggers, aftermath)
        before = frozenset(i for i, rule in enumerate(config.rules) if reads_before(rule))
        return cls(config, phrases, prefilter, before)

    def regions(self, text: str, mentions: list[PlaceMention]) -> list[tuple[int, int]]:
        """The lines of `text` worth tokenising; empty when the post cannot hold a claim."""
        return self.prefilter.regions(text, mentions)

    def trigger_languages(
        self, text: str, regions: list[tuple[int, int]], evidence: str | None = ""
    ) -> set[str]:
        """The languages in which a word in `regions` of `text` can be a trigger's key word
        (`evidence`: the text's `language_evidence`; "" for not known)."""
        return self.prefilter.trigger_languages(text, regions, evidence)


def _placeless_bits(config: ClaimsFile) -> dict[int, int]:
    """Rule index → its bit, for the rules that need no place: 1 for those whose trigger alone
    counts, a bit of its own (2, 4, ...) for each that also needs a context word near it."""
    bits: dict[int, int] = {}
    next_bit = 2
    for index, rule in enumerate(config.rules):
        if rule.place != "optional":
            continue
        if rule.context and rule.context_scope == "window":
            bits[index] = next_bit
            next_bit <<= 1
        else:
            bits[index] = 1
    return bits


def _key_word(phrase: str) -> str:
    """The word of a phrase the prefilter looks for: the longest, the last one on a tie
    («противник атакувати» → «атакувати»: the event, not the actor)."""
    words = phrase.split()
    return max(reversed(words), key=len)


def _tag(doc: Doc, hit: Hit) -> bool:
    """Whether the trigger is a hashtag among the post's labels («… удар по Индустриальному
    району.\n\n#Харків #КАБ», «Сумы. #обстрел»): only hashtags follow it on its line, which
    tell of nothing at the places beside them. A hashtag read as a word («#КАБ по Харькову»,
    «#Обстріл Херсона триває») stays a trigger."""
    text = doc.text
    start = doc.tokens[hit.first].start
    if start == 0 or text[start - 1] != "#":
        return False
    end = text.find("\n", start)
    rest = text[doc.tokens[hit.last].end : len(text) if end < 0 else end]
    return all(word.startswith(("#", "_", "http")) for word in _WORDS_OF_A_LINE.findall(rest))


# a line's words, hashtags with their «#» (a tag's own tail after an underscore, «_новости»,
# starts with it) and links as one word each: what follows a tag to the line's end
_WORDS_OF_A_LINE = re.compile(r"https?://\S+|#?\w+")
