"""The `monitor` command line: thin commands over the core (see `monitor.cli.app`)."""

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

__all__ = ["app"]


def main() -> None:
    app()
