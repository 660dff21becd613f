"""The admit path's statements, built once (SQLAlchemy compiles each once per engine and caches it).

An admission is one transaction of five statements on either engine (SQLite adds its `BEGIN`):

1. `LOCK_SESSION` writes the session row (`seat_version`) and returns its rules: the write lock
   comes first, so every count read after it is current (SQLite's database lock; PostgreSQL's row
   lock, each later statement taking a fresh snapshot under READ COMMITTED).
2. `FACTS` reads everything the rules need in one row: the person, an active admission here,
   the invitation here, else the first other session of the event they are invited to, and the
   session's admitted count.
3.-5. The screening, the attendance and the audit entry.

Building SQLAlchemy constructs on every call, or going through the ORM session, cost more than
the durable commit itself; one round trip per statement matters on a server.
"""

from __future__ import annotations

from sqlalchemy import and_, bindparam, case, func, insert, select, update

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
_session = Session.__table__
_person = Person.__table__
_org = Organization.__table__
_attendance = Attendance.__table__
_invitation = Invitation.__table__
_operator = Operator.__table__

# The admit transaction's first statement: takes the write lock, so the seat count is current.
LOCK_SESSION = (
    update(_session)
    .where(_session.c.id == _sid)
    .values(seat_version=_session.c.seat_version + 1)
    .returning(
        _session.c.capacity,
        _session.c.max_temp,
        _session.c.require_mask,
        _session.c.check_pl,
        _session.c.timezone,
        _session.c.temperature_taken,
    )
)
ATTENDED = select(func.count(_attendance.c.id)).where(
    _attendance.c.session_id == _sid, _attendance.c.undone_at.is_(None)
)
_other = _session.alias("other")
_other_invitation = _invitation.alias("other_invitation")
# Another session of the same event the person is invited to (the earliest).
ELSEWHERE = (
    select(_other.c.id, _other.c.batch, _other.c.date, _other.c.start_time, _other.c.timezone)
    .join(_other_invitation, _other_invitation.c.session_id == _other.c.id)
    .where(
        _other_invitation.c.person_id == _pid,
        _other.c.id != _sid,
        _other.c.event_id == select(_session.c.event_id).where(_session.c.id == _sid).scalar_subquery(),
    )
    .order_by(_other.c.date, _other.c.start_time, _other.c.id)
    .limit(1)
)
_here = and_(
    _attendance.c.session_id == _sid,
    _attendance.c.person_id == _person.c.id,
    _attendance.c.undone_at.is_(None),
)
# Everything the rules read, in one row (none when the person does not exist). The other
# session is looked for only when the person is not invited here.
FACTS = (
    select(
        _person.c.name,
        _person.c.nik,
        _org.c.name.label("org"),
        _attendance.c.at.label("here_at"),
        _operator.c.name.label("here_by"),
        _invitation.c.id.label("invitation_id"),
        case(
            (_invitation.c.id.is_(None), ELSEWHERE.with_only_columns(_other.c.id).scalar_subquery()),
            else_=None,
        ).label("elsewhere_id"),
        ATTENDED.scalar_subquery().label("attended"),
    )
    .select_from(_person)
    .outerjoin(_org, _org.c.id == _person.c.organization_id)
    .outerjoin(_attendance, _here)
    .outerjoin(_operator, _operator.c.id == _attendance.c.operator_id)
    .outerjoin(_invitation, and_(_invitation.c.session_id == _sid, _invitation.c.person_id == _person.c.id))
    .where(_person.c.id == _pid)
)
# When an invitee of another session is refused: which session, said to the desk.
SESSION_WHEN = select(_session.c.batch, _session.c.date, _session.c.start_time).where(_session.c.id == _sid)
INSERT_SCREENING = insert(Screening.__table__).returning(Screening.__table__.c.id)
INSERT_ATTENDANCE = insert(_attendance).returning(_attendance.c.id)
