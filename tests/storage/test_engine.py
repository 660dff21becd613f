"""The engine's pragmas make a check-in durable; the file is marked as Hadir's and kept private."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from desktop_app.storage.database import Database
from desktop_app.storage.engine import APPLICATION_ID, BUSY_TIMEOUT_MS


def _pragmas(conn) -> dict[str, object]:
    return {
        name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    }


def test_every_connection_gets_the_pragmas(db: Database) -> None:
    expected = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS}
    with db.engine.connect() as first, db.engine.connect() as second:
        assert _pragmas(first) == expected
        assert _pragmas(second) == expected
    with db.session() as s:
        assert _pragmas(s.connection()) == expected


def test_the_file_is_marked_as_hadirs(db: Database, db_path: Path) -> None:
    db.close()
    assert APPLICATION_ID == 0x48414452
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db_path.read_bytes()[68:72] == b"HADR"  # the header field itself


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_database_and_its_wal_are_readable_by_the_owner_only(db: Database, db_path: Path) -> None:
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM person").scalar()
        for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
            assert path.exists(), path
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_error_messages_never_show_the_values_written(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A full NIK in a failed statement must not reach the log through the exception text."""
    import pytest
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    from desktop_app.storage.database import open_database

    db = open_database(tmp_path / "h.db")
    insert = text("INSERT INTO person (nik, name, created_at, updated_at) VALUES (:nik, 'A', 'x', 'x')")
    with db.transaction() as s:
        s.execute(insert, {"nik": "3311014101900001"})
    with pytest.raises(IntegrityError) as err, db.transaction() as s:
        s.execute(insert, {"nik": "3311014101900001"})
    assert "3311014101900001" not in str(err.value)
    db.close()
