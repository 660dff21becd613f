"""Plain SQL straight to the driver, written once with `?` marks, run on either engine.

The hot paths (a keystroke's search, a 10,000-row import) skip SQLAlchemy's statement handling;
sqlite3 takes `?` marks, psycopg `%s`. A statement is translated once and remembered.

`fetch` goes one step further for a keystroke's reads: the driver's own cursor, no result
object (SQLAlchemy builds one per statement for plain SQL, about 60 µs each) and no `BEGIN`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, CursorResult


@lru_cache(maxsize=512)
def _translated(paramstyle: str, sql: str) -> str:
    if paramstyle == "qmark":
        return sql
    if paramstyle in ("format", "pyformat"):
        return sql.replace("%", "%%").replace("?", "%s")
    raise NotImplementedError(f"paramstyle {paramstyle}")


def run(conn: Connection, sql: str, params: Sequence[Any] | list[Sequence[Any]] = ()) -> CursorResult[Any]:
    """Execute `sql` (with `?` marks) with `params` (one tuple, or a list of tuples for executemany)."""
    return conn.exec_driver_sql(_translated(conn.dialect.paramstyle, sql), params)  # type: ignore[arg-type]


def fetch(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Every row `sql` (with `?` marks) returns, read through the driver's cursor.

    For reads only: outside SQLAlchemy's transaction (SQLite reads in autocommit; a server's
    implicit transaction ends when the connection goes back to the pool).
    """
    cursor = conn.connection.cursor()
    try:
        cursor.execute(_translated(conn.dialect.paramstyle, sql), params)
        return cursor.fetchall()
    finally:
        cursor.close()
