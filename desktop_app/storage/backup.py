"""Copies of the database through SQLite's online backup API (consistent even while in use)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_file(source: Path, target: Path) -> Path:
    """Copy the database at `source` to `target` atomically (a temp file renamed into place)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)
    except BaseException:
        # A failed copy is still a full copy of personal data: never leave it lying around.
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return target


def is_part_of(target: Path, database: Path) -> bool:
    """True when writing `target` would overwrite `database` or its -wal, -shm or -journal."""
    target = target.expanduser().resolve()
    database = database.resolve()
    for suffix in ("", "-wal", "-shm", "-journal"):
        own = database.with_name(database.name + suffix)
        if target == own or (target.exists() and own.exists() and target.samefile(own)):
            return True
    return False


def timestamped_name(prefix: str, label: str, now: datetime | None = None) -> str:
    """`hadir-20210216-090000-pre-migration.db`: sorts by time, says why it was made."""
    now = now or datetime.now(UTC)
    return f"{prefix}-{now:%Y%m%d-%H%M%S}-{label}.db"


def prune_backups(folder: Path, prefix: str, keep: int, label: str = "*") -> list[Path]:
    """Delete all but the newest `keep` backups named `{prefix}-<time>-{label}.db`; return them.

    Names start with the time, so sorting by name sorts by age.
    """
    found = sorted(folder.glob(f"{prefix}-*-{label}.db" if label != "*" else f"{prefix}-*.db"))
    doomed = found[:-keep] if keep > 0 else found
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
