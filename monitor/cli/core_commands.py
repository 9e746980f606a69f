"""Core commands: db, run, flags, status, reanalyze (`monitor search` is in cli/search.py)."""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from monitor.cli.app import app, console, err_console, handles_errors, open_store, parse_since
from monitor.cli.output import Format, FormatOption, TableOrJson, TableOrJsonOption, emit

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from monitor.analyzer import Analyzer
    from monitor.config import Settings
    from monitor.runtime.health import Health
    from monitor.runtime.jobs import CycleReport

db_app = typer.Typer(help="Create and migrate the database.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
@handles_errors
def db_upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Create or migrate the configured database to the latest schema."""
    from monitor.store.db import describe
    from monitor.store.migrate import upgrade

    _, engine = open_store(migrated=False)
    upgrade(engine, revision)
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
        prepare_channels(engine, settings)
        analyzer = Analyzer(settings)
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
        err_console.print(f"  {outcome.error}", highlight=False, markup=False)
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
    """Flagged posts with their places and claims, newest first."""
    from monitor.store.db import session_scope
    from monitor.store.entries import flagged_post_ids, load_entries

    _, engine = open_store()
    with session_scope(engine) as session:
        ids = flagged_post_ids(
            session,
            places=place or (),
            claim_types=claim or (),
            channels=[c.lstrip("@") for c in channel or ()],
            since=parse_since(since),
            limit=limit,
            newest_first=True,
        )
        entries = load_entries(session, ids)
    rows = [
        {
            "post_id": e.post_id,
            "channel": e.channel,
            "side": e.side,
            "posted_at": e.posted_at.isoformat(),
            "link": e.link,
            "places": sorted({p.key for p in e.places if p.tracked}),
            "claims": [
                f"{c.claim_type}:{c.place_key or '-'}:{c.actor}:{c.stance}" for c in e.claims
            ],
            "edited": e.edited_at is not None,
            "deleted": e.deleted_at is not None,
            "text": e.text if fmt != Format.table else " ".join(e.text.split())[:120],
        }
        for e in entries
    ]
    emit(
        rows,
        fmt.value,
        ["post_id", "channel", "posted_at", "places", "claims", "text"]
        if fmt == Format.table
        else None,
        title=f"{len(rows)} flagged posts",
    )


STATUS_COLUMNS = [
    "channel",
    "source",
    "side",
    "enabled",
    "posts",
    "missing_ids",
    "last_poll",
    "lag_seconds",
    "failures",
    "last_error",
    "next_poll",
]


@app.command()
@handles_errors
def status(fmt: TableOrJsonOption = TableOrJson.table) -> None:
    """Per channel: last poll, lag, failures, last error, next poll; database totals; the
    daemon's workers and heartbeat. Exits 5 when the daemon is unhealthy (no heartbeat for 3
    poll intervals, or every enabled channel failing): usable as a container health check."""
    from monitor.alerts.outbox import failing_deliveries
    from monitor.runtime.health import EXIT_UNHEALTHY, daemon_health
    from monitor.store.db import describe, session_scope
    from monitor.store.queries import channel_status, known_gaps, totals

    settings, engine = open_store()
    with session_scope(engine) as session:
        channels, counts = channel_status(session), totals(session)
        failing = failing_deliveries(session)
        health = daemon_health(session, settings.poll.interval_seconds)
        gaps = known_gaps(session) if fmt == TableOrJson.json else []
    code = 0 if health.healthy else EXIT_UNHEALTHY
    if fmt == TableOrJson.json:
        emit(
            [
                {
                    "database": describe(engine),
                    **counts,
                    **health.as_dict(),
                    "channels": channels,
                    "failing_deliveries": failing,
                    "gaps": gaps,
                }
            ],
            "json",
        )
        sys.stdout.flush()
        raise typer.Exit(code)
    _print_status(channels, counts, failing, health)
    raise typer.Exit(code)


def _print_status(
    channels: list[dict[str, object]],
    counts: dict[str, int],
    failing: list[dict[str, object]],
    health: Health,
) -> None:
    """`status` for people: the channel table, totals, gaps, failing deliveries, workers."""
    from monitor.store.queries import gaps_line

    emit(channels, "table", STATUS_COLUMNS, title="channels")
    console.print(" · ".join(f"{k}: {v}" for k, v in counts.items()), highlight=False)
    console.print(gaps_line(channels), highlight=False, markup=False)
    if failing:
        emit(failing, "table", title="failing digest deliveries")
    for worker in health.workers[:5]:
        state = f"stopped {worker.stopped_at:%Y-%m-%d %H:%M:%S}" if worker.stopped_at else "live"
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
