"""places.toml: which places to track, places the bundled gazetteer lacks, extra aliases and
stopwords."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from monitor.config.base import _Strict


class CustomPlace(_Strict):
    """A place the bundled gazetteer lacks, declared by the user."""

    key: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name_en: str
    name_ru: str | None = None
    name_uk: str | None = None
    kind: str = "settlement"
    district: str | None = None
    oblast: str | None = None
    country: Literal["RU", "UA", ""] = ""
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    aliases: list[str] = []


class TrackSettings(_Strict):
    places: list[str] = []
    districts: list[str] = []
    oblasts: list[str] = []


class FrontSettings(_Strict):
    """The raions of the front line (English names as in the gazetteer), whose settlements a
    war post means when it names a village of many namesakes and nothing else tells them apart
    (see `monitor.places.front`). None: no such prior."""

    raions: list[str] = []
    # Raions and regions Russia has held since 2014 or spring 2022, far behind the line: a strike
    # there that names no side is Ukraine's («Удар по Севастополю», «обстрел Донецка»).
    held: list[str] = []


class PlacesFile(_Strict):
    track: TrackSettings = TrackSettings()
    front: FrontSettings = FrontSettings()
    places: list[CustomPlace] = []
    aliases: dict[str, list[str]] = {}
    stopwords: list[str] = []
