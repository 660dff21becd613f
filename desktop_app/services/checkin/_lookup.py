"""Check-in lookups: who a NIK, code or phone names, and what the desk's card shows about them."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop_app.core.errors import InvalidField, NotFound, UnknownPerson
from desktop_app.core.nik import clean_nik, mask_nik
from desktop_app.core.phone import format_local, try_normalize_phone
from desktop_app.services.checkin import _sql as sql
from desktop_app.services.checkin.types import ElsewhereInvitation, PersonCard
from desktop_app.services.search.query import find_by_code
from desktop_app.storage.database import Database
from desktop_app.storage.models import Attendance, Invitation, Operator, Person, Screening, Session


def active_attendance(session_id: int, person_id: int):  # type: ignore[no-untyped-def]
    """The statement selecting a person's admission to a session that is not undone."""
    return select(Attendance).where(
        Attendance.session_id == session_id,
        Attendance.person_id == person_id,
        Attendance.undone_at.is_(None),
    )


def find_person(
    db: Database,
    session_id: int,
    *,
    nik: str | None = None,
    code: str | None = None,
    phone: str | None = None,
) -> int:
    """The one person a NIK, invitation code or phone names, or UnknownPerson.

    A phone shared by several people picks the one invited to this session; if that does not
    settle it, the phone is not enough to know who it is.
    """
    if code is not None:
        with db.engine.connect() as conn:
            hit = find_by_code(conn, session_id, code)
        if hit is None:
            raise UnknownPerson("invitation code")
        return hit.person_id
    with db.session() as s:
        if nik is not None:
            found = s.scalar(select(Person.id).where(Person.nik == clean_nik(nik)))
            if found is None:
                raise UnknownPerson(f"NIK {mask_nik(clean_nik(nik))}")
            return found
        if phone is not None:
            e164 = try_normalize_phone(phone)
            ids = list(s.scalars(select(Person.id).where(Person.phone == e164))) if e164 else []
            if len(ids) > 1:
                invited = list(
                    s.scalars(
                        select(Invitation.person_id).where(
                            Invitation.session_id == session_id, Invitation.person_id.in_(ids)
                        )
                    )
                )
                ids = invited if len(invited) == 1 else []
            if len(ids) != 1:
                raise UnknownPerson("phone number")
            return ids[0]
    raise InvalidField("person", "required")


def person_card(db: Database, session_id: int, person_id: int) -> PersonCard:
    """What the desk shows about one person for this session."""
    with db.session() as s:
        person = s.get(Person, person_id)
        session = s.get(Session, session_id)
        if person is None:
            raise NotFound("person", person_id)
        if session is None:
            raise NotFound("session", session_id)
        org = person.organization
        code = s.scalar(
            select(Invitation.code).where(
                Invitation.session_id == session_id, Invitation.person_id == person_id
            )
        )
        here = s.execute(
            active_attendance(session_id, person_id)
            .with_only_columns(Attendance.at, Operator.name)
            .outerjoin(Operator, Operator.id == Attendance.operator_id)
        ).first()
        batches = s.scalars(
            select(Session.batch)
            .join(Attendance, Attendance.session_id == Session.id)
            .where(
                Attendance.person_id == person_id,
                Attendance.undone_at.is_(None),
                Session.event_id == session.event_id,
                Session.id != session_id,
            )
            .order_by(Session.batch)
        )
        elsewhere = None
        if code is None:
            row = s.execute(sql.ELSEWHERE, {"sid": session_id, "pid": person_id}).first()
            if row is not None:
                elsewhere = ElsewhereInvitation(row.id, row.batch, row.date, row.start_time, row.timezone)
        screenings = s.scalar(
            select(func.count(Screening.id)).where(
                Screening.session_id == session_id, Screening.person_id == person_id
            )
        )
        return PersonCard(
            person_id=person.id,
            name=person.name,
            organization=org.name if org else None,
            organization_kind=org.kind if org else None,
            nik_masked=mask_nik(person.nik),
            phone_display=format_local(person.phone),
            sex=person.sex,
            kecamatan=person.kecamatan,
            invited=code is not None,
            invitation_code=code,
            other_batches=tuple(batches),
            checked_in_at=here[0] if here else None,
            checked_in_by=here[1] if here else None,
            screenings_today=screenings or 0,
            invited_elsewhere=elsewhere,
        )
