"""Typing into the desk's search box: the list follows each key without being rebuilt (issue 20).

A key press on 100,000 people must be painted within 5 ms. The list's rows change in place: the
model is not reset (a reset made the view lay out everything and the header re-read and
re-measure every section) and the scroll bar stays (one that came and went with the number of
hits resized the list and its columns on those keystrokes). What the operator sees must not
change: the rows of each keystroke, invitees first, and no cursor left on someone else.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def _names(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [hit.name for hit in page.result_model.rows()]


def test_typing_changes_the_rows_in_place_and_the_list_keeps_its_size(desk, open_page, qtbot) -> None:
    page = open_page(desk)
    resets, widths = [], set()
    page.result_model.modelReset.connect(lambda: resets.append(1))
    view = page.results_view
    for key in "sri wahyuni":
        QTest.keyClick(page.search_edit, key)
        qtbot.wait(1)
        widths.add(view.viewport().width())
        assert _names(page) == [
            h.name for h in desk.services.checkin.search(desk.session_id, page.search_edit.text())
        ]
    assert _names(page)[0] == "Sri Wahyuni"
    assert resets == []
    assert len(widths) == 1  # the scroll bar neither came nor went
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn


def test_the_cursor_never_stays_on_a_row_that_now_shows_someone_else(desk, open_page, qtbot) -> None:
    page = open_page(desk)
    QTest.keyClicks(page.search_edit, "3311100202750004")  # Agus Prasetyo's NIK
    qtbot.wait(1)
    assert page.search.current_person() == desk.people["Agus Prasetyo"]  # one match: the cursor is on it
    for _ in range(12):
        QTest.keyClick(page.search_edit, Qt.Key.Key_Backspace)
    qtbot.wait(1)
    assert page.search_edit.text() == "3311" and len(page.result_model.rows()) > 1
    assert page.search.current_person() is None  # several match: Enter will ask which
    QTest.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert page.search.current_person() == page.result_model.rows()[0].person_id


def test_a_person_admitted_meanwhile_shows_present_when_typed_again(desk, open_page, qtbot) -> None:
    from desktop_app.core.screening import ScreeningAnswers
    from desktop_app.services.checkin.types import AdmitRequest
    from desktop_app.ui.checkin.search_result_model import SearchColumn

    page = open_page(desk)
    model = page.result_model

    def typed_status() -> tuple[str, str, object]:
        page.search_edit.clear()
        QTest.keyClicks(page.search_edit, "sri wahyuni")
        qtbot.wait(1)
        assert _names(page) == ["Sri Wahyuni"]
        index = model.index(0, SearchColumn.STATUS)
        look = model.cell_look(0, SearchColumn.STATUS)  # what the delegate paints
        return index.data(), look.text, index.data(Qt.ItemDataRole.ToolTipRole)

    assert typed_status() == ("Diundang", "Diundang", None)
    request = AdmitRequest(desk.session_id, desk.people["Sri Wahyuni"], ScreeningAnswers(temperature=36.5))
    desk.services.checkin.admit(request, desk.admin)
    assert typed_status() == ("✓ Sudah hadir", "✓ Sudah hadir", "Sudah check-in di sesi ini")
    assert model.index(0, SearchColumn.NAME).data(Qt.ItemDataRole.FontRole).bold() is False
