"""Pengaturan → Gabungkan data laptop lain…: a field laptop's database into this one (admins only).

First a dry run in the background shows what would happen; Merge runs the real merge, one
transaction with cancel; the result lists the conflicts with a one-click choice each.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.errors import HadirError
from desktop_app.services.container import Services
from desktop_app.services.merge.incoming import check_incoming_file
from desktop_app.services.merge.types import Conflict, MergeReport
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.ui import dialogs_io
from desktop_app.ui.error_messages import error_text
from desktop_app.ui.job_runner import JobRunner
from desktop_app.ui.merge.merge_dialog import MergeDialog
from desktop_app.ui.worker import WorkerPool

FILTERS = "Hadir (*.db)"


class MergeBox(QGroupBox):
    """A sentence and one button; `active_dialog` is the report on screen (for tests)."""

    def __init__(
        self,
        services: Services,
        operator: OperatorInfo | None,
        pool: WorkerPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        # Not self.tr: the QObject does not exist before this call (a segfault in the UI suite).
        super().__init__(QCoreApplication.translate("MergeBox", "Field laptops"), parent)
        self._services = services
        self._operator = operator
        self._source: Path | None = None
        self.active_dialog: MergeDialog | None = None
        self.runner = JobRunner(pool or WorkerPool(), self, self.tr("Merge another laptop's data"))
        self._build_ui()
        self.merge_button.clicked.connect(self._on_merge_clicked)

    def _build_ui(self) -> None:
        note = QLabel(
            self.tr(
                "Back at the office, bring in what a field laptop recorded: its events, batches, people, "
                "check-ins and certificates. Choose its database or a backup of it; the file is only read. "
                "Nothing is counted twice, and merging the same file again changes nothing."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        self.merge_button = QPushButton(self.tr("Merge another laptop's data…"))
        if self._operator is None or not self._operator.is_admin:
            self.merge_button.setEnabled(False)
            self.merge_button.setToolTip(self.tr("Only an admin may merge another laptop's data."))
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)

    def _on_merge_clicked(self) -> None:
        source = dialogs_io.open_file(self, self.tr("Choose the other laptop's database"), "", FILTERS)
        if source is None or self._operator is None:
            return
        try:
            check_incoming_file(source)
        except HadirError as exc:
            dialogs_io.show_error(self, self.tr("This file cannot be merged"), error_text(exc))
            return
        self._source = source
        self._run(dry_run=True)

    def _run(self, dry_run: bool) -> None:
        source, operator = self._source, self._operator
        assert source is not None and operator is not None
        self.runner.finished.connect(self._on_report)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        label = self.tr("Reading the other laptop's data…") if dry_run else self.tr("Merging…")
        self.runner.start(
            lambda progress: self._services.merge.merge(source, operator, dry_run=dry_run, progress=progress),
            label,
        )

    def _on_report(self, report: MergeReport) -> None:
        self._disconnect()
        assert self._source is not None
        dialog = MergeDialog(report, self._source.name, None if report.dry_run else self._choose, self)
        self.active_dialog = dialog

        def done(result: int) -> None:
            self.active_dialog = None
            dialog.deleteLater()
            if report.dry_run and result == MergeDialog.DialogCode.Accepted:
                self._run(dry_run=False)

        dialog.finished.connect(done)
        dialog.open()

    def _choose(self, conflict: Conflict) -> bool:
        assert self._operator is not None
        try:
            self._services.merge.use_incoming(conflict, self._operator)
        except HadirError as exc:
            dialogs_io.show_error(self, self.tr("This value cannot be taken"), error_text(exc))
            return False
        return True

    def _on_failed(self, exc: BaseException) -> None:
        self._disconnect()
        text = error_text(exc) if isinstance(exc, HadirError) else str(exc)
        dialogs_io.show_error(self, self.tr("The merge did not work; nothing was changed"), text)

    def _on_cancelled(self) -> None:
        self._disconnect()
        dialogs_io.show_info(self, self.tr("Merge cancelled"), self.tr("Nothing was changed."))

    def _disconnect(self) -> None:
        for signal in (self.runner.finished, self.runner.failed, self.runner.cancelled):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect()
