"""The sessions (Angkatan) of one event: one row per `SessionInfo`."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop_app.services.events.service import SessionInfo
from desktop_app.ui import formatting
from desktop_app.ui.row_table_model import ROW_ROLE, Index, RowTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 2

FULL_COLOUR = QColor("#b23c17")


class SessionColumn(IntEnum):
    """The columns, in order."""

    BATCH = 0
    DATE = 1
    TIME = 2
    VENUE = 3
    CAPACITY = 4
    INVITED = 5
    ATTENDED = 6
    MAX_TEMP = 7


NUMERIC = frozenset(
    {SessionColumn.BATCH, SessionColumn.CAPACITY, SessionColumn.INVITED, SessionColumn.ATTENDED}
)


class SessionTableModel(RowTableModel[SessionInfo]):
    """Sessions with date, time, venue, seats and the temperature limit."""

    columns = SessionColumn

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = SessionColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                SessionColumn.BATCH: self.tr("Batch"),
                SessionColumn.DATE: self.tr("Date"),
                SessionColumn.TIME: self.tr("Time"),
                SessionColumn.VENUE: self.tr("Venue"),
                SessionColumn.CAPACITY: self.tr("Capacity"),
                SessionColumn.INVITED: self.tr("Invited"),
                SessionColumn.ATTENDED: self.tr("Attended"),
                SessionColumn.MAX_TEMP: self.tr("Max. temp."),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        column = SessionColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(info, column)
        if role == SORT_ROLE:
            return self._sort_key(info, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == SessionColumn.ATTENDED
            and info.seats_left == 0
        ):
            return FULL_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == SessionColumn.ATTENDED:
            return self.tr("{n} seats left").format(n=info.seats_left)
        if role == Qt.ItemDataRole.ToolTipRole and column == SessionColumn.VENUE:
            return info.venue
        if role == ROW_ROLE:
            return info
        return None

    @staticmethod
    def _display(info: SessionInfo, column: SessionColumn) -> str:
        return {
            SessionColumn.BATCH: str(info.batch),
            SessionColumn.DATE: formatting.day_date(info.date),
            SessionColumn.TIME: formatting.time_range(info.start_time, info.end_time, info.timezone),
            SessionColumn.VENUE: info.venue,
            SessionColumn.CAPACITY: str(info.capacity),
            SessionColumn.INVITED: str(info.invited),
            SessionColumn.ATTENDED: str(info.attended),
            SessionColumn.MAX_TEMP: formatting.temperature(info.max_temp),
        }[column]

    @staticmethod
    def _sort_key(info: SessionInfo, column: SessionColumn) -> Any:
        return {
            SessionColumn.BATCH: info.batch,
            SessionColumn.DATE: info.date.isoformat() + info.start_time.isoformat(),
            SessionColumn.TIME: info.start_time.isoformat(),
            SessionColumn.VENUE: info.venue.casefold(),
            SessionColumn.CAPACITY: info.capacity,
            SessionColumn.INVITED: info.invited,
            SessionColumn.ATTENDED: info.attended,
            SessionColumn.MAX_TEMP: info.max_temp,
        }[column]


def _alignment(column: SessionColumn) -> Qt.AlignmentFlag:
    if column == SessionColumn.BATCH:
        return Qt.AlignmentFlag.AlignCenter
    if column in NUMERIC or column == SessionColumn.MAX_TEMP:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
