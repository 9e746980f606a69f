"""The gazetteer: bundled places, user-imported GeoNames places and config/places.toml.

Bundled and imported places are TSV files with the columns of `COLUMNS` (one place a row,
`|`-separated lists); `Gazetteer.load` reads `monitor/data/gazetteer/*.tsv`, then
`<user_dir>/*.tsv`, then the custom places, aliases and stop-words of `places.toml`, and resolves
what `[track]` names into place keys. `fingerprint` changes whenever any of that changes, so a
compiled matcher can be cached against it.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import cast

from monitor.config import PlacesFile
from monitor.errors import ConfigError

BUNDLED_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
COLUMNS = (
    "key",
    "name_en",
    "name_ru",
    "name_uk",
    "kind",
    "district",
    "oblast",
    "country",
    "lat",
    "lon",
    "source",
    "alt_en",
    "alt_ru",
    "alt_uk",
    "adj_ru",
    "adj_uk",
    "hromada",
)
KINDS = frozenset(
    {
        "settlement",
        "town",
        "city",
        "village",
        "district",
        "region",
        "water",
        "facility",
        "macro-region",
    }
)
_KIND_ALIASES = {
    "khutor": "village",
    "urban-type settlement": "town",
    "oblast": "region",
    "raion": "district",
    "krai": "region",
    "republic": "region",
}
SCHEMA_VERSION = "3"
# A seat's hromada is a place of its own, `<seat key>-hromada` («Bilopillia Hromada»), which
# `hromadas.hromadas_apart` moves a hromada's reading onto; bump the version when
# `add_hromadas` adds other places (it goes into the fingerprint)
HROMADA_SUFFIX = "-hromada"
HROMADAS_VERSION = "hromadas 1"
_SEATS = frozenset({"city", "town", "settlement", "village"})


@dataclass(frozen=True, slots=True)
class GazetteerPlace:
    key: str
    name_en: str
    name_ru: str | None
    name_uk: str | None
    kind: str
    district: str | None
    oblast: str | None
    country: str
    lat: float | None
    lon: float | None
    source: str
    # a settlement of Ukraine: its hromada's KATOTTG code («UA1412011»: oblast, raion, hromada)
    hromada: str | None = None


@dataclass(slots=True)
class Names:
    """Every name of a place besides the main ones: aliases per language and adjectives."""

    en: list[str] = field(default_factory=list)
    ru: list[str] = field(default_factory=list)
    uk: list[str] = field(default_factory=list)
    adj_ru: list[str] = field(default_factory=list)
    adj_uk: list[str] = field(default_factory=list)


def _split(value: str | None) -> list[str]:
    if not value:
        return []
    return [part.strip() for part in (value or "").split("|") if part.strip()]


# A row's five columns of names (`Names`) as `load_file` keeps them, tab-joined, until they are
# asked for; most rows have none
_NO_NAMES = "\t" * 4


def _read_names(columns: str) -> Names:
    return Names(*[_split(names) if names else [] for names in columns.split("\t")])


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def kind_of(value: str) -> str:
    kind = _KIND_ALIASES.get(value.strip().lower(), value.strip().lower())
    return kind if kind in KINDS else "settlement"


def read_tsv(path: Path) -> Iterable[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None)
        for row in reader:
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}


def write_tsv(path: Path, rows: Iterable[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle,
            COLUMNS,
            delimiter="\t",
            quoting=csv.QUOTE_NONE,
            quotechar=None,
            lineterminator="\n",
            extrasaction="ignore",
        )
        writer.writeheader()
        for row in rows:
            writer.writerow({k: " ".join(str(row.get(k) or "").split()) for k in COLUMNS})
    tmp.replace(path)


class Gazetteer:
    """Places by key, their names, what is tracked, and the user's stop-words."""

    def __init__(self) -> None:
        self.places: dict[str, GazetteerPlace] = {}
        # a place's `Names`, or the columns of a file's row they are made of (`names`)
        self._names: dict[str, Names | str] = {}
        self._unread = False
        self.tracked: frozenset[str] = frozenset()
        self.stopwords: frozenset[str] = frozenset()
        self._digest = hashlib.sha256(SCHEMA_VERSION.encode())
        self._source = "places.toml"  # the config file's path, for its errors

    @property
    def fingerprint(self) -> str:
        return self._digest.hexdigest()

    @property
    def names(self) -> dict[str, Names]:
        """Every place's names besides the main ones, by key. A file's are made when first
        asked for (compiling the matcher does; loading a compiled one from its cache does not:
        made at once, they were a third of loading the gazetteer, with the collection of
        their lists that followed)."""
        if self._unread:
            names = self._names
            for key, value in names.items():
                if isinstance(value, str):
                    names[key] = _read_names(value)
            self._unread = False
        return cast(dict[str, Names], self._names)

    def has_adj_uk(self, key: str) -> bool:
        """Whether the place has Ukrainian adjectives (`Names.adj_uk`), its names unmade."""
        names = self._names[key]
        if isinstance(names, str):
            return bool(_split(names.rpartition("\t")[2]))
        return bool(names.adj_uk)

    def add(
        self, place: GazetteerPlace, names: Names | None = None, *, digest: bool = True
    ) -> None:
        """Add a place (a later place with the same key replaces the earlier one). `digest=False`
        when the caller has put the place's source into the fingerprint already (a file's
        bytes)."""
        names = names or Names()
        self.places[place.key] = place
        self._names[place.key] = names
        if digest:
            self._digest.update(repr((place, names)).encode())

    def add_row(self, row: dict[str, str], source: str, *, digest: bool = True) -> None:
        place = GazetteerPlace(
            key=row["key"],
            name_en=row["name_en"],
            name_ru=row.get("name_ru") or None,
            name_uk=row.get("name_uk") or None,
            kind=kind_of(row.get("kind") or "settlement"),
            district=row.get("district") or None,
            oblast=row.get("oblast") or None,
            country=row.get("country", ""),
            lat=_float(row.get("lat")),
            lon=_float(row.get("lon")),
            source=row.get("source") or source,
            hromada=row.get("hromada") or None,
        )
        self.add(
            place,
            Names(
                _split(row.get("alt_en")),
                _split(row.get("alt_ru")),
                _split(row.get("alt_uk")),
                _split(row.get("adj_ru")),
                _split(row.get("adj_uk")),
            ),
            digest=digest,
        )

    def load_file(self, path: Path) -> None:
        """The places of one TSV file (its bytes go into the fingerprint). The files are
        unquoted (csv.QUOTE_NONE), so a line splits on tabs: several times faster than the
        csv module over the 30,000 rows of the bundled gazetteer. Each row is read by column
        position, as `add_row` reads it by name (a missing column reads as empty, a column
        named twice as its last), without a dict a row."""
        data = path.read_bytes()
        self._digest.update(path.name.encode())
        self._digest.update(data)
        lines = data.decode("utf-8").splitlines()
        if not lines:
            return
        header = [name.strip() for name in lines[0].split("\t")]
        position = {name: index for index, name in enumerate(header)}
        width = len(header)
        padding = [""] * (width + 1)
        # a column the header lacks reads field `width`: always empty
        pick = itemgetter(*(position.get(name, width) for name in COLUMNS))
        places, names, source = self.places, self._names, path.name
        kinds: dict[str, str] = {}  # a file's few kinds, each read once
        for line in lines[1:]:
            fields = line.split("\t")
            if len(fields) > width:
                del fields[width:]
            fields += padding[len(fields) :]
            (key, name_en, name_ru, name_uk, kind, district, oblast, country, lat, lon,
             place_source, en, ru, uk, adj_ru, adj_uk,
             hromada) = map(str.strip, pick(fields))  # fmt: skip
            if not (key and name_en):
                continue
            places[key] = GazetteerPlace(
                key,
                name_en,
                name_ru or None,
                name_uk or None,
                kinds.get(kind) or kinds.setdefault(kind, kind_of(kind or "settlement")),
                district or None,
                oblast or None,
                country,
                _float(lat),
                _float(lon),
                place_source or source,
                hromada or None,
            )
            alt = en or ru or uk or adj_ru or adj_uk
            names[key] = "\t".join((en, ru, uk, adj_ru, adj_uk)) if alt else _NO_NAMES
        self._unread = True

    @classmethod
    def load(
        cls, places_cfg: PlacesFile, user_dir: Path | None = None, source: str = "places.toml"
    ) -> Gazetteer:
        """`source`: the path of places.toml, named by its errors."""
        gaz = cls()
        gaz._source = source
        for path in sorted(BUNDLED_DIR.glob("*.tsv")):
            gaz.load_file(path)
        if user_dir is not None and user_dir.is_dir():
            for path in sorted(user_dir.glob("*.tsv")):
                gaz.load_file(path)
        add_hromadas(gaz)
        gaz._digest.update(HROMADAS_VERSION.encode())
        gaz._apply_config(places_cfg)
        return gaz

    def _apply_config(self, cfg: PlacesFile) -> None:
        for custom in cfg.places:
            old = self.names.get(custom.key, Names())
            place = GazetteerPlace(
                custom.key,
                custom.name_en,
                custom.name_ru,
                custom.name_uk,
                kind_of(custom.kind),
                custom.district,
                custom.oblast,
                custom.country,
                custom.lat,
                custom.lon,
                "config",
            )
            self.add(
                place, Names(old.en, old.ru + list(custom.aliases), old.uk, old.adj_ru, old.adj_uk)
            )
        for key, aliases in cfg.aliases.items():
            if key not in self.places:
                raise ConfigError(self._source, f"aliases.{key}", "no such place key")
            self.names[key].ru.extend(aliases)
            self._digest.update(repr((key, aliases)).encode())
        self.stopwords = frozenset(" ".join(w.casefold().split()) for w in cfg.stopwords)
        self._digest.update(repr(sorted(self.stopwords)).encode())
        self.tracked = frozenset(self._resolve_tracking(cfg))
        # what is tracked raises its places' priors in the compiled matcher
        self._digest.update(repr(sorted(self.tracked)).encode())

    def find(self, ref: str, kinds: frozenset[str] | None = None) -> list[GazetteerPlace]:
        """Places a config reference names: a key, or an English name (case-insensitive)."""
        if ref in self.places and (kinds is None or self.places[ref].kind in kinds):
            return [self.places[ref]]
        folded = ref.casefold()
        return [
            p
            for p in self.places.values()
            if p.name_en.casefold() == folded and (kinds is None or p.kind in kinds)
        ]

    def _resolve_tracking(self, cfg: PlacesFile) -> set[str]:
        tracked: set[str] = set()
        for ref in cfg.track.places:
            found = self.find(ref)
            if not found:
                raise ConfigError(self._source, "track.places", f"unknown place {ref!r}")
            tracked.update(p.key for p in found)
        for section, refs, attr in (
            ("districts", cfg.track.districts, "district"),
            ("oblasts", cfg.track.oblasts, "oblast"),
        ):
            kind = frozenset({"district"}) if attr == "district" else frozenset({"region"})
            for ref in refs:
                found = self.find(ref, kind)
                if not found:
                    raise ConfigError(self._source, f"track.{section}", f"unknown {attr} {ref!r}")
                names = {p.name_en for p in found}
                tracked.update(p.key for p in found)
                tracked.update(k for k, p in self.places.items() if getattr(p, attr) in names)
        return tracked


def add_hromadas(gaz: Gazetteer) -> None:
    """A place for the hromada of every Ukrainian seat the gazetteer gives hromada adjectives
    (KATOTTG's seats), and of every Ukrainian city and town (named like its axis)."""
    for place in list(gaz.places.values()):
        if place.country != "UA" or place.kind not in _SEATS:  # (a hromada is no seat)
            continue
        if place.kind not in ("city", "town") and not gaz.has_adj_uk(place.key):
            continue
        key = place.key + HROMADA_SUFFIX
        if key in gaz.places:
            continue
        hromada = dataclasses.replace(
            place,
            key=key,
            name_en=f"{place.name_en} Hromada",
            name_ru=None,
            name_uk=None,
            kind="district",
            source=f"derived: the hromada whose seat is {place.key} (its point is the seat's)",
        )
        gaz.add(hromada, digest=False)
