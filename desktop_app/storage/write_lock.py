"""Transactions that read, then write: they take the write lock when they begin.

SQLite's plain `BEGIN` takes the write lock at the first write. A transaction that first reads
(a lockout count, the next certificate number, the people an import merges into) and then writes
can find another writer got there in between: SQLite then fails it at once ("database is
locked", the busy timeout cannot help), or it decides on what it read before the other commit.
`BEGIN IMMEDIATE` waits (busy timeout) for the lock at the start, so the read and the write are
one step. Keep these transactions short: while one runs, every other writer (the desk) waits.

PostgreSQL has no database-wide write lock; these transactions take one advisory lock (held
until they end), so they run one at a time there too, while the desk's admissions, which do not
take it, go on beside them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session as DbSession

from desktop_app.storage.database import Database
from desktop_app.storage.engine import IMMEDIATE_OPTION

# Any fixed number: the advisory lock that stands for "read, then write" on a server.
_PG_WRITE_LOCK = 0x48414449  # "HADI"


@contextmanager
def write_transaction(db: Database, connection: Connection | None = None) -> Iterator[DbSession]:
    """Like `Database.transaction()`, holding the write lock from its first statement.

    `connection`: one the caller keeps open across transactions (not closed here).
    """
    with nullcontext(connection) if connection is not None else db.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.execution_options(**{IMMEDIATE_OPTION: True})
        with DbSession(bind=connection, expire_on_commit=False) as session, session.begin():
            if connection.dialect.name == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_WRITE_LOCK})
            yield session
