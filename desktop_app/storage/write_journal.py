"""Long writes in short transactions that are still all or nothing: an undo journal.

A 100,000-row import held SQLite's write lock for its whole write, 7-10 s in which every
check-in at the desk waited. Long writes now run as batches, each its own short transaction
(`write_transaction`, so the lock is let go between them and a check-in slips in), and each batch
notes in the same transaction which rows it added and which empty columns it filled. If the
write fails or is cancelled, `undo()` takes the batches back; if its process dies, the next
open (`undo_abandoned`) does, as soon as it sees the writer is gone.

Rows that something else came to depend on meanwhile (a person the desk admitted between two
batches) stay: an acknowledged check-in is never taken back.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection, Table, text
from sqlalchemy.orm import Session as DbSession

from desktop_app.storage import driver_sql
from desktop_app.storage.bulk import stored_time
from desktop_app.storage.database import Database
from desktop_app.storage.models import Base
from desktop_app.storage.types import utcnow
from desktop_app.storage.wal_checkpoint import WalCheckpointer
from desktop_app.storage.write_lock import write_transaction
from desktop_app.storage.write_pace import WritePace

log = logging.getLogger(__name__)
UNDO_BATCH = 2000  # rows taken back per transaction
FINISH_NOTES = 1000  # notes the last transaction drops itself; more are dropped after it
# What a journaled row costs on disk at most: ~850 bytes a person with its invitation and the
# search index (100,000 imported: 84 MB), twice over while the WAL holds it before a checkpoint.
BYTES_PER_ROW = 2 * 1024
SERVER_SCALE = 20  # a server's first batch, against a file's
SERVER_QUIET_S = 1.0  # the longest a PIN sign-in on another desk waits for an import's batch


def ensure_room(db: Database, rows: int) -> None:
    """Refuse (`disk_full`) a long write of `rows` rows that the database's disk cannot hold.

    A full disk halfway would leave the batches written so far in place, since taking them back
    needs room too (the next open then does it). So the room is checked first. A server keeps
    its own disk.
    """
    if db.server is not None or db.path is None:
        return
    import shutil

    from desktop_app.core.errors import DatabaseProblem

    free = shutil.disk_usage(db.path.parent).free
    needed = rows * BYTES_PER_ROW + 16 * 1024 * 1024
    if free < needed:
        raise DatabaseProblem(
            "disk_full", str(db.path), f"{free >> 20} MB free, about {needed >> 20} MB needed"
        )


def _this_host() -> str:
    return socket.gethostname()[:255]


def _alive(pid: int) -> bool:
    """Whether process `pid` of this machine still runs."""
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill would end the process there
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def _keepers(table: Table) -> str:
    """SQL that is true for a row of `table` no other row refers to (restricting foreign keys only)."""
    clauses = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table and fk.ondelete is None and other is not table:
                name = fk.parent.name
                clauses.append(
                    f"NOT EXISTS (SELECT 1 FROM {other.name} r WHERE r.{name} = {table.name}.{fk.column.name})"
                )
    return " AND ".join(clauses) or "1 = 1"


class WriteJournal:
    """One long write: `batch()` for each short transaction, then `finish()`, or `undo()`.

    The batches run on one connection the journal keeps (closed by `clear`, `undo` or `close`), so
    `others_wrote` can tell the commits of other connections (SQLite's `data_version`) from its own.
    """

    def __init__(self, db: Database, journal_id: int) -> None:
        self._db = db
        self.id = journal_id
        self._conn: Connection | None = None
        self._version: int | None = None
        self._others_wrote = False
        self._durable: bool | None = None  # the batches' connection's synchronous setting
        self._checkpoints: WalCheckpointer | None = None
        self._notes_left = True  # notes `finish` did not drop
        self.held_s = 0.0  # how long the last batch held the write lock

    @classmethod
    def start(cls, db: Database, kind: str) -> WriteJournal:
        """Open a journal (a short transaction of its own) for a write of `kind`."""
        with write_transaction(db) as s:
            conn = s.connection()
            journal_id = (conn.execute(text("SELECT max(id) FROM write_journal")).scalar() or 0) + 1
            conn.execute(
                text(
                    "INSERT INTO write_journal (id, kind, host, pid, started_at) "
                    "VALUES (:id, :kind, :host, :pid, :at)"
                ),
                {
                    "id": journal_id,
                    "kind": kind,
                    "host": _this_host(),
                    "pid": os.getpid(),
                    "at": stored_time(utcnow()),
                },
            )
        return cls(db, journal_id)

    def pace(self, first: int, least: int, most: int) -> WritePace:
        """How many rows the batches take (storage/write_pace.py), for this journal's database.

        A file's batch holds SQLite's one write lock, which the desk's check-ins wait for. A
        server's batch holds only the advisory lock of the read-then-write transactions (a PIN
        sign-in, a certificate's number); admissions and searches go on beside it. So a server's
        batches start `SERVER_SCALE` times bigger and aim at `SERVER_QUIET_S`: a 10,000-row import
        is 2 batches instead of 7, each batch's fixed work (moving the search index's pending
        list, reads, a commit) done less often (1.27 -> 1.20 s).
        """
        if self._db.server is None:
            return WritePace(rows=first, least=least, most=most)
        return WritePace(rows=min(most, first * SERVER_SCALE), least=least, most=most, quiet_s=SERVER_QUIET_S)

    @contextmanager
    def batch(self, durable: bool = True, quiet: bool = False) -> Iterator[DbSession]:
        """One short transaction holding the write lock; note what it writes with `added`/`filled`.

        `quiet`: nobody else has been writing (the caller's pace): the WAL checkpoint after the
        commit runs beside the next batch (storage/wal_checkpoint.py) unless another connection
        committed since the last batch. Beside a desk it runs before the next batch, as
        otherwise: overlapping the desk's commits, it doubled their wait (p95 24 -> 41 ms
        during a 100,000-row import).

        `durable=False`: a batch before the last may skip the commit's sync (SQLite's
        `synchronous=NORMAL`): until the last batch's commit (durable, as every commit is by
        default) nothing of the write was acknowledged, and a batch that a power cut takes back
        is one `undo_abandoned` need not take back. A later durable commit, the desk's or the
        last batch's, syncs the WAL with every batch before it.
        """
        if self._conn is None:
            self._conn = self._db.engine.connect()
        self._set_durable(durable)
        started = time.monotonic()
        with write_transaction(self._db, self._conn) as s:
            self._note_version(s.connection())
            yield s
        self.held_s = time.monotonic() - started
        if self._conn.dialect.name == "sqlite":
            if self._checkpoints is None:
                self._checkpoints = WalCheckpointer(self._db)
            self._checkpoints.start()
            if not quiet or self._others_wrote:
                self._checkpoints.wait()

    def _set_durable(self, durable: bool) -> None:
        assert self._conn is not None
        if self._conn.dialect.name != "sqlite" or self._durable is durable:
            return
        raw = self._conn.connection.driver_connection
        assert raw is not None
        raw.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")  # outside a transaction
        self._durable = durable

    def _note_version(self, conn: Connection) -> None:
        if conn.dialect.name != "sqlite":
            return  # a server has no database-wide write lock for the desk to wait on
        version = conn.exec_driver_sql("PRAGMA data_version").scalar()
        self._others_wrote = self._version is not None and version != self._version
        self._version = version

    def others_wrote(self) -> bool:
        """Whether another connection committed between the last two batches (a desk is busy)."""
        return self._others_wrote

    def close(self) -> None:
        """Wait for the last checkpoint; let go of the batches' connection."""
        checkpoints, self._checkpoints = self._checkpoints, None
        if checkpoints is not None:
            checkpoints.close()
        conn, self._conn = self._conn, None
        durable, self._durable = self._durable, None
        if conn is None:
            return
        try:
            # Back to the engine's durable commits for the pool's next user.
            if conn.dialect.name == "sqlite" and durable is False:
                raw = conn.connection.driver_connection
                assert raw is not None
                raw.execute("PRAGMA synchronous = FULL")
        except Exception:  # a broken connection (a full disk): not back into the pool; undo goes on
            conn.invalidate()
        conn.close()

    def added(self, conn: Connection, table: str, ids: Iterable[int]) -> None:
        """Note rows the current batch inserted into `table`."""
        self._note(conn, table, ids, None)

    def filled(self, conn: Connection, table: str, ids: Iterable[int], columns: Sequence[str]) -> None:
        """Note that the current batch set `columns` of rows `ids`, which were all empty before."""
        self._note(conn, table, ids, ",".join(columns))

    def _note(self, conn: Connection, table: str, ids: Iterable[int], columns: str | None) -> None:
        notes = [(self.id, table, first, last, columns) for first, last in _runs(ids)]
        if notes:
            sql = (
                "INSERT INTO write_journal_row (journal_id, table_name, row_id, last_row_id, columns) "
                "VALUES (?, ?, ?, ?, ?)"
            )
            driver_sql.run(conn, sql, notes)

    def finish(self, conn: Connection) -> None:
        """Inside the write's last transaction (a durable batch): from its commit on, the write stands as a whole.

        Its notes go in the same transaction when they are few (a note covers a run of ids: an
        import's batch adds one or two a table); `clear` drops the rest a batch at a time.
        """
        assert self._durable is not False, "the last batch of a write is durable"
        conn.execute(text("DELETE FROM write_journal WHERE id = :id"), {"id": self.id})
        dropped = conn.execute(_DROP_NOTES, {"j": self.id, "n": FINISH_NOTES}).rowcount
        self._notes_left = dropped is None or dropped >= FINISH_NOTES

    def clear(self) -> None:
        """Drop the notes of a finished write, a batch at a time (`undo_abandoned` would too)."""
        self.close()
        if self._notes_left:
            _drop_notes(self._db, self.id)

    def undo(self) -> None:
        """Take back everything the batches wrote, newest first, a batch at a time."""
        self.close()
        undo_journal(self._db, self.id)


def _runs(ids: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted ids as (first, last) runs of consecutive ids."""
    runs: list[tuple[int, int]] = []
    for row_id in sorted(set(ids)):
        if runs and runs[-1][1] == row_id - 1:
            runs[-1] = (runs[-1][0], row_id)
        else:
            runs.append((row_id, row_id))
    return runs


_DROP_NOTES = text(
    "DELETE FROM write_journal_row WHERE id IN (SELECT id FROM write_journal_row WHERE journal_id = :j LIMIT :n)"
)


def _drop_notes(db: Database, journal_id: int) -> None:
    while True:
        with write_transaction(db) as s:
            deleted = s.execute(_DROP_NOTES, {"j": journal_id, "n": UNDO_BATCH * 5}).rowcount
        if not deleted:
            return


def undo_journal(db: Database, journal_id: int) -> int:
    """Take back what journal `journal_id` noted; returns the rows deleted or emptied again."""
    undone = 0
    tables = Base.metadata.tables
    while True:
        with write_transaction(db) as s:
            conn = s.connection()
            note = conn.execute(
                text(
                    "SELECT id, table_name, row_id, last_row_id, columns FROM write_journal_row "
                    "WHERE journal_id = :j ORDER BY id DESC LIMIT 1"
                ),
                {"j": journal_id},
            ).first()
            if note is None:
                conn.execute(text("DELETE FROM write_journal WHERE id = :id"), {"id": journal_id})
                return undone
            note_id, table_name, first, last, columns = note
            table = tables[table_name]
            # At most UNDO_BATCH rows a transaction: the rest of the run stays noted for the next.
            low = max(int(first), int(last) - UNDO_BATCH + 1)
            between = f"{table.name}.id BETWEEN {low} AND {int(last)}"
            if columns is None:
                sql = f"DELETE FROM {table.name} WHERE {between} AND {_keepers(table)}"
            else:
                sets = ", ".join(f"{table.c[c].name} = NULL" for c in columns.split(","))
                sql = f"UPDATE {table.name} SET {sets} WHERE {between}"
            undone += conn.execute(text(sql)).rowcount or 0
            if low > first:
                conn.execute(
                    text("UPDATE write_journal_row SET last_row_id = :last WHERE id = :id"),
                    {"last": low - 1, "id": note_id},
                )
            else:
                conn.execute(text("DELETE FROM write_journal_row WHERE id = :id"), {"id": note_id})


def undo_abandoned(db: Database) -> int:
    """Take back the writes whose process on this machine died before finishing; how many."""
    with db.session() as s:
        journals = s.execute(text("SELECT id, host, pid FROM write_journal")).all()
        finished = s.execute(
            text(
                "SELECT DISTINCT journal_id FROM write_journal_row WHERE journal_id NOT IN "
                "(SELECT id FROM write_journal)"
            )
        ).all()
    for (journal_id,) in finished:  # notes a finished write left when its process ended
        _drop_notes(db, journal_id)
    here = _this_host()
    undone = 0
    for journal_id, host, pid in journals:
        if host == here and not _alive(pid):
            log.warning("taking back write %s: its process ended before it finished", journal_id)
            undo_journal(db, journal_id)
            undone += 1
    return undone
