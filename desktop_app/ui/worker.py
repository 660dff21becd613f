"""Background work for the window: one `Worker` runs a function off the GUI thread.

The function receives a `progress(done, total)` callback that also raises `Cancelled` once the
user pressed cancel, so long jobs (exports, certificates, imports) stop between two items.
Results and errors come back as signals on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_app.core.errors import Cancelled

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


class WorkerSignals(QObject):
    """What a worker reports: progress, a result, or an error (never both)."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Worker(QRunnable):
    """Runs `fn(progress)` on a pool thread."""

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the caller keeps it until a signal arrives

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the GUI thread, which shows a sentence
            log.exception("background job failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class WorkerPool:
    """Starts workers and keeps them alive until they report. Tests may run them inline."""

    def __init__(self, pool: QThreadPool | None = None, inline: bool = False) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._inline = inline
        self._running: set[Worker] = set()

    def start(self, worker: Worker) -> Worker:
        """Run `worker` (on the pool, or at once when inline); return it for cancel()."""
        self._running.add(worker)
        for signal in (worker.signals.finished, worker.signals.failed):
            signal.connect(lambda *_: self._running.discard(worker))
        worker.signals.cancelled.connect(lambda: self._running.discard(worker))
        if self._inline:
            worker.run()
        else:
            self._pool.start(worker)
        return worker
