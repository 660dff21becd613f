"""Backups from the window: a copy to any folder (a flash drive), and restore; both admins only.

A restore checks the file first (really Hadir's, not newer, intact) and keeps the current
database as a backup; afterwards the operators may differ, so everyone signs in again.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.encryption_errors import KeyMissing, WrongKey
from desktop_app.core.errors import HadirError, InvalidInput
from desktop_app.services.container import Services
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.storage.encryption import parse_recovery
from desktop_app.ui import dialogs_io
from desktop_app.ui.error_messages import error_text
from desktop_app.ui.job_runner import JobRunner
from desktop_app.ui.worker import WorkerPool

FILTERS = "Hadir (*.db)"


class BackupBox(QGroupBox):
    """Two buttons and a sentence; `restored` asks the owner to sign everyone in again."""

    restored = Signal()

    def __init__(
        self,
        services: Services,
        operator: OperatorInfo | None,
        pool: WorkerPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        # Not self.tr: the QObject does not exist before this call (a segfault in the UI suite).
        super().__init__(QCoreApplication.translate("BackupBox", "Backups"), parent)
        self._services = services
        self._operator = operator
        self.runner = JobRunner(pool or WorkerPool(), self, self.tr("Backups"))
        self._build_ui()
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)

    def _build_ui(self) -> None:
        note = QLabel(
            self.tr(
                "Hadir keeps a copy of the database every day and before every update. Make a copy "
                "yourself before you travel, e.g. on a flash drive. Restoring replaces all data by the "
                "copy's; the data as it is now is kept as a backup first."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        self.backup_button = QPushButton(self.tr("Make a backup…"))
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        if self._operator is None or not self._operator.is_admin:
            # A copy holds every NIK, health answer and PIN hash: making one is an admin's decision.
            self.backup_button.setEnabled(False)
            self.backup_button.setToolTip(self.tr("Only an admin may make a backup."))
            self.restore_button.setEnabled(False)
            self.restore_button.setToolTip(self.tr("Only an admin may restore a backup."))
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)

    def _on_backup_clicked(self) -> None:
        suggested = self._services.backups.backup_dir / f"hadir-cadangan-{date.today():%Y%m%d}.db"
        target = dialogs_io.save_file(self, self.tr("Save the backup as"), str(suggested), FILTERS)
        if target is None:
            return
        if target.suffix.lower() != ".db":
            target = target.with_name(target.name + ".db")
        self.runner.finished.connect(self._on_backup_done)
        self.runner.failed.connect(self._on_failed)
        self.runner.start(
            lambda _progress: self._services.backups.backup_to(target, self._operator),
            self.tr("Copying the database…"),
        )

    def _on_backup_done(self, path: Path) -> None:
        self._disconnect()
        dialogs_io.show_info(
            self, self.tr("Backup made"), self.tr("The backup is in {path}.").format(path=path)
        )

    def _on_restore_clicked(self) -> None:
        source = dialogs_io.open_file(
            self, self.tr("Choose a backup"), str(self._services.backups.backup_dir), FILTERS
        )
        if source is None or self._operator is None:
            return
        key: bytes | None = None
        try:
            try:
                self._services.backups.check_restorable(source)
            except (KeyMissing, WrongKey):  # encrypted on another computer: its recovery key opens it
                key = self._ask_recovery_key(source)
                if key is None:
                    return
                self._services.backups.check_restorable(source, key)
        except HadirError as exc:
            dialogs_io.show_error(self, self.tr("This file cannot be restored"), error_text(exc))
            return
        question = self.tr(
            "Replace all data by the content of {name}? The data as it is now is kept as a backup first. "
            "Everyone signs in again afterwards."
        ).format(name=source.name)
        if not dialogs_io.ask_yes_no(self, self.tr("Restore a backup"), question):
            return
        operator = self._operator
        self.runner.finished.connect(self._on_restore_done)
        self.runner.failed.connect(self._on_failed)
        self.runner.start(
            lambda _progress: self._services.backups.restore(source, operator, key), self.tr("Restoring…")
        )

    def _ask_recovery_key(self, source: Path) -> bytes | None:
        text = dialogs_io.ask_text(
            self,
            self.tr("Recovery key"),
            self.tr("{name} is encrypted. Type the recovery key from its sheet (ABCD-EFGH-…):").format(
                name=source.name
            ),
        )
        if not text:
            return None
        try:
            return parse_recovery(text)
        except InvalidInput:
            dialogs_io.show_error(
                self,
                self.tr("Recovery key"),
                self.tr("That is not a recovery key: it has 52 letters and digits in groups of four."),
            )
            return None

    def _on_restore_done(self, _result: object) -> None:
        self._disconnect()
        dialogs_io.show_info(
            self, self.tr("Backup restored"), self.tr("The data is restored. Please sign in again.")
        )
        self.restored.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self._disconnect()
        text = error_text(exc) if isinstance(exc, HadirError) else str(exc)
        dialogs_io.show_error(self, self.tr("The backup did not work"), text)

    def _disconnect(self) -> None:
        for signal in (self.runner.finished, self.runner.failed):
            with contextlib.suppress(RuntimeError, TypeError):  # nothing connected
                signal.disconnect()
