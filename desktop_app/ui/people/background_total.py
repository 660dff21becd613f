"""A list's total counted off the GUI thread, so the rows show before the registry is counted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop_app.ui.worker import Worker, WorkerPool


class BackgroundTotal(QObject):
    """Counts in the pool; only the answer to the latest question is reported.

    Counting a filtered million-person registry takes longer than reading its first screenful
    (which an index hands over): the page shows the rows at once and the total when it is known.

    Signals:
        counted(int): the total for the last `count()` asked.
    """

    counted = Signal(int)

    def __init__(self, pool: WorkerPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._asked = 0
        self.pending = False

    def count(self, fn: Callable[[], int]) -> None:
        """Count with `fn` in the background; an earlier count still running is forgotten."""
        self._asked += 1
        asked = self._asked
        self.pending = True
        worker = Worker(lambda _progress: fn())
        worker.signals.finished.connect(lambda n: self._done(asked, n))
        worker.signals.failed.connect(lambda _exc: self._done(asked, None))
        self._pool.start(worker)

    def forget(self) -> None:
        """The total is known without counting: drop any answer still to come."""
        self._asked += 1
        self.pending = False

    def _done(self, asked: int, total: int | None) -> None:
        if asked != self._asked:
            return
        self.pending = False
        if total is not None:
            self.counted.emit(total)
