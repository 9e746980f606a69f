"""Place commands: `monitor places test`, `monitor gazetteer import`, `monitor eval`."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from monitor.cli.app import app, configure_logging, console, handles_errors, working
from monitor.cli.output import Format, FormatOption, TableOrJson, TableOrJsonOption, emit
from monitor.domain import SideChoice

if TYPE_CHECKING:
    from monitor.analyzer import Analyzer
    from monitor.config import Settings
    from monitor.places.gazetteer import Gazetteer
    from monitor.places.matcher import PlaceMatcher


class HalfChoice(StrEnum):
    """A fixed half of a gold set (`monitor.evaluate.half_of`)."""

    tune = "tune"
    check = "check"


places_app = typer.Typer(
    rich_markup_mode=None,
    help="List and show the gazetteer's places; test the place matcher.",
    no_args_is_help=True,
)
gazetteer_app = typer.Typer(
    rich_markup_mode=None,
    help="Manage the gazetteer (imported GeoNames places).",
    no_args_is_help=True,
)
app.add_typer(places_app, name="places")
app.add_typer(gazetteer_app, name="gazetteer")


def _matcher() -> tuple[Settings, Gazetteer, PlaceMatcher]:
    from monitor.config import load_settings
    from monitor.places.loading import load_gazetteer, load_matcher

    settings = load_settings()
    # the compile's progress goes to stderr at the configured level, never into stdout's JSON
    configure_logging(settings.monitor.log_level, settings.monitor.log_format)
    gaz = load_gazetteer(settings)
    with working("loading the place matcher (the first run compiles it: about 20 s)…"):
        return settings, gaz, load_matcher(settings, gaz)


def _place_row(gaz: Gazetteer, key: str) -> dict[str, object]:
    place = gaz.places[key]
    return {
        "key": place.key,
        "name": place.name_en,
        "name_ru": place.name_ru,
        "name_uk": place.name_uk,
        "kind": place.kind,
        "oblast": place.oblast,
        "lat": place.lat,
        "lon": place.lon,
        "tracked": key in gaz.tracked,
    }


@places_app.command("list")
@handles_errors
def places_list(
    all_places: Annotated[
        bool, typer.Option("--all", help="Every place of the gazetteer, not only tracked ones.")
    ] = False,
    fmt: FormatOption = Format.table,
) -> None:
    """The tracked places (or, with --all, the whole gazetteer): key, names, kind, coordinates.
    The keys are what --place takes."""
    from monitor.config import load_settings
    from monitor.places.loading import load_gazetteer

    gaz = load_gazetteer(load_settings())
    keys = gaz.places if all_places else gaz.tracked
    rows = sorted((_place_row(gaz, k) for k in keys), key=lambda r: str(r["name"]).casefold())
    title = f"{len(rows)} {'places' if all_places else 'tracked places'}"
    columns = ["key", "name", "name_ru", "name_uk", "kind", "lat", "lon"]
    emit(rows, fmt.value, columns if fmt is Format.table else None, title=title)


@places_app.command("show")
@handles_errors
def places_show(
    key: Annotated[str, typer.Argument(help="a place key, e.g. sudzha")],
    fmt: TableOrJsonOption = TableOrJson.table,
) -> None:
    """One place of the gazetteer: names, aliases, kind, district, oblast, coordinates."""
    from monitor.config import load_settings
    from monitor.errors import UsageError
    from monitor.places.loading import load_gazetteer

    gaz = load_gazetteer(load_settings())
    if key not in gaz.places:
        raise UsageError(f"no place with key {key!r}; `monitor places list --all` lists them")
    row = _place_row(gaz, key)
    place, names = gaz.places[key], gaz.names.get(key)
    row.update(district=place.district, country=place.country, source=place.source)
    if names is not None:
        row.update(aliases_en=names.en, aliases_ru=names.ru, aliases_uk=names.uk)
    if fmt is TableOrJson.json:
        typer.echo(json.dumps(row, ensure_ascii=False, indent=2))
        return
    emit([{"field": k, "value": v} for k, v in row.items()], "table", title=str(row["name"]))


@places_app.command("test")
@handles_errors
def places_test(
    text: Annotated[str, typer.Argument(help="the text to look for places in")],
    side: Annotated[
        SideChoice | None, typer.Option(help="the channel's side: ru, ua or other")
    ] = None,
    fmt: TableOrJsonOption = TableOrJson.table,
) -> None:
    """Print each place found in TEXT with its span, place, form and reason."""
    _, gaz, matcher = _matcher()
    mentions = matcher.find(text, side=side.value if side else None)
    rows = [
        {
            "start": m.start,
            "end": m.end,
            "surface": m.surface,
            "key": m.place_key,
            "name_en": gaz.places[m.place_key].name_en,
            "confidence": m.confidence,
            "tracked": m.place_key in gaz.tracked,
            "reason": m.reason,
        }
        for m in mentions
    ]
    if fmt is TableOrJson.json:
        console.print_json(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        console.print("no places found")
        return
    table = Table("span", "form", "place", "conf", "tracked", "reason")
    for row in rows:
        table.add_row(
            f"{row['start']}:{row['end']}",
            str(row["surface"]),
            f"{row['name_en']} ({row['key']})",
            f"{row['confidence']:.2f}",
            "yes" if row["tracked"] else "",
            str(row["reason"]),
        )
    console.print(table)


@gazetteer_app.command("import")
@handles_errors
def gazetteer_import(
    file: Annotated[
        Path,
        typer.Argument(help="GeoNames dump: allCountries.txt, RU.txt, UA.txt or a .zip of one"),
    ],
    country: Annotated[str, typer.Option(help="two-letter country code, e.g. RU")],
    admin1: Annotated[str | None, typer.Option(help="GeoNames admin1 code, e.g. 41")] = None,
    alternates: Annotated[
        Path | None, typer.Option(help="alternateNamesV2.txt for Russian and Ukrainian names")
    ] = None,
) -> None:
    """Import places of one country (and region) from a GeoNames dump into the gazetteer."""
    from monitor.config import load_settings
    from monitor.places.geonames import import_geonames
    from monitor.places.loading import load_gazetteer

    settings = load_settings()
    target = import_geonames(file, settings.data_dir / "gazetteer", country, admin1, alternates)
    gaz = load_gazetteer(settings)
    count = sum(1 for p in gaz.places.values() if p.source.startswith("import geonames"))
    console.print(
        f"imported into {target}; the gazetteer now holds {len(gaz.places)} places "
        f"({count} imported)"
    )


def _analyzer(settings: Settings) -> Analyzer:
    from monitor.analyzer import Analyzer

    return Analyzer(settings)


@app.command("eval")
@handles_errors
def eval_command(
    gold: Annotated[Path, typer.Argument(help="labelled posts, one JSON object a line")],
    fmt: TableOrJsonOption = TableOrJson.table,
    predictions: Annotated[
        Path | None, typer.Option(help="write per-post predictions (JSON lines) here")
    ] = None,
    side: Annotated[
        SideChoice | None,
        typer.Option(
            help="the channels' side for posts whose record has no `side` (resolves "
            "«наши», «противник»); e.g. ru for dev.jsonl, ua for dev_uk.jsonl"
        ),
    ] = None,
    half: Annotated[
        HalfChoice | None,
        typer.Option(
            help="score one fixed half of the set only (by a hash of the post id): tune "
            "rules on `tune`, check them on `check`"
        ),
    ] = None,
    recent: Annotated[
        bool,
        typer.Option(
            help="settle namesakes a post leaves undecided by the places its channel named in "
            "its earlier posts of the set (the records' `channel` and `date`), as the daemon does"
        ),
    ] = True,
) -> None:
    """Score place and claim finding against a labelled set."""
    from monitor.evaluate import evaluate

    settings, gaz, _ = _matcher()
    analyzer = _analyzer(settings)
    result = evaluate(
        gold,
        analyzer.analyze,
        gaz,
        predictions,
        side.value if side else None,
        half.value if half else None,
        analyzer.analyze if recent else None,
    )
    if fmt is TableOrJson.json:
        typer.echo(json.dumps(result))
        return
    _print_scores(result)


def _print_scores(result: dict[str, Any]) -> None:
    table = Table("", "precision", "recall", "f1", "tp", "fp", "fn", "extra")
    places, claims = result["places"], result["claims"]
    table.add_row(
        "places",
        *(str(places[k]) for k in ("precision", "recall", "f1", "tp", "fp", "fn")),
        f"known recall {places['known_recall']}",
    )
    table.add_row(
        "claims",
        *(str(claims[k]) for k in ("precision", "recall", "f1", "tp", "fp", "fn")),
        f"actor {claims['actor_accuracy']}, stance {claims['stance_accuracy']}",
    )
    console.print(table)
    console.print(f"{result['posts']} posts")
