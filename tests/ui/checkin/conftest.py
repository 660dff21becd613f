"""A desk with data: a demo registry, one batch today with five invited people, and the page over it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, time

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop_app.core.timezones import to_local
from desktop_app.services.demo.service import generate_demo
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Attendance, AuditEntry, Invitation, Screening

# name, NIK, phone, organisation, kind, invitation code
INVITEES = (
    (
        "Sri Wahyuni",
        "3311095203850001",
        "081234567801",
        "Koperasi Serba Usaha Makmur Grogol",
        "koperasi",
        "HDR-7KQ2-M9XD",
    ),
    ("Bambang Sutrisno", "3311091507800002", "081234567802", "UD Sumber Rejeki", "umkm", "HDR-A1B2-C3D4"),
    ("Dwi Lestari", "3311046108900003", "081234567803", "Batik Tulis Dwi", "umkm", "HDR-5RTW-88PJ"),
    ("Agus Prasetyo", "3311100202750004", "081234567804", "KSP Sejahtera Baki", "koperasi", "HDR-N4HV-2GZC"),
    ("Siti Aminah", "3311054405880005", "081234567805", "Warung Makan Bu Siti", "umkm", "HDR-QW3E-R4TY"),
)


@dataclass
class Desk:
    """The data a desk test works on."""

    services: object
    admin: object
    session_id: int
    event_id: int
    people: dict[str, int] = field(default_factory=dict)  # name -> person id
    codes: dict[str, str] = field(default_factory=dict)  # name -> invitation code

    def attendance(self, person_id: int) -> list[Attendance]:
        with self.services.db.session() as s:
            return list(
                s.scalars(
                    select(Attendance).where(
                        Attendance.session_id == self.session_id, Attendance.person_id == person_id
                    )
                )
            )

    def screenings(self, person_id: int) -> list[Screening]:
        with self.services.db.session() as s:
            return list(
                s.scalars(
                    select(Screening)
                    .where(Screening.session_id == self.session_id, Screening.person_id == person_id)
                    .order_by(Screening.id)
                )
            )

    def audit(self, action: str) -> list[AuditEntry]:
        with self.services.db.session() as s:
            return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def make_desk(services, admin, capacity: int = 30, same_event: bool = False) -> Desk:  # type: ignore[no-untyped-def]
    """Demo registry (60 people, two batches in 2021) and today's batch with INVITEES invited."""
    demo = generate_demo(services.db, services.district, people=60, operator_id=admin.id)
    event_id = demo.event_id
    if not same_event:
        event_id = services.events.add_event(
            EventDraft("Sosialisasi BPJS Ketenagakerjaan bagi Koperasi", "Disdagkop UKM Kabupaten Sukoharjo"),
            admin.id,
        )
    # "Today" on the session's clock (WIB), as the desk reckons it: the laptop's date is a day
    # behind between 17:00 and 24:00 UTC.
    today = to_local(datetime.now(UTC)).date()
    draft = SessionDraft(event_id, today, time(0, 1), time(23, 59), "Aula Kecamatan Grogol", capacity)
    session_id = services.events.add_session(draft, admin.id)
    desk = Desk(services, admin, session_id, event_id)
    with services.db.transaction() as s:
        for name, nik, phone, org, kind, code in INVITEES:
            walk_in = WalkInDraft(name=name, nik=nik, phone=phone, organization=org, organization_kind=kind)
            person = services.people.create_person(s, walk_in, admin.id)
            s.add(Invitation(session_id=session_id, person_id=person.id, code=code))
            desk.people[name] = person.id
            desk.codes[name] = code
    return desk


@pytest.fixture
def desk(services, admin) -> Desk:  # type: ignore[no-untyped-def]
    """Today's batch of 30 seats, five invitees, nobody checked in yet."""
    return make_desk(services, admin)


@pytest.fixture
def desk_factory(services, admin) -> Callable[..., Desk]:  # type: ignore[no-untyped-def]
    """`desk_factory(capacity=30, same_event=False)` for a desk with other settings."""
    return lambda **options: make_desk(services, admin, **options)


@pytest.fixture
def open_page(qtbot) -> Iterator[Callable[..., object]]:  # type: ignore[no-untyped-def]
    """`open_page(desk, operator=None)` shows a CheckinPage at desk size, active, search box focused."""
    from desktop_app.ui.checkin.checkin_page import CheckinPage

    pages = []

    def build(desk: Desk, operator=None):  # type: ignore[no-untyped-def]
        page = CheckinPage(desk.services, operator or desk.admin, session_id=desk.session_id)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search_edit)
        pages.append(page)
        return page

    yield build
    for page in pages:
        if page.door_display is not None:
            page.door_display.close()
        if page.camera_window is not None:
            page.camera_window.close()
