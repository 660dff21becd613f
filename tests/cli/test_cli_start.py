"""The command line starts light: a command that writes no file loads no file writer.

Speed itself is measured by the benchmark harness (`cli_start_s`); this checks what makes it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ["reportlab", "openpyxl", "alembic", "PIL", "pygments", "python_calamine", "PySide6"]

_PROBE = """
import contextlib, io, json, sys
from desktop_app.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(sys.argv[1:])
heavy = sorted({name.split(".")[0] for name in sys.modules} & set(json.loads(sys.stdin.read())))
print(json.dumps({"code": code, "out": out.getvalue(), "heavy": heavy}))
"""


def _run(*args: str) -> dict:  # type: ignore[type-arg]
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        input=json.dumps(HEAVY),
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
