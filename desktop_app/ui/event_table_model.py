"""The events list (Kegiatan): one row per `EventInfo`."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.services.events import EventInfo
from desktop_app.ui import formatting

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole EventInfo
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (numbers as numbers)

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the table's root (no function call in argument defaults)


class EventColumn(IntEnum):
    """The columns, in order."""

    TITLE = 0
    ORGANIZER = 1
    SESSIONS = 2
    ATTENDANCE = 3


class EventTableModel(QAbstractTableModel):
    """Events with their number of sessions and attendance against capacity."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EventInfo] = []

    def set_rows(self, rows: list[EventInfo]) -> None:
        """Replace every row (the list is small: a reset is simplest and always right)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> EventInfo:
        """The event shown on `row`."""
        return self._rows[row]

    def row_of(self, event_id: int) -> int | None:
        """The row showing `event_id`, if it is listed."""
        return next((i for i, info in enumerate(self._rows) if info.id == event_id), None)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(EventColumn)

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
