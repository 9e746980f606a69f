"""The `monitor` command line: thin commands over the core (see `monitor.cli.app`).

One import rule for every module of this package, so that `monitor --help` and a mistyped
command answer at once: a cli module's top level imports only the standard library, typer,
rich, the cli helpers (`app`, `output`) and monitor modules that themselves import only the
standard library (`monitor.errors`, `monitor.domain`, `monitor.gc_pause`, `monitor.search.filters`:
the choices the options name). Everything else (SQLAlchemy, pydantic and `monitor.config`,
telethon, the store, analysis, alerts, search, web) is imported inside the command that uses
it; names needed only in annotations are imported under `TYPE_CHECKING`.
tests/cli/test_startup.py holds the line.
"""

# Each module registers its commands on `app` when imported.
from monitor.cli import (
    channels,  # noqa: F401
    core_commands,  # noqa: F401
    digest,  # noqa: F401
    export,  # noqa: F401
    imports,  # noqa: F401
    places,  # noqa: F401
    search,  # noqa: F401
    serve,  # noqa: F401
    sql,  # noqa: F401
    telegram,  # noqa: F401
)
from monitor.cli.app import app
from monitor.gc_pause import startup_held

__all__ = ["app"]


def main() -> None:
    with startup_held():  # Typer builds every command and loads pydantic to parse the line
        app()
