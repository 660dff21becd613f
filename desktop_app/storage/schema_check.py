"""Checking a database file before Hadir accepts it: its schema must be exactly what our migrations make.

A file from elsewhere (a restore, `--db`, a field laptop to merge) can carry its own triggers, views
or changed tables, and SQLite runs a trigger it finds in the file as if Hadir had written it: a
`DELETE` after every check-in, an `UPDATE operator SET role='admin'`. So before a file is used, every
table, index, trigger and view in it is compared with those a fresh database at the same revision
gets from the migrations; anything extra, missing or different refuses the file, as does a failing
`integrity_check`. The file is only read (a read-only connection), never changed.
"""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import DatabaseProblem
from desktop_app.storage import migrate
from desktop_app.storage.encryption import DB_ERRORS, connect

# (type, name) -> (table it belongs to, its CREATE statement with whitespace normalised)
Schema = dict[tuple[str, str], tuple[str, str]]
_REFERENCE: dict[str, Schema] = {}
# What the migrations make at the head revision, kept beside this module, so opening a current
# database needs no Alembic (it costs 0.2 s of a command's start). tests/storage checks that it is
# exactly what the migrations make; `python -m desktop_app.storage.schema_check` writes it anew.
HEAD_SCHEMA = Path(__file__).with_name("schema_head.json")


@dataclass(frozen=True)
class SchemaDifference:
    """How a file's schema differs from Hadir's: objects extra, missing or changed, as `type name`."""

    extra: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.extra or self.missing or self.changed)

    def sentence(self) -> str:
        """One English sentence naming what is foreign (for logs and `--json`)."""
        parts = []
        if self.extra:
            parts.append("not made by Hadir: " + ", ".join(self.extra))
        if self.changed:
            parts.append("changed: " + ", ".join(self.changed))
        if self.missing:
            parts.append("missing: " + ", ".join(self.missing))
        return "; ".join(parts)


def _normalise(sql: str | None) -> str:
    if sql is None:
        return ""
    text = re.sub(r"\s+", " ", sql.strip())
    return re.sub(r"\s*([(),;])\s*", r"\1", text)


def read_schema(conn: sqlite3.Connection) -> Schema:
    """Every table, index, trigger and view of an open connection (SQLite's own objects left out)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        (kind, name): (table, _normalise(sql))
        for kind, name, table, sql in rows
        if not name.startswith("sqlite_")
    }


def reference_schema(revision: str) -> Schema:
    """What Hadir's migrations make at `revision`, built once per process in memory.

    The head revision's comes from `schema_head.json` when that names the same revision.
    """
    if revision not in _REFERENCE and revision == migrate.head_revision():
        stored = _stored_head()
        if stored is not None and stored[0] == revision:
            _REFERENCE[revision] = stored[1]
    if revision not in _REFERENCE:
        _REFERENCE[revision] = build_reference(revision)
    return _REFERENCE[revision]


def build_reference(revision: str) -> Schema:
    """Run the migrations up to `revision` in an in-memory database and read what they made."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    # In memory: the same statements as on disk, without a durable commit after each one.
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), revision)
            return read_schema(connection.connection.driver_connection)
    finally:
        engine.dispose()


def _stored_head() -> tuple[str, Schema] | None:
    try:
        data = json.loads(HEAD_SCHEMA.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    schema = {(kind, name): (table, sql) for kind, name, table, sql in data["objects"]}
    return data["revision"], schema


def write_head_schema() -> Path:
    """Write `schema_head.json` from the migrations (after adding one)."""
    revision = migrate.head_revision()
    objects = sorted(
        [kind, name, table, sql] for (kind, name), (table, sql) in build_reference(revision).items()
    )
    HEAD_SCHEMA.write_text(
        json.dumps({"revision": revision, "objects": objects}, indent=1) + "\n", encoding="utf-8"
    )
    return HEAD_SCHEMA


def compare(found: Schema, expected: Schema) -> SchemaDifference:
    """What `found` has that `expected` has not, the other way round, and what differs."""

    def label(key: tuple[str, str]) -> str:
        return f"{key[0]} {key[1]}"

    return SchemaDifference(
        extra=tuple(sorted(label(k) for k in found.keys() - expected.keys())),
        missing=tuple(sorted(label(k) for k in expected.keys() - found.keys())),
        changed=tuple(sorted(label(k) for k in found.keys() & expected.keys() if found[k] != expected[k])),
    )


def check_file(path: Path, revision: str, integrity: bool = True, key: bytes | None = None) -> None:
    """Refuse the database file at `path` unless its schema is Hadir's at `revision` and it is intact.

    Args:
        path: the file (only read).
        revision: the Alembic revision stamped in it (known to this Hadir: check that first).
        integrity: also run `PRAGMA integrity_check` (every page and index; slower on a big file).
        key: the SQLCipher key of an encrypted file (None: a plain file).

    Raises:
        DatabaseProblem: `foreign_schema` (a sentence says what is foreign) or `corrupt`.
    """
    try:
        with closing(connect(path, key, readonly=True, timeout=5)) as conn:
            difference = compare(read_schema(conn), reference_schema(revision))
            if difference:
                raise DatabaseProblem("foreign_schema", str(path), difference.sentence())
            if integrity:
                problems = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
                if problems != ["ok"]:
                    raise DatabaseProblem("corrupt", str(path), "; ".join(problems))
    except DB_ERRORS as exc:
        raise DatabaseProblem("corrupt", str(path), str(exc)) from None


if __name__ == "__main__":
    print(write_head_schema())
