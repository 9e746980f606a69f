"""Where the data folders that the repository keeps at its top level are found at run time.

The repository keeps `config/`, `seeds/` and `migrations/` beside the package, where people edit
them. The wheel maps them into `monitor/_bundled/` (pyproject.toml, hatch `force-include`), so an
installed monitor runs from any folder without the source tree; a source checkout or an editable
install reads them from the repository itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

_PACKAGE = Path(__file__).resolve().parent

Bundled = Literal["config", "seeds", "migrations"]


def bundled_dir(name: Bundled) -> Path:
    """`monitor/_bundled/<name>` in an installed wheel, else `<repo>/<name>` in a checkout.

    The wheel's copy is looked for first: a site-packages folder may hold an unrelated top-level
    `config/` or `migrations/`. When neither exists (a broken install) the wheel's path is
    returned, so the caller's "not found" error names where the folder should be.
    """
    installed = _PACKAGE / "_bundled" / name
    checkout = _PACKAGE.parent / name
    if not installed.is_dir() and checkout.is_dir():
        return checkout
    return installed
