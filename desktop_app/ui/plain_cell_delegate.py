"""Painting a list's text cells directly, for the list that changes on every keystroke.

Under a style sheet every cell of a QTableView goes through QStyleSheetStyle (row panel, item
panel, text, focus) and asks the model for a dozen roles. This delegate paints what the desk's
result list shows, nothing more: the alternate or selected background, and the cell's text in
its font and colour, elided at the right. The model hands each cell's look over in one call, and
each text is laid out once (QStaticText): the same hits come back as people type on.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from desktop_app.ui.style import ALTERNATE_ROW, SELECTION, SELECTION_TEXT

PADDING = 7  # as the style sheet's item padding plus the style's own text margin
_TEXTS_KEPT = 4000  # laid-out texts remembered
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
# As plain ints: `option.state & State_Selected` makes a new enum object (two per cell, 45 cells a
# keystroke); `.value` does not.
_SELECTED = QStyle.StateFlag.State_Selected.value
_ENABLED = QStyle.StateFlag.State_Enabled.value


class CellLook(NamedTuple):
    """What one cell shows: its text, and a font and colour other than the view's."""

    text: str
    font: QFont | None = None
    colour: QColor | None = None


class LooksModel(Protocol):
    """A model that prepares every cell's look once per result list."""

    def cell_look(self, row: int, column: int) -> CellLook:
        """The look of the cell at (`row`, `column`)."""
        ...


class PlainCellDelegate(QStyledItemDelegate):
    """Paints text cells without the style: background, then elided text in the cell's font and colour.

    The view's own alternating colours are switched off; this delegate paints them.
    """

    def __init__(self, view: QTableView, model: LooksModel) -> None:
        super().__init__(view)
        view.setAlternatingRowColors(False)
        self._model = model
        self._font = QFont(view.font())
        palette = view.palette()
        self._text = palette.color(palette.ColorRole.Text)
        self._disabled_text = palette.color(palette.ColorGroup.Disabled, palette.ColorRole.Text)
        self._fonts: dict[int, tuple[QFont, QFont]] = {}  # id(model font) -> (it, it over the view's)
        self._alternate = QColor(ALTERNATE_ROW)
        self._selection = QColor(SELECTION)
        self._selected_text = QColor(SELECTION_TEXT)
        # (text, id(font), width) -> the laid-out text, its height, and the font (which keeps the id taken)
        self._texts: dict[tuple[str, int, int], tuple[QStaticText, float, QFont]] = {}

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        state: int = option.state.value  # type: ignore[attr-defined]
        row = index.row()
        selected = bool(state & _SELECTED)
        if selected:
            painter.fillRect(rect, self._selection)
        elif row % 2:
            painter.fillRect(rect, self._alternate)
        look = self._model.cell_look(row, index.column())
        if not look.text:
            return
        font = self._over_view_font(look.font) if look.font is not None else self._font
        width = rect.width() - 2 * PADDING
        static, height, _ = self._laid_out(look.text, font, width)
        painter.setFont(font)
        if not state & _ENABLED:
            painter.setPen(self._disabled_text)
        else:
            painter.setPen(self._selected_text if selected else look.colour or self._text)
        painter.drawStaticText(
            QPointF(rect.left() + PADDING, rect.top() + (rect.height() - height) / 2), static
        )

    def _over_view_font(self, font: QFont) -> QFont:
        """The model's font with what it leaves unset taken from the view's (as the style does)."""
        found = self._fonts.get(id(font))
        if found is None:
            found = self._fonts[id(font)] = (font, font.resolve(self._font))  # keeps `font` (its id)
        return found[1]

    def _laid_out(self, text: str, font: QFont, width: int) -> tuple[QStaticText, float, QFont]:
        key = (text, id(font), width)
        found = self._texts.get(key)
        if found is None:
            if len(self._texts) > _TEXTS_KEPT:
                self._texts.clear()
            elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
            static = QStaticText(elided)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            found = self._texts[key] = (static, static.size().height(), font)
        return found
