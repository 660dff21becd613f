"""What an import did: the counts, each rejected row with its reasons, and the warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.roster.service import ImportSummary
from desktop_app.ui.people.people_labels import PeopleLabels

COUNTS = ("rows", "imported", "merged", "rejected", "warnings", "skipped", "invited", "not_invited")


class ImportSummaryView(QWidget):
    """Eight numbers in tiles, then the rejected rows and the warnings in two tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: ImportSummary | None = None
        self.heading_label = QLabel()
        self.heading_label.setObjectName("sectionTitle")
        self.heading_label.setWordWrap(True)
        titles = {
            "rows": self.tr("Rows with a person"),
            "imported": self.tr("New in the registry"),
            "merged": self.tr("Merged with someone known"),
            "rejected": self.tr("Rejected"),
            "warnings": self.tr("Warnings"),
            "skipped": self.tr("Not people (totals, signatures)"),
            "invited": self.tr("Invited"),
            "not_invited": self.tr("Not invited (batches full)"),
        }
        self.value_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for n, key in enumerate(COUNTS):
            tile = QFrame()
            tile.setObjectName("tile")
            tile.setStyleSheet(
                "QFrame#tile { background: white; border: 1px solid #d3dddb; border-radius: 6px; }"
            )
            value = QLabel("0")
            value.setStyleSheet("font-size: 18pt; font-weight: 600; color: #17302c;")
            caption = QLabel(titles[key])
            caption.setObjectName("muted")
            caption.setWordWrap(True)
            box = QVBoxLayout(tile)
            box.setContentsMargins(10, 6, 10, 6)
            box.addWidget(value)
            box.addWidget(caption)
            self.value_labels[key] = value
            grid.addWidget(tile, n // 4, n % 4)

        self.rejected_table = self._table([self.tr("Row"), self.tr("Name"), self.tr("Why it was rejected")])
        self.warnings_table = self._table([self.tr("Row"), self.tr("Warning")])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.rejected_table, "")
        self.tabs.addTab(self.warnings_table, "")
        self.hint_label = QLabel(
            self.tr(
                "Rejected rows are not in the registry. Save them as a workbook, correct them there and "
                "import that file again; warnings were imported as they are."
            )
        )
        self.hint_label.setObjectName("muted")
        self.hint_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading_label)
        layout.addLayout(grid)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint_label)

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return table

    def show_summary(self, summary: ImportSummary, file_name: str, name_column: int | None) -> None:
        """Fill the tiles and the tables from `summary`."""
        self.summary = summary
        self.heading_label.setText(
            self.tr("{file}, sheet “{sheet}”: the import is saved.").format(
                file=file_name, sheet=summary.sheet
            )
        )
        for key in COUNTS:
            self.value_labels[key].setText(f"{getattr(summary, key):,}".replace(",", "."))
        self.rejected_table.setRowCount(len(summary.rejected_rows))
        for r, row in enumerate(summary.rejected_rows):
            name = row.cells[name_column] if name_column is not None and name_column < len(row.cells) else ""
            reasons = "; ".join(PeopleLabels.reason(code) for code in row.reasons)
            for c, text in enumerate((str(row.number), name, reasons)):
                self.rejected_table.setItem(r, c, QTableWidgetItem(text))
        self.warnings_table.setRowCount(len(summary.warning_rows))
        for r, (number, codes) in enumerate(summary.warning_rows):
            self.warnings_table.setItem(r, 0, QTableWidgetItem(str(number)))
            self.warnings_table.setItem(
                r, 1, QTableWidgetItem("; ".join(PeopleLabels.reason(c) for c in codes))
            )
        self.tabs.setTabText(0, self.tr("Rejected ({n})").format(n=summary.rejected))
        self.tabs.setTabText(1, self.tr("Warnings ({n})").format(n=summary.warnings))
        self.tabs.setCurrentIndex(0 if summary.rejected else 1)

    def count(self, key: str) -> int:
        """A tile's number as shown."""
        return int(self.value_labels[key].text().replace(".", "").replace(",", ""))

    def rejected_lines(self) -> list[tuple[str, ...]]:
        """The rejected rows' table as text."""
        table = self.rejected_table
        return [
            tuple(table.item(r, c).text() for c in range(table.columnCount()))
            for r in range(table.rowCount())
        ]
