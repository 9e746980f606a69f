"""Normalisation keeps a map back to the original text."""

from __future__ import annotations

from monitor.text.normalize import normalize, normalize_key


def _back(text: str, needle: str) -> str:
    norm = normalize(text)
    start = norm.text.index(needle)
    a, b = norm.span(start, start + len(needle))
    return text[a:b]


def test_casefold_and_yo() -> None:
    assert normalize("Плёхово ЁЛКА").text == "плехово елка"


def test_apostrophes_and_dashes_unified() -> None:
    assert normalize("Кам’янський Курск\u2011Восточный").text == "кам'янський курск-восточный"
    assert normalize("Кам\u02bcянка").text == "кам'янка"


def test_zero_width_and_soft_hyphen_dropped_with_offsets() -> None:
    text = "в Суд\u00adж\u200bе сегодня"
    assert normalize(text).text == "в судже сегодня"
    assert _back(text, "судже") == "Суд\u00adж\u200bе"


def test_markdown_emphasis_dropped_with_offsets() -> None:
    text = "На **Кураховском** направлении, в ~~Часов Яре~~"
    assert normalize(text).text == "на кураховском направлении, в часов яре"
    assert _back(text, "часов яре") == "Часов Яре"
    assert normalize("@rybar_kursk").text == "@rybar_kursk"  # a handle keeps its underscore
    # marks glued between two words part them
    text = "Бахмут*Соледар**Северск"
    assert normalize(text).text == "бахмут соледар  северск"
    assert _back(text, "северск") == "Северск"
    # the fast way (marks only) and the general one (other characters to drop too) agree
    for text in ("**Суджа**", "**Суд\u00adжа** и Бахмут*Соледар"):
        norm = normalize(text)
        assert _back(text, "суджа") == text[text.index("С") : text.index("а") + 1]
        assert norm.offsets is not None and len(norm.offsets) == len(norm.text) + 1


def test_italic_underscores_become_spaces_where_they_mark() -> None:
    """Telethon writes italics as `__text__`: the marks hid the place they wrapped."""
    text = "ВСУ атаковали __Белгород__ ночью, __В Курске__ тихо"
    assert normalize(text).text == "всу атаковали   белгород   ночью,   в курске   тихо"
    assert _back(text, "белгород") == "Белгород"
    # underscores inside a word or a handle are the word's own
    for kept in ("@rybar_kursk", "snake__case", "a___b", "t.me/some__chan"):
        assert normalize(kept).text == kept
    assert normalize("**__Суджа__**").text == "  суджа  "
    assert _back("x __Суд\u00adжа__ y", "суджа") == "Суд\u00adжа"


def _unmarked_by_hand(text: str) -> tuple[str, list[int]]:
    """The rule spelled out a character at a time: a maximal run of `*`/`~` that opens with a
    star between two letters or digits becomes spaces, any other run is dropped."""
    kept: list[tuple[str, int]] = []
    i = 0
    while i < len(text):
        if text[i] not in "*~":
            kept.append((text[i], i))
            i += 1
            continue
        stop = i
        while stop < len(text) and text[stop] in "*~":
            stop += 1
        glued = text[i] == "*" and i > 0 and stop < len(text)
        if glued and text[i - 1].isalnum() and text[stop].isalnum():
            kept.extend((" ", at) for at in range(i, stop))
        i = stop
    return "".join(c for c, _ in kept).casefold(), [at for _, at in kept] + [len(text)]


def test_markdown_offsets_agree_with_the_rule_at_every_character() -> None:
    texts = [
        "**Суджа**",
        "**Суджа** взята.**",
        "На **Кураховском** направлении, в ~~Часов Яре~~",
        "Бахмут*Соледар**Северск и **Торецк**",
        "Бахмут*~Соледар ~*Северск~ a~*b",
        "*a* **b** c**",
        "x**~~y и ~~**z**",
    ]
    for text in texts:
        norm = normalize(text)
        expected_text, expected_offsets = _unmarked_by_hand(text)
        assert norm.text == expected_text, text
        offsets = norm.offsets if norm.offsets is not None else range(len(text) + 1)
        assert list(offsets) == expected_offsets, text


def test_stress_marks_dropped_and_span_maps_back() -> None:
    text = "🔥 В Су́дже бои"
    norm = normalize(text)
    assert "судже" in norm.text
    assert _back(text, "судже") == "Су́дже"


def test_decomposed_letters_compose() -> None:
    assert normalize("Николаи\u0306").text == "николай"
    assert normalize("Киі\u0308в").text == "київ"


def test_latin_lookalikes_inside_cyrillic_words() -> None:
    # "C" and "o" below are Latin letters typed inside Russian words
    assert normalize("Cуджа и Кoреневo").text == "суджа и коренево"
    assert normalize("Sudzha").text == "sudzha"  # pure Latin stays Latin


def test_latin_diacritics_folded() -> None:
    text = "in Sudža today"
    assert normalize(text).text == "in sudza today"
    assert _back(text, "sudza") == "Sudža"


def test_emoji_keep_offsets() -> None:
    text = "🇺🇦🔥 Суджа"
    norm = normalize(text)
    start = norm.text.index("суджа")
    assert norm.span(start, start + 5) == (text.index("С"), len(text))


def test_normalize_key_collapses_whitespace() -> None:
    assert normalize_key("  Малая\u00a0 Локня ") == "малая локня"
