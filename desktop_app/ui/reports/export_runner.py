"""Runs one export in the background with a progress dialog and cancel, and reports the outcome."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.services.reports import ExportResult
from desktop_app.ui.worker import Progress, Worker, WorkerPool

Job = Callable[[Progress], ExportResult]


class ExportRunner(QObject):
    """One export at a time: `start()` shows the progress dialog, the signals say how it ended.

    Signals:
        finished(ExportResult): the file is written.
        failed(object): the exception that stopped it (the old file, if any, is untouched).
        cancelled(): the user pressed cancel; nothing was written.
    """

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, pool: WorkerPool, parent: QWidget) -> None:
        super().__init__(parent)
        self._pool = pool
        self._parent = parent
        self.worker: Worker | None = None
        self.dialog: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        """True while an export runs."""
        return self.worker is not None

    def start(self, job: Job, label: str) -> Worker | None:
        """Run `job(progress)` on the pool; None when an export already runs."""
        if self.worker is not None:
            return None
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(self.tr("Exporting"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # a small export finishes before the dialog would flash
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        worker = Worker(job)
        self.worker, self.dialog = worker, dialog
        dialog.canceled.connect(worker.cancel)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(lambda result: self._done(self.finished, result))
        worker.signals.failed.connect(lambda exc: self._done(self.failed, exc))
        worker.signals.cancelled.connect(lambda: self._done(self.cancelled, None))
        self._pool.start(worker)
        return worker

    def cancel(self) -> None:
        """Ask the running export to stop."""
        if self.worker is not None:
            self.worker.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _done(self, signal: Signal, payload: object) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.worker = self.dialog = None
        if payload is None:
            signal.emit()  # type: ignore[attr-defined]
        else:
            signal.emit(payload)  # type: ignore[attr-defined]
