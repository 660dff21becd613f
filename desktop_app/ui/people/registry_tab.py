"""One tab of the *Peserta* page: a search box, the filters and the table (no service calls here)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.people.people_labels import PeopleLabels
from desktop_app.ui.people.registry_table_model import RegistryTableModel

SEARCH_PAUSE_MS = 200


class RegistryTab(QWidget):
    """Filters over a table. `changed()` on every keystroke and every filter change.

    The attended filter shows only on the people tab (`with_attended`).
    """

    changed = Signal()

    def __init__(
        self, model: RegistryTableModel, placeholder: str, with_attended: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._with_attended = with_attended
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(placeholder)
        self.search_edit.setClearButtonEnabled(True)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All types"), None)
        for code in ("umkm", "koperasi", "lainnya"):
            self.kind_combo.addItem(PeopleLabels.kind(code), code)
        self.kecamatan_combo = QComboBox()
        self.kecamatan_combo.setMinimumContentsLength(12)
        self.kecamatan_combo.addItem(self.tr("All kecamatan"), None)
        self.attended_combo = QComboBox()
        self.attended_combo.addItem(self.tr("Attended or not"), None)
        self.attended_combo.addItem(self.tr("Attended a batch"), True)
        self.attended_combo.addItem(self.tr("Not attended yet"), False)
        self.attended_combo.setVisible(with_attended)

        self.view = QTableView()
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(30)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # a click asks the model, which asks the service (all rows)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.kecamatan_combo)
        filters.addWidget(self.attended_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

        # The registry list counts and sorts the whole registry (up to ~200 ms on 100,000 people):
        # it follows a pause in typing rather than every keystroke, so typing never stutters.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        self.search_edit.textChanged.connect(self._typing.start)
        for combo in (self.kind_combo, self.kecamatan_combo, self.attended_combo):
            combo.currentIndexChanged.connect(self.changed)

    # -- what the filters say ------------------------------------------------------------------------

    def query(self) -> str:
        """The search text."""
        return self.search_edit.text()

    def kind(self) -> str | None:
        """The organisation type chosen, or None for all."""
        return self.kind_combo.currentData()

    def kecamatan(self) -> str | None:
        """The kecamatan chosen, or None for all."""
        return self.kecamatan_combo.currentData()

    def attended(self) -> bool | None:
        """True: attended a batch; False: not yet; None: everyone."""
        return self.attended_combo.currentData() if self._with_attended else None

    def set_kecamatans(self, names: Sequence[str]) -> None:
        """Offer these kecamatan (keeping the current choice if it is still there)."""
        current = self.kecamatan()
        with QSignalBlocker(self.kecamatan_combo):
            self.kecamatan_combo.clear()
            self.kecamatan_combo.addItem(self.tr("All kecamatan"), None)
            for name in names:
                self.kecamatan_combo.addItem(name, name)
            index = self.kecamatan_combo.findData(current) if current else 0
            self.kecamatan_combo.setCurrentIndex(max(index, 0))

    def is_filtered(self) -> bool:
        """True when the search box or a filter narrows the list."""
        return bool(self.query().strip()) or any(
            c.currentIndex() > 0 for c in (self.kind_combo, self.kecamatan_combo, self.attended_combo)
        )

    def sort_order(self) -> tuple[int, bool]:
        """The column the header shows as sorted, and whether descending."""
        header = self.view.horizontalHeader()
        return header.sortIndicatorSection(), header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    # -- the table -----------------------------------------------------------------------------------

    def show_rows(self, rows: Sequence[object], empty_text: str) -> None:
        """Show `rows` (or `empty_text` when there are none), keeping the selected records selected."""
        keep = self.selected_ids()
        self.model.set_rows(rows)
        self.empty_label.setText(empty_text)
        self.stack.setCurrentWidget(self.view if rows else self.empty_label)
        selection = self.view.selectionModel()
        for record_id in keep:
            row = self.model.row_of(record_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def append_rows(self, rows: Sequence[object]) -> None:
        """Add the next screenful below the rows shown (the selection stays)."""
        self.model.append_rows(rows)

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, top to bottom."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows if r < self.model.rowCount()]  # type: ignore[attr-defined]

    def select_ids(self, ids: Sequence[int]) -> None:
        """Select exactly these records (those listed)."""
        self.view.clearSelection()
        selection = self.view.selectionModel()
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
                selection.setCurrentIndex(self.model.index(row, 0), selection.SelectionFlag.NoUpdate)
