"""The events list's totals: sessions, seats and admissions per event and session, undone ones not counted."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select

from desktop_app.core.codes import new_invitation_code
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Invitation, Session


def test_each_event_counts_its_own_sessions_seats_and_admissions(services, admin, make_session) -> None:
    first, first_a = make_session(capacity=10)
    first_b = services.events.add_session(
        SessionDraft(first, date(2021, 2, 17), time(9), time(12), "Aula Dinas", 5), admin.id
    )
    second, second_a = make_session(capacity=7)
    empty, empty_a = make_session(capacity=4)
    with services.db.transaction() as s:
        people = [
            services.people.create_person(
                s, WalkInDraft(name=f"Peserta {n}", nik=f"33110141019000{n:02d}"), admin.id
            ).id
            for n in range(1, 6)
        ]
    admitted = [(first_a, people[0]), (first_a, people[1]), (first_b, people[2]), (second_a, people[3])]
    for session_id, person_id in admitted:
        request = AdmitRequest(session_id, person_id, ScreeningAnswers(temperature=36.5))
        services.checkin.admit(request, admin)
    services.checkin.undo(first_a, people[1], "salah orang", admin)

    totals = {e.id: (e.sessions, e.capacity, e.attended) for e in services.events.list_events()}

    assert totals == {first: (2, 15, 2), second: (1, 7, 1), empty: (1, 4, 0)}
    sessions = {(i.id, i.attended) for i in services.events.list_sessions(first)}
    assert sessions == {(first_a, 1), (first_b, 1)}
    with services.db.transaction() as s:
        s.add(Invitation(session_id=first_b, person_id=people[4], code=new_invitation_code()))
    invited = {i.id: i.invited for i in services.events.list_sessions()}
    assert invited[first_b] == 1 + invited[first_a] and invited[empty_a] == 0


def test_the_lists_read_in_plain_sql_agree_with_the_models(services, admin, make_session) -> None:
    event, first = make_session(capacity=10, max_temp=37.5)
    draft = SessionDraft(
        event, date(2021, 2, 17), time(13, 30), time(16), "Gedung Serbaguna", 25, temperature_taken=False
    )
    second = services.events.add_session(draft, admin.id)
    services.events.update_event(
        event, EventDraft("Sosialisasi", "Disdagkop", "BPJS", "Angkatan sore"), admin.id
    )

    listed = services.events.list_sessions(event)

    assert listed == [services.events.get_session(first), services.events.get_session(second)]
    fields = ("id", "event_id", "batch", "date", "start_time", "end_time", "venue", "capacity", "max_temp")
    fields += ("require_mask", "check_pl", "timezone", "temperature_taken")
    with services.db.session() as s:
        rows = s.scalars(select(Session).where(Session.event_id == event).order_by(Session.batch)).all()
        assert [tuple(getattr(i, f) for f in fields) for i in listed] == [
            tuple(getattr(r, f) for f in fields) for r in rows
        ]
    afternoon = listed[1]
    assert (afternoon.date, afternoon.start_time, afternoon.end_time) == (
        date(2021, 2, 17),
        time(13, 30),
        time(16),
    )
    assert afternoon.temperature_taken is False and afternoon.require_mask is True
    assert isinstance(afternoon.max_temp, float) and listed[0].max_temp == 37.5
    (info,) = [e for e in services.events.list_events() if e.id == event]
    assert (info.title, info.organizer, info.partner, info.description) == (
        "Sosialisasi", "Disdagkop", "BPJS", "Angkatan sore",
    )  # fmt: skip
    assert (info.sessions, info.capacity, info.attended) == (2, 35, 0)
