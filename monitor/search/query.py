"""What a search query means: groups of alternatives, every group required.

How morphology is handled (and why this way): the index holds the post text as written (only
ё folded to е), tokenised by FTS5's `unicode61` tokenizer on SQLite and by the `simple` text
search configuration on PostgreSQL; the *query* is expanded instead of the index being
lemmatised:

- a dictionary word becomes every form of its lexeme, from pymorphy3's Russian and Ukrainian
  dictionaries (each that knows the word): «газопровод» → газопровода, газопроводе, ...; not
  the comparatives and superlatives of a positive adjective, and in a place name only the
  adjective forms that agree with the name (see `_lexeme_forms`);
- a word neither dictionary knows becomes a prefix query on its stem (its inflection ending cut,
  at least four letters kept): «Локня» → локн*;
- a place name the analyzer's matcher recognises also matches every post the analyzer linked to
  that place (`mentions`), which brings in its Latin and other-language spellings («Sudzha» finds
  «в Судже», «Суджі»).

Why not a lemmatised column: the FTS index is kept in sync by SQL triggers, which cannot call
pymorphy3; a column computed in Python would have to be written by every writer and rebuilt
whenever a dictionary changes. Expanding the query keeps the index a plain function of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from monitor.domain import PlaceMention
from monitor.text.lemmas import LATIN_RE, WORD_RE, english_stem, fold_word, morph_analyzer

PART_RE = re.compile(r"[^\W_]+")
MIN_STEM = 4
MAX_FORMS = 160
# Words too common to require: they would only make a query miss posts.
STOPWORDS = frozenset(
    (  # noqa: SIM905
        "в во на у из с со к ко до по под за о об и й та а не но да же ли что що або від "
        "the of in and a an to"
    ).split()
)
# Inflection endings cut from words no dictionary knows, longest first.
_ENDINGS = sorted(
    (  # noqa: SIM905
        "а я о е ё ы и і ї у ю ь й є ой ей ою ею ом ем ам ям ах ях ами ями ов ев ий ый ая яя ое "
        "ее ые ие ого его ому ему ых их ым им ую юю ові еві ів їв ка ки ку ке ков ці"
    ).split(),
    key=len,
    reverse=True,
)


@dataclass(frozen=True, slots=True)
class Term:
    """One token sequence to match: a phrase of `parts`; `prefix` applies to the last part."""

    parts: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Word:
    """One word of the query: any of its `terms` satisfies it."""

    text: str
    terms: tuple[Term, ...]


@dataclass(frozen=True, slots=True)
class Group:
    """A query requirement: all of `words` in the text, or (for a place) a mention of any of
    `place_keys`."""

    label: str
    words: tuple[Word, ...]
    place_keys: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class QueryPlan:
    text: str
    groups: tuple[Group, ...] = field(default_factory=tuple)

    @property
    def empty(self) -> bool:
        return not self.groups

    @property
    def place_keys(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(k for g in self.groups for k in g.place_keys))

    @property
    def exact_forms(self) -> frozenset[str]:
        return frozenset(
            " ".join(t.parts) for g in self.groups for w in g.words for t in w.terms if not t.prefix
        )

    @property
    def prefixes(self) -> tuple[str, ...]:
        return tuple(
            " ".join(t.parts) for g in self.groups for w in g.words for t in w.terms if t.prefix
        )


def fold(word: str) -> str:
    """The form the index holds a word in: casefolded, ё→е, one apostrophe."""
    return fold_word(word)


def stem(word: str) -> str:
    """The word with one inflection ending cut, keeping at least MIN_STEM letters."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def _term(form: str, prefix: bool = False) -> Term | None:
    parts = tuple(PART_RE.findall(form))
    return Term(parts, prefix) if parts else None


def _lexeme_forms(word: str, agree: bool = False) -> dict[str, None]:
    """Every form of the word's lexemes in each dictionary that knows it; a lemma one dictionary
    gives and the other knows is expanded there too («суджі» → суджа → ru «суджи»), and so is
    its counterpart in the other language («газопровод» ↔ «газопровід», see `counterparts`).
    A word of the positive degree leaves out its lexeme's comparatives and superlatives
    (see DEGREES); with `agree` (a word of a place name), an adjective keeps the gender or number
    of its own parses: «Курская область» is never «курского», only «курской», «курську»…"""
    forms: dict[str, None] = {}
    lemmas: dict[tuple[str, str], tuple[str | None, bool]] = {}  # -> (part of speech, positive)
    agreements = frozenset(
        _agreement(parse.tag)
        for lang in ("ru", "uk")
        for parse in _parses(morph_analyzer(lang), word)
        if agree and parse.tag.POS in ADJECTIVES
    )
    for lang in ("ru", "uk"):
        for parse in _parses(morph_analyzer(lang), word):
            positive = not DEGREES & parse.tag.grammemes
            lemmas.setdefault((lang, fold(parse.normal_form)), (parse.tag.POS, positive))
            forms.update(_forms(parse, positive, agreements))
    wanted: dict[str, tuple[str | None, bool]] = {}
    for (_, lemma), kind in lemmas.items():
        wanted.setdefault(lemma, kind)
    for (lang, lemma), kind in lemmas.items():
        for counterpart in counterparts(lemma, lang, kind[0]):
            wanted.setdefault(counterpart, kind)
    for lang in ("ru", "uk"):
        morph = morph_analyzer(lang)
        for lemma, (pos, positive) in wanted.items():
            if lemma != word and morph.word_is_known(lemma):
                parse = _lemma_parse(morph, lemma, pos)
                if parse is not None:
                    forms.update(_forms(parse, positive, agreements))
    return forms


# Comparatives and superlatives, which pymorphy3 files under the positive adjective
# («меньший», «наименьшую», «больше» under «малый», «большой»): another word to a reader, and
# more than half of such a lexeme (every form of a query word is a term ranked on every post).
DEGREES = frozenset({"COMP", "Supr"})


ADJECTIVES = frozenset({"ADJF", "ADJS", "PRTF", "PRTS"})


def _parses(morph: Any, word: str) -> list[Any]:
    """The dictionary's likely parses of a word it knows."""
    if not morph.word_is_known(word):
        return []
    return [p for p in morph.parse(word)[:3] if p.score >= 0.1 and p.is_known]


def _agreement(tag: Any) -> str | None:
    """What an adjective agrees in besides case: its gender, or the plural (both dictionaries)."""
    return "plur" if "plur" in tag.grammemes else tag.gender


def _forms(parse: Any, positive: bool, agreements: frozenset[str | None]) -> dict[str, None]:
    """The folded forms of the parse's lexeme; `positive`: of the positive degree only;
    `agreements`: an adjective's forms of those genders or the plural only (if any given)."""
    return {
        fold(f.word): None
        for f in parse.lexeme
        if not (positive and DEGREES & f.tag.grammemes)
        and not (agreements and f.tag.POS in ADJECTIVES and _agreement(f.tag) not in agreements)
    }


def _lemma_parse(morph: Any, lemma: str, pos: str | None) -> Any:
    """The dictionary's parse of `lemma` as a lemma of that part of speech, if it has one: a
    lemma spelt like another word's form there is not expanded as that word (the Ukrainian
    «малий» is a Russian name's genitive plural)."""
    for parse in morph.parse(lemma):
        if fold(parse.normal_form) == lemma and (pos is None or pos == parse.tag.POS):
            return parse
    return None


# Letters that regularly differ between a Russian word and its Ukrainian cognate: Ukrainian і
# for Russian о/е in a closed syllable (газопровод ↔ газопровід, кот ↔ кіт) and for и (линия ↔
# лінія); и for ы; є for е; the apostrophe for ъ. Options per letter, the letter itself first.
_TO_UK = {"о": "оі", "е": "еєі", "и": "иі", "ы": "и", "э": "е", "ъ": "'"}
_TO_RU = {"і": "иое", "ї": "и", "є": "е", "и": "иы", "ґ": "г", "'": "ъ"}
_MAX_VARIANTS = 512


def counterparts(lemma: str, lang: str, pos: str | None) -> list[str]:
    """Lemmas of the other language's dictionary that spell `lemma` with the regular letter
    correspondences and are the same part of speech: «газопровод» (ru) → «газопровід» (uk)."""
    table, other = (_TO_UK, "uk") if lang == "ru" else (_TO_RU, "ru")
    if len(lemma) < MIN_STEM or not any(c in table for c in lemma):
        return []
    morph = morph_analyzer(other)
    found = []
    for variant in _variants(lemma, table):
        if variant == lemma or not morph.word_is_known(variant):
            continue
        for parse in morph.parse(variant)[:3]:
            if fold(parse.normal_form) == variant and pos == parse.tag.POS and parse.is_known:
                found.append(variant)
                break
    return found


def _variants(word: str, table: dict[str, str]) -> list[str]:
    """Spellings of `word` with any of its letters replaced by their options (at most
    _MAX_VARIANTS, the fewest changes first)."""
    variants = [""]
    for letter in word:
        options = table.get(letter, letter)
        variants = [v + o for v in variants for o in options][:_MAX_VARIANTS]
    return variants


@lru_cache(maxsize=4096)
def expand_word(word: str, place: bool = False) -> tuple[Term, ...]:
    """The terms a (folded) query word stands for: see the module docstring. A word of a place
    name also matches its stem as a prefix (names the dictionaries decline only in part)."""
    if word.isdigit():
        return (Term((word,)),)
    if LATIN_RE.match(word):
        base = english_stem(word)
        return (Term((base,), prefix=len(base) >= MIN_STEM),)
    forms = _lexeme_forms(word, agree=place)
    forms.pop(word, None)
    terms = [_term(f) for f in [word, *forms][:MAX_FORMS]]
    base = stem(word)
    if (not forms or place) and len(base) >= MIN_STEM:
        terms = [_term(base, prefix=True)] if not forms else [*terms, _term(base, prefix=True)]
    return tuple(dict.fromkeys(t for t in terms if t))


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), fold(m.group())) for m in WORD_RE.finditer(text)]


def parse_query(text: str, mentions: list[PlaceMention] | None = None) -> QueryPlan:
    """The plan for `text`. `mentions` are the analyzer matcher's findings in `text`: each place
    becomes a group satisfied by its words or by the posts the analyzer linked to it."""
    words = _words(text)
    groups: list[Group] = []
    used: set[int] = set()
    for mention in mentions or []:
        inside = [
            (i, w) for i, w in enumerate(words) if w[0] >= mention.start and w[1] <= mention.end
        ]
        if not inside:
            continue
        used.update(i for i, _ in inside)
        group_words = tuple(
            Word(w[2], expand_word(w[2], place=True)) for _, w in inside if w[2] not in STOPWORDS
        )
        groups.append(Group(mention.surface, group_words, (mention.place_key,)))
    for index, (_, _, word) in enumerate(words):
        if index in used or word in STOPWORDS:
            continue
        terms = expand_word(word)
        if terms:
            groups.append(Group(word, (Word(word, terms),)))
    merged = _merge_places(groups)
    return QueryPlan(text, tuple(merged))


def _merge_places(groups: list[Group]) -> list[Group]:
    """One group per place: «Суджа Sudzha» asks for the place once."""
    seen: dict[tuple[str, ...], int] = {}
    out: list[Group] = []
    for group in groups:
        if group.place_keys and group.place_keys in seen:
            continue
        if group.place_keys:
            seen[group.place_keys] = len(out)
        out.append(group)
    return out


def exact_only(plan: QueryPlan) -> QueryPlan | None:
    """The plan without its prefix terms, which then asks for fewer posts (a subset of its
    candidates); None when the plan has no prefix term, or a word has nothing else."""
    if not plan.prefixes:
        return None
    groups = []
    for group in plan.groups:
        words = []
        for word in group.words:
            terms = tuple(t for t in word.terms if not t.prefix)
            if not terms:
                return None
            words.append(Word(word.text, terms))
        groups.append(Group(group.label, tuple(words), group.place_keys))
    return QueryPlan(plan.text, tuple(groups))


def _fts5_term(term: Term) -> str:
    phrase = '"' + " ".join(term.parts) + '"'
    return phrase + "*" if term.prefix else phrase


def fts5_expression(words: tuple[Word, ...]) -> str:
    """An FTS5 MATCH expression requiring every word (any of its terms). Terms are quoted, so
    FTS5 tokenises them exactly as it tokenised the text, and no query syntax leaks in."""
    return " AND ".join("(" + " OR ".join(_fts5_term(t) for t in w.terms) + ")" for w in words)


def _ts_term(term: Term) -> str:
    lexemes = [f"'{part}'" for part in term.parts]
    if term.prefix:
        lexemes[-1] += ":*"
    return " <-> ".join(lexemes) if len(lexemes) > 1 else lexemes[0]


def tsquery_expression(words: tuple[Word, ...]) -> str:
    """The same requirement as a PostgreSQL `to_tsquery('simple', ...)` string. Parts hold only
    letters and digits (PART_RE), so quoting them is enough.

    Written for ts_rank, which sorts the query's distinct lexemes on every call (up to 8 µs a
    post for a word of a hundred forms): terms in descending byte order, words too (by their
    greatest term), as PostgreSQL's sort returns at once on items already in order (it stores
    them last first). An exact term that a prefix term of the same word also matches is left
    out: ts_rank keeps one of two equal lexemes, and which one depended on the order."""
    ordered = sorted((_ranked_terms(w) for w in words), key=lambda t: _sort_key(t[0]), reverse=True)
    return " & ".join("(" + " | ".join(_ts_term(t) for t in terms) + ")" for terms in ordered)


def _sort_key(term: Term) -> bytes:
    """PostgreSQL's order of lexemes: bytes, a prefix of another first."""
    return term.parts[0].encode()


def _ranked_terms(word: Word) -> list[Term]:
    """The word's terms for `tsquery_expression`: greatest first, no exact twin of a prefix."""
    prefixes = {t.parts[0] for t in word.terms if t.prefix and len(t.parts) == 1}
    terms = [t for t in word.terms if t.prefix or len(t.parts) > 1 or t.parts[0] not in prefixes]
    return sorted(terms, key=_sort_key, reverse=True)
