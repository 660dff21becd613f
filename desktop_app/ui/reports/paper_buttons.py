"""The documents of one batch besides the attendance export: sheet to sign, invitations, contacts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.exports.attendance.labels import labels_for
from desktop_app.services.container import Services
from desktop_app.services.paper.service import PaperResult
from desktop_app.ui import dialogs_io
from desktop_app.ui.i18n import current_language
from desktop_app.ui.reports.export_messages import export_error_text
from desktop_app.ui.reports.export_runner import ExportRunner
from desktop_app.ui.worker import Progress, WorkerPool

Job = Callable[[Path, Progress], PaperResult]


class PaperButtons(QWidget):
    """A row of buttons for the chosen batch; each asks where to save and writes in the background."""

    notice = Signal(str)

    def __init__(
        self, services: Services, operator_id: int | None, is_admin: bool, pool: WorkerPool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operator_id = operator_id
        self._session_id: int | None = None
        self.folder = ""
        self.runner = ExportRunner(pool, self)
        self.last_result: PaperResult | None = None
        self.signin_button = QPushButton(self.tr("Sheet to sign (before the event)…"))
        self.signin_button.setToolTip(
            self.tr("Invitees listed in the order of the invitation list, empty rows up to the capacity")
        )
        self.invitations_button = QPushButton(self.tr("Invitations…"))
        self.contacts_button = QPushButton(self.tr("Contact tracing (admin)…"))
        self.contacts_button.setToolTip(
            self.tr("Attendees with full phone numbers for the health office; recorded in the audit log")
        )
        self.contacts_button.setVisible(is_admin)
        self.hint = QLabel(self.tr("Choose one batch for these documents."))
        self.hint.setObjectName("muted")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.signin_button, self.invitations_button, self.contacts_button):
            row.addWidget(button)
        row.addWidget(self.hint)
        row.addStretch(1)
        self.signin_button.clicked.connect(self._on_signin_clicked)
        self.invitations_button.clicked.connect(self._on_invitations_clicked)
        self.contacts_button.clicked.connect(self._on_contacts_clicked)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(lambda: self.set_session(self._session_id))
        self.set_session(None)

    def set_session(self, session_id: int | None) -> None:
        """The batch the documents are for (None: the whole event, where they do not apply)."""
        self._session_id = session_id
        for button in (self.signin_button, self.invitations_button, self.contacts_button):
            button.setEnabled(session_id is not None and not self.runner.busy)
        self.hint.setVisible(session_id is None)

    def _on_signin_clicked(self) -> None:
        labels = labels_for(current_language())
        self._start(
            self.tr("Sheet to sign"),
            "pdf",
            lambda sid, path, progress: self._services.paper.signin_sheet(
                sid, path, operator_id=self._operator_id, labels=labels, progress=progress
            ),
        )

    def _on_invitations_clicked(self) -> None:
        lang = current_language()
        self._start(
            self.tr("Invitations"),
            "pdf",
            lambda sid, path, progress: self._services.paper.invitations(
                sid, path, operator_id=self._operator_id, lang=lang, progress=progress
            ),
        )

    def _on_contacts_clicked(self) -> None:
        self._start(
            self.tr("Contact tracing"),
            "xlsx",
            lambda sid, path, _progress: self._services.paper.contacts(
                sid, path, operator_id=self._operator_id
            ),
        )

    def _start(self, title: str, fmt: str, write: Callable[[int, Path, Progress], PaperResult]) -> None:
        session_id = self._session_id
        if session_id is None or self.runner.busy:
            return
        filters = self.tr("PDF document (*.pdf)") if fmt == "pdf" else self.tr("Excel workbook (*.xlsx)")
        suggested = str(Path(self.folder) / f"{title} {session_id}.{fmt}")
        path = dialogs_io.save_file(self, title, suggested, filters)
        if path is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        self.folder = str(path.parent)
        self.set_session(session_id)
        for button in (self.signin_button, self.invitations_button, self.contacts_button):
            button.setEnabled(False)
        self.runner.start(
            lambda progress: write(session_id, path, progress),
            self.tr("Writing {name}…").format(name=path.name),
        )

    def _on_finished(self, result: PaperResult) -> None:
        self.last_result = result
        self.set_session(self._session_id)
        self.notice.emit(self.tr("Saved {path}.").format(path=result.path))

    def _on_failed(self, exc: BaseException) -> None:
        self.set_session(self._session_id)
        self.notice.emit(self.tr("The export failed."))
        dialogs_io.show_error(self, self.tr("Export failed"), export_error_text(exc), str(exc))
