"""Which town an axis adjective resolves to, for every town of the front (a review aid).

usage: python tools/check_axes.py [--settlements] [--everywhere]

For each town (and city) of Ukraine in the front's raions (`[front] raions` of
config/places.toml; all of Ukraine with --everywhere; settlements too with --settlements), forms
its axis adjective the way posts write it, from its name by the rules of `monitor.places.axes`
and from the adjective of the hromada it is the seat of, puts it in a sentence («Бои на X
направлении.», «Бої на X напрямку.») and prints those that the matcher resolves to anything but
the town. An oblast named alike is right by the labelling conventions (харьковское → Kharkiv
Oblast), a larger namesake in the theatre is right by design (покровское → Pokrovsk, not
Pokrov); anything else is a gap to look at. Also lists the towns no adjective is made of (an
axis named by the town's district adjective, `axes.district_axis_forms`, is not tried: such a
town may still have that one, Пологи: «Пологівський напрямок»).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.config import load_settings  # noqa: E402
from monitor.places.axes import _adjectival_key, _axis_adjectives  # noqa: E402
from monitor.places.gazetteer import Gazetteer, GazetteerPlace  # noqa: E402
from monitor.places.loading import load_gazetteer, load_matcher  # noqa: E402
from monitor.places.matcher import PlaceMatcher  # noqa: E402
from monitor.text.normalize import normalize_key  # noqa: E402

SENTENCE = {
    "ru": ("Бои на {} направлении.", "ом", "ru"),
    "uk": ("Бої на {} напрямку.", "ому", "ua"),
}
FEMININE = ("ська", "цька", "зька", "ская", "цкая", "зкая")


def adjectives(gaz: Gazetteer, place: GazetteerPlace, lang: str) -> list[str]:
    """The masculine (Ukrainian) or neuter (Russian) axis adjectives of the town."""
    name = place.name_ru if lang == "ru" else place.name_uk
    word = _adjectival_key(name or "")
    found = _axis_adjectives(word, lang) if word else []
    names = gaz.names[place.key]
    for seat in names.adj_ru if lang == "ru" else names.adj_uk:
        seat = normalize_key(seat)
        if seat.endswith(FEMININE):
            found.append(seat[:-2] + "ое" if lang == "ru" else seat[:-1] + "ий")
    return list(dict.fromkeys(found))


def check(matcher: PlaceMatcher, gaz: Gazetteer, place: GazetteerPlace) -> list[str]:
    """Lines for each axis of the town that does not resolve to it alone."""
    lines = []
    for lang, (sentence, ending, side) in SENTENCE.items():
        found = adjectives(gaz, place, lang)
        if not found:
            lines.append(f"no adjective  {lang} {place.key}")
        for adjective in found:
            text = sentence.format((adjective[:-2] + ending).capitalize())
            keys = [m.place_key for m in matcher.find(text, side=side)]
            if keys != [place.key]:
                lines.append(f"resolves to {keys}  {lang} {place.key}: {text}")
    return lines


def main() -> None:
    settings = load_settings(ROOT / "config")
    gaz = load_gazetteer(settings)
    matcher = load_matcher(settings, gaz)
    front = matcher.resolver.front  # the settlements of `[front] raions`, by index
    kinds = {"city", "town"} | ({"settlement"} if "--settlements" in sys.argv else set())
    for index, key in enumerate(matcher.keys):
        place = gaz.places[key]
        if place.country != "UA" or place.kind not in kinds:
            continue
        if "--everywhere" not in sys.argv and (front is None or index not in front):
            continue
        for line in check(matcher, gaz, place):
            print(line)


if __name__ == "__main__":
    main()
