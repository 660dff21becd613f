"""*Laporan & Ekspor → Kepesertaan BPJS*: did the sessions make people join, and whom to call.

The figures of the chosen batch (or the event, each person once), the chart per batch, and the
two files for the branch: the follow-up list and the BPU registration sheet (admins; the
service checks consent and the role, and audits both).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.bpjs_conversion import ConversionReport, Figures
from desktop_app.core.errors import HadirError
from desktop_app.services.bpjs.followup import FollowupExport
from desktop_app.services.container import Services
from desktop_app.ui import dialogs_io
from desktop_app.ui.reports import report_dialogs
from desktop_app.ui.reports.conversion_chart import conversion_chart
from desktop_app.ui.reports.export_messages import export_error_text
from desktop_app.ui.reports.export_runner import ExportRunner
from desktop_app.ui.worker import Progress, WorkerPool


def percent(value: float) -> str:
    """`42 %` (rounded; Indonesian and English both put a space before the sign here)."""
    return f"{round(value * 100)} %"


class ConversionBox(QWidget):
    """The BPJS figures of one event or batch; read when shown, so other tabs stay fast."""

    def __init__(
        self, services: Services, operator_id: int | None, pool: WorkerPool, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._services = services
        self._operator_id = operator_id
        self._event_id: int | None = None
        self._session_id: int | None = None
        self._stale = True
        self.report: ConversionReport | None = None
        self.runner = ExportRunner(pool, self)
        self._folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self._build_ui()
        self.runner.finished.connect(self._on_written)
        self.runner.failed.connect(self._on_failed)

    def _build_ui(self) -> None:
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        captions = (
            ("attended", self.tr("Attended")),
            ("members_before", self.tr("Members before the session")),
            ("registered_after", self.tr("Registered after")),
            ("windows", self.tr("Within {short} / {long} days")),
            ("not_registered", self.tr("Not registered yet")),
            ("rate", self.tr("Conversion")),
        )
        self._captions: dict[str, QLabel] = {}
        for col, (key, caption) in enumerate(captions):
            value = QLabel("–")
            value.setObjectName("figure")
            value.setStyleSheet("font-size: 20pt; font-weight: 600;")
            label = QLabel(caption)
            label.setObjectName("muted")
            label.setWordWrap(True)
            grid.addWidget(value, 0, col)
            grid.addWidget(label, 1, col)
            self.values[key] = value
            self._captions[key] = label
        self.groups_label = QLabel()
        self.groups_label.setWordWrap(True)
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(200)
        self.followup_button = QPushButton(self.tr("Follow-up list…"))
        self.followup_button.setToolTip(
            self.tr("Attendees not registered yet, with phone (full only with consent) and a WhatsApp link")
        )
        self.registration_button = QPushButton(self.tr("BPU registration sheet…"))
        self.registration_button.setToolTip(
            self.tr("Those who consented and are interested, in the columns the branch registers from")
        )
        self.status_label = QLabel()
        self.status_label.setObjectName("muted")
        admin = self._is_admin()
        for button in (self.followup_button, self.registration_button):
            button.setEnabled(admin)
            if not admin:
                button.setToolTip(self.tr("Only an admin may export BPJS follow-up data."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.followup_button)
        buttons.addWidget(self.registration_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(grid)
        layout.addWidget(self.groups_label)
        layout.addWidget(self.chart_view, 1)
        layout.addLayout(buttons)
        self.followup_button.clicked.connect(lambda: self.export("followup"))
        self.registration_button.clicked.connect(lambda: self.export("registration"))

    def _is_admin(self) -> bool:
        if self._operator_id is None:
            return True
        try:
            return self._services.operators.get(self._operator_id).is_admin
        except HadirError:
            return False

    # -- figures --------------------------------------------------------------------------------

    def show_for(self, event_id: int | None, session_id: int | None) -> None:
        """The event and batch (None: all batches) chosen on the page; read now if visible."""
        self._event_id, self._session_id, self._stale = event_id, session_id, True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the figures and redraw."""
        self._stale = False
        self.report = None
        if self._event_id is not None:
            try:
                self.report = self._services.conversion.report(event_id=self._event_id)
            except HadirError:
                self.report = None
        figures = self.figures()
        self._show(figures)
        batch = (
            next((s.batch for s in self.report.sessions if s.session_id == self._session_id), None)
            if self.report
            else None
        )
        old = self.chart_view.chart()
        self.chart_view.setChart(conversion_chart(self.report, batch))
        if old is not None:
            old.deleteLater()
        has_people = bool(self.report and self.report.totals.attended)
        admin = self._is_admin()
        for button in (self.followup_button, self.registration_button):
            button.setEnabled(admin and has_people and not self.runner.busy)

    def figures(self) -> tuple[Figures, Figures, Figures] | None:
        """(everyone, walk-ins, interested) of the chosen batch, or the event's totals."""
        if self.report is None:
            return None
        for s in self.report.sessions:
            if s.session_id == self._session_id:
                return s.everyone, s.walk_ins, s.interested
        return self.report.totals, self.report.totals_walk_ins, self.report.totals_interested

    def _show(self, figures: tuple[Figures, Figures, Figures] | None) -> None:
        report = self.report
        short, long_ = (report.short_days, report.long_days) if report else (30, 90)
        self._captions["windows"].setText(
            self.tr("Within {short} / {long} days").format(short=short, long=long_)
        )
        if figures is None:
            for label in self.values.values():
                label.setText("–")
            self.groups_label.clear()
            return
        everyone, walk_ins, interested = figures
        self.values["attended"].setText(str(everyone.attended))
        self.values["members_before"].setText(str(everyone.members_before))
        self.values["registered_after"].setText(str(everyone.registered_after))
        self.values["windows"].setText(f"{everyone.within_short} / {everyone.within_long}")
        self.values["not_registered"].setText(str(everyone.not_registered))
        self.values["rate"].setText(percent(everyone.rate))
        self.groups_label.setText(
            self.tr(
                "Walk-ins: {w} attended, {w_before} members before, {w_after} registered after, "
                "{w_not} not yet. Said they were interested (Ctrl+B at the desk): {i} attended, "
                "{i_before} members before, {i_after} registered after, {i_not} not yet."
            ).format(
                w=walk_ins.attended,
                w_before=walk_ins.members_before,
                i_before=interested.members_before,
                w_after=walk_ins.registered_after,
                w_not=walk_ins.not_registered,
                i=interested.attended,
                i_after=interested.registered_after,
                i_not=interested.not_registered,
            )
        )

    # -- files ----------------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        """Ask where, then write the follow-up list or the registration sheet of the event."""
        if self._event_id is None or self.runner.busy:
            return
        name = "Tindak lanjut BPJS.xlsx" if kind == "followup" else "Pendaftaran BPU.xlsx"
        title = self.tr("Follow-up list") if kind == "followup" else self.tr("BPU registration sheet")
        path = dialogs_io.save_file(
            self, title, str(Path(self._folder) / name), self.tr("Excel workbook (*.xlsx)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(f"{path.name}.xlsx")
        self._folder = str(path.parent)
        followup, event_id, operator_id = self._services.followup, self._event_id, self._operator_id
        write = followup.export_followup if kind == "followup" else followup.export_registration

        def job(progress: Progress) -> FollowupExport:
            progress(0, 1)
            return write(event_id, path, operator_id)

        for button in (self.followup_button, self.registration_button):
            button.setEnabled(False)
        self.runner.start(job, self.tr("Writing {name}…").format(name=path.name))

    def _on_written(self, result: FollowupExport) -> None:
        self.reload()
        self.status_label.setText(
            self.tr("Saved {path}: {rows} people, {withheld} phone(s) masked for lack of consent.").format(
                path=result.path, rows=result.rows, withheld=result.withheld
            )
        )
        choice = report_dialogs.ask_open_exported(
            self, self.tr("Export finished"), self.tr("The file is saved:\n{path}").format(path=result.path)
        )
        if choice == "file":
            report_dialogs.open_path(result.path)
        elif choice == "folder":
            report_dialogs.open_path(result.path.parent)

    def _on_failed(self, exc: BaseException) -> None:
        self.reload()
        self.status_label.setText(self.tr("The export failed."))
        dialogs_io.show_error(self, self.tr("Export failed"), export_error_text(exc), str(exc))
