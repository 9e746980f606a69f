"""How one word of a trigger phrase in `config/claims.toml` matches a word of a post: any form
of its lemmas («взять» matches «взяли»), a prefix (`stem*`: «штурмов*»), or one form as written
(`=form`: «=всё» matches «всё», not «всем» nor «всех», which share its lemma)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from monitor.text.lemmas import fold_word, lemmas_of, morph_analyzer, phrase_lemmas

# How many first letters of a trigger's forms the prefilter looks for.
PREFILTER_KEY = 4


@dataclass(frozen=True, slots=True)
class WordPattern:
    lemmas: frozenset[str] = frozenset()
    prefix: str = ""
    exact: bool = False  # `prefix` is the whole form

    def matches(self, form: str, lemmas: tuple[str, ...]) -> bool:
        """Whether a word of a post (`form` folded, with its lemmas) is one this matches."""
        if self.prefix:
            return self.matches_form(form)
        return not self.lemmas.isdisjoint(lemmas)

    def matches_form(self, form: str) -> bool:
        """For a pattern with a prefix: whether `form` (folded) is one it matches."""
        return form == self.prefix if self.exact else form.startswith(self.prefix)


def pattern(word: str, lang: str) -> WordPattern:
    if word.endswith("*") and len(word) > 1:
        return WordPattern(prefix=fold_word(word[:-1]))
    if word.startswith("=") and len(word) > 1:
        return WordPattern(prefix=fold_word(word[1:]), exact=True)
    return WordPattern(lemmas=frozenset(phrase_lemmas(word, lang)))


@lru_cache(maxsize=20_000)
def surface_keys(word: str, lang: str) -> frozenset[str]:
    """Short prefixes of every form of `word`: some of them occur in any text the word is in."""
    if word.endswith("*"):
        return frozenset({fold_word(word[:-1])})
    if word.startswith("="):
        return frozenset({fold_word(word[1:])[:PREFILTER_KEY]})
    form = fold_word(word)
    forms = {form}
    if not form.isascii():
        for lemma in lemmas_of(form, lang):
            for parse in morph_analyzer(lang).parse(lemma)[:2]:
                forms.update(fold_word(f.word) for f in parse.lexeme)
    return frozenset(f[:PREFILTER_KEY] for f in forms)
