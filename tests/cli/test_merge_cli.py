"""`hadir merge FILE [--dry-run]`: the contract's keys, refusals with exit 2 or 3, nothing changed."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.storage.backup import backup_file
from desktop_app.storage.database import open_database

Run = Callable[..., Any]
SESSION = ("--date", "2021-02-16", "--start", "08:30", "--end", "11:30", "--venue", "Aula", "--capacity", "2")
CONTRACT = {
    "events",
    "sessions_new",
    "sessions_matched",
    "people_new",
    "people_matched",
    "attendance_new",
    "duplicates",
    "over_capacity",
    "conflicts",
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def two_laptops(hadir: Run, tmp_path: Path) -> tuple[Path, Path]:
    office = tmp_path / "office.db"
    hadir("--db", office, "event", "add", "--title", "Sosialisasi", "--organizer", "Disdagkop")
    hadir("--db", office, "session", "add", "--event", 1, *SESSION)
    laptop = backup_file(office, tmp_path / "laptop.db")
    for name, nik in (
        ("Sri Wahyuni", "3311014101900001"),
        ("Budi Santoso", "3311010202850002"),
        ("Citra Lestari", "3311084303880003"),
    ):
        done = hadir(
            "--db",
            laptop,
            "checkin",
            "--session",
            1,
            "--walk-in",
            "--name",
            name,
            "--nik",
            nik,
            "--temp",
            "36.5",
        )
        assert done.code == 0 or nik.endswith("3"), done.err
    # The office admits two others into the same batch meanwhile (capacity 2).
    for name, nik in (("Dodi Prasetyo", "3372010505800004"), ("Sri Wahyuni", "3311014101900001")):
        assert (
            hadir(
                "--db",
                office,
                "checkin",
                "--session",
                1,
                "--walk-in",
                "--name",
                name,
                "--nik",
                nik,
                "--temp",
                "36.5",
            ).code
            == 0
        )
    return office, laptop


def test_merge_answers_the_contracts_keys_and_a_dry_run_writes_nothing(hadir: Run, two_laptops) -> None:  # type: ignore[no-untyped-def]
    office, laptop = two_laptops
    before = _digest(office)
    dry = hadir("--db", office, "--json", "merge", laptop, "--dry-run")
    assert dry.code == 0, dry.err
    assert set(dry.data) >= CONTRACT
    assert _digest(office) == before

    done = hadir("--db", office, "--json", "merge", laptop)
    assert done.code == 0, done.err
    data = done.data
    assert {k: data[k] for k in CONTRACT} == {k: dry.data[k] for k in CONTRACT}
    assert (data["events"], data["sessions_new"], data["sessions_matched"]) == (0, 0, 1)
    # Sri is on both sides (matched by NIK, admitted twice); Budi is new to the office.
    assert (data["people_new"], data["people_matched"], data["attendance_new"], data["duplicates"]) == (
        1,
        1,
        1,
        1,
    )
    assert data["over_capacity"] == [1]
    again = hadir("--db", office, "--json", "merge", laptop)
    assert (again.data["people_new"], again.data["attendance_new"], again.data["duplicates"]) == (0, 0, 0)
    prose = hadir("--db", office, "merge", laptop)
    assert prose.code == 0 and "Over capacity (session ids): 1" in prose.out


@pytest.mark.parametrize("kind", ["garbage", "other_program", "newer", "missing"])
def test_a_file_that_is_not_a_hadir_database_is_refused_and_left_alone(
    hadir: Run, tmp_path: Path, db_path: Path, kind: str
) -> None:
    hadir("--db", db_path, "event", "add", "--title", "Sosialisasi", "--organizer", "Disdagkop")
    incoming = tmp_path / "incoming.db"
    if kind == "garbage":
        incoming.write_bytes(b"not a database at all" * 100)
    elif kind == "other_program":
        with sqlite3.connect(incoming) as conn:
            conn.execute("CREATE TABLE notes (body TEXT)")
    elif kind == "newer":
        backup_file(db_path, incoming)
        with sqlite3.connect(incoming) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before_in = _digest(incoming) if incoming.exists() else None
    before = _digest(db_path)
    done = hadir("--db", db_path, "--json", "merge", incoming)
    assert done.code == 2, done.out
    assert done.data["status"] == "error" and "Traceback" not in done.err
    assert _digest(db_path) == before
    assert (_digest(incoming) if incoming.exists() else None) == before_in


def test_a_desk_operator_may_not_merge(hadir: Run, two_laptops, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, laptop = two_laptops
    db = open_database(office)
    from desktop_app.services.container import Services

    svc = Services(db)
    svc.operators.add_operator("Rina", "1234", svc.operators.local_admin().id)
    svc.close()
    before = _digest(office)
    done = hadir("--db", office, "--json", "--operator", "Rina", "merge", laptop)
    assert done.code == 3 and done.data["reason"] == "not_allowed"
    assert _digest(office) == before


def test_a_batch_and_an_event_edited_on_the_laptop_are_conflicts_the_office_value_stays(
    hadir: Run, db_target: str, tmp_path: Path
) -> None:
    from datetime import time

    from desktop_app.services.container import Services
    from desktop_app.services.events.service import EventDraft, SessionDraft

    office = tmp_path / "office.db"
    hadir("--db", office, "event", "add", "--title", "Sosialisasi", "--organizer", "Disdagkop")
    hadir("--db", office, "session", "add", "--event", 1, *SESSION)
    laptop = backup_file(office, tmp_path / "laptop.db")
    svc = Services(open_database(laptop))
    admin = svc.operators.local_admin().id
    info = svc.events.get_session(1)
    fields = {name: getattr(info, name) for name in SessionDraft.__dataclass_fields__}
    svc.events.update_session(1, SessionDraft(**fields | {"venue": "Pendopo", "start_time": time(9)}), admin)
    svc.events.update_event(1, EventDraft("Sosialisasi", "Disdagkop", partner="BPJS Ketenagakerjaan"), admin)
    svc.close()

    assert hadir("--db", db_target, "--json", "merge", office).code == 0
    done = hadir("--db", db_target, "--json", "merge", laptop)
    assert done.code == 0, done.err
    assert [c for c in done.data["conflicts"] if c["kind"].endswith("_field")] == [
        {
            "kind": "session_field",
            "session_id": 1,
            "event_id": 1,
            "batch": 1,
            "field": "start_time",
            "office": "08:30",
            "incoming": "09:00",
        },
        {
            "kind": "session_field",
            "session_id": 1,
            "event_id": 1,
            "batch": 1,
            "field": "venue",
            "office": "Aula",
            "incoming": "Pendopo",
        },
    ]  # the partner the office left blank is filled from the laptop, not a conflict
    listed = hadir("--db", db_target, "--json", "event", "list")
    [session] = (
        listed.data["events"][0]["sessions"] if "events" in listed.data else listed.data[0]["sessions"]
    )
    assert (session["venue"], session["start"]) == ("Aula", "08:30")
    prose = hadir("--db", db_target, "merge", laptop)
    assert "Conflict: kind=session_field" in prose.out and "field=venue" in prose.out
