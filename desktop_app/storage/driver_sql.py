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


def where_in(conn: Connection, column: str, values: Sequence[Any]) -> tuple[str, tuple[Any, ...]]:
    """The condition "`column` is one of `values`" (with `?` marks) and its parameters.

    SQLite gets a mark a value. A server gets one array (`= ANY(?)`): psycopg remembers the
    translation of short statements only, and translated a statement of 500 marks anew each time
    (splitting it with a regular expression), about 0.1 s of a 10,000-row import's own time; the
    array's statement is short, the same for any number of values, and prepared once. Whole
    numbers go as `integer[]` (Hadir's ids): psycopg would send the smallest type that holds them,
    and `integer = ANY(smallint[])` is tested value by value (88 ms for 2,000 ids against 1.6).
    """
    if conn.dialect.name == "postgresql":
        kind = "integer" if all(isinstance(v, int) for v in values) else "text"
        return f"{column} = ANY(CAST(? AS {kind}[]))", (list(values),)
    return f"{column} IN ({', '.join('?' for _ in values)})", tuple(values)


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
