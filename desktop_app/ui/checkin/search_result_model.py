"""The people the search box found: one row per `SearchHit`, invitees first as the service orders them."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.services.search.query import SearchHit
from desktop_app.ui.checkin import checkin_style as style
from desktop_app.ui.plain_cell_delegate import CellLook
from desktop_app.ui.row_table_model import NO_PARENT, Index, RowTableModel

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole SearchHit


class SearchColumn(IntEnum):
    """The columns, in order."""

    NAME = 0
    ORGANIZATION = 1
    NIK = 2
    PHONE = 3
    STATUS = 4  # already here, else invited or walk-in


class SearchResultModel(RowTableModel[SearchHit]):
    """Name, organisation, masked NIK and phone, and a status: already here, invited, or walk-in."""

    columns = SearchColumn
    row_key = staticmethod(lambda hit: hit.person_id)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cells: dict[int, list[list[Any]]] = {}
        self._looks: list[list[CellLook]] = []
        self._colours = {c: QColor(c) for c in (style.GREEN, style.INFO, style.AMBER, style.MUTED)}
        bold, plain = QFont(), QFont()
        bold.setBold(True)
        self._fonts = {True: bold, False: plain}

    def _rows_changed(self) -> None:
        self._prepare()

    def replace_rows(self, rows: Sequence[SearchHit]) -> bool:
        """Show `rows` instead of the rows shown; False when they are the same (nothing happens).

        A keystroke's hits replace the list in place, without a model reset: rows added or
        removed at the end, the rest changed. A reset makes the view lay everything out again
        and the header re-read and re-measure every section (about a fifth of a keystroke's
        work); the header here never changes. The caller clears the cursor: the row under it
        is now someone else.
        """
        rows = list(rows)
        old, new = len(self._rows), len(rows)
        if new == old and rows == self._rows:
            return False
        if new < old:
            self.beginRemoveRows(NO_PARENT, new, old - 1)
        elif new > old:
            self.beginInsertRows(NO_PARENT, old, new - 1)
        self._rows = rows
        self._prepare()
        if new < old:
            self.endRemoveRows()
        elif new > old:
            self.endInsertRows()
        if min(old, new):
            self.dataChanged.emit(self.index(0, 0), self.index(min(old, new) - 1, len(SearchColumn) - 1))
        return True

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
        # Called hundreds of times per keystroke: answer from the cells prepared in set_rows().
        cells = self._cells.get(int(role))
        if cells is None or not index.isValid():
            return self._rows[index.row()] if role == HIT_ROLE and index.isValid() else None
        return cells[index.row()][index.column()]

    def _prepare(self) -> None:
        """Every cell's display text, colour, font and tooltip, once per result list."""
        display, foreground, font, tooltip = [], [], [], []
        for hit in self._rows:
            display.append([self._display(hit, c) for c in SearchColumn])
            status_colour = self._colours[
                style.GREEN if hit.checked_in else style.INFO if hit.invited else style.AMBER
            ]
            muted = self._colours[style.MUTED] if hit.checked_in else None
            foreground.append([muted, muted, muted, muted, status_colour])
            font.append(
                [
                    self._fonts[not hit.checked_in],
                    None,
                    None,
                    None,
                    self._fonts[hit.checked_in],
                ]
            )
            tip = None
            if hit.checked_in:
                tip = self.tr("Already checked in to this session")
            elif not hit.invited:
                tip = self.tr("Not invited to this session: admitted as a walk-in while seats remain")
            tooltip.append([None, None, None, None, tip])
        self._looks = [
            [CellLook(*cell) for cell in zip(*row, strict=True)]
            for row in zip(display, font, foreground, strict=True)
        ]
        self._cells = {
            int(Qt.ItemDataRole.DisplayRole): display,
            int(Qt.ItemDataRole.ForegroundRole): foreground,
            int(Qt.ItemDataRole.FontRole): font,
            int(Qt.ItemDataRole.ToolTipRole): tooltip,
        }

    def cell_look(self, row: int, column: int) -> CellLook:
        """What the cell shows, for the result list's delegate (one call instead of a role each)."""
        return self._looks[row][column]

    def status_texts(self) -> list[str]:
        """Every text the status column can show (to size it once)."""
        return [self.tr("✓ Present"), self.tr("Invited"), self.tr("Walk-in")]

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
