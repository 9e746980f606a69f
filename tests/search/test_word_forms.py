"""Which forms a query word stands for (monitor.search.query.expand_word): its lexeme without
another degree of comparison, no lemma read as another word's form, and for a word of a place
name only the adjective forms that agree with the name."""

from __future__ import annotations

from monitor.domain import PlaceMention
from monitor.search.query import expand_word, parse_query


def forms(word: str, place: bool = False) -> set[str]:
    return {" ".join(t.parts) for t in expand_word(word, place=place) if not t.prefix}


def test_a_positive_adjective_leaves_out_comparatives_and_superlatives() -> None:
    found = forms("сильный")
    assert {"сильного", "сильную", "сильных"} <= found
    assert not {"сильнее", "сильнейший", "наисильнейшего"} & found


def test_a_superlative_keeps_its_own_degree() -> None:
    assert {"сильнейший", "наисильнейшего", "сильного"} <= forms("сильнейший")


def test_a_lemma_is_not_expanded_as_another_words_form() -> None:
    """The Ukrainian lemma «малий» is also a Russian name's genitive plural; before, that
    name's forms («малиями») came with «малая»."""
    found = forms("малая")
    assert {"малой", "малий", "малого"} <= found
    assert not {"малия", "малиями", "малиях"} & found


def test_an_adjective_of_a_place_name_keeps_the_names_gender() -> None:
    named = forms("белая", place=True)
    assert {"белая", "белой", "белую", "білої", "білу"} <= named
    assert not {"белого", "белые", "белых", "білого"} & named
    assert {"белого", "белых"} <= forms("белая")  # an ordinary query word keeps them all


def test_an_adjective_of_a_plural_place_name_stays_plural() -> None:
    named = forms("белые", place=True)
    assert {"белые", "белых", "білих"} <= named
    assert not {"белая", "белой", "білої"} & named


def test_a_place_names_nouns_and_its_other_words_keep_their_forms() -> None:
    assert {"рощи", "роще", "рощей"} <= forms("роща", place=True)
    plan = parse_query(
        "Белая Роща большие бои", [PlaceMention("belaya-roshcha", 0, 10, "Белая Роща", 1.0, "")]
    )
    words = {w.text: w for g in plan.groups for w in g.words}
    named = {" ".join(t.parts) for t in words["белая"].terms}
    assert "белого" not in named and "белой" in named
    assert {"большой", "больших"} <= {" ".join(t.parts) for t in words["большие"].terms}
