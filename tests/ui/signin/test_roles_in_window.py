"""The role rules through the window: what a signed-in desk operator is offered, and an admin is."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop_app.core.codes import new_invitation_code
from desktop_app.core.timezones import to_local
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Attendance, Invitation
from desktop_app.ui.checkin.status_banner import BannerKind
from desktop_app.ui.i18n import Translations
from desktop_app.ui.window_manager import WindowManager

GUESTS = [
    ("Sri Rahayu", "3311014101900001"),
    ("Budi Santoso", "3311010202850002"),
]


@pytest.fixture
def full_session(services, team) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Today's batch of one seat, taken by Sri Rahayu; Budi Santoso is invited too."""
    event = services.events.add_event(EventDraft("Sosialisasi BPJS", "Disdagkop UKM"), team.admin.id)
    draft = SessionDraft(event, to_local(datetime.now(UTC)).date(), time(0, 1), time(23, 59), "Aula Dinas", 1)
    session_id = services.events.add_session(draft, team.admin.id)
    codes = {}
    with services.db.transaction() as s:
        for name, nik in GUESTS:
            person = services.people.create_person(s, WalkInDraft(name=name, nik=nik), team.admin.id)
            codes[name] = new_invitation_code()
            s.add(Invitation(session_id=session_id, person_id=person.id, code=codes[name]))
    return codes


def window_for(qtbot, qapp, services, app_paths, settings, operator):  # type: ignore[no-untyped-def]
    manager = WindowManager(services, app_paths, settings, Translations(qapp), operator.id)
    window = manager.show()
    qtbot.addWidget(window)
    return manager, window


def admit(qtbot, page, code: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.search_edit, code)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.screening.temperature_edit, "36,5")
    qtbot.keyClick(page.screening.temperature_edit, Qt.Key.Key_Return)


def attended(services) -> int:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return s.scalar(select(func.count(Attendance.id)).where(Attendance.undone_at.is_(None)))


@pytest.mark.parametrize(("who", "offered"), [("desk", False), ("admin", True)])
def test_only_an_admin_is_offered_the_override_when_the_batch_is_full(
    qtbot, qapp, services, app_paths, settings, team, full_session, who, offered
) -> None:
    operator = getattr(team, who)
    _manager, window = window_for(qtbot, qapp, services, app_paths, settings, operator)
    window.show_page("checkin")
    page = window.pages["checkin"]
    assert page.operator == operator

    admit(qtbot, page, full_session["Sri Rahayu"])
    assert attended(services) == 1
    admit(qtbot, page, full_session["Budi Santoso"])

    assert page.banner.kind == BannerKind.REFUSAL
    assert page.screening.override_button.isVisibleTo(page) is offered
    assert attended(services) == 1
    with services.db.session() as s:
        by = s.scalar(select(Attendance.operator_id))
    assert by == operator.id  # every check-in records who admitted


def test_a_desk_operator_may_not_export_full_niks_or_change_the_letterhead(
    qtbot, qapp, services, app_paths, settings, team, full_session
) -> None:
    _manager, window = window_for(qtbot, qapp, services, app_paths, settings, team.desk)
    reports = window.pages["reports"]

    assert not reports.full_nik_box.isEnabled()
    assert not reports.setup_button.isEnabled()
    settings_page = window.pages["settings"]
    assert not settings_page.operators_box.add_button.isEnabled()
    assert not settings_page.security_box.save_button.isEnabled()


def test_an_admin_may(qtbot, qapp, services, app_paths, settings, team, full_session) -> None:
    _manager, window = window_for(qtbot, qapp, services, app_paths, settings, team.admin)

    assert window.pages["reports"].full_nik_box.isEnabled()
    assert window.pages["settings"].operators_box.add_button.isEnabled()
    assert window.pages["settings"].security_box.save_button.isEnabled()
