"""*Peserta → Data kepesertaan BPJS…*: the branch's membership list, previewed, imported, counted.

The columns found are shown (and may be corrected); the import runs in the background; then the
counts, the rejected and unmatched rows, and a rejects workbook to save. Admins only (the service
refuses anyone else).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.bpjs_row import MemberField
from desktop_app.core.errors import HadirError
from desktop_app.exports.roster.rejects import write_rejects
from desktop_app.services.bpjs.labels import member_reason_text
from desktop_app.services.bpjs.member_file import MemberPlan, MemberPreview, preview_members
from desktop_app.services.bpjs.membership import MemberImportSummary
from desktop_app.services.container import Services
from desktop_app.services.roster.reader import RosterFileError
from desktop_app.ui import dialogs_io
from desktop_app.ui.error_messages import error_text
from desktop_app.ui.i18n import current_language
from desktop_app.ui.job_runner import JobRunner
from desktop_app.ui.people.people_labels import PeopleLabels
from desktop_app.ui.worker import Progress, WorkerPool

FILTERS = "Spreadsheet (*.xlsx *.xls *.ods *.csv)"


def field_label(field: MemberField) -> str:
    """The field's name as the dialog shows it."""
    names = {
        MemberField.NIK: QCoreApplication.translate("MembershipDialog", "NIK"),
        MemberField.KPJ: QCoreApplication.translate("MembershipDialog", "KPJ number"),
        MemberField.NAME: QCoreApplication.translate("MembershipDialog", "Name"),
        MemberField.REGISTERED: QCoreApplication.translate("MembershipDialog", "Registration date"),
        MemberField.SEGMENT: QCoreApplication.translate("MembershipDialog", "Segment"),
        MemberField.PROGRAMS: QCoreApplication.translate("MembershipDialog", "Programmes"),
    }
    return names[field]


class MembershipDialog(QDialog):
    """Choose the list, check the columns, import; the counts and the rejected rows after.

    Signals:
        imported(MemberImportSummary): the list was written.
    """

    imported = Signal(object)

    def __init__(
        self, services: Services, operator_id: int | None, pool: WorkerPool, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._services = services
        self._operator_id = operator_id
        self.preview: MemberPreview | None = None
        self.summary: MemberImportSummary | None = None
        self.runner = JobRunner(pool, self, self.tr("BPJS membership data"))
        self.setWindowTitle(self.tr("BPJS membership data"))
        self.resize(900, 620)
        self._build_ui()
        self.runner.finished.connect(self._on_imported)
        self.runner.failed.connect(self._on_failed)

    def _build_ui(self) -> None:
        self.intro_label = QLabel(
            self.tr(
                "The branch's list of members is matched to the registry by NIK only. Rows whose NIK "
                "is nobody here are counted and listed, never added."
            )
        )
        self.intro_label.setWordWrap(True)
        self.file_label = QLabel()
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.columns_form = QFormLayout()
        self.combos: dict[MemberField, QComboBox] = {}
        for field in MemberField:
            combo = QComboBox()
            self.combos[field] = combo
            self.columns_form.addRow(field_label(field), combo)
        self.sample_table = QTableWidget(0, 0)
        self.sample_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.problems_list = QListWidget()
        self.problems_list.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.rejects_button = self.buttons.addButton(
            self.tr("Save rejected rows…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.rejects_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))  # Qt's own translations are not shipped
        self.import_button.clicked.connect(self.start_import)
        self.rejects_button.clicked.connect(self.save_rejects)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.file_label)
        layout.addWidget(self.choose_button)
        layout.addLayout(self.columns_form)
        layout.addWidget(self.sample_table, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problems_list, 1)
        layout.addWidget(self.buttons)

    # -- the file -------------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for the list, then preview it."""
        path = dialogs_io.open_file(self, self.tr("BPJS membership list"), "", FILTERS)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read the file's first rows and the guessed columns."""
        try:
            self.preview = preview_members(path)
        except HadirError as exc:
            self.preview = None
            self.import_button.setEnabled(False)
            self.result_label.setText(self._error(exc))
            return
        preview = self.preview
        sheet = preview.sheet_names[preview.plan.sheet_index] if preview.plan else ""
        self.file_label.setText(
            self.tr("{file}: sheet “{sheet}”, {rows} rows below the header.").format(
                file=path.name, sheet=sheet, rows=preview.data_rows
            )
        )
        headers = [h or "—" for h in preview.headers]
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(none)"), -1)
            for col, header in enumerate(headers):
                combo.addItem(header, col)
            col = preview.plan.columns.get(field, -1) if preview.plan else -1
            combo.setCurrentIndex(combo.findData(col))
        self.sample_table.setColumnCount(len(headers))
        self.sample_table.setHorizontalHeaderLabels(headers)
        self.sample_table.setRowCount(min(len(preview.sample), 10))
        for r, row in enumerate(preview.sample[:10]):
            for c, text in enumerate(row):
                self.sample_table.setItem(r, c, QTableWidgetItem(text))
        self.import_button.setEnabled(preview.plan is not None)
        self.result_label.setText(
            "" if preview.plan else self.tr("No NIK column was found: choose the columns by hand.")
        )
        if preview.plan is None:
            self.import_button.setEnabled(bool(preview.headers))

    def plan(self) -> MemberPlan | None:
        """The columns as chosen in the combos."""
        if self.preview is None:
            return None
        columns = {
            f: combo.currentData()
            for f, combo in self.combos.items()
            if combo.currentData() not in (None, -1)
        }
        base = self.preview.plan
        sheet = base.sheet_index if base else 0
        header = base.header_row if base else 0
        return MemberPlan(sheet, header, columns)

    # -- importing ------------------------------------------------------------------------------

    def start_import(self) -> None:
        """Import in the background (cancel before the write leaves nothing written)."""
        if self.preview is None:
            return
        path, plan, members = self.preview.path, self.plan(), self._services.bpjs_members
        operator_id = self._operator_id

        def job(progress: Progress) -> MemberImportSummary:
            return members.run(path, operator_id, plan, progress)

        self.import_button.setEnabled(False)
        self.runner.start(job, self.tr("Importing the membership list…"))

    def _on_imported(self, summary: MemberImportSummary) -> None:
        self.summary = summary
        self.result_label.setText(
            self.tr(
                "{rows} rows: {matched} matched, {unmatched} not in the registry (not added), "
                "{rejected} rejected. {updated} memberships updated, {unchanged} unchanged."
            ).format(
                rows=summary.rows,
                matched=summary.matched,
                unmatched=summary.unmatched,
                rejected=summary.rejected,
                updated=summary.updated,
                unchanged=summary.unchanged,
            )
        )
        lang = current_language()
        self.problems_list.clear()
        for row in summary.rejected_rows:
            reasons = "; ".join(member_reason_text(c, lang) for c in row.reasons)
            self.problems_list.addItem(
                self.tr("Row {row}: {reasons}").format(row=row.number, reasons=reasons)
            )
        for row in summary.unmatched_rows:
            self.problems_list.addItem(
                self.tr("Row {row}: NIK {nik} is nobody in the registry").format(
                    row=row.number, nik=row.nik_masked
                )
            )
        self.problems_list.setVisible(self.problems_list.count() > 0)
        self.rejects_button.setVisible(bool(summary.rejected_rows))
        self.imported.emit(summary)

    def _error(self, exc: HadirError) -> str:
        if isinstance(exc, RosterFileError) and exc.problem in ("no_header", "no_nik_column"):
            return self.tr("No NIK column was found: choose the columns by hand.")
        text = PeopleLabels.error(exc)
        return error_text(exc) if text == exc.message else text

    def _on_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.result_label.setText(self._error(exc) if isinstance(exc, HadirError) else str(exc))

    def save_rejects(self) -> None:
        """Write the rejected rows, as they were, with their reasons."""
        if self.summary is None:
            return
        path = dialogs_io.save_file(
            self, self.tr("Save rejected rows"), "bpjs-ditolak.xlsx", "Excel (*.xlsx)"
        )
        if path is None:
            return
        lang = current_language()
        rows = [
            (r.number, r.cells, [member_reason_text(c, lang) for c in r.reasons])
            for r in self.summary.rejected_rows
        ]
        try:
            write_rejects(path, self.summary.headers, rows)
        except HadirError as exc:
            dialogs_io.show_error(self, self.tr("Save rejected rows"), error_text(exc))
