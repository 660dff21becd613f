"""Runs one long job (an import, an export, certificates) off the GUI thread, with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.ui.worker import Progress, Worker, WorkerPool

Job = Callable[[Progress], Any]


class JobRunner(QObject):
    """One job at a time: `start()` shows a window-modal progress dialog; the signals say how it ended.

    Signals:
        started(Worker): a job was handed to the pool (its progress signal may be watched).
        finished(object): the job's result.
        failed(object): the exception that stopped it (a transaction it ran was rolled back).
        cancelled(): the user pressed cancel; nothing was written.
    """

    started = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, pool: WorkerPool, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self._pool = pool
        self._parent = parent
        self._title = title
        self.worker: Worker | None = None
        self.dialog: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        """True while a job runs."""
        return self.worker is not None

    def start(self, job: Job, label: str, title: str | None = None) -> Worker | None:
        """Run `job(progress)` on the pool; None when a job already runs."""
        if self.worker is not None:
            return None
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(title or self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # a small job ends before the dialog would flash
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        worker = Worker(job)
        self.worker, self.dialog = worker, dialog
        dialog.canceled.connect(self.cancel)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(lambda result: self._done(self.finished, result))
        worker.signals.failed.connect(lambda exc: self._done(self.failed, exc))
        worker.signals.cancelled.connect(lambda: self._done(self.cancelled, None))
        self.started.emit(worker)
        self._pool.start(worker)
        return worker

    def cancel(self) -> None:
        """Ask the running job to stop at its next progress report."""
        if self.worker is not None:
            self.worker.cancel()
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _done(self, signal: Signal, payload: object) -> None:
        dialog, self.worker, self.dialog = self.dialog, None, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)  # closing a progress dialog emits `canceled`
            dialog.close()
            dialog.deleteLater()
        if payload is None:
            signal.emit()  # type: ignore[attr-defined]
        else:
            signal.emit(payload)  # type: ignore[attr-defined]
