"""`monitor digest`: preview or send a digest on demand."""

from __future__ import annotations

import sys
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from monitor.cli.app import app, err_console, handles_errors, open_store, parse_since
from monitor.errors import UsageError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from monitor.config import AlertRule, Settings


class DigestFormat(StrEnum):
    """`alerts.render.Format` as a command-line choice (tests/cli/test_choices.py: the same)."""

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
    from monitor.config import AlertRule
    from monitor.store.db import session_scope
    from monitor.store.queries import last_digest_at

    settings, engine = open_store()
    start = parse_since(since)
    if rule is None:
        chosen = AlertRule(name="on-demand", format=(fmt or DigestFormat.text).value)
        if start is None:
            with session_scope(engine) as session:
                start = last_digest_at(session)
        _preview(settings, engine, chosen, start, include_sent=True, fmt=fmt)
    elif dry_run:
        chosen = _rule(settings, rule)
        _preview(settings, engine, chosen, start, include_sent=start is not None, fmt=fmt)
    elif start is not None:
        _rule(settings, rule)
        raise UsageError(
            "--since only applies to previews (--dry-run): a sent digest holds "
            "everything the rule has not sent yet"
        )
    else:
        _send(settings, engine, _rule(settings, rule))


def _rule(settings: Settings, name: str) -> AlertRule:
    found = [r for r in settings.alerts.rules if r.name == name]
    if not found:
        names = ", ".join(r.name for r in settings.alerts.rules) or "none"
        raise UsageError(f"no rule {name!r} in alerts.toml (rules: {names})")
    return found[0]


def _preview(
    settings: Settings,
    engine: Engine,
    rule: AlertRule,
    start: datetime | None,
    include_sent: bool,
    fmt: DigestFormat | None,
) -> None:
    """Print the rule's digest from `start` (in `fmt`, else the rule's format); record nothing."""
    from monitor.alerts.digest import build_digest
    from monitor.alerts.outbox import zone_of
    from monitor.alerts.render import render
    from monitor.alerts.select import select_digest
    from monitor.domain import utcnow
    from monitor.store.db import session_scope

    now = utcnow()
    with session_scope(engine) as session:
        selection = select_digest(session, rule, now, start, include_sent=include_sent)
    view = build_digest(rule.name, selection.entries, now, selection.clusters, selection.updates)
    layout = fmt.value if fmt else rule.format
    sys.stdout.write(render(view, layout, zone_of(rule, settings), rule.language).body())


def _send(settings: Settings, engine: Engine, rule: AlertRule) -> None:
    """Record the rule's digest now and deliver it; exit 1 when a delivery failed."""
    from monitor.alerts.outbox import deliver_pending
    from monitor.domain import utcnow
    from monitor.runtime.jobs import make_digests

    created = make_digests(engine, settings, [rule], utcnow(), force=True)
    report = deliver_pending(engine, settings)
    err_console.print(
        f"{len(created)} digest(s) recorded for {rule.name}; {report.sent} delivered, "
        f"{report.failed} delivery failures (retried later)",
        highlight=False,
        markup=False,
    )
    if report.failed:
        raise typer.Exit(1)
