"""The `monitor` command line: thin commands over the core (see `monitor.cli.app`)."""

# Each module registers its commands on `app` when imported.
from monitor.cli import (
    channels,  # noqa: F401
    core_commands,  # noqa: F401
    imports,  # noqa: F401
    telegram,  # noqa: F401
)
from monitor.cli.app import app

try:  # the place-matching commands land with the analysis package
    from monitor.cli import places  # noqa: F401
except ImportError:  # pragma: no cover - only while the module is absent
    pass

__all__ = ["app"]


def main() -> None:
    app()
