"""Backups and restore: copies through SQLite's backup API, checked before anything is replaced.

A restore writes the chosen file *into* the open database with the backup API, which is one
transaction on the destination: if the process dies halfway, the database is as it was. Before
that, the file is checked (really SQLite, really Hadir's, not newer than this app, intact) and
the current database is kept as a backup.
"""

from __future__ import annotations

import logging
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.core.errors import DatabaseProblem, InvalidInput
from desktop_app.services.audit import record
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.services.roles import require_admin
from desktop_app.storage import migrate
from desktop_app.storage.backup import backup_file, prune_backups, timestamped_name
from desktop_app.storage.database import Database, check_revision, inspect_file
from desktop_app.storage.encryption import DB_ERRORS, connect, convert_file, is_encrypted

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

    def backup_to(self, target: Path, operator: OperatorInfo | None) -> Path:
        """A consistent copy of the database at `target` (taken while it is in use).

        Raises:
            NotAllowed: not an active admin. A copy holds every NIK, health answer, PIN hash and
                the certificate key, so making one is an admin's decision like restoring one.
        """
        require_admin(self._db, operator.id if operator else None, "make a backup")
        if target.resolve() == self._db.path:
            raise InvalidInput("the backup would overwrite the database itself")
        try:
            backup_file(self._db.path, target, key=self._db.key)
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
            backup_file(self._db.path, target, private_dir=True, key=self._db.key)
        except (OSError, *DB_ERRORS) as exc:  # a full disk must not stop the desk from working
            log.warning("daily backup failed: %s", exc)
            return None
        for old in prune_backups(self.backup_dir, PREFIX, keep, label="daily"):
            log.info("removed old backup %s", old.name)
        return target

    def check_restorable(self, source: Path, key: bytes | None = None) -> str:
        """The schema revision of a file that can be restored, or DatabaseProblem (nothing changes).

        An encrypted file is opened with `key` (a recovery key), else with this database's key.
        """
        if not source.is_file():
            raise InvalidInput(f"{source} does not exist")
        key = self._source_key(source, key)
        state = inspect_file(source, key)
        if state.revision is None:
            raise DatabaseProblem("not_hadir", str(source), "no Hadir schema in the file")
        check_revision(source, state)
        try:
            with closing(connect(source, key, readonly=True)) as conn:
                verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        except DB_ERRORS as exc:
            raise DatabaseProblem("corrupt", str(source), str(exc)) from None
        if verdict != "ok":
            raise DatabaseProblem("corrupt", str(source), verdict)
        return state.revision

    def _source_key(self, source: Path, key: bytes | None) -> bytes | None:
        if not is_encrypted(source):
            return None
        return key if key is not None else self._db.key

    def restore(self, source: Path, operator: OperatorInfo, key: bytes | None = None) -> RestoreResult:
        """Replace the database's content by the file's, keeping the current one as a backup.

        An encrypted backup opens with `key` (the recovery key of the laptop that made it) or
        this database's own key; its content lands in this database as it is (encrypted or not).

        Raises:
            NotAllowed: the operator is not an active admin (checked before the file is read).
        """
        require_admin(self._db, operator.id, "restore a backup")
        source = source.expanduser().resolve()
        if source == self._db.path:
            raise InvalidInput("this file is the open database itself")
        revision = self.check_restorable(source, key)
        key = self._source_key(source, key)
        previous = self.backup_dir / timestamped_name(PREFIX, "before-restore")
        backup_file(self._db.path, previous, private_dir=True, key=self._db.key)
        self._db.engine.dispose()
        scratch = None
        if key != self._db.key:  # SQLite's backup API copies only between files keyed alike
            scratch = self.backup_dir / f"{PREFIX}-restoring.db"
            convert_file(source, scratch, key, self._db.key)
        try:
            with (
                closing(connect(scratch or source, self._db.key if scratch else key, readonly=True)) as src,
                closing(connect(self._db.path, self._db.key, timeout=10)) as dst,
            ):
                src.backup(dst)  # one transaction on the destination
        finally:
            if scratch is not None:
                scratch.unlink(missing_ok=True)
        migrated_from = None
        if revision != migrate.head_revision():
            migrate.upgrade_to_head(self._db.engine)
            migrated_from = revision
        with self._db.transaction() as s:
            record(s, "restore", "database", None, operator.id, file=source.name, kept=previous.name)
        return RestoreResult(source, previous, migrated_from)
