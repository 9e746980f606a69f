"""The `monitor` command line: thin commands over the core (see `monitor.cli.app`)."""

# Each module registers its commands on `app` when imported.
from monitor.cli import (
    channels,  # noqa: F401
    core_commands,  # noqa: F401
    imports,  # noqa: F401
    places,  # noqa: F401
    telegram,  # noqa: F401
)
from monitor.cli.app import app

__all__ = ["app"]


def main() -> None:
    app()
