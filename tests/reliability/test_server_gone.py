"""A PostgreSQL server that goes away in the middle of a burst of check-ins, then comes back.

A server of its own (stopping the suite's shared one would break other tests): check-ins run,
the server stops mid-burst, every admission either returned (acknowledged) or raised. Afterwards
every acknowledged check-in is stored, nothing is stored that was neither acknowledged nor in
flight when the server went, and the same services admit again by themselves once it is back.
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from desktop_app.core.errors import AlreadyCheckedIn
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.container import Services
from desktop_app.services.events.service import EventDraft, SessionDraft
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Attendance
from desktop_app.storage.target import open_target, problem_from_any

PEOPLE = 60


@pytest.fixture
def own_server():  # type: ignore[no-untyped-def]
    from pg_cluster import Cluster

    server = Cluster.start()
    yield server
    server.stop()


def _setup(services: Services) -> tuple[int, list[int]]:
    from datetime import date, time

    admin = services.operators.local_admin()
    event_id = services.events.add_event(EventDraft("Sosialisasi BPJS", "Disdagkop UKM"), admin.id)
    session_id = services.events.add_session(
        SessionDraft(event_id, date(2021, 2, 16), time(9), time(12), "Aula", PEOPLE, None, 37.3), admin.id
    )
    ids = []
    for i in range(PEOPLE):
        with services.db.transaction() as s:
            ids.append(services.people.create_person(s, WalkInDraft(name=f"Peserta {i}"), admin.id).id)
    return session_id, ids


def test_a_server_stopped_mid_burst_loses_nothing_acknowledged_and_recovers(own_server) -> None:  # type: ignore[no-untyped-def]
    services = Services(open_target(own_server.create_database("desk")))
    session_id, ids = _setup(services)
    admin = services.operators.local_admin()
    acknowledged, failed, messages = [], [], set()
    stopper = None
    for n, person_id in enumerate(ids[:40]):
        if n == 15:  # the server goes while the desk keeps admitting
            stopper = threading.Thread(target=own_server.pause)
            stopper.start()
        try:
            services.checkin.admit(AdmitRequest(session_id, person_id, ScreeningAnswers(36.5)), admin)
            acknowledged.append(person_id)
        except Exception as exc:
            problem = problem_from_any(exc, services.db.label)
            assert problem is not None, repr(exc)  # never an unexplained error
            messages.add(problem.message)
            failed.append(person_id)
    assert stopper is not None
    stopper.join()
    assert failed, "the server stopped before the burst ended, so some admissions must have failed"
    assert len(acknowledged) >= 15
    assert all("cannot be reached" in m and "***" in m for m in messages)
    assert not any(own_server.password in m for m in messages)

    own_server.resume()
    # The same services work again by themselves: the dead connections are replaced.
    for person_id in [*failed, *ids[40:]]:
        try:
            services.checkin.admit(AdmitRequest(session_id, person_id, ScreeningAnswers(36.5)), admin)
            acknowledged.append(person_id)
        except AlreadyCheckedIn:  # its commit reached the server just before it went: stored, unacknowledged
            assert person_id in failed
    with services.db.session() as s:
        stored = set(s.scalars(select(Attendance.person_id).where(Attendance.session_id == session_id)))
    assert set(acknowledged) <= stored
    assert stored == set(ids)  # and nothing stored twice or lost after the retries
    services.close()
