"""Four desks, four processes, one database (a file, or a PostgreSQL server): never more people admitted than seats."""

from __future__ import annotations

import multiprocessing as mp

from sqlalchemy import func, select

from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.storage.models import Attendance

DESKS = 4
SEATS = 10
PER_DESK = 10


def _desk(db_target: str, person_ids: list[int], session_id: int, start, results) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.core.errors import CapacityFull
    from desktop_app.services.checkin.types import AdmitRequest
    from desktop_app.services.container import Services
    from desktop_app.storage.target import open_target

    services = Services(open_target(db_target))
    operator = services.operators.local_admin()
    admitted = refused = 0
    start.wait()
    for person_id in person_ids:
        try:
            services.checkin.admit(AdmitRequest(session_id, person_id, ScreeningAnswers(36.5)), operator)
            admitted += 1
        except CapacityFull:
            refused += 1
    services.close()
    results.put((admitted, refused))


def test_four_processes_fill_a_session_of_ten_exactly(services, admin, make_session, db_target) -> None:
    ids = []
    for i in range(DESKS * PER_DESK):
        draft = WalkInDraft(name=f"Peserta {i}")
        with services.db.transaction() as s:
            ids.append(services.people.create_person(s, draft, admin.id).id)
    _, target = make_session(capacity=SEATS)
    ctx = mp.get_context("spawn")
    start, results = ctx.Event(), ctx.Queue()
    desks = [
        ctx.Process(target=_desk, args=(db_target, ids[i::DESKS], target, start, results))
        for i in range(DESKS)
    ]
    for p in desks:
        p.start()
    start.set()
    outcomes = [results.get(timeout=120) for _ in desks]
    for p in desks:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert sum(a for a, _ in outcomes) == SEATS
    assert sum(r for _, r in outcomes) == DESKS * PER_DESK - SEATS
    with services.db.session() as s:
        count = s.scalar(select(func.count(Attendance.id)).where(Attendance.session_id == target))
    assert count == SEATS
