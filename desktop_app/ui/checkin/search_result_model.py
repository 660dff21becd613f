"""The people the search box found: one row per `SearchHit`, invitees first as the service orders them."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.services.search.query import SearchHit
from desktop_app.ui.checkin import checkin_style as style
from desktop_app.ui.plain_cell_delegate import CellLook
from desktop_app.ui.row_table_model import NO_PARENT, Index, RowTableModel

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole SearchHit
_ROWS_KEPT = 2000  # people whose cells are kept between keystrokes


class _Texts(NamedTuple):
    """The translated status texts and tooltips, asked once."""

    present: str
    invited: str
    walk_in: str
    here_tip: str
    walk_in_tip: str


# A hit's display, foreground, font and tooltip per column, and its cells' looks.
_Made = tuple[list[Any], list[Any], list[Any], list[Any], list[CellLook]]


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
        self._made: dict[SearchHit, _Made] = {}
        self._texts: _Texts | None = None
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
        """Every cell's display text, colour, font, tooltip and look, once per result list.

        A person's cells are made once and kept (by the hit, which holds everything they show):
        typing on mostly brings back people already listed.
        """
        if len(self._made) > _ROWS_KEPT:
            self._made.clear()
        made = [self._made.get(hit) or self._make(hit) for hit in self._rows]
        self._looks = [m[4] for m in made]
        self._cells = {
            int(Qt.ItemDataRole.DisplayRole): [m[0] for m in made],
            int(Qt.ItemDataRole.ForegroundRole): [m[1] for m in made],
            int(Qt.ItemDataRole.FontRole): [m[2] for m in made],
            int(Qt.ItemDataRole.ToolTipRole): [m[3] for m in made],
        }

    def _make(self, hit: SearchHit) -> _Made:
        """One hit's cells: display, foreground, font and tooltip per column, and their looks."""
        if self._texts is None:
            self._texts = _Texts(
                present=self.tr("✓ Present"),
                invited=self.tr("Invited"),
                walk_in=self.tr("Walk-in"),
                here_tip=self.tr("Already checked in to this session"),
                walk_in_tip=self.tr("Not invited to this session: admitted as a walk-in while seats remain"),
            )
        texts = self._texts
        if hit.checked_in:
            status, tip = texts.present, texts.here_tip
        else:
            status = texts.invited if hit.invited else texts.walk_in
            tip = None if hit.invited else texts.walk_in_tip
        display = [
            hit.name,
            hit.organization or "—",
            hit.nik_masked or "—",
            hit.phone_masked or "—",
            status,
        ]
        status_colour = self._colours[
            style.GREEN if hit.checked_in else style.INFO if hit.invited else style.AMBER
        ]
        muted = self._colours[style.MUTED] if hit.checked_in else None
        foreground = [muted, muted, muted, muted, status_colour]
        font = [self._fonts[not hit.checked_in], None, None, None, self._fonts[hit.checked_in]]
        looks = [CellLook(*cell) for cell in zip(display, font, foreground, strict=True)]
        made = self._made[hit] = (display, foreground, font, [None, None, None, None, tip], looks)
        return made

    def cell_look(self, row: int, column: int) -> CellLook:
        """What the cell shows, for the result list's delegate (one call instead of a role each)."""
        return self._looks[row][column]

    def status_texts(self) -> list[str]:
        """Every text the status column can show (to size it once)."""
        return [self.tr("✓ Present"), self.tr("Invited"), self.tr("Walk-in")]
