"""One door to a database, whichever engine: a file path opens SQLite, `postgresql://…` a server."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.core.errors import DatabaseProblem
from desktop_app.storage.database import Database, database_problem_from, open_database
from desktop_app.storage.postgres.url import is_server_url, masked


def open_target(
    target: str | Path, backup_dir: Path | None = None, local_path: Path | None = None
) -> Database:
    """Open and migrate the database `target` names (a file path or a `postgresql://` address).

    For a server, `local_path` is the file the composition root would otherwise use (backups go
    beside it).
    """
    if is_server_url(target):
        # Imported here: psycopg and Alembic cost a command on a file 0.2 s of its start.
        from desktop_app.storage.postgres.server import open_server_database

        if local_path is None:  # no file named (the app always names one): never the current directory
            import tempfile

            local_path = Path(tempfile.mkdtemp(prefix="hadir-server-")) / "hadir.db"
        return open_server_database(str(target), local_path)
    return open_database(Path(target), backup_dir)


def problem_from_any(exc: BaseException, where: str | Path) -> DatabaseProblem | None:
    """The DatabaseProblem an error while working stands for (a full disk, a lock, a server gone).

    `where` is a file path, a server address (shown masked) or a Database's label.
    """
    label = masked(str(where)) if is_server_url(where) else str(where)
    problem = database_problem_from(exc, label)
    if problem is None and "psycopg" in sys.modules:  # never loaded: not a server's error
        from desktop_app.storage.postgres.server import problem_from

        problem = problem_from(exc, label)
    return problem
