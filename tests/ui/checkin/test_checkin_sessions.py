"""Choosing the session, an empty database, PeduliLindungi, Esc, and what other pages can listen to."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.events.service import SessionDraft
from desktop_app.ui.checkin.checkin_page import CheckinPage
from desktop_app.ui.checkin.status_banner import BannerKind


def test_empty_database_says_what_to_do_first(qtbot, services, admin) -> None:
    page = CheckinPage(services, admin)
    qtbot.addWidget(page)
    assert page.session is None
    assert page.banner.kind == BannerKind.IDLE and page.banner.text()
    assert not page.search_edit.isEnabled()
    assert page.gauge.count_label.text() == "–"
    page.admit()  # nothing happens, nothing breaks
    page.undo_checkin()
    page.register_walk_in()
    assert page.active_dialog is None


def test_todays_session_is_chosen_and_another_can_be(qtbot, desk, open_page, services, admin) -> None:
    tomorrow = SessionDraft(
        desk.event_id, date.today() + timedelta(days=1), time(8), time(12), "Balai Desa", 25
    )
    other = services.events.add_session(tomorrow, admin.id)
    page = open_page(desk)
    assert page.session.id == desk.session_id  # today's, although tomorrow's is the latest
    changed: list[object] = []
    page.session_changed.connect(changed.append)
    seats: list[object] = []
    page.seats_changed.connect(seats.append)

    page.chooser.session_combo.setCurrentIndex(page.chooser.session_combo.findData(other))
    assert page.session.id == other
    assert changed and changed[-1].id == other
    assert page.gauge.count_label.text() == "0 / 25"
    assert seats[-1].capacity == 25
    assert page.result_model.rowCount() == 0  # nobody invited to tomorrow's batch yet

    page.chooser.select_session(desk.session_id)
    assert page.session.id == desk.session_id
    assert page.result_model.rowCount() == 5  # an empty search lists today's invitees


def test_peduli_lindungi_colour_is_asked_and_red_is_refused(
    qtbot, services, admin, desk_factory, open_page
) -> None:
    desk = desk_factory()
    info = services.events.get_session(desk.session_id)
    draft = SessionDraft(
        info.event_id, info.date, info.start_time, info.end_time, info.venue, info.capacity, check_pl=True
    )
    services.events.update_session(desk.session_id, draft, admin.id)
    page = open_page(desk)
    assert not page.screening.pl_combo.isHidden()

    qtbot.keyClicks(page.search_edit, desk.codes["Sri Wahyuni"])
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.screening.temperature_edit, "36,5")
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)
    assert page.banner.kind == BannerKind.WARNING  # the colour is asked before anything is recorded
    assert desk.screenings(desk.people["Sri Wahyuni"]) == []

    page.screening.pl_combo.setCurrentIndex(page.screening.pl_combo.findData("red"))
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)
    assert page.banner.kind == BannerKind.REFUSAL
    assert desk.screenings(desk.people["Sri Wahyuni"])[-1].reasons == ["pl:red"]

    page.screening.pl_combo.setCurrentIndex(page.screening.pl_combo.findData("green"))
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)
    assert page.banner.kind == BannerKind.SUCCESS


def test_escape_clears_the_card_and_returns_to_the_search(qtbot, desk, open_page) -> None:
    page = open_page(desk)
    qtbot.keyClicks(page.search_edit, desk.codes["Bambang Sutrisno"])
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.card_view.card is not None
    qtbot.keyClicks(page.screening.temperature_edit, "36")
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Escape)
    assert page.card_view.card is None
    assert page.search_edit.text() == "" and page.screening.temperature_edit.text() == ""
    assert QApplication.focusWidget() is page.search_edit


def test_admitted_signal_carries_the_result(qtbot, desk, open_page) -> None:
    page = open_page(desk)
    with qtbot.waitSignal(page.admitted, timeout=1000) as blocker:
        qtbot.keyClicks(page.search_edit, desk.codes["Siti Aminah"])
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(page.screening.temperature_edit, "36,5")
        qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)
    result = blocker.args[0]
    assert result.name == "Siti Aminah" and result.attended == 1 and result.capacity == 30


def test_another_desks_admission_shows_on_refresh(qtbot, desk, open_page, services, admin) -> None:
    from desktop_app.core.screening import ScreeningAnswers
    from desktop_app.services.checkin.types import AdmitRequest

    page = open_page(desk)
    services.checkin.admit(
        AdmitRequest(desk.session_id, desk.people["Agus Prasetyo"], ScreeningAnswers(36.5)), admin
    )
    page._on_refresh_timer()  # what the 15-second timer does
    assert page.gauge.count_label.text() == "1 / 30"
    assert page.recent_model.row_at(0).name == "Agus Prasetyo"
