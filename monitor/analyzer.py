"""The analyzer: places, then claims about them, for one text. Built once per process."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime

from monitor.claims.extractor import ClaimExtractor
from monitor.config import Settings
from monitor.domain import ClaimFinding, PlaceMention
from monitor.gc_pause import built_for_the_process
from monitor.places.city_districts import cities_apart, other_cities_districts
from monitor.places.elliptic_axes import elliptic_axes
from monitor.places.elliptic_facilities import elliptic_facilities
from monitor.places.elliptic_hromadas import elliptic_hromadas
from monitor.places.hromadas import hromadas_apart, hromadas_as_seats
from monitor.places.loading import load_gazetteer, load_matcher
from monitor.places.recent import REMEMBER_CONFIDENCE, ChannelMemory

# Bump when the engine's code changes in a way that changes results.
# 43: the soldiers' codes as numbers, «від початку доби», abbreviated settlement nouns and asides
# in reach, origins carried over, drones downed over a region, «город» pointing to a town,
# capitals among towns, plural names in «-цы», Russian names of front villages;
# 42: forces pulled back by their command, attacks told as failed after the verb, armour hit
# in a tally after the fight, clearing under way, a tracker's heading, «Йдеться про» lists,
# namesakes in the raion and hromada of the names listed with them, curated villages' raions;
# 41: hromadas listed by their adjective, attacks held off, soldiers neutralised, the hurt
# after a weapon's strike with no side named, origins behind «окупованих», Soviet troops,
# targets hit, where a fleeing side ran, build-ups of armour, a weapon's owner, sabotage
# groups crossing, «на этом направлении», a Russian post with Ukrainian names read in Russian;
# 40: a sentence's own areas for its namesakes, the hurt after a strike's whole paragraph,
# prizes, power lost, comments after a relay, comparatives that locate, EW stations;
# 39: victims in the line after a strike's, origins carried no further, a next clause's scene,
# «гучно» in a city, counted settlements taken, bridges no cities, axes no strikes' destinations;
# 35: bare weapons before «по», pressure on a place, corridors, match reports, years ago, long
# and Russian lists of hromadas, city hromadas, struck where hurt, rivers by a town, labelled
# Russian towns, regions that deny a namesake, «X refinery»;
# 34: alert lines counting weapons by destination, «прильот», the districts of Dnipro, Kryvyi
# Rih, Odesa and Mykolaiv, a region after a list, axes inside lists, the hurt on the next line;
# 33: bullets under a heading, «там»/«туди» pointing back, air defence at work, forces dragged
# up, nouns a future verb places, datelines that are also words, Russian towns spelt in
# Ukrainian, the hard «е», soldiers' slang for the enemy and the dead;
# 32: roads shot through, matches in the war's words, stories under an old date line, codes
# after a count, towns told whole, adverbs before a time, «на Запорожье», names in the
# instrumental, axes before a plural noun, crews in captions, where the fire came from,
# villages after any preposition;
# 31: axis headings, underscored hashtags, oblast fronts, floodplains, «уже в», emoji clauses;
# 30: axes after a dash, tallies in words, more of the same, weapons at work by the noun,
# worked over and rolled onto, occupied by the occupier, restored positions, items of shelling
# reports, victims where the sentence happened, the fiercest places, hashtags, refineries in
# full, Liski;
# 29: quoted facility names and bare heads, sectors and salients, abbreviations with endings,
# members of a count, regions listed as items, cotton, attacks repelled noun first, obituaries,
# headline credits, sides receiving weapons, weapons at work, going back;
# 28: ikavism forms, repelled ground attacks, continuation cues;
# 27: sides around fronted targets, countries where it happens, weapons' sides, relayed
# attackers, oblast administrations, quoted names, labels over their lines, pressure, children
# taken out, places under fire;
# 26: tallies after a blank line, totals over bullets, evacuations' causes, going forward;
# 25: shoot-down tallies, attempts to push out, civilians evacuated by a side, a minister's title;
# 24: counted subjects, forces at work, evacuations run by the place, Russian city districts;
# 23: inner Russian districts, summary headings, totals after lists
ENGINE_VERSION = "43"
# 22: okrugs, city districts, places lost and held, bullet totals
# 21: appositions, numbered items, quoted «200», rivers over villages
# 20: listed facilities, struck Russian districts, sibling bullets
# 19: hromadas as places, refineries and plants, strike headers
# 18: nouns named again, asides, air defences, sectors, Lyptsi axis
# 17: attempts, headings, own rear, strike targets, two-noun names
# 16: links in sentences, household gas, tallies after their count, rivers
# 15: qualifying participles, scenes, bullets, capitals, tallies by line
# 14: italics, towns by okrug, falls of places, titles, hromada seats
# 13: news-to-come victims, owners of objects, namesakes and shared raions
# 12: markdown, gerunds, weapons by name, strike lists, held areas
# 11: raion nicknames; front namesakes near; shoot-downs, build-ups
# 10: the genres' attacker; places that suffered; forms as written
# 9: the front stands in for a side; weapons flown in; topic colons
# 8: the front line settles namesakes a war post leaves undecided
# 7: bloggers' states, who kills and what suffers, air reports, axes,
# hromadas, rivers named alone, two-word and hyphenated declension
# 6: word order and sides, ground near a place, own clauses
# 5: place cues, raions of axes, bloggers' phrases, city districts
# 3: front-genre rules; sides driven out or pushed back; everyday words


class Analyzer:
    """Finds tracked places and claims. `version` changes whenever the gazetteer, the tracking
    config or the claim rules change, so `monitor reanalyze` knows what is stale."""

    def __init__(self, settings: Settings) -> None:
        self.gazetteer = load_gazetteer(settings)
        self.matcher = load_matcher(settings, self.gazetteer)
        self.extractor = ClaimExtractor(
            settings.claims,
            self.gazetteer.places.get,
            self._on_front(),
            self._held(frozenset(settings.places.front.held)),
        )
        digest = hashlib.sha256()
        digest.update(ENGINE_VERSION.encode())
        digest.update(settings.places.model_dump_json().encode())
        digest.update(settings.claims.model_dump_json().encode())
        digest.update(json.dumps(sorted(self.gazetteer.places)).encode())
        self.version = digest.hexdigest()[:16]
        built_for_the_process()

    def _on_front(self) -> Callable[[str], bool] | None:
        """Whether a place (by key) lies on the front, None where no front is configured."""
        front = self.matcher.resolver.front
        return front.holds if front is not None else None

    def _held(self, names: frozenset[str]) -> Callable[[str], bool]:
        """Whether a place (by key) lies where Russia has long held (`[front] held`: a raion,
        an oblast, a place's name, or a name and its oblast, «Kreminna, Luhansk Oblast»)."""
        places = self.gazetteer.places

        def held(key: str) -> bool:
            place = places.get(key)
            if place is None:
                return False
            # a city district names its city in parentheses: «Kyivskyi District (Donetsk)»
            city = place.name_en.rpartition(" (")[2][:-1] if place.name_en.endswith(")") else None
            return not names.isdisjoint(
                (
                    place.district,
                    place.oblast,
                    place.name_en,
                    city,
                    f"{place.name_en}, {place.oblast}",
                )
            )

        return held

    def analyze(
        self,
        text: str,
        side: str | None = None,
        recent: ChannelMemory | None = None,
        posted_at: datetime | None = None,
    ) -> tuple[list[PlaceMention], list[ClaimFinding]]:
        """Places and claims of one post. `recent`, the memory of the post's channel, is read
        for namesakes the post leaves undecided and then fed with the post's confident places;
        the channel's posts must come in order (`posted_at`, the post's time, ages it)."""
        if recent is not None:
            recent.advance(posted_at)

        def find(part: str) -> list[PlaceMention]:
            return self.matcher.find(part, side=side, recent=recent)

        mentions = elliptic_axes(text, find(text), find)
        mentions = elliptic_hromadas(text, mentions, find)
        mentions = hromadas_apart(text, mentions, self.gazetteer)
        mentions = cities_apart(mentions, self.gazetteer)
        mentions = other_cities_districts(text, mentions, self.gazetteer)
        mentions = elliptic_facilities(text, mentions, self.matcher.find, self.gazetteer)
        if recent is not None:
            sure = (m.place_key for m in mentions if m.confidence >= REMEMBER_CONFIDENCE)
            recent.remember(self.matcher.places_of(dict.fromkeys(sure)), posted_at)
        claims = self.extractor.extract(text, mentions, side) if text else []
        return hromadas_as_seats(mentions, claims)
