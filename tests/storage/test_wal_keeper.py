"""A check-in never copies a WAL another process filled: checkpoints run beside the work.

SQLite's automatic checkpoint ran inside the commit that found the WAL past 1,000 pages: the
desk's admission after an import's open-time purge and backup waited 0.4-1.6 s for it.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from desktop_app.storage.database import open_database
from desktop_app.storage.engine import WAL_LIMIT_BYTES
from desktop_app.storage.wal_keeper import WalKeeper


def _fill_wal_elsewhere(path: Path) -> None:
    """Another process's big write, committed and left in the WAL (as a busy desk keeps it)."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("BEGIN")
    other.execute("CREATE TABLE IF NOT EXISTS bulk (x BLOB)")
    other.executemany("INSERT INTO bulk VALUES (randomblob(3000))", [()] * 2500)  # ~2,500 pages
    other.execute("COMMIT")
    return other  # type: ignore[return-value]  # kept open: the WAL stays as it is


def _copied(path: Path) -> bool:
    """Whether the ~10 MB written into the WAL reached the database file (a checkpoint copied it)."""
    return path.stat().st_size > 5 * 1024 * 1024


def test_a_commit_leaves_the_checkpoint_to_the_keeper(tmp_path: Path) -> None:
    path = tmp_path / "hadir.db"
    db = open_database(path)
    assert db.wal_keeper is not None
    db.wal_keeper.stop()  # watch what a commit does by itself first
    other = _fill_wal_elsewhere(path)
    try:
        assert not _copied(path) and Path(f"{path}-wal").stat().st_size > WAL_LIMIT_BYTES

        with db.engine.begin() as conn:  # a check-in's commit
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = version_num")

        assert not _copied(path)  # it copied nothing (SQLite's own checkpoint did, in the commit)
        keeper = WalKeeper(db.engine, path)
        keeper.start()
        deadline = time.monotonic() + 30
        while not _copied(path) and time.monotonic() < deadline:
            time.sleep(0.05)
        keeper.stop()
        assert _copied(path)  # the keeper copied it, on its own connection
    finally:
        other.close()
        db.close()
