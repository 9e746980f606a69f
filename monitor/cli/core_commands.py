"""Core commands: db, run, flags, status, reanalyze (`monitor search` is in cli/search.py)."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from monitor.cli.app import (
    app,
    console,
    err_console,
    handles_errors,
    open_store,
    parse_since,
    short_command,
    working,
)
from monitor.cli.output import (
    Format,
    FormatOption,
    TableOrJson,
    TableOrJsonOption,
    emit,
    emit_object,
    safe_text,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from monitor.analyzer import Analyzer
    from monitor.config import Settings
    from monitor.runtime.health import Health
    from monitor.runtime.jobs import CycleReport
    from monitor.store.entries import PostEntry

db_app = typer.Typer(
    rich_markup_mode=None, help="Create and migrate the database.", no_args_is_help=True
)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
@handles_errors
def db_upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Create or migrate the configured database to the latest schema."""
    from monitor.store.db import describe
    from monitor.store.migrate import upgrade

    settings, engine = open_store(migrated=False, creates=True)
    # Each migration applied is worth a line here (alembic is quiet for other commands).
    logging.getLogger("alembic").setLevel(logging.INFO)
    upgrade(engine, revision, reader_role=settings.sql.reader_role)
    err_console.print(f"database {describe(engine)} is at revision {revision}", highlight=False)


@db_app.command("current")
@handles_errors
def db_current() -> None:
    """Show the database's schema revision and the newest one available."""
    from monitor.store.migrate import current_revision, head_revision

    _, engine = open_store(migrated=False)
    console.print(
        f"current: {current_revision(engine)}  head: {head_revision(engine)}", highlight=False
    )


@app.command()
@handles_errors
def run(
    once: Annotated[bool, typer.Option("--once", help="One full cycle, then exit.")] = False,
    shutdown_grace: Annotated[
        float | None,
        typer.Option(
            help="Seconds to let running jobs finish after SIGTERM "
            "(default: [daemon].shutdown_grace_seconds)."
        ),
    ] = None,
    metrics_port: Annotated[
        int | None,
        typer.Option(help="Serve Prometheus metrics on this port (daemon only).", min=1),
    ] = None,
) -> None:
    """Poll the enabled channels, analyze, send digests: once, or as a daemon.

    Exit codes: 0 clean stop, 2 invalid configuration, 3 database unreachable or not
    migrated, 4 another daemon holds the SQLite database, 130 forced by a second signal."""
    from monitor.analyzer import Analyzer
    from monitor.runtime.jobs import prepare_channels
    from monitor.runtime.process import SingleWriterLock

    settings, engine = open_store()
    lock = None
    if engine.dialect.name == "sqlite":
        lock = SingleWriterLock(settings.data_dir / "monitor.lock")
        lock.acquire()
    try:
        with working("loading the place matcher (the first run compiles it: about 20 s)…"):
            analyzer = Analyzer(settings)
        prepare_channels(engine, settings)
        if not once:
            raise typer.Exit(_daemon(settings, engine, analyzer, shutdown_grace, metrics_port))
        report = _one_cycle(settings, engine, analyzer)
    finally:
        if lock:
            lock.release()
    _print_cycle(report)


def _daemon(
    settings: Settings,
    engine: Engine,
    analyzer: Analyzer,
    shutdown_grace: float | None,
    metrics_port: int | None,
) -> int:
    """Run the daemon until it stops; its exit code."""
    import asyncio

    from monitor.config import load_settings
    from monitor.runtime.daemon import Daemon

    # One "Added job" line per channel at start says nothing the daemon does not.
    logging.getLogger("apscheduler.scheduler").setLevel(logging.WARNING)
    daemon = Daemon(
        settings,
        engine,
        analyzer,
        reload=load_settings,
        shutdown_grace=shutdown_grace,
        metrics_port=metrics_port,
    )
    return asyncio.run(daemon.run())


def _one_cycle(settings: Settings, engine: Engine, analyzer: Analyzer) -> CycleReport:
    """One full cycle (`run --once`): poll, analyze, make and send digests."""
    import asyncio

    from monitor.runtime.jobs import Sources, run_cycle

    async def cycle() -> CycleReport:
        sources = Sources(settings)
        try:
            return await run_cycle(engine, settings, analyzer, sources)
        finally:
            await sources.aclose()

    return asyncio.run(cycle())


def _print_cycle(report: CycleReport) -> None:
    """The cycle in one line, then each failed poll; exit 1 when every poll failed."""
    new = sum(p.stats.new for p in report.polls)
    failed = [p for p in report.polls if p.error]
    err_console.print(
        f"polled {len(report.polls)} channels ({new} new posts, {len(failed)} failed), "
        f"analyzed {report.analyzed} posts, {len(report.digests)} digest(s), "
        f"{report.delivery.sent} delivered, {report.delivery.failed} delivery failures",
        highlight=False,
        markup=False,
    )
    for outcome in failed:
        err_console.print(Text("  ").append(safe_text(outcome.error, one_line=True)))
    if failed and len(failed) == len(report.polls):
        raise typer.Exit(1)


@app.command()
@handles_errors
def flags(
    place: Annotated[list[str] | None, typer.Option(help="Place key (repeatable).")] = None,
    claim: Annotated[list[str] | None, typer.Option(help="Claim type (repeatable).")] = None,
    channel: Annotated[list[str] | None, typer.Option(help="Channel (repeatable).")] = None,
    since: Annotated[str | None, typer.Option(help="Posts from this date (UTC).")] = None,
    limit: Annotated[int, typer.Option(min=1, max=100_000)] = 100,
    fmt: FormatOption = Format.table,
) -> None:
    """Flagged posts with their places and claims, newest first. --place and --claim select
    posts: a post with a capture anywhere and any claim about the place matches both."""
    from monitor.search.filters import SearchFilters
    from monitor.search.service import check_filters
    from monitor.store.db import session_scope
    from monitor.store.entries import flagged_post_ids, load_entries

    _, engine = open_store()
    with session_scope(engine) as session:
        channels = [c.lstrip("@") for c in channel or ()]
        check_filters(
            session,
            SearchFilters(channels=channels, places=place or (), claim_types=claim or ()),
        )
        ids = flagged_post_ids(
            session,
            places=place or (),
            claim_types=claim or (),
            channels=channels,
            since=parse_since(since),
            limit=limit,
            newest_first=True,
        )
        entries = load_entries(session, ids)
    emit(
        [_flag_row(e, fmt) for e in entries],
        fmt.value,
        ["post_id", "channel", "posted_at", "places", "claims", "text"]
        if fmt == Format.table
        else None,
        title=f"{len(entries)} flagged posts",
    )


def _flag_row(entry: PostEntry, fmt: Format) -> dict[str, object]:
    """A flagged post: for a table, place names, claims in words and the text's start cut at a
    word; for scripts, keys, machine claim labels and the whole text."""
    from monitor.search.service import claim_labels, claim_phrases

    people = fmt == Format.table
    tracked = [p for p in entry.places if p.tracked]
    return {
        "post_id": entry.post_id,
        "channel": entry.channel,
        "side": entry.side,
        "posted_at": entry.posted_at.isoformat(),
        "link": entry.link,
        "places": sorted({p.name if people else p.key for p in tracked}),
        "claims": claim_phrases(entry.claims) if people else claim_labels(entry.claims),
        "edited": entry.edited_at is not None,
        "deleted": entry.deleted_at is not None,
        "text": shorten(" ".join(entry.text.split()), 120) if people else entry.text,
    }


def shorten(text: str, width: int) -> str:
    """`text` cut at a word to at most `width` characters, with an ellipsis when cut."""
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] if " " in text[: width - 1] else text[: width - 1]
    return cut.rstrip(" ,.;:") + "…"


# What fits 120 columns; `status --format json` has every field (source, lag, missing ids...).
STATUS_COLUMNS = [
    "channel",
    "side",
    "state",
    "posts",
    "last_poll",
    "next_poll",
    "fails",
    "last_error",
]


@app.command()
@short_command
def status(fmt: TableOrJsonOption = TableOrJson.table) -> None:
    """Per channel: last poll, lag, failures, last error, next poll; database totals; the
    daemon's workers and heartbeat; failing digest rules and deliveries. Exits 5 when unhealthy
    (no heartbeat for 3 poll intervals, every enabled channel failing, or a digest rule failing):
    usable as a container health check."""
    raise typer.Exit(_status_report(fmt))


def _status_report(fmt: TableOrJson) -> int:
    """Print the status; the exit code."""
    from monitor.alerts.delivery_status import failing_deliveries
    from monitor.runtime.health import EXIT_UNHEALTHY, daemon_health
    from monitor.store.db import describe
    from monitor.store.queries import channel_status, known_gaps, totals
    from monitor.store.rule_failures import failing_rules

    settings, engine = open_store()
    # Core reads on one connection: the ORM (mapping the models) would cost a third of `status`.
    try:
        with engine.connect() as session:
            channels, counts = channel_status(session), totals(session)
            failing = failing_deliveries(session)
            rule_names = [rule.name for rule in settings.alerts.rules]
            rules_failing = failing_rules(session, rule_names)
            health = daemon_health(session, settings.poll.interval_seconds, rules=rule_names)
            gaps = known_gaps(session) if fmt == TableOrJson.json else []
    finally:
        engine.dispose()  # a short command's objects are never collected (`short_command`)
    code = 0 if health.healthy else EXIT_UNHEALTHY
    if fmt == TableOrJson.json:
        emit_object(
            {
                "database": describe(engine),
                **counts,
                **health.as_dict(),
                "channels": channels,
                "failing_deliveries": failing,
                "failing_rules": rules_failing,
                "gaps": gaps,
            }
        )
        sys.stdout.flush()
        return code
    _print_status(channels, counts, failing, health, rules_failing)
    return code


def _print_status(
    channels: list[dict[str, object]],
    counts: dict[str, int],
    failing: list[dict[str, object]],
    health: Health,
    rules_failing: list[dict[str, object]] | None = None,
) -> None:
    """`status` for people: the channel table, totals, gaps, failing rules and deliveries,
    workers."""
    from monitor.store.queries import gaps_line

    rows = [
        {
            **row,
            "state": "enabled" if row["enabled"] else "disabled",
            "fails": row["failures"],
        }
        for row in channels
    ]
    emit(rows, "table", STATUS_COLUMNS, title="channels")
    console.print(" · ".join(f"{k}: {v}" for k, v in counts.items()), highlight=False)
    console.print(gaps_line(channels), highlight=False, markup=False)
    if rules_failing:
        emit(rules_failing, "table", title="failing digest rules")
    if failing:
        emit(failing, "table", title="failing digest deliveries")
    for worker in health.workers[:5]:
        if worker.stopped_at:
            state = f"stopped {worker.stopped_at:%Y-%m-%d %H:%M:%S}"
        else:  # a worker without a recent heartbeat is not called live (it may be killed)
            state = "live" if health.heartbeat_fresh(worker) else "silent (no recent heartbeat)"
        console.print(
            f"worker {worker.id}: {state}, heartbeat {worker.heartbeat_at:%Y-%m-%d %H:%M:%S} UTC,"
            f" {worker.channels_leased} lease(s)",
            highlight=False,
            markup=False,
        )
    for problem in health.problems:
        err_console.print(f"unhealthy: {problem}", highlight=False, markup=False)


@app.command()
@handles_errors
def reanalyze() -> None:
    """Analyze every post again (after changing places.toml or claims.toml)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from monitor.analyzer import Analyzer
    from monitor.runtime.jobs import analyze_pending
    from monitor.store.analysis import forget_analysis
    from monitor.store.db import session_scope

    settings, engine = open_store()
    with err_console.status("loading the places and the claim rules"):
        analyzer = Analyzer(settings)
    with session_scope(engine) as session:
        total = forget_analysis(session)
    columns = (BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task("re-analyzing", total=total)
        count = analyze_pending(engine, analyzer, progress=lambda n: progress.advance(task, n))
    err_console.print(f"re-analyzed {count} posts", highlight=False)
