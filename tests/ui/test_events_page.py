"""Kegiatan & Sesi: the lists read from the services, the dialogs write through them."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.demo.service import generate_demo
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.ui.event_dialog import EventDialog
from desktop_app.ui.event_table_model import EventColumn
from desktop_app.ui.events_page import EventsPage
from desktop_app.ui.session_dialog import SessionDialog
from desktop_app.ui.session_table_model import SessionColumn


def shown(model, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


@pytest.fixture
def page(qtbot, services, admin) -> EventsPage:  # type: ignore[no-untyped-def]
    widget = EventsPage(services, admin.id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_lists_the_demo_event_and_its_batches(qtbot, services, admin) -> None:
    result = generate_demo(services.db, services.district, people=90, operator_id=admin.id)
    page = EventsPage(services, admin.id)
    qtbot.addWidget(page)
    page.show()

    events = page.event_model
    assert events.rowCount() == 1
    assert shown(events, 0, EventColumn.TITLE).startswith("Sosialisasi")
    assert shown(events, 0, EventColumn.SESSIONS) == "3"
    assert shown(events, 0, EventColumn.ATTENDANCE) == f"{result.admitted} / 90"
    assert page.selected_event().id == result.event_id

    sessions = page.session_model
    assert sessions.rowCount() == 3
    assert [shown(sessions, r, SessionColumn.BATCH) for r in range(3)] == ["1", "2", "3"]
    assert shown(sessions, 0, SessionColumn.DATE) == "Senin, 15 Februari 2021"
    assert shown(sessions, 0, SessionColumn.TIME) == "08.30–11.30 WIB"
    assert shown(sessions, 0, SessionColumn.CAPACITY) == "30"
    assert shown(sessions, 0, SessionColumn.INVITED) == "30"
    assert shown(sessions, 0, SessionColumn.MAX_TEMP) == "37,3 °C"
    attended = sum(int(shown(sessions, r, SessionColumn.ATTENDED)) for r in range(3))
    assert attended == result.admitted
    assert page.sessions_title.text().startswith("Angkatan “Sosialisasi")
    assert page.sessions_view.isVisible()


def test_selecting_another_event_shows_its_sessions(page, services, admin) -> None:
    older = services.events.add_event(EventDraft("Pelatihan Koperasi", "Disdagkop UKM"), admin.id)
    newer = services.events.add_event(EventDraft("Sosialisasi JKK", "BPJS Ketenagakerjaan"), admin.id)
    services.events.add_session(
        SessionDraft(older, date(2021, 3, 2), time(9), time(12), "Aula Kecamatan Baki", 25), admin.id
    )
    page.refresh()
    assert page.selected_event().id == newer  # newest first
    assert page.no_sessions_label.isVisible()
    assert "belum memiliki angkatan" in page.no_sessions_label.text()

    page.select_event(older)

    assert page.session_model.rowCount() == 1
    assert shown(page.session_model, 0, SessionColumn.VENUE) == "Aula Kecamatan Baki"
    assert shown(page.session_model, 0, SessionColumn.DATE) == "Selasa, 2 Maret 2021"
    assert page.sessions_view.isVisible()


def test_empty_database_says_so_and_points_at_new_event(qtbot, page) -> None:
    assert page.empty_state.isVisible()
    text = page.empty_state.text()
    assert "Belum ada kegiatan" in text
    assert "“Tambah Kegiatan”" in text
    assert "hadir demo" in text
    assert not page.new_session_button.isVisible()

    qtbot.mouseClick(page.empty_state.action_button, Qt.MouseButton.LeftButton)

    assert isinstance(page.active_dialog, EventDialog)
    assert page.active_dialog.windowTitle() == "Tambah Kegiatan"


def test_new_event_typed_into_the_dialog_is_saved_and_listed(qtbot, page, services) -> None:
    qtbot.mouseClick(page.empty_state.action_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    qtbot.keyClicks(dialog.title_edit, "Sosialisasi Jaminan Sosial bagi UMKM")
    qtbot.keyClicks(dialog.organizer_edit, "Disdagkop UKM Kabupaten Sukoharjo")
    qtbot.keyClicks(dialog.partner_edit, "BPJS Ketenagakerjaan Cabang Surakarta")
    assert dialog.save_button.text() == "Simpan"

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [stored] = services.events.list_events()
    assert (stored.title, stored.organizer, stored.partner) == (
        "Sosialisasi Jaminan Sosial bagi UMKM",
        "Disdagkop UKM Kabupaten Sukoharjo",
        "BPJS Ketenagakerjaan Cabang Surakarta",
    )
    assert page.active_dialog is None
    assert page.event_model.rowCount() == 1
    assert shown(page.event_model, 0, EventColumn.TITLE) == "Sosialisasi Jaminan Sosial bagi UMKM"
    assert shown(page.event_model, 0, EventColumn.ATTENDANCE) == "0 / 0"
    assert page.selected_event().id == stored.id
    assert page.splitter.isVisible() and not page.empty_state.isVisible()


def test_an_event_without_organiser_keeps_the_dialog_open(qtbot, page, services) -> None:
    qtbot.mouseClick(page.empty_state.action_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    qtbot.keyClicks(dialog.title_edit, "Sosialisasi JKM")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Isi nama penyelenggara."
    assert dialog.title_edit.text() == "Sosialisasi JKM"
    assert services.events.list_events() == []


def test_double_click_edits_the_event(qtbot, page, services, admin) -> None:
    event_id = services.events.add_event(EventDraft("Sosialisasi JKK", "Disdagkop"), admin.id)
    page.refresh()
    view = page.events_view
    rect = view.visualRect(view.model().index(0, EventColumn.TITLE))
    # QTest's double click alone is not a double click to item views: a click comes first, as with a mouse.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    dialog = page.active_dialog
    assert isinstance(dialog, EventDialog)
    assert dialog.windowTitle() == "Ubah Kegiatan"
    assert dialog.title_edit.text() == "Sosialisasi JKK"
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Sosialisasi JKK dan JKM")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert services.events.get_event(event_id).title == "Sosialisasi JKK dan JKM"
    assert shown(page.event_model, 0, EventColumn.TITLE) == "Sosialisasi JKK dan JKM"


def test_new_session_button_opens_the_session_dialog_for_the_selected_event(
    qtbot, page, services, admin
) -> None:
    services.events.add_event(EventDraft("Sosialisasi JKK", "Disdagkop"), admin.id)
    page.refresh()
    assert page.new_session_button.text() == "Tambah Angkatan"
    assert not page.edit_session_button.isEnabled()

    qtbot.mouseClick(page.new_session_button, Qt.MouseButton.LeftButton)

    assert isinstance(page.active_dialog, SessionDialog)
    assert page.active_dialog.event_label.text() == "Kegiatan: Sosialisasi JKK"
