"""Nothing acknowledged is lost: a process killed (SIGKILL) mid-burst or mid-import."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Attendance, Invitation, Organization, Person

CHILD = Path(__file__).with_name("kill_child.py")
ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def child(*args: object) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, str(CHILD), *map(str, args)], stdout=subprocess.PIPE, text=True, env=env
    )


def integrity(services) -> str:  # type: ignore[no-untyped-def]
    """SQLite's own check of the file; a server keeps its own consistency."""
    if services.db.server is not None:
        return "ok"
    with sqlite3.connect(services.db.path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_every_acknowledged_checkin_survives_a_kill(services, admin, make_session, db_target) -> None:
    _, session_id = make_session(capacity=500)
    ids = []
    with services.db.transaction() as s:
        for n in range(200):
            ids.append(services.people.create_person(s, WalkInDraft(name=f"Peserta {n}"), admin.id).id)
    proc = child("checkin", db_target, session_id, *ids)
    acknowledged = []
    assert proc.stdout is not None
    for line in proc.stdout:
        acknowledged.append(int(line.split()[1]))
        if len(acknowledged) == 60:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    services.db.engine.dispose()
    assert integrity(services) == "ok"
    with services.db.session() as s:
        admitted = set(s.scalars(select(Attendance.person_id).where(Attendance.session_id == session_id)))
    assert set(acknowledged) <= admitted  # every "admitted" the desk showed is on disk
    assert len(admitted) <= len(acknowledged) + 1  # at most the one in flight at the kill


def test_an_import_killed_halfway_leaves_the_database_as_it_was(
    services, admin, make_session, db_target, tmp_path
) -> None:
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    from bench_import import write_roster

    _, session_id = make_session(capacity=5000)
    with services.db.transaction() as s:
        services.people.create_person(s, WalkInDraft(name="Sudah Ada"), admin.id)
    roster = write_roster(tmp_path / "roster.xlsx", rows=3000)
    proc = child("import", db_target, roster, session_id)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "HALF"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    services.db.engine.dispose()
    assert integrity(services) == "ok"
    with services.db.session() as s:
        assert s.scalar(select(func.count(Person.id))) == 1
    if services.db.server is None:  # the FTS5 trigger's switch is back on
        with sqlite3.connect(services.db.path) as conn:
            assert conn.execute("SELECT bulk FROM search_control").fetchone()[0] == 0
    assert [h.name for h in services.checkin.search(session_id, "sudah ada")] == ["Sudah Ada"]


def test_an_import_killed_between_batches_is_taken_back_at_the_next_open(
    services, admin, make_session, db_target, tmp_path
) -> None:
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    from bench_import import write_roster

    _, session_id = make_session(capacity=5000)
    with services.db.transaction() as s:
        services.people.create_person(s, WalkInDraft(name="Sudah Ada"), admin.id)
    roster = write_roster(tmp_path / "roster.xlsx", rows=3000)  # a first batch of 100, then more
    proc = child("import-write", db_target, roster, session_id)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "BATCH"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    services.db.engine.dispose()
    with services.db.session() as s:  # the first batch was committed before the kill
        assert s.scalar(select(func.count(Person.id))) > 1
    services.housekeep()  # what every open does first
    assert integrity(services) == "ok"
    with services.db.session() as s:
        assert s.scalar(select(func.count(Person.id))) == 1
        assert s.scalar(select(func.count(Invitation.id))) == 0
        assert s.scalar(select(func.count(Organization.id))) == 0
    assert [h.name for h in services.checkin.search(session_id, "sudah ada")] == ["Sudah Ada"]
