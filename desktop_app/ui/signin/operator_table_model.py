"""The operators list in Settings: one row per frozen `OperatorRow`."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop_app.services.operators.service import OperatorRow
from desktop_app.ui.row_table_model import Index, RowTableModel
from desktop_app.ui.signin.signin_messages import role_name

MUTED = QColor("#7d8b88")


class OperatorColumn(IntEnum):
    """The columns, in order."""

    NAME = 0
    ROLE = 1
    PIN = 2
    STATUS = 3


class OperatorTableModel(RowTableModel[OperatorRow]):
    """Name, role, whether a PIN is set, active or not."""

    columns = OperatorColumn

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
