"""The SQLAlchemy engine for one SQLite file, with the pragmas that make a check-in durable."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 10_000
# "HADR": marks the file as ours, so a restore can tell a Hadir database from any other SQLite file.
APPLICATION_ID = 0x48414452


CACHE_KIB = 32 * 1024
WAL_AUTOCHECKPOINT = 0
WAL_LIMIT_BYTES = 4 * 1024 * 1024  # SQLite's own checkpoint threshold: 1,000 pages of 4 KiB


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a database file."""
    return f"sqlite:///{path}"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (see _on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit the desk acknowledged is on disk even if the power goes a moment later.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # 32 MB of page cache instead of 2 MB: a 100,000-person registry's indexes stay in memory.
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        # Freed space is zeroed: a purged health answer or a deleted person leaves no bytes behind.
        cursor.execute("PRAGMA secure_delete = ON")
        # No checkpoint inside a commit (a check-in would copy a WAL another process filled):
        # storage/wal_keeper.py checkpoints beside the work. The WAL is cut back to that size
        # when it starts over, so its size says how much it holds.
        cursor.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")
        cursor.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}")
    finally:
        cursor.close()


# An execution option (set by storage.write_lock): this transaction reads, then writes, so it takes
# the write lock at its start instead of failing "database is locked" when it first writes.
IMMEDIATE_OPTION = "hadir_begin_immediate"


def _on_begin(connection: Any) -> None:
    immediate = connection.get_execution_options().get(IMMEDIATE_OPTION)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine for the file at `path` (created by SQLite if missing); SQLCipher when `key` is given."""
    # hide_parameters: an error message (which may reach the log file) never shows a NIK or phone.
    extra: dict[str, Any] = {}
    if key is not None:
        from desktop_app.storage.encryption import cipher_connect

        # The key must be the connection's first statement, before SQLAlchemy's own first queries.
        extra["creator"] = lambda: cipher_connect(
            str(path), key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    engine = create_engine(
        sqlite_url(path), connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True, **extra
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine
