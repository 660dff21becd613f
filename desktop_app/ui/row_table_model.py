"""The base of Hadir's table models: frozen rows from a service, columns from an IntEnum.

Subclasses say what each column shows (`headerData`, `data`); the bookkeeping every list has
(replace all rows, find a row, count rows and columns) lives here once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the table's root (no function call in argument defaults)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole row, for code that needs more than the text


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one frozen dataclass type, replaced whole by `set_rows()`."""

    columns: type[IntEnum]
    row_key: Callable[[Any], object] = staticmethod(lambda row: row.id)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row (lists are small: a reset is simplest and always right).

        Rows equal to those shown change nothing and repaint nothing: at the desk a third of the
        keystrokes (typing more of a name already narrowed down) return the very same hits.
        """
        if len(rows) == len(self._rows) and list(rows) == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._rows_changed()
        self.endResetModel()

    def append_rows(self, rows: Sequence[Row]) -> None:
        """Add rows below those shown ("Show more"): the rows already shown stay as they are."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(NO_PARENT, first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._rows_changed()
        self.endInsertRows()

    def _rows_changed(self) -> None:
        """Hook for subclasses that prepare per-row values once (called inside the reset)."""

    def rows(self) -> list[Row]:
        """The rows shown, in order."""
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        """The row shown on line `row`."""
        return self._rows[row]

    def row_of(self, key: object) -> int | None:
        """The line showing the row whose key (its `id` by default) is `key`, if listed."""
        return next((i for i, row in enumerate(self._rows) if self.row_key(row) == key), None)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)
