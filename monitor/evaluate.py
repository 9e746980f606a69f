"""Score the analyzer against a labelled set (format: ../shared/data/gold/README.md).

Gold-set scoring for `monitor eval` and the tests: a development tool, not on the runtime path
(the daemon, jobs and search never import it).

Places are compared per post by English name, normalised exactly as the project's independent
scorer (`shared/tools/score_gold.py`) does: NFKD, casefolded, combining marks, whitespace,
hyphens and apostrophes removed, a parenthetical that does not name a namesake's oblast, raion or
krai dropped («Kamianske (Zaporizhzhia)» = Kamianske), transliteration variants folded
(Lotaryovka = Lotarevka, Grayvoron = Graivoron). Claims are compared as (type, place) pairs
per post; actor and stance accuracy are taken over the matched pairs. `known_recall` is the
recall over the gold places whose English name the gazetteer knows. A namesake the labels name
by its oblast or raion is written under the label's name where the place found lies there
(`_GoldNames`): the gazetteer's own English names are bare.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from monitor.domain import ClaimFinding, PlaceMention
from monitor.errors import ImportFileError
from monitor.places.gazetteer import Gazetteer, GazetteerPlace
from monitor.places.recent import ChannelMemory

Analyze = Callable[[str, str | None], tuple[list[PlaceMention], list[ClaimFinding]]]


class AnalyzeRecent(Protocol):
    """An analyzer that also reads and feeds a channel's memory (`Analyzer.analyze`)."""

    def __call__(
        self, text: str, side: str | None, recent: ChannelMemory, posted_at: datetime | None
    ) -> tuple[list[PlaceMention], list[ClaimFinding]]: ...


# The fixed halves of a gold set: rules are tuned on `tune` and checked on `check`.
HALVES = ("tune", "check")


# One entity, two English labels: folded before comparing (as the independent scorer does).
NAME_ALIASES = {
    "chukotkaautonomousokrug": "chukotka",
    "republicofburiatia": "buriatia",
    "siverskidonetsriver": "siverskidonets",
    "kremnielmicroelectronicsplant": "kremniel",
}
# Transliteration variants, replaced in this order: yo/e, ye/e, iy/i, yi/i, y/i, ii/i, j/i.
TRANSLIT_FOLDS = (
    ("yo", "e"),
    ("ye", "e"),
    ("iy", "i"),
    ("yi", "i"),
    ("y", "i"),
    ("ii", "i"),
    ("j", "i"),
)
_PARENTHETICAL = re.compile(r"\s*\((?![^)]*(Oblast|Raion|Krai))[^)]*\)")
# a label naming a namesake by its oblast or raion: «Kamianske (Zaporizhzhia Oblast)»
_QUALIFIED = re.compile(r"(.+?)\s*\(([^)]*(?:Oblast|Raion|Krai)[^)]*)\)")
_SEPARATORS = re.compile(r"[\s\-'’ʼ`]+")


def norm_name(name: str | None) -> str | None:
    """An English place name as the scorer compares it: NFKD, casefolded, without combining
    marks, spaces, hyphens and apostrophes, non-disambiguating parentheticals dropped and
    transliteration variants folded (see the module docstring)."""
    if name is None:
        return None
    text = unicodedata.normalize("NFKD", _PARENTHETICAL.sub("", name)).casefold()
    text = _SEPARATORS.sub("", "".join(c for c in text if not unicodedata.combining(c)))
    for variant, folded in TRANSLIT_FOLDS:
        text = text.replace(variant, folded)
    text = re.sub(r"oe$", "e", text)
    return NAME_ALIASES.get(text, text)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def read_gold(path: Path) -> list[dict[str, Any]]:
    posts = []
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise ImportFileError(str(path), "open", exc.strerror or "cannot be read") from exc
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                post = json.loads(line)
                post["id"], post["text"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ImportFileError(
                    str(path), f"line {number}", f"not a gold post: {exc}"
                ) from exc
            posts.append(post)
    return posts


def half_of(post_id: object) -> str:
    """The half a post belongs to, fixed by a hash of its id: `tune` or `check`."""
    digest = int(hashlib.sha1(str(post_id).encode()).hexdigest(), 16)
    return "tune" if digest % 2 == 0 else "check"


def _side(post: dict[str, Any], default: str | None) -> str | None:
    side = post.get("side")
    return side if side in ("ru", "ua", "other") else default


def evaluate(
    gold_path: Path,
    analyze: Analyze,
    gazetteer: Gazetteer,
    predictions_out: Path | None = None,
    default_side: str | None = None,
    half: str | None = None,
    recent: AnalyzeRecent | None = None,
) -> dict[str, Any]:
    """Run `analyze` over every post of `gold_path` (or of its `half`, see `half_of`) and score
    it; see the module docstring. A post's channel side is its `side` field, else
    `default_side` (the gold sets carry none: the channel's side is what «наши»/«противник»
    are resolved against). With `recent`, the posts are analysed by it instead, channel by
    channel in date order, each channel's memory fed only by its earlier posts."""
    if half is not None and half not in HALVES:
        raise ValueError(f"half must be one of {', '.join(HALVES)}, not {half!r}")
    posts = [p for p in read_gold(gold_path) if half is None or half_of(p["id"]) == half]
    tally = _Tally({norm_name(p.name_en) for p in gazetteer.places.values()})
    out_lines: list[str] = []
    raions = {p.name_en: p.oblast for p in gazetteer.places.values() if p.kind == "district"}
    analysed = _analyse_all(posts, analyze, default_side, recent)
    for post, (mentions, claims) in zip(posts, analysed, strict=True):
        name = _GoldNames(post, gazetteer.places, raions)
        predicted_places = _predicted_places(mentions, name)
        predicted_claims = _predicted_claims(claims, name)
        tally.add_places(post, predicted_places)
        tally.add_claims(post, predicted_claims)
        out_lines.append(
            json.dumps(
                {
                    "id": post["id"],
                    "places": list(predicted_places.values()),
                    "claims": predicted_claims,
                },
                ensure_ascii=False,
            )
        )
    if predictions_out is not None:
        predictions_out.write_text("\n".join(out_lines) + "\n", encoding="utf-8")
    return tally.result(len(posts))


def _analyse_all(
    posts: list[dict[str, Any]],
    analyze: Analyze,
    default_side: str | None,
    recent: AnalyzeRecent | None,
) -> list[tuple[list[PlaceMention], list[ClaimFinding]]]:
    """Each post's places and claims, in the order of `posts`."""
    if recent is None:
        return [analyze(p["text"], _side(p, default_side)) for p in posts]
    memories: dict[str, ChannelMemory] = defaultdict(ChannelMemory)
    found: dict[int, tuple[list[PlaceMention], list[ClaimFinding]]] = {}
    for index in sorted(range(len(posts)), key=lambda i: _channel_order(posts[i])):
        post = posts[index]
        memory = memories[str(post.get("channel", ""))]
        found[index] = recent(post["text"], _side(post, default_side), memory, _date(post))
    return [found[i] for i in range(len(posts))]


def _channel_order(post: dict[str, Any]) -> tuple[str, datetime, str]:
    return str(post.get("channel", "")), _date(post) or datetime.min, str(post["id"])


def _date(post: dict[str, Any]) -> datetime | None:
    try:
        return datetime.fromisoformat(str(post["date"])).replace(tzinfo=None)
    except (KeyError, ValueError):
        return None


class _GoldNames:
    """How a post's labels name a namesake: «Kamianske (Zaporizhzhia Oblast)», «Novopavlivka
    (Pokrovsk Raion)». The gazetteer's English name is bare («Kamianske»), so a prediction takes
    the label's name where the place it found lies in the oblast or raion the label names: the
    same place is named alike, another namesake still differs from the label."""

    def __init__(
        self,
        post: dict[str, Any],
        places: dict[str, GazetteerPlace],
        raion_oblast: dict[str, str | None],
    ) -> None:
        self.places = places
        self.raion_oblast = raion_oblast
        self.qualified: dict[str | None, list[tuple[str, list[str]]]] = defaultdict(list)
        labels = [p.get("name_en") for p in post.get("places", [])]
        labels += [c.get("place") for c in post.get("claims", [])]
        for label in dict.fromkeys(x for x in labels if isinstance(x, str)):
            found = _QUALIFIED.fullmatch(label)
            if found is not None:
                parts = [q.strip() for q in found.group(2).split(",")]
                self.qualified[norm_name(found.group(1))].append((label, parts))

    def __call__(self, key: str) -> str:
        place = self.places.get(key)
        if place is None:
            return key
        for label, parts in self.qualified.get(norm_name(place.name_en), []):
            if all(self._holds(place, part) for part in parts):
                return label
        return place.name_en

    def _holds(self, place: GazetteerPlace, area: str) -> bool:
        """Whether `place` lies in `area`, an oblast or raion by English name (a place whose
        raion the gazetteer does not know: where the raion is of its oblast)."""
        if area in (place.oblast, place.district):
            return True
        return not place.district and self.raion_oblast.get(area, "") == place.oblast


def _predicted_places(
    mentions: list[PlaceMention], name_of: Callable[[str], str]
) -> dict[str, dict[str, Any]]:
    """English name → the first mention of that place, as a predictions-file record."""
    predicted: dict[str, dict[str, Any]] = {}
    for mention in mentions:
        name = name_of(mention.place_key)
        predicted.setdefault(
            name,
            {
                "name_en": name,
                "key": mention.place_key,
                "surface": mention.surface,
                "start": mention.start,
                "end": mention.end,
                "confidence": mention.confidence,
                "reason": mention.reason,
            },
        )
    return predicted


def _predicted_claims(
    claims: list[ClaimFinding], name_of: Callable[[str], str]
) -> list[dict[str, Any]]:
    """The claims as predictions-file records, places by English name."""
    predicted: list[dict[str, Any]] = []
    for claim in claims:
        predicted.append(
            {
                "type": claim.claim_type,
                "place": name_of(claim.place_key) if claim.place_key else None,
                "actor": claim.actor,
                "stance": claim.stance,
                "evidence": claim.evidence,
                "confidence": claim.confidence,
            }
        )
    return predicted


@dataclass(slots=True)
class _Tally:
    """The running counts over the posts scored so far."""

    known: set[str | None]  # the gazetteer's English names, normalised
    pt: int = 0
    pf: int = 0
    pn: int = 0
    known_tp: int = 0
    known_total: int = 0
    ct: int = 0
    cf: int = 0
    cn: int = 0
    actor_ok: int = 0
    stance_ok: int = 0
    matched: int = 0

    def add_places(self, post: dict[str, Any], predicted: dict[str, dict[str, Any]]) -> None:
        gold_places = {norm_name(p["name_en"]) for p in post.get("places", [])}
        pred_places = {norm_name(n) for n in predicted}
        self.pt += len(gold_places & pred_places)
        self.pf += len(pred_places - gold_places)
        self.pn += len(gold_places - pred_places)
        gold_known = gold_places & self.known
        self.known_total += len(gold_known)
        self.known_tp += len(gold_known & pred_places)

    def add_claims(self, post: dict[str, Any], predicted: list[dict[str, Any]]) -> None:
        gold_claims: dict[tuple[str, str | None], list[dict[str, Any]]] = defaultdict(list)
        for labelled in post.get("claims", []):
            gold_claims[(labelled["type"], norm_name(labelled.get("place")))].append(labelled)
        pred_claims: dict[tuple[str, str | None], list[dict[str, Any]]] = defaultdict(list)
        for claim in predicted:
            pred_claims[(claim["type"], norm_name(claim["place"]))].append(claim)
        common = gold_claims.keys() & pred_claims.keys()
        self.ct += len(common)
        self.cf += len(pred_claims.keys() - gold_claims.keys())
        self.cn += len(gold_claims.keys() - pred_claims.keys())
        for key in common:
            self.matched += 1
            first = pred_claims[key][0]
            self.actor_ok += any(c.get("actor") == first["actor"] for c in gold_claims[key])
            self.stance_ok += any(c.get("stance") == first["stance"] for c in gold_claims[key])

    def result(self, posts: int) -> dict[str, Any]:
        places = _prf(self.pt, self.pf, self.pn)
        claims = _prf(self.ct, self.cf, self.cn)
        matched = self.matched
        return {
            "places": {
                "precision": places[0],
                "recall": places[1],
                "f1": places[2],
                "tp": self.pt,
                "fp": self.pf,
                "fn": self.pn,
                "known_recall": (
                    round(self.known_tp / self.known_total, 4) if self.known_total else 0.0
                ),
            },
            "claims": {
                "precision": claims[0],
                "recall": claims[1],
                "f1": claims[2],
                "tp": self.ct,
                "fp": self.cf,
                "fn": self.cn,
                "actor_accuracy": round(self.actor_ok / matched, 4) if matched else 0.0,
                "stance_accuracy": round(self.stance_ok / matched, 4) if matched else 0.0,
            },
            "posts": posts,
        }
