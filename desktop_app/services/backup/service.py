"""Backups and restore: a backup is always one SQLite file (storage/snapshot.py), on either engine.

A restore first checks the chosen file (really SQLite, really Hadir's, not newer than this app,
its schema exactly what the migrations make, every page intact), migrates and reads it in a
scratch copy, keeps the current database as a backup, and only then writes the copy *into* the
open database in one transaction on the destination (SQLite's backup API on a file, every row
replaced on a server): if the process dies halfway, the database is as it was; if anything fails
after it on a file, the previous one goes back.
"""

from __future__ import annotations

import errno
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from desktop_app.core.errors import DatabaseProblem, InvalidInput
from desktop_app.services.audit import record
from desktop_app.services.backup import _restore
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.services.roles import require_admin
from desktop_app.storage import migrate
from desktop_app.storage.backup import is_part_of, prune_backups, timestamped_name
from desktop_app.storage.database import Database
from desktop_app.storage.encryption import DB_ERRORS, is_encrypted
from desktop_app.storage.snapshot import restore_into, snapshot

log = logging.getLogger(__name__)
PREFIX = "hadir"
KEEP_DAILY = 14
# The daily copy runs beside the desk: 1 MiB (4 KiB pages) a step, then the disk is the desk's
# for a moment. A 1.5 GB registry takes a few seconds longer; a check-in never waits a whole copy.
DAILY_STEP_PAGES = 256
DAILY_STEP_PAUSE = 0.002


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
            InvalidInput: `target` is the database itself or one of its -wal, -shm or -journal files.
        """
        require_admin(self._db, operator.id if operator else None, "make a backup")
        if is_part_of(target, self._db.path):
            raise InvalidInput(f"{target} is the database itself or one of its -wal, -shm or -journal files")
        try:
            snapshot(self._db, target)
        except OSError as exc:
            kind = "disk_full" if exc.errno in (errno.ENOSPC, errno.EFBIG) else "io_error"
            raise DatabaseProblem(kind, str(target), exc.strerror or str(exc)) from None
        except DB_ERRORS as exc:  # SQLite writing the copy: "database or disk is full" is a full disk
            kind = "disk_full" if "disk is full" in str(exc).lower() else "io_error"
            raise DatabaseProblem(kind, str(target), str(exc)) from None
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
            snapshot(self._db, target, private_dir=True, step_pages=DAILY_STEP_PAGES, pause=DAILY_STEP_PAUSE)
        except (
            OSError,
            SQLAlchemyError,
            *DB_ERRORS,
        ) as exc:  # a full disk must not stop the desk from working
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
        return _restore.check_candidate(source, self._source_key(source, key))

    def _source_key(self, source: Path, key: bytes | None) -> bytes | None:
        if not is_encrypted(source):
            return None
        return key if key is not None else self._db.key

    def restore(self, source: Path, operator: OperatorInfo, key: bytes | None = None) -> RestoreResult:
        """Replace the database's content by the file's, keeping the current one as a backup.

        The file is checked (schema and every page), migrated and read in a scratch copy first;
        only then is it written into the live database, and if anything fails after that the
        database as it was is written back. An encrypted backup opens with `key` (the recovery key
        of the laptop that made it) or this database's own key; its content lands in this database
        keyed like it.

        Raises:
            NotAllowed: the operator is not an active admin (checked before the file is read).
            DatabaseProblem: the file is refused; the database is as it was.
        """
        require_admin(self._db, operator.id, "restore a backup")
        source = source.expanduser().resolve()
        if source == self._db.path:
            raise InvalidInput("this file is the open database itself")
        revision = self.check_restorable(source, key)
        key = self._source_key(source, key)
        _restore.remove_stale_scratch(self._db.path.parent)
        scratch = _restore.prepare_scratch(source, self._db.path, key, self._db.key)
        try:
            previous = self.backup_dir / timestamped_name(PREFIX, "before-restore")
            snapshot(self._db, previous, private_dir=True)
            if self._db.server is not None:
                restore_into(self._db, scratch)  # every row replaced in one transaction on the server
                with self._db.transaction() as s:
                    record(s, "restore", "database", None, operator.id, file=source.name, kept=previous.name)
            else:
                self._db.engine.dispose()
                try:
                    _restore.copy_into(scratch, self._db.path, self._db.key)  # one transaction on the file
                    with self._db.transaction() as s:  # the last step: a restore not audited is undone
                        record(
                            s, "restore", "database", None, operator.id, file=source.name, kept=previous.name
                        )
                except BaseException:
                    log.warning("restore failed after the swap: the previous database is written back")
                    self._db.engine.dispose()
                    _restore.copy_into(previous, self._db.path, self._db.key)
                    raise
        finally:
            _restore.remove_database_file(scratch)
        migrated_from = revision if revision != migrate.head_revision() else None
        return RestoreResult(source, previous, migrated_from)
