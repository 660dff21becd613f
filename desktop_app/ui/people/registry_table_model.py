"""The base of the registry's tables: frozen rows from the service, sorted by the service.

The registry may hold 100,000 people and the table shows a page of them, so a click on a
header does not sort the page in memory: the model asks for the rows again in that order
(`sort_requested`), and the database sorts them all.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal

from desktop_app.ui.row_table_model import ROW_ROLE, Index, RowTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

RowT = TypeVar("RowT")


class RegistryTableModel(RowTableModel[RowT]):
    """Rows with an `id`; subclasses say the columns, headers, cells and sort keys.

    Signals:
        sort_requested(str, bool): the sort key (a service enum value) and whether descending.
    """

    sort_requested = Signal(str, bool)
    numeric: frozenset[int] = frozenset()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(self.columns(section))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in self.numeric else LEFT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() in self.numeric else LEFT
        if role == ROW_ROLE:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.sort_key(self.columns(column))
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    # -- for subclasses ------------------------------------------------------------------------------

    def header(self, column: IntEnum) -> str:  # pragma: no cover - abstract
        """The column's title."""
        raise NotImplementedError

    def display(self, row: RowT, column: IntEnum) -> str:  # pragma: no cover - abstract
        """The cell's text."""
        raise NotImplementedError

    def tooltip(self, row: RowT, column: IntEnum) -> str | None:
        """The cell's tooltip (none by default)."""
        return None

    def sort_key(self, column: IntEnum) -> str | None:  # pragma: no cover - abstract
        """The service's sort key for a column."""
        raise NotImplementedError
