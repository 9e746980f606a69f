"""The fast paths of the analysis give exactly what the slow, plain ways give."""

from __future__ import annotations

import pickle
import random
import re
import unicodedata
from operator import attrgetter

import pytest

from monitor.claims.extractor import ClaimExtractor
from monitor.claims.rules import (
    PHRASE_BREAKS,
    RULE_KINDS,
    CompiledRules,
    Hit,
    Phrase,
    PhraseSet,
)
from monitor.config import ClaimRule, ClaimsFile, load_settings
from monitor.domain import PlaceMention
from monitor.places.entry_table import EntryTable, FormGroups
from monitor.places.surfaces import Candidate, SurfaceEntry
from monitor.text import language, normalize
from monitor.text.lemmas import APOSTROPHES, Doc, fold_word, tokenize

ALL_BMP = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
PIECES = [
    *"абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
    *"АБВЁЖЗИЙІЇЄҐСОРХ",
    *"acekmopxyhbti ıİßẞøØł",
    " ",
    "  ",
    "\n",
    ".",
    ",",
    "-",
    "'",
    "’",
    "ʼ",
    "\u2011",
    "\u00a0",
    "\u202f",
    "\u00ad",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u0301",
    "\u0306",
    "\u0308",
    "\u0336",
    "🔥",
    "🇺🇦",
    "👨\u200d👩\u200d👧",
    "𝐀",
    "𝑂",
    "🄰",
    "🅐",
    "🆐",
    "\U0001f190",
    "№",
    "½",
    "ﬁ",
    "Ǆ",
    "™",
    "\ufa6c",
    "é",
    "e\u0301",
    "Су́джа",
    "Cуджа",
    "Sudža",
    "Николаи\u0306",
    "_",
]


# The italics rule as a regex: a run of two or more underscores not glued between two letters
# or digits (normalize spaces them with str.find)
ITALIC_MARKS = re.compile(r"(?<!_)(?:(?<![^\W_])_{2,}+|_{2,}+(?![^\W_]))")


def _reference(text: str) -> tuple[str, list[int]]:
    """Normalisation done the plain way, one character at a time, with its offset map."""
    out: list[str] = []
    offsets: list[int] = []
    text = ITALIC_MARKS.sub(normalize._spaces, text)  # spaces: offsets stay put
    for index, char in enumerate(text):
        if char in normalize._DROP:
            continue
        if unicodedata.combining(char) or "\u0483" <= char <= "\u0489":
            composed = normalize._compose(out[-1], char) if out else None
            if composed is not None:
                out[-1] = composed
            continue
        if char in normalize._VARIABLE_CHARS:
            piece = unicodedata.normalize("NFKC", char).casefold().translate(normalize._TABLE)
        else:
            folded = char.casefold()[:1]
            piece = normalize._TABLE.get(ord(folded), folded)
        out.extend(piece)
        offsets.extend([index] * len(piece))
    offsets.append(len(text))
    return normalize._fix_lookalikes("".join(out)), offsets


@pytest.mark.parametrize("seed", range(4))
def test_normalize_fast_paths_equal_the_slow_path(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(3000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randrange(0, 25)))
        norm = normalize.normalize(text)
        expected_text, expected_offsets = _reference(text)
        assert norm.text == expected_text, repr(text)
        offsets = norm.offsets
        assert (offsets or list(range(len(text) + 1))) == expected_offsets, repr(text)
        for start in range(len(norm.text)):
            a, b = norm.span(start, start + 1)
            assert (a, b) == (expected_offsets[start], expected_offsets[start] + 1)


def test_zero_width_only_text_builds_its_offsets_on_use() -> None:
    text = "🇺🇦 Бои у Суд\u200bжи 👨\u200d👩\u200d👧"
    norm = normalize.normalize(text)
    assert norm.text == "🇺🇦 бои у суджи 👨👩👧"
    start = norm.text.index("суджи")
    a, b = norm.span(start, start + 5)
    assert text[a:b] == "Суд\u200bжи"


@pytest.mark.parametrize("name", ["_VARIABLE", "_MAPPED", "_ATTENTION"])
def test_char_sets_find_exactly_their_characters(name: str) -> None:
    charset = getattr(normalize, name)
    expected = set(charset.full.findall(ALL_BMP))
    assert set(charset.bmp.findall(ALL_BMP)) == expected
    assert {c for c in ALL_BMP if charset.search(c)} == expected
    astral = "".join(chr(c) for c in range(0x1D000, 0x1F300))
    assert {c for c in astral if charset.search(c)} == set(charset.full.findall(astral))
    assert charset.search("abc 🔥" + astral) == bool(charset.full.search(astral))


def test_no_character_beyond_plane_one_needs_attention() -> None:
    """`_attention` looks at planes 0 and 1 only: nothing beyond them changes on casefolding."""
    assert all(chr(c).casefold() == chr(c) for c in range(0x20000, 0x110000))


@pytest.mark.parametrize(
    "letter",
    sorted(
        set(
            "".join(language.UK_WORDS + language.WEAK_UK_WORDS + language.RU_WORDS)
            + language.UK_LETTERS
            + language.RU_LETTERS
        )
    ),
)
def test_case_classes_match_what_ignorecase_matches(letter: str) -> None:
    expected = set(re.findall(re.escape(letter), ALL_BMP, re.I))
    assert set(re.findall(language.case_class(letter), ALL_BMP)) == expected


def test_language_evidence_equals_the_defining_regexes() -> None:
    def reference(text: str) -> str | None:
        if language.UK_EVIDENCE.search(text):
            uk_words = re.search(rf"\b(?:{'|'.join(language.UK_WORDS)})\b", text, re.I)
            in_names = not uk_words and not language.UK_IN_A_WORD.search(text)
            if language.RU_EVIDENCE.search(text) and in_names:
                return "ru"
            return "uk"
        if language.RU_EVIDENCE.search(text):
            return "ru"
        return "uk" if language.WEAK_UK_EVIDENCE.search(text) else None

    pieces = [
        *"щоШОтаТАцеЦЕвідабозгрилчэыъЫЭЪіїєґІЇЄҐ",
        " ",
        ".",
        "-",
        "_",
        "1",
        "ᲀ",
        "ᲂ",
        "ᲄ",
        "\u0301",
        " що ",
        "ТА ",
        "(або)",
        "_що",
        "1та",
        "що",
        "Это",
        "при",
    ]
    rnd = random.Random(7)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 10)))
        assert language.language_evidence(text) == reference(text), repr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Харькове ракета попала в жилой дом, трое человек погибли.", "ru"),
        ("Дрон упал после атаки, где был склад", "ru"),
        ("Ракета влучила в будинок, його зруйновано", "uk"),
        ("Кинджал вектор Житомир", None),
        # «та» is Russian too: «та, что под Купянском», «та самая «перегруппировка»»
        ("Освобождена Ивановка — та, что под Купянском", "ru"),
        ("Была та самая перегруппировка", "ru"),
        ("Шахеди та ракети на Харків", "uk"),
        ("Ракети та дрони", "uk"),
        # a Russian post that names a Ukrainian outlet, a Ukrainian one that quotes Russian
        ("Источник: «Суспільне»\n\nЛиманская администрация объявила эвакуацию из Лимана и "
         "сёл громады, в том числе Дробышево и Рубцы.", "ru"),
        ("Росіяни пишуть у своїх пабліках: «наши взяли Суджу и идут дальше».", "uk"),
        ("ЗСУ відбили штурм у Часовому Яру.\nZ-каналы: «Это был тяжелый бой, но мы вернемся».",
         "uk"),
        ("Наши штурмовики уже на окраинах Куп'янська и Кучерівки.", "ru"),
    ],
)  # fmt: skip
def test_language_evidence_of_function_words(text: str, expected: str | None) -> None:
    assert language.language_evidence(text) == expected


def test_fold_word_equals_casefold_and_the_apostrophe_table() -> None:
    pieces = [*"абвгдеёЁжзийІЇҐьў", *"’ʼ`‘'-", *"ßİAbcQ1٣ᲀǄ"]
    rnd = random.Random(11)
    for _ in range(20000):
        word = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 7)))
        assert fold_word(word) == word.casefold().translate(APOSTROPHES), repr(word)


def test_entry_table_keeps_entries_through_pickling() -> None:
    entries = [
        SurfaceEntry((Candidate(3, 0, "ru"), Candidate(7, 1, "uk")), False),
        SurfaceEntry((Candidate(1, 3, "lat"),), True),
        SurfaceEntry((Candidate(70000, 2, "ru"),), False),
    ]
    table = pickle.loads(pickle.dumps(EntryTable.build(entries)))
    assert len(table) == 3
    assert [table.entry(i) for i in range(3)] == entries
    assert table.entry(1) is table.entry(1)


def test_form_groups_give_back_their_groups_after_pickling() -> None:
    groups = [
        (("малая локня", 3), ("малая-локня", 9)),
        (("", 0),),
        (("x", 70000), ("суджа", 2), ("y", 1)),
        (("біла церква", 12),),
    ]
    stored = pickle.loads(pickle.dumps(FormGroups(groups)))
    assert len(stored) == len(groups)
    assert [stored[slot] for slot in range(len(groups))] == groups
    assert stored[2] is stored[2]
    assert len(FormGroups([])) == 0


def test_claim_prefilter_skips_posts_without_a_trigger_word() -> None:
    rules = ClaimsFile(rules=[ClaimRule(type="capture", triggers={"ru": ["освободить"]})])
    compiled = ClaimExtractor(rules)._compiled
    quiet = "Погода в Судже: солнечно, плюс пять"
    told = "Наши бойцы освободили Суджу"
    assert compiled.trigger_languages(quiet, [(0, len(quiet))]) == set()
    assert compiled.trigger_languages(told, [(0, len(told))]) == {"ru"}
    assert compiled.phrases["ru"].find_for_claims(tokenize(quiet, "ru")) == ([], [])
    hits, triggers = compiled.phrases["ru"].find_for_claims(tokenize(told, "ru"))
    assert [h.phrase for h in triggers] == ["освободить"]
    assert hits == compiled.phrases["ru"].find(tokenize(told, "ru"))


def test_claim_prefilter_lines_for_rules_that_need_no_place() -> None:
    rules = ClaimsFile(
        rules=[
            ClaimRule(type="capture", triggers={"ru": ["освободить"]}),
            ClaimRule(
                type="casualties",
                place="optional",
                triggers={"ru": ["потерять"]},
                context={"ru": ["военнослужащий"]},
            ),
            ClaimRule(type="strike", place="optional", triggers={"ru": ["массированный удар"]}),
        ]
    )
    compiled = ClaimExtractor(rules)._compiled
    # a later trigger stem of another rule in the line does not hide the place-free one
    text = "Нанесён массированный удар, позже наши освободили село\nПогода хорошая\nБои у Суджи"
    start = text.index("Суджи")
    mention = PlaceMention("sudzha", start, start + 5, "Суджи", 1.0, "test")
    first_line = (0, text.index("\n"))
    assert first_line in compiled.regions(text, [mention])
    # a rule that needs a context word is read only where that word is in the line
    lost = "Противник потерял до 1500 военнослужащих\nОн потерял ключи"
    assert compiled.regions(lost, []) == [(0, lost.index("\n"))]


def _plain_phrase_hits(phrases: PhraseSet, doc: Doc) -> list[Hit]:
    """Every phrase of `phrases` tried at every token the plain way."""
    found = []
    for phrase in _all_phrases(phrases):
        for first, token in enumerate(doc.tokens):
            if phrase.words[0].matches(token.form, token.lemmas):
                last = _plain_rest(doc, phrase, first)
                if last is not None:
                    found.append(Hit(phrase.payload, first, last, phrase.text))
    return found


def _plain_rest(doc: Doc, phrase: Phrase, first: int) -> int | None:
    """The last token of `phrase` from token `first` on: its words in order, at most its
    `max_gap` others between (MAX_GAP; none for a place marker that opens with a preposition),
    in one sentence, no phrase break in the text between."""
    tokens, position = doc.tokens, first
    for word in phrase.words[1:]:
        for candidate in range(position + 1, min(position + 2 + phrase.max_gap, len(tokens))):
            between = doc.text[tokens[position].end : tokens[candidate].start]
            if tokens[candidate].sentence != tokens[first].sentence or any(
                mark in between for mark in PHRASE_BREAKS
            ):
                return None
            if word.matches(tokens[candidate].form, tokens[candidate].lemmas):
                position = candidate
                break
        else:
            return None
    return position


def test_claim_phrase_hits_equal_the_plain_reading() -> None:
    """The extractor's phrase search (a trigger pass first, the rules' own words only for the
    rules triggered, one table of sentence and punctuation cuts per post) finds what trying
    every phrase at every token finds, then kept as the extractor keeps it."""
    phrases = CompiledRules.compile(load_settings().claims).phrases["ru"]
    words = sorted({w.rstrip("*") for p in _all_phrases(phrases) for w in p.text.split()})
    gaps = [" ", " ", " ", ", ", " — ", ". ", "\n", ": ", " (", ") ", "; ", " – ", "\n\n"]
    rnd = random.Random(7)
    for _ in range(400):
        text = "".join(rnd.choice(words) + rnd.choice(gaps) for _ in range(rnd.randrange(1, 30)))
        lines = [m.span() for m in re.finditer(r"[^\n]+", text)]
        ranges = rnd.sample(lines, rnd.randrange(1, len(lines) + 1)) if lines else None
        doc = tokenize(text, "ru", ranges=sorted(ranges) if ranges else None)
        plain = _plain_phrase_hits(phrases, doc)
        rules = {h.payload[1] for h in plain if h.payload[0] == "trigger"}
        kept = [h for h in plain if h.payload[0] not in RULE_KINDS or h.payload[1] in rules]
        hits, triggers = phrases.find_for_claims(doc)
        key = attrgetter("first", "last", "payload", "phrase")
        assert sorted(hits, key=key) == (sorted(kept, key=key) if rules else []), text
        assert triggers == [h for h in hits if h.payload[0] == "trigger"]
        assert sorted(phrases.find(doc), key=key) == sorted(plain, key=key), text


def _all_phrases(phrases: PhraseSet) -> list[Phrase]:
    groups = [*phrases.by_lemma.values(), *phrases.by_prefix.values()]
    return list({id(p): p for group in groups for p in group}.values())
