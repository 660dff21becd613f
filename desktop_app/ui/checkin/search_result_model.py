"""The people the search box found: one row per `SearchHit`, invitees first as the service orders them."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.services.search import SearchHit
from desktop_app.ui.checkin import checkin_style as style

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole SearchHit

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the table's root (no function call in argument defaults)


class SearchColumn(IntEnum):
    """The columns, in order."""

    NAME = 0
    ORGANIZATION = 1
    NIK = 2
    PHONE = 3
    STATUS = 4  # already here, else invited or walk-in


class SearchResultModel(QAbstractTableModel):
    """Name, organisation, masked NIK and phone, and a status: already here, invited, or walk-in."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SearchHit] = []

    def set_rows(self, rows: list[SearchHit]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> SearchHit:
        """The hit shown on `row`."""
        return self._rows[row]

    def row_of(self, person_id: int) -> int | None:
        """The row showing `person_id`, if listed."""
        return next((i for i, hit in enumerate(self._rows) if hit.person_id == person_id), None)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(SearchColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            SearchColumn.NAME: self.tr("Name"),
            SearchColumn.ORGANIZATION: self.tr("Organisation"),
            SearchColumn.NIK: self.tr("NIK"),
            SearchColumn.PHONE: self.tr("Phone"),
            SearchColumn.STATUS: self.tr("Status"),
        }[SearchColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._rows[index.row()]
        column = SearchColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(hit, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == SearchColumn.STATUS:
                return QColor(style.GREEN if hit.checked_in else style.INFO if hit.invited else style.AMBER)
            if hit.checked_in:
                return QColor(style.MUTED)
        if role == Qt.ItemDataRole.FontRole and column in (SearchColumn.NAME, SearchColumn.STATUS):
            font = QFont()
            font.setBold(hit.checked_in if column == SearchColumn.STATUS else not hit.checked_in)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == SearchColumn.STATUS:
            if hit.checked_in:
                return self.tr("Already checked in to this session")
            if not hit.invited:
                return self.tr("Not invited to this session: admitted as a walk-in while seats remain")
        if role == HIT_ROLE:
            return hit
        return None

    def _display(self, hit: SearchHit, column: SearchColumn) -> str:
        if column == SearchColumn.NAME:
            return hit.name
        if column == SearchColumn.ORGANIZATION:
            return hit.organization or "—"
        if column == SearchColumn.NIK:
            return hit.nik_masked or "—"
        if column == SearchColumn.PHONE:
            return hit.phone_masked or "—"
        if hit.checked_in:
            return self.tr("✓ Present")
        return self.tr("Invited") if hit.invited else self.tr("Walk-in")
