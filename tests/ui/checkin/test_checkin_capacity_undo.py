"""Seats: a full session refuses, an admin overrides with a reason; Ctrl+Z frees a seat; the door display."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.operators.service import OperatorInfo
from desktop_app.ui.checkin.capacity_gauge import GaugeState
from desktop_app.ui.checkin.override_dialog import OverrideDialog
from desktop_app.ui.checkin.status_banner import BannerKind
from desktop_app.ui.checkin.undo_dialog import UndoDialog


def admit_by_keyboard(qtbot, page, code: str, reading: str = "36,5") -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.search_edit, code)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.screening.temperature_edit, reading)
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)


def test_full_session_refuses_then_admin_overrides_with_a_reason(qtbot, desk_factory, open_page) -> None:
    desk = desk_factory(capacity=2)
    page = open_page(desk)
    admit_by_keyboard(qtbot, page, desk.codes["Sri Wahyuni"])
    assert page.gauge.state == GaugeState.NEAR_FULL
    admit_by_keyboard(qtbot, page, desk.codes["Bambang Sutrisno"])
    assert page.gauge.count_label.text() == "2 / 2"
    assert page.gauge.state == GaugeState.FULL

    agus = desk.people["Agus Prasetyo"]
    admit_by_keyboard(qtbot, page, desk.codes["Agus Prasetyo"])
    assert page.banner.kind == BannerKind.REFUSAL
    assert "2" in page.banner.text()
    assert desk.attendance(agus) == []
    assert page.screening.override_button.isVisibleTo(page)

    qtbot.mouseClick(page.screening.override_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, OverrideDialog)
    assert not dialog.ok_button.isEnabled()  # no reason, no override
    qtbot.keyClicks(dialog.reason_edit, "Ketua koperasi, kursi tambahan")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)

    assert page.active_dialog is None
    assert page.banner.kind == BannerKind.SUCCESS, page.banner.text()
    assert "Agus Prasetyo" in page.banner.text() and "3/2" in page.banner.text()
    [attendance] = desk.attendance(agus)
    assert attendance.override_reason == "Ketua koperasi, kursi tambahan"
    [audit] = desk.audit("override")
    assert audit.details["reason"] == "Ketua koperasi, kursi tambahan"
    assert audit.operator_id == desk.admin.id
    assert page.gauge.count_label.text() == "3 / 2"


def test_a_desk_operator_is_not_offered_the_override(qtbot, desk_factory, open_page, services) -> None:
    desk = desk_factory(capacity=1)
    clerk: OperatorInfo = services.operators.ensure("Rina", role="desk")
    page = open_page(desk, clerk)
    admit_by_keyboard(qtbot, page, desk.codes["Sri Wahyuni"])
    admit_by_keyboard(qtbot, page, desk.codes["Dwi Lestari"])
    assert page.banner.kind == BannerKind.REFUSAL
    assert not page.screening.override_button.isVisibleTo(page)
    page.ask_override()
    assert page.active_dialog is None
    assert desk.attendance(desk.people["Dwi Lestari"]) == []


def test_ctrl_z_undoes_the_latest_check_in_with_a_reason(qtbot, desk, open_page) -> None:
    page = open_page(desk)
    admit_by_keyboard(qtbot, page, desk.codes["Sri Wahyuni"])
    admit_by_keyboard(qtbot, page, desk.codes["Dwi Lestari"])
    assert page.gauge.count_label.text() == "2 / 30"
    undone: list[int] = []
    page.undone.connect(undone.append)

    assert QApplication.focusWidget() is page.search_edit
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert isinstance(dialog, UndoDialog)
    assert "Dwi Lestari" in dialog.heading_label.text()
    qtbot.keyClicks(dialog.reason_combo.lineEdit(), "Salah pilih peserta")
    qtbot.keyClick(dialog.reason_combo.lineEdit(), Qt.Key.Key_Return)

    assert page.active_dialog is None
    [attendance] = desk.attendance(desk.people["Dwi Lestari"])
    assert attendance.undone_at is not None
    assert attendance.undo_reason == "Salah pilih peserta"
    assert desk.attendance(desk.people["Sri Wahyuni"])[0].undone_at is None
    assert page.gauge.count_label.text() == "1 / 30"
    assert undone == [desk.people["Dwi Lestari"]]
    undone_row = page.recent_model.row_at(0)
    assert undone_row.undone and undone_row.name == "Dwi Lestari"
    font = page.recent_model.data(page.recent_model.index(0, 1), Qt.ItemDataRole.FontRole)
    assert font.strikeOut()


def test_undo_acts_on_the_highlighted_row_and_cancel_changes_nothing(qtbot, desk, open_page) -> None:
    page = open_page(desk)
    admit_by_keyboard(qtbot, page, desk.codes["Sri Wahyuni"])
    admit_by_keyboard(qtbot, page, desk.codes["Dwi Lestari"])
    page.recent_view.setCurrentIndex(page.recent_model.index(1, 0))  # Sri, the older one
    page.undo_checkin()
    dialog = page.active_dialog
    assert isinstance(dialog, UndoDialog)
    dialog.reject()
    assert page.active_dialog is None
    assert all(a.undone_at is None for a in desk.attendance(desk.people["Sri Wahyuni"]))

    page.recent_view.setCurrentIndex(page.recent_model.index(1, 0))
    page.undo_checkin()
    dialog = page.active_dialog
    dialog.reason_combo.setCurrentIndex(1)  # one of the usual reasons
    dialog.ok_button.click()
    assert desk.attendance(desk.people["Sri Wahyuni"])[0].undone_at is not None
    assert desk.attendance(desk.people["Dwi Lestari"])[0].undone_at is None


def test_door_display_follows_admissions_and_undo(qtbot, desk_factory, open_page) -> None:
    desk = desk_factory(capacity=2)
    page = open_page(desk)
    qtbot.mouseClick(page.door_button, Qt.MouseButton.LeftButton)
    door = page.door_display
    assert door is not None and door.isVisible() and door.isWindow()
    assert "Sosialisasi BPJS Ketenagakerjaan bagi Koperasi" in door.text()
    assert "Aula Kecamatan Grogol" in door.text()
    assert door.number_label.text() == "2"

    admit_by_keyboard(qtbot, page, desk.codes["Sri Wahyuni"])
    assert door.number_label.text() == "1"
    admit_by_keyboard(qtbot, page, desk.codes["Bambang Sutrisno"])
    assert door.number_label.text() == door.tr("FULL")
    assert door.number_label.text() not in ("0", "1", "2")

    page.undo_checkin()
    page.active_dialog.reason_combo.setEditText("Pulang sebelum acara dimulai")
    page.active_dialog.ok_button.click()
    assert door.number_label.text() == "1"
    assert page.gauge.count_label.text() == "1 / 2"
