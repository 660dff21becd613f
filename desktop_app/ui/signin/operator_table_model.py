"""The operators list in Settings: one row per frozen `OperatorRow`."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop_app.services.operators import OperatorRow
from desktop_app.ui.signin.signin_messages import role_name

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
MUTED = QColor("#7d8b88")


class OperatorColumn(IntEnum):
    """The columns, in order."""

    NAME = 0
    ROLE = 1
    PIN = 2
    STATUS = 3


class OperatorTableModel(QAbstractTableModel):
    """Name, role, whether a PIN is set, active or not."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[OperatorRow] = []

    def set_rows(self, rows: list[OperatorRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> OperatorRow:
        """The operator on `row`."""
        return self._rows[row]

    def row_of(self, operator_id: int) -> int | None:
        """The row showing `operator_id`."""
        return next((i for i, r in enumerate(self._rows) if r.id == operator_id), None)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(OperatorColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            OperatorColumn.NAME: self.tr("Name"),
            OperatorColumn.ROLE: self.tr("Role"),
            OperatorColumn.PIN: self.tr("PIN"),
            OperatorColumn.STATUS: self.tr("Status"),
        }[OperatorColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = OperatorColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                OperatorColumn.NAME: row.name,
                OperatorColumn.ROLE: role_name(row.role),
                OperatorColumn.PIN: self.tr("Set") if row.has_pin else self.tr("None (command line only)"),
                OperatorColumn.STATUS: self.tr("Active") if row.active else self.tr("Deactivated"),
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return MUTED
        return None
