"""A really full disk (a small tmpfs): backup, export and import say `disk_full`, exit 2, leave nothing.

test_full_disk.py imitates a full disk with a file-size limit; SQLite then reports a "disk I/O
error". Here the target is a tmpfs of a few kilobytes, which fails with ENOSPC as a full USB
stick does. Mounting needs root (CI runs as root); elsewhere these tests skip with the reason.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.skipif(sys.platform != "linux", reason="tmpfs is Linux's"),
    pytest.mark.sqlite_only,  # the database file on the full disk
]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[callable]:  # type: ignore[valid-type]
    """`small_disk(kib)`: a tmpfs of that size, unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    mounted: list[Path] = []

    def mount(kib: int) -> Path:
        point = tmp_path / f"usb{len(mounted)}"
        point.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={kib}k", "tmpfs", str(point)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], check=False)


def hadir(db: Path, *args: object) -> tuple[int, dict, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "desktop_app", "--db", str(db), "--json", *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    return done.returncode, json.loads(done.stdout.strip().splitlines()[-1]), done.stderr


def state(db: Path) -> tuple[str, int, int, int]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return (
            conn.execute("PRAGMA integrity_check").fetchone()[0],
            conn.execute("SELECT count(*) FROM person").fetchone()[0],
            conn.execute("SELECT count(*) FROM attendance").fetchone()[0],
            conn.execute("SELECT count(*) FROM write_journal").fetchone()[0],
        )


@pytest.fixture
def filled(db_path: Path, services, admin) -> Path:  # type: ignore[no-untyped-def]
    from desktop_app.services.demo.service import generate_demo

    generate_demo(services.db, services.district, people=300, operator_id=admin.id)
    services.close()
    return db_path


def assert_refused_as_full(code: int, answer: dict, stderr: str) -> None:
    assert code == 2, (answer, stderr)
    assert "disk_full" in answer["message"], answer
    assert "Traceback" not in stderr, stderr


def test_a_backup_onto_a_full_disk_says_so_and_leaves_no_part(filled: Path, small_disk) -> None:  # type: ignore[no-untyped-def]
    usb = small_disk(256)  # the database is ~700 KB
    before = state(filled)
    assert_refused_as_full(*hadir(filled, "backup", "-o", usb / "cadangan.db"))
    assert list(usb.iterdir()) == []  # no partial copy
    assert state(filled) == before


@pytest.mark.parametrize("name", ["kehadiran.xlsx", "kehadiran.pdf"])
def test_an_export_onto_a_full_disk_says_so_and_leaves_no_part(filled: Path, small_disk, name: str) -> None:  # type: ignore[no-untyped-def]
    usb = small_disk(16)
    before = state(filled)
    assert_refused_as_full(*hadir(filled, "export", "event", "--event", 1, "-o", usb / name))
    assert list(usb.iterdir()) == []
    assert state(filled) == before


def test_an_import_into_a_database_on_a_full_disk_says_so_and_changes_nothing(
    filled: Path, small_disk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    from bench_import import write_roster

    roster = write_roster(tmp_path / "undangan.xlsx", rows=6000)
    size_kib = filled.stat().st_size // 1024
    usb = small_disk(size_kib * 2 + 2400)  # the database, its daily copy, and room for ~one batch
    db = usb / "hadir.db"
    shutil.copy(filled, db)
    before = state(db)
    assert_refused_as_full(*hadir(db, "roster", "import", roster, "--session", 1))
    assert state(db) == before  # no person of the file, no journal left to take back
