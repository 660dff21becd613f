"""Copies of the database through SQLite's online backup API (consistent even while in use)."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

Progress = Callable[[int, int], None]


def _copy(
    src: sqlite3.Connection, dst: sqlite3.Connection, step_pages: int, pause: float, progress: Progress | None
) -> None:
    """SQLite's backup API from `src` into `dst`, `step_pages` pages a step (-1: all at once).

    Copying in steps, with a `pause` between them, leaves the disk and the interpreter to a
    check-in between two steps. The read transaction opened first holds the source's snapshot
    (WAL) for the whole copy: a check-in committed meanwhile neither restarts the copy nor
    appears half in it.
    """
    src.execute("BEGIN")
    src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)
        if pause and remaining:
            time.sleep(pause)  # without the GIL and without the disk

    try:
        src.backup(dst, pages=step_pages, progress=step)
    finally:
        src.rollback()


def private_folder(folder: Path) -> Path:
    """Create `folder` if needed, readable by its owner only (0700 on POSIX)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        folder.chmod(0o700)
    return folder


def private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 (before SQLite opens it, so it never exists readable)."""
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
    if os.name == "posix":
        path.chmod(0o600)


def backup_file(
    source: Path,
    target: Path,
    private_dir: bool = False,
    key: bytes | None = None,
    step_pages: int = -1,
    pause: float = 0.0,
    progress: Progress | None = None,
) -> Path:
    """Copy the database at `source` to `target` atomically (a temp file renamed into place).

    The copy holds the same personal data as the database, so it is 0600 like it; `private_dir`
    also makes its folder 0700 (the automatic backups' folder, not a folder the user chose).
    The copy of an encrypted database (`key`) is encrypted with the same key. A copy made while
    the desk works goes `step_pages` pages at a time with `pause` seconds between the steps.
    """
    if private_dir:
        private_folder(target.parent)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        private_file(partial)
        if key is not None:
            from desktop_app.storage.encryption import cipher_connect, connect

            src = connect(source, key, readonly=True)
            dst_open = lambda: cipher_connect(str(partial), key)  # noqa: E731
        else:
            src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            dst_open = lambda: sqlite3.connect(partial)  # noqa: E731
        try:
            dst = dst_open()
            try:
                _copy(src, dst, step_pages, pause, progress)
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


def backup_time(path: Path, prefix: str) -> datetime | None:
    """When a backup named by `timestamped_name` was made (None for another name)."""
    parts = path.stem.split("-")
    if len(parts) < 3 or parts[0] != prefix:
        return None
    try:
        return datetime.strptime(f"{parts[1]}{parts[2]}", "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def prune_backups(folder: Path, prefix: str, keep: int, label: str = "*") -> list[Path]:
    """Delete all but the newest `keep` backups named `{prefix}-<time>-{label}.db`; return them.

    Names start with the time, so sorting by name sorts by age.
    """
    found = sorted(folder.glob(f"{prefix}-*-{label}.db" if label != "*" else f"{prefix}-*.db"))
    doomed = found[:-keep] if keep > 0 else found
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
