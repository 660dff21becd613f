"""Round 2 of the desk: an invitation for another batch, a full batch and a past batch are said at once."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.events.service import SessionDraft
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Invitation
from desktop_app.ui.checkin.desk_warnings import ElsewhereDialog
from desktop_app.ui.checkin.status_banner import BannerKind


def scan(qtbot, page, code: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.search_edit, code)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)


def measure(qtbot, page, reading: str = "36,5") -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.screening.temperature_edit, reading)
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)


def invite_to_batch_11(desk) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """Another batch of the desk's event (Monday 15 February 2021, 08.30) with Yanto invited to it."""
    services = desk.services
    draft = SessionDraft(desk.event_id, date(2021, 2, 15), time(8, 30), time(11), "Aula Dinas", 30, 11)
    batch_11 = services.events.add_session(draft, desk.admin.id)
    with services.db.transaction() as s:
        walk_in = WalkInDraft(name="Yanto Wibowo", nik="3311091212800007", phone="081234567899")
        person = services.people.create_person(s, walk_in, desk.admin.id)
        s.add(Invitation(session_id=batch_11, person_id=person.id, code="HDR-BT11-YNT0"))
    return person.id, "HDR-BT11-YNT0"


def test_invitation_for_another_batch_is_said_loudly_and_admitted_only_when_confirmed(
    qtbot, desk, open_page
) -> None:
    yanto, code = invite_to_batch_11(desk)
    page = open_page(desk)
    scan(qtbot, page, code)
    assert page.banner.kind == BannerKind.WARNING
    assert "Undangan untuk Angkatan 11, Senin 08.30" in page.banner.text()
    measure(qtbot, page)
    dialog = page.active_dialog
    assert isinstance(dialog, ElsewhereDialog)
    assert "Angkatan 11" in dialog.heading_label.text()
    assert dialog.cancel_button.isDefault()  # Enter out of habit does not admit
    dialog.cancel_button.click()
    assert page.active_dialog is None
    assert desk.attendance(yanto) == [] and page.gauge.seats.attended == 0  # no seat taken

    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)  # asks again
    dialog = page.active_dialog
    assert isinstance(dialog, ElsewhereDialog)
    dialog.ok_button.click()
    assert page.banner.kind == BannerKind.SUCCESS, page.banner.text()
    [attendance] = desk.attendance(yanto)
    assert attendance.walk_in
    [audit] = [a for a in desk.audit("checkin") if a.details.get("invited_elsewhere")]
    assert audit.operator_id == desk.admin.id  # who confirmed it is recorded


def test_a_full_batch_is_said_when_the_person_is_chosen_before_any_temperature(
    qtbot, desk_factory, open_page, services
) -> None:
    desk = desk_factory(capacity=1)
    clerk = services.operators.ensure("Rina", role="desk")
    page = open_page(desk, clerk)
    scan(qtbot, page, desk.codes["Sri Wahyuni"])
    measure(qtbot, page)
    assert page.banner.kind == BannerKind.SUCCESS
    scan(qtbot, page, desk.codes["Bambang Sutrisno"])
    assert page.banner.kind == BannerKind.REFUSAL
    assert "penuh" in page.banner.text().lower()
    assert desk.screenings(desk.people["Bambang Sutrisno"]) == []  # nobody measured for nothing
    assert QApplication.focusWidget() is page.search_edit  # ready for the next scan


def test_a_batch_that_is_not_today_is_named_above_the_desk(qtbot, desk_factory, open_page, services) -> None:
    desk = desk_factory()
    page = open_page(desk)
    assert not page.date_warning.isVisibleTo(page)  # today's batch: nothing to say
    draft = SessionDraft(desk.event_id, date(2021, 2, 16), time(9), time(12), "Aula Dinas", 30)
    old = services.events.add_session(draft, desk.admin.id)
    page.chooser.select_session(old)
    assert page.date_warning.isVisibleTo(page)
    assert (
        "Selasa, 16 Februari 2021" in page.date_warning.text()
        and "bukan hari ini" in page.date_warning.text()
    )


def test_a_desk_left_open_past_midnight_says_its_batch_is_no_longer_today(
    qtbot, desk_factory, open_page, monkeypatch
) -> None:
    from desktop_app.ui.checkin import desk_warnings

    desk = desk_factory()
    page = open_page(desk)
    assert not page.date_warning.isVisibleTo(page)
    real = desk_warnings.days_from_today
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    monkeypatch.setattr(desk_warnings, "days_from_today", lambda day, zone: real(day, zone, tomorrow))
    page._refresh_timer.timeout.emit()  # the page's next tick (every 15 s)
    assert page.date_warning.isVisibleTo(page)
    assert page.date_warning.text().startswith("⚠") and "bukan hari ini" in page.date_warning.text()
    assert page.chooser.current_session_id() == desk.session_id  # the batch stays; the desk says it


def test_the_door_display_never_takes_the_keyboard_and_esc_closes_it(qtbot, desk, open_page) -> None:
    page = open_page(desk)
    qtbot.mouseClick(page.door_button, Qt.MouseButton.LeftButton)
    door = page.door_display
    assert door is not None and door.isVisible()
    assert door.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert QApplication.focusWidget() is page.search_edit  # a scan now still reaches the desk
    desk_screen = page.screen().availableGeometry()
    assert door.width() < desk_screen.width() and not door.isFullScreen()  # one screen: a corner
    scan(qtbot, page, desk.codes["Sri Wahyuni"])
    assert page.card_view.card is not None and page.card_view.card.name == "Sri Wahyuni"
    qtbot.keyClick(door, Qt.Key.Key_Escape)
    assert not door.isVisible()


def test_the_door_display_takes_a_second_screen_whole_when_there_is_one() -> None:
    from PySide6.QtCore import QRect

    from desktop_app.ui.checkin.door_display import door_geometry

    laptop = QRect(0, 0, 1366, 728)
    projector = QRect(1366, 0, 1920, 1080)
    assert door_geometry([projector], laptop) == (projector, True)
    corner, full = door_geometry([], laptop)
    assert not full and laptop.contains(corner) and corner.width() <= 1366 // 2
