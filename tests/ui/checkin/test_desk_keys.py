"""The desk by keyboard: one key for the mask and each symptom, Tab from the temperature, Ctrl+1…7 pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui.checkin.screening_panel import MASK_KEY, QUESTION_KEYS
from desktop_app.ui.checkin.status_banner import BannerKind


def test_mask_and_symptoms_one_key_each_shown_beside_them(qtbot, desk, open_page) -> None:
    page = open_page(desk)
    panel = page.screening
    qtbot.keyClicks(page.search_edit, desk.codes["Sri Wahyuni"])
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.temperature_edit, "36,5")
    assert panel.mask_box.text().startswith(f"{MASK_KEY} ")
    first_code, first_box = next(iter(panel.question_boxes.items()))
    assert first_box.text().startswith(f"{QUESTION_KEYS[0]} ")

    qtbot.keyClick(panel.temperature_edit, Qt.Key.Key_F4)
    assert not panel.mask_box.isChecked()
    qtbot.keyClick(panel.temperature_edit, Qt.Key.Key_F5)
    assert first_box.isChecked()
    assert QApplication.focusWidget() is panel.temperature_edit  # the cursor never left the reading
    qtbot.keyClick(panel.temperature_edit, Qt.Key.Key_Return)
    assert page.banner.kind == BannerKind.REFUSAL
    [screening] = desk.screenings(desk.people["Sri Wahyuni"])
    assert not screening.mask and first_code in screening.symptoms


def test_tab_from_the_temperature_reaches_the_mask_first(qtbot, desk, open_page) -> None:
    page = open_page(desk)
    qtbot.keyClicks(page.search_edit, desk.codes["Sri Wahyuni"])
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.screening.temperature_edit
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.screening.mask_box
    qtbot.keyClick(page.screening.mask_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is next(iter(page.screening.question_boxes.values()))


def test_ctrl_and_a_number_switch_pages(qtbot, services, app_paths, settings, admin) -> None:
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(services, app_paths, settings, admin.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.navigation.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.navigation)
    for number, key in ((2, "checkin"), (7, "audit"), (1, "events"), (4, "reports")):
        target = window.navigation  # any widget of the window: the keys are the window's
        qtbot.keyClick(target, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key
    assert "Ctrl+2" in window.navigation.item(1).toolTip()
