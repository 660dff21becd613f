"""Opening the database: check the file, refuse what is not ours or too new, back up, migrate.

Every check that can refuse a file runs on a read-only connection first, so a file that is
refused is left exactly as it was.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from desktop_app.core.errors import DatabaseProblem
from desktop_app.storage import migrate
from desktop_app.storage.backup import backup_file, timestamped_name
from desktop_app.storage.engine import APPLICATION_ID, make_engine

log = logging.getLogger(__name__)
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a database file found."""

    exists: bool
    revision: str | None = None
    has_tables: bool = False


@dataclass
class Database:
    """An open, migrated Hadir database."""

    path: Path
    engine: Engine
    sessionmaker: sessionmaker[DbSession]
    server: str | None = None  # a PostgreSQL server's address, password masked (storage/postgres)

    @property
    def label(self) -> str:
        """What to show for this database: the file's path or the server's masked address."""
        return self.server or str(self.path)

    @contextmanager
    def transaction(self) -> Iterator[DbSession]:
        """A session that commits when the block ends normally and rolls back otherwise."""
        with self.sessionmaker.begin() as session:
            yield session

    def session(self) -> DbSession:
        """A plain session for reads (the caller closes it)."""
        return self.sessionmaker()

    def close(self) -> None:
        """Release every connection (the file may then be copied or replaced)."""
        self.engine.dispose()


def inspect_file(path: Path) -> FileState:
    """Look at a database file without changing it, or raise DatabaseProblem."""
    if not path.exists():
        return FileState(exists=False)
    if path.stat().st_size == 0:
        return FileState(exists=True)
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise DatabaseProblem("corrupt", str(path), "not an SQLite file")
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(_kind_of(exc), str(path), str(exc)) from None
    if tables and (app_id != APPLICATION_ID or revision is None):
        raise DatabaseProblem("not_hadir", str(path), "tables of another application")
    return FileState(exists=True, revision=revision, has_tables=bool(tables))


def _kind_of(exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return "locked"
    if "readonly" in text or "read-only" in text:
        return "read_only"
    if "disk is full" in text or "disk i/o" in text or "unable to open" in text:
        return "io_error"
    return "corrupt"


def database_problem_from(exc: BaseException, path: Path | str) -> DatabaseProblem | None:
    """The DatabaseProblem an error from SQLite while working stands for (a full disk, a lock), if any.

    SQLite undoes the failed transaction itself, so nothing that was committed is lost.
    """
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlite3.OperationalError | sqlite3.DatabaseError):
        return None
    return DatabaseProblem(_kind_of(orig), str(path), str(orig).split("\n")[0])


def check_revision(path: Path, state: FileState) -> None:
    """Refuse a database written by a newer Hadir (its schema is unknown to this one)."""
    if state.revision is not None and not migrate.is_known_revision(state.revision):
        raise DatabaseProblem("too_new", str(path), f"schema {state.revision}")


def open_database(path: Path, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database at `path`.

    Before a migration of a database that holds data, a copy goes to `backup_dir`.

    Raises:
        DatabaseProblem: corrupt, not Hadir's, too new, locked, read-only, or the disk refused
            (full, no permission); the file is untouched.
    """
    try:
        return _open(path, backup_dir)
    except PermissionError as exc:
        raise DatabaseProblem("read_only", str(path), exc.strerror or "") from None
    except OSError as exc:
        raise DatabaseProblem("io_error", str(path), exc.strerror or str(exc)) from None


def _open(path: Path, backup_dir: Path | None) -> Database:
    path = path.expanduser().resolve()
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True)
        except OSError as exc:
            raise DatabaseProblem("missing_dir", str(path), exc.strerror or "") from None
    state = inspect_file(path)
    check_revision(path, state)
    if state.exists and not os.access(path, os.W_OK):
        raise DatabaseProblem("read_only", str(path))
    head = migrate.head_revision()
    if state.revision not in (None, head) and backup_dir is not None:
        target = backup_dir / timestamped_name("hadir", f"pre-migration-{state.revision}-to-{head}")
        backup_file(path, target)
        log.info("backed up %s before migrating to %s", path.name, head)
    if os.name == "posix":
        # Personal data: readable by its owner only. Set before SQLite opens the file, because
        # SQLite gives the -wal and -shm files (which hold the same data) the database file's mode.
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        os.chmod(path, 0o600)
    engine = make_engine(path)
    try:
        if state.revision != head:
            migrate.upgrade_to_head(engine)
    except sqlite3.Error as exc:  # pragma: no cover - disk full or lock during the migration
        engine.dispose()
        raise DatabaseProblem(_kind_of(exc), str(path), str(exc)) from None
    except Exception as exc:
        engine.dispose()
        orig = getattr(exc, "orig", None)
        if isinstance(orig, sqlite3.Error):
            raise DatabaseProblem(_kind_of(orig), str(path), str(orig)) from None
        raise
    return Database(path=path, engine=engine, sessionmaker=sessionmaker(engine, expire_on_commit=False))
