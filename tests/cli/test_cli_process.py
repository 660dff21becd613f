"""The real program: exit statuses as a shell script sees them, and never a traceback."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

SESSION = ("--date", "2021-02-16", "--start", "08:30", "--end", "11:30", "--venue", "Aula", "--capacity", 30)

Run = Callable[..., Any]  # the `hadir` / `hadir_process` fixtures: args -> Outcome


def test_version_as_a_program(hadir_process: Run) -> None:
    done = hadir_process("--version")
    assert done.code == 0
    assert done.out.startswith("hadir ")
    module = hadir_process("--version", command=[sys.executable, "-m", "desktop_app"])
    assert (module.code, module.out) == (0, done.out)


def test_add_event_and_session_then_bad_input(hadir_process: Run, db_target: Path) -> None:
    event = hadir_process(
        "--db", db_target, "--json", "event", "add", "--title", "Sosialisasi", "--organizer", "D"
    )
    assert (event.code, event.data) == (0, {"event_id": 1})
    session = hadir_process("--db", db_target, "session", "add", "--event", 1, *SESSION, "--json")
    assert session.code == 0
    assert session.data["session_id"] == 1

    add = ("--db", db_target, "--json", "session", "add")
    bad_date = hadir_process(*add, "--event", 1, *SESSION, "--date", "2021-02-30")  # the last --date wins
    assert bad_date.code == 2
    assert bad_date.data["status"] == "error"
    assert "Traceback" not in bad_date.err
    unknown = hadir_process("--db", db_target, "--json", "session", "add", "--event", 7, *SESSION)
    assert (unknown.code, unknown.data["reason"]) == (2, "not_found")


def test_usage_errors_exit_2(hadir_process: Run, db_target: Path) -> None:
    missing = hadir_process("--db", db_target, "session", "add", "--event", 1)
    assert missing.code == 2
    assert "required" in missing.err
    assert "Traceback" not in missing.err
    unknown = hadir_process("--db", db_target, "--json", "no-such-command")
    assert (unknown.code, unknown.data["reason"]) == (2, "usage")


@pytest.mark.sqlite_only  # a damaged file
def test_a_corrupt_database_as_a_program(hadir_process: Run, db_path: Path) -> None:
    db_path.write_bytes(b"\x00garbage" * 512)
    before = db_path.read_bytes()
    done = hadir_process("--db", db_path, "--json", "event", "list")
    assert done.code == 2
    assert done.data["reason"] == "database"
    assert "Traceback" not in done.err
    assert db_path.read_bytes() == before
