"""The command line starts light: a command that writes no file loads no file writer.

Speed itself is measured by the benchmark harness (`cli_start_s`); this checks what makes it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ["reportlab", "openpyxl", "alembic", "PIL", "pygments", "python_calamine", "PySide6"]
# Most of what `hadir event list` once waited for: the ORM and the models (plain SQL reads instead).
ORM = ["sqlalchemy.orm", "desktop_app.storage.models", "desktop_app.services.events.service"]

_PROBE = """
import contextlib, io, json, sys
from desktop_app.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(sys.argv[1:])
wanted = set(json.loads(sys.stdin.read()))
heavy = sorted(({name.split(".")[0] for name in sys.modules} | set(sys.modules)) & wanted)
print(json.dumps({"code": code, "out": out.getvalue(), "heavy": heavy}))
"""


def _run(*args: str) -> dict:  # type: ignore[type-arg]
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        input=json.dumps(HEAVY + ORM),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.splitlines()[-1])


def test_listing_events_loads_no_writer_and_no_migration_tool(tmp_path: Path) -> None:
    db = str(tmp_path / "hadir.db")
    first = _run(
        "--db", db, "--json", "event", "add", "--title", "Sosialisasi BPJS", "--organizer", "Disdagkop"
    )
    assert first["code"] == 0
    assert "alembic" in first["heavy"]  # a new file is migrated: Alembic is loaded when it is needed

    listed = _run("--db", db, "--json", "event", "list")

    assert listed["code"] == 0
    assert json.loads(listed["out"])["events"][0]["title"] == "Sosialisasi BPJS"
    assert listed["heavy"] == []


def test_listing_events_reads_without_the_orm_and_answers_as_before(tmp_path: Path) -> None:
    db = str(tmp_path / "hadir.db")
    _run("--db", db, "--json", "event", "add", "--title", "Sosialisasi BPJS", "--organizer", "Disdagkop")
    added = _run(
        "--db", db, "--json", "session", "add", "--event", "1", "--date", "2021-02-16",
        "--start", "08.30", "--end", "11:30", "--venue", "Aula", "--capacity", "30", "--no-temperature",
    )  # fmt: skip
    assert added["code"] == 0 and "sqlalchemy.orm" in added["heavy"]  # a write goes through the ORM

    listed = _run("--db", db, "--json", "--operator", "Admin", "event", "list")

    assert listed["code"] == 0 and listed["heavy"] == []
    session = json.loads(listed["out"])["events"][0]["sessions"][0]
    assert session == {
        "session_id": 1, "batch": 1, "date": "2021-02-16", "start": "08:30", "end": "11:30",
        "venue": "Aula", "capacity": 30, "invited": 0, "attended": 0, "temperature_taken": False,
    }  # fmt: skip
    nobody = _run("--db", db, "--json", "--operator", "Budi", "event", "list")
    assert nobody["code"] == 2 and "no active operator named 'Budi'" in nobody["out"]


def test_a_command_that_only_reads_writes_no_file_and_the_next_write_does_the_housekeeping(
    tmp_path: Path,
) -> None:
    db = tmp_path / "hadir.db"
    made = _run("--db", str(db), "--json", "event", "add", "--title", "Sosialisasi", "--organizer", "Dinas")
    assert made["code"] == 0
    backups = tmp_path / "backups"
    daily = sorted(backups.glob("hadir-*-daily.db"))
    assert len(daily) == 1  # the first open of the day keeps its copy
    daily[0].unlink()  # as if the day had turned since
    before = {
        p: p.stat().st_mtime_ns
        for p in tmp_path.rglob("*")
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }

    for args in (["event", "list"], ["verify", "not-a-certificate"]):
        _run("--db", str(db), "--json", *args)

    after = {
        p: p.stat().st_mtime_ns
        for p in tmp_path.rglob("*")
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }
    assert sorted(backups.glob("hadir-*-daily.db")) == []  # no copy made by a read
    assert after == before  # and no file changed

    _run("--db", str(db), "--json", "event", "add", "--title", "Pelatihan", "--organizer", "Dinas")
    assert len(sorted(backups.glob("hadir-*-daily.db"))) == 1  # the next write made it
