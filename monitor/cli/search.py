"""`monitor search`: full-text search that understands Russian and Ukrainian word forms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from monitor.cli.app import app, err_console, handles_errors, open_store, parse_since, working
from monitor.cli.output import Format, FormatOption, emit
from monitor.domain import SideChoice
from monitor.errors import UsageError
from monitor.search.filters import Order, SearchFilters

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from monitor.config import Settings
    from monitor.search.engine import SearchPage

TABLE_COLUMNS = ["post_id", "channel", "posted_at", "places", "snippet"]


def _run(
    settings: Settings,
    engine: Engine,
    text: str,
    order: Order,
    limit: int,
    page: int,
    filters: SearchFilters,
) -> SearchPage:
    from monitor.places.loading import load_matcher
    from monitor.search.engine import check_index, search
    from monitor.search.service import check_filters, plan_query
    from monitor.store.db import session_scope

    with working("loading the place matcher (the first run compiles it: about 20 s)…"):
        matcher = load_matcher(settings)
    plan = plan_query(text, matcher)
    if plan.empty:
        raise UsageError("give some words to search for")
    with session_scope(engine) as session:
        check_index(session)
        check_filters(session, filters)
        return search(session, plan, filters, order=order, limit=limit, offset=(page - 1) * limit)


@app.command("search")
@handles_errors
def search_command(
    text: Annotated[
        str,
        typer.Argument(
            help="Words to find, in any grammatical form (газопровод finds газопроводу); a "
            "place name also finds its other spellings (Суджа → Судже, Суджі, Sudzha)."
        ),
    ],
    channel: Annotated[list[str] | None, typer.Option(help="Channel (repeatable).")] = None,
    side: Annotated[list[str] | None, typer.Option(help="ru, ua or other (repeatable).")] = None,
    place: Annotated[
        list[str] | None, typer.Option(help="Posts about this place key (repeatable).")
    ] = None,
    claim: Annotated[list[str] | None, typer.Option(help="Claim type (repeatable).")] = None,
    since: Annotated[str | None, typer.Option(help="Posted at or after (UTC date).")] = None,
    until: Annotated[str | None, typer.Option(help="Posted before (UTC date).")] = None,
    edited: Annotated[
        bool | None, typer.Option("--edited/--not-edited", help="Only edited / unedited posts.")
    ] = None,
    deleted: Annotated[
        bool | None, typer.Option("--deleted/--not-deleted", help="Only deleted / live posts.")
    ] = None,
    flagged: Annotated[
        bool, typer.Option(help="Only posts with tracked places or claims.")
    ] = False,
    order: Annotated[Order, typer.Option(help="Best match first, or by time.")] = Order.rank,
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="Posts per page.")] = 50,
    page: Annotated[int, typer.Option(min=1, help="Page number.")] = 1,
    fmt: FormatOption = Format.table,
) -> None:
    """Search stored posts: ranked, with highlighted snippets (**like this**)."""
    bad_side = sorted(set(side or ()) - {s.value for s in SideChoice})
    if bad_side:
        raise UsageError(f"--side {bad_side[0]!r}: use ru, ua or other")
    settings, engine = open_store()
    try:
        filters = SearchFilters(
            channels=channel or (),
            sides=side or (),
            places=place or (),
            claim_types=claim or (),
            since=parse_since(since),
            until=parse_since(until, "--until"),
            edited=edited,
            deleted=deleted,
            flagged_only=flagged,
        )
        result = _run(settings, engine, text, order, limit, page, filters)
    finally:
        engine.dispose()
    _print_page(result, page, fmt)


def _print_page(result: SearchPage, page: int, fmt: Format) -> None:
    from monitor.search.service import hit_row

    rows = [hit_row(h, full_text=fmt != Format.table) for h in result.hits]
    if fmt == Format.table:  # people read names; scripts get the keys
        for row, hit in zip(rows, result.hits, strict=True):
            row["places"] = sorted({p.name for p in hit.entry.places if p.tracked})
    title = f"{len(rows)} posts (page {page}{', more on the next' if result.has_more else ''})"
    emit(rows, fmt.value, TABLE_COLUMNS if fmt == Format.table else None, title=title)
    if fmt == Format.table and result.has_more:
        err_console.print(f"more results: --page {page + 1}", highlight=False)
