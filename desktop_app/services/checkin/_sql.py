"""The admit path's statements, built once.

Building SQLAlchemy constructs on every call cost more than the durable commit itself (about
4 ms of a 5 ms admission); prebuilt Core statements bring an admission to about 2 ms.
"""

from __future__ import annotations

from sqlalchemy import bindparam, func, insert, select, update

from desktop_app.storage.models import (
    Attendance,
    Invitation,
    Operator,
    Organization,
    Person,
    Screening,
    Session,
)

_sid, _pid = bindparam("sid"), bindparam("pid")

# The admit transaction's first statement: takes the write lock, so the seat count is current.
LOCK_SESSION = (
    update(Session.__table__)
    .where(Session.__table__.c.id == _sid)
    .values(seat_version=Session.__table__.c.seat_version + 1)
)
SESSION_RULES = select(
    Session.capacity,
    Session.max_temp,
    Session.require_mask,
    Session.check_pl,
    Session.timezone,
    Session.temperature_taken,
).where(Session.id == _sid)
PERSON = (
    select(Person.name, Person.nik, Organization.name.label("org"))
    .outerjoin(Organization, Organization.id == Person.organization_id)
    .where(Person.id == _pid)
)
ACTIVE = (
    select(Attendance.id, Attendance.at, Operator.name.label("operator"))
    .outerjoin(Operator, Operator.id == Attendance.operator_id)
    .where(Attendance.session_id == _sid, Attendance.person_id == _pid, Attendance.undone_at.is_(None))
)
ATTENDED = select(func.count(Attendance.id)).where(
    Attendance.session_id == _sid, Attendance.undone_at.is_(None)
)
INVITED = select(Invitation.id).where(Invitation.session_id == _sid, Invitation.person_id == _pid)
INSERT_SCREENING = insert(Screening.__table__).returning(Screening.__table__.c.id)
INSERT_ATTENDANCE = insert(Attendance.__table__).returning(Attendance.__table__.c.id)
# Another session of the same event the person is invited to (asked only when not invited here).
ELSEWHERE = (
    select(Session.id, Session.batch, Session.date, Session.start_time, Session.timezone)
    .join(Invitation, Invitation.session_id == Session.id)
    .where(
        Invitation.person_id == _pid,
        Session.id != _sid,
        Session.event_id == select(Session.event_id).where(Session.id == _sid).scalar_subquery(),
    )
    .order_by(Session.date, Session.start_time, Session.id)
    .limit(1)
)
