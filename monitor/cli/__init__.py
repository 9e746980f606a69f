"""The `monitor` command line: thin commands over the core (see `monitor.cli.app`)."""

from monitor.cli.app import app

# Each module registers its commands on `app` when imported.
from monitor.cli import core_commands  # noqa: E402,F401

try:  # the place-matching commands land with the analysis package
    from monitor.cli import places  # noqa: E402,F401
except ImportError:  # pragma: no cover - only while the module is absent
    pass

__all__ = ["app"]


def main() -> None:
    app()
