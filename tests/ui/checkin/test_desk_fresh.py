"""Screens never stale: another desk's batch and check-ins appear, Esc forgets the last person, an
admission leaves no "already here" card behind, and the events page shows today's counts."""

from __future__ import annotations

from datetime import UTC, datetime, time

from PySide6.QtCore import Qt

from desktop_app.core.screening import ScreeningAnswers
from desktop_app.core.timezones import to_local
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.events.service import SessionDraft
from desktop_app.ui.checkin.status_banner import BannerKind


def test_after_an_admission_the_card_is_empty_and_stays_empty(qtbot, desk, open_page) -> None:
    page = open_page(desk)
    qtbot.keyClicks(page.search_edit, desk.codes["Sri Wahyuni"])
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.screening.temperature_edit, "36,5")
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)
    assert page.banner.kind == BannerKind.SUCCESS
    qtbot.wait(400)  # longer than the card's preview pause
    assert page.card_view.card is None  # no red "Sudah hadir" card of the person just admitted
    assert page.banner.kind == BannerKind.SUCCESS


def test_esc_forgets_the_last_person_on_the_banner_too(qtbot, desk, open_page) -> None:
    page = open_page(desk)
    qtbot.keyClicks(page.search_edit, desk.codes["Sri Wahyuni"])
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert "Sri Wahyuni" in page.banner.text()
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Escape)
    assert page.card_view.card is None
    assert "Sri Wahyuni" not in page.banner.text()


def test_another_desks_batch_and_check_ins_appear_without_leaving_the_page(qtbot, desk, open_page) -> None:
    page = open_page(desk)
    services = desk.services
    draft = SessionDraft(
        desk.event_id, to_local(datetime.now(UTC)).date(), time(13), time(16), "Aula Kecamatan Grogol", 30, 7
    )
    other = services.events.add_session(draft, desk.admin.id)  # another laptop adds batch 7
    request = AdmitRequest(desk.session_id, desk.people["Dwi Lestari"], ScreeningAnswers(36.4))
    services.checkin.admit(request, desk.admin)  # and admits someone at this batch
    assert page.watch.check()
    assert page.chooser.session_combo.findData(other) >= 0
    assert page.chooser.current_session_id() == desk.session_id  # the desk stays on its batch
    assert page.gauge.seats.attended == 1
    assert not page.watch.check()  # nothing new since


def test_events_page_counts_follow_the_desk(qtbot, desk, services, admin) -> None:
    from desktop_app.ui.events_page import EventsPage
    from desktop_app.ui.session_table_model import SessionColumn

    page = EventsPage(services, admin.id)
    qtbot.addWidget(page)
    page.show()
    page.select_event(desk.event_id)
    page.sessions_view.setFocus()
    page.sessions_view.setCurrentIndex(page.sessions_view.model().index(0, 0))
    before = page.selected_session()
    assert before is not None and before.attended == 0
    request = AdmitRequest(desk.session_id, desk.people["Dwi Lestari"], ScreeningAnswers(36.4))
    services.checkin.admit(request, admin)  # at the desk, or on another laptop
    assert page.watch.check()
    after = page.selected_session()
    assert after is not None and after.id == before.id and after.attended == 1  # the highlight stays
    row = page.sessions_view.currentIndex().row()
    assert page.sessions_view.model().index(row, SessionColumn.ATTENDED).data() == "1"
    page.hide()
    services.checkin.admit(
        AdmitRequest(desk.session_id, desk.people["Sri Wahyuni"], ScreeningAnswers(36.4)), admin
    )
    page.show()  # coming back to the page
    assert page.selected_session().attended == 2
