"""The import dialog's upper half: the file, its sheet and header row, the preview and the column combos."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.roster_columns import HEADER_SCAN_ROWS
from desktop_app.services.roster.plan import PREVIEW_ROWS, ColumnPlan
from desktop_app.services.roster.preview import FilePreview, SheetPreview, columns_of_header
from desktop_app.ui.people.column_mapping_form import ColumnMappingForm
from desktop_app.ui.people.preview_table_model import PreviewTableModel


class ImportPreviewPanel(QWidget):
    """Shows a `FilePreview` and lets the user choose the sheet, the header row and the columns.

    Signals:
        choose_requested(): "Choose file…" was pressed.
        plan_changed(): the sheet, the header row or a column changed.
    """

    choose_requested = Signal()
    plan_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: FilePreview | None = None
        self.preview_model = PreviewTableModel(self)
        self.file_label = QLabel(self.tr("Choose the Excel, LibreOffice or CSV file the office sent."))
        self.file_label.setObjectName("lead")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)

        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumContentsLength(18)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, HEADER_SCAN_ROWS)
        self.rows_label = QLabel()
        self.rows_label.setObjectName("muted")
        sheet_label = QLabel(self.tr("&Sheet"))
        sheet_label.setBuddy(self.sheet_combo)
        header_label = QLabel(self.tr("&Header row"))
        header_label.setBuddy(self.header_spin)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(sheet_label)
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addSpacing(16)
        sheet_row.addWidget(header_label)
        sheet_row.addWidget(self.header_spin)
        sheet_row.addSpacing(16)
        sheet_row.addWidget(self.rows_label, 1)

        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setWordWrap(False)
        self.preview_view.verticalHeader().setDefaultSectionSize(26)
        self.preview_view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.preview_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.mapping_form = ColumnMappingForm()
        columns_box = QGroupBox(self.tr("Columns"))
        columns_layout = QVBoxLayout(columns_box)
        columns_hint = QLabel(self.tr("Guessed from the headers; correct any that is wrong."))
        columns_hint.setObjectName("muted")
        columns_hint.setWordWrap(True)
        columns_layout.addWidget(columns_hint)
        # Fourteen fields, one under the other, are taller than a 1366×768 laptop leaves the dialog:
        # they scroll (up and down only; the area is as wide as the combos need, see _refresh).
        self.mapping_scroller = QScrollArea()
        self.mapping_scroller.setWidget(self.mapping_form)
        self.mapping_scroller.setWidgetResizable(True)
        self.mapping_scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.mapping_scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        columns_layout.addWidget(self.mapping_scroller, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.preview_view, 1)
        middle.addWidget(columns_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(file_row)
        layout.addLayout(sheet_row)
        layout.addLayout(middle, 1)

        self.choose_button.clicked.connect(self.choose_requested)
        self.sheet_combo.currentIndexChanged.connect(self._on_sheet_changed)
        self.header_spin.valueChanged.connect(self._on_header_changed)
        self.mapping_form.mapping_changed.connect(self._on_mapping_changed)

    def show_preview(self, preview: FilePreview) -> None:
        """Show a file just read, with the importer's own guess."""
        self.preview = preview
        self.file_label.setText(preview.path.name)
        self.file_label.setToolTip(str(preview.path))
        with QSignalBlocker(self.sheet_combo):
            self.sheet_combo.clear()
            for sheet in preview.sheets:
                self.sheet_combo.addItem(sheet.name, sheet.index)
            index = self.sheet_combo.findData(preview.plan.sheet_index) if preview.plan else 0
            self.sheet_combo.setCurrentIndex(max(index, 0))
        self._apply_plan(preview.plan)

    def current_sheet(self) -> SheetPreview | None:
        """The sheet chosen in the combo."""
        if self.preview is None or self.sheet_combo.currentIndex() < 0:
            return None
        return self.preview.sheet(int(self.sheet_combo.currentData()))

    def plan(self) -> ColumnPlan | None:
        """The sheet, header row and columns as chosen now."""
        sheet = self.current_sheet()
        if sheet is None:
            return None
        return ColumnPlan(sheet.index, self.header_spin.value() - 1, self.mapping_form.mapping())

    def _apply_plan(self, plan: ColumnPlan | None) -> None:
        sheet = self.current_sheet()
        if sheet is None:
            return
        header_row = plan.header_row if plan else 0
        with QSignalBlocker(self.header_spin):
            self.header_spin.setRange(1, max(min(len(sheet.rows), HEADER_SCAN_ROWS), 1))
            self.header_spin.setValue(header_row + 1)
        self.mapping_form.set_columns(sheet.header(header_row))
        self.mapping_form.set_mapping(plan.columns if plan else columns_of_header(sheet.header(header_row)))
        self._refresh()

    def _on_sheet_changed(self) -> None:
        sheet = self.current_sheet()
        if sheet is not None:
            self._apply_plan(sheet.guess)

    def _on_header_changed(self, value: int) -> None:
        sheet = self.current_sheet()
        if sheet is None:
            return
        header = sheet.header(value - 1)
        self.mapping_form.set_columns(header)
        self.mapping_form.set_mapping(columns_of_header(header))
        self._refresh()

    def _on_mapping_changed(self) -> None:
        self.preview_model.set_mapping(self.mapping_form.mapping())
        self.plan_changed.emit()

    def _refresh(self) -> None:
        sheet = self.current_sheet()
        if sheet is None:
            return
        header_row = self.header_spin.value() - 1
        self.preview_model.set_preview(
            sheet.header(header_row), sheet.sample(header_row), self.mapping_form.mapping()
        )
        bar = self.mapping_scroller.verticalScrollBar().sizeHint().width()
        self.mapping_scroller.setMinimumWidth(self.mapping_form.sizeHint().width() + bar)
        self.preview_view.resizeColumnsToContents()
        for col in range(self.preview_model.columnCount()):
            width = self.preview_view.columnWidth(col)
            self.preview_view.setColumnWidth(col, min(max(width, 70), 220))
        rows = sheet.data_rows(header_row)
        if rows > PREVIEW_ROWS:
            text = self.tr("{n} rows below the header; the first {shown} are shown.").format(
                n=rows, shown=PREVIEW_ROWS
            )
        else:
            text = self.tr("{n} rows below the header.").format(n=rows)
        self.rows_label.setText(text)
        self.plan_changed.emit()
