"""`monitor digest`: preview or send a digest on demand."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from monitor.cli.app import app, err_console, handles_errors
from monitor.cli.core_commands import open_store, parse_since
from monitor.errors import UsageError


class DigestFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    html = "html"


@app.command()
@handles_errors
def digest(
    rule: Annotated[
        str | None, typer.Option(help="Send (or with --dry-run, preview) this rule's digest.")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the digest; record and send nothing.")
    ] = False,
    since: Annotated[
        str | None,
        typer.Option(
            help="Posts from this date (UTC); a preview then includes posts already sent."
        ),
    ] = None,
    fmt: Annotated[
        DigestFormat | None, typer.Option("--format", help="Layout of what is printed.")
    ] = None,
) -> None:
    """Preview or send a digest now. Without --rule: print everything flagged since the last
    digest (or --since), unfiltered, in the default layout; nothing is recorded."""
    from sqlalchemy import func, select

    from monitor.alerts.digest import build_digest
    from monitor.alerts.outbox import deliver_pending, zone_of
    from monitor.alerts.render import render
    from monitor.alerts.select import select_digest
    from monitor.config import AlertRule
    from monitor.domain import utcnow
    from monitor.runtime.jobs import make_digests
    from monitor.store.db import session_scope
    from monitor.store.models import Digest

    settings, engine = open_store()
    now = utcnow()
    start = parse_since(since)
    if rule is None:
        chosen = AlertRule(name="on-demand", format=(fmt or DigestFormat.text).value)
        dry_run = True
        if start is None:
            with session_scope(engine) as session:
                start = session.scalar(select(func.max(Digest.created_at)))
        include_sent = True
    else:
        found = [r for r in settings.alerts.rules if r.name == rule]
        if not found:
            names = ", ".join(r.name for r in settings.alerts.rules) or "none"
            raise UsageError(f"no rule {rule!r} in alerts.toml (rules: {names})")
        chosen = found[0]
        include_sent = dry_run and start is not None
    if dry_run:
        with session_scope(engine) as session:
            selection = select_digest(session, chosen, now, start, include_sent=include_sent)
        view = build_digest(
            chosen.name, selection.entries, now, selection.clusters, selection.updates
        )
        layout = fmt.value if fmt else chosen.format
        sys.stdout.write(render(view, layout, zone_of(chosen, settings), chosen.language).body())
        return
    if start is not None:
        raise UsageError(
            "--since only applies to previews (--dry-run): a sent digest holds "
            "everything the rule has not sent yet"
        )
    created = make_digests(engine, settings, [chosen], now, force=True)
    report = deliver_pending(engine, settings)
    err_console.print(
        f"{len(created)} digest(s) recorded for {chosen.name}; {report.sent} delivered, "
        f"{report.failed} delivery failures (retried later)",
        highlight=False,
        markup=False,
    )
    if report.failed:
        raise typer.Exit(1)
