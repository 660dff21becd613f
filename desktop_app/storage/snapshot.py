"""Hadir backup files on either engine: always one SQLite file, so a backup moves between engines.

On SQLite a backup is SQLite's online backup API, as it always was. On a PostgreSQL server it is
the whole database copied (storage/copy.py) into a fresh SQLite file, written beside the target
and renamed into place. Restoring a file into a server migrates a private copy of the file to
this Hadir's schema first, then replaces every row in one transaction: if anything fails, the
server's database is as it was.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from desktop_app.storage import migrate
from desktop_app.storage.backup import backup_file, private_file, private_folder
from desktop_app.storage.copy import copy_database, copy_rows, delete_rows
from desktop_app.storage.database import Database, open_database


def snapshot(
    db: Database, target: Path, private_dir: bool = False, step_pages: int = -1, pause: float = 0.0
) -> Path:
    """Write a Hadir backup file of `db` at `target` (atomically: a temp file renamed into place).

    The file is 0600 (it holds every NIK); `private_dir` makes its folder 0700 too. A backup of
    an encrypted file is encrypted with the same key. On a file, `step_pages` and `pause` copy it
    in steps beside a working desk (storage.backup).
    """
    if db.server is None:
        return backup_file(
            db.path, target, private_dir=private_dir, key=db.key, step_pages=step_pages, pause=pause
        )
    if private_dir:
        private_folder(target.parent)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    private_file(partial)
    copy = open_database(partial)
    try:
        copy_database(db, copy)
    finally:
        copy.close()
    with closing(sqlite3.connect(partial)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
    partial.replace(target)
    return target


def restore_into(db: Database, source: Path) -> None:
    """Replace the content of `db` by the (checked) backup file `source`, migrated to this schema."""
    if db.server is None:
        db.engine.dispose()
        with (
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(db.path, timeout=10)) as dst,
        ):
            src.backup(dst)  # one transaction on the destination
        migrate.upgrade_to_head(db.engine)
        return
    with tempfile.TemporaryDirectory(prefix="hadir-restore-") as folder:
        private = Path(folder) / "restore.db"
        shutil.copyfile(source, private)
        copy = open_database(private)  # migrated to this Hadir's schema, the original untouched
        try:
            with copy.engine.connect() as src, db.engine.begin() as dst:
                delete_rows(dst)
                copy_rows(src, dst)
        finally:
            copy.close()
