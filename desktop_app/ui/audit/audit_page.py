"""Log Audit: every check-in, change, export and sign-in with who and when, filtered and exported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import NotFound
from desktop_app.services.audit_log.service import PAGE_SIZE, AuditExport, AuditFilter, AuditRows
from desktop_app.services.container import Services
from desktop_app.ui import dialogs_io
from desktop_app.ui.audit import audit_labels
from desktop_app.ui.audit.audit_details import window_words
from desktop_app.ui.audit.audit_filter_bar import AuditFilterBar
from desktop_app.ui.audit.audit_table_model import AuditColumn, AuditTableModel
from desktop_app.ui.reports.export_messages import export_error_text
from desktop_app.ui.reports.export_runner import ExportRunner
from desktop_app.ui.worker import Progress, WorkerPool


def _is_admin(services: Services, operator_id: int | None) -> bool:
    if operator_id is None:
        return False
    try:
        return services.operators.get(operator_id).is_admin
    except NotFound:
        return False


class AuditPage(QWidget):
    """The filter bar over a page of entries, paging buttons, and the export to Excel."""

    def __init__(
        self,
        services: Services,
        operator_id: int | None,
        pool: WorkerPool | None = None,
        page_size: int = PAGE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operator_id = operator_id
        self._page_size = page_size
        self._offset = 0
        # The log names who did what to whom: only an admin takes it out of the window (as on the CLI).
        self.may_export = _is_admin(services, operator_id)
        self.page: AuditRows | None = None
        self.last_export: AuditExport | None = None
        self._folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.runner = ExportRunner(pool or WorkerPool(), self)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Audit Log"))
        title.setObjectName("pageTitle")
        self.export_button = QPushButton(self.tr("Export Excel…"))
        self.export_button.setObjectName("primary")
        self.export_button.setToolTip(
            self.tr("The entries the filters show, as an Excel workbook")
            if self.may_export
            else self.tr("Only an admin may export the audit log.")
        )
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.export_button)
        lead = QLabel(
            self.tr(
                "Every check-in, change, export, restore and sign-in, with who did it and when. "
                "NIKs and phone numbers are always masked here."
            )
        )
        lead.setObjectName("muted")
        lead.setWordWrap(True)

        self.filter_bar = AuditFilterBar()
        self.model = AuditTableModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setStretchLastSection(True)
        for column, width in (
            (AuditColumn.TIME, 150),
            (AuditColumn.OPERATOR, 120),
            (AuditColumn.ACTION, 160),
            (AuditColumn.RECORD, 120),
            (AuditColumn.SUBJECT, 150),
        ):
            self.table.setColumnWidth(column, width)

        self.empty_label = QLabel(self.tr("No entries match these filters."))
        self.empty_label.setObjectName("muted")
        self.count_label = QLabel()
        self.previous_button = QPushButton(self.tr("‹ Newer"))
        self.next_button = QPushButton(self.tr("Older ›"))
        self.status_label = QLabel()
        self.status_label.setObjectName("muted")
        paging = QHBoxLayout()
        paging.addWidget(self.status_label, 1)
        paging.addWidget(self.count_label)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(lead)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(paging)

    def _connect_signals(self) -> None:
        self.filter_bar.changed.connect(self._on_filter_changed)
        self.previous_button.clicked.connect(lambda: self._go(self._offset - self._page_size))
        self.next_button.clicked.connect(lambda: self._go(self._offset + self._page_size))
        self.export_button.clicked.connect(self.export)
        self.runner.finished.connect(self._on_export_finished)
        self.runner.failed.connect(self._on_export_failed)
        self.runner.cancelled.connect(self._on_export_cancelled)

    # -- reading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the choices and the current page again (others keep writing to the log)."""
        self.filter_bar.set_choices(self._services.audit_log.choices())
        self._go(self._offset)

    def _on_filter_changed(self) -> None:
        self._go(0)

    def _go(self, offset: int) -> None:
        offset = max(offset, 0)
        page = self._services.audit_log.query(self.filter_bar.current_filter(), offset, self._page_size)
        if page.total and offset >= page.total:  # the filters narrowed the list under the page
            offset = (page.total - 1) // self._page_size * self._page_size
            page = self._services.audit_log.query(self.filter_bar.current_filter(), offset, self._page_size)
        self._offset, self.page = offset, page
        self.model.set_rows(page.rows)
        self.empty_label.setVisible(not page.rows)
        first, last = (offset + 1, offset + len(page.rows)) if page.rows else (0, 0)
        self.count_label.setText(
            self.tr("{first}–{last} of {total}").format(first=first, last=last, total=page.total)
        )
        self.previous_button.setEnabled(offset > 0)
        self.next_button.setEnabled(offset + len(page.rows) < page.total)
        self.export_button.setEnabled(self.may_export and page.total > 0 and not self.runner.busy)

    def showEvent(self, event: QShowEvent) -> None:
        # Check-ins happen on another page: the log is read again whenever this page is shown.
        super().showEvent(event)
        self.refresh()

    # -- export --------------------------------------------------------------------------------------

    def _period_text(self, f: AuditFilter) -> str:
        if f.date_from is None:
            return self.tr("All dates")
        return self.tr("{start} to {end}").format(
            start=f.date_from.strftime("%d/%m/%Y"), end=f.date_to.strftime("%d/%m/%Y") if f.date_to else "…"
        )

    def export(self) -> None:
        """Ask where to save, then write the filtered entries in the background."""
        if self.runner.busy or not self.may_export:
            return
        suggested = str(Path(self._folder) / f"{self.tr('Audit Log')}.xlsx")
        path = dialogs_io.save_file(
            self, self.tr("Export the audit log"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(f"{path.name}.xlsx")
        self._folder = str(path.parent)
        f = self.filter_bar.current_filter()
        labels = audit_labels.export_labels(self._period_text(f))
        words = window_words()
        log, operator_id = self._services.audit_log, self._operator_id

        def job(progress: Progress) -> AuditExport:
            return log.export_xlsx(f, path, operator_id, labels, words, progress)

        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("Exporting to {path}…").format(path=path))
        self.runner.start(job, self.tr("Writing {name}…").format(name=path.name))  # type: ignore[arg-type]

    def _on_export_finished(self, result: AuditExport) -> None:
        self.last_export = result
        self.status_label.setText(
            self.tr("Saved {path} ({rows} entries).").format(path=result.path, rows=result.rows)
        )
        self.refresh()  # the export is in the log too

    def _on_export_failed(self, exc: BaseException) -> None:
        self.status_label.setText(self.tr("The export failed."))
        dialogs_io.show_error(self, self.tr("Export failed"), export_error_text(exc), str(exc))
        self._go(self._offset)

    def _on_export_cancelled(self) -> None:
        self.status_label.setText(self.tr("Export cancelled; no file was written."))
        self._go(self._offset)
