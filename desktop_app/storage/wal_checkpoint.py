"""A long write's WAL checkpoints, each on a thread and connection of their own while the write goes on.

A long write checkpoints after each batch (storage/write_journal.py says why). The checkpoint
copies the pages the batch wrote into the database file and syncs it: 5-10 ms a batch at
10,000 people, in which the write itself stood still. On its own connection it runs beside the
next batch: SQLite lets one checkpoint run while others write (a desk's automatic checkpoint
finds it busy and skips it), and the thread spends its time in SQLite and the disk, not holding
Python's lock. One checkpoint at a time; the next waits for the last.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import Connection

from desktop_app.storage.database import Database

log = logging.getLogger(__name__)


class WalCheckpointer:
    """`start()` after a batch's commit; `close()` waits for the last checkpoint and lets go of its connection."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._conn: Connection | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Checkpoint what is committed so far, in the background (after the one running, if any)."""
        self.wait()
        self._thread = threading.Thread(target=self._checkpoint, name="hadir-wal-checkpoint", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Until the running checkpoint, if any, is done."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()

    def close(self) -> None:
        """Wait for the last checkpoint; its connection goes back to the pool."""
        self.wait()
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _checkpoint(self) -> None:
        try:
            if self._conn is None:
                self._conn = self._db.engine.connect()
            raw = self._conn.connection.driver_connection
            assert raw is not None
            # PASSIVE: never waits for the desk's readers or writers; what it cannot copy now,
            # the next one does.
            raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except Exception as exc:  # e.g. a full disk: the WAL keeps the pages; the next commit will say so
            log.warning("a checkpoint beside a long write failed: %s", type(exc).__name__)
            conn, self._conn = self._conn, None
            if conn is not None:
                conn.invalidate()
                conn.close()
