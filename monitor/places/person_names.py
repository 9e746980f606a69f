"""Whether a name is a person's: a first name by the dictionary, a surname the post gave with
a first name before."""

from __future__ import annotations

import functools

from monitor.text.lemmas import morph_analyzer


@functools.lru_cache(maxsize=4096)
def first_name(word: str) -> bool:
    """Whether a capitalised word is a first name in the Russian or Ukrainian dictionary's
    likeliest reading (Богдан, Олег; not Белая, Ивановка)."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and any(
            "Name" in morph_analyzer(lang).parse(word)[0].tag.grammemes for lang in ("ru", "uk")
        )
    )


def named_before(text: str, surface: str, start: int) -> bool:
    """Whether the post named a person of this surname before, after a first name: «Татьяна
    Иванова …. Иванова выйдет на сцену» (the singer, not Ivanovo)."""
    if not surface[:1].isupper():
        return False
    at = text.find(surface, 0, start)
    while at > 0:
        words = text[max(0, at - 20) : at].split()
        whole = not text[at + len(surface) : at + len(surface) + 1].isalpha()
        if whole and words and text[at - 1].isspace() and first_name(words[-1]):
            return True
        at = text.find(surface, at + 1, start)
    return False
