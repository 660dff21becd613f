"""Erasing health answers from every copy SQLite keeps: the file, its WAL, freed pages, backups.

The purge itself (which rows, audited) is the privacy service's; this module holds the SQLite
side of "purged means gone": the pragma that zeroes freed space, the WAL checkpoint that
truncates the log, and the same purge applied to a backup file, which is then vacuumed.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from desktop_app.storage.models.admin import REFUSAL_WITH_REASONS
from desktop_app.storage.types import UtcDateTime

log = logging.getLogger(__name__)

# The same columns PrivacyService clears, and the refusal's reasons in its audit entry.
_SCRUB_SCREENINGS = (
    "UPDATE screening SET temperature = NULL, mask = NULL, symptoms = NULL, pl_colour = NULL, "
    "reasons = NULL, purged_at = :now WHERE at < :before AND purged_at IS NULL"
)
_SCRUB_AUDIT = (  # REFUSAL_WITH_REASONS first: a backup file has its index too
    "UPDATE audit_entry SET details = json_remove(details, '$.reasons') "
    f"WHERE {REFUSAL_WITH_REASONS} AND at < :before AND json_extract(details, '$.reasons') IS NOT NULL"
)

# Opens a backup file for writing: plain sqlite3, or SQLCipher with the key already applied.
Opener = Callable[[Path], sqlite3.Connection]


def _stamp(value: datetime) -> str:
    text = UtcDateTime().process_bind_param(value, None)  # type: ignore[arg-type]
    assert text is not None
    return text


def truncate_wal(engine: Engine) -> bool:
    """Copy the WAL into the database and cut it to zero bytes (no old page stays in it).

    Returns False when a reader kept the checkpoint from finishing (it is retried on the next purge).
    """
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as conn:
        busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return busy == 0


def scrub_connection(conn: sqlite3.Connection, before: datetime, now: datetime) -> int:
    """Purge one open database like PrivacyService does; return how many screenings changed."""
    params = {"before": _stamp(before), "now": _stamp(now)}
    conn.execute("PRAGMA secure_delete = ON")
    with conn:  # one transaction
        changed = conn.execute(_SCRUB_SCREENINGS, params).rowcount
        changed += conn.execute(_SCRUB_AUDIT, params).rowcount
    return changed


def plain_opener(path: Path) -> sqlite3.Connection:
    """A read-write sqlite3 connection to an unencrypted file."""
    return sqlite3.connect(path, timeout=5)


def opener_for(key: bytes | None) -> Opener:
    """Opens backups of a database keyed with `key`: encrypted ones with it, plain ones without."""
    from desktop_app.storage.encryption import connect, is_encrypted

    return lambda path: connect(path, key if is_encrypted(path) else None, timeout=5)


def scrub_file(path: Path, before: datetime, now: datetime, opener: Opener = plain_opener) -> int:
    """Purge a backup file in place; when anything changed, VACUUM rewrites it without the old bytes."""
    with closing(opener(path)) as conn:
        conn.isolation_level = None
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"screening", "audit_entry"} <= tables:
            return 0
        changed = scrub_connection(conn, before, now)
        if changed:
            conn.execute("VACUUM")
    return changed
