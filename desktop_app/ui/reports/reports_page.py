"""Laporan & Ekspor: choose an event or one batch, see its numbers and charts, export the files.

The event's report is read on the page's worker pool when the page is shown or another event is
chosen: at a million people it took 16 s, and the window froze on it before its first paint.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import NotFound
from desktop_app.exports.attendance.data import AttendanceSummary, EventReport
from desktop_app.exports.attendance.labels import labels_for
from desktop_app.services.container import Services
from desktop_app.services.events.service import EventInfo
from desktop_app.services.reports.service import ExportResult
from desktop_app.ui import dialogs_io
from desktop_app.ui.formatting import day_date
from desktop_app.ui.i18n import current_language
from desktop_app.ui.page_loader import PageLoader, loading_text
from desktop_app.ui.reports import report_dialogs
from desktop_app.ui.reports.capacity_flag import CapacityFlag
from desktop_app.ui.reports.conversion_box import ConversionBox
from desktop_app.ui.reports.export_messages import export_error_text
from desktop_app.ui.reports.export_runner import ExportRunner
from desktop_app.ui.reports.paper_buttons import PaperButtons
from desktop_app.ui.reports.print_setup_dialog import PrintSetupDialog
from desktop_app.ui.reports.report_charts import ReportCharts
from desktop_app.ui.reports.summary_cards import SummaryCards
from desktop_app.ui.worker import Progress, WorkerPool

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def _file_name(text: str) -> str:
    """A file name every system accepts, from a title."""
    return _UNSAFE.sub(" ", text).strip()[:80].strip() or "hadir"


class ReportsPage(QWidget):
    """The summary of the chosen event or batch, and its exports running in the background."""

    def __init__(
        self,
        services: Services,
        operator_id: int | None,
        pool: WorkerPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operator_id = operator_id
        self._report: EventReport | None = None
        self._folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self._pool = pool or WorkerPool()
        self.runner = ExportRunner(self._pool, self)
        self.paper = PaperButtons(services, operator_id, self._may_change_settings(), self._pool, self)
        self.paper.folder = self._folder
        self.last_export: ExportResult | None = None
        self.active_dialog: PrintSetupDialog | None = None
        self.loader = PageLoader(self._pool, self)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Reports & Export"))
        title.setObjectName("pageTitle")
        self.excel_button = QPushButton(self.tr("Export Excel…"))
        self.excel_button.setObjectName("primary")
        self.excel_button.setToolTip(self.tr("The attendance workbook for the district office"))
        self.pdf_button = QPushButton(self.tr("Attendance sheet (PDF)…"))
        self.pdf_button.setToolTip(self.tr("The sheet people sign, with the signatory block"))
        self.setup_button = QPushButton(self.tr("Letterhead and signatories…"))
        self.setup_button.setToolTip(self.tr("The kop, who signs the sheet, and the paper (admins)"))
        self.setup_button.setEnabled(self._may_change_settings())
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.setup_button)
        header.addSpacing(12)
        header.addWidget(self.pdf_button)
        header.addWidget(self.excel_button)

        self.event_combo = QComboBox()
        self.event_combo.setMinimumContentsLength(40)
        self.session_combo = QComboBox()
        self.session_combo.setMinimumContentsLength(28)
        self.full_nik_box = QCheckBox(self.tr("Full NIK in the file"))
        self.full_nik_box.setToolTip(
            self.tr(
                "Only when the office asks for it. Otherwise NIKs are masked as 3311********0001; "
                "every export is recorded in the audit log."
            )
        )
        if not self._may_change_settings():  # full NIKs are for admins (the service checks too)
            self.full_nik_box.setEnabled(False)
            self.full_nik_box.setToolTip(self.tr("Only an admin may export full NIKs."))
        form = QFormLayout()
        form.addRow(self.tr("Event"), self.event_combo)
        choose = QHBoxLayout()
        choose.addWidget(self.session_combo, 1)
        choose.addSpacing(16)
        choose.addWidget(self.full_nik_box)
        form.addRow(self.tr("Batch"), choose)

        self.cards = SummaryCards()
        self.capacity_flag = CapacityFlag()
        self.charts = ReportCharts()
        self.status_label = QLabel()
        self.status_label.setObjectName("muted")
        self.status_label.setWordWrap(True)
        self.empty_label = QLabel(
            self.tr("No events yet. Create an event and its batches under “Events & Sessions” first.")
        )
        self.empty_label.setObjectName("lead")
        self.empty_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(self.paper)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.capacity_flag)
        layout.addWidget(self.cards)
        # The BPJS follow-up (issue 19) beside the attendance charts, read only when its tab is shown.
        self.bpjs_box = ConversionBox(self._services, self._operator_id, self._pool)
        self.chart_tabs = QTabWidget()
        self.chart_tabs.addTab(self.charts, self.tr("Attendance"))
        self.chart_tabs.addTab(self.bpjs_box, self.tr("BPJS membership"))
        layout.addWidget(self.chart_tabs, 1)
        layout.addWidget(self.status_label)

    def _connect_signals(self) -> None:
        self.event_combo.currentIndexChanged.connect(self._on_event_changed)
        self.session_combo.currentIndexChanged.connect(self._show_summary)
        self.setup_button.clicked.connect(self._on_setup_clicked)
        self.excel_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.runner.finished.connect(self._on_export_finished)
        self.runner.failed.connect(self._on_export_failed)
        self.runner.cancelled.connect(self._on_export_cancelled)
        self.paper.notice.connect(self.status_label.setText)
        self.loader.loaded.connect(self._show_read)
        self.loader.loading.connect(self._on_loading)

    def _may_change_settings(self) -> bool:
        if self._operator_id is None:
            return True
        try:
            return self._services.operators.get(self._operator_id).is_admin
        except NotFound:
            return False

    def _on_setup_clicked(self) -> None:
        """The letterhead and signatories, window-modal (not blocking, so tests can fill it in)."""
        dialog = PrintSetupDialog(self._services.settings, self._operator_id, self)
        self.active_dialog = dialog

        def done(_result: int) -> None:
            self.active_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def showEvent(self, event: QShowEvent) -> None:
        # Check-ins happen on another page: the numbers are read again whenever this page is shown.
        super().showEvent(event)
        self.refresh()

    # -- reading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the events and the summary again (in the background), keeping the event and batch."""
        self._read(self.selected_event_id(), self.selected_session_id(), with_events=True)

    def _read(self, event_id: int | None, session_id: int | None, with_events: bool) -> None:
        events_service, reports = self._services.events, self._services.reports

        def read() -> tuple[list[EventInfo] | None, int | None, EventReport | None, int | None]:
            events = events_service.list_events() if with_events else None
            chosen = event_id
            if events is not None and chosen not in [e.id for e in events]:
                chosen = events[0].id if events else None
            report = None
            if chosen is not None:
                try:
                    report = reports.event_report(chosen, rows=False)
                except NotFound:
                    report = None
            return events, chosen, report, session_id

        self.loader.load(read)

    def _on_loading(self, loading: bool) -> None:
        if loading:
            self.status_label.setText(loading_text())
            for button in (self.excel_button, self.pdf_button):
                button.setEnabled(False)
        elif self.status_label.text() == loading_text():
            self.status_label.setText("")

    def _show_read(
        self, answer: tuple[list[EventInfo] | None, int | None, EventReport | None, int | None]
    ) -> None:
        events, event_id, report, session_id = answer
        if events is not None:
            self.event_combo.blockSignals(True)
            self.event_combo.clear()
            for event in events:
                self.event_combo.addItem(event.title, event.id)
            index = self.event_combo.findData(event_id) if event_id is not None else -1
            self.event_combo.setCurrentIndex(max(index, 0) if events else -1)
            self.event_combo.blockSignals(False)
            self.empty_label.setVisible(not events)
        elif event_id != self.selected_event_id():
            return  # read for an event no longer chosen
        self._show_report(report, session_id)

    def select(self, event_id: int, session_id: int | None = None) -> None:
        """Show `event_id` (and one batch of it, or all of them)."""
        index = self.event_combo.findData(event_id)
        if index >= 0 and index != self.event_combo.currentIndex():
            self.event_combo.blockSignals(True)
            self.event_combo.setCurrentIndex(index)
            self.event_combo.blockSignals(False)
            self._read(event_id, session_id, with_events=False)  # the batch is chosen when it is read
        elif session_id is not None:
            self.session_combo.setCurrentIndex(max(self.session_combo.findData(session_id), 0))

    def selected_event_id(self) -> int | None:
        """The chosen event."""
        return self.event_combo.currentData()

    def selected_session_id(self) -> int | None:
        """The chosen batch's session id; None for the whole event."""
        return self.session_combo.currentData()

    def summary(self) -> AttendanceSummary | None:
        """The numbers on screen: the chosen batch's, or the event's totals."""
        if self._report is None:
            return None
        sid = self.selected_session_id()
        for session in self._report.sessions:
            if session.header.session_id == sid:
                return session.summary
        return self._report.totals

    def _on_event_changed(self) -> None:
        self._read(self.selected_event_id(), None, with_events=False)

    def _show_report(self, report: EventReport | None, session_id: int | None) -> None:
        self._report = report
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        if self._report is not None:
            self.session_combo.addItem(self.tr("All batches"), None)
            for s in self._report.sessions:
                text = self.tr("Batch {batch} — {date}").format(
                    batch=s.header.batch, date=day_date(s.header.date)
                )
                self.session_combo.addItem(text, s.header.session_id)
        index = self.session_combo.findData(session_id) if session_id is not None else 0
        self.session_combo.setCurrentIndex(max(index, 0))
        self.session_combo.blockSignals(False)
        self._show_summary()

    def _show_summary(self) -> None:
        summary = self.summary()
        self.cards.set_summary(summary)
        batch = None
        if self._report is not None:
            for s in self._report.sessions:
                if s.header.session_id == self.selected_session_id():
                    batch = s.header.batch
        self.charts.set_report(self._report, summary, batch)
        self.bpjs_box.show_for(self.selected_event_id(), self.selected_session_id())
        self.capacity_flag.set_report(self._report, self.selected_session_id())
        has_sessions = bool(self._report and self._report.sessions)
        self.paper.set_scope(
            self.selected_event_id() if has_sessions else None,
            self.selected_session_id() if has_sessions else None,
        )
        for button in (self.excel_button, self.pdf_button):
            button.setEnabled(has_sessions and not self.runner.busy)

    # -- exporting ----------------------------------------------------------------------------------

    def _suggested_name(self, fmt: str) -> str:
        labels = labels_for(current_language())
        base = labels.sheet_title.title()
        report, sid = self._report, self.selected_session_id()
        assert report is not None
        session = next((s for s in report.sessions if s.header.session_id == sid), None)
        if session is not None:
            name = f"{base} {labels.batch} {session.header.batch} {session.header.date.isoformat()}"
        else:
            name = f"{base} {report.title}"
        return str(Path(self._folder) / f"{_file_name(name)}.{fmt}")

    def export(self, fmt: str) -> None:
        """Ask where to save, then write the chosen batch's (or the event's) file in the background."""
        if self._report is None or self.runner.busy:
            return
        filters = self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("PDF document (*.pdf)")
        path = dialogs_io.save_file(self, self.tr("Export attendance"), self._suggested_name(fmt), filters)
        if path is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        self._folder = str(path.parent)
        event_id, session_id = self._report.event_id, self.selected_session_id()
        full_nik, operator = self.full_nik_box.isChecked(), self._operator_id
        labels = labels_for(current_language())
        reports = self._services.reports

        def job(progress: Progress) -> ExportResult:
            options = {"full_nik": full_nik, "operator_id": operator, "labels": labels, "progress": progress}
            if session_id is None:
                return reports.export_event(event_id, path, **options)  # type: ignore[arg-type]
            return reports.export_session(session_id, path, **options)  # type: ignore[arg-type]

        self.status_label.setText(self.tr("Exporting to {path}…").format(path=path))
        for button in (self.excel_button, self.pdf_button):
            button.setEnabled(False)
        self.runner.start(job, self.tr("Writing {name}…").format(name=path.name))

    def _on_export_finished(self, result: ExportResult) -> None:
        self.last_export = result
        self._show_summary()
        self.status_label.setText(
            self.tr("Saved {path} ({rows} attendees).").format(path=result.path, rows=result.rows)
        )
        choice = report_dialogs.ask_open_exported(
            self,
            self.tr("Export finished"),
            self.tr("The file is saved:\n{path}").format(path=result.path),
        )
        if choice == "file":
            report_dialogs.open_path(result.path)
        elif choice == "folder":
            report_dialogs.open_path(result.path.parent)

    def _on_export_failed(self, exc: BaseException) -> None:
        self._show_summary()
        self.status_label.setText(self.tr("The export failed."))
        dialogs_io.show_error(self, self.tr("Export failed"), export_error_text(exc), str(exc))

    def _on_export_cancelled(self) -> None:
        self._show_summary()
        self.status_label.setText(self.tr("Export cancelled; no file was written."))
