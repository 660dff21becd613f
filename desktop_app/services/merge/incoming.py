"""The file that comes in: checked like a restore, then read from a private, migrated copy.

`check_incoming_file` is the one place that decides whether a file may be merged; a stricter
shared check (schema and integrity of files before they are accepted) can replace its body.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import Engine

from desktop_app.core.errors import DatabaseProblem, InvalidInput
from desktop_app.storage import migrate, schema_check
from desktop_app.storage.backup import backup_file
from desktop_app.storage.database import check_revision, inspect_file
from desktop_app.storage.encryption import convert_file, is_encrypted
from desktop_app.storage.engine import make_engine


def check_incoming_file(path: Path, key: bytes | None = None) -> str:
    """The schema revision of a file that may be merged, or an error (the file is only read).

    The same check as a restore's: an SQLite file of Hadir's, not written by a newer Hadir, its
    schema exactly what the migrations make at its revision (no trigger, view, table or index of
    its own) and `integrity_check` ok. An encrypted file is read with `key` (its recovery key).

    Raises:
        InvalidInput: the file does not exist.
        DatabaseProblem: not SQLite, not Hadir's, too new, foreign, damaged, or no key opens it.
    """
    if not path.is_file():
        raise InvalidInput(f"{path} does not exist")
    key = key if is_encrypted(path) else None
    state = inspect_file(path, key)
    if state.revision is None:
        raise DatabaseProblem("not_hadir", str(path), "no Hadir schema in the file")
    check_revision(path, state)
    schema_check.check_file(path, state.revision, integrity=True, key=key)
    return state.revision


@contextmanager
def incoming_copy(path: Path, key: bytes | None = None) -> Iterator[Engine]:
    """An engine over a migrated copy of `path` in a temporary folder, removed afterwards.

    The file itself is opened read-only (SQLite's backup API), so it stays byte for byte as it came.
    """
    check_incoming_file(path, key)
    with TemporaryDirectory(prefix="hadir-merge-") as folder:
        copy = Path(folder) / "incoming.db"
        if key is not None and is_encrypted(path):
            convert_file(path, copy, key, None)  # a plain private copy, read like any other
        else:
            backup_file(path, copy)
        engine = make_engine(copy)
        try:
            migrate.upgrade_to_head(engine)
            yield engine
        finally:
            engine.dispose()
