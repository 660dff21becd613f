"""The session's latest check-ins, newest first; undone ones stay, struck through and grey."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.core.timezones import DEFAULT_ZONE, local_clock
from desktop_app.services.checkin.types import RecentCheckin
from desktop_app.ui import formatting
from desktop_app.ui.checkin import checkin_style as style
from desktop_app.ui.row_table_model import ROW_ROLE, Index, RowTableModel

UNDONE_COLOUR = QColor("#9aa5a3")


class RecentColumn(IntEnum):
    """The columns, in order."""

    TIME = 0
    NAME = 1
    ORGANIZATION = 2
    TEMPERATURE = 3
    OPERATOR = 4
    KIND = 5


class RecentModel(RowTableModel[RecentCheckin]):
    """Time (in the session's zone), name, organisation, temperature, operator, walk-in."""

    columns = RecentColumn
    row_key = staticmethod(lambda row: row.attendance_id)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = DEFAULT_ZONE

    def set_rows(self, rows: list[RecentCheckin], zone: str = DEFAULT_ZONE) -> None:  # type: ignore[override]
        """Replace every row; times are shown in `zone`."""
        self._zone = zone
        super().set_rows(rows)

    def latest_active(self) -> RecentCheckin | None:
        """The newest check-in that is not undone."""
        return next((r for r in self._rows if not r.undone), None)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = RecentColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                RecentColumn.TIME: self.tr("Time"),
                RecentColumn.NAME: self.tr("Name"),
                RecentColumn.ORGANIZATION: self.tr("Organisation"),
                RecentColumn.TEMPERATURE: self.tr("Temp."),
                RecentColumn.OPERATOR: self.tr("Operator"),
                RecentColumn.KIND: self.tr("Note"),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = RecentColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.undone:
                return UNDONE_COLOUR
            if column == RecentColumn.KIND and row.walk_in:
                return QColor(style.AMBER)
        if role == Qt.ItemDataRole.FontRole and row.undone:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.undone:
            return self.tr("This check-in was undone; the seat is free again")
        if role == ROW_ROLE:
            return row
        return None

    def _display(self, row: RecentCheckin, column: RecentColumn) -> str:
        if column == RecentColumn.TIME:
            return local_clock(row.at, self._zone)
        if column == RecentColumn.NAME:
            return row.name
        if column == RecentColumn.ORGANIZATION:
            return row.organization or "—"
        if column == RecentColumn.TEMPERATURE:
            return formatting.temperature(row.temperature) if row.temperature is not None else "—"
        if column == RecentColumn.OPERATOR:
            return row.operator or "—"
        if row.undone:
            return self.tr("Undone")
        return self.tr("Walk-in") if row.walk_in else ""


def _alignment(column: RecentColumn) -> Qt.AlignmentFlag:
    if column == RecentColumn.TEMPERATURE:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
