"""Opening the database: check the file, refuse what is not ours or too new, back up, migrate.

Every check that can refuse a file runs on a read-only connection first, so a file that is
refused is left exactly as it was.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from desktop_app.core.encryption_errors import KeyMissing
from desktop_app.core.errors import DatabaseProblem
from desktop_app.storage import migrate, schema_check
from desktop_app.storage.backup import backup_file, timestamped_name
from desktop_app.storage.encryption import DB_ERRORS, connect, is_encrypted
from desktop_app.storage.engine import APPLICATION_ID, make_engine
from desktop_app.storage.keystore import load_key
from desktop_app.storage.wal_keeper import WalKeeper

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession
    from sqlalchemy.orm import sessionmaker

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
    key: bytes | None = None  # SQLCipher's key when the file is encrypted
    server: str | None = None  # a PostgreSQL server's address, password masked (storage/postgres)
    wal_keeper: WalKeeper | None = None  # a file's background checkpoints (storage/wal_keeper.py)

    @cached_property
    def sessionmaker(self) -> sessionmaker[DbSession]:
        """ORM sessions over the engine, made on first use.

        SQLAlchemy's ORM is imported here, not with this module: a command that only reads
        through plain SQL (`hadir event list`) starts without it and without the models.
        """
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

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

    @contextmanager
    def reads(self) -> Iterator[Connection]:
        """A connection for a few reads that need no transaction around them (a desk keystroke).

        On a server each statement then stands alone, as SQLite's reads already do: no BEGIN
        before the first and no ROLLBACK when the connection goes back to the pool, two of the
        seven round trips a keystroke's search made.
        """
        with self.engine.connect() as conn:
            if self.server is not None:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            yield conn

    def close(self) -> None:
        """Release every connection (the file may then be copied or replaced)."""
        if self.wal_keeper is not None:
            self.wal_keeper.stop()
        self.engine.dispose()


def inspect_file(path: Path, key: bytes | None = None) -> FileState:
    """Look at a database file without changing it, or raise DatabaseProblem (KeyMissing, WrongKey)."""
    if not path.exists():
        return FileState(exists=False)
    if path.stat().st_size == 0:
        return FileState(exists=True)
    with path.open("rb") as handle:
        plain = handle.read(16) == SQLITE_HEADER
    if not plain and key is None:
        if is_encrypted(path):
            raise KeyMissing(str(path))
        raise DatabaseProblem("corrupt", str(path), "not an SQLite file")
    # A header that says WAL makes even a read-only look create -wal and -shm: a refused file
    # must be left as it was found, so those are removed again.
    siblings = [path.with_name(path.name + end) for end in ("-wal", "-shm")]
    made = [p for p in siblings if not p.exists()]
    try:
        with closing(connect(path, None if plain else key, readonly=True, timeout=5)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except DB_ERRORS as exc:
        _remove(made)
        raise DatabaseProblem(_kind_of(exc), str(path), str(exc)) from None
    if tables and (app_id != APPLICATION_ID or revision is None):
        _remove(made)
        raise DatabaseProblem("not_hadir", str(path), "tables of another application")
    return FileState(exists=True, revision=revision, has_tables=bool(tables))


def _remove(paths: list[Path]) -> None:
    for made in paths:
        made.unlink(missing_ok=True)


def _kind_of(exc: Exception) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return "locked"
    if "readonly" in text or "read-only" in text:
        return "read_only"
    if "disk is full" in text:
        return "disk_full"
    if "disk i/o" in text or "unable to open" in text:
        return "io_error"
    return "corrupt"


def database_problem_from(exc: BaseException, path: Path | str) -> DatabaseProblem | None:
    """The DatabaseProblem an error from SQLite while working stands for (a full disk, a lock), if any.

    SQLite undoes the failed transaction itself, so nothing that was committed is lost.
    """
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, DB_ERRORS):
        return None
    return DatabaseProblem(_kind_of(orig), str(path), str(orig).split("\n")[0])


def check_revision(path: Path, state: FileState) -> None:
    """Refuse a database written by a newer Hadir (its schema is unknown to this one)."""
    if state.revision is not None and not migrate.is_known_revision(state.revision):
        raise DatabaseProblem("too_new", str(path), f"schema {state.revision}")


def open_database(path: Path, backup_dir: Path | None = None, key: bytes | None = None) -> Database:
    """Open (creating if needed) and migrate the database at `path`.

    Before a migration of a database that holds data, a copy goes to `backup_dir`. An encrypted
    file is opened with `key`, else with the key this user account's keyring keeps for it.

    Raises:
        DatabaseProblem: corrupt, not Hadir's, too new, locked, read-only, or the disk refused
            (full, no permission); the file is untouched.
    """
    try:
        return _open(path, backup_dir, key)
    except PermissionError as exc:
        raise DatabaseProblem("read_only", str(path), exc.strerror or "") from None
    except OSError as exc:
        raise DatabaseProblem("io_error", str(path), exc.strerror or str(exc)) from None


def _open(path: Path, backup_dir: Path | None, key: bytes | None) -> Database:
    path = path.expanduser().resolve()
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True)
        except OSError as exc:
            raise DatabaseProblem("missing_dir", str(path), exc.strerror or "") from None
    if key is None and is_encrypted(path):
        key = load_key(path)
    state = inspect_file(path, key)
    check_revision(path, state)
    if state.revision is not None:
        # A file from elsewhere (--db) may carry its own triggers; integrity_check is left to
        # restore and merge, which take files from outside (it reads every page of a big file).
        schema_check.check_file(path, state.revision, integrity=False, key=key)
    if state.exists and not os.access(path, os.W_OK):
        raise DatabaseProblem("read_only", str(path))
    head = migrate.head_revision()
    if state.revision not in (None, head) and backup_dir is not None:
        target = backup_dir / timestamped_name("hadir", f"pre-migration-{state.revision}-to-{head}")
        backup_file(path, target, private_dir=True, key=key)
        log.info("backed up %s before migrating to %s", path.name, head)
    if os.name == "posix":
        # Personal data: readable by its owner only. Set before SQLite opens the file, because
        # SQLite gives the -wal and -shm files (which hold the same data) the database file's mode.
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        os.chmod(path, 0o600)
    engine = make_engine(path, key)
    try:
        if state.revision != head:
            migrate.upgrade_to_head(engine)
    except DB_ERRORS as exc:  # pragma: no cover - disk full or lock during the migration
        engine.dispose()
        raise DatabaseProblem(_kind_of(exc), str(path), str(exc)) from None
    except Exception as exc:
        engine.dispose()
        orig = getattr(exc, "orig", None)
        if isinstance(orig, DB_ERRORS):
            raise DatabaseProblem(_kind_of(orig), str(path), str(orig)) from None
        raise
    keeper = WalKeeper(engine, path)
    keeper.start()
    return Database(path, engine, key, wal_keeper=keeper)
