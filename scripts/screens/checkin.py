"""checkin.png and door-display.png: the desk in use, and the door display beside it.

Today's batch of 30 with 28 invitees, 23 admitted (one walk-in, one refused at 38,1 °C, one
undone), and the next person on the card with the temperature typed.
"""

from __future__ import annotations

import contextlib
import random
from datetime import date, time

from sqlalchemy import select

from desktop_app.core.codes import new_invitation_code
from desktop_app.core.errors import HadirError
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.container import Services
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Invitation, Person
from desktop_app.ui.checkin.checkin_page import CheckinPage
from screens.kit import Kit


def todays_batch(services: Services) -> tuple[int, list[int]]:
    """Today's batch with invitees, most of them admitted; returns the session and the invitees."""
    admin = services.operators.local_admin()
    event = EventDraft(
        "Sosialisasi Program BPJS Ketenagakerjaan bagi Pengurus Koperasi",
        "Dinas Perdagangan, Koperasi dan UKM Kabupaten Sukoharjo",
        "BPJS Ketenagakerjaan Cabang Surakarta",
    )
    event_id = services.events.add_event(event, admin.id)
    draft = SessionDraft(
        event_id, date.today(), time(8, 30), time(11, 30), "Aula Kantor Kecamatan Grogol", 30
    )
    session_id = services.events.add_session(draft, admin.id)
    rng = random.Random(7)
    with services.db.transaction() as s:
        people = rng.sample(sorted(s.scalars(select(Person.id))), 28)
        for pid in people:
            s.add(Invitation(session_id=session_id, person_id=pid, code=new_invitation_code(rng)))
    for pid in people[:22]:
        answers = ScreeningAnswers(temperature=round(rng.uniform(35.9, 37.0), 1))
        services.checkin.admit(AdmitRequest(session_id, pid, answers), admin)
    with contextlib.suppress(HadirError):  # refused at the door: a fever, recorded
        services.checkin.admit(AdmitRequest(session_id, people[22], ScreeningAnswers(38.1)), admin)
    walk_in = WalkInDraft("Darmi Susanti", phone="085722334455", organization="Keripik Tempe Bu Darmi")
    services.checkin.admit_walk_in(session_id, walk_in, ScreeningAnswers(36.5), admin)
    services.checkin.undo(session_id, people[20], "Salah pilih peserta", admin)
    services.checkin.admit(AdmitRequest(session_id, people[23], ScreeningAnswers(36.8)), admin)
    return session_id, people


def take(kit: Kit) -> None:
    with kit.sandbox("checkin") as box:
        services = box.services
        box.demo(people=200)
        session_id, people = todays_batch(services)
        page = CheckinPage(services, services.operators.local_admin(), session_id=session_id)
        page.resize(1280, 800)
        page.show()
        kit.settle(page)
        code = services.checkin.card(session_id, people[24]).invitation_code
        page.search_edit.setText(code or "")
        page.search.chosen.emit(people[24])  # as Enter after a scan does
        page.screening.temperature_edit.setText("36,4")
        kit.settle(page)
        page.banner._paint(flash=False)  # the calm colour, not the flash of the last admission
        kit.save(page, "checkin.png")

        door = page.open_door_display()
        door.resize(1280, 720)
        kit.save(door, "door-display.png")
