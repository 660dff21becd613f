"""The office's other paper: sheet to sign, invitations, contacts, transport receipt, laporan kegiatan."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.exports.attendance.labels import labels_for
from desktop_app.exports.report.data import ReportPhoto
from desktop_app.services.container import Services
from desktop_app.services.paper.service import PaperResult
from desktop_app.services.paper.transport import ReceiptResult
from desktop_app.ui import dialogs_io
from desktop_app.ui.i18n import current_language
from desktop_app.ui.reports.activity_report_dialog import ActivityReportDialog
from desktop_app.ui.reports.export_messages import export_error_text
from desktop_app.ui.reports.export_runner import ExportRunner
from desktop_app.ui.worker import Progress, WorkerPool


def _paper(done: ReceiptResult) -> PaperResult:
    return PaperResult(done.path, done.rows)


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
        self._event_id: int | None = None
        self._is_admin = is_admin
        self.active_dialog: ActivityReportDialog | None = None
        self.folder = ""
        self.runner = ExportRunner(pool, self)
        self.last_result: PaperResult | None = None
        self.signin_button = QPushButton(self.tr("Sheet to sign…"))
        self.signin_button.setToolTip(
            self.tr(
                "Before the event: invitees in the order of the invitation list, empty rows up to the capacity"
            )
        )
        self.invitations_button = QPushButton(self.tr("Invitations…"))
        self.contacts_button = QPushButton(self.tr("Contact tracing (admin)…"))
        self.contacts_button.setToolTip(
            self.tr("Attendees with full phone numbers for the health office; recorded in the audit log")
        )
        self.contacts_button.setVisible(is_admin)
        self.receipt_button = QPushButton(self.tr("Transport receipt…"))
        self.receipt_button.setToolTip(
            self.tr("The receipt sheet of the transport money the attendees receive")
        )
        self.report_button = QPushButton(self.tr("Activity report…"))
        self.report_button.setToolTip(
            self.tr(
                "Laporan kegiatan for the SPJ: numbers, charts, minutes, photos, attendance and certificates"
            )
        )
        self.hint = QLabel(self.tr("Choose one batch first."))
        self.hint.setObjectName("muted")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in self._batch_buttons():
            row.addWidget(button)
        row.addWidget(self.report_button)
        row.addWidget(self.hint)
        row.addStretch(1)
        self.signin_button.clicked.connect(self._on_signin_clicked)
        self.invitations_button.clicked.connect(self._on_invitations_clicked)
        self.contacts_button.clicked.connect(self._on_contacts_clicked)
        self.receipt_button.clicked.connect(self._on_receipt_clicked)
        self.report_button.clicked.connect(self._on_report_clicked)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._enable)
        self.set_scope(None, None)

    def _batch_buttons(self) -> tuple[QPushButton, ...]:
        return (self.signin_button, self.invitations_button, self.contacts_button, self.receipt_button)

    def set_scope(self, event_id: int | None, session_id: int | None) -> None:
        """The event and batch chosen (batch None: the whole event, where only the report applies)."""
        self._event_id, self._session_id = event_id, session_id
        self._enable()

    def _enable(self) -> None:
        for button in self._batch_buttons():
            button.setEnabled(self._session_id is not None and not self.runner.busy)
        self.report_button.setEnabled(self._event_id is not None and not self.runner.busy)
        self.hint.setVisible(self._event_id is not None and self._session_id is None)

    def _on_receipt_clicked(self) -> None:
        session_id = self._session_id
        if session_id is None:
            return
        transport = self._services.transport
        amount = transport.amount(session_id)
        if self._is_admin:  # the amount is a setting: admins confirm or change it each time
            amount = dialogs_io.ask_int(
                self,
                self.tr("Transport money"),
                self.tr("Rupiah per attendee:"),
                amount or 100_000,
                100_000_000,
            )
            if amount is None:
                return
            transport.set_amount(session_id, amount, self._operator_id)
        elif amount is None:
            dialogs_io.show_error(
                self,
                self.tr("Transport money"),
                self.tr("An admin sets the transport amount of this batch first."),
            )
            return
        words = labels_for(current_language())
        self._start(
            self.tr("Transport receipt"),
            "pdf",
            lambda sid, path, _progress: _paper(
                transport.receipt(sid, path, operator_id=self._operator_id, words=words)
            ),
        )

    def _on_report_clicked(self) -> None:
        if self._event_id is None or self.runner.busy:
            return
        dialog = ActivityReportDialog(self.tr("Laporan kegiatan of the chosen event or batch"), self)
        self.active_dialog = dialog

        def done(result: int) -> None:
            self.active_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.write_report(dialog.notes(), dialog.photos())

        dialog.finished.connect(done)
        dialog.open()

    def write_report(self, notes: str, photos: list[ReportPhoto]) -> None:
        """Ask where, then build and write the laporan kegiatan in the background."""
        event_id, session_id = self._event_id, self._session_id
        reports, words = self._services.activity_reports, labels_for(current_language())

        def write(_sid: int, path: Path, progress: Progress) -> PaperResult:
            report = reports.build(session_id=session_id, event_id=event_id, notes=notes, photos=photos)
            done = reports.write(report, path, operator_id=self._operator_id, words=words, progress=progress)
            return PaperResult(done.path, done.attended)

        self._start(self.tr("Activity report"), "pdf", write, scope=session_id or event_id)

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

    def _start(
        self,
        title: str,
        fmt: str,
        write: Callable[[int, Path, Progress], PaperResult],
        scope: int | None = None,
    ) -> None:
        session_id = scope if scope is not None else self._session_id
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
        for button in (*self._batch_buttons(), self.report_button):
            button.setEnabled(False)
        self.runner.start(
            lambda progress: write(session_id, path, progress),
            self.tr("Writing {name}…").format(name=path.name),
        )

    def _on_finished(self, result: object) -> None:
        assert isinstance(result, PaperResult)
        self.last_result = result
        self._enable()
        self.notice.emit(self.tr("Saved {path}.").format(path=result.path))

    def _on_failed(self, exc: BaseException) -> None:
        self._enable()
        self.notice.emit(self.tr("The export failed."))
        dialogs_io.show_error(self, self.tr("Export failed"), export_error_text(exc), str(exc))
