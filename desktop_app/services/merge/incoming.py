"""The file that comes in: checked like a restore, then read from a private, migrated copy.

`check_incoming_file` is the one place that decides whether a file may be merged; a stricter
shared check (schema and integrity of files before they are accepted) can replace its body.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import Engine

from desktop_app.core.errors import DatabaseProblem, InvalidInput
from desktop_app.storage import migrate
from desktop_app.storage.backup import backup_file
from desktop_app.storage.database import check_revision, inspect_file
from desktop_app.storage.engine import make_engine


def check_incoming_file(path: Path) -> str:
    """The schema revision of a file that may be merged, or an error (the file is only read).

    Checks: an SQLite file of Hadir's (application_id and an Alembic revision), not written by a
    newer Hadir, and `PRAGMA integrity_check` ok.

    Raises:
        InvalidInput: the file does not exist.
        DatabaseProblem: not SQLite, not Hadir's, too new, or damaged.
    """
    if not path.is_file():
        raise InvalidInput(f"{path} does not exist")
    state = inspect_file(path)
    if state.revision is None:
        raise DatabaseProblem("not_hadir", str(path), "no Hadir schema in the file")
    check_revision(path, state)
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem("corrupt", str(path), str(exc)) from None
    if verdict != "ok":
        raise DatabaseProblem("corrupt", str(path), "integrity check failed")
    return state.revision


@contextmanager
def incoming_copy(path: Path) -> Iterator[Engine]:
    """An engine over a migrated copy of `path` in a temporary folder, removed afterwards.

    The file itself is opened read-only (SQLite's backup API), so it stays byte for byte as it came.
    """
    check_incoming_file(path)
    with TemporaryDirectory(prefix="hadir-merge-") as folder:
        copy = Path(folder) / "incoming.db"
        backup_file(path, copy)
        engine = make_engine(copy)
        try:
            migrate.upgrade_to_head(engine)
            yield engine
        finally:
            engine.dispose()
