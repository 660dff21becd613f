"""Bulk inserts straight to the driver, for imports of thousands of rows.

SQLAlchemy's per-row parameter processing costs more than SQLite's insert itself; bulk paths
pass plain tuples with values already in their stored form (timestamps as ISO-8601 UTC text,
see storage/types.py), inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Connection, Table, text

from desktop_app.storage import driver_sql
from desktop_app.storage.types import UtcDateTime, new_uuids


def stored_time(at: datetime) -> str:
    """A timestamp as the UtcDateTime column stores it."""
    stored = UtcDateTime().process_bind_param(at, None)  # type: ignore[arg-type]
    assert stored is not None
    return stored


def insert_rows(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """INSERT `rows` (tuples in the order of `columns`) into `table` with one executemany.

    A table with a `uuid` column (migration 0011_uuid) gets a fresh one per row unless given:
    the driver path skips the models' Python defaults.
    """
    if not rows:
        return
    for name in columns:
        table.c[name]
    if "uuid" in table.c and "uuid" not in columns:
        columns = (*columns, "uuid")
        rows = [(*row, made) for row, made in zip(rows, new_uuids(len(rows)), strict=True)]
    if conn.dialect.name == "postgresql":
        _copy_rows(conn, table.name, columns, rows)
    else:
        placeholders = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({placeholders})"
        driver_sql.run(conn, sql, rows if isinstance(rows, list) else list(rows))
    if "id" in columns:
        advance_ids(conn, table.name)


# The server's connections plan every statement with its values (plan_cache_mode=force_custom_plan,
# storage/postgres/server.py: the desk's LIKE searches need it). A foreign key is checked by a
# prepared statement per row (`SELECT 1 FROM ONLY person x WHERE id = $1 FOR KEY SHARE OF x`):
# planned anew for each of the 30,000 checks of a 10,000-row import, that was 0.4 s of it. For the
# rest of a bulk transaction the server's default comes back (`auto`: such a check is planned
# once and its plan kept); the next transaction plans with the values again.
KEEP_CHECK_PLANS = "set_config('plan_cache_mode', 'auto', true)"


def keep_check_plans(conn: Connection) -> None:
    """Foreign-key checks keep their plan for the rest of the caller's transaction (PostgreSQL)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT {KEEP_CHECK_PLANS}")


def _copy_rows(
    conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """PostgreSQL's COPY: one stream instead of a statement per row.

    A 10,000-person import spent most of its time in executemany's per-row parse, bind and execute.
    """
    keep_check_plans(conn)
    raw = conn.connection.driver_connection  # psycopg's connection, inside the caller's transaction
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def advance_ids(conn: Connection, table: str) -> None:
    """After rows were written with their ids given, let the next id the database picks follow them.

    SQLite picks max(id) + 1 by itself; PostgreSQL's sequence must be moved.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce(max(id), 0) + 1, false) FROM {table}"
            )
        )


def stored_date(day: date | None) -> str | None:
    """A date as SQLAlchemy's SQLite Date type stores it."""
    return day.isoformat() if day is not None else None
