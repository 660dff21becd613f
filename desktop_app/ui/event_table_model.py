"""The events list (Kegiatan): one row per `EventInfo`."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.services.events.service import EventInfo
from desktop_app.ui import formatting
from desktop_app.ui.row_table_model import ROW_ROLE, Index, RowTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (numbers as numbers)


class EventColumn(IntEnum):
    """The columns, in order."""

    TITLE = 0
    ORGANIZER = 1
    SESSIONS = 2
    ATTENDANCE = 3


class EventTableModel(RowTableModel[EventInfo]):
    """Events with their number of sessions and attendance against capacity."""

    columns = EventColumn

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = EventColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                EventColumn.TITLE: self.tr("Event"),
                EventColumn.ORGANIZER: self.tr("Organiser"),
                EventColumn.SESSIONS: self.tr("Batches"),
                EventColumn.ATTENDANCE: self.tr("Attended / capacity"),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != EventColumn.TITLE:
            return _alignment(column)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        column = EventColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                EventColumn.TITLE: info.title,
                EventColumn.ORGANIZER: info.organizer,
                EventColumn.SESSIONS: str(info.sessions),
                EventColumn.ATTENDANCE: formatting.share(info.attended, info.capacity),
            }[column]
        if role == SORT_ROLE:
            return {
                EventColumn.TITLE: info.title.casefold(),
                EventColumn.ORGANIZER: info.organizer.casefold(),
                EventColumn.SESSIONS: info.sessions,
                EventColumn.ATTENDANCE: info.attended,
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == EventColumn.TITLE:
            return "\n".join(t for t in (info.title, info.partner, info.description) if t)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == ROW_ROLE:
            return info
        return None


def _alignment(column: EventColumn) -> Qt.AlignmentFlag:
    if column in (EventColumn.SESSIONS, EventColumn.ATTENDANCE):
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
