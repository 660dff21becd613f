"""A full disk while writing: a clear refusal (exit 2), and nothing that was there is lost.

The child process gets a file-size limit (RLIMIT_FSIZE) just above the database's size, which is
what a full flash drive looks like to SQLite: the next write fails.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX"),
    pytest.mark.sqlite_only,  # a full disk under the database file
]
ROOT = Path(__file__).resolve().parents[2]


def hadir_with_a_full_disk(db: Path, *args: object) -> subprocess.CompletedProcess[str]:
    import resource

    limit = db.stat().st_size + 64_000

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "desktop_app", "--db", str(db), "--json", *map(str, args)]
    return subprocess.run(
        command, capture_output=True, text=True, preexec_fn=small_disk, env=env, timeout=120
    )


def state(db: Path) -> tuple[str, int, int]:
    with sqlite3.connect(db) as conn:
        return (
            conn.execute("PRAGMA integrity_check").fetchone()[0],
            conn.execute("SELECT count(*) FROM person").fetchone()[0],
            conn.execute("SELECT count(*) FROM attendance").fetchone()[0],
        )


@pytest.fixture
def filled(db_path: Path, services, admin) -> Path:  # type: ignore[no-untyped-def]
    from desktop_app.services.demo.service import generate_demo

    generate_demo(services.db, services.district, people=60, operator_id=admin.id)
    services.close()
    return db_path


def test_a_big_write_on_a_full_disk_is_refused_and_loses_nothing(filled: Path) -> None:
    before = state(filled)
    done = hadir_with_a_full_disk(filled, "demo", "--people", "5000")
    assert done.returncode == 2, done.stderr
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["reason"] == "database" and "io_error" in answer["message"]
    assert "Traceback" not in done.stderr
    assert state(filled) == before


def test_an_import_on_a_full_disk_is_refused_and_loses_nothing(filled: Path, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    from bench_import import write_roster

    roster = write_roster(tmp_path / "roster.xlsx", rows=3000)
    before = state(filled)
    done = hadir_with_a_full_disk(filled, "roster", "import", roster, "--session", 1)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert state(filled) == before
