"""A page's data read off the GUI thread: the page asks, a worker reads plain data, the page shows it.

On a registry of a million people a page's first query takes seconds (an event's 33,000
batches with their counts, the whole event's report). Read on the GUI thread it froze the
window before its first paint; here it runs on the page's worker pool while the page shows
that it is loading. Only the newest answer is shown: a load asked for while another one runs
makes the older one's result stale, and it is dropped.

Tests hand the page an inline pool (`WorkerPool(inline=True)`): the load then runs at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_app.ui.worker import Worker, WorkerPool

log = logging.getLogger(__name__)


def loading_text() -> str:
    """The word "Loading…" in the user's language (the window's placeholder says the same)."""
    return QCoreApplication.translate("MainWindow", "Loading…")


class PageLoader(QObject):
    """Runs one read at a time for a page; `loaded(result)` or `failed(exc)` for the newest one.

    Signals:
        loading(bool): a read started (True) or the last one ended (False).
        loaded(object): what the newest read returned.
        failed(object): the exception that stopped the newest read.
    """

    loading = Signal(bool)
    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, pool: WorkerPool, parent: QObject) -> None:
        super().__init__(parent)
        self._pool = pool
        self._generation = 0
        self._running = 0
        self.loads = 0  # reads started so far (tests check that a hidden page read nothing)

    @property
    def busy(self) -> bool:
        """True while a read is on its way."""
        return self._running > 0

    def load(self, read: Callable[[], Any]) -> None:
        """Run `read()` on the pool; its result arrives as `loaded` unless a newer load started."""
        self._generation += 1
        generation = self._generation
        self._running += 1
        self.loads += 1

        def job(_progress: object) -> tuple[int, Any, BaseException | None]:
            try:
                return generation, read(), None
            except Exception as exc:  # handed to the GUI thread with its generation
                log.warning("a page could not read its data: %s", type(exc).__name__)
                return generation, None, exc

        worker = Worker(job)
        # A bound method of this QObject: Qt drops the connection when the page is deleted, so
        # a read that ends after its page is gone delivers to nobody.
        worker.signals.finished.connect(self._on_finished)
        self.loading.emit(True)
        self._pool.start(worker)

    def _on_finished(self, outcome: tuple[int, Any, BaseException | None]) -> None:
        generation, result, error = outcome
        self._running -= 1
        if generation != self._generation:
            return  # a newer read is on its way; this answer is out of date
        self.loading.emit(False)
        if error is not None:
            self.failed.emit(error)
        else:
            self.loaded.emit(result)
