"""SessionDialog: what is typed becomes the session; a wrong form says why and creates nothing."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateTimeEdit

from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.ui.session_dialog import SessionDialog


@pytest.fixture
def event(services, admin):  # type: ignore[no-untyped-def]
    event_id = services.events.add_event(
        EventDraft("Sosialisasi Jaminan Sosial Ketenagakerjaan", "Disdagkop UKM Kabupaten Sukoharjo"),
        admin.id,
    )
    return services.events.get_event(event_id)


def open_dialog(qtbot, services, admin, event, session=None) -> SessionDialog:  # type: ignore[no-untyped-def]
    dialog = SessionDialog(services.events, admin.id, event, session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_time(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, text)


def type_number(qtbot, spin, text: str) -> None:  # type: ignore[no-untyped-def]
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_defaults_for_a_first_session(qtbot, services, admin, event) -> None:
    dialog = open_dialog(qtbot, services, admin, event)

    assert dialog.windowTitle() == "Tambah Angkatan"
    assert dialog.event_label.text() == "Kegiatan: Sosialisasi Jaminan Sosial Ketenagakerjaan"
    assert dialog.batch_spin.text() == "Otomatis (1)"
    assert dialog.capacity_spin.value() == 30
    assert dialog.capacity_spin.text() == "30 orang"
    assert dialog.max_temp_spin.value() == pytest.approx(37.3)
    assert dialog.max_temp_spin.text() == "37,3 °C"
    assert (dialog.max_temp_spin.minimum(), dialog.max_temp_spin.maximum()) == (35.0, 40.0)
    assert dialog.max_temp_spin.singleStep() == pytest.approx(0.1)
    assert dialog.mask_check.isChecked() and not dialog.pl_check.isChecked()
    assert dialog.temperature_check.isChecked()
    assert dialog.temperature_check.text() == "Suhu diukur di pintu (wajib saat check-in)"
    assert dialog.date_edit.calendarPopup()
    assert dialog.zone_combo.currentText() == "WIB"


def test_typed_session_is_saved(qtbot, services, admin, event) -> None:
    dialog = open_dialog(qtbot, services, admin, event)
    dialog.date_edit.setDate(QDate(2021, 2, 16))  # as picked from the calendar
    assert dialog.date_edit.text() == "Selasa, 16 Februari 2021"
    type_time(qtbot, dialog.start_edit, "13.00")
    type_time(qtbot, dialog.end_edit, "16.30")
    qtbot.keyClicks(dialog.venue_edit, "Pendapa Graha Satya Praja, Sukoharjo")
    type_number(qtbot, dialog.capacity_spin, "45")
    type_number(qtbot, dialog.max_temp_spin, "37,5")
    qtbot.mouseClick(dialog.pl_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.temperature_check, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    [session] = services.events.list_sessions(event.id)
    assert dialog.saved_id == session.id
    assert session.batch == 1
    assert session.date == date(2021, 2, 16)
    assert (session.start_time, session.end_time) == (time(13, 0), time(16, 30))
    assert session.venue == "Pendapa Graha Satya Praja, Sukoharjo"
    assert session.capacity == 45
    assert session.max_temp == pytest.approx(37.5)
    assert session.require_mask and session.check_pl
    assert not session.temperature_taken
    assert session.timezone == "Asia/Jakarta"


def test_end_before_start_is_refused_in_indonesian_and_nothing_is_created(
    qtbot, services, admin, event
) -> None:
    dialog = open_dialog(qtbot, services, admin, event)
    qtbot.keyClicks(dialog.venue_edit, "Aula Kecamatan Grogol")
    type_time(qtbot, dialog.start_edit, "12.00")
    type_time(qtbot, dialog.end_edit, "09.00")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == (
        "Waktu selesai harus sesudah waktu mulai: periksa jam mulai dan jam selesai."
    )
    assert dialog.end_edit.property("invalid") is True
    assert services.events.list_sessions(event.id) == []
    assert dialog.venue_edit.text() == "Aula Kecamatan Grogol"  # nothing typed is lost

    type_time(qtbot, dialog.end_edit, "15.00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert len(services.events.list_sessions(event.id)) == 1


def test_missing_venue_is_refused(qtbot, services, admin, event) -> None:
    dialog = open_dialog(qtbot, services, admin, event)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.error_label.text() == "Isi tempat pelaksanaan."
    assert services.events.list_sessions(event.id) == []


def test_the_error_is_in_english_when_the_language_is_english(qtbot, services, admin, event, english) -> None:
    dialog = open_dialog(qtbot, services, admin, event)
    qtbot.keyClicks(dialog.venue_edit, "Hall")
    type_time(qtbot, dialog.start_edit, "12:00")
    type_time(qtbot, dialog.end_edit, "09:00")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.error_label.text() == "The session must end after it starts: check the start and end times."
    assert dialog.save_button.text() == "Save"


def test_a_taken_batch_number_is_refused(qtbot, services, admin, event) -> None:
    services.events.add_session(
        SessionDraft(event.id, date(2021, 2, 15), time(8, 30), time(11, 30), "Aula Dinas", 30), admin.id
    )
    dialog = open_dialog(qtbot, services, admin, event)
    assert dialog.batch_spin.text() == "Otomatis (2)"
    assert dialog.venue_edit.text() == "Aula Dinas"  # the next batch starts from the previous one
    type_number(qtbot, dialog.batch_spin, "1")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.error_label.text() == "Angkatan 1 sudah ada pada kegiatan ini: pilih nomor lain."
    assert len(services.events.list_sessions(event.id)) == 1


def test_editing_a_session_changes_it(qtbot, services, admin, event) -> None:
    session_id = services.events.add_session(
        SessionDraft(event.id, date(2021, 2, 15), time(8, 30), time(11, 30), "Aula Dinas", 30), admin.id
    )
    dialog = open_dialog(qtbot, services, admin, event, services.events.get_session(session_id))
    assert dialog.windowTitle() == "Ubah Angkatan"
    assert dialog.batch_spin.value() == 1
    assert dialog.start_edit.text() == "08.30"
    type_number(qtbot, dialog.capacity_spin, "35")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    session = services.events.get_session(session_id)
    assert session.capacity == 35
    assert session.venue == "Aula Dinas"
    assert session.start_time == time(8, 30)
