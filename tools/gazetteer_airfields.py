"""Airfields of the war for tools/build_gazetteer.py: names compiled by the project
(`gazetteer_src/airfields.txt`), points from the PyPI package airportsdata (MIT), by ICAO code.

An airfield is named by the airfield words and its town («аэродром Миргород», «авіабаза
Миргород», «аэропорт Донецк») in their case forms; the town's bare name stays the town's.
"""

from __future__ import annotations

from pathlib import Path

RU_WORDS = {
    "аэродром": ("аэродром", "аэродрома", "аэродрому", "аэродромом", "аэродроме"),
    "авиабаза": ("авиабаза", "авиабазы", "авиабазе", "авиабазу", "авиабазой"),
    "аэропорт": ("аэропорт", "аэропорта", "аэропорту", "аэропортом", "аэропорте"),
}
UK_WORDS = {
    "аеродром": ("аеродром", "аеродрому", "аеродромом", "аеродромі"),
    "авіабаза": ("авіабаза", "авіабази", "авіабазі", "авіабазу", "авіабазою"),
    "аеропорт": ("аеропорт", "аеропорту", "аеропортом", "аеропорті"),
}


def airfield_rows(src: Path) -> list[dict[str, str]]:
    """The airfields of `src` as gazetteer rows (kind facility), each with its ICAO point."""
    import airportsdata  # build-time only (the [gazetteer] extra)

    airports = airportsdata.load("ICAO")
    rows = []
    for line in src.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        icao, key, name_en, town_ru, town_uk, oblast, country, *point = line.split(";")
        # a military airfield airportsdata does not list carries its own approximate point
        if icao == "-":
            airport = {"lat": float(point[0]), "lon": float(point[1])}
        else:
            airport = airports[icao]
        ru = [f"{word} {town_ru}" for forms in RU_WORDS.values() for word in forms]
        uk = [f"{word} {town_uk}" for forms in UK_WORDS.values() for word in forms]
        rows.append(
            dict(
                key=key,
                name_en=name_en,
                name_ru=ru[0],
                name_uk=uk[0],
                kind="facility",
                oblast=oblast,
                country=country,
                lat=f"{airport['lat']:.5f}",
                lon=f"{airport['lon']:.5f}",
                alt_ru="|".join(ru[1:]),
                alt_uk="|".join(uk[1:]),
                source=(
                    f"compiled; point airportsdata {icao}"
                    if icao != "-"
                    else "compiled; approximate point"
                ),
            )
        )
    return rows
