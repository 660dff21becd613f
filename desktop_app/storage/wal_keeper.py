"""The WAL of an open database file, checkpointed beside the work instead of inside a commit.

SQLite's automatic checkpoint runs inside the COMMIT that lets the WAL pass 1,000 pages: that
commit copies every page into the database file and syncs it. When another process had filled
the WAL (an import's open-time purge and daily backup beside a busy desk), the desk's next
check-in did that work: 0.4-1.6 s of waiting where an admission takes 3 ms. So no connection of
Hadir's engine checkpoints in a commit (`wal_autocheckpoint = 0`, storage/engine.py) and this
thread, one per open database, checkpoints the WAL once it has grown past `WAL_LIMIT_BYTES`. PASSIVE:
it never waits for a reader or a writer; what it cannot copy now, the next round does.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from sqlalchemy import Engine

from desktop_app.storage.engine import WAL_LIMIT_BYTES

log = logging.getLogger(__name__)

EVERY_S = 0.25


class WalKeeper:
    """`start()` once the database is open; `stop()` before it closes."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine = engine
        self._wal = path.with_name(path.name + "-wal")
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Watch the WAL from now on, on a daemon thread."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="hadir-wal-keeper", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop watching; waits for a checkpoint under way."""
        self._stopping.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def _run(self) -> None:
        while not self._stopping.wait(EVERY_S):
            try:
                if self._wal.stat().st_size > WAL_LIMIT_BYTES:
                    self.checkpoint()
            except FileNotFoundError:
                continue  # no WAL: nothing written since the last connection closed
            except Exception as exc:  # a full disk, a file being replaced: the next round tries again
                log.warning("a background checkpoint failed: %s", type(exc).__name__)

    def checkpoint(self) -> None:
        """Copy what the WAL holds into the database file (PASSIVE), on a pooled connection."""
        with self._engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
