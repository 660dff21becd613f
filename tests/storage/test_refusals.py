"""Files Hadir must not use are refused with a clear kind and left exactly as they were."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from storage_helpers import add_person, digest, siblings

from desktop_app.core.errors import DatabaseProblem
from desktop_app.storage.database import open_database


def _refusal(path: Path) -> DatabaseProblem:
    with pytest.raises(DatabaseProblem) as info:
        open_database(path, path.parent / "backups")
    assert info.value.exit_code == 2
    assert info.value.reason == "database"
    return info.value


def test_a_database_from_a_newer_hadir_is_refused_untouched(db_path: Path) -> None:
    db = open_database(db_path)
    add_person(db)
    db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    before = digest(db_path)

    problem = _refusal(db_path)
    assert problem.kind == "too_new"
    assert "0099_from_the_future" in problem.detail
    assert digest(db_path) == before
    assert not (db_path.parent / "backups").exists()


def test_a_garbage_file_is_corrupt_and_untouched(db_path: Path) -> None:
    db_path.write_bytes(os.urandom(8000))
    before = digest(db_path)
    assert _refusal(db_path).kind == "corrupt"
    assert digest(db_path) == before
    assert siblings(db_path) == [db_path.name]  # no -wal, -shm or journal appeared


def test_noise_in_whole_pages_may_be_encrypted_and_is_said_so_untouched(db_path: Path) -> None:
    # Without a key an SQLCipher file cannot be told from noise: the sentence names the key.
    db_path.write_bytes(os.urandom(8192))
    before = digest(db_path)
    with pytest.raises(DatabaseProblem) as info:
        open_database(db_path, db_path.parent / "backups")
    assert (info.value.exit_code, info.value.reason, info.value.kind) == (2, "key_missing", "key_missing")
    assert "recovery key" in info.value.message
    assert digest(db_path) == before
    assert siblings(db_path) == [db_path.name]


def test_a_damaged_sqlite_file_is_corrupt_and_untouched(db_path: Path) -> None:
    db_path.write_bytes(b"SQLite format 3\x00" + os.urandom(4080))
    before = digest(db_path)
    assert _refusal(db_path).kind == "corrupt"
    assert digest(db_path) == before
    assert siblings(db_path) == [db_path.name]


def test_a_damaged_file_whose_header_says_wal_leaves_no_wal_beside_it(db_path: Path) -> None:
    damaged = bytearray(b"SQLite format 3\x00" + os.urandom(4080))
    damaged[18] = damaged[19] = 2  # one random header in 128 said so: the check made -wal and -shm
    db_path.write_bytes(bytes(damaged))
    before = digest(db_path)
    assert _refusal(db_path).kind == "corrupt"
    assert digest(db_path) == before
    assert siblings(db_path) == [db_path.name]


def test_another_applications_sqlite_file_is_not_hadirs(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO contacts (name) VALUES ('Ani')")
    before = digest(db_path)
    assert _refusal(db_path).kind == "not_hadir"
    assert digest(db_path) == before
    assert siblings(db_path) == [db_path.name]


def test_a_hadir_file_with_its_marker_but_no_revision_is_refused(db_path: Path) -> None:
    db = open_database(db_path)
    db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM alembic_version")
    before = digest(db_path)
    assert _refusal(db_path).kind == "not_hadir"
    assert digest(db_path) == before
