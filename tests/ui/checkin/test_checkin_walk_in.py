"""Walk-ins by keyboard: Ctrl+N, the form, duplicates, refusals; and the form on its own."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop_app.storage.models import Organization, Person
from desktop_app.ui.checkin.status_banner import BannerKind
from desktop_app.ui.checkin.walk_in_dialog import WalkInDialog

NEW_NIK = "3311086412920007"  # a woman from Mojolaban, born 24-12-1992


def people_named(services, name: str) -> list[Person]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return list(s.scalars(select(Person).where(Person.name == name)))


def open_walk_in(qtbot, page) -> WalkInDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClick(page.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert isinstance(dialog, WalkInDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_ctrl_n_registers_and_admits_a_walk_in(qtbot, desk, open_page, services) -> None:
    page = open_page(desk)
    dialog = open_walk_in(qtbot, page)
    assert QApplication.focusWidget() is dialog.nik_edit

    qtbot.keyClicks(dialog.nik_edit, NEW_NIK)
    assert dialog.sex_combo.currentData() == "P"
    assert dialog.birth_edit.date() == QDate(1992, 12, 24)
    assert "1992" in dialog.nik_info_label.text() and "Mojolaban" in dialog.nik_info_label.text()
    assert not dialog.sex_combo.isEnabled()
    qtbot.keyClick(dialog.nik_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Darmi Susanti")
    assert dialog.name_edit.text() == "Darmi Susanti"
    qtbot.keyClicks(dialog.phone_edit, "0857 2233 4455")
    qtbot.keyClicks(dialog.organization.name_combo.lineEdit(), "Keripik Tempe Bu Darmi")
    assert dialog.organization.kind_combo.isEnabled()  # a new organisation: choose its type
    dialog.organization.kind_combo.setCurrentIndex(dialog.organization.kind_combo.findData("umkm"))
    qtbot.keyClicks(dialog.position_edit, "Pemilik")
    qtbot.keyClick(dialog.position_edit, Qt.Key.Key_Return)

    assert page.active_dialog is None
    assert "Darmi Susanti" in page.card_view.text()
    # Back in the desk's window (activated again once the form closes), the cursor is in the temperature.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.screening.temperature_edit)
    qtbot.keyClicks(page.screening.temperature_edit, "36,7")
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)

    assert page.banner.kind == BannerKind.SUCCESS, page.banner.text()
    assert "Darmi Susanti" in page.banner.text()
    [person] = people_named(services, "Darmi Susanti")
    assert person.nik == NEW_NIK and person.sex == "P" and person.phone == "+6285722334455"
    assert person.position == "Pemilik"
    with services.db.session() as s:
        org = s.get(Organization, person.organization_id)
        assert org.name == "Keripik Tempe Bu Darmi" and org.kind == "umkm"
    [attendance] = desk.attendance(person.id)
    assert attendance.walk_in is True
    assert page.recent_model.row_at(0).walk_in
    assert page.gauge.count_label.text() == "1 / 30"


def test_duplicate_phone_offers_the_registered_person(qtbot, desk, open_page, services) -> None:
    page = open_page(desk)
    dialog = open_walk_in(qtbot, page)
    qtbot.keyClicks(dialog.name_edit, "Bu Sri")
    qtbot.keyClicks(dialog.phone_edit, "+62 812-3456-7801")  # Sri Wahyuni's number, spelt otherwise
    assert dialog.duplicates.isVisibleTo(dialog)
    assert "Sri Wahyuni" in dialog.duplicates.text()
    qtbot.mouseClick(dialog.duplicates.use_button, Qt.MouseButton.LeftButton)

    assert page.active_dialog is None
    assert page.card_view.card.person_id == desk.people["Sri Wahyuni"]
    qtbot.keyClicks(page.screening.temperature_edit, "36,5")
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)
    assert desk.attendance(desk.people["Sri Wahyuni"])[0].walk_in is False  # she was invited after all
    assert people_named(services, "Bu Sri") == []


def test_invalid_nik_and_phone_keep_the_form_open_with_its_input(qtbot, desk, open_page) -> None:
    page = open_page(desk)
    dialog = open_walk_in(qtbot, page)
    qtbot.keyClicks(dialog.nik_edit, "3311091507800000")  # serial 0000
    qtbot.keyClicks(dialog.name_edit, "Joko Widodo")
    dialog.ok_button.click()
    assert page.active_dialog is dialog and dialog.isVisible()
    assert dialog.error_label.isVisibleTo(dialog)
    assert "0000" in dialog.error_label.text()
    assert dialog.name_edit.text() == "Joko Widodo"

    dialog.nik_edit.clear()
    qtbot.keyClicks(dialog.phone_edit, "0812-34")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "08" in dialog.error_label.text()
    assert QApplication.focusWidget() is dialog.phone_edit
    assert dialog.phone_edit.text() == "0812-34"


def test_registered_nik_must_use_the_existing_person(qtbot, desk, open_page) -> None:
    page = open_page(desk)
    dialog = open_walk_in(qtbot, page)
    qtbot.keyClicks(dialog.nik_edit, "3311 0952 0385 0001")  # Sri Wahyuni, typed with spaces
    qtbot.keyClicks(dialog.name_edit, "Sri W.")
    assert "Sri Wahyuni" in dialog.duplicates.text()
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error_label.isVisibleTo(dialog)


def test_refused_walk_in_is_measured_again_without_a_second_registration(
    qtbot, desk, open_page, services
) -> None:
    page = open_page(desk)
    qtbot.keyClicks(page.search_edit, "Darmi Susanti")
    assert page.result_model.rowCount() == 0
    dialog = open_walk_in(qtbot, page)
    assert dialog.name_edit.text() == "Darmi Susanti"  # what was searched for
    dialog.ok_button.click()
    qtbot.keyClicks(page.screening.temperature_edit, "37,9")
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)
    assert page.banner.kind == BannerKind.REFUSAL
    [person] = people_named(services, "Darmi Susanti")
    assert desk.attendance(person.id) == []

    qtbot.keyClicks(page.screening.temperature_edit, "37,0")
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)
    assert page.banner.kind == BannerKind.SUCCESS, page.banner.text()
    assert len(people_named(services, "Darmi Susanti")) == 1
    assert desk.attendance(person.id)[0].walk_in is True


def test_no_walk_in_form_when_full_for_a_desk_operator(qtbot, desk_factory, open_page, services) -> None:
    desk = desk_factory(capacity=1)
    clerk = services.operators.ensure("Rina", role="desk")
    page = open_page(desk, clerk)
    qtbot.keyClicks(page.search_edit, desk.codes["Sri Wahyuni"])
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.screening.temperature_edit, "36,5")
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)
    before = services.db.session().scalar(select(func.count(Person.id)))

    qtbot.keyClick(page.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.active_dialog is None
    assert page.banner.kind == BannerKind.REFUSAL
    assert services.db.session().scalar(select(func.count(Person.id))) == before


def test_full_session_walk_in_needs_the_admins_override(qtbot, desk_factory, open_page, services) -> None:
    desk = desk_factory(capacity=1)
    page = open_page(desk)
    qtbot.keyClicks(page.search_edit, desk.codes["Sri Wahyuni"])
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.screening.temperature_edit, "36,5")
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)

    dialog = open_walk_in(qtbot, page)
    assert dialog.full_label.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.name_edit, "Darmi Susanti")
    dialog.ok_button.click()
    qtbot.keyClicks(page.screening.temperature_edit, "36,5")
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)
    assert page.banner.kind == BannerKind.REFUSAL
    assert people_named(services, "Darmi Susanti") == []  # nobody is registered for a full session
    page.screening.override_button.click()
    qtbot.keyClicks(page.active_dialog.reason_edit, "Narasumber tambahan")
    page.active_dialog.ok_button.click()
    assert page.banner.kind == BannerKind.SUCCESS, page.banner.text()
    [person] = people_named(services, "Darmi Susanti")
    assert desk.attendance(person.id)[0].override_reason == "Narasumber tambahan"


def test_existing_organisation_is_recognised_in_any_case(qtbot, services, desk) -> None:
    dialog = WalkInDialog(services)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.organization.name_combo.lineEdit(), "ksp sejahtera  baki")
    choice = dialog.organization.choice()
    assert choice is not None and choice.id is not None
    assert choice.name == "KSP Sejahtera Baki" and choice.kind == "koperasi"
    assert not dialog.organization.kind_combo.isEnabled()
