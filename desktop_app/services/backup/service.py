"""Backups and restore: a backup is always one SQLite file (storage/snapshot.py), on either engine.

A restore writes the chosen file *into* the open database in one transaction on the destination
(SQLite's backup API on a file, every row replaced on a server): if the process dies halfway, the database is as it was. Before
that, the file is checked (really SQLite, really Hadir's, not newer than this app, intact) and
the current database is kept as a backup.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from desktop_app.core.errors import DatabaseProblem, InvalidInput
from desktop_app.services.audit import record
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.services.roles import require_admin
from desktop_app.storage import migrate
from desktop_app.storage.backup import prune_backups, timestamped_name
from desktop_app.storage.database import Database, check_revision, inspect_file
from desktop_app.storage.snapshot import restore_into, snapshot

log = logging.getLogger(__name__)
PREFIX = "hadir"
KEEP_DAILY = 14


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did."""

    source: Path
    previous_backup: Path
    migrated_from: str | None


class BackupService:
    """Copies of the database, automatic and on request, and restoring one."""

    def __init__(self, db: Database, backup_dir: Path) -> None:
        self._db = db
        self.backup_dir = backup_dir

    def backup_to(self, target: Path, operator: OperatorInfo | None = None) -> Path:
        """A consistent copy of the database at `target` (taken while it is in use)."""
        if target.resolve() == self._db.path:
            raise InvalidInput("the backup would overwrite the database itself")
        try:
            snapshot(self._db, target)
        except OSError as exc:
            raise DatabaseProblem("io_error", str(target), exc.strerror or str(exc)) from None
        with self._db.transaction() as s:
            record(s, "backup", "database", None, operator.id if operator else None, file=target.name)
        return target

    def daily_backup(self, keep: int = KEEP_DAILY, now: datetime | None = None) -> Path | None:
        """On the first open of a day, keep a copy in the backup folder (and only the last `keep`)."""
        now = now or datetime.now(UTC)
        if any(self.backup_dir.glob(f"{PREFIX}-{now:%Y%m%d}-*-daily.db")):
            return None
        target = self.backup_dir / timestamped_name(PREFIX, "daily", now)
        try:
            snapshot(self._db, target)
        except (
            OSError,
            sqlite3.Error,
            SQLAlchemyError,
        ) as exc:  # a full disk must not stop the desk from working
            log.warning("daily backup failed: %s", exc)
            return None
        for old in prune_backups(self.backup_dir, PREFIX, keep, label="daily"):
            log.info("removed old backup %s", old.name)
        return target

    def check_restorable(self, source: Path) -> str:
        """The schema revision of a file that can be restored, or DatabaseProblem (nothing changes)."""
        if not source.is_file():
            raise InvalidInput(f"{source} does not exist")
        state = inspect_file(source)
        if state.revision is None:
            raise DatabaseProblem("not_hadir", str(source), "no Hadir schema in the file")
        check_revision(source, state)
        try:
            with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as conn:
                verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise DatabaseProblem("corrupt", str(source), str(exc)) from None
        if verdict != "ok":
            raise DatabaseProblem("corrupt", str(source), verdict)
        return state.revision

    def restore(self, source: Path, operator: OperatorInfo) -> RestoreResult:
        """Replace the database's content by the file's, keeping the current one as a backup.

        Raises:
            NotAllowed: the operator is not an active admin (checked before the file is read).
        """
        require_admin(self._db, operator.id, "restore a backup")
        source = source.expanduser().resolve()
        if source == self._db.path:
            raise InvalidInput("this file is the open database itself")
        revision = self.check_restorable(source)
        previous = self.backup_dir / timestamped_name(PREFIX, "before-restore")
        snapshot(self._db, previous)
        restore_into(self._db, source)
        migrated_from = revision if revision != migrate.head_revision() else None
        with self._db.transaction() as s:
            record(s, "restore", "database", None, operator.id, file=source.name, kept=previous.name)
        return RestoreResult(source, previous, migrated_from)
