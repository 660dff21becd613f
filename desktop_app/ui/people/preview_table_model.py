"""The first rows of the chosen sheet under its header, each column marked with the field it feeds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.core.roster_columns import Field
from desktop_app.services.roster.preview import person_rows
from desktop_app.services.roster.reader import cell_ref
from desktop_app.ui.people.people_labels import PeopleLabels

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
MAPPED = QColor("#e6f4f0")
UNMAPPED_TEXT = QColor("#8a9794")


def column_letter(col: int) -> str:
    """`A` for 0, `AA` for 26."""
    return cell_ref(0, col)[:-1]


class PreviewTableModel(QAbstractTableModel):
    """Header `B · Nama Lengkap` over `→ Name`; rows numbered as in the spreadsheet."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._header: tuple[str, ...] = ()
        self._rows: list[tuple[int, tuple[str, ...]]] = []
        self._fields: dict[int, Field] = {}
        self._people: list[bool] = []
        bold = QFont()
        bold.setBold(True)
        self._bold = bold
        italic = QFont()
        italic.setItalic(True)
        self._italic = italic

    def set_preview(
        self, header: Sequence[str], rows: Sequence[tuple[int, Sequence[str]]], mapping: dict[Field, int]
    ) -> None:
        """Show `rows` (row number, cells) under `header`, marking the columns of `mapping`."""
        self.beginResetModel()
        self._header = tuple(header)
        self._rows = [(n, tuple(cells)) for n, cells in rows]
        self._fields = {col: field for field, col in mapping.items()}
        self._people = person_rows([cells for _, cells in self._rows], mapping)
        self.endResetModel()

    def set_mapping(self, mapping: dict[Field, int]) -> None:
        """Mark other columns (the cells stay)."""
        self._fields = {col: field for field, col in mapping.items()}
        self._people = person_rows([cells for _, cells in self._rows], mapping)
        if self._header:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._header) - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self._header) - 1))

    def field_of(self, column: int) -> Field | None:
        """The field column `column` feeds, if any."""
        return self._fields.get(column)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._header)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self._rows):
                return str(self._rows[section][0])
            return None
        if section >= len(self._header):
            return None
        field = self._fields.get(section)
        if role == Qt.ItemDataRole.DisplayRole:
            title = f"{column_letter(section)} · {self._header[section] or '—'}"
            below = f"→ {PeopleLabels.field(field)}" if field else self.tr("(not imported)")
            return f"{title}\n{below}"
        if role == Qt.ItemDataRole.FontRole and field:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and not field:
            return UNMAPPED_TEXT
        return None

    def is_person(self, row: int) -> bool:
        """Whether the importer takes row `row` of the preview for a person."""
        return self._people[row] if row < len(self._people) else False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cells = self._rows[index.row()][1]
        mapped = index.column() in self._fields
        person = self.is_person(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.BackgroundRole and mapped and person:
            return MAPPED
        if role == Qt.ItemDataRole.ForegroundRole and not (mapped and person):
            return UNMAPPED_TEXT
        if role == Qt.ItemDataRole.FontRole and not person:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole and not person:
            return self.tr("Not a person (a total, a place and date, a signature): skipped")
        return None
