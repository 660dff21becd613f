"""A check-in needs a temperature unless the session says temperatures are not taken.

Before: a check-in without `--temp` was admitted silently, whatever the session's rule.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

Run = Callable[..., Any]


def rows(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("person", "screening", "attendance")
        )  # type: ignore[return-value]


def make_session(hadir: Run, db: Path, *extra: str) -> int:
    if not db.exists():
        assert hadir("--db", db, "event", "add", "--title", "Sosialisasi", "--organizer", "Dinas").code == 0
    done = hadir(
        "--db", db, "--json", "session", "add", "--event", 1, "--date", "2021-02-16", "--start", "08:00",
        "--end", "11:00", "--venue", "Aula", "--capacity", 30, *extra,
    )  # fmt: skip
    assert done.code == 0, done.err
    return done.data["session_id"]


def test_a_check_in_without_a_temperature_is_incomplete_and_records_nothing(
    hadir: Run, db_path: Path
) -> None:
    session = make_session(hadir, db_path)
    before = rows(db_path)
    done = hadir("--db", db_path, "--json", "checkin", "--session", session, "--walk-in", "--name", "Tamu")
    assert done.code == 2
    assert done.data["reason"] == "invalid_field" and "temperature" in done.data["message"]
    assert rows(db_path) == before
    admitted = hadir(
        "--db",
        db_path,
        "--json",
        "checkin",
        "--session",
        session,
        "--walk-in",
        "--name",
        "Tamu",
        "--temp",
        36.4,
    )
    assert admitted.code == 0 and admitted.data["status"] == "admitted"


def test_a_session_that_takes_no_temperatures_admits_without_one(hadir: Run, db_path: Path) -> None:
    session = make_session(hadir, db_path, "--no-temperature")
    done = hadir("--db", db_path, "--json", "checkin", "--session", session, "--walk-in", "--name", "Tamu")
    assert done.code == 0 and done.data["status"] == "admitted"
    listed = hadir("--db", db_path, "--json", "event", "list")
    assert listed.data["events"][0]["sessions"][0]["temperature_taken"] is False
