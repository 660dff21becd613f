"""The steps of a restore: check the file, try it in a scratch copy, swap, and put things back on failure.

The live database is replaced only by a copy that has already been migrated and read through
Hadir's own models, and if anything fails after the swap the database as it was goes back.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from contextlib import closing
from pathlib import Path

from sqlalchemy import select

from desktop_app.core.errors import DatabaseProblem, InvalidInput
from desktop_app.storage import migrate, schema_check
from desktop_app.storage.database import check_revision, inspect_file, open_database
from desktop_app.storage.encryption import connect, convert_file
from desktop_app.storage.models import Base

log = logging.getLogger(__name__)
SCRATCH_SUFFIX = ".restore.db"


def check_candidate(source: Path, key: bytes | None = None) -> str:
    """The schema revision of a file that may be restored, or DatabaseProblem (nothing changes).

    Really SQLite, really Hadir's, not newer than this app, its schema exactly what the migrations
    make (no trigger or view of its own), and every page intact. An encrypted file is read with `key`.
    """
    if not source.is_file():
        raise InvalidInput(f"{source} does not exist")
    state = inspect_file(source, key)
    if state.revision is None:
        raise DatabaseProblem("not_hadir", str(source), "no Hadir schema in the file")
    check_revision(source, state)
    schema_check.check_file(source, state.revision, integrity=True, key=key)
    return state.revision


def copy_into(source: Path, target: Path, key: bytes | None = None) -> None:
    """Write `source`'s content into `target` with SQLite's backup API (one transaction on the target).

    Both files are plain, or both encrypted with `key`: the backup API copies pages as they are.
    """
    with (
        closing(connect(source, key, readonly=True)) as src,
        closing(connect(target, key, timeout=10)) as dst,
    ):
        src.backup(dst)


def remove_database_file(path: Path) -> None:
    """Delete a database file and its -wal, -shm and -journal."""
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-journal"):
        with contextlib.suppress(FileNotFoundError):
            (path.parent / name).unlink()


def remove_stale_scratch(folder: Path) -> None:
    """Scratch copies a restore killed midway left behind."""
    for stale in folder.glob(f".*{SCRATCH_SUFFIX}"):
        remove_database_file(stale)


def prepare_scratch(
    source: Path, live: Path, key_in: bytes | None = None, key_out: bytes | None = None
) -> Path:
    """A migrated copy of `source` beside the live database, read once through every model.

    `source` is read with `key_in`; the copy is keyed like the live database (`key_out`), so it can
    be copied into it page by page.

    Raises:
        DatabaseProblem: the copy cannot be migrated or read as Hadir's (nothing live changed).
    """
    handle, name = tempfile.mkstemp(prefix=f".{live.stem}-", suffix=SCRATCH_SUFFIX, dir=live.parent)
    os.close(handle)
    scratch = Path(name)
    try:
        if key_in == key_out:
            copy_into(source, scratch, key_in)
        else:
            convert_file(source, scratch, key_in, key_out)
        candidate = open_database(scratch, key=key_out)  # migrates to this Hadir's schema, and checks it
        try:
            with candidate.session() as s:
                for mapper in Base.registry.mappers:
                    s.execute(select(mapper.class_).limit(1)).all()
            schema_check.check_file(scratch, migrate.head_revision(), integrity=False, key=key_out)
        finally:
            candidate.close()
    except DatabaseProblem as exc:
        remove_database_file(scratch)
        raise DatabaseProblem(exc.kind, str(source), exc.detail) from None
    except Exception as exc:
        remove_database_file(scratch)
        log.warning("restore candidate failed in its scratch copy: %s", type(exc).__name__)
        raise DatabaseProblem("corrupt", str(source), f"{type(exc).__name__}: {exc}") from None
    return scratch
