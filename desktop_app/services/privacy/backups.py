"""The purge reaches the backup folder: old automatic backups go, the others lose the old answers."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.storage.backup import backup_time
from desktop_app.storage.scrub import Opener, plain_opener, scrub_file

log = logging.getLogger(__name__)
PREFIX = "hadir"


@dataclass(frozen=True)
class BackupPurge:
    """What the purge did in the backup folder."""

    scrubbed: int = 0
    removed: int = 0
    failed: int = 0


def purge_backup_folder(
    folder: Path,
    before: datetime,
    now: datetime,
    retention_days: int,
    opener: Opener = plain_opener,
) -> BackupPurge:
    """Age out and scrub every automatic backup (daily, pre-migration, before-restore, manual in it).

    A backup older than the retention period is deleted whole; a younger one has the health
    answers older than `before` cleared and is vacuumed. A file that cannot be opened is logged
    (by name only) and left, so a damaged copy never stops the desk.
    """
    scrubbed = removed = failed = 0
    if not folder.is_dir():
        return BackupPurge()
    oldest_kept = now - timedelta(days=retention_days)
    for path in sorted(folder.glob(f"{PREFIX}-*.db")):
        made = backup_time(path, PREFIX)
        if made is not None and made < oldest_kept:
            path.unlink(missing_ok=True)
            removed += 1
            continue
        try:
            if scrub_file(path, before, now, opener):
                scrubbed += 1
        except (sqlite3.Error, OSError) as exc:
            log.warning("backup %s could not be purged: %s", path.name, type(exc).__name__)
            failed += 1
    return BackupPurge(scrubbed, removed, failed)
