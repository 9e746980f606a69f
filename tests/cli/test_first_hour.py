"""The first hour's traps (../shared/reviews/first-hour.md): readable tables at any width and
when piped, one-line errors that name the right option, filters refused the same way
everywhere, read-only commands that create nothing, `--version`, `places list/show`."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from monitor.cli import output
from tests.cli.test_core_cli import cli_env, invoke  # noqa: F401
from tests.conftest import REPO

TIMESTAMP = re.compile(r"\b20\d\d-\d\d-\d\d \d\d:\d\d\b")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One seeded database for the module's read-only commands."""
    root = tmp_path_factory.mktemp("first-hour")
    shutil.copytree(REPO / "config", root / "config")
    env = {
        "MONITOR_CONFIG_DIR": str(root / "config"),
        "MONITOR_DATA_DIR": str(root / "data"),
        "MONITOR_DATABASE_URL": f"sqlite:///{root / 'data' / 'monitor.db'}",
        "MONITOR_LOG_LEVEL": "WARNING",
        "COLUMNS": "200",
    }
    assert invoke(env, "db", "upgrade").exit_code == 0
    result = invoke(env, "run", "--once")
    assert result.exit_code == 0, result.output
    return env


def table_rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("│")]


def test_piped_status_keeps_every_row_on_one_line(seeded: dict[str, str]) -> None:
    env = {k: v for k, v in seeded.items() if k != "COLUMNS"}  # as `monitor status | cat`
    result = invoke(env, "status")
    assert result.exit_code == 0, result.output
    rows = table_rows(result.stdout)
    channels = ["butusov_plus", "medvedev_telegram", "unofficial_ru_blogger", "voenkorKotenok"]
    for name in channels:
        assert sum(name in row for row in rows) == 1, name  # never split, one line per channel
    assert all(TIMESTAMP.search(row) for row in rows if " enabled " in row)
    assert "enabled" in result.stdout and "True" not in result.stdout
    # sorted case-insensitively, as `monitor channels list`
    names = [row.split("│")[1].strip() for row in rows]
    assert names == sorted(names, key=str.casefold)


def test_piped_flags_keep_ids_timestamps_and_words_whole(seeded: dict[str, str]) -> None:
    env = {k: v for k, v in seeded.items() if k != "COLUMNS"}
    result = invoke(env, "flags", "--channel", "mod_russia")
    assert result.exit_code == 0, result.output
    rows = table_rows(result.stdout)
    assert len(rows) == 2  # one line per post, nothing folded
    text = result.stdout
    assert "capture of Malaya Loknya by ru, asserted" in text  # claims in words
    assert "Cherkasskoye Porechnoye" in text and "cherkasskoye-porechnoye" not in text
    cells = [row.split("│")[-2].strip() for row in rows]  # the text column
    full = invoke(env, "flags", "--channel", "mod_russia", "--format", "json")
    texts = [" ".join(r["text"].split()) for r in json.loads(full.stdout)]
    cut = [c for c in cells if c.endswith("…")]
    assert cut, cells
    for cell in cut:
        assert len(cell) <= 120
        original = next(t for t in texts if t.startswith(cell[:-1]))
        assert original[len(cell) - 1] in " ,.;:", (cell, original)  # cut at a word


def test_text_is_cut_at_a_word_with_an_ellipsis() -> None:
    from monitor.cli.core_commands import shorten

    text = "Подразделения группировки войск «Север» завершают зачистку освобождённых сёл"
    cut = shorten(text, 40)
    assert cut.endswith("…") and len(cut) <= 40
    assert text.startswith(cut[:-1]) and text[len(cut) - 1] == " "  # cut before a space
    assert shorten("short", 40) == "short"


@pytest.mark.parametrize("width", [80, 100, 120])
def test_tables_fit_a_terminal_and_wrap_only_text(
    monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    buffer = io.StringIO()
    terminal = Console(file=buffer, width=width, force_terminal=True, color_system=None)
    monkeypatch.setattr(output, "console", terminal)
    rows = [
        {
            "post_id": 123456,
            "channel": "medvedev_telegram",
            "posted_at": "2025-03-09T17:40:00+00:00",
            "text": "Наши войска дожимают противника в Курской области. " * 3,
        }
    ]
    output.emit(rows, "table", ["post_id", "channel", "posted_at", "text"])
    lines = buffer.getvalue().splitlines()
    assert all(len(line) <= width for line in lines), buffer.getvalue()
    first = next(line for line in lines if "123456" in line)
    assert "medvedev_telegram" in first and "2025-03-09 17:40" in first
    assert len(table_rows(buffer.getvalue())) > 1  # the text wrapped, at spaces
    assert all(
        not re.search(r"\w│$", line.rstrip()) for line in lines
    )  # nothing cut mid-word at the right edge


def test_a_table_too_wide_for_the_terminal_keeps_tokens_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    buffer = io.StringIO()
    monkeypatch.setattr(
        output, "console", Console(file=buffer, width=40, force_terminal=True, color_system=None)
    )
    row = {f"column_{i}": f"value-{i}-2025-03-09" for i in range(6)}
    output.emit([row], "table")
    assert all(f"value-{i}-2025-03-09" in buffer.getvalue() for i in range(6))
    assert "column_5" in buffer.getvalue()


def test_version() -> None:
    from typer.testing import CliRunner

    from monitor.cli import app

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert re.fullmatch(r"monitor \d+\.\d+\.\d+\S*\n", result.stdout)


def test_places_list_and_show(cli_env: dict[str, str]) -> None:  # noqa: F811
    result = invoke(cli_env, "places", "list", "--format", "json")
    assert result.exit_code == 0, result.output
    keys = {row["key"] for row in json.loads(result.stdout)}
    assert {"sudzha", "kositsa", "malaya-loknya"} <= keys
    table = invoke(cli_env, "places", "list")
    assert "Cherkasskoye Porechnoye" in table.stdout
    show = invoke(cli_env, "places", "show", "kositsa", "--format", "json")
    assert show.exit_code == 0, show.output
    place = json.loads(show.stdout)
    assert place["name"] == "Kositsa" and place["tracked"] is True and place["lat"] is None
    missing = invoke(cli_env, "places", "show", "nosuch")
    assert missing.exit_code == 2
    assert "monitor places list" in missing.output


def test_status_json_is_an_object(seeded: dict[str, str]) -> None:
    result = invoke(seeded, "status", "--format", "json")
    assert isinstance(json.loads(result.stdout), dict)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["flags", "--place", "nosuch"], "no place with key 'nosuch'"),
        (["flags", "--claim", "nosuch"], "unknown claim type 'nosuch'"),
        (["flags", "--channel", "nosuch"], "no channel 'nosuch'"),
        (["search", "Суджа", "--channel", "nosuch"], "no channel 'nosuch'"),
        (["search", "Суджа", "--place", "nosuch"], "`monitor places list` lists them"),
        (["search", "Суджа", "--until", "tomorrow"], "--until 'tomorrow'"),
        (["places", "test", "x", "--side", "foo"], "'foo'"),
    ],
)
def test_unknown_filters_are_refused(
    seeded: dict[str, str],
    args: list[str],
    says: str,
) -> None:
    result = invoke(seeded, *args)
    assert result.exit_code == 2, result.output
    assert says in result.output
    assert "--since" not in result.output


def test_channel_filter_ignores_case_and_at(seeded: dict[str, str]) -> None:
    result = invoke(seeded, "flags", "--channel", "@MOD_russia", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)


@pytest.mark.parametrize(
    "command", [["status"], ["flags"], ["sql", "select 1"], ["db", "current"], ["search", "x"]]
)
def test_read_only_commands_create_nothing(
    cli_env: dict[str, str],  # noqa: F811
    tmp_path: Path,
    command: list[str],
) -> None:
    folder = tmp_path / "zz"
    env = {**cli_env, "MONITOR_DATABASE_URL": f"sqlite:///{folder}/a/b.db"}
    result = invoke(env, *command)
    assert result.exit_code == 3, result.output
    assert "monitor db upgrade" in result.output
    assert not folder.exists()


def test_unsupported_database_scheme_is_one_line(cli_env: dict[str, str]) -> None:  # noqa: F811
    result = invoke({**cli_env, "MONITOR_DATABASE_URL": "mysql://x"}, "status")
    assert result.exit_code == 3
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "'mysql' is not supported" in result.output


def test_no_pymorphy3_or_alembic_chatter(cli_env: dict[str, str]) -> None:  # noqa: F811
    env = {**cli_env, "MONITOR_LOG_LEVEL": "INFO"}
    upgrade = invoke(env, "db", "upgrade")
    assert upgrade.exit_code == 0
    assert "Running upgrade" in upgrade.output  # the steps of an upgrade are worth a line
    for command in (["db", "current"], ["places", "test", "Бои идут в Судже"]):
        result = invoke(env, *command)
        assert result.exit_code == 0, result.output
        assert "pymorphy3" not in result.output and "alembic" not in result.output


@pytest.mark.parametrize(
    ("args", "quoted"),
    [
        (["channels", "enable", "x[/]"], "'x[/]'"),
        (["channels", "enable", "[bold]foo"], "'[bold]foo'"),
        (["search", "Суджа", "--side", "[ru]"], "'[ru]'"),
    ],
)
def test_input_in_errors_is_never_read_as_markup(
    seeded: dict[str, str], args: list[str], quoted: str
) -> None:
    result = invoke(seeded, *args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert quoted in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_help_is_plain_text() -> None:
    from typer.testing import CliRunner

    from monitor.cli import app

    result = CliRunner().invoke(app, ["run", "--help"])
    assert "[daemon].shutdown_grace_seconds" in " ".join(result.output.split())
    assert "<bool>" not in result.output


def test_long_steps_show_progress_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    cli_app = importlib.import_module("monitor.cli.app")  # the module, not the Typer `app`
    for terminal in (True, False):
        buffer = io.StringIO()
        console = Console(file=buffer, force_terminal=terminal, width=100)
        monkeypatch.setattr(cli_app, "err_console", console)
        with cli_app.working("loading the place matcher…"):
            pass
        assert ("loading the place matcher…" in buffer.getvalue()) is terminal
