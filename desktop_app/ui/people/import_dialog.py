"""Importing an invitation list: the file, a preview with the columns to correct, the batches, the outcome.

Reading the file and the import itself run in the background with progress and cancel. The
import is one transaction: a cancel or an error leaves the registry exactly as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import HadirError
from desktop_app.core.roster_columns import Field
from desktop_app.exports.roster.rejects import RejectsLabels, write_rejects
from desktop_app.services.container import Services
from desktop_app.services.operators.service import OperatorInfo
from desktop_app.services.roster.plan import ColumnPlan
from desktop_app.services.roster.preview import FilePreview
from desktop_app.services.roster.service import ImportSummary
from desktop_app.ui import dialogs_io
from desktop_app.ui.job_runner import JobRunner
from desktop_app.ui.people.import_preview_panel import ImportPreviewPanel
from desktop_app.ui.people.import_summary_view import ImportSummaryView
from desktop_app.ui.people.people_labels import PeopleLabels
from desktop_app.ui.people.session_picker import SessionPicker
from desktop_app.ui.screen_fit import first_size, free_area
from desktop_app.ui.worker import Progress, WorkerPool

FILTERS = "*.xlsx *.xlsm *.xls *.ods *.csv"


class ImportDialog(QDialog):
    """The whole import in one window. `imported(ImportSummary)` once something was written."""

    imported = Signal(object)

    def __init__(
        self,
        services: Services,
        operator: OperatorInfo,
        pool: WorkerPool | None = None,
        folder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operator = operator
        self.folder = folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.runner = JobRunner(pool or WorkerPool(), self, self.tr("Import"))
        self.summary: ImportSummary | None = None
        self.setWindowTitle(self.tr("Import an invitation list"))
        self.resize(first_size(QSize(1100, 720), free_area(self)))
        self._build_ui()
        self._connect_signals()
        self._update_buttons()

    def _build_ui(self) -> None:
        self.preview_panel = ImportPreviewPanel()
        # The parts tests and the screenshots reach for, under the dialog's own names.
        self.preview_model = self.preview_panel.preview_model
        self.mapping_form = self.preview_panel.mapping_form
        self.sheet_combo = self.preview_panel.sheet_combo
        self.header_spin = self.preview_panel.header_spin
        self.session_picker = SessionPicker(self._services.events)
        invite_box = QGroupBox(self.tr("Invite to"))
        QVBoxLayout(invite_box).addWidget(self.session_picker)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(
            "color: #8a1f11; background: #fdecea; border: 1px solid #f5c2bb; border-radius: 4px; padding: 6px 8px;"
        )
        self.message_label.hide()

        prepare = QWidget()
        prepare_layout = QVBoxLayout(prepare)
        prepare_layout.setContentsMargins(0, 0, 0, 0)
        prepare_layout.addWidget(self.preview_panel, 1)
        prepare_layout.addWidget(invite_box)
        self.summary_view = ImportSummaryView()
        self.pages = QStackedWidget()
        self.pages.addWidget(prepare)
        self.pages.addWidget(self.summary_view)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("primary")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_rejects_button = self.buttons.addButton(
            self.tr("Save rejected rows…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.preview_panel.choose_requested.connect(self.choose_file)
        self.preview_panel.plan_changed.connect(self._update_buttons)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.save_rejects_button.clicked.connect(self.save_rejects)
        self.runner.finished.connect(self._on_job_finished)
        self.runner.failed.connect(self._on_job_failed)
        self.runner.cancelled.connect(self._on_import_cancelled)

    # -- the file and its preview ----------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for the file, then read it."""
        filters = self.tr("Spreadsheets ({patterns})").format(patterns=FILTERS)
        path = dialogs_io.open_file(self, self.tr("Choose an invitation list"), self.folder, filters)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read `path` in the background; the preview replaces the old one only if it can be read."""
        self.folder = str(path.parent)
        self._say("")
        registry = self._services.registry
        self.runner.start(
            lambda _progress: registry.preview_import(path),
            self.tr("Reading {name}…").format(name=path.name),
            self.tr("Reading the file"),
        )

    @property
    def preview(self) -> FilePreview | None:
        """The file read last (None before one could be read)."""
        return self.preview_panel.preview

    def _show_preview(self, preview: FilePreview) -> None:
        self.preview_panel.show_preview(preview)
        if preview.plan is None:
            self._say(
                self.tr("No header row was recognised: choose the sheet, the header row and the columns.")
            )

    def plan(self) -> ColumnPlan | None:
        """The sheet, header row and columns as chosen now."""
        return self.preview_panel.plan()

    # -- importing -----------------------------------------------------------------------------------

    def start_import(self) -> None:
        """Import with the chosen plan and batches, in the background."""
        plan = self.plan()
        if self.preview is None or plan is None:
            return
        if Field.NAME not in plan.columns:
            self._say(self.tr("Choose which column holds the names."), self.mapping_form.combos[Field.NAME])
            return
        self._say("")
        path, sessions, operator = (
            self.preview.path,
            self.session_picker.checked_session_ids(),
            self._operator,
        )
        roster = self._services.roster

        def job(progress: Progress) -> ImportSummary:
            return roster.run(path, sessions, operator, plan=plan, progress=progress)

        self._update_buttons(busy=True)
        self.runner.start(job, self.tr("Importing {name}…").format(name=path.name))

    def _on_job_finished(self, result: object) -> None:
        if isinstance(result, FilePreview):
            self._show_preview(result)
        elif isinstance(result, ImportSummary):
            self.summary = result
            name_column = self.mapping_form.mapping().get(Field.NAME)
            assert self.preview is not None
            self.summary_view.show_summary(result, self.preview.path.name, name_column)
            self.pages.setCurrentWidget(self.summary_view)
            self.setWindowTitle(self.tr("Import finished"))
            self.imported.emit(result)
        self._update_buttons()

    def _on_job_failed(self, exc: BaseException) -> None:
        if isinstance(exc, HadirError):
            self._say(PeopleLabels.error(exc))
        else:
            self._say(
                self.tr("The file could not be imported; nothing was changed. ({detail})").format(
                    detail=type(exc).__name__
                )
            )
        self._update_buttons()

    def _on_import_cancelled(self) -> None:
        self._say(self.tr("Import cancelled: nothing was written."))
        self._update_buttons()

    def _say(self, text: str, field: QWidget | None = None) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        if field is not None:
            field.setFocus()

    def message(self) -> str:
        """The sentence under the form (empty when all is well)."""
        return self.message_label.text() if self.message_label.isVisibleTo(self) else ""

    def _update_buttons(self, busy: bool = False) -> None:
        done = self.pages.currentWidget() is self.summary_view
        plan = self.plan()
        self.import_button.setVisible(not done)
        self.cancel_button.setVisible(not done)
        self.import_button.setEnabled(not busy and plan is not None and Field.NAME in plan.columns)
        self.save_rejects_button.setVisible(done)
        self.save_rejects_button.setEnabled(bool(self.summary and self.summary.rejected))
        self.close_button.setVisible(done)

    # -- the rejects workbook ------------------------------------------------------------------------

    def save_rejects(self) -> Path | None:
        """Write the rejected rows, as they were, with their reasons, where the user says."""
        if self.summary is None or self.preview is None or not self.summary.rejected:
            return None
        suggested = str(Path(self.folder) / f"{self.preview.path.stem} - {self.tr('rejected')}.xlsx")
        path = dialogs_io.save_file(
            self, self.tr("Save rejected rows"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if path is None:
            return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        rows = [
            (r.number, r.cells, [PeopleLabels.reason(code) for code in r.reasons])
            for r in self.summary.rejected_rows
        ]
        labels = RejectsLabels(sheet=self.tr("Rejected"), row=self.tr("Row"), reasons=self.tr("Reason"))
        try:
            write_rejects(path, self.summary.headers, rows, labels)
        except OSError as exc:
            dialogs_io.show_error(
                self,
                self.tr("Not saved"),
                self.tr(
                    "{path} could not be written. If it is open in Excel, close it; else choose another folder."
                ).format(path=path),
                str(exc),
            )
            return None
        dialogs_io.show_info(
            self,
            self.tr("Saved"),
            self.tr("The rejected rows are in {path}. Correct them there and import that file.").format(
                path=path
            ),
        )
        return path
