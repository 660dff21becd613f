"""Where a backup or an export is written: never over the live database, never leaving a copy behind."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Run = Callable[..., Any]


@pytest.fixture
def demo_db(hadir: Run, db_path: Path) -> Path:
    assert hadir("--db", db_path, "demo", "--people", 40).code == 0
    return db_path


def admitted(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM attendance WHERE undone_at IS NULL").fetchone()[0]


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_backup_onto_the_database_or_its_wal_shm_or_journal_is_refused(
    hadir: Run, demo_db: Path, suffix: str
) -> None:
    before = admitted(demo_db)
    target = demo_db.with_name(demo_db.name + suffix)
    done = hadir("--db", demo_db, "--json", "backup", "-o", target)
    assert done.code == 2
    assert done.data["reason"] == "invalid_input" and str(target.name) in done.data["message"]
    assert admitted(demo_db) == before
    with sqlite3.connect(demo_db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_through_another_name_of_the_database_is_refused(
    hadir: Run, demo_db: Path, tmp_path: Path
) -> None:
    alias = tmp_path / "alias.db"
    alias.symlink_to(demo_db)
    done = hadir("--db", demo_db, "--json", "backup", "-o", alias)
    assert done.code == 2
    assert admitted(demo_db) > 0


def test_a_failed_backup_leaves_no_partial_copy(hadir: Run, demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "salinan.db"
    target.mkdir()  # the copy is made, then cannot be renamed over a folder
    (target / "keep").write_text("x")
    done = hadir("--db", demo_db, "--json", "backup", "-o", target)
    assert done.code == 2, done.err
    assert sorted(p.name for p in tmp_path.iterdir() if "salinan" in p.name) == ["salinan.db"]


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.skipif(os.name != "posix", reason="the writer's pid is checked on POSIX")
def test_an_export_cleans_the_parts_a_killed_export_left(hadir: Run, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "angkatan-1.xlsx"
    stale = tmp_path / f".angkatan-1-{dead_pid()}-k1ll3d.xlsx.part"
    stale.write_bytes(b"half a workbook")
    running = tmp_path / f".angkatan-1-{os.getppid()}-w0rk1n.xlsx.part"  # a live writer's part stays
    running.write_bytes(b"being written")
    other = tmp_path / ".laporan-1-k1ll3d.pdf.part"  # another file's part is not ours to judge
    other.write_bytes(b"x")
    done = hadir("--db", demo_db, "export", "attendance", "--session", 1, "-o", out)
    assert done.code == 0, done.err
    assert not stale.exists()
    assert running.exists() and other.exists()
    assert hashlib.sha256(out.read_bytes()).hexdigest()  # the export itself is whole
