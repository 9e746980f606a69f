"""The command line's choices are the core's types, spelled as enums for Typer."""

from __future__ import annotations

from typing import get_args

from monitor.alerts.render import Format as RenderFormat
from monitor.cli.digest import DigestFormat
from monitor.domain import Side, SideChoice


def test_the_side_choice_is_the_domain_side() -> None:
    assert [choice.value for choice in SideChoice] == list(get_args(Side))


def test_the_digest_format_choice_is_what_render_takes() -> None:
    assert [choice.value for choice in DigestFormat] == list(get_args(RenderFormat))
