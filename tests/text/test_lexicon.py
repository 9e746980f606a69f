"""`Lexicon`: the lemmas a claim rule can look for, without morphology for most words."""

from __future__ import annotations

from monitor.text.lemmas import Lexicon, parse_word, tokenize

TEXT = (
    "Подразделения заняли Новосёлки и продвинулись к лесополосе.\n"
    "Противник обстреливал окраины, Шмыргуновка-2 под контролем, ВСУ отошли."
)
WANTED = ("занять", "продвинуться", "обстреливать", "всу", "противник", "контроль")


def test_a_form_of_a_wanted_lemma_gets_its_lemmas() -> None:
    lexicon = Lexicon("ru", WANTED)
    assert "занять" in lexicon.parse("заняли")[1]
    assert "продвинуться" in lexicon.parse("Продвинулись")[1]


def test_a_dictionary_word_of_no_wanted_lexeme_is_its_own_lemma() -> None:
    lexicon = Lexicon("ru", WANTED)
    assert lexicon.parse("лесополосе") == ("лесополосе", ("лесополосе",))
    assert parse_word("лесополосе", "ru")[1] != ("лесополосе",)  # pymorphy3 would say more


def test_unknown_and_hyphenated_words_are_parsed() -> None:
    lexicon = Lexicon("ru", WANTED)
    assert lexicon.parse("Шмыргуновка-2") == parse_word("Шмыргуновка-2", "ru")
    assert lexicon.parse("шмыргуновкой") == parse_word("шмыргуновкой", "ru")


def test_tokens_meet_the_wanted_lemmas_as_with_full_morphology() -> None:
    lexicon = Lexicon("ru", WANTED)
    wanted = set(WANTED)
    full = tokenize(TEXT, "ru")
    sieved = tokenize(TEXT, "ru", lexicon=lexicon)
    assert [t.form for t in sieved.tokens] == [t.form for t in full.tokens]
    assert [(t.sentence, t.paragraph) for t in sieved.tokens] == [
        (t.sentence, t.paragraph) for t in full.tokens
    ]
    assert [wanted & set(t.lemmas) for t in sieved.tokens] == [
        wanted & set(t.lemmas) for t in full.tokens
    ]
    assert any(wanted & set(t.lemmas) for t in sieved.tokens)


def test_an_abbreviation_with_an_ending_has_the_abbreviation_for_a_lemma() -> None:
    lexicon = Lexicon("ru", ("каб", "всу"))
    for parse in (lexicon.parse, lambda word: parse_word(word, "ru")):
        assert "каб" in parse("КАБы")[1]
        assert "каб" in parse("КАБами")[1]
        # the conjunction, written as a word, has its own lemmas only
        assert parse("кабы") == ("кабы", ("кабы",))
        assert "каб" not in parse("Кабы")[1]
        # a suffix that is no case ending makes a word of its own: «КАБмін» (the cabinet)
        assert "каб" not in parse("КАБмін")[1]
