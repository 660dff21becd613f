"""The state of one merge: both connections, id maps, counts and conflicts; shared SQL helpers.

Everything is SQLAlchemy Core over the models' tables, so the target may be SQLite or PostgreSQL.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select

from desktop_app.services.merge.types import Conflict

CHUNK = 500
# Rows of the incoming file held in memory at once: each step reads, matches and writes one
# chunk, then reports progress (where a cancel stops it) before reading the next.
SOURCE_CHUNK = 2_000
_FALLBACK = uuid.UUID("0e5a3c52-4f1b-4d0a-9a57-48414452a017")
Progress = Callable[[int, int], None]


@dataclass
class Run:
    """One merge in progress (inside the target's transaction)."""

    target: Connection
    source: Connection
    operator_id: int | None
    now: datetime
    number_pattern: str
    progress: Progress | None = None
    total: int = 0  # the file's rows to go through (progress counts them)
    chunk: int = SOURCE_CHUNK
    maps: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))
    counts: Counter[str] = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    touched_sessions: set[int] = field(default_factory=set)
    # Target ids this merge inserted, per table: never matched again by NIK or phone and name,
    # so two records the file kept apart stay apart whichever chunks they arrive in.
    inserted: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    done: int = 0

    def advance(self, rows: int) -> None:
        """Report `rows` more of the file's rows merged (the progress callback may raise Cancelled)."""
        self.done += rows
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def rows(self, table: Table) -> Iterator[list[dict[str, Any]]]:
        """The file's rows of `table` in key order, `chunk` at a time (see `source_chunks`).

        Progress is reported after each chunk has been merged, so a cancel stops the merge
        within one chunk's work (the transaction then rolls everything back).
        """
        for part in source_chunks(self.source, table, self.chunk):
            yield part
            self.advance(len(part))

    def mapped(self, table: str, incoming_id: int | None) -> int | None:
        """The target id of an incoming row already merged (None stays None)."""
        if incoming_id is None:
            return None
        return self.maps[table].get(incoming_id)


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """`values` in slices small enough for an IN list on every engine."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def all_rows(conn: Connection, table: Table) -> list[dict[str, Any]]:
    """Every row of a small table (operators) as a dict, in key order."""
    return [row for part in source_chunks(conn, table, CHUNK) for row in part]


def count_rows(conn: Connection, tables: Iterable[Table]) -> int:
    """How many rows `tables` hold together."""
    return sum(conn.execute(select(func.count()).select_from(t)).scalar() or 0 for t in tables)


def source_chunks(conn: Connection, table: Table, size: int) -> Iterator[list[dict[str, Any]]]:
    """The rows of `table` as dicts in primary-key order, `size` at a time (keyset pagination).

    A row some writer left without a uuid (a raw insert that skipped the models' default) gets
    one derived from its table, id and content, the same at every merge of the same file, so
    merging it again still finds it.
    """
    (key,) = table.primary_key.columns
    query = select(table).order_by(key).limit(size)
    last: Any = None
    while True:
        page = query if last is None else query.where(key > last)
        rows = [dict(r._mapping) for r in conn.execute(page)]
        if not rows:
            return
        last = rows[-1][key.name]
        if "uuid" in table.c:
            for row in rows:
                if row["uuid"] is None:
                    row["uuid"] = str(uuid.uuid5(_FALLBACK, f"{table.name}:{sorted(row.items(), key=str)!r}"))
        yield rows
        if len(rows) < size:
            return


def rows_where_in(
    conn: Connection, table: Table, column: str, values: Iterable[Any], columns: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """Rows of `table` whose `column` is one of `values` (looked up in chunks)."""
    wanted = sorted({v for v in values if v is not None}, key=str)
    cols = [table.c[c] for c in columns] if columns else list(table.c)
    found: list[dict[str, Any]] = []
    for part in chunks(wanted):
        found.extend(dict(r._mapping) for r in conn.execute(select(*cols).where(table.c[column].in_(part))))
    return found


def ids_by_uuid(conn: Connection, table: Table, uuids: Iterable[str | None]) -> dict[str, int]:
    """Uuid -> id of the target's rows among `uuids`."""
    return {r["uuid"]: r["id"] for r in rows_where_in(conn, table, "uuid", uuids, ("id", "uuid"))}


def insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert `rows` (dicts with the same keys, each with its uuid) and return their new ids, in order.

    One plain executemany, then the ids read back by uuid: RETURNING with the rows' order kept
    makes SQLite insert one row per statement (six times slower for 10,000 people).
    """
    if not rows:
        return []
    conn.execute(insert(table), rows)
    found = ids_by_uuid(conn, table, [r["uuid"] for r in rows])
    return [found[r["uuid"]] for r in rows]


def without_id(row: dict[str, Any]) -> dict[str, Any]:
    """An incoming row ready to insert: its own id left for the target to choose."""
    return {k: v for k, v in row.items() if k != "id"}
