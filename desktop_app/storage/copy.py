"""Copying a whole Hadir database into an empty one, on either engine (SQLite file, PostgreSQL server).

Every table of the schema is copied in dependency order (the certificate key in `setting` and the
audit log included) through SQLAlchemy's types, so values arrive as they left (a timestamp stays
the same text, a date the same date). The search index is not copied: the target's own index
fills itself as people arrive. Both sides are then counted and checksummed table by table; the
copy is one transaction on the target, so a failure leaves it empty.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, insert, select

from desktop_app.core.errors import InvalidInput
from desktop_app.storage.attended import recount_attended
from desktop_app.storage.bulk import advance_ids
from desktop_app.storage.database import Database
from desktop_app.storage.models import Base
from desktop_app.storage.search_index import settle_search_index

BATCH = 2_000


@dataclass(frozen=True)
class TableCopy:
    """One table after the copy: its rows and content checksum on each side."""

    name: str
    rows: int
    source_sha256: str
    target_sha256: str

    @property
    def equal(self) -> bool:
        """True when the target holds exactly the source's content."""
        return self.source_sha256 == self.target_sha256


def tables() -> list[Table]:
    """Hadir's tables, each after the tables it refers to."""
    return list(Base.metadata.sorted_tables)


def row_counts(conn: Connection) -> dict[str, int]:
    """How many rows each table holds."""
    return {t.name: conn.scalar(select(func.count()).select_from(t)) or 0 for t in tables()}


def checksum(conn: Connection, table: Table) -> str:
    """SHA-256 of a table's content, rows by primary key, values as Python reads them (engine-blind)."""
    digest = hashlib.sha256()
    order = list(table.primary_key.columns) or list(table.columns)
    for row in conn.execute(select(table).order_by(*order)):
        digest.update(repr(tuple(row)).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def copy_rows(src: Connection, dst: Connection, progress: Callable[[int, int], None] | None = None) -> None:
    """Insert every row of every table of `src` into `dst` (inside the caller's transaction)."""
    all_tables = tables()
    for done, table in enumerate(all_tables, 1):
        rows = src.execute(select(table)).mappings()
        while batch := rows.fetchmany(BATCH):
            dst.execute(insert(table), [dict(r) for r in batch])
        if "id" in table.c:
            advance_ids(dst, table.name)
        if progress:
            progress(done, len(all_tables))
    recount_attended(dst)  # the triggers counted the admissions again on top of the copied counts
    settle_search_index(dst)  # the triggers indexed every person one by one


def delete_rows(dst: Connection) -> None:
    """Empty every table of `dst` (inside the caller's transaction), dependants first."""
    for table in reversed(tables()):
        dst.execute(table.delete())


def copy_database(
    source: Database, target: Database, progress: Callable[[int, int], None] | None = None
) -> list[TableCopy]:
    """Copy every row of `source` into the empty `target`; return each table's count and checksums.

    Raises:
        InvalidInput: the target already holds data (nothing is written), or both are the same.
    """
    if source.label == target.label:
        raise InvalidInput("the target is the database itself")
    all_tables = tables()
    with source.engine.connect() as src, target.engine.begin() as dst:
        filled = {name: n for name, n in row_counts(dst).items() if n}
        if filled:
            raise InvalidInput(
                "the target is not empty ("
                + ", ".join(f"{k}: {v} rows" for k, v in sorted(filled.items()))
                + ")"
            )
        copy_rows(src, dst, progress)
        counts = row_counts(dst)
        result = [TableCopy(t.name, counts[t.name], checksum(src, t), checksum(dst, t)) for t in all_tables]
    return result
