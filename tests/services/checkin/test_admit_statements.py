"""An admission is a handful of statements in one transaction, on either engine (issue 20).

Each statement is a round trip to a server and a pass through SQLAlchemy: the desk's admit p95
(≤ 10 ms on 100,000 people, SQLite, SQLCipher and PostgreSQL) depends on keeping them few. The
statements are counted as the driver receives them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time

import pytest
from sqlalchemy import event, func, select

from desktop_app.core.errors import CapacityFull, InvitedElsewhere
from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest
from desktop_app.services.events.service import SessionDraft
from desktop_app.storage.models import Attendance, AuditEntry, Invitation, Screening

OK = ScreeningAnswers(temperature=36.6)
# SQLite: BEGIN, the session's lock (returning its rules), the facts, screening, attendance, audit.
# PostgreSQL has no BEGIN statement. Before issue 20's rework an admission took 10 or 11.
MOST_STATEMENTS = 6


@contextmanager
def counted(engine) -> Iterator[list[str]]:  # type: ignore[no-untyped-def]
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement.split()[0].upper())

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _count(desk, model, **where) -> int:  # type: ignore[no-untyped-def]
    with desk.services.db.session() as s:
        query = select(func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return int(s.scalar(query))


def test_an_invitee_is_admitted_in_at_most_six_statements(desk) -> None:
    engine = desk.services.db.engine
    request = AdmitRequest(desk.session_id, desk.people["Sri Wahyuni"], OK)
    with counted(engine) as statements:
        result = desk.services.checkin.admit(request, desk.admin)
    assert len(statements) <= MOST_STATEMENTS, statements
    assert (result.attended, result.walk_in) == (1, False)
    assert _count(desk, Attendance, session_id=desk.session_id) == 1
    assert _count(desk, AuditEntry, action="checkin") == 1


def _other_session(desk) -> int:  # type: ignore[no-untyped-def]
    draft = SessionDraft(desk.event_id, date(2021, 2, 17), time(9), time(12), "Aula Dinas", 30, 2)
    return desk.services.events.add_session(draft, desk.admin.id)


def test_an_invitee_of_another_batch_accepted_as_walk_in_takes_as_few(desk) -> None:
    other = _other_session(desk)
    request = AdmitRequest(other, desk.people["Budi Santoso"], OK, accept_elsewhere=True)
    with counted(desk.services.db.engine) as statements:
        result = desk.services.checkin.admit(request, desk.admin)
    assert len(statements) <= MOST_STATEMENTS, statements
    assert result.walk_in and result.invited_elsewhere == desk.session_id
    with desk.services.db.session() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "checkin")).one()
    assert audit.details["invited_elsewhere"] == desk.session_id


def test_refusals_read_and_write_nothing_more(desk) -> None:
    """Invited elsewhere (not accepted) and a full session leave no screening, attendance or audit."""
    other = _other_session(desk)
    with counted(desk.services.db.engine) as statements, pytest.raises(InvitedElsewhere) as err:
        desk.services.checkin.admit(AdmitRequest(other, desk.people["Budi Santoso"], OK), desk.admin)
    assert (err.value.session_id, err.value.day) == (desk.session_id, date(2021, 2, 16))
    assert len(statements) <= MOST_STATEMENTS, statements
    for name in ("Sri Wahyuni", "Budi Santoso", "Citra Lestari"):
        desk.services.checkin.admit(AdmitRequest(desk.session_id, desk.people[name], OK), desk.admin)
    with pytest.raises(CapacityFull):
        desk.services.checkin.admit(
            AdmitRequest(desk.session_id, desk.people["Dodi Prasetyo"], OK), desk.admin
        )
    assert _count(desk, Attendance, session_id=desk.session_id) == 3
    assert _count(desk, Screening) == 3
    assert _count(desk, Attendance, session_id=other) == 0
    assert _count(desk, Invitation, session_id=other) == 0
