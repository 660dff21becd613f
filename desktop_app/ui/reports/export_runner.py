"""Runs one export in the background with a progress dialog and cancel (a JobRunner titled so)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.ui.job_runner import JobRunner
from desktop_app.ui.worker import WorkerPool


class ExportRunner(JobRunner):
    """One export at a time; `finished` carries the ExportResult."""

    def __init__(self, pool: WorkerPool, parent: QWidget) -> None:
        super().__init__(pool, parent, QCoreApplication.translate("ExportRunner", "Exporting"))
