"""Backup copies: consistent while the database is in use, atomic, and pruned by age."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storage_helpers import add_person

from desktop_app.storage.backup import backup_file, prune_backups, timestamped_name
from desktop_app.storage.database import Database


def test_a_backup_of_an_open_database_holds_its_latest_commit(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    add_person(db, nik="3311010101850001")
    # the commit is still in the -wal (the engine is open, nothing checkpointed it)
    target = backup_file(db_path, tmp_path / "copies" / "copy.db")
    assert target.exists()
    assert not list(target.parent.glob("*.partial"))
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT nik FROM person").fetchall() == [("3311010101850001",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_backup_replaces_an_older_copy_of_the_same_name(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "copy.db"
    target.write_bytes(b"an old copy")
    add_person(db)
    backup_file(db_path, target)
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 1


def test_timestamped_names_sort_by_time() -> None:
    start = datetime(2021, 2, 16, 9, 0, tzinfo=UTC)
    names = [timestamped_name("hadir", "daily", start + timedelta(hours=h)) for h in (30, 0, 5)]
    assert sorted(names)[0] == "hadir-20210216-090000-daily.db"
    assert sorted(names)[-1] == "hadir-20210217-150000-daily.db"


def test_pruning_keeps_the_newest_and_leaves_other_files(tmp_path: Path) -> None:
    start = datetime(2021, 2, 1, tzinfo=UTC)
    made = [tmp_path / timestamped_name("hadir", "daily", start + timedelta(days=d)) for d in range(5)]
    for path in made:
        path.write_bytes(b"x")
    unrelated = tmp_path / "laporan.xlsx"
    unrelated.write_bytes(b"x")

    deleted = prune_backups(tmp_path, "hadir", keep=2)
    assert sorted(deleted) == made[:3]
    assert sorted(tmp_path.glob("hadir-*.db")) == made[3:]
    assert unrelated.exists()
    assert prune_backups(tmp_path, "hadir", keep=2) == []


def test_a_copy_in_steps_holds_the_moment_it_began_while_the_desk_writes_between_steps(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    for n in range(300):  # enough pages for many one-page steps
        add_person(db, nik=f"3311010101850{n:03d}", name="Peserta Nomor " + "x" * 200)
    steps: list[tuple[int, int]] = []

    def desk_writes(done: int, total: int) -> None:
        steps.append((done, total))
        if len(steps) == 3:  # a check-in committed in the middle of the copy, on another connection
            add_person(db, nik="3311010101859999", name="Datang Terlambat")

    target = backup_file(db_path, tmp_path / "daily.db", step_pages=1, progress=desk_writes)

    assert len(steps) > 10 and steps[-1][0] == steps[-1][1]  # one page a step, to the last page
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 300  # as the copy began
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with sqlite3.connect(db_path) as conn:  # and the check-in is in the database
        assert conn.execute("SELECT count(*) FROM person WHERE name = 'Datang Terlambat'").fetchone()[0] == 1
