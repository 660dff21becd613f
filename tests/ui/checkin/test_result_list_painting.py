"""The desk's result list as painted: shaded rows, the selection, text that fits its column."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractItemView, QTableView
from pytestqt.qtbot import QtBot

from desktop_app.services.search.query import SearchHit
from desktop_app.ui.checkin.search_result_model import SearchColumn, SearchResultModel
from desktop_app.ui.plain_cell_delegate import PADDING, PlainCellDelegate
from desktop_app.ui.style import ALTERNATE_ROW, SELECTION

LONG = "Raden Roro Sekar Ayu Kusumawardhani Prameswari Hadiningrat"


def _hit(pid: int, name: str, here: bool = False) -> SearchHit:
    return SearchHit(pid, name, "KSU Makmur", "3311********0001", "0812-****-7801", True, here)


def _painted(qtbot: QtBot) -> tuple[QTableView, PlainCellDelegate, QImage]:
    model = SearchResultModel()
    view = QTableView()
    view.setModel(model)
    delegate = PlainCellDelegate(view, model)
    view.setItemDelegate(delegate)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setDefaultSectionSize(30)
    view.setColumnWidth(SearchColumn.NAME, 160)
    qtbot.addWidget(view)
    view.resize(700, 200)
    view.show()
    model.set_rows([_hit(1, LONG), _hit(2, "Sri Wahyuni"), _hit(3, "Budi", here=True)])
    view.selectRow(0)
    return view, delegate, view.viewport().grab().toImage()


def _background(image: QImage, view: QTableView, row: int) -> QColor:
    rect = view.visualRect(view.model().index(row, SearchColumn.PHONE))
    return image.pixelColor(rect.right() - 2, rect.top() + 2)  # right of the text, inside the row


def _ink(image: QImage, view: QTableView, row: int, column: int) -> int:
    """How many dark pixels the cell has (its text)."""
    rect = view.visualRect(view.model().index(row, column))
    return sum(
        image.pixelColor(x, y).lightness() < 140
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
    )


def test_rows_are_shaded_and_the_selection_shows(qtbot: QtBot) -> None:
    view, _, image = _painted(qtbot)
    assert _background(image, view, 0) == QColor(SELECTION)
    assert _background(image, view, 1) == QColor(ALTERNATE_ROW)
    assert _background(image, view, 2) == QColor("white")


def test_every_cell_shows_its_text_and_a_long_name_is_cut_with_an_ellipsis(qtbot: QtBot) -> None:
    view, delegate, image = _painted(qtbot)
    for row in range(3):
        for column in SearchColumn:
            assert _ink(image, view, row, column) > 20, (row, column)
    width = view.columnWidth(SearchColumn.NAME) - 2 * PADDING
    model = view.model()
    assert isinstance(model, SearchResultModel)
    look = model.cell_look(0, SearchColumn.NAME)
    static = delegate._laid_out(LONG, look.font or view.font(), width)[0]
    assert static.text().endswith("…") and len(static.text()) < len(LONG)
    assert static.size().width() <= width


def _darkest(image: QImage, view: QTableView, row: int, column: int) -> int:
    rect = view.visualRect(view.model().index(row, column))
    return min(
        image.pixelColor(x, y).lightness()
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
    )


def test_a_disabled_list_greys_its_text(qtbot: QtBot) -> None:
    view, _, enabled = _painted(qtbot)
    view.setEnabled(False)
    disabled = view.viewport().grab().toImage()
    assert _darkest(disabled, view, 1, SearchColumn.NAME) > _darkest(enabled, view, 1, SearchColumn.NAME) + 40
