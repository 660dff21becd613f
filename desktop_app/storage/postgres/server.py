"""Opening a Hadir database on a PostgreSQL server: connect, refuse what is not ours or too new, migrate.

Two desks may open a fresh server database at once: the migration runs under a transaction-level
advisory lock, and the second desk finds the schema already there.
"""

from __future__ import annotations

import logging
import os
import socket
from pathlib import Path

import psycopg
from alembic import command
from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.exc import DBAPIError

from desktop_app.core.errors import DatabaseProblem, InvalidInput
from desktop_app.storage import migrate
from desktop_app.storage.database import Database
from desktop_app.storage.models.partial_index import for_postgresql
from desktop_app.storage.postgres.liveness import ping_when_idle
from desktop_app.storage.postgres.url import masked, parse_server_url

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_S = 5
# An arbitrary constant: "HADR" again, the key of the advisory lock that serialises migrations.
MIGRATION_LOCK = 0x48414452


def desk_name() -> str:
    """How this process names itself to the server: a host counts the desks connected by it."""
    return f"hadir desk {socket.gethostname()[:40]}:{os.getpid()}"


def make_server_engine(target: str) -> Engine:
    """An engine for the server database at `target` (a `postgresql://…` address)."""
    try:
        url = parse_server_url(target)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    for_postgresql()  # the models' partial indexes, for DDL and comparisons on this server
    engine = create_engine(
        url,
        # hide_parameters: an error (which may reach the log) never shows a NIK or phone.
        hide_parameters=True,
        pool_size=5,
        # psycopg prepares a statement run five times on a connection; the server then plans it
        # once for any value, and a generic plan of the search's LIKE '%…%' cannot tell a rare
        # word from a common one (the index or the primary key): plan with the values, always.
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": desk_name(),
            "options": "-c plan_cache_mode=force_custom_plan",
        },
    )
    # A connection the server dropped (Wi-Fi, a restart) is noticed and replaced on checkout,
    # so a desk works again by itself once the server is back (storage/postgres/liveness.py).
    ping_when_idle(engine)
    return engine


def problem_from(exc: BaseException, label: str) -> DatabaseProblem | None:
    """The DatabaseProblem a driver error from the server stands for, if it is one we know."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, psycopg.Error):
        return None
    sqlstate = getattr(orig, "sqlstate", None) or ""
    # A refused login at connect time carries no SQLSTATE, only libpq's (English) sentence.
    login_failed = "authentication failed" in str(orig) or "no password supplied" in str(orig)
    if sqlstate.startswith("28") or login_failed:  # invalid authorisation: wrong user or password
        return DatabaseProblem("login_refused", label, "the server refused the user name or password")
    if sqlstate == "3D000":
        return DatabaseProblem("unreachable", label, "the server has no such database")
    if isinstance(orig, psycopg.OperationalError) or sqlstate.startswith(("08", "57P")):
        return DatabaseProblem("unreachable", label, "the server cannot be reached")
    if sqlstate == "53100":
        return DatabaseProblem("io_error", label, "the server's disk is full")
    return None


def open_server_database(target: str, path: Path) -> Database:
    """Open (and migrate) the Hadir database on the server `target` names.

    `path` is the local file the composition root would otherwise use; backups are made beside it.

    Raises:
        DatabaseProblem: unreachable, login refused, not Hadir's, or too new; nothing was changed.
    """
    label = masked(target)
    engine = make_server_engine(target)
    try:
        with engine.connect() as conn:
            _check(conn, label)
        _migrate(engine)
    except DatabaseProblem:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        problem = problem_from(exc, label)
        if problem is None:
            raise
        raise problem from None
    log.info("using the server database %s", label)
    return Database(path=path, engine=engine, server=label)


def _check(conn: Connection, label: str) -> None:
    tables = set(inspect(conn).get_table_names())
    revision = migrate.current_revision(conn) if "alembic_version" in tables else None
    if tables and revision is None:
        raise DatabaseProblem("not_hadir", label, "tables of another application")
    if revision is not None and not migrate.is_known_revision(revision):
        raise DatabaseProblem("too_new", label, f"schema {revision}")


def _migrate(engine: Engine) -> None:
    head = migrate.head_revision()
    with engine.connect() as conn:
        if migrate.current_revision(conn) == head:
            return
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        if migrate.current_revision(conn) != head:  # another desk may have migrated meanwhile
            command.upgrade(migrate.alembic_config(conn), "head")
